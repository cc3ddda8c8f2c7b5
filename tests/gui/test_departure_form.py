import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.core import mrz
from desktop.core.errors import StorageError
from desktop.gui import dialogs
from desktop.gui.departure_form import DepartureForm
from desktop.store import departures
from tests.factories import person


@pytest.fixture
def form(qtbot, db, clerk):
    widget = DepartureForm(db, clerk)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def answers(monkeypatch):
    """Answers the form's questions; records what was asked."""
    asked = []
    replies = []

    def ask(parent, title, text, **kwargs):
        asked.append((title, kwargs.get("details", ())))
        return replies.pop(0) if replies else True

    monkeypatch.setattr(dialogs, "ask", ask)
    return asked, replies


def strip(**changes):
    values = dict(
        surname="KHAN",
        given_names="MUHAMMAD IMRAN",
        document_number="AB1234567",
        nationality="PAK",
        birth_date=dt.date(1990, 4, 12),
        sex="M",
        expiry_date=dt.date(2031, 5, 20),
        personal_number="3520212345671",
    )
    values.update(changes)
    return mrz.compose(**values)


def scan(qtbot, form, text, newline=Qt.Key.Key_Return):
    """Type the strip as a keyboard-wedge scanner does: line, Enter, line, Enter."""
    form.ui.scanEdit.setFocus()
    for line in text.splitlines():
        qtbot.keyClicks(form.ui.scanEdit, line)
        qtbot.keyClick(form.ui.scanEdit, newline)


def test_a_scan_fills_the_passport_fields(qtbot, form):
    scan(qtbot, form, strip())
    values = form.values()
    assert values["surname"] == "KHAN"
    assert values["given_names"] == "MUHAMMAD IMRAN"
    assert values["passport_no"] == "AB1234567"
    assert values["nationality"] == "PAK"
    assert values["birth_date"] == "1990-04-12"
    assert values["passport_expiry"] == "2031-05-20"
    assert values["sex"] == "M"
    assert values["cnic"] == "35202-1234567-1"
    assert "Read MUHAMMAD IMRAN KHAN" in form.ui.scanMessage.text()
    assert form.ui.scanEdit.toPlainText() == ""


def test_a_scan_with_caps_lock_on_is_read_too(qtbot, form):
    scan(qtbot, form, strip().lower())
    assert form.values()["passport_no"] == "AB1234567"


def test_a_scan_with_a_wrong_check_digit_says_which_and_fills_nothing(qtbot, form):
    line1, line2 = strip().splitlines()
    broken = line2[:9] + str((int(line2[9]) + 1) % 10) + line2[10:]
    scan(qtbot, form, f"{line1}\n{broken}")
    assert "passport number" in form.ui.scanMessage.text()
    assert form.values()["surname"] == ""


def test_a_bad_cnic_shows_its_message_and_nothing_is_saved(qtbot, form, db):
    form.set_values(person(cnic="95202-1234567-1"))
    assert form.save(next_person=False) is None
    assert "region" in form.problem_text("cnic")
    assert "Not saved" in form.message()
    assert departures.count(db) == 0
    assert form.values()["surname"] == "Khan"  # the form keeps what was typed


def test_a_problem_shows_when_the_field_is_left(qtbot, form):
    form.ui.birthDateEdit.setFocus()
    qtbot.keyClicks(form.ui.birthDateEdit, "20300101")
    assert form.problem_text("birth_date") == ""  # not while typing
    qtbot.keyClick(form.ui.birthDateEdit, Qt.Key.Key_Tab)
    assert "future" in form.problem_text("birth_date")
    assert form.problem_text("surname") == ""  # not yet visited: not yet nagged


def test_save_and_next_keeps_the_travel_fields(qtbot, form, db, answers):
    form.set_values(person())
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert departures.count(db) == 1
    values = form.values()
    assert values["surname"] == "" and values["cnic"] == "" and values["passport_no"] == ""
    assert values["destination"] == "SA"
    assert values["trade"] == "Electrician"
    assert values["departure_date"] == "2026-03-15"
    assert values["channel"] == "OEP" and values["oep_licence_no"] == "1234/RWP"
    assert "Saved MUHAMMAD IMRAN KHAN" in form.message()


