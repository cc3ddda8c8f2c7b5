"""The Contingents view: every contingent with its head count and status; create one, open one.

Each contingent opens in its own `ContingentWindow` (one window per contingent). Creating goes
through `desktop.services.contingents.create_contingent`, whose ValidationError names the field
that the dialog shows the message next to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.core import countries
from desktop.core.contingent import DEPARTED, FINALIZED, OPEN, STATUSES, Contingent
from desktop.core.errors import RawangiError, ValidationError
from desktop.core.roles import Action, Actor, allowed
from desktop.gui import changes, dialogs
from desktop.gui.contingent_window.window import ContingentWindow
from desktop.gui.forms.ui_contingent_dialog import Ui_ContingentDialog
from desktop.gui.forms.ui_contingents_view import Ui_ContingentsView
from desktop.gui.language import QT_TRANSLATE_NOOP, status_text
from desktop.gui.list_model import ListModel
from desktop.gui.messages import error_text
from desktop.gui.tasks import Tasks
from desktop.gui.widgets import MaskedEdit, OpenOnEnter
from desktop.gui.windows import KeptDialog
from desktop.services import contingents
from desktop.store import Database
from desktop.store import contingents as contingent_rows
from desktop.store.contingents import Listed

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
OVER_CAPACITY = QColor("#8a5a00")
STATUS_COLOURS = {OPEN: QColor("#1b5e20"), FINALIZED: QColor("#1f3b63"), DEPARTED: QColor("#666")}
HEADERS = (
    QT_TRANSLATE_NOOP("ContingentsModel", "Code"),
    QT_TRANSLATE_NOOP("ContingentsModel", "Departs"),
    QT_TRANSLATE_NOOP("ContingentsModel", "Flight"),
    QT_TRANSLATE_NOOP("ContingentsModel", "People"),
    QT_TRANSLATE_NOOP("ContingentsModel", "Status"),
    QT_TRANSLATE_NOOP("ContingentsModel", "Revision"),
    QT_TRANSLATE_NOOP("ContingentsModel", "Destinations"),
)
CODE, DEPARTS, FLIGHT, PEOPLE, STATUS, REVISION, DESTINATIONS = range(len(HEADERS))
COLUMN_WIDTHS = (150, 130, 250, 100, 90, 80)
FIELD_NAMES = (
    "flight_no",
    "carrier",
    "airport",
    "departure_date",
    "departure_time",
    "destinations",
    "capacity",
)


def _keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class ContingentsModel(ListModel):
    """The contingents of the file (a short list: read whole)."""

    CONTEXT = "ContingentsModel"
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listed: list[Listed] = []

    def set_listed(self, listed: list[Listed]) -> None:
        self.beginResetModel()
        self.listed = list(listed)
        self.endResetModel()

    def contingent(self, row: int) -> Contingent | None:
        return self.listed[row].contingent if 0 <= row < len(self.listed) else None

    def row_of(self, contingent_id: str) -> int | None:
        return next(
            (row for row, item in enumerate(self.listed) if item.contingent.id == contingent_id),
            None,
        )

    def items(self) -> list[Any]:
        return self.listed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        listed = self.item(index)
        if listed is None:
            return None
        contingent, column = listed.contingent, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(listed, column)
        if role == ID_ROLE:
            return contingent.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(listed, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == PEOPLE and listed.count > contingent.capacity:
                return QBrush(OVER_CAPACITY)
            if column == STATUS:
                return QBrush(STATUS_COLOURS.get(contingent.status, QColor("black")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PEOPLE, REVISION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(listed: Listed, column: int) -> str:
        contingent = listed.contingent
        if column == CODE:
            return contingent.code
        if column == DEPARTS:
            return f"{contingent.departure_date} {contingent.departure_time}"
        if column == FLIGHT:
            return f"{contingent.flight_no} {contingent.carrier}"
        if column == PEOPLE:
            return f"{listed.count:,} / {contingent.capacity:,}"
        if column == STATUS:
            return status_text(contingent.status)
        if column == REVISION:
            return str(contingent.revision) if contingent.revision else "—"
        if column == DESTINATIONS:
            return contingent.destination_names
        return ""

    @staticmethod
    def _tip(listed: Listed, column: int) -> str | None:
        contingent = listed.contingent
        if column == FLIGHT:
            return QCoreApplication.translate("ContingentsModel", "From {airport}").format(
                airport=contingent.airport
            )
        if column == PEOPLE:
            free = contingent.capacity - listed.count
            if free < 0:
                return QCoreApplication.translate(
                    "ContingentsModel", "{count} over capacity"
                ).format(count=f"{-free:,}")
            # tr on the class (its name is the context): PySide6's stub knows only the method.
            return "; ".join(
                (
                    ContingentsModel.tr("{count} person(s) travelling", "", listed.count),  # type: ignore[arg-type]
                    ContingentsModel.tr("{free} seat(s) free", "", free),  # type: ignore[arg-type]
                )
            ).format(count=f"{listed.count:,}", free=f"{free:,}")
        if column == REVISION:
            return (
                QCoreApplication.translate(
                    "ContingentsModel", "Manifest revision {revision}"
                ).format(revision=contingent.revision)
                if contingent.revision
                else QCoreApplication.translate(
                    "ContingentsModel", "No manifest yet: finalizing stores revision 1"
                )
            )
        return None


class ContingentsView(QWidget):
    """The list of contingents; opens each in its own window."""

    open_requested = Signal(str)  # a contingent id

    def __init__(
        self, db: Database, actor: Actor, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = tasks
        self.windows: dict[str, ContingentWindow] = {}
        self.ui = Ui_ContingentsView()
        self.ui.setupUi(self)
        self.model = ContingentsModel(self)
        self.table = self.ui.contingentsTable
        self.table.setModel(self.model)
        self._set_up()
        # By default the view opens the window itself; whoever wants to open contingents
        # differently disconnects this and connects `open_requested` to their own slot.
        self.open_requested.connect(self.open_contingent)
        changes.hub(db).changed.connect(self._records_changed)
        # Read on first showing, not at start: the window opens on the register, and counting
        # every contingent's people costs a tenth of a second on a large file.
        self._read_once = False

    def _set_up(self) -> None:
        ui = self.ui
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        ui.statusCombo.addItem(self.tr("All"), "")
        for status in STATUSES:
            ui.statusCombo.addItem(status_text(status), status)
        ui.statusCombo.currentIndexChanged.connect(lambda _: self.refresh())
        for button, keys, tip, handler in (
            (ui.newButton, "Ctrl+Shift+N", self.tr("Create a contingent for a flight"),
             self.new_contingent),
            (ui.openButton, "Return", self.tr("Open the selected contingent in its window"),
             self.open_selected),
            (ui.refreshButton, "F5", self.tr("Read the contingents again"), self.refresh),
        ):  # fmt: skip
            # Ctrl+Shift+N is the main window's New contingent… action: named here, not bound.
            button.setToolTip(f"{tip} ({_keys(keys)})")
            button.clicked.connect(lambda _=False, act=handler: act())
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        OpenOnEnter(self.table, self.open_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.messageLabel.hide()
        self._update_buttons()

    def set_actor(self, actor: Actor) -> None:
        """Someone else signed in: the buttons and any open windows follow their role."""
        self.actor = actor
        for window in self.windows.values():
            window.set_actor(actor)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.newButton.setEnabled(allowed(self.actor, Action.MANAGE_CONTINGENT))
        self.ui.openButton.setEnabled(self.selected_id() is not None)

    # -- reading -------------------------------------------------------------------------------

    def status_filter(self) -> str:
        return str(self.ui.statusCombo.currentData() or "")

    def set_status_filter(self, status: str) -> None:
        self.ui.statusCombo.setCurrentIndex(max(0, self.ui.statusCombo.findData(status)))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._read_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self, select: str | None = None) -> None:
        """Read the list again, keeping (or moving) the selection."""
        self._read_once = True
        keep = select or self.selected_id()
        status = self.status_filter()
        try:
            listed = contingent_rows.listing(self.db, status=status)
        except RawangiError as error:
            self.say(str(error), error=True)
            return
        self.model.set_listed(listed)
        count = len(listed)
        if status:
            text = (
                self.tr("{count} {status} contingent")
                if count == 1
                else self.tr("{count} {status} contingents")
            )
        else:
            text = self.tr("{count} contingent") if count == 1 else self.tr("{count} contingents")
        self.ui.countLabel.setText(text.format(count=f"{count:,}", status=status_text(status)))
        if count:
            self.table.set_placeholder("")
        elif status:
            self.table.set_placeholder(
                self.tr("No {status} contingents. Choose All in Status to see the others.").format(
                    status=status_text(status)
                )
            )
        else:
            self.table.set_placeholder(
                self.tr(
                    "No contingents yet. Create one for a flight with New contingent… ({keys}), "
                    "then add people to it by CNIC, passport number or a passport scan."
                ).format(keys=_keys("Ctrl+Shift+N"))
            )
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _records_changed(self, change: changes.Change) -> None:
        """Counts and states change with people added, finalized, departed, imported."""
        if self._read_once and change.touches(changes.CONTINGENTS, changes.DEPARTURES):
            self.refresh()  # keeps the selection; never read yet: read when first shown

    def visible_codes(self) -> list[str]:
        """The codes in the list, top to bottom, as read on screen."""
        return [self.model.index(row, 0).data() for row in range(self.model.rowCount())]

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def select(self, contingent_id: str) -> None:
        row = self.model.row_of(contingent_id)
        if row is not None:
            self.table.selectRow(row)

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text()

    # -- actions -------------------------------------------------------------------------------

    def new_contingent(self) -> Contingent | None:
        """Create a contingent through the dialog, then open its window."""
        if not allowed(self.actor, Action.MANAGE_CONTINGENT):
            return None
        dialog = ContingentDialog(self.db, self.actor, self)
        try:
            if not dialogs.run(dialog) or dialog.contingent is None:
                return None
            created = dialog.contingent
        finally:
            dialog.deleteLater()
        if self.status_filter() not in ("", OPEN):
            self.set_status_filter("")
        self.refresh(select=created.id)
        self.say(
            self.tr("Created {code}. Add its people in the window that opened.").format(
                code=created.code
            )
        )
        self.open_requested.emit(created.id)
        return created

    def open_selected(self) -> None:
        contingent_id = self.selected_id()
        if contingent_id:
            self.open_requested.emit(contingent_id)

    def _open_row(self, row: int) -> None:
        contingent = self.model.contingent(row)
        if contingent is not None:
            self.open_requested.emit(contingent.id)

    def open_contingent(self, contingent_id: str) -> ContingentWindow:
        """The contingent's window, shown and raised (one window per contingent)."""
        window = self.windows.get(contingent_id)
        if window is None:
            window = ContingentWindow(self.db, self.actor, contingent_id, self.tasks, self)
            self.windows[contingent_id] = window
        else:
            window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def close_windows(self) -> None:
        """Close every contingent window and its manifest window (quitting)."""
        for window in self.windows.values():
            window.close()

    def hide_windows(self) -> None:
        """Hide every contingent and manifest window (the screen locks)."""
        for window in self.windows.values():
            if window.manifest_window is not None:
                window.manifest_window.hide()
            window.hide()

    # -- keys ------------------------------------------------------------------------------


