"""The import wizard: a list of selected candidates (CSV or XLSX) into the register.

Five pages: choose the file, match its columns, preview the first rows, check every row, then
import the valid rows in one go. Reading, checking and importing run on workers with their own
database connection (`desktop.services.importing` does the work); the pages only show. Nothing
is written before "Import N departures", and a cancelled check or import writes nothing.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHeaderView,
    QListView,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core import countries, rules
from desktop.core.departure import FIELD_BY_NAME, FIELDS, Departure
from desktop.core.errors import Cancelled, PermissionDenied, RawangiError, RuleViolation
from desktop.core.importing import (
    FULL_NAME,
    IGNORE,
    TARGETS,
    ColumnMapping,
    RowResult,
    map_columns,
    target_label,
)
from desktop.core.roles import Action, Actor, require
from desktop.core.rules import Problem, Severity
from desktop.core.trades import COMMON_TRADES
from desktop.gui import changes, dialogs, messages
from desktop.gui.departure_form import CHANNELS, choice_text
from desktop.gui.forms.ui_import_wizard_check import Ui_ImportWizardCheckPage
from desktop.gui.forms.ui_import_wizard_columns import Ui_ImportWizardColumnsPage
from desktop.gui.forms.ui_import_wizard_file import Ui_ImportWizardFilePage
from desktop.gui.forms.ui_import_wizard_import import Ui_ImportWizardImportPage
from desktop.gui.forms.ui_import_wizard_preview import Ui_ImportWizardPreviewPage
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.list_model import ListModel
from desktop.gui.tasks import Progress, Tasks
from desktop.gui.windows import KeptWizard
from desktop.services import importing
from desktop.services.importing import ImportReport, Source
from desktop.store import contingents
from desktop.store.db import connect, db_path

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
def own_connection(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A worker's own connection to the same file (an in-memory database has only one)."""
    path = db_path(db)
    if not path:
        yield db
        return
    own = connect(path)
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


# -- the check's problems ----------------------------------------------------------------------