def test_ctrl_s_saves_and_keeps_the_record_open(qtbot, form, db):
    form.set_values(person())
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert departures.count(db) == 1
    assert form.current is not None and form.values()["surname"] == "KHAN"


def test_a_duplicate_is_blocked_and_names_the_other_record(qtbot, form, db):
    form.set_values(person())
    first = form.save(next_person=True)
    form.set_values(person(passport_no="CD7654321"))
    assert form.save(next_person=False) is None
    assert "MUHAMMAD IMRAN KHAN" in form.problem_text("cnic")
    assert "ISB" in form.problem_text("cnic")
    assert departures.count(db) == 1
    assert first is not None


def test_warnings_are_confirmed_in_one_step(qtbot, form, db, answers):
    asked, replies = answers
    replies.append(False)
    form.set_values(person(passport_expiry="2026-08-01", departure_date="2026-02-20"))
    assert form.save(next_person=False) is None
    assert departures.count(db) == 0
    ((_title, details),) = asked
    assert len(details) == 2  # validity and back-entry, listed together
    assert form.save(next_person=False) is not None
    assert departures.count(db) == 1


def test_a_failed_save_keeps_the_form_filled(qtbot, form, db, monkeypatch):
    from desktop import services

    def disk_full(*args, **kwargs):
        raise StorageError("The disk holding office.db is full; nothing was saved.")

    monkeypatch.setattr(services, "record_departure", disk_full)
    form.set_values(person())
    assert form.save(next_person=True) is None
    assert "disk" in form.message()
    assert form.values()["cnic"] == "35202-1234567-1"


def type_text(widget, text):
    """Key events carrying characters QTest cannot type (Urdu digits from an Urdu keyboard)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_urdu_digits_typed_into_the_cnic_field(qtbot, form):
    form.ui.cnicEdit.setFocus()
    form.ui.cnicEdit.setCursorPosition(0)
    type_text(form.ui.cnicEdit, "۳۵۲۰۲۱۲۳۴۵۶۷۱")
    assert form.values()["cnic"] == "35202-1234567-1"


def test_the_oep_licence_is_only_asked_for_promoters(qtbot, form):
    form.set_values({"channel": "OEC"})
    assert not form.ui.oepLicenceNoEdit.isEnabled()
    form.set_values({"channel": "OEP"})
    assert form.ui.oepLicenceNoEdit.isEnabled()


def test_tab_follows_the_paper_form(qtbot, form):
    expected = [
        "scanEdit",
        "surnameEdit",
        "givenNamesEdit",
        "nameUrduEdit",
        "fatherNameEdit",
        "cnicEdit",
        "passportNoEdit",
        "passportExpiryEdit",
        "nationalityEdit",
        "birthDateEdit",
        "sexCombo",
        "phoneEdit",
        "tradeEdit",
        "destinationCombo",
        "employerEdit",
        "visaNoEdit",
        "channelCombo",
        "protectorNoEdit",
        "departureDateEdit",
        "remarksEdit",
    ]
    form.ui.scanEdit.setFocus()
    seen = [form.focusWidget().objectName()]
    for _ in expected[1:]:
        form.focusNextChild()
        seen.append(form.focusWidget().objectName())
    assert seen == expected  # the OEP licence is skipped while disabled


def test_the_name_in_urdu_is_kept_and_shown_right_to_left(qtbot, form, db):
    form.set_values(person(name_urdu="محمد عمران خان"))
    stored = form.save(next_person=False)
    assert stored is not None and stored.name_urdu == "محمد عمران خان"
    assert form.ui.nameUrduEdit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Naskh" in form.ui.nameUrduEdit.font().family()


def test_latin_letters_in_the_urdu_name_are_refused(qtbot, form, db):
    form.set_values(person(name_urdu="Imran"))
    assert form.save(next_person=False) is None
    assert "Urdu letters only" in form.problem_text("name_urdu")
