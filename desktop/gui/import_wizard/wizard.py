"""The import wizard: a list of selected candidates (CSV or XLSX) into the register.

Five pages: choose the file, match its columns, preview the first rows, check every row, then
import the valid rows in one go. Reading, checking and importing run on workers with their own
database connection (`desktop.services.importing` does the work); the pages only show. Nothing
is written before "Import N departures", and a cancelled check or import writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from desktop.core.importing import ColumnMapping
from desktop.core.roles import Actor
from desktop.gui.import_wizard.check_page import CheckPage
from desktop.gui.import_wizard.columns_page import ColumnsPage
from desktop.gui.import_wizard.common import GEOMETRY_KEY
from desktop.gui.import_wizard.file_page import FilePage
from desktop.gui.import_wizard.import_page import ImportPage
from desktop.gui.import_wizard.preview_page import PreviewPage
from desktop.gui.tasks import Tasks
from desktop.gui.windows import KeptWizard
from desktop.services.importing import ImportReport, Source
from desktop.store import Database


class ImportWizard(KeptWizard):
    """Import a candidate list: file, columns, preview, check, import."""

    geometry_key = GEOMETRY_KEY

    imported = Signal(int)  # how many departures were written

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: Tasks,
        parent: QWidget | None = None,
        *,
        contingent_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = tasks
        self.initial_contingent_id = contingent_id
        self.contingent_id = contingent_id
        self.source: Source | None = None
        self.mapping: ColumnMapping | None = None
        self.report: ImportReport | None = None
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import a list of departures"))
        # Qt's own names for these buttons, here so that they follow the interface's language.
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(which, text)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(760, 560)
        self.resize(980, 700)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (
            self.file_page,
            self.columns_page,
            self.preview_page,
            self.check_page,
            self.import_page,
        ):
            self.addPage(page)
        for which, tip in (
            (QWizard.WizardButton.BackButton, self.tr("Go back one page (Alt+B)")),
            (QWizard.WizardButton.NextButton, self.tr("Go on to the next page (Alt+N or Enter)")),
            (QWizard.WizardButton.FinishButton, self.tr("Close the wizard (Alt+F)")),
            (
                QWizard.WizardButton.CancelButton,
                self.tr(
                    "Close without importing (Esc); a running check or import stops and writes "
                    "nothing"
                ),
            ),
        ):
            self.button(which).setToolTip(tip)

    def set_source(self, source: Source | None) -> None:
        self.source = source
        self.report = None

    def _stop_work(self) -> None:
        self.file_page._job.drop()
        self.check_page.cancel()
        self.import_page.cancel()

    def done(self, result: int) -> None:
        self._stop_work()  # closing stops a running check or import; it writes nothing
        super().done(result)
