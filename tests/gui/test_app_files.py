"""The window's start (open the file, then sign in) against each troubled file of the corpus:
no unexpected-error dialog, no byte changed, the message naming the file and what is wrong."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.gui import app
from desktop.store import audit, health
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
