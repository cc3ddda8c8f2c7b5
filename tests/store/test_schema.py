import sqlite3

import pytest

from desktop.core.errors import StorageError
from desktop.store import open_database
from desktop.store.db import EngineError
from desktop.store.schema import migrations


def test_a_new_file_gets_the_whole_schema(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert {"offices", "settings", "departures", "audit", "departures_fts", "contingents"} <= set(
        db.table_names()
    )
    assert [row[0] for row in db.conn.execute("SELECT code FROM offices ORDER BY code")] == [
        "ISB",
        "KHI",
        "LHE",
        "PEW",
    ]
    assert migrations.pending(db) == []


def test_opening_again_changes_nothing(tmp_path):
    path = tmp_path / "again.db"
    open_database(path).close()
    before = path.read_bytes()
    open_database(path).close()
    assert path.read_bytes() == before


@pytest.mark.file_only("SQLite's pragmas")
def test_pragmas_for_durability(db):
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    expected = "wal" if sqlite3.sqlite_version_info >= (3, 51, 3) else "delete"
    assert mode == expected


@pytest.mark.file_only("SQLite's query plan")
def test_indexes_on_cnic_and_passport(db):
    plans = {
        column: " ".join(
            str(r)
            for r in db.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT id FROM departures WHERE {column} = ?", ("x",)
            )
        )
        for column in ("cnic", "passport_no", "status", "contingent_id")
    }
    for column, plan in plans.items():
        assert "USING INDEX" in plan, column


def test_the_audit_log_refuses_updates_and_deletes(db):
    db.conn.execute(
        "INSERT INTO audit(id, at, user, action, entity) "
        "VALUES (1, '2026-01-01T00:00:00Z', 'a', 'x', 'y')"
    )
    with pytest.raises(EngineError, match="append-only"):
        db.conn.execute("UPDATE audit SET user = 'b'")
    with pytest.raises(EngineError, match="append-only"):
        db.conn.execute("DELETE FROM audit")


def test_a_database_from_a_newer_rawangi_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    db = open_database(path)
    db.conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('rawangi', '0999_from_the_future', '2030-01-01')"
    )
    db.close()
    with pytest.raises(StorageError, match="newer version of Rawangi"):
        open_database(path)
