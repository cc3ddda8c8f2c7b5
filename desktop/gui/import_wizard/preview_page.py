"""The wizard's third page: the first rows as they would be read."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidgetItem,
    QWizardPage,
)

from desktop.core import countries, rules
from desktop.core.departure import FIELD_BY_NAME, FIELDS, Departure
from desktop.core.importing import (
    FULL_NAME,
    ColumnMapping,
    map_columns,
)
from desktop.gui import messages
from desktop.gui.forms.ui_import_wizard_preview import Ui_ImportWizardPreviewPage
from desktop.gui.import_wizard.common import (
    ERROR_BACKGROUND,
    ERROR_COLOR,
    ERROR_STYLE,
    PREVIEW_ROWS,
    cell_text,
    problem_text,
    rows_text,
)

if TYPE_CHECKING:
    from desktop.gui.import_wizard.wizard import ImportWizard


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
