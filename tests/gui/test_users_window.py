import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop import services
from desktop.core.errors import SignInRefused
from desktop.core.roles import Role
from desktop.gui.users_window import UserDialog, UsersModel, UsersWindow
from desktop.services import users

PASSWORD = "admin-password-1"
NEW_PASSWORD = "fresh-password-2"


@pytest.fixture(autouse=True)
def cheap_hasher(monkeypatch):
    """Argon2 with the smallest parameters: the window's behaviour, not the hash, is tested."""
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def office(db, admin):
    """A set-up office: its first admin is the `admin` fixture's user."""
    users.initialize(db, office="ISB", admin_name=admin.name, password=PASSWORD)
    users.create_user(db, admin, "bilal", "clerk", "bilal-password-1")
    return db


@pytest.fixture
def window(qtbot, office, admin):
    win = UsersWindow(office, admin)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def answer(answers):
    """Answer the next user dialog as a person would: fill the fields, press OK."""
    messages: list[str] = []

    def answer_with(**values):
        def fill(dialog):
            assert isinstance(dialog, UserDialog)
            dialog.fill(**values)
            dialog.apply()
            messages.append(dialog.message())
            return dialog.result() == dialog.DialogCode.Accepted

        answers.dialog(fill)
        return messages

    return answer_with


def names(win):
    model = win.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cell(win, name, heading):
    """The text in a user's row under a column heading, as the admin reads it."""
    model = win.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(model.row_of(name), headings.index(heading)).data()


def choose(qtbot, win, name):
    win.select(name)
    assert win.selected_name() == name


def test_the_model_passes_the_model_tester(qtmodeltester, office, admin):
    model = UsersModel()
    model.set_users(users.list_users(office, admin), {"ISB": "Islamabad"}, users.clock.utc_now())
    qtmodeltester.check(model)


def test_is_a_window_of_its_own(qtbot, office, admin):
    owner = QWidget()
    qtbot.addWidget(owner)
    win = UsersWindow(office, admin, owner)
    assert win.isWindow()
    assert win.parent() is owner


def test_admin_adds_a_user_and_it_appears(qtbot, window, answer):
    answer(name="Amina.K", role="supervisor", office="KHI", password="amina-password-1")
    qtbot.mouseClick(window.ui.addButton, Qt.MouseButton.LeftButton)
    assert "amina.k" in names(window)
    assert cell(window, "amina.k", "Role") == "supervisor"
    assert cell(window, "amina.k", "Office").startswith("KHI")
    assert cell(window, "amina.k", "Account") == "active"
    assert window.selected_name() == "amina.k"
    assert "Added amina.k" in window.message()
    assert services.sign_in(window.db, "amina.k", "amina-password-1").role == Role.SUPERVISOR


def test_the_add_dialog_keeps_its_fields_and_says_what_is_wrong(qtbot, window, answer):
    said = answer(name="zara", password="zara-password-1", repeat="zara-password-2")
    window.add()
    said_too = answer(name="zara", password="short")
    window.add()
    answer(name="bilal", password="another-password")
    window.add()
    assert said[0] == "The two passwords differ; type the same password twice."
    assert said_too[1] == "A password needs at least 8 characters."
    assert said_too[2] == "The user name bilal is taken."
    assert "zara" not in names(window)


def test_a_clerk_gets_the_permission_message_and_no_table(qtbot, office, clerk):
    win = UsersWindow(office, clerk)
    qtbot.addWidget(win)
    win.show()
    assert not win.table.isVisible()
    assert not win.ui.addButton.isVisible()
    assert win.model.rowCount() == 0
    assert "may not manage users" in win.message()
    refused = office.conn.execute(
        "SELECT user FROM audit WHERE action = 'refused' AND entity_id = 'manage_users'"
    ).fetchall()
    assert refused == [(clerk.name,)]


def test_buttons_need_a_selected_user_and_name_their_keys(window):
    window.table.clearSelection()
    for button in (window.ui.changeButton, window.ui.activeButton, window.ui.passwordButton):
        assert not button.isEnabled()
    assert not window.ui.unlockButton.isEnabled()
    tips = {
        window.ui.addButton: "Ctrl+N",
        window.ui.changeButton: "Ctrl+E",
        window.ui.activeButton: "Ctrl+D",
        window.ui.passwordButton: "Ctrl+R",
        window.ui.unlockButton: "Ctrl+U",
    }
    for button, keys in tips.items():
        assert f"({keys})" in button.toolTip()


def test_the_add_shortcut_opens_the_dialog(qtbot, window, answer):
    qtbot.waitActive(window)  # shortcuts reach the active window only
    answer(name="sana", password="sana-password-1")
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "sana" in names(window)


def test_reset_password_then_sign_in_works_with_the_new_one(qtbot, window, answer):
    choose(qtbot, window, "bilal")
    answer(password=NEW_PASSWORD)
    qtbot.mouseClick(window.ui.passwordButton, Qt.MouseButton.LeftButton)
    assert "bilal has a new password" in window.message()
    assert services.sign_in(window.db, "bilal", NEW_PASSWORD).name == "bilal"
    with pytest.raises(SignInRefused):
        services.sign_in(window.db, "bilal", "bilal-password-1")


