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


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
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


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
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


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
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
        "visaProfessionEdit",
        "visaCountryCombo",
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


# -- the passport scan ----------------------------------------------------------------------

SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
)  # ICAO Doc 9303's specimen passport: it expired on 15 April 2012


def test_a_passport_that_expired_in_1994_is_flagged_at_the_scan(qtbot, form):
    scan(qtbot, form, strip(expiry_date=dt.date(1994, 6, 30)))
    assert form.values()["passport_expiry"] == "1994-06-30"
    assert form.values()["departure_date"] == ""
    expired = "The passport expired on 1994-06-30"
    assert expired in form.problem_text("passport_expiry")
    assert expired in form.ui.scanMessage.text()


def test_the_specimen_shows_its_expiry_at_the_scan_not_only_its_nationality(qtbot, form):
    scan(qtbot, form, SPECIMEN)
    assert "UTO" in form.problem_text("nationality")
    assert "The passport expired on 2012-04-15" in form.problem_text("passport_expiry")
    assert "2012-04-15" in form.ui.scanMessage.text()


def test_a_valid_passport_scans_without_a_problem(qtbot, form):
    scan(qtbot, form, strip())
    assert form.problem_text("passport_expiry") == ""
    assert form.ui.scanMessage.text() == "Read MUHAMMAD IMRAN KHAN, passport AB1234567."


# -- from scan to saved, by keys -------------------------------------------------------------


