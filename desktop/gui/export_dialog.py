"""Export the register (as filtered) or a contingent to CSV or XLSX, in the background.

The file dialog's type list chooses the format. The export runs on a worker with its own
database connection; a progress dialog appears when it lasts more than half a second, and its
Cancel button stops it between batches, leaving no file behind.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core import clock
from desktop.core.errors import RawangiError
from desktop.core.roles import Actor
from desktop.gui import dialogs
from desktop.gui.tasks import Tasks
from desktop.services import export
from desktop.store.db import connect, db_path
from desktop.store.register import RegisterFilter

# Translated when shown (context "export_dialog").
XLSX_FILTER = QT_TRANSLATE_NOOP("export_dialog", "Excel workbook (*.xlsx)")
CSV_FILTER = QT_TRANSLATE_NOOP("export_dialog", "CSV, comma-separated values (*.csv)")
PROGRESS_DELAY_MS = 500
POLL_MS = 100

# What the worker runs: (its own connection, progress, cancelled) -> rows written.
Work = Callable[[sqlite_utils.Database, export.Progress, export.IsCancelled], int]


def documents_folder() -> Path:
    """Where exports are offered first: the person's Documents folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def choose_file(
    parent: QWidget | None, caption: str, suggested: Path, filters: Sequence[str]
) -> Path | None:
    """Ask where to save (tests patch this); None when the person cancels.

    A name typed without an extension gets the one of the file type chosen in the dialog.
    """
    answer = dialogs.save_file(parent, caption, suggested, ";;".join(filters))
    if answer is None:
        return None
    path, chosen = answer
    extension = re.search(r"\*(\.\w+)\)", chosen or filters[0])
    if not path.suffix and extension:
        path = path.with_name(path.name + extension.group(1))
    return path


class ExportJob(QObject):
    """One export on a worker, with its progress dialog; says how it went when it ends."""

    finished = Signal(int)  # rows written
    failed = Signal(str)  # why not (also when cancelled)

    def __init__(
        self, parent: QWidget, db: sqlite_utils.Database, path: Path, work: Work, tasks: Tasks
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db = db
        self.path = path
        self.work = work
        self.tasks = tasks
        self.done = 0
        self.total = 0
        self._cancel = threading.Event()
        self.progress = QProgressDialog(
            self.tr("Exporting departures to {name}…").format(name=path.name),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._show_progress)

    def start(self) -> None:
        self._timer.start()
        self.tasks.run(self._run, self._finished, self._failed)

    def cancel(self) -> None:
        """Stop before the next batch; nothing is written."""
        self._cancel.set()
        self.progress.setLabelText(self.tr("Cancelling…"))

    def _run(self) -> int:
        # On a worker thread: its own connection (the export writes its audit row), no widgets.
        path = db_path(self.db)
        own = connect(path) if path else self.db
        try:
            return self.work(own, self._report, self._cancel.is_set)
        finally:
            if own is not self.db:
                own.close()

    def _report(self, done: int, total: int) -> None:
        self.done, self.total = done, total  # read by the GUI thread's timer

    def _show_progress(self) -> None:
        if self.total:
            self.progress.setMaximum(self.total)
            self.progress.setValue(min(self.done, self.total))
            self.progress.setLabelText(
                self.tr("Exporting departures to {name}…\n{done} of {total}").format(
                    name=self.path.name, done=f"{self.done:,}", total=f"{self.total:,}"
                )
            )

    def _end(self) -> None:
        self._timer.stop()
        # Closing a progress dialog counts as Cancel: let go of it first.
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
        self.deleteLater()  # signals still reach whoever listens now

    def _finished(self, written: int) -> None:
        self._end()
        text = (
            self.tr("Exported {count} departure to {path}.")
            if written == 1
            else self.tr("Exported {count} departures to {path}.")
        )
        dialogs.inform(
            self.parent_widget,
            self.tr("Export"),
            text.format(count=f"{written:,}", path=self.path),
        )
        self.finished.emit(written)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, export.ExportCancelled):
            self.failed.emit(str(error))
            return
        if not isinstance(error, RawangiError):
            raise error  # a bug: the crash handler shows and logs it
        dialogs.inform(self.parent_widget, self.tr("Export failed"), str(error), error=True)
        self.failed.emit(str(error))


def _ask_path(parent: QWidget, stem: str) -> Path | None:
    suggested = documents_folder() / f"{stem}-{clock.today().isoformat()}.xlsx"
    return choose_file(
        parent,
        QCoreApplication.translate("export_dialog", "Export departures"),
        suggested,
        (
            QCoreApplication.translate("export_dialog", XLSX_FILTER),
            QCoreApplication.translate("export_dialog", CSV_FILTER),
        ),
    )


def export_register(
    parent: QWidget, db: sqlite_utils.Database, actor: Actor, flt: RegisterFilter, tasks: Tasks
) -> ExportJob | None:
    """Ask for a file, then export the departures the filter matches; None when not asked to."""
    path = _ask_path(parent, "departures")
    if path is None:
        return None

    def work(
        own: sqlite_utils.Database, progress: export.Progress, cancelled: export.IsCancelled
    ) -> int:
        return export.export_register(own, actor, flt, path, progress=progress, cancelled=cancelled)

    return _start(parent, db, path, work, tasks)


def export_contingent(
    parent: QWidget,
    db: sqlite_utils.Database,
    actor: Actor,
    contingent_id: str,
    *,
    code: str,
    tasks: Tasks,
) -> ExportJob | None:
    """Ask for a file, then export one contingent's people (the file is named by its code)."""
    path = _ask_path(parent, code or "contingent")
    if path is None:
        return None

    def work(
        own: sqlite_utils.Database, progress: export.Progress, cancelled: export.IsCancelled
    ) -> int:
        return export.export_contingent(
            own, actor, contingent_id, path, progress=progress, cancelled=cancelled
        )

    return _start(parent, db, path, work, tasks)


def _start(
    parent: QWidget, db: sqlite_utils.Database, path: Path, work: Work, tasks: Tasks
) -> ExportJob | None:
    try:
        export.export_format(path)
    except RawangiError as error:
        dialogs.inform(
            parent, QCoreApplication.translate("export_dialog", "Export"), str(error), error=True
        )
        return None
    job = ExportJob(parent, db, path, work, tasks)
    job.start()
    return job
