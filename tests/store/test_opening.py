"""Opening a file for a use, and what SQLite's errors mean to the person at the desk."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.core.errors import StorageError
from desktop.store import Use, health, kept_only_if_done, open_checked, write
from desktop.store.db import (
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseReadOnly,
    NotRawangiDatabase,
    storage_error,
)
from tests.store.fixtures import troubled


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> troubled.Corpus:
    return troubled.build(tmp_path_factory.mktemp("troubled"))


def sqlite_error(path: Path, sql: str, *, uri: str = "") -> sqlite3.Error:
    conn = sqlite3.connect(uri or str(path), uri=bool(uri), isolation_level=None, timeout=0.01)
    try:
        conn.execute(sql).fetchall()
    except sqlite3.Error as error:
        return error
    finally:
        conn.close()
    raise AssertionError(f"{sql} did not fail")


# -- SQLite's errors by their code, not their words -------------------------------------------


def test_a_locked_file_is_in_use(corpus, tmp_path):
    path = troubled.place(corpus, troubled.SOUND, tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        error = sqlite_error(path, "SELECT count(*) FROM departures")
    finally:
        holder.close()
    found = storage_error(error, str(path))
    assert isinstance(found, DatabaseInUse) and f"{path} is in use" in str(found)


def test_a_write_to_a_read_only_connection_is_read_only(corpus, tmp_path):
    path = troubled.place(corpus, troubled.SOUND, tmp_path)
    uri = f"{path.as_uri()}?mode=ro"
    error = sqlite_error(path, "DELETE FROM settings", uri=uri)
    assert isinstance(storage_error(error, str(path)), DatabaseReadOnly)


def test_a_journal_that_cannot_be_undone_is_an_unfinished_change(corpus, tmp_path):
    path = troubled.place(corpus, "hot-journal-read-only-folder", tmp_path)
    error = sqlite_error(path, "SELECT 1 FROM departures", uri=f"{path.as_uri()}?mode=ro")
    found = storage_error(error, str(path))
    assert isinstance(found, DatabaseReadOnly) and "unfinished change" in str(found)


def test_a_file_that_is_not_a_database_is_damaged(corpus, tmp_path):
    path = troubled.place(corpus, "not-sqlite", tmp_path)
    found = storage_error(sqlite_error(path, "SELECT * FROM sqlite_master"), str(path))
    assert isinstance(found, DatabaseDamaged) and str(path) in str(found)


def test_words_in_a_message_do_not_make_it_a_lock(tmp_path):
    # "no such table: locked_rows" says "locked" but is a bug, not a busy file.
    error = sqlite_error(tmp_path / "x.db", "SELECT * FROM locked_rows")
    assert storage_error(error, str(tmp_path / "x.db")) is error


# -- uses ----------------------------------------------------------------------------------


@pytest.mark.parametrize("use", [Use.READ, Use.WRITE])
def test_only_create_makes_a_missing_file(tmp_path, use):
    with pytest.raises(DatabaseMissing, match="There is no database at"):
        open_checked(tmp_path / "office.db", use)
    assert list(tmp_path.iterdir()) == []


def test_a_new_database_is_readable_by_its_owner_only(tmp_path):
    db = open_checked(tmp_path / "office.db", Use.CREATE)
    db.close()
    assert stat.S_IMODE((tmp_path / "office.db").stat().st_mode) == 0o600


def test_a_read_open_never_writes(corpus, tmp_path):
    path = troubled.place(corpus, troubled.SOUND, tmp_path)
    before = troubled.snapshot(tmp_path)
    db = open_checked(path, Use.READ)
    try:
        with pytest.raises(DatabaseReadOnly), write(db):
            db.conn.execute("DELETE FROM settings")
    finally:
        db.close()
    assert troubled.snapshot(tmp_path) == before


def test_an_empty_sqlite_file_is_set_up_only_when_asked_to_create(tmp_path):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 0").close()
    with pytest.raises(NotRawangiDatabase, match="is an empty SQLite file"):
        open_checked(path, Use.WRITE)
    open_checked(path, Use.CREATE).close()
    open_checked(path, Use.READ).close()


def test_an_interrupted_change_is_undone_by_a_write_open_and_refused_by_a_read(corpus, tmp_path):
    path = troubled.place(corpus, "hot-journal-read-only-folder", tmp_path)
    before = troubled.snapshot(tmp_path)
    with pytest.raises(StorageError, match="unfinished change waits"):
        open_checked(path, Use.READ)
    assert troubled.snapshot(tmp_path) == before
    db = open_checked(path, Use.WRITE)
    try:
        assert "filler" not in db.table_names()  # the killed writer's table is gone
    finally:
        db.close()
    assert not health.hot_journal(path)


def test_a_refused_creation_leaves_nothing(tmp_path):
    path = tmp_path / "office.db"
    with pytest.raises(RuntimeError), kept_only_if_done(path):
        open_checked(path, Use.CREATE).close()
        raise RuntimeError("refused")
    assert list(tmp_path.iterdir()) == []


def test_a_refusal_keeps_a_file_that_was_there(corpus, tmp_path):
    path = troubled.place(corpus, troubled.SOUND, tmp_path)
    with pytest.raises(RuntimeError), kept_only_if_done(path):
        raise RuntimeError("refused")
    assert path.exists()
