"""The window's start (open the file, then sign in) against each troubled file of the corpus:
no unexpected-error dialog, no byte changed, the message naming the file and what is wrong."""

from __future__ import annotations

import os
import sqlite3

import pytest

from desktop.core.contingent import FINALIZED
from desktop.gui import app, tasks
from desktop.gui.main_window import MainWindow
from desktop.services import manifests
from desktop.store import audit, contingents, health, lock
from desktop.store import db as store_db
from desktop.store.db import connect
from tests.store.fixtures import troubled
from tests.store.fixtures.troubled import KINDS, READ_ONLY, SOUND

# The window meets another Rawangi's lock file before SQLite's lock.
WINDOW_WORDS = {**KINDS, "locked": "is already open in Rawangi on desk-7"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> troubled.Corpus:
    return troubled.build(tmp_path_factory.mktemp("troubled"))


@pytest.fixture(autouse=True)
def password(monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", troubled.PASSWORD)


def start(path):
    """What `rawangi --db PATH --user clerk` does before the main window: open, sign in."""
    opened = app.open_for_window(path)
    if opened is None:
        return None, None
    try:
        return opened, app.sign_in(opened.db, "clerk")
    finally:
        opened.close()


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"missing"}))
def test_a_troubled_file_is_said_and_never_written(corpus, tmp_path, monkeypatch, questions, kind):
    folder = tmp_path / "desk"
    path = troubled.place(corpus, kind, folder)
    before = troubled.snapshot(folder)
    with troubled.prepared(kind, path, monkeypatch):
        opened, _actor = start(path)
    assert opened is None
    _title, text = questions[-1]
    assert str(path.name) in text
    assert WINDOW_WORDS[kind] in text
    assert troubled.snapshot(folder) == before


def test_a_file_locked_by_another_program_is_in_use(corpus, tmp_path, monkeypatch, questions):
    path = troubled.place(corpus, SOUND, tmp_path / "desk")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 50)
    before = troubled.snapshot(path.parent)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        opened, _actor = start(path)
    finally:
        other.close()
    assert opened is None
    _title, text = questions[-1]
    assert f"{path} is in use by another program" in text and "try again" in text
    assert troubled.snapshot(path.parent) == before


def test_a_read_only_file_opens_read_only_and_sign_in_writes_nothing(
    corpus, tmp_path, monkeypatch, questions, caplog
):
    path = troubled.place(corpus, READ_ONLY, tmp_path / "desk")
    before = troubled.snapshot(path.parent)
    with troubled.prepared(READ_ONLY, path, monkeypatch), caplog.at_level("INFO"):
        opened, actor = start(path)
    assert opened is not None and actor is not None and actor.name == "clerk"
    assert "read-only" in opened.read_only_reason
    assert "log file only" in opened.read_only_reason  # the banner says where sign-ins went
    assert troubled.snapshot(path.parent) == before
    assert "sign_in (user) by clerk is not in the audit log" in caplog.text
    assert questions == []


def test_a_sound_file_is_checked_then_signed_in(corpus, tmp_path):
    path = troubled.place(corpus, SOUND, tmp_path / "desk")
    opened, actor = start(path)
    assert opened is not None and actor is not None
    db = connect(path, readonly=True)
    try:
        assert audit.browse(db, audit.AuditFilter(), limit=1)[0]["action"] == "sign_in"
    finally:
        db.close()


@pytest.mark.parametrize("kind", ["damaged-users-page", "schema-format-9", "foreign-with-audit"])
def test_a_large_file_is_still_judged_before_sign_in_writes(
    corpus, tmp_path, monkeypatch, questions, kind
):
    # Above the size checked whole at start, the schema and the small tables (users, settings
    # …) are still checked before the first write; the rest is checked once the window is open.
    monkeypatch.setattr(health, "WHOLE_CHECK_BYTES", 0)
    path = troubled.place(corpus, kind, tmp_path / "desk")
    before = troubled.snapshot(path.parent)
    opened, _actor = start(path)
    assert opened is None
    assert KINDS[kind] in questions[-1][1]
    assert troubled.snapshot(path.parent) == before


def test_on_a_read_only_file_a_supervisor_looks_prints_and_locks_the_screen(
    qtbot, corpus, tmp_path, monkeypatch, caplog
):
    path = troubled.place(corpus, READ_ONLY, tmp_path / "desk")
    before = troubled.snapshot(path.parent)
    with troubled.prepared(READ_ONLY, path, monkeypatch), caplog.at_level("INFO"):
        opened = app.open_for_window(path)
        assert opened is not None
        try:
            supervisor = app.sign_in(opened.db, "supervisor")
            window = MainWindow(
                opened.db,
                supervisor,
                tasks.SynchronousTasks(),
                read_only_reason=opened.read_only_reason,
            )
            qtbot.addWidget(window)
            assert window.banner_text().startswith("Read-only: ")
            (finalized,) = contingents.listing(opened.db, status=FINALIZED)
            copy = manifests.manifest_copy(opened.db, supervisor, finalized.contingent.id)
            assert copy.pdf == corpus.manifest_pdf.read_bytes()
            window.lock()
            assert window.is_locked()
        finally:
            tasks.close_readers()
            opened.close()
    assert troubled.snapshot(path.parent) == before
    assert "print (contingent) by supervisor is not in the audit log" in caplog.text
    assert "screen_lock (session) by supervisor is not in the audit log" in caplog.text


def test_a_read_only_folder_opens_read_only_without_a_lock_file(
    corpus, tmp_path, monkeypatch, questions
):
    # The lock file cannot be made where nothing can be written; a read-only open needs none.
    path = troubled.place(corpus, SOUND, tmp_path / "desk")
    monkeypatch.setattr(health, "_writable", lambda p: p != path.parent)
    real_open = os.open

    def no_lock_file(file, flags, *args, **kwargs):
        if str(file).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_lock_file)
    before = troubled.snapshot(path.parent)
    opened, actor = start(path)
    assert opened is not None and actor is not None
    assert opened.read_only_reason.startswith(f"The folder {path.parent} is read-only")
    assert troubled.snapshot(path.parent) == before and questions == []


def test_a_writable_file_without_a_lock_file_is_refused(corpus, tmp_path, monkeypatch, questions):
    path = troubled.place(corpus, SOUND, tmp_path / "desk")
    monkeypatch.setattr(lock, "acquire", raise_not_writable)
    assert app.open_for_window(path) is None
    assert "cannot create office.db.lock" in questions[-1][1]


def raise_not_writable(path, **kwargs):
    raise lock.LockNotWritable("Rawangi cannot create office.db.lock beside the database")


@pytest.mark.expected_log("the database failed a read")
def test_damage_a_read_meets_later_is_the_damage_message_not_a_crash(
    corpus, tmp_path, monkeypatch, questions
):
    # Above 64 MB a damaged departures page is found by the check in the background, or by a
    # read that meets it first: that read gets the damage message, not "unexpected error".
    path = troubled.place(corpus, "damaged-search-index", tmp_path / "desk")
    monkeypatch.setattr(app, "_open_path", path)
    db = connect(path, readonly=True)
    try:
        with pytest.raises(sqlite3.DatabaseError) as met:
            db.conn.execute("SELECT rowid FROM departures_fts WHERE departures_fts MATCH 'a*'")
        app.excepthook(met.type, met.value, met.tb)
    finally:
        db.close()
    title, text = questions[-1]
    assert title == "Rawangi cannot use the database"
    assert f"{path} is damaged" in text and "Restore the newest verified backup" in text
