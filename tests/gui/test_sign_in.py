import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core.errors import SignInRefused
from desktop.gui import tasks
from desktop.gui.main_window import MainWindow
from desktop.gui.sign_in import SetupDialog, SignInDialog
from desktop.services import users
from tests.factories import person

PASSWORD = "gui-sign-in-password"


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


def test_an_admin_sees_the_admin_menu_and_cannot_open_the_form(qtbot, office):
    win = MainWindow(office, users.sign_in(office, "root", PASSWORD), tasks.SynchronousTasks())
    qtbot.addWidget(win)
    assert win.actions["users"].isVisible() and win.actions["audit"].isVisible()
    assert not win.actions["new_departure"].isEnabled()
    win.show_view("departure")
    assert win.current_view() == "register"
    assert not win.departure_form.ui.saveButton.isEnabled()
    tasks.close_readers()


def test_a_clerk_sees_no_admin_menu(window):
    assert not window.admin_menu.menuAction().isVisible()
