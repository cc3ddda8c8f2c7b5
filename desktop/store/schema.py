"""The schema, as named migration steps. A released step is never edited: add a new one.

Table and column names are kept stable for reports and headquarters (DESIGN.md "Data").
"""

from __future__ import annotations

import sqlite3

import sqlite_utils
from sqlite_utils import Migrations

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
