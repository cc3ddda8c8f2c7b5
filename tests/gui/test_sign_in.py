import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.errors import SignInRefused
from desktop.gui import tasks
from desktop.gui.main_window import MainWindow
from desktop.gui.sign_in import SetupDialog, SignInDialog
from desktop.services import contingents, users
from tests.factories import person

PASSWORD = "gui-sign-in-password"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CONTINGENT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "10",
}


@pytest.fixture
def office(db):
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    users.create_user(db, admin, "bilal", "clerk", PASSWORD)
    users.create_user(db, admin, "tariq", "supervisor", PASSWORD)
    return db


def test_the_setup_dialog_creates_the_office_and_admin(qtbot, db):
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.fill(office="ISB", admin="root", password=PASSWORD, repeat="typo")
    dialog.apply()
    assert "differ" in dialog.message() and users.needs_setup(db)
    dialog.fill(office="ISB", admin="root", password="short")
    dialog.apply()
    assert "at least 8" in dialog.message()
    dialog.fill(office="MUX", office_name="Multan", admin="root", password=PASSWORD)
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.office == "MUX" and not users.needs_setup(db)


def test_the_first_admin_can_be_given_a_full_name_and_designation(qtbot, db):
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.fill(office="ISB", admin="root", password=PASSWORD)
    dialog.ui.fullNameEdit.setText("Farah Naz")
    dialog.ui.designationEdit.setText("Deputy Director")
    dialog.apply()
    assert dialog.result() == QDialog.DialogCode.Accepted
    root = users.user_rows.by_name(db, "root")
    assert (root.full_name, root.designation) == ("Farah Naz", "Deputy Director")


def test_a_wrong_password_shows_its_message_and_counts_toward_the_lock(qtbot, office):
    dialog = SignInDialog(office)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "amina")
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong password")
    dialog.apply()
    assert "4 more wrong attempts will lock this account" in dialog.message()
    assert dialog.ui.passwordEdit.text() == ""
    for _ in range(4):
        qtbot.keyClicks(dialog.ui.passwordEdit, "wrong password")
        dialog.apply()
    assert "now locked for 15 minutes" in dialog.message()
    with pytest.raises(SignInRefused, match="locked"):
        users.sign_in(office, "amina", PASSWORD)


def test_the_right_password_signs_in(qtbot, office):
    dialog = SignInDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "tariq")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.role.value == "supervisor"


@pytest.fixture
def window(qtbot, office):
    win = MainWindow(office, users.sign_in(office, "amina", PASSWORD), tasks.SynchronousTasks())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    tasks.close_readers()


def test_the_lock_screen_refuses_keys_and_gives_the_form_back_intact(qtbot, window):
    form = window.departure_form
    window.show_view("departure")
    form.set_values(person(surname="Half Typed"))
    form.ui.tradeEdit.setFocus()
    window.lock()
    assert window.is_locked() and not window.tabs.isEnabled()
    qtbot.keyClicks(form.ui.tradeEdit, "typed while locked")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.values()["trade"] == "Electrician"  # nothing reached the hidden form
    assert form.current is None  # and Ctrl+S saved nothing
    screen = window.lock_screen
    qtbot.keyClicks(screen.ui.passwordEdit, "wrong password")
    screen.apply()
    assert window.is_locked() and "Wrong" in screen.message()
    qtbot.keyClicks(screen.ui.passwordEdit, PASSWORD)
    screen.apply()
    assert not window.is_locked() and window.tabs.isEnabled()
    assert form.values()["surname"] == "Half Typed" and form.values()["trade"] == "Electrician"


def test_being_idle_locks_the_screen(qtbot, window):
    window.idle.timer.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_another_user_signing_in_ends_the_first_session_after_offering_to_save(
    qtbot, window, questions
):
    form = window.departure_form
    window.show_view("departure")
    form.set_values(person())
    window.lock()
    screen = window.lock_screen
    screen.ui.nameEdit.setText("tariq")
    screen.ui.passwordEdit.setText(PASSWORD)
    screen.apply()
    assert questions and questions[-1][0] == "Save the open departure?"
    assert window.actor.name == "tariq"
    assert "tariq (supervisor)" in window.user_label.text()
    assert form.values()["surname"] == ""  # a clean form for the new user
    saved_by = window.db.conn.execute("SELECT created_by FROM departures").fetchone()
    assert saved_by == ("amina",)  # saved for the first user, under their name
    actions = [a for (a,) in window.db.conn.execute("SELECT action FROM audit")]
    assert "sign_out" in actions


def open_as(qtbot, office, name):
    win = MainWindow(office, users.sign_in(office, name, PASSWORD), tasks.SynchronousTasks())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    return win


def tab_names(win):
    return [win.tabs.tabText(i) for i in range(win.tabs.count()) if win.tabs.isTabVisible(i)]


