"""The tables of people: columns placed, cells wrapped, rows drawn under a header row
that every page repeats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.manifest import styles as st
from desktop.manifest import urdu
from desktop.manifest.data import ManifestData, ManifestRow
from desktop.manifest.pdf.fonts import wrap
from desktop.manifest.pdf.pages import Geometry
from desktop.manifest.pdf.typesetting import Cell, Ink, line_baseline


@dataclass(frozen=True, slots=True)
class _Col:
    key: str
    title: tuple[str, ...]
    x: float
    width: float
    align: str
    urdu: bool

    @property
    def text_width(self) -> float:
        return self.width - 2 * st.CELL_PAD_X

    def anchor(self) -> float:
        if self.align == "right":
            return self.x + self.width - st.CELL_PAD_X
        if self.align == "center":
            return self.x + self.width / 2
        return self.x + st.CELL_PAD_X


def _place_columns(columns: Sequence[st.Column], left: float, total: float) -> tuple[_Col, ...]:
    """Give each column its width: fixed ones as set, flexible ones share the rest."""
    spare = total - sum(column.width for column in columns)
    grow = sum(column.grow for column in columns)
    placed = []
    x = left
    for column in columns:
        width = column.width + (spare * column.grow / grow if grow else 0.0)
        placed.append(_Col(column.key, column.title, x, width, column.align, column.urdu))
        x += width
    return tuple(placed)


@dataclass(slots=True)
class Table:
    cols: tuple[_Col, ...]
    head_height: float
    cells: list[tuple[Cell, ...]]
    heights: list[float]
    message: str | None = None  # a full-width line instead of rows ("No people ...")
    title: str = ""  # a section heading above the table ("Not travelled (3)"), if any
    note: str = ""  # muted words after the heading
    continued_title: str = ""  # the heading on further pages ("Not travelled (continued)")

    @property
    def left(self) -> float:
        return self.cols[0].x

    @property
    def right(self) -> float:
        last = self.cols[-1]
        return last.x + last.width


def _head_height(cols: Sequence[_Col]) -> float:
    lines = max(len(col.title) for col in cols)
    return 2 * st.CELL_PAD_Y + lines * st.LEADING_HEAD


def _row_height(cells: tuple[Cell, ...], cols: Sequence[_Col]) -> float:
    tallest = st.LEADING_CELL
    for cell, col in zip(cells, cols, strict=True):
        leading = st.LEADING_CELL_URDU if col.urdu else st.LEADING_CELL
        tallest = max(tallest, len(cell) * leading)
    return 2 * st.CELL_PAD_Y + tallest


def _latin(text: str, width: float, muted: bool = False) -> Cell:
    return tuple((line, muted) for line in wrap(text, st.FONT_REGULAR, st.SIZE_CELL, width))


def _main_cells(row: ManifestRow, cols: Sequence[_Col]) -> tuple[Cell, ...]:
    cells: list[Cell] = []
    for col in cols:
        key = col.key
        width = col.text_width
        if key == "serial":
            cells.append(((str(row.serial), False),))
        elif key == "passport":
            cells.append(_latin(row.passport_no, width) + _latin(row.passport_expiry, width, True))
        elif key == "destination":
            cells.append(_latin(row.destination, width) + _latin(row.employer, width, True))
        elif key == "trade" and row.visa_note:  # the visa says another job or country
            cells.append(_latin(row.trade, width) + _latin(row.visa_note, width, True))
        elif key == "channel":
            cells.append(_latin(row.channel_label, width))
        elif key == "name_urdu":
            lines = urdu.wrap(row.name_urdu, st.FONT_URDU, st.SIZE_CELL_URDU, width)
            cells.append(tuple((line, False) for line in lines))
        else:
            cells.append(_latin(getattr(row, key), width))
    return tuple(cells)


def main_table(data: ManifestData, geo: Geometry) -> Table:
    columns = st.MAIN_COLUMNS + ((st.URDU_COLUMN,) if data.urdu_names else ())
    cols = _place_columns(columns, geo.left, geo.content_width)
    cells = [_main_cells(row, cols) for row in data.rows]
    heights = [_row_height(cell, cols) for cell in cells]
    table = Table(cols, _head_height(cols), cells, heights)
    if not cells:
        table.message = st.NO_PEOPLE
        table.heights = [2 * st.CELL_PAD_Y + 2 * st.LEADING_CELL]
    return table


def not_travelled_table(data: ManifestData, geo: Geometry) -> Table:
    cols = _place_columns(st.NOT_TRAVELLED_COLUMNS, geo.left, geo.content_width)
    cells = [
        tuple(
            ((str(row.serial), False),)
            if col.key == "serial"
            else _latin(getattr(row, col.key), col.text_width)
            for col in cols
        )
        for row in data.not_travelled
    ]
    table = Table(cols, _head_height(cols), cells, [_row_height(c, cols) for c in cells])
    table.title = f"{st.NOT_TRAVELLED_TITLE} ({len(data.not_travelled)})"
    table.note = st.NOT_TRAVELLED_NOTE
    table.continued_title = f"{st.NOT_TRAVELLED_TITLE} (continued)"
    return table


def _draw_table_head(ink: Ink, table: Table, top: float) -> None:
    ink.fill_rect(
        table.left,
        top - table.head_height,
        table.right - table.left,
        table.head_height,
        st.HEADER_FILL,
    )
    for col in table.cols:
        anchor = col.anchor()
        for index, line in enumerate(col.title):
            line_top = top - st.CELL_PAD_Y - index * st.LEADING_HEAD
            baseline = line_baseline(
                line_top, st.LEADING_HEAD, st.SIZE_HEAD, st.CAP_LATIN, st.DESCENT_LATIN
            )
            ink.text(anchor, baseline, line, font=st.FONT_BOLD, size=st.SIZE_HEAD, align=col.align)


def _draw_rows(ink: Ink, table: Table, start: int, stop: int, top: float) -> float:
    """Draw rows ``start:stop`` from ``top`` down; return the bottom of the last one."""
    left, right = table.left, table.right
    # Offsets of a cell's first baseline below the row's top, the same for every row.
    latin_first = line_baseline(0.0, st.LEADING_CELL, st.SIZE_CELL, st.CAP_LATIN, st.DESCENT_LATIN)
    urdu_first = line_baseline(
        0.0, st.LEADING_CELL_URDU, st.SIZE_CELL_URDU, st.CAP_URDU, st.DESCENT_URDU
    )
    columns = [(col.anchor(), col.align, col.urdu) for col in table.cols]
    draw_cell, urdu_text = ink.cell, ink.urdu
    y = top
    for index in range(start, stop):
        height = table.heights[index]
        row_top = y - st.CELL_PAD_Y
        if index % 2:
            ink.fill_rect(left, y - height, right - left, height, st.STRIPE_FILL)
        for cell, (anchor, align, is_urdu) in zip(table.cells[index], columns, strict=True):
            if is_urdu:
                baseline = row_top + urdu_first
                for line, _muted in cell:
                    urdu_text(anchor, baseline, line)
                    baseline -= st.LEADING_CELL_URDU
                continue
            draw_cell(anchor, row_top + latin_first, cell, align)
        y -= height
        if index + 1 < stop:
            ink.line(left, y, right, y, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)
    return y


def draw_table(ink: Ink, table: Table, start: int, stop: int, top: float) -> None:
    """The header row, then rows ``start:stop``, in a ruled frame."""
    left, right = table.left, table.right
    head_bottom = top - table.head_height
    _draw_table_head(ink, table, top)
    if table.message is None:
        bottom = _draw_rows(ink, table, start, stop, head_bottom)
    else:
        bottom = head_bottom - table.heights[0]
        baseline = (head_bottom + bottom) / 2 - st.SIZE_CELL * 0.3
        ink.text(
            (left + right) / 2,
            baseline,
            table.message,
            font=st.FONT_BOLD,
            color=st.TEXT_MUTED,
            align="center",
        )
    if table.message is None:
        for col in table.cols[1:]:
            ink.line(col.x, top, col.x, bottom, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)
    else:
        for col in table.cols[1:]:
            ink.line(col.x, top, col.x, head_bottom, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)
    ink.line(left, head_bottom, right, head_bottom)
    ink.box(left, bottom, right - left, top - bottom)
