"""The wizard's last page: import the valid rows in one go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QListView,
    QProgressBar,
    QWizard,
)

from desktop.core.errors import Cancelled, RawangiError, RuleViolation
from desktop.core.rules import Severity
from desktop.gui import changes
from desktop.gui.forms.ui_import_wizard_import import Ui_ImportWizardImportPage
from desktop.gui.import_wizard.common import (
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    WorkerPage,
    _Job,
    departures_text,
    own_connection,
    problem_text,
)
from desktop.services import importing

if TYPE_CHECKING:
    from desktop.gui.import_wizard.wizard import ImportWizard


class ImportPage(WorkerPage):
    """5. Confirm, then import the valid rows in one transaction on a worker."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.ui = Ui_ImportWizardImportPage()
        self.ui.setupUi(self)
        self.imported: int | None = None
        self._running = False
        self._job = _Job()
        self.ui.cancelImportButton.setToolTip(
            self.tr("Stop the import (Alt+C); nothing is written")
        )
        self.ui.warningsList.setWordWrap(True)  # long warnings wrap instead of scrolling sideways
        self.ui.warningsList.setResizeMode(QListView.ResizeMode.Adjust)
        self.ui.importButton.clicked.connect(self.start)
        self.ui.cancelImportButton.clicked.connect(self.cancel)

    def _say(self, text: str, style: str = "") -> None:
        self.ui.importMessage.setStyleSheet(style)
        self.ui.importMessage.setText(text)

    def initializePage(self) -> None:
        report = self.owner.report
        assert report is not None
        self.imported = None
        count = len(report.valid)
        departures = departures_text(count)
        self.ui.importButton.setText(self.tr("&Import {departures}").format(departures=departures))
        self.ui.importButton.setToolTip(
            self.tr(
                "Write the {departures} that passed the check into the register (Alt+I)"
            ).format(departures=departures)
        )
        self.ui.importButton.setEnabled(True)
        self.ui.importButton.setVisible(True)
        refused = len(report.refused)
        summary = (
            self.tr("{departures} from {name} will be imported into contingent {code}.")
            if report.contingent_code
            else self.tr("{departures} from {name} will be imported.")
        ).format(departures=departures, name=report.source.name, code=report.contingent_code)
        if refused:
            left_out = (
                self.tr("1 refused row is left out; the report on the previous page lists why.")
                if refused == 1
                else self.tr(
                    "{count} refused rows are left out; the report on the previous page lists why."
                ).format(count=f"{refused:,}")
            )
            summary = f"{summary} {left_out}"
        self.ui.importSummary.setText(summary)
        warnings = [
            self.tr("Line {line} — {name}: {problem}").format(
                line=result.line, name=result.departure.full_name, problem=problem_text(problem)
            )
            for result in report.valid
            for problem in result.problems
            if problem.severity is Severity.WARN
        ]
        self.ui.warningsList.clear()
        self.ui.warningsList.addItems(warnings)
        self.ui.warningsList.setVisible(bool(warnings))
        if warnings:
            self.ui.warningsLabel.setStyleSheet(WARNING_STYLE)
            self.ui.warningsLabel.setText(
                self.tr("Importing acknowledges this warning in your name:")
                if len(warnings) == 1
                else self.tr("Importing acknowledges these {count} warnings in your name:").format(
                    count=f"{len(warnings):,}"
                )
            )
        else:
            self.ui.warningsLabel.setStyleSheet("")
            self.ui.warningsLabel.setText(self.tr("No warnings to acknowledge."))
        self.ui.importProgress.setRange(0, max(count, 1))
        self.ui.importProgress.setValue(0)
        self.ui.importProgress.setFormat("")  # an empty bar until the import starts
        self.ui.cancelImportButton.setVisible(False)
        self._say(
            self.tr(
                "Nothing is written until you choose “Import {departures}”; then all of them are "
                "imported, or none."
            ).format(departures=departures)
        )
        self.ui.importButton.setFocus()

    def start(self) -> None:
        """Import on a worker, in one transaction, with progress and Cancel."""
        owner = self.owner
        report = owner.report
        if self._running or report is None or self.imported is not None:
            return
        self._job.drop()
        job = self._job = _Job()
        self._running = True
        self.ui.importButton.setEnabled(False)
        self.ui.importProgress.setFormat("%p%")
        self.ui.importProgress.setValue(0)
        self.ui.cancelImportButton.setVisible(True)
        self.ui.cancelImportButton.setEnabled(True)
        owner.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self._say(
            self.tr("Importing {departures}…").format(departures=departures_text(len(report.valid)))
        )
        db, actor, advanced = owner.db, owner.actor, self._steps(job)

        def work() -> int:
            with own_connection(db) as own:
                return changes.perform(
                    importing.commit,
                    own,
                    actor,
                    report,
                    progress=advanced.report,
                    cancelled=job.cancel.is_set,
                )

        owner.tasks.run(
            work, lambda count: self._imported(job, count), lambda e: self._failed(job, e)
        )

    def cancel(self) -> None:
        """Stop the import; its transaction is rolled back, nothing is written."""
        if not self._running:
            return
        self._job.cancel.set()
        self.ui.cancelImportButton.setEnabled(False)
        self._say(self.tr("Cancelling the import…"))

    def _bar(self) -> QProgressBar:
        return self.ui.importProgress

    def _cancel_button(self) -> QAbstractButton:
        return self.ui.cancelImportButton

    def _imported(self, job: _Job, count: int) -> None:
        job.end()  # its steps are over, whatever the answer
        if not job.current:
            return
        self._stopped()
        owner = self.owner
        report = owner.report
        assert report is not None
        self.imported = count
        self.ui.importButton.setEnabled(False)
        self.ui.importProgress.setValue(self.ui.importProgress.maximum())
        text = (
            self.tr("Imported {departures} from {name} into contingent {code}.")
            if report.contingent_code
            else self.tr("Imported {departures} from {name}.")
        ).format(
            departures=departures_text(count),
            name=report.source.name,
            code=report.contingent_code,
        )
        try:
            importing.remember_mapping(owner.db, report.source, report.mapping)
        except RawangiError as error:  # the import stands; only the convenience is lost
            text = self.tr(
                "{text} The column matching could not be remembered for next time: {error}"
            ).format(text=text, error=error)
        self._say(
            self.tr("{text} Choose Finish to close.").format(text=text),
            OK_STYLE + " font-weight: bold;",
        )
        self.completeChanged.emit()
        # After the import, Back would lead to pages about a list that is already in.
        owner.button(QWizard.WizardButton.BackButton).setEnabled(False)
        owner.imported.emit(count)

    def _failed(self, job: _Job, error: BaseException) -> None:
        job.end()  # its steps are over, whatever the answer
        if not job.current:
            return
        self._stopped()
        self.ui.importProgress.setValue(0)
        self.ui.importProgress.setFormat("")
        self.ui.importButton.setEnabled(True)
        if isinstance(error, Cancelled):
            self._say(
                self.tr(
                    "The import was cancelled; nothing was written. You can import again, or "
                    "close the wizard."
                ),
                WARNING_STYLE,
            )
        elif isinstance(error, RuleViolation):  # it says that nothing was imported, and why
            self._say(str(error), ERROR_STYLE)
        elif isinstance(error, RawangiError):
            self._say(self.tr("Nothing was imported: {error}").format(error=error), ERROR_STYLE)
        else:
            raise error  # a bug: the crash handler shows and logs it
        self.completeChanged.emit()  # the wizard enables Back again

    def isComplete(self) -> bool:
        return self.imported is not None
