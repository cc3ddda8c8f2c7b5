"""The Backups window: the backups of this database, "Back up now", and restore for admins.

One backup folder may hold the backups of several databases (the office's, a demo file's): the
window lists this database's own, found by its id, each with its office and date.

A backup runs on a worker with its own connection and reports progress through a signal; the
window only shows. A restore is not done here: the program must close the database and start
again on the restored file, so the window asks, then emits `restore_requested(path)` for the
main window to carry out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.core.errors import RawangiError
from desktop.core.roles import Action, Actor, allowed
from desktop.gui import changes, dialogs
from desktop.gui.forms.ui_backups_window import Ui_BackupsWindow
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.list_model import ListModel
from desktop.gui.messages import error_text
from desktop.gui.tasks import LongJob, Tasks
from desktop.gui.windows import KeptWindow
from desktop.services import backups as backup_service
from desktop.store import Database
from desktop.store import backup as store_backup
from desktop.store.backup import BackupCancelled, BackupInfo
from desktop.store.db import connect_again, db_path

HEADERS = (
    QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
    QT_TRANSLATE_NOOP("BackupsModel", "Office"),
    QT_TRANSLATE_NOOP("BackupsModel", "Size"),
    QT_TRANSLATE_NOOP("BackupsModel", "Verified"),
    QT_TRANSLATE_NOOP("BackupsModel", "Reason"),
    QT_TRANSLATE_NOOP("BackupsModel", "Audit head"),
)
PATH_ROLE = Qt.ItemDataRole.UserRole
SIZE_COLUMN = 2


def local_time(info: BackupInfo) -> str:
    """When a backup was taken, in this computer's time."""
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def office_label(info: BackupInfo) -> str:
    """The office a backup's database serves: "ISB — Islamabad", or "—" when unknown."""
    if not info.office:
        return "—"
    return f"{info.office} — {info.office_name}" if info.office_name else info.office


def offered_label(info: BackupInfo) -> str:
    """One backup offered for a damaged database: its office, date, reason and file."""
    return QCoreApplication.translate(
        "BackupsModel", "{office}, taken {when} ({reason}), from {source} — {name}"
    ).format(
        office=office_label(info),
        when=info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        reason=info.reason or "—",
        source=Path(info.source).name if info.source else "—",
        name=info.path.name,
    )


def choose_backup(parent: QWidget | None, offered: list[BackupInfo]) -> BackupInfo | None:
    """Which of several backups to restore (the newest first); None when cancelled."""
    if len(offered) == 1:
        return offered[0]
    chosen = dialogs.choose(
        parent,
        QCoreApplication.translate("BackupsModel", "Choose a backup"),
        QCoreApplication.translate(
            "BackupsModel", "Backups that may be of this database, newest first:"
        ),
        [offered_label(info) for info in offered],
    )
    return None if chosen is None else offered[chosen]


def human_size(size: int) -> str:
    """Bytes as people read them: 812 KB, 1.4 MB, 2.0 GB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    if size < 1024**3:
        return f"{size / 1024**2:.1f} MB"
    return f"{size / 1024**3:.1f} GB"


def open_folder(folder: Path) -> bool:
    """Show the folder in the system's file manager (tests replace this)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class BackupsModel(ListModel):
    """The backups of a folder, newest first."""

    CONTEXT = "BackupsModel"
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def items(self) -> list[Any]:
        return self.backups

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        info = self.item(index)
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(info.path)]
            if info.audit_head:
                lines.append(self.tr("Audit head {head}").format(head=info.audit_head))
            if info.problem:
                lines.append(self.tr("Not verified: {problem}").format(problem=info.problem))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PATH_ROLE:
            return str(info.path)
        return None

    @staticmethod
    def _text(info: BackupInfo, column: int) -> str:
        if column == 0:
            return local_time(info)
        if column == 1:
            return office_label(info)
        if column == SIZE_COLUMN:
            return human_size(info.size)
        if column == 3:
            return (
                QCoreApplication.translate("BackupsModel", "✓ verified")
                if info.verified
                else QCoreApplication.translate("BackupsModel", "✗ not verified")
            )
        if column == 4:
            return info.reason
        return f"{info.audit_head[:12]}…" if info.audit_head else "—"


