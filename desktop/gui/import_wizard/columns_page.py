"""The wizard's second page: match the list's columns to the register's fields."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
    QWizardPage,
)

from desktop.core import countries
from desktop.core.departure import FIELD_BY_NAME
from desktop.core.errors import RawangiError
from desktop.core.importing import (
    IGNORE,
    TARGETS,
    ColumnMapping,
    target_label,
)
from desktop.core.trades import COMMON_TRADES
from desktop.gui.departure_form import CHANNELS, choice_text
from desktop.gui.forms.ui_import_wizard_columns import Ui_ImportWizardColumnsPage
from desktop.gui.import_wizard.common import (
    DEFAULT_WIDGETS,
    ERROR_STYLE,
    OK_STYLE,
    cell_text,
    columns_text,
)
from desktop.services import importing
from desktop.services.importing import Source
from desktop.store import contingents

if TYPE_CHECKING:
    from desktop.gui.import_wizard.wizard import ImportWizard


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
