"""The register view: search, filter and sort every departure; open one; change its status."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyle, QWidget

from desktop import services
from desktop.core import countries, dates, history, rules
from desktop.core.departure import STATUSES, Departure
from desktop.core.errors import RawangiError, ValidationError
from desktop.core.roles import Action, Actor, allowed
from desktop.gui import changes, dialogs
from desktop.gui.forms.ui_register_view import Ui_RegisterView
from desktop.gui.forms.ui_status_dialog import Ui_StatusDialog
from desktop.gui.language import status_text
from desktop.gui.messages import error_text
from desktop.gui.register_model import HEADERS, ID_ROLE, RegisterModel
from desktop.gui.tasks import Tasks
from desktop.gui.windows import KeptDialog
from desktop.store import Database, audit, office_settings
from desktop.store.db import db_path
from desktop.store.register import Count, RegisterFilter

SEARCH_DELAY_MS = 150
# Text columns share the room the code columns leave, in these proportions (people may drag
# them; the shares are made again when the list changes size).
TEXT_SHARES = {"name": 30, "father_name": 26, "trade": 21, "destination": 23}
SMALLEST_TEXT_COLUMN = 60
# Code columns are as wide as their widest code in the table's font, whatever the language and
# the font size: a CNIC or a contingent code cut short is worse than none (DESIGN.md "Words").
WIDEST = {
    "cnic": "00000-0000000-0",
    "passport_no": "WW0000000",
    "departure_date": "0000-00-00",
    "contingent_code": "WWW-00000000-00",
    "office": "WWW",
}


class RegisterView(QWidget):
    """Every departure of the file, a page at a time."""

    open_requested = Signal(str)  # a departure id
    first_painted = Signal()

    def __init__(
        self, db: Database, actor: Actor, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ui = Ui_RegisterView()
        self.ui.setupUi(self)
        self.model = RegisterModel(db_path(db), tasks, self)
        self.table = self.ui.registerTable
        self.table.setModel(self.model)
        self._painted = False
        self._history: list[str] = []
        self._history_id: str | None = None  # whose History the panel shows
        self._answered = False  # the first count and page have arrived
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._kept: tuple[str | None, int, int] | None = None  # selection and scroll to restore
        self._set_up_table()
        self._fill_filters()
        self._connect()
        self.ui.countLabel.setText(self.tr("Counting…"))
        self.model.refresh()

    # -- set-up ----------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.table.fontMetrics().horizontalAdvance("WW"))
        self._fit_code_columns()
        self._share_room()
        header.setSortIndicatorShown(False)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([1060, 280])
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.searchEdit.setToolTip(
            self.tr("A CNIC or passport number in any form, or the beginning of names (Ctrl+F)")
        )
        self.ui.openButton.setToolTip(self.tr("Open the selected departure in the form (Enter)"))
        self.ui.statusButton.setToolTip(self.tr("Mark departed, no-show, withdrawn… (Ctrl+T)"))
        self.ui.clearFiltersButton.setToolTip(
            self.tr("Show every departure again: empty the search and the filters (Alt+L)")
        )
        self.ui.statusButton.setEnabled(allowed(self.actor, Action.CHANGE_STATUS))

    def _fit_code_columns(self) -> None:
        """Code columns as wide as their widest code or their heading, in the fonts in use."""
        table, header = self.table, self.table.horizontalHeader()
        style = table.style()
        cell = table.fontMetrics()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        heading_padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        widest = {**WIDEST, "status": max(map(status_text, STATUSES), key=cell.horizontalAdvance)}
        for column, (key, _) in enumerate(HEADERS):
            if key not in widest:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            heading = header.fontMetrics().horizontalAdvance(title) + heading_padding
            if self.model.is_sortable(column):
                heading += arrow + heading_padding  # room for the sort arrow
            # A few pixels over the measure: a code is never cut by rounding.
            self.table.setColumnWidth(
                column, max(cell.horizontalAdvance(widest[key]) + padding + 4, heading)
            )

    def _share_room(self) -> None:
        """The text columns take what the code columns leave of the list's width."""
        keys = [key for key, _ in HEADERS]
        codes = sum(
            self.table.columnWidth(column) for column, key in enumerate(keys)
            if key not in TEXT_SHARES
        )  # fmt: skip
        room = self.table.viewport().width() - codes - 1
        total = sum(TEXT_SHARES.values())
        for key, share in TEXT_SHARES.items():
            self.table.setColumnWidth(
                keys.index(key), max(SMALLEST_TEXT_COLUMN, room * share // total)
            )

    def _fill_filters(self) -> None:
        self.ui.statusCombo.addItem(self.tr("All"), "")
        for status in STATUSES:
            self.ui.statusCombo.addItem(status_text(status), status)
        destination = self.ui.destinationCombo
        destination.addItem(self.tr("All"), "")
        for code, name in countries.all_names():
            destination.addItem(name, code)
        destination.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        destination.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.officeCombo.addItem(self.tr("All"), "")
        for code, name in office_settings.offices(self.db):
            self.ui.officeCombo.addItem(f"{code} — {name}", code)

    def _connect(self) -> None:
        self.ui.searchEdit.textChanged.connect(lambda _: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_filter)
        for combo in (self.ui.statusCombo, self.ui.officeCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.destinationCombo.activated.connect(self.apply_filter)
        self.ui.destinationCombo.lineEdit().editingFinished.connect(self.apply_filter)
        for edit in (self.ui.fromDateEdit, self.ui.toDateEdit):
            edit.editingFinished.connect(self.apply_filter)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self.model.counted.connect(self._counted)
        self.model.about_to_reset.connect(self._keep_place)
        changes.hub(self.db).changed.connect(self._records_changed)
        self.model.failed.connect(
            lambda text: self.ui.countLabel.setText(
                self.tr("Search failed: {error}").format(error=text)
            )
        )
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.statusButton.clicked.connect(self.change_status)
        QShortcut(QKeySequence("Ctrl+T"), self, self.change_status)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.ui.statusButton.setEnabled(allowed(actor, Action.CHANGE_STATUS))

    # -- filtering -------------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        """The filter bar's contents; an unreadable date is ignored and said so."""
        values: dict[str, object] = {}
        for name, edit in (("date_from", self.ui.fromDateEdit), ("date_to", self.ui.toDateEdit)):
            try:
                values[name] = dates.parse(edit.value(), name, "Date")
            except ValidationError:
                values[name] = None
        destination = self.ui.destinationCombo
        index = destination.findText(destination.currentText(), Qt.MatchFlag.MatchFixedString)
        code = destination.itemData(index) if index >= 0 else ""
        return RegisterFilter(
            text=self.ui.searchEdit.text(),
            status=self.ui.statusCombo.currentData() or "",
            destination=code or "",
            date_from=values["date_from"],  # type: ignore[arg-type]
            date_to=values["date_to"],  # type: ignore[arg-type]
            office=self.ui.officeCombo.currentData() or "",
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.ui.countLabel.setText(self.tr("Searching…"))
            self.model.set_filter(flt)

    def clear_filters(self) -> None:
        for widget in (self.ui.searchEdit, self.ui.fromDateEdit, self.ui.toDateEdit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.ui.statusCombo, self.ui.destinationCombo, self.ui.officeCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filter()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def refresh(self) -> None:
        """Read again (after a save elsewhere)."""
        self.model.refresh()

    def _records_changed(self, change: changes.Change) -> None:
        """Saved elsewhere (another window, an import, another desk): the same rows, read
        again, with the selection and the scroll position kept."""
        if change.touches(changes.DEPARTURES):
            self.model.refresh(in_place=True)

    def _keep_place(self) -> None:
        self._kept = (
            self.selected_id(),
            self.table.verticalScrollBar().value(),
            self.table.horizontalScrollBar().value(),
        )

    def _restore_place(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None:
            return
        departure_id, down, across = kept
        self.table.verticalScrollBar().setValue(down)
        self.table.horizontalScrollBar().setValue(across)
        if departure_id is None:
            return
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        first = max(first, 0)
        last = self.model.rowCount() - 1 if last < 0 else last
        for row in range(first, last + 1):  # only the rows on screen: never a long scan
            if self.model.departure_id(row) == departure_id:
                self.table.selectRow(row)
                return

    def _counted(self, found: Count) -> None:
        self._answered = True
        self._restore_place()
        self.table.viewport().update()
        flt = self.model.filter
        filtered = flt != RegisterFilter()
        if found.value == 0:
            text = (
                self.tr("No departures match these filters.")
                if filtered
                else self.tr("No departures yet.")
            )
            if flt.text.strip():
                text = self.tr("No departures match “{text}”.").format(text=flt.text.strip())
            self.ui.countLabel.setText(text)
            self.table.set_placeholder(
                text
                + " "
                + (
                    self.tr("Try fewer letters or clear the filters.")
                    if filtered
                    else self.tr("Record the first one in the Departure tab (Ctrl+2).")
                )
            )
        else:
            one = found.value == 1 and not found.capped
            if filtered:
                shown = (
                    self.tr("{count} departure match")
                    if one
                    else self.tr("{count} departures match")
                )
            else:
                shown = self.tr("{count} departure") if one else self.tr("{count} departures")
            shown = shown.format(count=found)
            if found.capped:
                shown = self.tr(
                    "{count} — showing the newest; narrow the search to see fewer"
                ).format(count=shown)
            self.ui.countLabel.setText(shown)
            self.table.set_placeholder("")
        selected = self.table.selectionModel().hasSelection()
        self._show_history(self._history_id if selected else None)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(self.model.is_sortable(column))

    # -- the selected record ---------------------------------------------------------------

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return None if row is None else self.model.departure_id(row)

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        self._show_history(self.selected_id())

    def _show_history(self, departure_id: str | None) -> None:
        self._history = []
        self._history_id = departure_id
        if departure_id is None:
            self.ui.historyTitle.setText(
                self.tr("Select a departure to see who did what, and when.")
            )
            self.ui.historyText.clear()
            return
        departure = services.get_departure(self.db, departure_id)
        self.ui.historyTitle.setText(
            self.tr("{name} — {status}").format(
                name=departure.full_name, status=status_text(departure.status)
            )
        )
        blocks = []
        for entry in audit.history(self.db, "departure", departure_id):
            line = history.describe(entry)
            self._history.append(line)
            when = entry["at"].replace("T", " ").rstrip("Z")
            blocks.append(
                f"<p><b>{html.escape(when)}</b> · {html.escape(entry['user'])}<br>"
                f"{html.escape(line)}</p>"
            )
        self.ui.historyText.setHtml("".join(blocks))

    def history_lines(self) -> list[str]:
        """The History panel's entries, oldest first, as read on screen."""
        return list(self._history)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row)

    def _open(self, row: int) -> None:
        departure_id = self.model.data(self.model.index(row, 0), ID_ROLE)
        if departure_id:
            self.open_requested.emit(str(departure_id))

    def change_status(self) -> None:
        departure_id = self.selected_id()
        if departure_id is None or not allowed(self.actor, Action.CHANGE_STATUS):
            return
        dialog = StatusDialog(
            self.db, self.actor, services.get_departure(self.db, departure_id), self
        )
        dialogs.run(dialog)  # the hub brings the new status to this list and its History

    # -- keys and painting -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_room()
        elif watched is self.table.viewport() and event.type() == QEvent.Type.Paint:
            if not self._painted and self._answered:
                self._painted = True
                QTimer.singleShot(0, self.first_painted.emit)
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.table and enter:
                self.open_selected()
                return True
            if watched is self.ui.searchEdit and event.key() == Qt.Key.Key_Down:
                self.table.setFocus()
                if self.model.rowCount():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)


class StatusDialog(KeptDialog):
    """Choose a departure's new status and say why."""

    def __init__(self, db: Database, actor: Actor, departure: Departure, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.departure = departure
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self.ui.personLabel.setText(
            self.tr("{name} — CNIC {cnic} — now {status}").format(
                name=departure.full_name, cnic=departure.cnic, status=status_text(departure.status)
            )
        )
        for status in rules.TRANSITIONS.get(departure.status, ()):
            self.ui.statusCombo.addItem(status_text(status), status)
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)

    def choose(self, status: str, reason: str) -> None:
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status))
        self.ui.reasonEdit.setPlainText(reason)

    def apply(self) -> None:
        status = self.ui.statusCombo.currentData()
        reason = self.ui.reasonEdit.toPlainText()
        try:
            changes.perform(
                services.change_status,
                self.db,
                self.actor,
                str(self.departure.id),
                status,
                reason=reason,
                version=self.departure.version,
            )
        except RawangiError as error:
            self.ui.messageLabel.setStyleSheet("color: #b00020;")
            self.ui.messageLabel.setText(error_text(error))
            return
        self.accept()

    def message(self) -> str:
        return self.ui.messageLabel.text()
