"""The schema, as named migration steps. A released step is never edited: add a new one.

Table and column names are kept stable for reports and headquarters (DESIGN.md "Data").
"""

from __future__ import annotations

import sqlite3

import sqlite_utils
from sqlite_utils import Migrations

from desktop.core.ids import new_id
from desktop.store.audit import chain_existing

migrations = Migrations("rawangi")

OFFICES = (
    ("ISB", "Islamabad"),
    ("KHI", "Karachi"),
    ("LHE", "Lahore"),
    ("PEW", "Peshawar"),
)


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run several statements inside the current transaction.

    `sqlite3.executescript` would commit first, breaking the migration's atomicity; statements
    are cut where SQLite says one is complete (trigger bodies hold semicolons of their own).
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


@migrations(name="0001_foundation")
def _foundation(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE offices (
            code TEXT PRIMARY KEY CHECK (code GLOB '[A-Z][A-Z][A-Z]'),
            name TEXT NOT NULL
        );

        -- Office settings shared by every user of this file (the office it serves, rules).
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        -- Contingents arrive with their own step; the table exists from the start so that
        -- departures.contingent_id can reference it.
        CREATE TABLE contingents (
            id TEXT PRIMARY KEY
        );

        CREATE TABLE departures (
            id TEXT PRIMARY KEY,
            office TEXT NOT NULL REFERENCES offices(code),
            surname TEXT NOT NULL,
            given_names TEXT NOT NULL DEFAULT '',
            father_name TEXT NOT NULL,
            cnic TEXT NOT NULL CHECK (cnic GLOB
                '[1-8][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9]'),
            passport_no TEXT NOT NULL CHECK (length(passport_no) BETWEEN 1 AND 9),
            passport_expiry TEXT NOT NULL,
            nationality TEXT NOT NULL DEFAULT 'PAK',
            birth_date TEXT NOT NULL,
            sex TEXT NOT NULL CHECK (sex IN ('M', 'F', 'X')),
            phone TEXT NOT NULL DEFAULT '',
            trade TEXT NOT NULL,
            destination TEXT NOT NULL CHECK (length(destination) = 2),
            employer TEXT NOT NULL DEFAULT '',
            visa_no TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL CHECK (channel IN ('OEC', 'OEP')),
            oep_licence_no TEXT NOT NULL DEFAULT '',
            protector_no TEXT NOT NULL DEFAULT '',
            departure_date TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'recorded'
                CHECK (status IN ('recorded', 'departed', 'no-show', 'withdrawn')),
            remarks TEXT NOT NULL DEFAULT '',
            contingent_id TEXT REFERENCES contingents(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX departures_cnic ON departures(cnic);
        CREATE INDEX departures_passport_no ON departures(passport_no);
        CREATE INDEX departures_status ON departures(status);
        CREATE INDEX departures_contingent_id ON departures(contingent_id);

        -- Names only (CNIC and passport live in B-tree indexes). The prefix indexes make the
        -- one-to-three-letter prefixes typed in the search box a single lookup.
        CREATE VIRTUAL TABLE departures_fts USING fts5(
            surname, given_names, father_name,
            content='departures', content_rowid='rowid',
            tokenize="unicode61 remove_diacritics 2",
            prefix='1 2 3'
        );
        CREATE TRIGGER departures_fts_insert AFTER INSERT ON departures BEGIN
            INSERT INTO departures_fts(rowid, surname, given_names, father_name)
            VALUES (new.rowid, new.surname, new.given_names, new.father_name);
        END;
        CREATE TRIGGER departures_fts_delete AFTER DELETE ON departures BEGIN
            INSERT INTO departures_fts(departures_fts, rowid, surname, given_names, father_name)
            VALUES ('delete', old.rowid, old.surname, old.given_names, old.father_name);
        END;
        CREATE TRIGGER departures_fts_update
        AFTER UPDATE OF surname, given_names, father_name ON departures BEGIN
            INSERT INTO departures_fts(departures_fts, rowid, surname, given_names, father_name)
            VALUES ('delete', old.rowid, old.surname, old.given_names, old.father_name);
            INSERT INTO departures_fts(rowid, surname, given_names, father_name)
            VALUES (new.rowid, new.surname, new.given_names, new.father_name);
        END;

        -- Append-only: who did what, when, with the changed fields before and after.
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            before TEXT,
            after TEXT,
            reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_entity ON audit(entity, entity_id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        """,
    )
    db.conn.executemany("INSERT INTO offices(code, name) VALUES (?, ?)", OFFICES)
    db.conn.execute("INSERT INTO settings(key, value) VALUES ('office', 'ISB')")


@migrations(name="0002_register_sort_indexes")
def _register_sort_indexes(db: sqlite_utils.Database) -> None:
    # The register sorts by name and by departure date; deep pages walk these indexes.
    run_script(
        db,
        """
        CREATE INDEX departures_name ON departures(surname, given_names);
        CREATE INDEX departures_departure_date ON departures(departure_date);
        """,
    )


@migrations(name="0003_audit_hash_chain")
def _audit_hash_chain(db: sqlite_utils.Database) -> None:
    # Each audit row carries a hash over its own columns and the previous row's hash, so that
    # an edited, deleted or reordered row breaks the chain. Rows already there are chained now:
    # the append-only triggers are lifted for this one step and put back.
    run_script(
        db,
        """
        DROP TRIGGER audit_no_update;
        ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
        """,
    )
    chain_existing(db)  # type: ignore[arg-type]  # a file: sqlite-utils hands its own handle
    run_script(
        db,
        """
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        """,
    )


@migrations(name="0004_users")
def _users(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
            office TEXT NOT NULL REFERENCES offices(code),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            -- Locks survive a restart: until when, and how many in a row (each lasts longer).
            locked_until TEXT NOT NULL DEFAULT '',
            lock_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX audit_at ON audit(at);
        CREATE INDEX audit_user ON audit(user);
        """,
    )


@migrations(name="0005_contingents_and_manifests")
def _contingents_and_manifests(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        ALTER TABLE contingents ADD COLUMN code TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN office TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN flight_no TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN carrier TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN airport TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN departure_date TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN departure_time TEXT NOT NULL DEFAULT '';
        -- ISO alpha-2 codes separated by commas, e.g. SA,AE
        ALTER TABLE contingents ADD COLUMN destinations TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN capacity INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contingents ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'finalized', 'departed'));
        ALTER TABLE contingents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contingents ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE contingents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE UNIQUE INDEX contingents_code ON contingents(code);
        CREATE INDEX contingents_departure_date ON contingents(departure_date);

        -- Why a departure has its status (no-show, withdrawn), for manifests and the register.
        ALTER TABLE departures ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';

        -- Every generated manifest, kept: the bytes of each revision and what proves them.
        CREATE TABLE manifests (
            id TEXT PRIMARY KEY,
            contingent_id TEXT NOT NULL REFERENCES contingents(id),
            revision INTEGER NOT NULL CHECK (revision >= 1),
            pdf BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            canonical TEXT NOT NULL,
            people INTEGER NOT NULL,
            audit_head TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            generated_by TEXT NOT NULL,
            superseded_at TEXT NOT NULL DEFAULT '',
            superseded_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (contingent_id, revision)
        );
        -- A stored revision's bytes never change; only its superseded mark may be set, once.
        CREATE TRIGGER manifests_keep_bytes BEFORE UPDATE OF pdf, sha256, fingerprint,
            canonical, revision, contingent_id ON manifests BEGIN
            SELECT RAISE(ABORT, 'a stored manifest never changes');
        END;
        CREATE TRIGGER manifests_no_delete BEFORE DELETE ON manifests BEGIN
            SELECT RAISE(ABORT, 'a stored manifest is never deleted');
        END;
        """,
    )


@migrations(name="0006_dashboard_index")
def _dashboard_index(db: sqlite_utils.Database) -> None:
    # The dashboard counts a period by office, destination, trade and channel: with every
    # column it reads in one index, in the order it groups by, a year of a million-row register
    # is counted from the index alone in under a second (about 3 s from the table).
    run_script(
        db,
        """
        CREATE INDEX departures_dashboard
            ON departures(departure_date, office, destination, trade, channel, status);
        """,
    )


@migrations(name="0007_office_bundles")
def _office_bundles(db: sqlite_utils.Database) -> None:
    # What headquarters receives in the offices' bundles besides departures and contingents:
    # each manifest's proofs (no PDF bytes) and each office's audit rows, keyed by (office, id).
    # The file's own `audit` chain stays its own; these are copies, never changed once here.
    run_script(
        db,
        """
        CREATE TABLE office_manifests (
            id TEXT PRIMARY KEY,
            office TEXT NOT NULL,
            contingent_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            people INTEGER NOT NULL,
            audit_head TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            generated_by TEXT NOT NULL,
            superseded_at TEXT NOT NULL DEFAULT '',
            superseded_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL DEFAULT '',
            updated_by TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX office_manifests_contingent_id ON office_manifests(contingent_id);

        CREATE TABLE office_audit (
            office TEXT NOT NULL,
            id INTEGER NOT NULL,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            before TEXT,
            after TEXT,
            reason TEXT NOT NULL DEFAULT '',
            hash TEXT NOT NULL,
            PRIMARY KEY (office, id)
        );
        CREATE TRIGGER office_audit_no_update BEFORE UPDATE ON office_audit BEGIN
            SELECT RAISE(ABORT, 'an office''s audit rows are never changed');
        END;
        CREATE TRIGGER office_audit_no_delete BEFORE DELETE ON office_audit BEGIN
            SELECT RAISE(ABORT, 'an office''s audit rows are never deleted');
        END;
        """,
    )


@migrations(name="0008_urdu_names")
def _urdu_names(db: sqlite_utils.Database) -> None:
    # The person's name in Urdu script, for the manifest's optional Urdu column.
    run_script(db, "ALTER TABLE departures ADD COLUMN name_urdu TEXT NOT NULL DEFAULT '';")


@migrations(name="0009_visa_profession_and_country")
def _visa_profession_and_country(db: sqlite_utils.Database) -> None:
    # What the visa says of the job, as printed on it: the profession, and the country that
    # issued it (ISO alpha-2, like the destination); both checked against the registration.
    run_script(
        db,
        """
        ALTER TABLE departures ADD COLUMN visa_profession TEXT NOT NULL DEFAULT '';
        ALTER TABLE departures ADD COLUMN visa_country TEXT NOT NULL DEFAULT '';
        """,
    )


@migrations(name="0010_user_full_names")
def _user_full_names(db: sqlite_utils.Database) -> None:
    # The name and title printed in a manifest's signature blocks; '' prints the login name.
    run_script(
        db,
        """
        ALTER TABLE users ADD COLUMN full_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE users ADD COLUMN designation TEXT NOT NULL DEFAULT '';
        """,
    )


@migrations(name="0011_database_id")
def _database_id(db: sqlite_utils.Database) -> None:
    # Which database this is, wherever the file is copied or moved: its backups are kept and
    # found by this id (a copy, or a restored backup, is the same database and keeps it). New
    # files get theirs here at creation, older files at this upgrade.
    db.conn.execute(
        "INSERT OR IGNORE INTO settings(key, value) VALUES ('database_id', ?)", (new_id(),)
    )
