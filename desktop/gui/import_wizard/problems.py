"""The check page's list of problems, one row per problem of a line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop.core.departure import FIELD_BY_NAME
from desktop.core.importing import RowResult
from desktop.core.rules import Severity
from desktop.gui import messages
from desktop.gui.import_wizard.common import ERROR_COLOR, WARNING_COLOR
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.list_model import ListModel

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
