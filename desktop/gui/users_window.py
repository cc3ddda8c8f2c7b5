"""The admin's users window: add users, set role and office, deactivate, reset passwords, unlock.

Every change goes through `desktop.services.users`, which checks the role and writes the audit
row; this window only shows the users and what the services answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QPushButton, QWidget

from desktop.core import clock
from desktop.core.errors import PermissionDenied, RawangiError
from desktop.core.roles import Actor, Role
from desktop.core.users import User, is_locked, parse_stamp
from desktop.gui import changes, dialogs
from desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from desktop.gui.forms.ui_users_window import Ui_UsersWindow
from desktop.gui.language import QT_TRANSLATE_NOOP, role_text
from desktop.gui.list_model import ListModel
from desktop.gui.messages import error_text
from desktop.gui.windows import KeptDialog, KeptWindow
from desktop.services import users
from desktop.store import Database, office_settings

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
USER_ROLE = Qt.ItemDataRole.UserRole
HEADERS = (
    QT_TRANSLATE_NOOP("UsersModel", "Name"),
    QT_TRANSLATE_NOOP("UsersModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersModel", "Designation"),
    QT_TRANSLATE_NOOP("UsersModel", "Role"),
    QT_TRANSLATE_NOOP("UsersModel", "Office"),
    QT_TRANSLATE_NOOP("UsersModel", "Account"),
    QT_TRANSLATE_NOOP("UsersModel", "Locked until"),
)
COLUMN_WIDTHS = (120, 170, 190, 100, 150, 100)
# Translated when shown (context "UsersModel").
ROLE_HELP = {
    Role.CLERK: QT_TRANSLATE_NOOP("UsersModel", "clerk — records departures and contingents"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP(
        "UsersModel", "supervisor — finalizes, prints manifests, overrides"
    ),
    Role.ADMIN: QT_TRANSLATE_NOOP("UsersModel", "admin — users, office settings, backups"),
}


def role_help(role: Role) -> str:
    return QCoreApplication.translate("UsersModel", ROLE_HELP[role])


def local_time(stamp: str) -> str:
    """A stored UTC stamp as this PC's local time, to the minute."""
    return parse_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M")


class UsersModel(ListModel):
    """The users of the file, one row each (a short list: read whole)."""

    CONTEXT = "UsersModel"
    HEADERS = HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[User] = []
        self.offices: dict[str, str] = {}
        self.now = clock.utc_now()

    def set_users(self, found: list[User], offices: dict[str, str], now: dt.datetime) -> None:
        self.beginResetModel()
        self.users, self.offices, self.now = list(found), offices, now
        self.endResetModel()

    def user(self, row: int) -> User | None:
        return self.users[row] if 0 <= row < len(self.users) else None

    def row_of(self, name: str) -> int | None:
        return next((row for row, u in enumerate(self.users) if u.name == name), None)

    def items(self) -> list[Any]:
        return self.users

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(Qt.GlobalColor.gray)
        if role == USER_ROLE:
            return user.name
        return None

    def _locked(self, user: User) -> bool:
        return is_locked(user, self.now)

    def _text(self, user: User, column: int) -> str:
        if column == 0:
            return user.name
        if column == 1:
            return user.full_name
        if column == 2:
            return user.designation
        if column == 3:
            return role_text(user.role.value)
        if column == 4:
            name = self.offices.get(user.office, "")
            return f"{user.office} — {name}" if name else user.office
        if column == 5:
            return self.tr("active") if user.active else self.tr("deactivated")
        if column == 6:
            return local_time(user.locked_until) if self._locked(user) else ""
        return ""

    def _tip(self, user: User, column: int) -> str | None:
        if column in (1, 2):
            return self.tr(
                "Printed in the signature blocks of the manifests {name} prepares or verifies; "
                "without a full name the manifest prints “{name}”."
            ).format(name=user.name)
        if column == 3:
            return role_help(user.role)
        if column == 5 and not user.active:
            return self.tr(
                "Cannot sign in; the records this user made are kept. Reactivate with Ctrl+D."
            )
        if column == 6 and self._locked(user):
            return self.tr(
                "Locked after too many wrong passwords until {until} (UTC); "
                "Unlock (Ctrl+U) lets them sign in now."
            ).format(until=user.locked_until)
        return None


