"""What the import wizard's pages share: texts, colours, the file questions, a worker's job."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QProgressBar, QWidget, QWizardPage

from desktop.core.rules import Problem
from desktop.gui import dialogs, messages
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.tasks import Progress
from desktop.store import Database
from desktop.store.db import connect_again, db_path

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
OK_STYLE = "color: #1b5e20;"
ERROR_COLOR = QColor("#b00020")
WARNING_COLOR = QColor("#8a5a00")
ERROR_BACKGROUND = QColor("#fde8ea")
PREVIEW_ROWS = 20
LIST_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard", "Lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"
)
GEOMETRY_KEY = "import_wizard"

# The fields a list often lacks, which the columns page offers a value for: name -> widget.
DEFAULT_WIDGETS = {
    "departure_date": "departureDateEdit",
    "destination": "destinationCombo",
    "trade": "tradeEdit",
    "channel": "channelCombo",
    "oep_licence_no": "oepLicenceNoEdit",
    "nationality": "nationalityEdit",
}


def choose_file(parent: QWidget | None) -> Path | None:
    """Ask which list to import (tests patch this); None when the person cancels."""
    return dialogs.open_file(
        parent,
        QCoreApplication.translate("ImportWizard", "Import a list"),
        "",
        QCoreApplication.translate("ImportWizard", LIST_FILTER),
    )


def choose_report_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the check's report (tests patch this); None when cancelled."""
    answer = dialogs.save_file(
        parent,
        QCoreApplication.translate("ImportWizard", "Save the report"),
        suggested,
        QCoreApplication.translate("ImportWizard", "CSV files (*.csv)"),
    )
    if answer is None:
        return None
    path = answer[0]
    return path if path.suffix else path.with_name(path.name + ".csv")


def cell_text(value: object) -> str:
    """A list cell as people read it: dates as yyyy-mm-dd, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def problem_text(problem: Problem) -> str:
    """A problem in one line, its field named once ("CNIC must have 13 digits…")."""
    return messages.problem_text(problem)  # in the interface's language


def _counted(count: int, one: str, many: str) -> str:
    """`one` or `many` (English templates with {count}), translated and filled in."""
    template = one if count == 1 else many
    return QCoreApplication.translate("ImportWizard", template).format(count=f"{count:,}")


def rows_text(count: int) -> str:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("ImportWizard", "{count} row"),
        QT_TRANSLATE_NOOP("ImportWizard", "{count} rows"),
    )


def columns_text(count: int) -> str:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("ImportWizard", "{count} column"),
        QT_TRANSLATE_NOOP("ImportWizard", "{count} columns"),
    )


def departures_text(count: int) -> str:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("ImportWizard", "{count} departure"),
        QT_TRANSLATE_NOOP("ImportWizard", "{count} departures"),
    )


@contextmanager
def own_connection(db: Database) -> Iterator[Database]:
    """A worker's own connection to the same file (an in-memory database has only one)."""
    path = db_path(db)
    if not path:
        yield db
        return
    own = connect_again(path)
    try:
        yield own
    finally:
        own.close()


class _Job:
    """One piece of background work: its cancel flag, and whether its answer still counts."""

    def __init__(self) -> None:
        self.cancel = threading.Event()
        self.current = True
        self.steps: Progress | None = None

    def drop(self) -> None:
        """Stop it, and ignore whatever it answers."""
        self.cancel.set()
        self.current = False
        self.end()

    def end(self) -> None:
        """No more steps to show."""
        if self.steps is not None:
            self.steps.end()
            self.steps = None


class WorkerPage(QWizardPage):
    """A page whose work runs on a worker (the check, the import): its progress bar follows the
    worker's steps, and its Cancel button goes away when the work stops."""

    _running: bool

    def _bar(self) -> QProgressBar:
        raise NotImplementedError

    def _cancel_button(self) -> QAbstractButton:
        raise NotImplementedError

    def _steps(self, job: _Job) -> Progress:
        """The worker's steps, brought to this page's progress bar (no dialog: the page is one)."""
        steps = Progress(self, title="", label="", dialog=False)
        steps.stepped.connect(lambda done, total, _: self._advanced(done, total))
        job.steps = steps
        return steps

    def _advanced(self, done: int, total: int) -> None:
        if self._running:
            self._bar().setRange(0, max(total, 1))
            self._bar().setValue(min(done, total))

    def _stopped(self) -> None:
        self._running = False
        self._cancel_button().setVisible(False)