def test_unlock_lets_a_locked_account_sign_in(qtbot, window):
    for _ in range(5):
        with pytest.raises(SignInRefused):
            services.sign_in(window.db, "bilal", "not-his-password")
    with pytest.raises(SignInRefused, match="locked"):
        services.sign_in(window.db, "bilal", "bilal-password-1")
    window.refresh()
    choose(qtbot, window, "bilal")
    assert cell(window, "bilal", "Locked until")  # the local time the lock ends
    locked_until = window.model.HEADERS.index("Locked until")
    assert "(UTC)" in window.model.index(window.model.row_of("bilal"), locked_until).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert window.ui.unlockButton.isEnabled()
    qtbot.mouseClick(window.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert "bilal is unlocked" in window.message()
    assert cell(window, "bilal", "Locked until") == ""
    assert not window.ui.unlockButton.isEnabled()
    assert services.sign_in(window.db, "bilal", "bilal-password-1").name == "bilal"


def test_unlock_is_disabled_for_an_account_that_is_not_locked(qtbot, window):
    choose(qtbot, window, "bilal")
    assert window.ui.changeButton.isEnabled()
    assert not window.ui.unlockButton.isEnabled()


def test_deactivate_and_reactivate(qtbot, window, questions):
    choose(qtbot, window, "bilal")
    qtbot.mouseClick(window.ui.activeButton, Qt.MouseButton.LeftButton)
    assert questions and "Deactivate bilal?" in questions[-1][1]
    assert cell(window, "bilal", "Account") == "deactivated"
    assert window.ui.activeButton.text().replace("&", "") == "Reactivate"
    with pytest.raises(SignInRefused, match="deactivated"):
        services.sign_in(window.db, "bilal", "bilal-password-1")
    qtbot.mouseClick(window.ui.activeButton, Qt.MouseButton.LeftButton)
    assert cell(window, "bilal", "Account") == "active"
    assert "bilal is reactivated" in window.message()
    assert services.sign_in(window.db, "bilal", "bilal-password-1").name == "bilal"


def test_deactivating_waits_for_the_admins_yes(qtbot, window, monkeypatch):
    from desktop.gui import dialogs

    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: False)
    choose(qtbot, window, "bilal")
    window.toggle_active()
    assert cell(window, "bilal", "Account") == "active"


def test_the_admin_cannot_deactivate_themselves(qtbot, window, admin):
    choose(qtbot, window, admin.name)
    qtbot.mouseClick(window.ui.activeButton, Qt.MouseButton.LeftButton)
    assert window.message() == "You cannot deactivate your own account."
    assert window.ui.messageLabel.isVisible()
    assert cell(window, admin.name, "Account") == "active"


def test_change_role_and_office(qtbot, window, answer):
    choose(qtbot, window, "bilal")
    answer(role="supervisor", office="LHE")
    qtbot.mouseClick(window.ui.changeButton, Qt.MouseButton.LeftButton)
    assert cell(window, "bilal", "Role") == "supervisor"
    assert cell(window, "bilal", "Office").startswith("LHE")
    assert window.message() == "bilal is now supervisor at LHE."
    assert window.selected_name() == "bilal"


def test_the_change_dialog_shows_the_user_and_no_password(qtbot, window, office):
    choose(qtbot, window, "bilal")
    dialog = UserDialog(office, window.actor, UserDialog.CHANGE, window.selected_user(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.nameEdit.text() == "bilal"
    assert dialog.ui.nameEdit.isReadOnly()
    assert not dialog.ui.passwordEdit.isVisible()
    assert dialog.ui.roleCombo.currentData() == "clerk"


def test_admin_adds_a_user_with_the_name_and_designation_manifests_print(qtbot, window, answer):
    answer(
        name="samina",
        role="supervisor",
        password="samina-password-1",
        full_name=" Samina  Qureshi ",
        designation="Assistant Protector of Emigrants",
    )
    window.add()
    assert cell(window, "samina", "Full name") == "Samina Qureshi"
    assert cell(window, "samina", "Designation") == "Assistant Protector of Emigrants"
    assert cell(window, "bilal", "Full name") == ""  # none given: manifests print "bilal"
    assert "Added samina" in window.message()


def test_a_too_long_full_name_is_named_and_the_dialog_stays(qtbot, window, answer):
    said = answer(name="zara", password="zara-password-1", full_name="Z" * 81)
    window.add()
    assert said == ["A full name has at most 80 characters; shorten it."]
    assert "zara" not in names(window)


def test_the_change_dialog_sets_the_full_name_and_designation(qtbot, window, answer, office):
    choose(qtbot, window, "bilal")
    answer(full_name="Bilal Ahmed", designation="Data Entry Clerk")
    window.change()
    assert cell(window, "bilal", "Full name") == "Bilal Ahmed"
    assert cell(window, "bilal", "Designation") == "Data Entry Clerk"
    dialog = UserDialog(office, window.actor, UserDialog.CHANGE, window.selected_user(), window)
    qtbot.addWidget(dialog)
    assert dialog.ui.fullNameEdit.text() == "Bilal Ahmed"  # shown again to be corrected
    assert dialog.ui.designationEdit.text() == "Data Entry Clerk"
