"""The audit browser: who did what and when, newest first, and a check of the hash chain.

The log can hold millions of rows, so it is read a page at a time (keyset paging on the row id)
by background workers with their own read-only connection; the chain check runs there too.
Reads go to `desktop.store.audit` directly (DESIGN.md: reads for lists may); opening the window
is checked against the role table first, and a refusal is logged like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from desktop.core import clock, dates, history
from desktop.core.errors import PermissionDenied, RawangiError, ValidationError
from desktop.core.roles import Action, Actor
from desktop.core.users import parse_stamp
from desktop.gui import changes
from desktop.gui.forms.ui_audit_window import Ui_AuditWindow
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.list_model import ListModel
from desktop.gui.tasks import Tasks, reader
from desktop.gui.widgets import OpenOnEnter
from desktop.gui.windows import KeptWindow
from desktop.services.access import authorize
from desktop.store import Database, audit, departures
from desktop.store import users as user_rows
from desktop.store.audit import AuditFilter, Verdict
from desktop.store.db import db_path, engine_errors, storage_error

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 500
ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
# The headers are translated when shown (context "AuditModel").
HEADERS = (
    ("time", QT_TRANSLATE_NOOP("AuditModel", "Time")),
    ("user", QT_TRANSLATE_NOOP("AuditModel", "User")),
    ("action", QT_TRANSLATE_NOOP("AuditModel", "Action")),
    ("record", QT_TRANSLATE_NOOP("AuditModel", "Record")),
    ("change", QT_TRANSLATE_NOOP("AuditModel", "What changed")),
    ("reason", QT_TRANSLATE_NOOP("AuditModel", "Reason")),
)
COLUMN_WIDTHS = {"time": 140, "user": 100, "action": 110, "record": 240, "change": 380}
ENTRY_ROLE = Qt.ItemDataRole.UserRole
_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
_KEY_LENGTH = 36  # a UUID: means nothing to people, so it goes to the tooltip only
FILTER_COLUMNS = ("user", "action", "entity")


def local_time(stamp: str) -> str:
    """A stored UTC stamp in this PC's local time, to the second ('' stays '')."""
    if not stamp:
        return ""
    try:
        return parse_stamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp  # an odd stamp is shown as stored rather than hidden


def action_text(action: str) -> str:
    return action.replace("_", " ")