def menu_entries(win):
    """What the menu bar offers, as a person reads it: {menu: [entries]}."""
    return {
        menu.text(): [entry.text() for entry in menu.menu().actions() if not entry.isSeparator()]
        for menu in win.menuBar().actions()
        if menu.isVisible()
    }


def everything(entries):
    return [text for texts in entries.values() for text in texts]


def press(qtbot, win, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    qtbot.keyClick(QApplication.focusWidget() or win, key, modifiers)


def test_an_admin_sees_only_what_an_admin_may_use_and_a_shortcut_says_why(qtbot, office):
    win = open_as(qtbot, office, "root")
    assert tab_names(win) == ["Register", "Contingents"]  # admins do not record departures
    offered = everything(menu_entries(win))
    for entry in ("&Users…", "&Backups…", "&Audit log…", "Export &headquarters bundle…"):
        assert entry in offered
    for entry in ("&New departure", "&Departure form", "&Import list…", "&New contingent…"):
        assert entry not in offered
    assert "&Contingent" not in menu_entries(win)  # nothing in it for an admin
    press(qtbot, win, Qt.Key.Key_2)
    assert win.current_view() == "register"
    assert win.statusBar().currentMessage() == (
        "Ctrl+2 does nothing for root (admin): only clerks and supervisors record departures."
    )
    press(qtbot, win, Qt.Key.Key_N)
    assert win.current_view() == "register"
    assert win.statusBar().currentMessage().startswith("Ctrl+N does nothing for root (admin)")
    win.open_departure("any")  # Enter in the register
    assert win.current_view() == "register"
    assert "cannot open a departure in the form" in win.statusBar().currentMessage()


def test_a_clerk_has_no_admin_menu_and_its_shortcuts_say_why(qtbot, office):
    win = open_as(qtbot, office, "amina")
    assert tab_names(win) == ["Register", "Departure", "Contingents"]
    assert "&Administration" not in menu_entries(win)
    press(qtbot, win, Qt.Key.Key_U, CTRL_SHIFT)
    assert "users" not in win.windows
    assert win.statusBar().currentMessage() == (
        "Ctrl+Shift+U does nothing for amina (clerk): only admins manage users."
    )
    press(qtbot, win, Qt.Key.Key_2)
    assert win.current_view() == "departure"


def test_a_supervisor_has_everything_but_users(qtbot, office):
    win = open_as(qtbot, office, "tariq")
    assert tab_names(win) == ["Register", "Departure", "Contingents"]
    assert menu_entries(win)["&Administration"] == ["&Audit log…", "&Backups…"]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_signing_out_closes_every_window_and_the_next_user_gets_their_own(qtbot, office):
    win = open_as(qtbot, office, "tariq")
    win.show_dashboard()
    win.show_audit()
    contingent = contingents.create_contingent(office, win.actor, CONTINGENT)
    opened = [*win.windows.values(), win.contingents_view.open_contingent(contingent.id)]
    assert all(window.isVisible() for window in opened)
    win.register_view.ui.searchEdit.setText("Khan")
    press(qtbot, win, Qt.Key.Key_L, CTRL_SHIFT)  # File > Sign out
    assert win.is_locked() and not any(window.isVisible() for window in opened)
    screen = win.lock_screen
    assert screen.ui.nameEdit.text() == "" and not screen.ui.anotherUserButton.isVisible()
    assert "tariq" not in win.windowTitle() and "tariq" not in win.user_label.text()
    last = office.conn.execute("SELECT user, action FROM audit ORDER BY id DESC").fetchone()
    assert last == ("tariq", "sign_out")
    qtbot.keyClicks(screen.ui.nameEdit, "root")
    qtbot.keyClicks(screen.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert not win.is_locked() and win.actor.name == "root"
    assert "root (admin)" in win.user_label.text() and "root" in win.windowTitle()
    assert tab_names(win) == ["Register", "Contingents"]
    assert "&Users…" in everything(menu_entries(win))
    assert win.windows == {} and not any(window.isVisible() for window in opened)
    assert win.register_view.ui.searchEdit.text() == ""  # tariq's search is not shown to root


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_another_user_at_the_lock_screen_gets_the_window_of_their_role(qtbot, office):
    win = open_as(qtbot, office, "root")
    win.show_users()
    users_window = win.windows["users"]
    win.lock()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    screen = win.lock_screen
    # Another user; a mnemonic "animates" the click: the button goes down, then clicks.
    qtbot.keyClick(screen, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.ui.nameEdit.text() == "")
    assert screen.ui.nameEdit.hasFocus()
    qtbot.keyClicks(screen.ui.nameEdit, "amina")
    qtbot.keyClicks(screen.ui.passwordEdit, PASSWORD)
    screen.apply()
    assert win.actor.name == "amina" and not users_window.isVisible()
    assert tab_names(win) == ["Register", "Departure", "Contingents"]
    assert "&Administration" not in menu_entries(win)


def test_a_clerk_sees_no_admin_menu(window):
    assert not window.admin_menu.menuAction().isVisible()
