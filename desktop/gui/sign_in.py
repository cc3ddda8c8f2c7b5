"""First-run set-up, signing in, and the lock screen after idle time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop import services
from desktop.core.errors import RawangiError
from desktop.core.roles import Actor
from desktop.gui.forms.ui_lock_screen import Ui_LockScreen
from desktop.gui.forms.ui_setup_dialog import Ui_SetupDialog
from desktop.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from desktop.gui.windows import KeptDialog
from desktop.services import users
from desktop.services.backups import Credentials
from desktop.store import Database, office_settings

ERROR_STYLE = "color: #b00020;"
NEW_OFFICE = "__new__"


class SetupDialog(KeptDialog):
    """First run: which office this PC serves, and the first admin."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "Welcome to Rawangi. This database has no users yet: choose the office this PC "
                "serves and create its first administrator, who can then add clerks and "
                "supervisors."
            )
        )
        for code, name in office_settings.offices(db):
            self.ui.officeCombo.addItem(f"{code} — {name}", code)
        self.ui.officeCombo.addItem(self.tr("A new office…"), NEW_OFFICE)
        self.ui.officeCombo.currentIndexChanged.connect(self._office_changed)
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._office_changed()

    def _office_changed(self) -> None:
        new = self.ui.officeCombo.currentData() == NEW_OFFICE
        for widget in (self.ui.newCodeEdit, self.ui.newNameEdit):
            widget.setEnabled(new)

    def fill(
        self,
        *,
        office: str,
        admin: str,
        password: str,
        repeat: str | None = None,
        office_name: str = "",
    ) -> None:
        index = self.ui.officeCombo.findData(office)
        if index < 0:
            index = self.ui.officeCombo.findData(NEW_OFFICE)
            self.ui.newCodeEdit.setText(office)
            self.ui.newNameEdit.setText(office_name)
        self.ui.officeCombo.setCurrentIndex(index)
        self.ui.adminEdit.setText(admin)
        self.ui.passwordEdit.setText(password)
        self.ui.repeatEdit.setText(password if repeat is None else repeat)

    def apply(self) -> None:
        password = self.ui.passwordEdit.text()
        if password != self.ui.repeatEdit.text():
            self._say(self.tr("The two passwords differ; type the same password twice."))
            self.ui.repeatEdit.setFocus()
            return
        office = self.ui.officeCombo.currentData()
        office_name = ""
        if office == NEW_OFFICE:
            office, office_name = self.ui.newCodeEdit.text(), self.ui.newNameEdit.text()
        try:
            self.actor = users.initialize(
                self.db,
                office=office,
                admin_name=self.ui.adminEdit.text(),
                password=password,
                office_name=office_name,
                full_name=self.ui.fullNameEdit.text(),
                designation=self.ui.designationEdit.text(),
            )
        except RawangiError as error:
            self._say(str(error))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.setText(text)

    def message(self) -> str:
        return self.ui.messageLabel.text()


class SignInDialog(KeptDialog):
    """User name and password; every failure is counted toward the lock."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        office = dict(office_settings.offices(db)).get(services.office_code(db), "")
        self.ui.introLabel.setText(
            self.tr("Office {code} — {name}").format(code=services.office_code(db), name=office)
        )
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)

    def apply(self) -> None:
        try:
            self.actor = services.sign_in(
                self.db, self.ui.nameEdit.text(), self.ui.passwordEdit.text()
            )
        except RawangiError as error:
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.setText(str(error))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()

    def message(self) -> str:
        return self.ui.messageLabel.text()


class LockScreen(QWidget):
    """Shown instead of the window's contents; only a sign-in gets past it."""

    signed_in = Signal(object)  # the Actor who signed in

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None  # who was signed in when the screen locked
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.unlockButton.setToolTip(self.tr("Sign in and carry on (Enter)"))
        self.ui.unlockButton.clicked.connect(self.apply)
        self.ui.anotherUserButton.clicked.connect(self.another_user)
        self.ui.passwordEdit.returnPressed.connect(self.apply)

    def prepare(self, actor: Actor | None) -> None:
        """Locked while `actor` was away (their name filled in), or nobody signed in (None)."""
        self.actor = actor
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.anotherUserButton.setVisible(actor is not None)
        if actor is None:
            self.ui.lockGroup.setTitle(self.tr("Nobody is signed in"))
            self.ui.lockedLabel.setText(
                self.tr("The last person signed out. Sign in with your own name and password.")
            )
            self.ui.nameEdit.clear()
            self.ui.nameEdit.setFocus()
            return
        self.ui.lockGroup.setTitle(self.tr("Rawangi is locked"))
        self.ui.lockedLabel.setText(
            self.tr(
                "{name} was away, so the screen was locked. Sign in again to carry on "
                "where you left off; anyone else signing in ends that session."
            ).format(name=actor.name)
        )
        self.ui.anotherUserButton.setToolTip(
            self.tr(
                "Sign in as someone else: {name}'s session ends and their windows close (Alt+T)"
            ).format(name=actor.name)
        )
        self.ui.nameEdit.setText(actor.name)
        self.ui.passwordEdit.setFocus()

    def another_user(self) -> None:
        """Another person is at the desk: an empty name to type theirs."""
        if self.actor is not None:
            self.ui.lockedLabel.setText(
                self.tr(
                    "Sign in with your own name and password. {name}'s session ends; what "
                    "they left unsaved in the form is kept for them."
                ).format(name=self.actor.name)
            )
        self.ui.nameEdit.clear()
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.nameEdit.setFocus()

    def apply(self) -> None:
        try:
            actor = services.sign_in(self.db, self.ui.nameEdit.text(), self.ui.passwordEdit.text())
        except RawangiError as error:
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.setText(str(error))
            self.ui.passwordEdit.clear()
            return
        self.signed_in.emit(actor)

    def message(self) -> str:
        return self.ui.messageLabel.text()


class IdleWatcher(QObject):
    """Emits `idle` after some minutes without a key press or mouse use anywhere in the app."""

    idle = Signal()
    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.idle.emit)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.timer.isActive():
            self.timer.start()  # starts the countdown again
        return False


class CredentialsDialog(KeptDialog):
    """An admin's name and password, asked when nobody can sign in yet (a damaged database)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("An admin's name and password"))
        self.ui.introLabel.setText(
            self.tr("Restoring a backup is an admin's decision: sign in as an admin.")
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def credentials(self) -> Credentials:
        return Credentials(self.ui.nameEdit.text().strip(), self.ui.passwordEdit.text())