class Keyboard:
    """Presses keys where a person's keys go (an open completion list first), counting them."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    @staticmethod
    def target():
        return QApplication.activePopupWidget() or QApplication.focusWidget()

    def type(self, text):
        for char in text:
            self.qtbot.keyClicks(self.target(), char)
            self.count += 1

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(self.target(), key, modifier)
        self.count += 1


# The offscreen platform cannot raise a completion list or give it the keyboard; it says so.
popups = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@popups
def test_a_person_is_saved_after_a_scan_in_at_most_six_keys_more_than_the_data(
    qtbot, form, db, answers
):
    asked, _ = answers
    saved = []
    form.saved.connect(saved.append)
    scan(qtbot, form, strip())
    assert form.focusWidget() is form.ui.fatherNameEdit  # the first empty required field
    keys = Keyboard(qtbot)
    typed = ["ABDUL RASHID KHAN", "Electrici", "Saudi", "OEC", "20260315"]
    keys.type(typed[0])
    keys.press(Qt.Key.Key_Return)  # on to Trade, the next field still to fill
    keys.type(typed[1])
    keys.press(Qt.Key.Key_Tab)  # takes "Electrician"; Destination is next
    keys.type(typed[2])
    keys.press(Qt.Key.Key_Return)  # takes "Saudi Arabia"; on to Channel
    keys.type(typed[3])
    keys.press(Qt.Key.Key_Return)  # on to Departure date
    keys.type(typed[4])
    keys.press(Qt.Key.Key_Return)  # nothing left to fill: saves, as Save & Next
    assert departures.count(db) == 1
    (stored,) = saved
    assert (stored.father_name, stored.trade, stored.destination) == (
        "ABDUL RASHID KHAN",
        "Electrician",
        "SA",
    )
    assert (stored.channel, str(stored.departure_date)) == ("OEC", "2026-03-15")
    data = sum(len(text) for text in typed)
    assert keys.count <= data + 6, f"{keys.count} keys for {data} characters of data"
    assert asked == []  # no warning to confirm
    values = form.values()  # the next person: the travel fields carried forward
    assert values["surname"] == "" and values["father_name"] == ""
    assert values["trade"] == "Electrician"
    assert values["destination"] == "SA"
    assert values["channel"] == "OEC"
    assert values["departure_date"] == "2026-03-15"
    assert "Saved MUHAMMAD IMRAN KHAN" in form.message()
    assert form.focusWidget() is form.ui.scanEdit


@popups
def test_tab_takes_the_highlighted_completion(qtbot, form):
    keys = Keyboard(qtbot)
    form.ui.destinationCombo.setFocus()
    keys.type("Saudi")
    keys.press(Qt.Key.Key_Tab)
    assert form.values()["destination"] == "SA"
    assert form.ui.destinationCombo.currentText() == "Saudi Arabia"
    assert form.problem_text("destination") == ""  # not "'Saudi' is not a country we know"
    assert form.focusWidget() is form.ui.employerEdit
    form.ui.tradeEdit.setFocus()
    keys.type("mason")
    keys.press(Qt.Key.Key_Tab)
    assert form.values()["trade"] == "Mason"


@popups
def test_down_picks_another_completion_before_tab_takes_it(qtbot, form):
    keys = Keyboard(qtbot)
    form.ui.tradeEdit.setFocus()
    keys.type("Elec")  # Electrical Engineer, then Electrician
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Tab)
    assert form.values()["trade"] == "Electrician"


def test_enter_goes_to_the_next_field_still_empty_and_saves_when_none_is(qtbot, form, db):
    form.set_values(person(father_name="", departure_date=""))
    form.ui.surnameEdit.setFocus()
    qtbot.keyClick(form.ui.surnameEdit, Qt.Key.Key_Return)
    assert form.focusWidget() is form.ui.fatherNameEdit
    qtbot.keyClicks(form.ui.fatherNameEdit, "Abdul Rashid")
    qtbot.keyClick(form.ui.fatherNameEdit, Qt.Key.Key_Return)
    assert form.focusWidget() is form.ui.departureDateEdit
    qtbot.keyClicks(form.ui.departureDateEdit, "20260315")
    qtbot.keyClick(form.ui.departureDateEdit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert departures.count(db) == 1
    assert form.values()["trade"] == "Electrician"  # Save & Next: the travel fields stay
    assert form.values()["surname"] == ""


def test_a_whole_valid_cnic_moves_on_by_itself(qtbot, form):
    form.ui.cnicEdit.setFocus()
    qtbot.keyClicks(form.ui.cnicEdit, "3520212345671")
    assert form.values()["cnic"] == "35202-1234567-1"
    assert form.focusWidget() is form.ui.passportNoEdit
    assert form.problem_text("cnic") == ""


def test_a_whole_invalid_cnic_stays_and_says_why(qtbot, form):
    form.ui.cnicEdit.setFocus()
    qtbot.keyClicks(form.ui.cnicEdit, "9520212345671")
    assert form.focusWidget() is form.ui.cnicEdit
    assert "region" in form.problem_text("cnic")


def test_a_cnic_already_pending_stays_and_names_the_other_record(qtbot, form, db, clerk):
    from desktop import services

    services.record_departure(db, clerk, person())
    form.ui.cnicEdit.setFocus()
    qtbot.keyClicks(form.ui.cnicEdit, "3520212345671")
    assert form.focusWidget() is form.ui.cnicEdit
    assert "MUHAMMAD IMRAN KHAN" in form.problem_text("cnic")


def test_a_whole_passport_number_moves_on_and_a_short_one_waits(qtbot, form):
    form.ui.passportNoEdit.setFocus()
    qtbot.keyClicks(form.ui.passportNoEdit, "AB12345")
    assert form.focusWidget() is form.ui.passportNoEdit  # may still grow: no judgement yet
    qtbot.keyClicks(form.ui.passportNoEdit, "67")
    assert form.focusWidget() is form.ui.passportExpiryEdit


def test_a_whole_passport_number_out_of_the_pakistani_form_stays_and_says_why(qtbot, form):
    form.ui.passportNoEdit.setFocus()
    qtbot.keyClicks(form.ui.passportNoEdit, "ABC123456")
    assert form.focusWidget() is form.ui.passportNoEdit
    assert "two letters and seven digits" in form.problem_text("passport_no")


# -- the visa ------------------------------------------------------------------------------


def test_a_visa_for_another_profession_or_country_is_a_warning_to_confirm(qtbot, form, db, answers):
    asked, replies = answers
    replies.append(False)
    form.set_values(person(visa_profession="Heavy Driver", visa_country="AE"))
    assert form.save(next_person=False) is None
    assert departures.count(db) == 0
    assert "not for the trade Electrician" in form.problem_text("visa_profession")
    assert "United Arab Emirates" in form.problem_text("visa_country")
    ((_title, details),) = asked
    assert any(
        d.startswith("Visa profession: The visa is for the profession Heavy Driver")
        for d in details
    )
    assert any(d.startswith("Visa country: The visa is for United Arab Emirates") for d in details)
    stored = form.save(next_person=False)  # confirmed this time
    assert stored is not None
    assert (stored.visa_profession, stored.visa_country) == ("Heavy Driver", "AE")


def test_a_visa_naming_the_trade_its_own_way_is_no_warning(qtbot, form, db, answers):
    asked, _ = answers
    form.set_values(person(trade="Electrician", visa_profession="ELECTRICAL TECHNICIAN",
                           visa_country="Saudi Arabia"))  # fmt: skip
    stored = form.save(next_person=False)
    assert stored is not None and asked == []
    assert stored.visa_country == "SA"


# -- what the form says ----------------------------------------------------------------------


def test_new_clears_what_was_said_of_the_last_person(qtbot, form):
    form.set_values(person(cnic="95202-1234567-1", surname=""))
    form.save(next_person=False)
    assert form.message() == "Not saved: 2 problems, shown next to the fields."
    form.new()
    assert form.message() == ""


def test_one_problem_is_counted_in_the_singular(qtbot, form):
    form.set_values(person(cnic="95202-1234567-1"))
    form.save(next_person=False)
    assert form.message() == "Not saved: 1 problem, shown next to its field."


def test_the_validity_warning_names_both_dates(qtbot, form, answers):
    asked, _ = answers
    form.set_values(person(passport_expiry="2026-08-01", departure_date="2026-03-15"))
    form.save(next_person=False)
    ((_title, details),) = asked
    assert details == [
        "Passport expiry: The passport expires on 2026-08-01, less than 6 months after the "
        "departure on 2026-03-15; the destination may refuse entry."
    ]


def test_choosing_the_form_puts_the_keys_in_the_scanners_box(qtbot, db, clerk):
    from desktop.gui.main_window import MainWindow
    from desktop.gui.tasks import SynchronousTasks

    window = MainWindow(db, clerk, SynchronousTasks())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_view("register")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.departure_form.ui.scanEdit


def test_an_admin_is_told_who_records_and_new_does_not_forget_it(qtbot, form, admin):
    form.set_actor(admin)
    said = (
        "Signed in as admin, you may look at departures here; clerks and supervisors record them."
    )
    assert form.message() == said
    form.new()
    assert form.message() == said