class RecordNames:
    """What people call the records that audit rows speak of: a user's name, a person's name.

    Used by the worker that reads a page; each record is looked up once per page.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._users: dict[str, str] | None = None
        self._departures: dict[str, str] = {}

    def __call__(self, entity: str, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        if entity == "user":
            if self._users is None:
                self._users = {u.id: u.name for u in user_rows.all_users(self.db)}
            return self._users.get(entity_id, "")
        if entity == "departure":
            if entity_id not in self._departures:
                departure = departures.get(self.db, entity_id)
                self._departures[entity_id] = departure.full_name if departure else ""
            return self._departures[entity_id]
        # Codes (an office, a refused action) say something; keys do not.
        return "" if len(entity_id) >= _KEY_LENGTH else entity_id.replace("_", " ")


def _local_stamps(values: Any) -> Any:
    """Stamps among the changed values in local time, as everything else on screen."""
    if not isinstance(values, dict):
        return values
    return {
        key: local_time(value) if isinstance(value, str) and _STAMP.match(value) else value
        for key, value in values.items()
    }


def prepared(entry: dict[str, Any], names: Callable[[str, str | None], str]) -> dict[str, Any]:
    """One row as the table shows it (done by the worker, off the GUI thread)."""
    # The reason has its own column; describe() would repeat it.
    change = history.describe(
        {
            **entry,
            "before": _local_stamps(entry.get("before")),
            "after": _local_stamps(entry.get("after")),
            "reason": "",
        }
    )
    name = names(entry["entity"], entry.get("entity_id"))
    record = f"{entry['entity']} {name}" if name else entry["entity"]
    return {**entry, "time": local_time(entry["at"]), "change": change, "record": record}


Read = TypeVar("Read")


def read_safely(path: str, work: Callable[[], Read]) -> Read:
    """Run a read; SQLite failures people can act on (busy, damaged file) become StorageError."""
    try:
        return work()
    except engine_errors() as error:
        raise storage_error(error, path) from error


def day_bounds(date_from: dt.date | None, date_to: dt.date | None) -> tuple[str, str]:
    """The filter's days, taken in local time, as the UTC bounds the store compares with.

    Rows are shown in local time, so a day in the filter means a local day. The store keeps
    rows with `at >= date_from` and `at < date_to + "T99"`; a full UTC stamp of the day's
    last second therefore keeps exactly the rows up to and including that second.
    """
    start = end = ""
    if date_from is not None:
        start = clock.utc_stamp(dt.datetime.combine(date_from, dt.time()).astimezone())
    if date_to is not None:
        next_day = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()).astimezone()
        end = clock.utc_stamp(next_day - dt.timedelta(seconds=1))
    return start, end


class AuditModel(ListModel):
    """The rows of the log that match a filter, newest first, one page more at each request."""

    CONTEXT = "AuditModel"
    HEADERS = tuple(text for _key, text in HEADERS)

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, source: Callable[[], Database], tasks: Tasks, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source  # gives the worker's connection
        self.tasks = tasks
        self.filter = AuditFilter()
        self.entries: list[dict[str, Any]] = []
        self.has_more = False
        self.loading = False
        self._generation = 0

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Forget what was read and read the newest page again."""
        self._generation += 1
        self.beginResetModel()
        self.entries = []
        self.has_more = False
        self.endResetModel()
        self._read(None)

    def load_more(self) -> None:
        """The next page of older rows (nothing while a page is on its way)."""
        if self.has_more and not self.loading and self.entries:
            self._read(int(self.entries[-1]["id"]))

    def _read(self, before_id: int | None) -> None:
        self.loading = True
        generation, flt, source = self._generation, self.filter, self.source

        def read() -> list[dict[str, Any]]:
            db = source()
            rows = read_safely(
                db_path(db), lambda: audit.browse(db, flt, limit=PAGE_SIZE, before_id=before_id)
            )
            names = RecordNames(db)
            return read_safely(db_path(db), lambda: [prepared(row, names) for row in rows])

        def arrived(rows: list[dict[str, Any]]) -> None:
            if generation != self._generation:
                return  # the filter changed meanwhile
            self.loading = False
            if rows:
                first = len(self.entries)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self.entries.extend(rows)
                self.endInsertRows()
            self.has_more = len(rows) == PAGE_SIZE
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            self.loading = False
            if not isinstance(error, RawangiError):
                raise error  # a bug: to the exception hook, not into a label
            if generation == self._generation:
                self.failed.emit(str(error))

        self.tasks.run(read, arrived, failed)

    def entry(self, row: int) -> dict[str, Any] | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((r for r, e in enumerate(self.entries) if e["id"] == entry_id), None)

    def items(self) -> list[Any]:
        return self.entries

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < len(HEADERS):
            return None
        key = HEADERS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = entry.get(key)
            if key == "action":
                return action_text(str(value))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry, key)
        if role == ENTRY_ROLE:
            return entry
        return None

    @staticmethod
    def _tip(entry: dict[str, Any], key: str) -> str | None:
        if key == "time":
            return QCoreApplication.translate("AuditModel", "{at} (UTC) · audit row {id}").format(
                at=entry["at"], id=entry["id"]
            )
        if key == "record":
            record = entry.get("entity_id")
            if _opens(entry):
                return QCoreApplication.translate(
                    "AuditModel", "{record} — Enter or double-click opens it"
                ).format(record=entry["record"])
            return f"{entry.get('entity')} {record}" if record else None
        if key in ("change", "reason"):
            return str(entry.get(key) or "") or None
        return None


