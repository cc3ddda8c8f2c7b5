"""The wizard's fourth page: check every row and show the problems found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QProgressBar,
)

from desktop.core.errors import Cancelled, RawangiError
from desktop.gui.forms.ui_import_wizard_check import Ui_ImportWizardCheckPage
from desktop.gui.import_wizard.common import (
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    WorkerPage,
    _Job,
    choose_report_file,
    own_connection,
    rows_text,
)
from desktop.gui.import_wizard.problems import SEVERITY_FILTERS, ProblemsModel
from desktop.services import importing
from desktop.services.importing import ImportReport

if TYPE_CHECKING:
    from desktop.gui.import_wizard.wizard import ImportWizard


class CheckPage(WorkerPage):
    """4. Every row checked on a worker; the problems, filterable; nothing written."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.ui = Ui_ImportWizardCheckPage()
        self.ui.setupUi(self)
        self.model = ProblemsModel(self)
        table = self.ui.problemsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 170, 115, 140, 70)):
            table.setColumnWidth(column, width)
        for value, text in SEVERITY_FILTERS:
            self.ui.severityCombo.addItem(QCoreApplication.translate("CheckPage", text), value)
        self._job = _Job()
        self._running = False
        self.ui.cancelCheckButton.setToolTip(self.tr("Stop the check (Alt+C); nothing is written"))
        self.ui.checkAgainButton.setToolTip(self.tr("Check every row of the list again (Alt+A)"))
        self.ui.saveReportButton.setToolTip(
            self.tr("Save the problems as a CSV file for whoever prepared the list (Alt+S)")
        )
        self.ui.filterEdit.setToolTip(self.tr("Show only problems with these words (Alt+F)"))
        self.ui.severityCombo.setToolTip(
            self.tr("Show every problem, the refused rows or the warnings")
        )
        self.ui.cancelCheckButton.clicked.connect(self.cancel)
        self.ui.checkAgainButton.clicked.connect(self.start)
        self.ui.saveReportButton.clicked.connect(self.save_report)
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.severityCombo.currentIndexChanged.connect(self._filter)

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self._job.drop()  # going Back stops a running check
        self._running = False

    def _say(self, text: str, style: str = "") -> None:
        self.ui.checkSummary.setStyleSheet(style)
        self.ui.checkSummary.setText(text)

    def start(self) -> None:
        """Check every row on a worker, with progress; the answer fills the table."""
        owner = self.owner
        source, mapping = owner.source, owner.mapping
        assert source is not None and mapping is not None
        self._job.drop()
        job = self._job = _Job()
        self._running = True
        owner.report = None
        self.model.set_results([])
        self.ui.problemsTable.set_placeholder("")
        self._say_report("")
        self.ui.checkProgress.setRange(0, len(source.rows))
        self.ui.checkProgress.setValue(0)
        self.ui.checkProgress.setFormat("%p%")
        self.ui.cancelCheckButton.setVisible(True)
        self.ui.cancelCheckButton.setEnabled(True)
        self.ui.checkAgainButton.setVisible(False)
        self.ui.saveReportButton.setEnabled(False)
        self._say(
            self.tr("Checking {rows} of {name}…").format(
                rows=rows_text(len(source.rows)), name=source.name
            )
        )
        self.ui.notImportedLabel.setStyleSheet("")
        self.ui.notImportedLabel.setText(self.tr("Nothing has been imported yet."))
        self.completeChanged.emit()
        db, actor, contingent_id = owner.db, owner.actor, owner.contingent_id
        advanced = self._steps(job)

        def work() -> ImportReport:
            with own_connection(db) as own:
                return importing.validate(
                    own,
                    actor,
                    source,
                    mapping,
                    contingent_id=contingent_id,
                    progress=advanced.report,
                    cancelled=job.cancel.is_set,
                )

        owner.tasks.run(
            work, lambda report: self._checked(job, report), lambda e: self._failed(job, e)
        )

    def cancel(self) -> None:
        """Stop the check at its next step; nothing is written either way."""
        if not self._running:
            return
        self._job.cancel.set()
        self.ui.cancelCheckButton.setEnabled(False)
        self._say(self.tr("Cancelling the check…"))

    def _bar(self) -> QProgressBar:
        return self.ui.checkProgress

    def _cancel_button(self) -> QAbstractButton:
        return self.ui.cancelCheckButton

    def _checked(self, job: _Job, report: ImportReport) -> None:
        job.end()  # its steps are over, whatever the answer
        if not job.current:
            return
        self._stopped()
        self.ui.checkProgress.setValue(self.ui.checkProgress.maximum())
        self.owner.report = report
        self.model.set_results(report.results)
        self.ui.problemsTable.set_placeholder(
            self.tr("No problems: every row can be imported.") if not self.model.total else ""
        )
        self._filter()
        self.ui.saveReportButton.setEnabled(bool(self.model.total))
        self._say(report.summary())
        self.ui.checkAgainButton.setVisible(True)
        if report.valid:
            self.ui.notImportedLabel.setStyleSheet("font-weight: bold;")
            self.ui.notImportedLabel.setText(
                self.tr(
                    "Nothing has been imported yet. Choose Next to import the rows that passed "
                    "(the refused rows are left out)."
                )
                if report.refused
                else self.tr(
                    "Nothing has been imported yet. Choose Next to import the rows that passed."
                )
            )
        else:
            self.ui.notImportedLabel.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            self.ui.notImportedLabel.setText(
                self.tr(
                    "No row can be imported, and nothing has been. Save the report, have the "
                    "list corrected, and import it again."
                )
            )
        self.completeChanged.emit()

    def _failed(self, job: _Job, error: BaseException) -> None:
        job.end()  # its steps are over, whatever the answer
        if not job.current:
            return
        self._stopped()
        self.ui.checkProgress.setValue(0)
        self.ui.checkProgress.setFormat("")
        self.ui.checkAgainButton.setVisible(True)
        if isinstance(error, Cancelled):
            self._say(self.tr("The check was cancelled."), WARNING_STYLE)
        elif isinstance(error, RawangiError):
            self._say(
                self.tr("The list could not be checked: {error}").format(error=error), ERROR_STYLE
            )
        else:
            raise error  # a bug: the crash handler shows and logs it
        self.ui.notImportedLabel.setText(self.tr("Nothing has been imported."))
        self.ui.problemsTable.set_placeholder(self.tr("Choose “Check again” to check every row."))
        self.completeChanged.emit()

    def _filter(self) -> None:
        self.model.set_filter(self.ui.filterEdit.text(), str(self.ui.severityCombo.currentData()))
        if self.model.total and not self.model.rows:
            self.ui.problemsTable.set_placeholder(self.tr("No problem matches the filter."))
        elif self.model.total:
            self.ui.problemsTable.set_placeholder("")

    def save_report(self) -> None:
        """Save the problems as CSV where the person chooses."""
        report = self.owner.report
        if report is None:
            return
        suggested = report.source.path.with_name(f"{report.source.path.stem}-problems.csv")
        path = choose_report_file(self, suggested)
        if path is None:
            return
        try:
            report.save_csv(path)
        except OSError as error:
            self._say_report(
                self.tr(
                    "The report could not be saved to {path}: {error}. Choose another folder."
                ).format(path=path, error=error.strerror or error),
                ERROR_STYLE,
            )
            return
        self._say_report(self.tr("The report was saved to {path}.").format(path=path), OK_STYLE)

    def _say_report(self, text: str, style: str = "") -> None:
        self.ui.reportMessage.setStyleSheet(style)
        self.ui.reportMessage.setText(text)
        self.ui.reportMessage.setVisible(bool(text))

    def isComplete(self) -> bool:
        report = self.owner.report
        return not self._running and report is not None and bool(report.valid)