# Translated when shown (context "ProblemsModel" and "CheckPage").
PROBLEM_HEADERS = (
    QT_TRANSLATE_NOOP("ProblemsModel", "Line"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Name"),
    QT_TRANSLATE_NOOP("ProblemsModel", "CNIC"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Field"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Severity"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Problem"),
)
SEVERITY_TEXTS = {
    "refused": QT_TRANSLATE_NOOP("ProblemsModel", "refused"),
    "warning": QT_TRANSLATE_NOOP("ProblemsModel", "warning"),
}
SEVERITY_FILTERS = (
    ("all", QT_TRANSLATE_NOOP("CheckPage", "All problems")),
    ("refused", QT_TRANSLATE_NOOP("CheckPage", "Refused rows")),
    ("warning", QT_TRANSLATE_NOOP("CheckPage", "Warnings")),
)


class ProblemsModel(ListModel):
    """One line per problem of a checked list, filtered by words and severity."""

    CONTEXT = "ProblemsModel"
    HEADERS = PROBLEM_HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self.rows: list[tuple[str, ...]] = []
        self._words = ""
        self._severity = "all"

    def set_results(self, results: list[RowResult]) -> None:
        lines: list[tuple[str, ...]] = []
        for result in results:
            departure = result.departure
            for problem in result.problems:
                severity = "warning" if problem.severity is Severity.WARN else "refused"
                field = FIELD_BY_NAME[problem.field].label if problem.field in FIELD_BY_NAME else ""
                lines.append(
                    (
                        str(result.line),
                        departure.full_name,
                        departure.cnic,
                        field,
                        severity,
                        messages.said(problem.message),
                    )
                )
        self._all = lines
        self._search = [" ".join(line).lower() for line in lines]
        self._apply()

    def set_filter(self, words: str, severity: str) -> None:
        self._words = words.strip().lower()
        self._severity = severity
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        words, severity = self._words, self._severity
        self.rows = [
            line
            for line, text in zip(self._all, self._search, strict=True)
            if (severity == "all" or line[4] == severity) and (not words or words in text)
        ]
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    def items(self) -> list[Any]:
        return self.rows

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        line = self.item(index)
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 4:
                return QCoreApplication.translate("ProblemsModel", SEVERITY_TEXTS[line[4]])
            return line[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return line[5]
        if role == Qt.ItemDataRole.ForegroundRole and column in (4, 5):
            return QBrush(ERROR_COLOR if line[4] == "refused" else WARNING_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# -- pages -------------------------------------------------------------------------------------


class FilePage(QWizardPage):
    """1. Choose the list; it is read on a worker."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.ui = Ui_ImportWizardFilePage()
        self.ui.setupUi(self)
        self._job = _Job()
        self.ui.browseButton.setToolTip(self.tr("Choose the list file (Alt+R)"))
        self.ui.pathEdit.setToolTip(self.tr("The list to import: a .csv or .xlsx file"))
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.pathEdit.returnPressed.connect(self.read)
        self.ui.pathEdit.textChanged.connect(lambda _: self.completeChanged.emit())
        self._say(
            self.tr(
                "Rawangi recognizes the usual English headers (Name, Father Name, CNIC, PP No, "
                "Country…) and remembers how you matched a list's columns for the next list "
                "laid out the same way. Nothing is written until the last page."
            )
        )
        try:
            require(owner.actor, Action.IMPORT_LIST)
        except PermissionDenied as refusal:
            # The services refuse it too; saying so first spares the mapping work.
            self.ui.pathEdit.setEnabled(False)
            self.ui.browseButton.setEnabled(False)
            self._say(
                self.tr("{refusal} Ask a clerk or a supervisor to import the list.").format(
                    refusal=refusal
                ),
                ERROR_STYLE,
            )

    def _say(self, text: str, style: str = "") -> None:
        self.ui.fileMessage.setStyleSheet(style)
        self.ui.fileMessage.setText(text)

    def path(self) -> Path | None:
        text = self.ui.pathEdit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        chosen = choose_file(self)
        if chosen is not None:
            self.ui.pathEdit.setText(str(chosen))
            self.read()

    def read(self) -> None:
        """Read the named file on a worker; its rows and columns, or why not, appear below."""
        path = self.path()
        if path is None:
            self._say(
                self.tr("Type the path of a list, or choose Browse… to find it."), ERROR_STYLE
            )
            return
        if not self.ui.pathEdit.isEnabled():
            return
        self._job.drop()
        job = self._job = _Job()
        self.owner.set_source(None)
        self._say(self.tr("Reading {name}…").format(name=path.name))
        self.owner.tasks.run(
            lambda: importing.read_source(path),
            lambda found: self._read(job, found),
            lambda error: self._failed(job, error),
        )

    def _read(self, job: _Job, source: Source) -> None:
        if not job.current:
            return
        self.owner.set_source(source)
        headers = ", ".join(source.headers[:8]) + (", …" if len(source.headers) > 8 else "")
        self._say(
            self.tr(
                "{name}: {rows} and {columns} found ({headers}). Choose Next to match its columns."
            ).format(
                name=source.name,
                rows=rows_text(len(source.rows)),
                columns=columns_text(len(source.headers)),
                headers=headers,
            ),
            OK_STYLE,
        )
        self.completeChanged.emit()

    def _failed(self, job: _Job, error: BaseException) -> None:
        if not job.current:
            return
        if not isinstance(error, RawangiError):
            raise error  # a bug: the crash handler shows and logs it
        self._say(self.tr("{error} Choose another file.").format(error=error), ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        source = self.owner.source
        return source is not None and source.path == self.path()

    def validatePage(self) -> bool:
        return self.isComplete()


class ColumnsPage(QWizardPage):
    """2. Which column fills which field; values for the fields the list lacks."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.ui = Ui_ImportWizardColumnsPage()
        self.ui.setupUi(self)
        self.combos: list[QComboBox] = []
        self._source: Source | None = None  # the list the table was filled for
        self._problem = ""
        self._fill_choices()
        self._connect()

    def _fill_choices(self) -> None:
        table = self.ui.columnsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            (
                self.tr("Column of the list"),
                self.tr("Row 1"),
                self.tr("Row 2"),
                self.tr("Import as"),
            )
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 150, 150)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 2)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        destination = self.ui.destinationCombo
        destination.addItem("", "")
        for code, name in countries.all_names():
            destination.addItem(name, code)
        destination.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        finder = destination.completer()
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        trades = QCompleter(sorted(COMMON_TRADES), self)
        trades.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        trades.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.tradeEdit.setCompleter(trades)
        for value, text in CHANNELS:
            self.ui.channelCombo.addItem(choice_text(text), value)
        self.ui.nationalityEdit.setPlaceholderText(self.tr("PAK when the list says nothing"))
        for widget, tip in (
            (self.ui.departureDateEdit, self.tr("The departure date of every row (yyyy-mm-dd)")),
            (self.ui.destinationCombo, self.tr("The destination country of every row")),
            (self.ui.tradeEdit, self.tr("The trade or profession of every row")),
            (self.ui.channelCombo, self.tr("OEC or a licensed promoter (OEP), for every row")),
            (self.ui.oepLicenceNoEdit, self.tr("The promoter's licence number, for every row")),
            (self.ui.nationalityEdit, self.tr("Nationality of every row (PAK when empty)")),
        ):
            widget.setToolTip(
                self.tr("{tip}; a column of the list wins where its cell is filled.").format(
                    tip=tip
                )
            )
        self.ui.contingentCombo.setToolTip(
            self.tr("Put every imported person into this open contingent (its rules apply)")
        )

    def _connect(self) -> None:
        self.ui.departureDateEdit.textChanged.connect(self.update_state)
        self.ui.destinationCombo.currentTextChanged.connect(self.update_state)
        self.ui.tradeEdit.textChanged.connect(self.update_state)
        self.ui.channelCombo.currentIndexChanged.connect(self.update_state)
        self.ui.oepLicenceNoEdit.textChanged.connect(self.update_state)
        self.ui.nationalityEdit.textChanged.connect(self.update_state)
        self.ui.contingentCombo.currentIndexChanged.connect(self._contingent_chosen)

    # -- filling -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        source = self.owner.source
        if source is None or source is self._source:
            return  # back and forth over the same list keeps what was chosen
        previous = self._source
        # The same list read again (corrected on disk) keeps the matching chosen so far.
        kept = self.mapping() if previous and previous.headers == source.headers else None
        self._source = source
        self._fill_contingents()
        self.set_mapping(kept or importing.mapping_for(self.owner.db, source))
        self._contingent_chosen()  # a preset contingent offers its date and destination

    def _fill_contingents(self) -> None:
        combo = self.ui.contingentCombo
        chosen = combo.currentData() if combo.count() else self.owner.initial_contingent_id
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No contingent: the people stay unassigned"), None)
        for listed in contingents.listing(self.owner.db, status="open"):
            c = listed.contingent
            people = (
                self.tr("1 person")
                if listed.count == 1
                else self.tr("{count} people").format(count=f"{listed.count:,}")
            )
            combo.addItem(
                self.tr("{code} — {flight_no}, {date}, {destinations} ({people})").format(
                    code=c.code,
                    flight_no=c.flight_no,
                    date=f"{c.departure_date:%d %b %Y}",
                    destinations=c.destination_names,
                    people=people,
                ),
                c.id,
            )
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Show a mapping: the target of each column, the values for every row."""
        source = self._source
        assert source is not None
        table = self.ui.columnsTable
        table.clearContents()
        table.setRowCount(len(source.headers))
        self.combos = []
        samples = source.rows[:2]
        for row, header in enumerate(source.headers):
            table.setItem(row, 0, QTableWidgetItem(header))
            for column, sample in enumerate(samples, start=1):
                text = cell_text(sample[row]) if row < len(sample) else ""
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
            combo = QComboBox()
            combo.setObjectName(f"target{row}")
            for target in TARGETS:
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(max(combo.findData(mapping.columns.get(header, IGNORE)), 0))
            combo.setToolTip(
                self.tr("The field that column “{header}” fills").format(header=header)
            )
            combo.currentIndexChanged.connect(self.update_state)
            table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        ui = self.ui
        order = [ui.columnsTable, *self.combos, ui.departureDateEdit, ui.destinationCombo]
        order += [ui.tradeEdit, ui.channelCombo, ui.oepLicenceNoEdit, ui.nationalityEdit]
        order += [ui.contingentCombo]
        for previous, following in pairwise(order):
            QWidget.setTabOrder(previous, following)  # the wizard focuses the first one
        if self.combos:
            ui.columnsLabel.setBuddy(self.combos[0])
        self._set_defaults(mapping.defaults)
        self.update_state()

    def _set_defaults(self, defaults: Mapping[str, str]) -> None:
        self.ui.departureDateEdit.set_value(str(defaults.get("departure_date", "")))
        destination = str(defaults.get("destination", ""))
        index = self.ui.destinationCombo.findData(destination) if destination else 0
        if index >= 0:
            self.ui.destinationCombo.setCurrentIndex(index)
        else:
            self.ui.destinationCombo.setEditText(destination)
        self.ui.tradeEdit.setText(str(defaults.get("trade", "")))
        channel = self.ui.channelCombo.findData(str(defaults.get("channel", "")))
        self.ui.channelCombo.setCurrentIndex(max(channel, 0))
        self.ui.oepLicenceNoEdit.setText(str(defaults.get("oep_licence_no", "")))
        self.ui.nationalityEdit.setText(str(defaults.get("nationality", "")))

    def _contingent_chosen(self) -> None:
        """A contingent gives its date and (single) destination when nothing else does."""
        chosen = self.contingent_id()
        if chosen:
            contingent = contingents.get(self.owner.db, chosen)
            targets = {combo.currentData() for combo in self.combos}
            if contingent is not None:
                if "departure_date" not in targets and not self.ui.departureDateEdit.value():
                    self.ui.departureDateEdit.set_value(contingent.departure_date.isoformat())
                if (
                    "destination" not in targets
                    and not self._combo_value(self.ui.destinationCombo)
                    and len(contingent.destinations) == 1
                ):
                    index = self.ui.destinationCombo.findData(contingent.destinations[0])
                    self.ui.destinationCombo.setCurrentIndex(max(index, 0))
        self.update_state()

    # -- reading -----------------------------------------------------------------------------

    @staticmethod
    def _combo_value(combo: QComboBox) -> str:
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and combo.itemData(index) is not None:
            return str(combo.itemData(index))
        return combo.currentText().strip()

    def defaults(self) -> dict[str, str]:
        values = {
            "departure_date": self.ui.departureDateEdit.value(),
            "destination": self._combo_value(self.ui.destinationCombo),
            "trade": self.ui.tradeEdit.text().strip(),
            "channel": str(self.ui.channelCombo.currentData() or ""),
            "oep_licence_no": self.ui.oepLicenceNoEdit.text().strip(),
            "nationality": self.ui.nationalityEdit.text().strip(),
        }
        return {name: value for name, value in values.items() if value}

    def mapping(self) -> ColumnMapping:
        """The mapping as chosen on the page."""
        source = self._source
        headers = source.headers if source else []
        columns = {
            header: str(combo.currentData() or IGNORE)
            for header, combo in zip(headers, self.combos, strict=True)
        }
        return ColumnMapping(columns, self.defaults())

    def contingent_id(self) -> str | None:
        data = self.ui.contingentCombo.currentData()
        return str(data) if data else None

    def update_state(self) -> None:
        """Say what is still missing; Next waits until nothing is."""
        if self._source is None:
            return
        mapping = self.mapping()
        targets = {t: h for h, t in mapping.columns.items() if t}
        missing = mapping.missing_required()
        for name, widget_name in DEFAULT_WIDGETS.items():
            header = targets.get(name)
            label = getattr(self.ui, widget_name.replace("Edit", "Label").replace("Combo", "Label"))
            label.setStyleSheet(ERROR_STYLE if FIELD_BY_NAME[name].label in missing else "")
            label.setToolTip(
                self.tr(
                    "The list's column “{header}” fills this; a value here fills its empty cells."
                ).format(header=header)
                if header
                else self.tr("The list has no column for this: the value here goes into every row.")
            )
        for name, widget_name in (("trade", "tradeEdit"), ("oep_licence_no", "oepLicenceNoEdit")):
            header = targets.get(name)
            getattr(self.ui, widget_name).setPlaceholderText(
                self.tr("from the column “{header}”").format(header=header) if header else ""
            )
        header = targets.get("destination")
        self.ui.destinationCombo.lineEdit().setPlaceholderText(
            self.tr("from the column “{header}”").format(header=header) if header else ""
        )
        channel_from = targets.get("channel")
        self.ui.channelCombo.setItemText(
            0,
            self.tr("(from the column “{header}”)").format(header=channel_from)
            if channel_from
            else "",
        )
        self._problem = ""
        try:
            mapping.check(self._source.headers)
        except RawangiError as error:
            self._problem = self.tr("{error} Choose “(not imported)” for one of them.").format(
                error=error
            )
        if not self._problem and missing:
            self._problem = self.tr(
                "Still missing: {fields}. Choose the column of the list that holds each in "
                "“Import as”, or give a value for every row below."
            ).format(fields=", ".join(missing))
        if self._problem:
            self.ui.mappingMessage.setStyleSheet(ERROR_STYLE)
            self.ui.mappingMessage.setText(self._problem)
        else:
            used = sum(1 for t in mapping.columns.values() if t)
            left = len(mapping.columns) - used
            self.ui.mappingMessage.setStyleSheet(OK_STYLE)
            said = (
                self.tr(
                    "{columns} will be imported, {left} left out. Every required field is "
                    "filled: choose Next for a preview."
                )
                if left
                else self.tr(
                    "{columns} will be imported. Every required field is filled: choose Next for "
                    "a preview."
                )
            )
            self.ui.mappingMessage.setText(
                said.format(columns=columns_text(used), left=f"{left:,}")
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._source is not None and not self._problem

    def validatePage(self) -> bool:
        self.owner.mapping = self.mapping()
        self.owner.contingent_id = self.contingent_id()
        return self.isComplete()


class PreviewPage(QWizardPage):
    """3. The first rows as they will be read, field problems in red."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.ui = Ui_ImportWizardPreviewPage()
        self.ui.setupUi(self)
        table = self.ui.previewTable
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def initializePage(self) -> None:
        source, mapping = self.owner.source, self.owner.mapping
        assert source is not None and mapping is not None
        shown = source.rows[:PREVIEW_ROWS]
        columns = map_columns(source.headers, shown, mapping)
        read = rules.read_departures(columns, len(shown), office=self.owner.actor.office)
        fields = self.shown_fields(mapping)
        table = self.ui.previewTable
        table.clear()
        table.setRowCount(len(read))
        # Problems first: a person checking the preview sees them without scrolling sideways.
        table.setColumnCount(len(fields) + 1)
        table.setHorizontalHeaderLabels(
            [self.tr("Problems")] + [FIELD_BY_NAME[f].label for f in fields]
        )
        table.setVerticalHeaderLabels(
            [self.tr("Line {number}").format(number=n + 2) for n in range(len(read))]
        )
        with_problems = 0
        for row, (departure, problems) in enumerate(read):
            by_field: dict[str, list[str]] = {}
            for problem in problems:
                by_field.setdefault(problem.field, []).append(messages.said(problem.message))
            said = [problem_text(p) for p in problems]
            item = QTableWidgetItem("; ".join(said) or "✓")
            item.setForeground(QBrush(ERROR_COLOR if problems else QColor("#1b5e20")))
            item.setToolTip("\n".join(said))
            table.setItem(row, 0, item)
            for column, name in enumerate(fields, start=1):
                item = QTableWidgetItem(self.shown_value(departure, name))
                if name in by_field:
                    # Unreadable values are empty once read: show what the list says.
                    item.setText(
                        item.text()
                        or cell_text(columns[name][row] if name in columns else None)
                        or "—"
                    )
                    item.setForeground(QBrush(ERROR_COLOR))
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                    item.setToolTip("\n".join(by_field[name]))
                table.setItem(row, column, item)
            with_problems += bool(problems)
        table.resizeColumnsToContents()
        table.setColumnWidth(0, min(table.columnWidth(0), 300))
        for column in range(1, len(fields) + 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 220))
        total = len(source.rows)
        first = (
            self.tr("The first {shown} of {total} rows").format(
                shown=f"{len(read):,}", total=f"{total:,}"
            )
            if total > len(read)
            else self.tr("All rows")
        )
        if with_problems:
            self.ui.previewMessage.setStyleSheet(ERROR_STYLE)
            self.ui.previewMessage.setText(
                self.tr(
                    "{first} are shown; {rows} of these cannot be read as they are (in red). Go "
                    "Back to change the columns, or Next to check every row: rows with problems "
                    "are refused, the others can be imported."
                ).format(first=first, rows=rows_text(with_problems))
            )
        else:
            self.ui.previewMessage.setStyleSheet("")
            self.ui.previewMessage.setText(
                self.tr(
                    "{first} are shown; they read cleanly. Choose Next to check every row."
                ).format(first=first)
            )

    @staticmethod
    def shown_fields(mapping: ColumnMapping) -> list[str]:
        """The fields the list or the defaults fill, in the form's order."""
        filled = set(mapping.columns.values()) | set(mapping.defaults) | {"nationality"}
        if FULL_NAME in filled:
            filled |= {"surname", "given_names"}
        return [f.name for f in FIELDS if f.name in filled]

    @staticmethod
    def shown_value(departure: Departure, name: str) -> str:
        value = getattr(departure, name)
        if value is None:
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        if name == "destination" and value:
            return f"{countries.name(value)} ({value})"
        return str(value)


class CheckPage(QWizardPage):
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

    def _steps(self, job: _Job) -> Progress:
        """The worker's steps, brought to this page's progress bar (no dialog: the page is one)."""
        steps = Progress(self, title="", label="", dialog=False)
        steps.stepped.connect(lambda done, total, _: self._advanced(done, total))
        job.steps = steps
        return steps

    def _advanced(self, done: int, total: int) -> None:
        if self._running:
            self.ui.checkProgress.setRange(0, max(total, 1))
            self.ui.checkProgress.setValue(min(done, total))

    def _stopped(self) -> None:
        self._running = False
        self.ui.cancelCheckButton.setVisible(False)

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


class ImportPage(QWizardPage):
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

    def _steps(self, job: _Job) -> Progress:
        """The worker's steps, brought to this page's progress bar (no dialog: the page is one)."""
        steps = Progress(self, title="", label="", dialog=False)
        steps.stepped.connect(lambda done, total, _: self._advanced(done, total))
        job.steps = steps
        return steps

    def _advanced(self, done: int, total: int) -> None:
        if self._running:
            self.ui.importProgress.setRange(0, max(total, 1))
            self.ui.importProgress.setValue(min(done, total))

    def _stopped(self) -> None:
        self._running = False
        self.ui.cancelImportButton.setVisible(False)

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


class ImportWizard(KeptWizard):
    """Import a candidate list: file, columns, preview, check, import."""

    geometry_key = GEOMETRY_KEY

    imported = Signal(int)  # how many departures were written

    def __init__(
        self,
        db: sqlite_utils.Database,
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
