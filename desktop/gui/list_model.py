"""A table model over a list held in memory, with translated column headers.

Several windows show short lists (backups, users, contingents, audit pages, import problems);
they share the parts of a Qt model that do not depend on what a row is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ListModel(QAbstractTableModel):
    """Rows are `items()`; columns are `HEADERS`, texts marked for translation in `CONTEXT`.

    Subclasses give `CONTEXT`, `HEADERS`, `items()` and `data()`.
    """

    CONTEXT = ""
    HEADERS: Sequence[str] = ()

    def items(self) -> Sequence[Any]:
        raise NotImplementedError

    def item(self, index: Index) -> Any | None:
        """The row an index points at, or None for an invalid or stale index."""
        rows = self.items()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        return rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
