"""Export the register (as filtered) or a contingent to CSV or XLSX, in the background.

The file dialog's type list chooses the format. The export runs on a worker with its own
database connection; a progress dialog appears when it lasts more than half a second, and its
Cancel button stops it between batches, leaving no file behind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
)
from PySide6.QtWidgets import QWidget

from desktop.core import clock
from desktop.core.errors import RawangiError
from desktop.core.roles import Actor
from desktop.gui import dialogs
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.tasks import LongJob, Tasks
from desktop.services import export
from desktop.store import Database
from desktop.store.db import connect_again, db_path
from desktop.store.register import RegisterFilter

# Translated when shown (context "export_dialog").
XLSX_FILTER = QT_TRANSLATE_NOOP("export_dialog", "Excel workbook (*.xlsx)")
CSV_FILTER = QT_TRANSLATE_NOOP("export_dialog", "CSV, comma-separated values (*.csv)")

# What the worker runs: (its own connection, progress, cancelled) -> rows written.
Work = Callable[[Database, export.Progress, export.IsCancelled], int]


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


class ExportJob(LongJob):
    """One export on a worker, with its progress dialog; says how it went when it ends."""

    def __init__(self, parent: QWidget, db: Database, path: Path, work: Work, tasks: Tasks) -> None:
        super().__init__(
            parent,
            tasks,
            title=QCoreApplication.translate("ExportJob", "Export"),
            label=QCoreApplication.translate("ExportJob", "Exporting departures to {name}…").format(
                name=path.name
            ),
            describe=self._describe,
            stops=(export.ExportCancelled,),
            failed_title=QCoreApplication.translate("ExportJob", "Export failed"),
        )
        self.db = db
        self.path = path
        self.work = work
        self.finished.connect(self._exported)

    def _describe(self, done: int, total: int, _text: str) -> str:
        return QCoreApplication.translate(
            "ExportJob", "Exporting departures to {name}…\n{done} of {total}"
        ).format(name=self.path.name, done=f"{done:,}", total=f"{total:,}")

    def start(self, work: Any = None) -> LongJob:
        return super().start(work or self._run)

    def _run(self, job: LongJob) -> int:
        # On a worker thread: its own connection (the export writes its audit row), no widgets.
        path = db_path(self.db)
        own = connect_again(path) if path else self.db
        try:
            return self.work(own, job.report, job.is_cancelled)
        finally:
            if own is not self.db:
                own.close()

    def _exported(self, written: int) -> None:
        text = (
            QCoreApplication.translate("ExportJob", "Exported {count} departure to {path}.")
            if written == 1
            else QCoreApplication.translate("ExportJob", "Exported {count} departures to {path}.")
        )
        dialogs.inform(
            self.parent_widget, self.title, text.format(count=f"{written:,}", path=self.path)
        )


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
    parent: QWidget, db: Database, actor: Actor, flt: RegisterFilter, tasks: Tasks
) -> ExportJob | None:
    """Ask for a file, then export the departures the filter matches; None when not asked to."""
    path = _ask_path(parent, "departures")
    if path is None:
        return None

    def work(own: Database, progress: export.Progress, cancelled: export.IsCancelled) -> int:
        return export.export_register(own, actor, flt, path, progress=progress, cancelled=cancelled)

    return _start(parent, db, path, work, tasks)


def export_contingent(
    parent: QWidget,
    db: Database,
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

    def work(own: Database, progress: export.Progress, cancelled: export.IsCancelled) -> int:
        return export.export_contingent(
            own, actor, contingent_id, path, progress=progress, cancelled=cancelled
        )

    return _start(parent, db, path, work, tasks)


def _start(parent: QWidget, db: Database, path: Path, work: Work, tasks: Tasks) -> ExportJob | None:
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