class BackupsWindow(KeptWindow):
    """The backups of this database."""

    geometry_key = "backups"

    restore_requested = Signal(Path)  # the backup file the admin chose
    backup_taken = Signal(object)  # a BackupInfo

    def __init__(
        self,
        db: Database,
        actor: Actor,
        backup_folder: Path,
        parent: QWidget | None = None,
        *,
        tasks: Tasks | None = None,
    ) -> None:
        # Its own top-level window, although the main window owns it.
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.actor = actor
        self.folder = Path(backup_folder)
        self.identity = store_backup.identity(db)  # whose backups to list
        self.tasks = tasks if tasks is not None else Tasks(parent=self)
        self.ui = Ui_BackupsWindow()
        self.ui.setupUi(self)
        self.model = BackupsModel(self)
        self.table = self.ui.backupsTable
        self.table.setModel(self.model)
        self._busy = False
        self._select_next: Path | None = None  # the backup to select once the list is read
        self.job: LongJob | None = None  # the backup being taken
        self._set_up()
        self.refresh()

    # -- set-up ----------------------------------------------------------------------------

    def _set_up(self) -> None:
        self.ui.folderLabel.setText(
            self.tr(
                "The backups of this database ({office}), kept in {folder}: the newest of each "
                "of the last 7 days, 4 weeks and 12 months. Each is checked with SQLite's "
                "integrity check when taken."
            ).format(office=self.identity.office or "—", folder=self.folder)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 140, 70, 100, 150)):
            self.table.setColumnWidth(column, width)
        self.ui.backUpButton.clicked.connect(self.back_up_now)
        self.ui.openFolderButton.setToolTip(
            self.tr("Show the backup folder in the file manager (Alt+O)")
        )
        self.ui.refreshButton.setToolTip(self.tr("Read the backup folder again (F5)"))
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.ui.refreshButton.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W and Ctrl+F4
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_actor(self.actor)

    def set_actor(self, actor: Actor) -> None:
        """Show what this user may do: back up (supervisors, admins), restore (admins)."""
        self.actor = actor
        may_back_up = allowed(actor, Action.TAKE_BACKUP)
        self.ui.backUpButton.setToolTip(
            self.tr("Take a backup now and check it (Alt+B)")
            if may_back_up
            else self.tr("Only a supervisor or an admin may take a backup")
        )
        self.ui.restoreButton.setVisible(allowed(actor, Action.RESTORE_BACKUP))
        if not may_back_up:
            self._say(
                self.tr("Only a supervisor or an admin may take a backup; an admin restores one.")
            )
        self.ui.restoreButton.setToolTip(
            self.tr("Replace the database with the selected backup (Rawangi starts again) (Alt+R)")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.backUpButton.setEnabled(not self._busy and allowed(self.actor, Action.TAKE_BACKUP))
        self.ui.restoreButton.setEnabled(not self._busy and self.selected() is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.ui.messageLabel.setText(text)

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder again (on a worker: it may be a slow USB disk)."""
        folder, identity = self.folder, self.identity
        self.tasks.run(
            lambda: store_backup.list_backups(folder, of=identity), self._listed, self._failed
        )

    def _listed(self, backups: list[BackupInfo]) -> None:
        chosen = self._select_next or (self.selected().path if self.selected() else None)
        self._select_next = None
        self.model.set_backups(backups)
        if backups:
            self.table.set_placeholder("")
            rows = [i for i, info in enumerate(backups) if info.path == chosen]
            self.table.selectRow(rows[0] if rows else 0)
        else:
            self.table.set_placeholder(
                self.tr(
                    "No backups yet. “Back up now” takes the first one; Rawangi also takes one "
                    "each day when it starts."
                )
            )
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.backups):
            return None
        return self.model.backups[rows[0].row()]

    # -- backing up ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Take a backup on a worker, with a progress dialog if it takes a while."""
        if self._busy or not allowed(self.actor, Action.TAKE_BACKUP):
            return
        path, actor, folder = db_path(self.db), self.actor, self.folder

        def work(job: LongJob) -> BackupInfo:
            def progress(done: int, total: int) -> None:
                if job.is_cancelled():
                    raise BackupCancelled
                job.report(done, total)

            db = connect_again(path)  # the worker's own connection; it never touches a widget
            try:
                return changes.perform(
                    backup_service.take_backup, db, actor, folder, progress=progress
                )
            finally:
                db.close()

        self._busy = True
        self._update_buttons()
        self._say(self.tr("Backing up…"))
        self.job = LongJob(
            self,
            self.tasks,
            title=self.tr("Back up"),
            label=self.tr("Backing up the database…"),
            stops=(BackupCancelled,),
        )
        self.job.finished.connect(self._backed_up)
        self.job.failed.connect(self._backup_failed)
        self.job.start(work)

    def _finish_progress(self) -> None:
        self._busy = False
        self.job = None
        self._update_buttons()

    def _backed_up(self, info: BackupInfo) -> None:
        self._finish_progress()
        self._say(
            self.tr("Backed up at {when} to {name} ({size}); the integrity check passed.").format(
                when=local_time(info), name=info.path.name, size=human_size(info.size)
            )
        )
        self.backup_taken.emit(info)
        self._select_next = info.path
        self.refresh()

    def _backup_failed(self, text: str) -> None:
        error = self.job.error if self.job is not None else None
        self._finish_progress()
        if isinstance(error, BackupCancelled):
            self._say(self.tr("The backup was cancelled; no backup was kept."))
        else:
            self._say(
                self.tr("No backup was taken: {error}").format(
                    error=error_text(error) if error is not None else text
                ),
                error=True,
            )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, (RawangiError, OSError)):
            raise error
        self._say(
            self.tr("The backups in {folder} cannot be listed: {error}").format(
                folder=self.folder, error=error
            ),
            error=True,
        )

    # -- the folder, restore ---------------------------------------------------------------

    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._say(
                self.tr("The folder {folder} cannot be created: {error}").format(
                    folder=self.folder, error=error.strerror
                ),
                error=True,
            )
            return
        if not open_folder(self.folder):
            self._say(
                self.tr("The folder could not be shown; it is {folder}").format(folder=self.folder),
                error=True,
            )

    def restore_selected(self) -> None:
        """Ask, then hand the chosen backup to the main window (admins only)."""
        if not allowed(self.actor, Action.RESTORE_BACKUP):
            return
        info = self.selected()
        if info is None:
            self._say(self.tr("Choose a backup in the list first."))
            return
        details = [
            self.tr("Everything recorded after that time will no longer be in the database."),
            self.tr(
                "The current database file is kept beside it (….replaced-DATE-TIME.db), not "
                "deleted."
            ),
            self.tr(
                "Rawangi closes the database, restores the backup and starts again; you sign in "
                "once more."
            ),
        ]
        if not info.verified:
            details.insert(0, self.tr("This backup did not pass its check when taken: it is "
                                      "checked again and refused if it is damaged."))  # fmt: skip
        if dialogs.ask(
            self,
            self.tr("Restore a backup"),
            self.tr("Replace the database with the backup taken {when}?").format(
                when=local_time(info)
            ),
            details=details,
            yes=self.tr("Restore and restart"),
            no=self.tr("Cancel"),
        ):
            self.restore_requested.emit(info.path)

    # -- window ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.cancelled.set()  # a running backup stops at its next step
        super().closeEvent(event)