class AuditWindow(KeptWindow):
    """Browse the audit log and check its chain (supervisors and admins)."""

    geometry_key = "audit_window"
    default_size = QSize(1180, 680)

    open_requested = Signal(str)  # a departure id

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        tasks: Tasks | None = None,
    ) -> None:
        # Its own top-level window, although the main window owns it.
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.actor = actor
        self.tasks = tasks or Tasks(parent=self)
        self.path = db_path(db)
        self.permitted = True
        self._shown = False
        self._bad_date = ""  # why a typed date was left out of the filter
        self.ui = Ui_AuditWindow()
        self.ui.setupUi(self)
        self.model = AuditModel(self._source, self.tasks, self)
        self.table = self.ui.auditTable
        self.table.setModel(self.model)
        try:
            authorize(db, actor, Action.VIEW_AUDIT)
        except PermissionDenied as refusal:
            self._refuse(str(refusal))
            return
        self.ui.refusedLabel.hide()
        self._keep_entry: int | None = None  # the row selected before a change was read
        changes.hub(db).changed.connect(self._records_changed)
        self.restore_geometry()
        self._set_up()
        self._connect()
        self.refresh()

    def _source(self) -> Database:
        # Workers read through their own read-only connection; an in-memory file has only ours.
        return reader(self.path) if self.path else self.db

    def _refuse(self, message: str) -> None:
        """Not a supervisor or admin: say so, and read nothing."""
        self.permitted = False
        self.ui.browser.hide()
        self.ui.auditLayout.addStretch()
        self.ui.refusedLabel.setStyleSheet(ERROR_STYLE)
        self.ui.refusedLabel.setText(
            self.tr("{refusal} Ask a supervisor or an admin.").format(refusal=message)
        )
        self.setWindowTitle(self.tr("Audit log — not allowed"))
        self.resize(560, 120)

    # -- set-up ----------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, (key, _) in enumerate(HEADERS):
            if key in COLUMN_WIDTHS:
                self.table.setColumnWidth(column, COLUMN_WIDTHS[key])
        for combo in (ui.userCombo, ui.actionCombo, ui.entityCombo):
            combo.addItem(self.tr("All"), "")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        ui.headEdit.setFont(fixed)
        ui.headEdit.setMinimumWidth(ui.headEdit.fontMetrics().horizontalAdvance("0" * 66))
        tips = (
            (ui.userCombo, self.tr("Only what this user did")),
            (ui.actionCombo, self.tr("Only this kind of action (edit, sign in failed, refused…)")),
            (ui.entityCombo, self.tr("Only rows about this kind of record (departure, user…)")),
            (ui.fromDateEdit, self.tr("From this day on (local time), yyyy-mm-dd")),
            (ui.toDateEdit, self.tr("Up to and including this day (local time), yyyy-mm-dd")),
            (ui.clearFiltersButton, self.tr("Show every row again (Alt+L)")),
            (ui.openButton, self.tr("Open the selected departure in the main window (Enter)")),
            (ui.loadMoreButton,
             self.tr("Read the next {count} older rows (Alt+M)").format(count=PAGE_SIZE)),
            (ui.headEdit, self.tr("The newest row's hash: keep it to prove later that nothing "
                                  "was removed (rawangi audit verify --expect-head HASH)")),
            (ui.copyHeadButton, self.tr("Copy the head hash to the clipboard (Alt+C)")),
            (ui.verifyButton, self.tr("Recompute every row's hash and report the first broken "
                                      "row (Alt+V)")),
        )  # fmt: skip
        for widget, tip in tips:
            widget.setToolTip(tip)
        self.table.setToolTip("")
        ui.openButton.setEnabled(False)
        ui.loadMoreButton.setEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        for combo in (ui.userCombo, ui.actionCombo, ui.entityCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.editingFinished.connect(self.apply_filter)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.loadMoreButton.clicked.connect(self.load_more)
        ui.openButton.clicked.connect(self.open_selected)
        ui.copyHeadButton.clicked.connect(self.copy_head)
        ui.verifyButton.clicked.connect(self.verify)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._read_failed)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        OpenOnEnter(self.table, self.open_selected)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W and Ctrl+F4

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the newest rows, the filter lists and the head again."""
        if not self.permitted:
            return
        self.show_head(audit.head(self.db))
        self._fill_filters()
        self._reading()
        self.model.refresh()

    def _fill_filters(self) -> None:
        source = self._source

        def read() -> dict[str, list[str]]:
            db = source()
            return read_safely(
                db_path(db),
                lambda: {column: audit.distinct(db, column) for column in FILTER_COLUMNS},
            )

        self.tasks.run(read, self._filters_arrived, self._filters_failed)

    def _filters_failed(self, error: BaseException) -> None:
        if not isinstance(error, RawangiError):
            raise error
        self._read_failed(str(error))

    def _filters_arrived(self, values: dict[str, list[str]]) -> None:
        ui = self.ui
        for column, combo in (("user", ui.userCombo), ("action", ui.actionCombo),
                              ("entity", ui.entityCombo)):  # fmt: skip
            chosen = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for value in values[column]:
                combo.addItem(action_text(value) if column == "action" else value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        """The filter bar's contents; a date that cannot be read is left out and said so."""
        ui = self.ui
        days: dict[str, dt.date | None] = {}
        self._bad_date = ""
        for name, edit, label in (
            ("from", ui.fromDateEdit, self.tr("From")),
            ("to", ui.toDateEdit, self.tr("To")),
        ):
            try:
                days[name] = dates.parse(edit.value(), name, label)
            except ValidationError as error:
                days[name] = None
                self._bad_date = self.tr(
                    "{field}: {error} The date is left out of the filter."
                ).format(field=label, error=error)
        start, end = day_bounds(days["from"], days["to"])
        return AuditFilter(
            user=ui.userCombo.currentData() or "",
            action=ui.actionCombo.currentData() or "",
            entity=ui.entityCombo.currentData() or "",
            date_from=start,
            date_to=end,
        )

    def apply_filter(self) -> None:
        flt = self.current_filter()
        if flt != self.model.filter:
            self._reading()
            self.model.set_filter(flt)
        elif self._bad_date:
            self._count_text(self._bad_date, error=True)

    def clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.userCombo, ui.actionCombo, ui.entityCombo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.apply_filter()

    def load_more(self) -> None:
        if self.model.has_more:
            self.ui.loadMoreButton.setEnabled(False)
            self._count_text(self.tr("Reading older rows…"))
            self.model.load_more()

    def _records_changed(self, change: changes.Change) -> None:
        """A change anywhere writes the log: its newest rows, with the selection kept."""
        if not change.touches(changes.AUDIT) or not self.isVisible():
            return  # shown again later: showEvent reads it then
        entry = self.selected_entry()
        self._keep_entry = entry.get("id") if entry else None
        self.refresh()

    def _reading(self) -> None:
        self.ui.loadMoreButton.setEnabled(False)
        self._count_text(self.tr("Reading the audit log…"))
        self.table.set_placeholder("")

    def _loaded(self) -> None:
        shown = self.model.rowCount()
        filtered = self.model.filter != AuditFilter()
        if shown == 0:
            if filtered:
                text = self.tr("No audit rows match these filters.")
                self.table.set_placeholder(
                    self.tr("No audit rows match these filters. Try Clear (Alt+L).")
                )
            else:
                text = self.tr("The audit log is empty.")
                self.table.set_placeholder(text)
        else:
            if filtered:
                text = (
                    self.tr("{count} row matches, newest first")
                    if shown == 1
                    else self.tr("{count} rows match, newest first")
                )
            else:
                text = (
                    self.tr("{count} row, newest first")
                    if shown == 1
                    else self.tr("{count} rows, newest first")
                )
            text = text.format(count=f"{shown:,}")
            if self.model.has_more:
                text = self.tr("{text} — Load more (Alt+M) for older ones").format(text=text)
            self.table.set_placeholder("")
        if self._bad_date:
            text = self.tr("{text}. {problem}").format(text=text, problem=self._bad_date)
        self._count_text(text, error=bool(self._bad_date))
        self.ui.loadMoreButton.setEnabled(self.model.has_more)
        kept, self._keep_entry = self._keep_entry, None
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _read_failed(self, text: str) -> None:
        self._count_text(
            self.tr("Could not read the audit log: {error}").format(error=text), error=True
        )

    def _count_text(self, text: str, *, error: bool = False) -> None:
        self.ui.countLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.countLabel.setText(text)

    # -- the selected row ------------------------------------------------------------------

    def selected_entry(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.ui.openButton.setEnabled(_opens(entry))

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row())

    def _open(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is not None and _opens(entry):
            self.open_requested.emit(str(entry["entity_id"]))

    # -- the hash chain --------------------------------------------------------------------

    def show_head(self, head: str) -> None:
        self.ui.headEdit.setText(head)
        self.ui.headEdit.setCursorPosition(0)

    def head(self) -> str:
        return self.ui.headEdit.text()

    def copy_head(self) -> None:
        QGuiApplication.clipboard().setText(self.head())
        self.verdict_text(self.tr("Head hash copied: paste it where you keep proof of the log."))

    def verify(self) -> None:
        """Recompute the whole chain on a worker; the answer arrives in `_verified`."""
        self.ui.verifyButton.setEnabled(False)
        self.verdict_text(self.tr("Checking every row of the audit log; this can take a while…"))
        source = self._source

        def check() -> Verdict:
            db = source()
            return read_safely(db_path(db), lambda: audit.verify(db))

        self.tasks.run(check, self._verified, self._verify_failed)

    def _verified(self, verdict: Verdict) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.show_head(audit.head(self.db))
        if verdict.ok:
            self.verdict_text(
                self.tr(
                    "Chain OK: all {count} row(s) match their hashes. Head {head}", "", verdict.rows
                ).format(count=f"{verdict.rows:,}", head=verdict.head),
                ok=True,
            )
            return
        where = ""
        if verdict.broken_id is not None:
            where = self._describe_row(verdict.broken_id)
            row = self.model.row_of(verdict.broken_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        broken = (
            self.tr(
                "Chain BROKEN: {problem}. {where} Rows from there on cannot be trusted: keep "
                "this file as it is and tell headquarters."
            )
            if where
            else self.tr(
                "Chain BROKEN: {problem}. Rows from there on cannot be trusted: keep this file "
                "as it is and tell headquarters."
            )
        )
        self.verdict_text(broken.format(problem=verdict.message, where=where), error=True)

    def _describe_row(self, entry_id: int) -> str:
        found = audit.browse(self.db, AuditFilter(), limit=1, before_id=entry_id + 1)
        if not found or found[0]["id"] != entry_id:
            return ""
        entry = prepared(found[0], RecordNames(self.db))
        return self.tr("Row {id} says: {time}, {user}, {action}, {record} — {change}.").format(
            id=entry_id,
            time=entry["time"],
            user=entry["user"],
            action=action_text(entry["action"]),
            record=entry["record"],
            change=entry["change"],
        )

    def _verify_failed(self, error: BaseException) -> None:
        self.ui.verifyButton.setEnabled(True)
        if not isinstance(error, RawangiError):
            raise error  # a bug: to the exception hook, not hidden in a label
        self.verdict_text(
            self.tr("Could not check the chain: {error}").format(error=error), error=True
        )

    def verdict_text(self, text: str, *, ok: bool = False, error: bool = False) -> None:
        style = ERROR_STYLE if error else DONE_STYLE if ok else ""
        self.ui.verdictLabel.setStyleSheet(style)
        self.ui.verdictLabel.setText(text)

    def verdict(self) -> str:
        return self.ui.verdictLabel.text()

    # -- window ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown:
            self.refresh()  # shown again: there are newer rows by now
        self._shown = True

    @property
    def keeps_geometry(self) -> bool:  # a refused window is not placed, nor kept
        return self.permitted


def _opens(entry: dict[str, Any] | None) -> bool:
    """Only departures open from the log (the main window shows departures)."""
    return bool(entry and entry.get("entity") == "departure" and entry.get("entity_id"))
