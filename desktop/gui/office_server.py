"""The window and the office server: where the register lives (the first-run choice), the
server's password, the other desks' changes as they happen, and the server gone.

DESIGN.md "Several desks: the office server". On a file nothing here is used.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop import services
from desktop.core import clock
from desktop.core.errors import RawangiError
from desktop.core.roles import Action, Actor
from desktop.gui import changes, dialogs, user_settings
from desktop.gui.bundle_dialogs import BundleJob
from desktop.gui.export_dialog import documents_folder
from desktop.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from desktop.gui.forms.ui_server_password_dialog import Ui_ServerPasswordDialog
from desktop.gui.tasks import Tasks
from desktop.gui.windows import KeptDialog
from desktop.services import local_day
from desktop.services.access import authorize
from desktop.services.local_day import local_file
from desktop.store import Database
from desktop.store.db import connect_again, db_path
from desktop.store.engine import PasswordNeeded, describe_address, server_address
from desktop.store.notices import ChangeNotices, Notice, listen

log = logging.getLogger("rawangi.gui")

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
FILE, SERVER = "file", "server"


class ServerPasswordDialog(KeptDialog):
    """The office server's password, when libpq's own places hold none. Never kept on disk."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerPasswordDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "The office server {server} asks for a password. Rawangi keeps it only while it "
                "runs, never on this PC's disk."
            ).format(server=describe_address(address))
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def password(self) -> str:
        return self.ui.passwordEdit.text()


def ask_password(parent: QWidget | None, address: str) -> str | None:
    """The password typed for the server, or None when the person cancelled."""
    dialog = ServerPasswordDialog(address, parent)
    if not dialogs.run(dialog):
        return None
    return dialog.password()


class FirstRunDialog(KeptDialog):
    """The first start on this PC: the register in a file here, or on the office server.

    The server's address is tried ("Test connection") before it can be chosen; the choice is
    kept in the per-user settings (`database/where`, `database/server`), the password never.
    """

    def __init__(self, file_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_path = file_path
        self.tested = ""  # the address last found to hold a Rawangi register
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "Welcome to Rawangi. Where is this office's register kept? An office of one PC "
                "keeps it on this PC; an office of several desks keeps one register on its "
                "server, which every desk uses at the same time."
            )
        )
        self.ui.fileNoteLabel.setText(
            self.tr("In a file on this PC: {path}").format(path=file_path)
        )
        self.ui.passwordNoteLabel.setText(
            self.tr(
                "The password is asked when Rawangi connects, and never saved. The office's IT "
                'person gives the address, the database and the user (README, "The office '
                'server").'
            )
        )
        self.ui.fileRadio.toggled.connect(lambda _: self._update())
        for edit in (self.ui.hostEdit, self.ui.databaseEdit, self.ui.userEdit):
            edit.textChanged.connect(lambda _: self._update())
        self.ui.portSpin.valueChanged.connect(lambda _: self._update())
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def address(self) -> str:
        """The server's address as typed (no password)."""
        return server_address(
            self.ui.hostEdit.text().strip(),
            self.ui.portSpin.value(),
            self.ui.databaseEdit.text().strip(),
            self.ui.userEdit.text().strip(),
        )

    def fill(self, *, host: str, port: int = 5432, database: str = "rawangi", user: str) -> None:
        """Choose the office server and type its parts, as a person would."""
        self.ui.serverRadio.setChecked(True)
        self.ui.hostEdit.setText(host)
        self.ui.portSpin.setValue(port)
        self.ui.databaseEdit.setText(database)
        self.ui.userEdit.setText(user)

    def _complete(self) -> bool:
        return bool(
            self.ui.hostEdit.text().strip()
            and self.ui.databaseEdit.text().strip()
            and self.ui.userEdit.text().strip()
        )

    def _update(self) -> None:
        server = self.ui.serverRadio.isChecked()
        self.ui.serverGroup.setEnabled(server)
        self.ui.testButton.setEnabled(server and self._complete())
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not server or (self._complete() and self.tested == self.address()))
        if server and self.tested and self.tested != self.address():
            self._say("", "")

    def _say(self, text: str, style: str) -> None:
        self.ui.testLabel.setText(text)
        self.ui.testLabel.setStyleSheet(style)

    def test_connection(self) -> bool:
        """Try the server as typed; True when it holds a Rawangi register."""
        address = self.address()
        self.tested = ""
        password: str | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            while True:
                try:
                    found = services.check_server(address, password)
                except PasswordNeeded:
                    QGuiApplication.restoreOverrideCursor()
                    password = ask_password(self, address)
                    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                    if password is None:
                        self._say(self.tr("Not tested: no password was given."), ERROR_STYLE)
                        return False
                    continue
                except RawangiError as error:
                    self._say(str(error), ERROR_STYLE)
                    return False
                break
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.tested = address
        self._say(found, OK_STYLE)
        self._update()
        return True

    def target(self) -> str:
        """What `--db` would say: the file's path or the server's address."""
        return self.address() if self.ui.serverRadio.isChecked() else str(self.file_path)

    def apply(self) -> None:
        server = self.ui.serverRadio.isChecked()
        if server and self.tested != self.address() and not self.test_connection():
            return
        user_settings.put("database/where", SERVER if server else FILE)
        user_settings.put("database/server", self.address() if server else "")
        self.accept()


