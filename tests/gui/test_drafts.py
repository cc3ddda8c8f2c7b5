"""Typing is never thrown away silently: New, opening another record, signing out and quitting
ask first; a crash or a power cut leaves a draft that the next sign-in offers back."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import services
from desktop.gui import dialogs, tasks
from desktop.gui.drafts import drafts_folder
from desktop.gui.main_window import MainWindow
from desktop.services import users
from desktop.store import open_database
from tests.factories import person

PASSWORD = "drafts-test-password"
HELPER = Path(__file__).with_name("desk_process.py")
DISCARD_QUESTION = "Discard the unsaved departure?"
OFFER_QUESTION = "Carry on with the unsaved departure?"


@pytest.fixture
def office(db):
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    users.create_user(db, admin, "bilal", "clerk", PASSWORD)
    return db


@pytest.fixture
def open_window(qtbot, office):
    made = []

    def open_as(name: str) -> MainWindow:
        window = MainWindow(office, users.sign_in(office, name, PASSWORD), tasks.SynchronousTasks())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        made.append(window)
        return window

    yield open_as
    tasks.close_readers()


@pytest.fixture
def answers(monkeypatch, questions):
    """Answer the questions asked, in order (True: the `yes` button); then "yes", as everywhere
    else (closing the windows at the end of a test may ask)."""
    given: list[bool] = []

    def ask(parent, title, text, **kwargs):
        questions.append((title, text))
        return given.pop(0) if given else True

    monkeypatch.setattr(dialogs, "ask", ask)
    return given


def half_type(qtbot, window: MainWindow, surname: str = "Half-Typed") -> None:
    window.show_view("departure")
    form = window.departure_form
    qtbot.keyClicks(form.ui.surnameEdit, surname)
    qtbot.keyClicks(form.ui.givenNamesEdit, "Imran")


def draft_files() -> list[Path]:
    folder = drafts_folder()
    return sorted(folder.glob("*.json")) if folder.exists() else []


def test_new_asks_first_and_keep_editing_keeps_the_typing(qtbot, open_window, answers, questions):
    window = open_window("amina")
    half_type(qtbot, window)
    answers.append(False)  # Keep editing
    qtbot.keyClick(
        window.departure_form.ui.surnameEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert [title for title, _ in questions] == [DISCARD_QUESTION]
    assert "Imran Half-Typed" in questions[0][1]
    assert window.departure_form.values()["surname"] == "Half-Typed"
    answers.append(True)  # Discard it
    window.departure_form.ui.newButton.click()  # the form's own New button asks too
    assert len(questions) == 2
    assert window.departure_form.values()["surname"] == ""
    window.show_new_departure()  # nothing typed: no question
    assert len(questions) == 2


def test_opening_another_departure_asks_before_replacing_the_typing(
    qtbot, open_window, office, answers, questions
):
    stored = services.record_departure(
        office, users.sign_in(office, "bilal", PASSWORD), person(surname="Stored")
    )
    window = open_window("amina")
    half_type(qtbot, window)
    answers.append(False)
    window.open_departure(str(stored.id))
    assert window.departure_form.values()["surname"] == "Half-Typed"
    answers.append(True)
    window.open_departure(str(stored.id))
    assert window.departure_form.values()["surname"] == "STORED"
    assert [title for title, _ in questions] == [DISCARD_QUESTION, DISCARD_QUESTION]


def test_quitting_asks_and_keep_editing_keeps_the_window_open(
    qtbot, open_window, answers, questions
):
    window = open_window("amina")
    half_type(qtbot, window)
    answers.append(False)
    window.close()
    assert window.isVisible() and window.departure_form.values()["surname"] == "Half-Typed"
    answers.append(True)
    window.close()
    assert not window.isVisible()
    assert draft_files() == []  # discarded: nothing comes back at the next sign-in


def test_signing_out_asks_and_keep_editing_keeps_the_session(
    qtbot, open_window, answers, questions
):
    window = open_window("amina")
    half_type(qtbot, window)
    answers.append(False)
    window.actions["sign_out"].trigger()
    assert not window.is_locked() and window.actor.name == "amina"
    assert window.current_view() == "departure"
    assert window.departure_form.values()["surname"] == "Half-Typed"


def test_a_draft_is_kept_while_typing_owner_only_outside_the_register_and_the_audit(
    qtbot, open_window, office
):
    window = open_window("amina")
    half_type(qtbot, window)
    qtbot.waitUntil(lambda: len(draft_files()) == 1, timeout=10_000)
    draft = draft_files()[0]
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert stat.S_IMODE(draft.parent.stat().st_mode) == 0o700
    assert json.loads(draft.read_text(encoding="utf-8"))["values"]["surname"] == "Half-Typed"
    assert office.conn.execute("SELECT count(*) FROM departures").fetchone() == (0,)
    audit_text = " ".join(str(row) for row in office.conn.execute("SELECT * FROM audit"))
    assert "Half-Typed" not in audit_text
    form = window.departure_form
    form.set_values(person(surname="Half-Typed"))
    assert form.save(next_person=False) is not None
    assert draft_files() == []  # saved: nothing to offer back


def test_the_next_sign_in_offers_the_typing_back(qtbot, open_window, answers, questions):
    first = open_window("amina")
    half_type(qtbot, first)
    first.lock()  # the idle lock keeps the typing, and writes it at once
    first.close()  # the power goes while the screen is locked
    answers.append(False)  # Put it back, asked as soon as the window is up
    again = open_window("amina")
    qtbot.waitUntil(lambda: bool(questions))
    assert [title for title, _ in questions] == [OFFER_QUESTION]
    assert again.current_view() == "departure"
    assert again.departure_form.values()["surname"] == "Half-Typed"
    assert again.departure_form.is_dirty()


def test_drafts_are_per_user(qtbot, open_window, answers, questions):
    first = open_window("amina")
    half_type(qtbot, first)
    first.lock()
    first.close()
    other = open_window("bilal")
    qtbot.waitUntil(lambda: not other._offer_timer.isActive())
    assert questions == [] and other.departure_form.values()["surname"] == ""


def test_a_discarded_offer_does_not_come_back(qtbot, open_window, answers, questions):
    first = open_window("amina")
    half_type(qtbot, first)
    first.lock()
    first.close()
    answers.append(True)  # Discard it
    again = open_window("amina")
    qtbot.waitUntil(lambda: bool(questions))
    assert again.departure_form.values()["surname"] == "" and draft_files() == []


def test_another_user_at_the_lock_screen_keeps_the_first_ones_typing_for_them(
    qtbot, open_window, answers, questions
):
    window = open_window("amina")
    half_type(qtbot, window)
    window.lock()
    screen = window.lock_screen
    screen.ui.anotherUserButton.click()
    assert screen.ui.nameEdit.text() == ""
    qtbot.keyClicks(screen.ui.nameEdit, "bilal")
    qtbot.keyClicks(screen.ui.passwordEdit, PASSWORD)
    answers.append(False)  # Keep it for them
    screen.apply()
    assert window.actor.name == "bilal" and window.departure_form.values()["surname"] == ""
    assert questions[-1][0] == "Save the open departure?"
    window.sign_out()
    screen.ui.nameEdit.setText("amina")
    screen.ui.passwordEdit.setText(PASSWORD)
    answers.append(False)  # Put it back
    screen.apply()
    assert questions[-1][0] == OFFER_QUESTION
    assert window.actor.name == "amina"
    assert window.departure_form.values()["surname"] == "Half-Typed"


def test_a_person_half_typed_when_the_process_is_killed_is_offered_back(qtbot, tmp_path):
    """The real program, killed (SIGKILL) while a person is half typed, as by a power cut."""
    path = tmp_path / "desk.db"
    db = open_database(path)
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    db.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
        "RAWANGI_PASSWORD": PASSWORD,
    }
    start = [sys.executable, str(HELPER)]
    where = ["--db", str(path), "--user", "amina"]
    drafts = tmp_path / "data" / "Rawangi" / "drafts"
    typing = subprocess.Popen(
        [*start, "type", *where], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        qtbot.waitUntil(
            lambda: typing.poll() is not None or any(drafts.glob("*.json")), timeout=60_000
        )
        assert typing.poll() is None, typing.communicate()[1].decode()
    finally:
        typing.send_signal(signal.SIGKILL)
        typing.communicate(timeout=60)
    assert typing.returncode == -signal.SIGKILL
    (draft,) = drafts.glob("*.json")
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert stat.S_IMODE(drafts.stat().st_mode) == 0o700
    again = subprocess.run(
        [*start, "offer", *where],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout.strip().splitlines()[-1])
    assert report["questions"] == [OFFER_QUESTION]
    assert report["values"]["surname"] == "Half-Typed"
    assert report["values"]["given_names"] == "Person Before The Power Cut"
    db = open_database(path)
    try:
        assert db.conn.execute("SELECT count(*) FROM departures").fetchone() == (0,)
        audit_text = " ".join(str(row) for row in db.conn.execute("SELECT * FROM audit"))
        assert "Half-Typed" not in audit_text
    finally:
        db.close()