class CountriesCompleter(QCompleter):
    """Completes the last of several comma-separated country names."""

    def __init__(self, names: list[str], parent: QObject | None = None) -> None:
        super().__init__(names, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: Index) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        earlier = [part.strip() for part in typed.split(",")[:-1] if part.strip()]
        return ", ".join([*earlier, chosen])


class ContingentDialog(KeptDialog):
    """A new contingent: flight, carrier, airport, date and time, destinations, capacity."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.contingent: Contingent | None = None
        self.ui = Ui_ContingentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.introLabel.setText(
            self.tr(
                "A new open contingent of office {office}. Its code, such as "
                "{office}-20260315-01, comes from the departure date."
            ).format(office=actor.office)
        )
        if len(actor.office) == 3 and actor.office.isalpha():
            ui.airportEdit.setText(actor.office)  # offices sit at their airport's IATA code
        ui.airportEdit.setMaxLength(3)
        ui.departureTimeEdit.setMaxLength(5)
        names = [name for _, name in countries.all_names()]
        ui.destinationsEdit.setCompleter(CountriesCompleter(names, self))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        ui.buttonBox.accepted.connect(self.apply)
        ui.buttonBox.rejected.connect(self.reject)
        for name in FIELD_NAMES:
            self.message_label(name).hide()
        ui.formMessage.hide()
        ui.flightNoEdit.setFocus()
        self.setMinimumWidth(520)

    def field_widget(self, name: str) -> QWidget:
        widget = getattr(self.ui, _camel(name) + "Edit")
        assert isinstance(widget, QWidget)
        return widget

    def message_label(self, name: str) -> QLabel:
        label = getattr(self.ui, _camel(name) + "Message")
        assert isinstance(label, QLabel)
        return label

    def values(self) -> dict[str, str]:
        """What is typed, field by field."""
        result = {}
        for name in FIELD_NAMES:
            widget = self.field_widget(name)
            if isinstance(widget, MaskedEdit):
                result[name] = widget.value()
            elif isinstance(widget, QSpinBox):
                result[name] = str(widget.value())
            elif isinstance(widget, QLineEdit):
                result[name] = widget.text()
        return result

    def fill(self, **values: object) -> None:
        """Type values into the fields (tests, and a copy of another contingent)."""
        for name, value in values.items():
            widget = self.field_widget(name)
            if isinstance(widget, MaskedEdit):
                widget.set_value(str(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(str(value)))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))

    def problem_text(self, name: str) -> str:
        """The message shown next to a field ('' when none)."""
        label = self.message_label(name)
        return "" if label.isHidden() else label.text()

    def form_message(self) -> str:
        return "" if self.ui.formMessage.isHidden() else self.ui.formMessage.text()

    def apply(self) -> None:
        """Create the contingent; on a refusal say why next to the field and stay open."""
        for name in FIELD_NAMES:
            self.message_label(name).hide()
            self.field_widget(name).setProperty("problem", False)
        self.ui.formMessage.hide()
        try:
            self.contingent = changes.perform(
                contingents.create_contingent, self.db, self.actor, self.values()
            )
        except ValidationError as error:
            if error.field in FIELD_NAMES:
                label = self.message_label(error.field)
                label.setStyleSheet(ERROR_STYLE)
                label.setText(error_text(error))
                label.show()
                widget = self.field_widget(error.field)
                widget.setProperty("problem", True)
                widget.setFocus()
            else:
                self._form_says(error_text(error))
            return
        except RawangiError as error:
            self._form_says(error_text(error))
            return
        self.accept()

    def _form_says(self, text: str) -> None:
        self.ui.formMessage.setStyleSheet(ERROR_STYLE)
        self.ui.formMessage.setText(text)
        self.ui.formMessage.show()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)