class UsersWindow(KeptWindow):
    """Users and roles of the office (admins only; the services refuse anyone else)."""

    geometry_key = "users_window"
    default_size = QSize(1080, 460)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        # Its own top-level window, although the main window owns it.
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.actor = actor
        self.permitted = True
        self._shown = False
        self.ui = Ui_UsersWindow()
        self.ui.setupUi(self)
        self.model = UsersModel(self)
        self.table = self.ui.usersTable
        self.table.setModel(self.model)
        self._set_up()
        self.refresh()
        if self.permitted:
            self.restore_geometry()

    def _set_up(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.set_placeholder(self.tr("No users yet."))
        self.ui.introLabel.setText(
            self.tr(
                "Everyone who may sign in on this PC. Deactivated users cannot sign in; their "
                "records and audit entries stay. Every change here is kept in the audit log."
            )
        )
        buttons: list[tuple[QPushButton, str, str, Any]] = [
            (self.ui.addButton, "Ctrl+N",
             self.tr("Add a user with a role, an office and a password"), self.add),
            (self.ui.changeButton, "Ctrl+E",
             self.tr("Change the selected user's full name, designation, role or office"),
             self.change),
            (self.ui.activeButton, "Ctrl+D",
             self.tr("Deactivate the selected user (they can no longer sign in) or reactivate "
                     "them"),
             self.toggle_active),
            (self.ui.passwordButton, "Ctrl+R",
             self.tr("Give the selected user a new password (also lifts a lock)"),
             self.reset_password),
            (self.ui.unlockButton, "Ctrl+U",
             self.tr("Let a user locked out by wrong passwords sign in again now"), self.unlock),
            (self.ui.refreshButton, "F5", self.tr("Read the users again"), self.refresh),
        ]  # fmt: skip
        for button, keys, tip, handler in buttons:
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({shown})")
            button.clicked.connect(lambda _=False, act=handler: act())
            # The shortcut goes through the button, so a disabled button ignores it too.
            QShortcut(QKeySequence(keys), self, button.click)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W and Ctrl+F4
        self.table.doubleClicked.connect(lambda _: self.change())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- reading -------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the users again, keeping (or moving) the selection."""
        if not self.permitted:
            return
        keep = select or self.selected_name()
        try:
            found = users.list_users(self.db, self.actor)
            offices = dict(office_settings.offices(self.db))
        except PermissionDenied as refusal:
            self._refuse(error_text(refusal))
            return
        except RawangiError as error:
            self.say(error_text(error), error=True)
            return
        self.model.set_users(found, offices, clock.utc_now())
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _refuse(self, message: str) -> None:
        """Not an admin: say so, and show no users at all."""
        self.permitted = False
        self.model.set_users([], {}, clock.utc_now())
        self.ui.introLabel.hide()
        self.table.hide()
        for button in self.buttons():
            button.hide()
        self.ui.usersLayout.addStretch()
        self.say(
            self.tr("{refusal} Ask an admin to add or change users.").format(refusal=message),
            error=True,
        )
        self.setWindowTitle(self.tr("Users — not allowed"))
        self.resize(560, 120)

    def buttons(self) -> list[QPushButton]:
        ui = self.ui
        return [ui.addButton, ui.changeButton, ui.activeButton, ui.passwordButton,
                ui.unlockButton, ui.refreshButton]  # fmt: skip

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], USER_ROLE) if rows else None

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.ui.changeButton, self.ui.activeButton, self.ui.passwordButton):
            button.setEnabled(user is not None)
        active = user is None or user.active
        self.ui.activeButton.setText(self.tr("Deac&tivate") if active else self.tr("Reac&tivate"))
        self.ui.unlockButton.setEnabled(user is not None and is_locked(user, clock.utc_now()))

    def say(self, text: str, *, error: bool = False) -> None:
        """A line under the table: what was done, or why it was not."""
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.ui.messageLabel.setText(text)

    def message(self) -> str:
        return self.ui.messageLabel.text()

    # -- actions -------------------------------------------------------------------------------

    def _run_dialog(self, dialog: UserDialog) -> User | None:
        accepted = dialogs.run(dialog)
        dialog.deleteLater()  # the window lives long; its dialogs need not
        return dialog.user if accepted else None

    def add(self) -> None:
        user = self._run_dialog(UserDialog(self.db, self.actor, UserDialog.ADD, parent=self))
        if user is not None:
            self.refresh(select=user.name)
            self.say(
                self.tr(
                    "Added {name} ({role}, {office}). They sign in with the password you gave."
                ).format(name=user.name, role=role_text(user.role.value), office=user.office)
            )

    def change(self) -> None:
        current = self.selected_user()
        if current is None:
            return
        dialog = UserDialog(self.db, self.actor, UserDialog.CHANGE, current, parent=self)
        user = self._run_dialog(dialog)
        if user is not None:
            self.refresh(select=user.name)
            self.say(
                self.tr("{name} is now {role} at {office}.").format(
                    name=user.name, role=role_text(user.role.value), office=user.office
                )
            )

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if user.active and not dialogs.ask(
            self,
            self.tr("Deactivate user"),
            self.tr(
                "Deactivate {name}? They can no longer sign in; what they recorded stays."
            ).format(name=user.name),
            yes=self.tr("Deactivate"),
        ):
            return
        try:
            changed = changes.perform(
                users.change_user, self.db, self.actor, user.name, active=not user.active
            )
        except RawangiError as error:
            self.say(error_text(error), error=True)
            return
        self.refresh(select=changed.name)
        said = (
            self.tr("{name} is reactivated: they can sign in again.")
            if changed.active
            else self.tr("{name} is deactivated.")
        )
        self.say(said.format(name=changed.name))

    def reset_password(self) -> None:
        current = self.selected_user()
        if current is None:
            return
        dialog = UserDialog(self.db, self.actor, UserDialog.PASSWORD, current, parent=self)
        if self._run_dialog(dialog) is not None:
            self.refresh(select=current.name)
            self.say(
                self.tr("{name} has a new password; tell them in person.").format(name=current.name)
            )

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            changes.perform(users.unlock, self.db, self.actor, user.name)
        except RawangiError as error:
            self.say(error_text(error), error=True)
            return
        self.refresh(select=user.name)
        self.say(self.tr("{name} is unlocked and can sign in again.").format(name=user.name))

    # -- window --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown:
            self.refresh()  # shown again: locks may have run out, others may have changed
        self._shown = True

    @property
    def keeps_geometry(self) -> bool:  # a refused window is not placed, nor kept
        return self.permitted


class UserDialog(KeptDialog):
    """Add a user, change a user's role and office, or set a new password."""

    ADD, CHANGE, PASSWORD = "add", "change", "password"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        mode: str,
        user: User | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.mode = mode
        self.user = user
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role_help(role), role.value)
        for code, name in office_settings.offices(db):
            ui.officeCombo.addItem(f"{code} — {name}", code)
        fields = ui.fields
        fields.setRowVisible(ui.fullNameEdit, mode != self.PASSWORD)
        fields.setRowVisible(ui.designationEdit, mode != self.PASSWORD)
        fields.setRowVisible(ui.roleCombo, mode != self.PASSWORD)
        fields.setRowVisible(ui.officeCombo, mode != self.PASSWORD)
        fields.setRowVisible(ui.passwordEdit, mode != self.CHANGE)
        fields.setRowVisible(ui.repeatEdit, mode != self.CHANGE)
        if mode == self.ADD:
            self.setWindowTitle(self.tr("Add a user"))
            ui.introLabel.setText(
                self.tr(
                    "A new user signs in with this name and password. Passwords have at least "
                    "8 characters; give it to the person yourself."
                )
            )
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.CLERK.value))
            ui.officeCombo.setCurrentIndex(max(0, ui.officeCombo.findData(actor.office)))
        else:
            if user is None:
                raise ValueError(f"the {mode} dialog needs the user it changes")
            ui.nameEdit.setText(user.name)
            ui.nameEdit.setReadOnly(True)
            ui.nameEdit.setFrame(False)  # reads as a label: a user's name never changes
            ui.nameEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            ui.fullNameEdit.setText(user.full_name)
            ui.designationEdit.setText(user.designation)
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(user.role.value))
            ui.officeCombo.setCurrentIndex(max(0, ui.officeCombo.findData(user.office)))
        if mode == self.CHANGE:
            self.setWindowTitle(self.tr("Change {name}").format(name=user.name if user else ""))
            ui.introLabel.setText(
                self.tr(
                    "The new role applies from the user's next sign-in; the full name and "
                    "designation print on manifests made from now on."
                )
            )
            ui.fullNameEdit.setFocus()
        elif mode == self.PASSWORD:
            self.setWindowTitle(
                self.tr("New password for {name}").format(name=user.name if user else "")
            )
            ui.introLabel.setText(
                self.tr(
                    "At least 8 characters. The old password stops working at once, and a lock "
                    "after wrong passwords is lifted."
                )
            )
            ui.passwordEdit.setFocus()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            {
                self.ADD: self.tr("Add user"),
                self.CHANGE: self.tr("Save"),
                self.PASSWORD: self.tr("Set password"),
            }[mode]
        )
        ui.buttonBox.accepted.connect(self.apply)
        ui.buttonBox.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        self.adjustSize()

    def fill(
        self,
        *,
        name: str | None = None,
        role: Role | str | None = None,
        office: str | None = None,
        password: str | None = None,
        repeat: str | None = None,
        full_name: str | None = None,
        designation: str | None = None,
    ) -> None:
        """Type into the fields (tests, and the same path a person takes)."""
        ui = self.ui
        if name is not None:
            ui.nameEdit.setText(name)
        if full_name is not None:
            ui.fullNameEdit.setText(full_name)
        if designation is not None:
            ui.designationEdit.setText(designation)
        if role is not None:
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role(role).value))
        if office is not None:
            ui.officeCombo.setCurrentIndex(ui.officeCombo.findData(office))
        if password is not None:
            ui.passwordEdit.setText(password)
            ui.repeatEdit.setText(password if repeat is None else repeat)

    def apply(self) -> None:
        ui = self.ui
        password = ui.passwordEdit.text()
        if self.mode != self.CHANGE and password != ui.repeatEdit.text():
            self._say(self.tr("The two passwords differ; type the same password twice."))
            ui.repeatEdit.clear()
            ui.repeatEdit.setFocus()
            return
        role, office = ui.roleCombo.currentData(), ui.officeCombo.currentData()
        person: dict[str, Any] = {
            "full_name": ui.fullNameEdit.text(),
            "designation": ui.designationEdit.text(),
        }
        try:
            if self.mode == self.ADD:
                self.user = changes.perform(
                    users.create_user,
                    self.db,
                    self.actor,
                    ui.nameEdit.text(),
                    role,
                    password,
                    office=office,
                    **person,
                )
            elif self.mode == self.CHANGE:
                self.user = changes.perform(
                    users.change_user,
                    self.db,
                    self.actor,
                    ui.nameEdit.text(),
                    role=role,
                    office=office,
                    **person,
                )
            else:
                changes.perform(
                    users.reset_password, self.db, self.actor, ui.nameEdit.text(), password
                )
        except RawangiError as error:
            self._say(error_text(error))
            field = getattr(error, "field", None)
            focus = {
                "name": ui.nameEdit,
                "password": ui.passwordEdit,
                "office": ui.officeCombo,
                "full_name": ui.fullNameEdit,
                "designation": ui.designationEdit,
            }
            if field in focus and focus[field].isVisible():
                focus[field].setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.setText(text)

    def message(self) -> str:
        return self.ui.messageLabel.text()