def chosen_target(file_path: Path) -> str | None:
    """Where the register is, as this PC was set: the server's address, the file's path, or
    (at the very first start, nothing chosen and no file yet) as the person chooses now; None
    when they cancelled."""
    where = user_settings.get("database/where")
    server = user_settings.get("database/server")
    if where == SERVER and server:
        return str(server)
    if where == FILE or file_path.exists():
        return str(file_path)
    dialog = FirstRunDialog(file_path)
    if not dialogs.run(dialog):
        return None
    return dialog.target()


# The kinds of record a notice names, as the views know them (every change writes the audit).
_KINDS = {
    "departures": changes.DEPARTURES,
    "contingents": changes.CONTINGENTS,
    "manifests": changes.MANIFESTS,
    "users": changes.USERS,
}


def change_of_notices(notices: list[Notice]) -> changes.Change:
    """What the other desks changed, as one Change for the views."""
    kinds = {_KINDS[n.kind] for n in notices} | {changes.AUDIT}
    departure_ids = [n.id for n in notices if n.kind == "departures"]
    contingent_ids = [n.id for n in notices if n.kind in ("contingents", "manifests")]
    if departure_ids and not contingent_ids:
        # A person who moved in or out of a contingent: every contingent view reads again.
        kinds.add(changes.CONTINGENTS)
    return changes.change(*kinds, departure_ids=departure_ids, contingent_ids=contingent_ids)


class OtherDesks(QObject):
    """Listens for the changes other desks commit on the office server and publishes them on
    the database's hub: the register and the contingent views read those rows again. The
    server's notices wake a socket notifier on the GUI thread; no thread, no polling."""

    heard = Signal(object)  # the Change published

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.notices: ChangeNotices | None = None
        self.notifier: QSocketNotifier | None = None
        hub = changes.hub(db)
        hub.server_back.connect(self.start)
        self.start()

    def start(self) -> None:
        """Listen (again, after the server was gone); the failure is the hub's to tell."""
        self.stop()
        try:
            self.notices = listen(self.db)
        except RawangiError as error:
            log.info("not listening for other desks: %s", error)
            return
        if self.notices is None:
            return
        self.notifier = QSocketNotifier(self.notices.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)

    def listening(self) -> bool:
        return self.notices is not None and self.notifier is not None

    def _readable(self) -> None:
        if self.notices is None:
            return
        try:
            found = self.notices.heard()
        except RawangiError as error:
            log.info("the office server went away: %s", error)
            self.stop()
            changes.hub(self.db).server_gone.emit(str(error))
            return
        if found:
            what = change_of_notices(found)
            changes.publish(self.db, what)
            self.heard.emit(what)

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.notices is not None:
            self.notices.close()
            self.notices = None


__all__ = ["local_file"]


def bring_records(parent: QWidget, db: Database, actor: Actor, tasks: Tasks) -> BundleJob | None:
    """File > Bring a local file's records to the server: the local file chosen, its records
    exported to a bundle beside it and imported here; the people recorded at both listed."""
    title = QCoreApplication.translate("office_server", "Bring a local file's records")
    try:
        authorize(db, actor, Action.IMPORT_BUNDLE)
    except RawangiError as error:
        dialogs.inform(parent, title, str(error), error=True)
        return None
    chosen = dialogs.open_file(
        parent,
        title,
        local_file().parent,
        QCoreApplication.translate("office_server", "Rawangi register (*.db)"),
    )
    if chosen is None:
        return None
    bundle = documents_folder() / f"rawangi-local-{clock.today().isoformat()}.zip"
    address = db_path(db)

    def work(step: Any, cancelled: Any) -> local_day.Brought:
        own = connect_again(address)  # the worker's own connection to the server
        try:
            brought = local_day.bring_records(
                chosen, own, actor, bundle, progress=step, cancelled=cancelled
            )
        finally:
            own.close()
        changes.publish(address, changes.change(*changes.KINDS))
        return brought

    job = BundleJob(
        parent,
        title=title,
        label=QCoreApplication.translate("office_server", "Bringing {name} to the server…").format(
            name=chosen.name
        ),
        work=work,
        describe=lambda brought: "\n".join(brought.lines()),
        tasks=tasks,
    )
    job.start()
    return job
