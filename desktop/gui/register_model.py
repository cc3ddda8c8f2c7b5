"""The departures register as a Qt model that never holds more than a few pages.

Counting and every page are read by background workers (`desktop.gui.tasks`); the GUI thread
only ever formats rows it already has. A row not yet read shows "…" until its page arrives.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.core import countries
from desktop.gui.language import QT_TRANSLATE_NOOP, status_text
from desktop.gui.tasks import Tasks, reader
from desktop.store import register
from desktop.store.register import Count, RegisterFilter, Sort, Window

Index = QModelIndex | QPersistentModelIndex

_COLUMN = {name: i for i, name in enumerate(register.COLUMNS)}

# (key, header) of the visible columns; sortable ones are those in register.SORTABLE.
# The headers are translated when shown (context "RegisterModel").
HEADERS = (
    ("name", QT_TRANSLATE_NOOP("RegisterModel", "Name")),
    ("father_name", QT_TRANSLATE_NOOP("RegisterModel", "Father's name")),
    ("cnic", QT_TRANSLATE_NOOP("RegisterModel", "CNIC")),
    ("passport_no", QT_TRANSLATE_NOOP("RegisterModel", "Passport no.")),
    ("trade", QT_TRANSLATE_NOOP("RegisterModel", "Trade")),
    ("destination", QT_TRANSLATE_NOOP("RegisterModel", "Destination")),
    ("departure_date", QT_TRANSLATE_NOOP("RegisterModel", "Departure")),
    ("contingent_code", QT_TRANSLATE_NOOP("RegisterModel", "Contingent")),
    ("status", QT_TRANSLATE_NOOP("RegisterModel", "Status")),
    ("office", QT_TRANSLATE_NOOP("RegisterModel", "Office")),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOADING = "…"


def _cell(row: tuple[Any, ...], key: str) -> str:
    if key == "name":
        given, surname = row[_COLUMN["given_names"]], row[_COLUMN["surname"]]
        return f"{given} {surname}".strip()
    value = row[_COLUMN[key]]
    if key == "destination" and value:
        return countries.name(value)
    if key == "status":
        return status_text(value or "")
    return "" if value is None else str(value)


class RegisterModel(QAbstractTableModel):
    """Departures matching a filter, in a sort order, paged in from the store."""

    PAGE_SIZE = 200
    MAX_PAGES = 40

    counted = Signal(object)  # Count, when a query's first answer arrives
    about_to_reset = Signal()  # a change to the records moves rows: the view keeps its place
    failed = Signal(str)

    def __init__(self, db_path: str, tasks: Tasks, parent: Any = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.tasks = tasks
        self.filter = RegisterFilter()
        self.sort_order = Sort()
        self.count = Count(0)
        self._rows = 0
        self._window: Window | None = None
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._exhausted = True
        self._answering = False  # inside data(): a page read in line needs no signal

    # -- queries ---------------------------------------------------------------------------

    def set_filter(self, flt: RegisterFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self, *, in_place: bool = False) -> None:
        """Ask again (after a filter, a sort or a save); the old rows stay until the answer.

        `in_place`: the same query after a change to the records. When as many rows match,
        the rows held are read again where they are (the selection and the scroll position
        stay); otherwise the model resets and `reset_after_change` lets the view restore them.
        """
        self._generation += 1
        generation, flt, sort = self._generation, self.filter, self.sort_order

        def ask() -> tuple[int, register.Answer]:
            return generation, register.first_answer(
                reader(self.db_path), flt, sort, self.PAGE_SIZE
            )

        answered = self._answered_in_place if in_place else self._answered
        self.tasks.run(ask, answered, self._failed)

    def _answered_in_place(self, reply: tuple[int, register.Answer]) -> None:
        generation, answer = reply
        if generation != self._generation:
            return
        if answer.count.value != self._rows or answer.count.capped != self.count.capped:
            self.about_to_reset.emit()
            self._answered(reply)
            return
        self.count = answer.count
        self._window = answer.window
        self._pages = OrderedDict([(0, answer.rows)])  # the others are read again when shown
        self._pending = set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(HEADERS) - 1))
        self.counted.emit(answer.count)

    def _answered(self, reply: tuple[int, register.Answer]) -> None:
        generation, answer = reply
        if generation != self._generation:
            return  # a newer query is on its way
        self.beginResetModel()
        self.count = answer.count
        self._window = answer.window
        self._rows = answer.count.value
        self._exhausted = not answer.count.capped
        self._pages = OrderedDict([(0, answer.rows)])
        self._pending = set()
        self.endResetModel()
        self.counted.emit(answer.count)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(str(error))

    # -- paging ------------------------------------------------------------------------------

    def row_values(self, row: int) -> tuple[Any, ...] | None:
        """The stored values of a row, or None while its page is being read."""
        number, within = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            page = self._pages.get(number)  # a synchronous reader has answered already
            if page is None:
                return None
        self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    def _request(self, number: int, then: Callable[[], None] | None = None) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        generation, flt, sort, window = (
            self._generation,
            self.filter,
            self.sort_order,
            self._window,
        )

        def read() -> list[tuple[Any, ...]]:
            offset = number * self.PAGE_SIZE
            return register.page(
                reader(self.db_path), flt, sort, offset, self.PAGE_SIZE, window=window
            )

        def arrived(rows: list[tuple[Any, ...]]) -> None:
            if generation != self._generation:
                return
            self._pending.discard(number)
            self._pages[number] = rows
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
            if then is not None:
                then()
            elif not self._answering and rows:
                first = number * self.PAGE_SIZE
                last = min(first + len(rows), self._rows) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

        self.tasks.run(read, arrived, self._failed)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Past a capped count: read the next page and grow the list by what it holds."""
        if parent.isValid() or self._exhausted:
            return
        number = self._rows // self.PAGE_SIZE

        def grow() -> None:
            rows = self._pages.get(number, [])
            have = number * self.PAGE_SIZE + len(rows)
            if have > self._rows:
                self.beginInsertRows(QModelIndex(), self._rows, have - 1)
                self._rows = have
                self.endInsertRows()
            if len(rows) < self.PAGE_SIZE:
                self._exhausted = True

        self._request(number, then=grow)

    # -- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if not 0 <= section < len(HEADERS):
                return None
            return QCoreApplication.translate("RegisterModel", HEADERS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            key = HEADERS[section][0] if 0 <= section < len(HEADERS) else ""
            return self.tr("Click to sort") if key in register.SORTABLE else self.tr("Not sortable")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, ID_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        self._answering = True
        try:
            row = self.row_values(index.row())
        finally:
            self._answering = False
        if row is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        if role == ID_ROLE:
            return row[_COLUMN["id"]]
        return _cell(row, HEADERS[index.column()][0])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = HEADERS[column][0] if 0 <= column < len(HEADERS) else ""
        if key not in register.SORTABLE:
            return
        self.sort_order = Sort(key, descending=order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(HEADERS) and HEADERS[column][0] in register.SORTABLE

    def departure_id(self, row: int) -> str | None:
        values = self.row_values(row)
        return None if values is None else str(values[_COLUMN["id"]])
