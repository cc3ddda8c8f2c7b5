"""The contingent manifest as PDF bytes: plain data in, the signed official list out.

Speed is the reason for the shape of this module. A manifest of 10,000 people is some 650
pages and 150,000 pieces of text; one platypus ``Table`` (or even one ``drawString`` per
cell) is several times too slow for the budgets in DESIGN.md. So the work is split:

1. **Layout.** Every cell is wrapped to its column once (widths and wrapped lines are cached;
   names, trades and dates repeat a lot) and every row gets its height.
2. **Pagination.** Rows are placed page by page; a row never splits, the header row is
   repeated on every page, the closing blocks (totals, signatures) never split and never reach
   the footer. The page count is known before anything is drawn, so "Page x of y" is written
   in the same single drawing pass.
3. **Drawing.** Each page's content is written as raw PDF operators (one batch of fills and
   rules, one text object) through ``canvas.addLiteral``, the text encoded through the
   embedded fonts' own subsets; the QR code uses reportlab's graphics as usual.

User text never meets a markup parser (no ``Paragraph``): it is written as escaped PDF string
operands only, so no value can change the layout or inject content.

The output is deterministic (reportlab's invariant mode): the same data gives the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import itertools
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFInfo, PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop import resources
from desktop.core.errors import ValidationError
from desktop.manifest import styles as st
from desktop.manifest import urdu
from desktop.manifest.canonical import CURRENT_VERSION, fingerprint
from desktop.manifest.data import ManifestData, ManifestRow, ManifestTotals, compute_totals

Progress = Callable[[int, int], None]
Color = tuple[float, float, float]

# The custom keys of the PDF's document information dictionary (see stamp.read_metadata).
META_CODE: Final = "RawangiCode"
META_REVISION: Final = "RawangiRevision"
META_COUNT: Final = "RawangiCount"
META_FINGERPRINT: Final = "RawangiFingerprint"
META_AUDIT_HEAD: Final = "RawangiAuditHead"
META_DATA_VERSION: Final = "RawangiDataVersion"

QR_PREFIX: Final = "RAWANGI-MANIFEST"
_PROGRESS_EVERY: Final = 250  # rows between two progress reports

# --- fonts and measuring -------------------------------------------------------------------

_fonts_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register the shipped Noto fonts with reportlab, once per process.

    Latin text uses Noto Sans; Urdu uses Noto Naskh Arabic through `urdu.UrduFont`, which
    also gives copied Urdu text its real letters back. Never system fonts.
    """
    global _fonts_registered  # noqa: PLW0603 - a process-wide, once-only registration
    with _fonts_lock:
        if _fonts_registered:
            return
        for name, file_name in st.FONT_FILES.items():
            file_path = str(resources.path(file_name))
            if name in st.URDU_FONTS:
                pdfmetrics.registerFont(urdu.UrduFont(name, file_path))
            else:
                pdfmetrics.registerFont(TTFont(name, file_path))
        _fonts_registered = True


@lru_cache(maxsize=100_000)
def _word_widths(text: str, font: str, size: float) -> tuple[tuple[str, float], ...]:
    return tuple((word, pdfmetrics.stringWidth(word, font, size)) for word in text.split())


@lru_cache(maxsize=100_000)
def text_width(text: str, font: str, size: float) -> float:
    """The printed width of one line of Latin text in points (cached)."""
    return float(pdfmetrics.stringWidth(text, font, size))


@lru_cache(maxsize=200_000)
def wrap(text: str, font: str, size: float, max_width: float) -> tuple[str, ...]:
    """Break Latin text into lines no wider than ``max_width``, at spaces.

    Runs of white space count as one space. A single word wider than the column is broken
    after one of its hyphens ("Air-" / "conditioning") or, failing that, between characters:
    text is never clipped. CNICs, passport numbers and dates always fit their columns, so
    they are never broken.

    Args:
        text: the value to print.
        font: a registered font name.
        size: font size in points.
        max_width: the width available in points.

    Returns:
        The lines; empty for an empty value.
    """
    words = _word_widths(text, font, size)
    if not words:
        return ()
    space = text_width(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for word, word_width in words:
        if current and current_width + space + word_width <= max_width:
            current.append(word)
            current_width += space + word_width
            continue
        if current:
            lines.append(" ".join(current))
        current, current_width = [word], word_width
        if word_width > max_width:
            *whole, last = _break_word(word, font, size, max_width)
            lines.extend(whole)
            current, current_width = [last], text_width(last, font, size)
    lines.append(" ".join(current))
    return tuple(lines)


def _break_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    """Pieces of an over-wide word: after hyphens where possible, else between characters."""
    pieces: list[str] = []
    rest = word
    while rest and text_width(rest, font, size) > max_width:
        hyphens = [i + 1 for i, char in enumerate(rest[:-1]) if char == "-"]
        fitting = [i for i in hyphens if text_width(rest[:i], font, size) <= max_width]
        if fitting:
            cut = fitting[-1]
        else:
            cut = len(rest) - 1
            while cut > 1 and text_width(rest[:cut], font, size) > max_width:
                cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


# --- page geometry -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Geometry:
    width: float
    height: float
    left: float
    right: float
    top: float  # top of the printable area
    body_bottom: float  # nothing but the footer goes below this line
    footer_rule: float

    @property
    def content_width(self) -> float:
        return self.right - self.left

    @classmethod
    def for_page(cls, page_size: str) -> _Geometry:
        width, height = st.PAGE_SIZES[page_size]
        footer_rule = st.MARGIN_BOTTOM + st.FOOTER_HEIGHT
        return cls(
            width=width,
            height=height,
            left=st.MARGIN_LEFT,
            right=width - st.MARGIN_RIGHT,
            top=height - st.MARGIN_TOP,
            body_bottom=footer_rule + st.FOOTER_GAP,
            footer_rule=footer_rule,
        )


# --- raw PDF drawing -----------------------------------------------------------------------


def _num(value: float) -> str:
    # reportlab's fp_str runs in pure Python without its optional C accelerator and was the
    # largest single cost of a big manifest; two decimals (1/7200 inch) are plenty.
    return f"{value:.2f}"


@lru_cache(maxsize=64)
def _rgb(color: Color) -> str:
    return " ".join(_num(c) for c in color)


# The fill colours of table text, ready as operators.
_RGB_FILL: Final = {color: f"{_rgb(color)} rg" for color in (st.TEXT, st.TEXT_MUTED)}

_PRINTABLE_ASCII: Final = "".join(chr(code) for code in range(32, 127))


def _escape_ascii(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@dataclass(frozen=True, slots=True)
class _Encoded:
    """One Latin string ready to draw: its width and its text-showing operators."""

    width: float
    first_font: str  # the "Tf" operator it needs first
    last_font: str  # the font state it leaves
    body: str  # operators after the first Tf
    arabic: bool = False


class _Typesetter:
    """Per-document encoding of text through the embedded font subsets (cached).

    Font subsets are numbered per document, so the caches live as long as one build.
    """

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.cache: dict[tuple[str, str, float], _Encoded] = {}  # see latin()
        self._urdu: dict[tuple[str, str, float], tuple[float, str]] = {}
        self._ascii_subset: dict[str, str | None] = {}

    def _ascii_font(self, font: str) -> str | None:
        """The subset name under which a font shows printable ASCII as itself, if it does.

        reportlab's "ASCII readable" mode (its default) puts codes 32-126 of every TrueType
        font in subset 0 as themselves; checked once per font and document, it spares the
        general per-character encoding for the vast majority of strings.
        """
        if font not in self._ascii_subset:
            face = pdfmetrics.getFont(font)
            chunks = face.splitString(_PRINTABLE_ASCII, self.doc)
            same = chunks == [(0, _PRINTABLE_ASCII.encode("ascii"))]
            self._ascii_subset[font] = face.getSubsetInternalName(0, self.doc) if same else None
        return self._ascii_subset[font]

    def latin(self, text: str, font: str, size: float) -> _Encoded:
        """The width and operators of one line in a Latin font."""
        key = (text, font, size)
        found = self.cache.get(key)
        if found is not None:
            return found
        subset_name = self._ascii_font(font) if text.isascii() and text.isprintable() else None
        if subset_name is not None:
            select = f"{subset_name} {_num(size)} Tf"
            body = f"({_escape_ascii(text)}) Tj"
            found = _Encoded(text_width(text, font, size), select, select, body)
        elif urdu.has_arabic(text):
            found = _Encoded(0.0, "", "", "", arabic=True)
        else:
            face = pdfmetrics.getFont(font)
            parts: list[str] = []
            selects: list[str] = []
            for subset, data in face.splitString(text, self.doc):
                select = f"{face.getSubsetInternalName(subset, self.doc)} {_num(size)} Tf"
                if parts:
                    parts.append(select)
                selects.append(select)
                parts.append(f"({escapePDF(data)}) Tj")
            found = _Encoded(text_width(text, font, size), selects[0], selects[-1], " ".join(parts))
        self.cache[key] = found
        return found

    def urdu(self, text: str, font: str, size: float) -> tuple[float, str]:
        """The width in points and the PDF operators of one line of Urdu."""
        key = (text, font, size)
        found = self._urdu.get(key)
        if found is None:
            shaped = urdu.shape(text, font)
            found = (shaped.points(size), urdu.pdf_operators(shaped, size, self.doc))
            self._urdu[key] = found
        return found


class _Ink:
    """The content of one page as PDF operators: fills, then rules, then text.

    Painting all fills first and all text last means no text is ever hidden under a shaded
    band, whatever order the drawing code asks for things in.
    """

    def __init__(self, typesetter: _Typesetter) -> None:
        self.typesetter = typesetter
        self._fills: dict[Color, list[str]] = {}
        self._strokes: dict[tuple[Color, float, bool], list[str]] = {}
        self._text: list[str] = []
        self._font_state = ""  # the last "Tf" written
        self._color_state: Color | None = None

    def fill_rect(self, x: float, y: float, width: float, height: float, color: Color) -> None:
        self._fills.setdefault(color, []).append(
            f"{_num(x)} {_num(y)} {_num(width)} {_num(height)} re"
        )

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        color: Color = st.RULE,
        width: float = st.RULE_WIDTH,
        dashed: bool = False,
    ) -> None:
        self._strokes.setdefault((color, width, dashed), []).append(
            f"{_num(x1)} {_num(y1)} m {_num(x2)} {_num(y2)} l"
        )

    def box(
        self,
        x: float,
        y: float,
        box_width: float,
        box_height: float,
        *,
        color: Color = st.RULE,
        width: float = st.RULE_WIDTH,
        dashed: bool = False,
    ) -> None:
        right, top = x + box_width, y + box_height
        corners = ((x, y), (right, y), (right, top), (x, top), (x, y))
        for (x1, y1), (x2, y2) in itertools.pairwise(corners):
            self.line(x1, y1, x2, y2, color=color, width=width, dashed=dashed)

    def _set_color(self, color: Color) -> None:
        if color != self._color_state:
            self._text.append(_RGB_FILL.get(color) or f"{_rgb(color)} rg")
            self._color_state = color

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        font: str = st.FONT_REGULAR,
        size: float = st.SIZE_CELL,
        color: Color = st.TEXT,
        align: str = "left",
    ) -> float:
        """Draw one line; ``x`` is its left end, right end or centre by ``align``."""
        if not text:
            return 0.0
        encoded = self.typesetter.latin(text, font, size)
        if encoded.arabic:
            # Urdu typed into a Latin field: still shape it, in the Urdu font.
            urdu_font = st.FONT_URDU_BOLD if font == st.FONT_BOLD else st.FONT_URDU
            drawn = self.urdu_width(text, font=urdu_font, size=size)
            right = x + drawn if align == "left" else x if align == "right" else x + drawn / 2
            return self.urdu(right, y, text, font=urdu_font, size=size, color=color)
        if align == "right":
            x -= encoded.width
        elif align == "center":
            x -= encoded.width / 2
        self._set_color(color)
        if encoded.first_font != self._font_state:
            self._text.append(encoded.first_font)
        self._text.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {encoded.body}")
        self._font_state = encoded.last_font
        return encoded.width

    def cell(self, x: float, baseline: float, cell: Cell, align: str) -> None:
        """Draw the lines of one table cell in the cell font, each ``LEADING_CELL`` lower.

        The same as `text` line by line, written out because a big manifest draws a
        hundred thousand cells and this is where its time goes.
        """
        cache = self.typesetter.cache
        out = self._text
        font, size = st.FONT_REGULAR, st.SIZE_CELL
        for line, muted in cell:
            encoded = cache.get((line, font, size)) or self.typesetter.latin(line, font, size)
            if encoded.arabic:
                color = st.TEXT_MUTED if muted else st.TEXT
                self.text(x, baseline, line, font=font, size=size, color=color, align=align)
                baseline -= st.LEADING_CELL
                continue
            left = x - encoded.width if align == "right" else x
            if align == "center":
                left = x - encoded.width / 2
            color = st.TEXT_MUTED if muted else st.TEXT
            if color != self._color_state:
                out.append(_RGB_FILL[color])
                self._color_state = color
            if encoded.first_font != self._font_state:
                out.append(encoded.first_font)
            out.append(f"1 0 0 1 {left:.2f} {baseline:.2f} Tm {encoded.body}")
            self._font_state = encoded.last_font
            baseline -= st.LEADING_CELL

    def urdu_width(self, text: str, *, font: str, size: float) -> float:
        return self.typesetter.urdu(text, font, size)[0]

    def urdu(
        self,
        right: float,
        y: float,
        text: str,
        *,
        font: str = st.FONT_URDU,
        size: float = st.SIZE_CELL_URDU,
        color: Color = st.TEXT,
    ) -> float:
        """Draw one line of Urdu, shaped, its right end at ``right``."""
        drawn, operators = self.typesetter.urdu(text, font, size)
        self._set_color(color)
        self._text.append(f"1 0 0 1 {_num(right - drawn)} {_num(y)} Tm {operators}")
        self._font_state = ""  # the Urdu operators chose their own font
        return drawn

    def flush(self, canvas: Canvas) -> None:
        parts = ["q"]
        for color, rects in self._fills.items():
            parts += [f"{_rgb(color)} rg", *rects, "f"]
        for (color, width, dashed), segments in self._strokes.items():
            dash = "[2 2] 0 d" if dashed else "[] 0 d"
            parts += [f"{_rgb(color)} RG {_num(width)} w {dash}", *segments, "S"]
        parts.append("Q")
        canvas.addLiteral("\n".join(parts))
        if self._text:
            canvas.addLiteral("BT\n" + "\n".join(self._text) + "\nET")


def _baseline(top: float, leading: float, size: float, cap: float, descent: float) -> float:
    """The baseline that centres a line of text in a line box whose top is ``top``."""
    return top - (leading + size * (cap - descent)) / 2


# --- tables --------------------------------------------------------------------------------

# A cell is a tuple of lines; each line is (text, muted). Muted lines are the second facts of
# combined columns (passport expiry under the number, employer under the country).
Line = tuple[str, bool]
Cell = tuple[Line, ...]


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
class _Table:
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


def _main_table(data: ManifestData, geo: _Geometry) -> _Table:
    columns = st.MAIN_COLUMNS + ((st.URDU_COLUMN,) if data.urdu_names else ())
    cols = _place_columns(columns, geo.left, geo.content_width)
    cells = [_main_cells(row, cols) for row in data.rows]
    heights = [_row_height(cell, cols) for cell in cells]
    table = _Table(cols, _head_height(cols), cells, heights)
    if not cells:
        table.message = st.NO_PEOPLE
        table.heights = [2 * st.CELL_PAD_Y + 2 * st.LEADING_CELL]
    return table


def _not_travelled_table(data: ManifestData, geo: _Geometry) -> _Table:
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
    table = _Table(cols, _head_height(cols), cells, [_row_height(c, cols) for c in cells])
    table.title = f"{st.NOT_TRAVELLED_TITLE} ({len(data.not_travelled)})"
    table.note = st.NOT_TRAVELLED_NOTE
    table.continued_title = f"{st.NOT_TRAVELLED_TITLE} (continued)"
    return table


def _draw_table_head(ink: _Ink, table: _Table, top: float) -> None:
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
            baseline = _baseline(
                line_top, st.LEADING_HEAD, st.SIZE_HEAD, st.CAP_LATIN, st.DESCENT_LATIN
            )
            ink.text(anchor, baseline, line, font=st.FONT_BOLD, size=st.SIZE_HEAD, align=col.align)


def _draw_rows(ink: _Ink, table: _Table, start: int, stop: int, top: float) -> float:
    """Draw rows ``start:stop`` from ``top`` down; return the bottom of the last one."""
    left, right = table.left, table.right
    # Offsets of a cell's first baseline below the row's top, the same for every row.
    latin_first = _baseline(0.0, st.LEADING_CELL, st.SIZE_CELL, st.CAP_LATIN, st.DESCENT_LATIN)
    urdu_first = _baseline(
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


def _draw_table(ink: _Ink, table: _Table, start: int, stop: int, top: float) -> None:
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


# --- headers and footer --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    """What every page's drawing needs besides its own items."""

    data: ManifestData
    geo: _Geometry
    print_hash: str
    lists: tuple[tuple[str, tuple[_Entry, ...]], ...]
    page_count: int


class _FirstHeader:
    """Page 1: the government and ministry, the office, the title, the contingent's facts."""

    def __init__(self, data: ManifestData, geo: _Geometry) -> None:
        self.geo = geo
        people = f"{len(data.rows)} travelling"
        if data.not_travelled:
            people += f", {len(data.not_travelled)} not travelled"
        self.facts = (
            ("Contingent", data.contingent_code),
            ("Revision", str(data.revision)),
            ("Flight", data.flight),
            ("Carrier", data.carrier),
            ("Departure airport", data.airport),
            ("Date and time", f"{data.departure_date}  {data.departure_time}"),
            ("People", people),
            ("Destination(s)", data.destinations),
        )
        self.fact_x = [geo.left]
        for fraction in st.FACT_FRACTIONS[:-1]:
            self.fact_x.append(self.fact_x[-1] + fraction * geo.content_width)
        widths = [
            fraction * geo.content_width - 2 * st.FACT_PADDING for fraction in st.FACT_FRACTIONS
        ]
        self.fact_lines = [
            wrap(value, st.FONT_BOLD, st.SIZE_FACT_VALUE, widths[index % st.FACT_COLUMNS])
            for index, (_label, value) in enumerate(self.facts)
        ]
        self.fact_row_heights = []
        for row in range(2):
            lines = self.fact_lines[row * st.FACT_COLUMNS : (row + 1) * st.FACT_COLUMNS]
            tallest = max(1, *(len(cell) for cell in lines))
            self.fact_row_heights.append(
                2 * st.FACT_PADDING + st.SIZE_FACT_LABEL * 1.4 + tallest * st.LEADING_FACT_VALUE
            )
        # The letterhead, centred: (text, font, size).
        self.letterhead: tuple[tuple[str, str, float], ...] = (
            (st.GOVERNMENT, st.FONT_BOLD, st.SIZE_GOVERNMENT),
            (st.MINISTRY, st.FONT_REGULAR, st.SIZE_MINISTRY),
            (f"{data.office_name} ({data.office_code})", st.FONT_REGULAR, st.SIZE_OFFICE),
        )
        letterhead = sum(size * st.LEADING_HEADER for _text, _font, size in self.letterhead)
        letterhead += st.SIZE_URDU_HEADER * st.LEADING_URDU_HEADER
        self.letterhead_height = max(letterhead, st.QR_SIZE + 10)
        self.title_height = st.SIZE_TITLE * 2.0
        self.height = (
            self.letterhead_height
            + 8
            + self.title_height
            + sum(self.fact_row_heights)
            + st.GAP_AFTER_HEADER
        )

    def draw(self, ink: _Ink, canvas: Canvas, qr_text: str) -> None:
        geo = self.geo
        centre = (geo.left + geo.right) / 2
        y = geo.top
        for text, font, size in self.letterhead:
            y -= size * st.LEADING_HEADER
            color = st.ACCENT if font == st.FONT_BOLD else st.TEXT
            ink.text(
                centre, y + size * 0.3, text, font=font, size=size, color=color, align="center"
            )
        y -= st.SIZE_URDU_HEADER * (st.LEADING_URDU_HEADER - 0.15)
        # Two phrases, right to left: the government, then its ministry.
        header_width = ink.urdu_width(
            st.URDU_HEADER_LINE, font=st.FONT_URDU, size=st.SIZE_URDU_HEADER
        )
        ink.urdu(
            centre + header_width / 2,
            y + 3,
            st.URDU_HEADER_LINE,
            font=st.FONT_URDU,
            size=st.SIZE_URDU_HEADER,
        )
        self._draw_qr(ink, canvas, qr_text)

        y = geo.top - self.letterhead_height - 4
        ink.line(geo.left, y, geo.right, y, color=st.ACCENT, width=st.ACCENT_RULE_WIDTH)
        y -= 4 + self.title_height * 0.72
        ink.text(geo.left, y, st.TITLE, font=st.FONT_BOLD, size=st.SIZE_TITLE, color=st.ACCENT)
        ink.urdu(
            geo.right,
            y,
            st.TITLE_URDU,
            font=st.FONT_URDU_BOLD,
            size=st.SIZE_TITLE_URDU,
            color=st.ACCENT,
        )
        self._draw_facts(ink, y - self.title_height * 0.28 - 6)

    def _draw_qr(self, ink: _Ink, canvas: Canvas, qr_text: str) -> None:
        """The QR code in the top right corner, clear of the centred letterhead."""
        geo = self.geo
        x = geo.right - st.QR_SIZE
        y = geo.top - st.QR_SIZE
        widget = QrCodeWidget(
            qr_text, barLevel="M", barWidth=st.QR_SIZE, barHeight=st.QR_SIZE, barBorder=0
        )
        # The drawing would select Helvetica (not embedded) for text it does not have.
        drawing = Drawing(st.QR_SIZE, st.QR_SIZE, initialFontName=st.FONT_REGULAR)
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, x, y)
        ink.text(
            x + st.QR_SIZE / 2,
            y - 8,
            st.QR_CAPTION,
            size=st.SIZE_QR_CAPTION,
            color=st.TEXT_MUTED,
            align="center",
        )

    def _draw_facts(self, ink: _Ink, top: float) -> None:
        """The contingent's facts, label above value, in a boxed 4 x 2 grid."""
        geo = self.geo
        y = top
        for row, row_height in enumerate(self.fact_row_heights):
            ink.fill_rect(geo.left, y - row_height, geo.content_width, row_height, st.BOX_FILL)
            for column in range(st.FACT_COLUMNS):
                index = row * st.FACT_COLUMNS + column
                x = self.fact_x[column] + st.FACT_PADDING
                label_y = y - st.FACT_PADDING - st.SIZE_FACT_LABEL * 0.8
                ink.text(
                    x,
                    label_y,
                    self.facts[index][0].upper(),
                    size=st.SIZE_FACT_LABEL,
                    color=st.TEXT_MUTED,
                )
                value_y = label_y - st.SIZE_FACT_LABEL * 0.6 - st.SIZE_FACT_VALUE
                for line in self.fact_lines[index]:
                    ink.text(x, value_y, line, font=st.FONT_BOLD, size=st.SIZE_FACT_VALUE)
                    value_y -= st.LEADING_FACT_VALUE
            y -= row_height
            if row == 0:
                ink.line(geo.left, y, geo.right, y, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)
        for x in self.fact_x[1:]:
            ink.line(x, top, x, y, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)
        ink.box(geo.left, y, geo.content_width, top - y)


def _draw_running_header(ink: _Ink, context: _Context) -> None:
    """Continuation pages: title, office, code and revision on one line over a rule."""
    data, geo = context.data, context.geo
    baseline = geo.top - st.SIZE_RUNNING
    drawn = ink.text(
        geo.left, baseline, st.TITLE, font=st.FONT_BOLD, size=st.SIZE_RUNNING, color=st.ACCENT
    )
    ink.text(
        geo.left + drawn + 10,
        baseline,
        f"{st.GOVERNMENT} · {data.office_name} ({data.office_code})",
        size=st.SIZE_RUNNING - 1,
        color=st.TEXT_MUTED,
    )
    ink.text(
        geo.right,
        baseline,
        f"{data.contingent_code}  ·  Revision {data.revision}  ·  Flight {data.flight}  ·  "
        f"{data.departure_date}",
        font=st.FONT_BOLD,
        size=st.SIZE_RUNNING,
        align="right",
    )
    rule = geo.top - st.RUNNING_HEIGHT + 6
    ink.line(geo.left, rule, geo.right, rule, color=st.ACCENT)


def _draw_footer(ink: _Ink, context: _Context, page: int) -> None:
    data, geo = context.data, context.geo
    ink.line(geo.left, geo.footer_rule, geo.right, geo.footer_rule, width=st.RULE_WIDTH_LIGHT)
    baseline = st.MARGIN_BOTTOM + 4
    ink.text(
        geo.left,
        baseline,
        f"Generated {data.generated_at}   ·   {data.contingent_code} rev {data.revision}",
        size=st.SIZE_FOOTER,
        color=st.TEXT_MUTED,
    )
    ink.text(
        (geo.left + geo.right) / 2,
        baseline,
        f"Fingerprint {context.print_hash[:16]}…   ·   Audit {data.audit_head[:12]}",
        size=st.SIZE_FOOTER,
        color=st.TEXT_MUTED,
        align="center",
    )
    ink.text(
        geo.right,
        baseline,
        f"Page {page} of {context.page_count}",
        font=st.FONT_BOLD,
        size=st.SIZE_FOOTER + 0.5,
        align="right",
    )


# --- totals and signatures -----------------------------------------------------------------

# One entry of a totals list: (label, count, style) with style "", "bold" or "muted".
_Entry = tuple[str, int, str]


def _totals_lists(totals: ManifestTotals) -> tuple[tuple[str, tuple[_Entry, ...]], ...]:
    by_sex: list[_Entry] = [("Male", totals.male, ""), ("Female", totals.female, "")]
    if totals.other:
        by_sex.append(("Other (X)", totals.other, ""))
    by_sex.append(("Total", totals.total, "bold"))
    by_destination: list[_Entry] = [(name, count, "") for name, count in totals.by_destination]
    by_destination.append(("Total", totals.total, "bold"))
    by_channel: list[_Entry] = [(name, count, "") for name, count in totals.by_channel]
    if sum(1 for name, _count in totals.by_channel if name.startswith("OEP")) > 1:
        by_channel.append(("OEP, all promoters", totals.oep_total, "muted"))
    by_channel.append(("Total", totals.total, "bold"))
    return (
        ("By sex", tuple(by_sex)),
        ("By destination", tuple(by_destination)),
        ("By channel", tuple(by_channel)),
    )


def _totals_height(lines: int) -> float:
    return st.SECTION_HEIGHT + st.TOTALS_HEAD_HEIGHT + lines * st.LEADING_TOTALS + 4


def _draw_section_title(ink: _Ink, geo: _Geometry, top: float, title: str, note: str) -> None:
    baseline = top - st.SIZE_SECTION - 1
    drawn = ink.text(
        geo.left, baseline, title, font=st.FONT_BOLD, size=st.SIZE_SECTION, color=st.ACCENT
    )
    if note:
        ink.text(geo.left + drawn + 10, baseline, note, color=st.TEXT_MUTED)


def _draw_totals(ink: _Ink, context: _Context, part: _TotalsPart) -> None:
    geo = context.geo
    title = st.TOTALS_TITLE + (" (continued)" if part.start else "")
    _draw_section_title(ink, geo, part.top, title, "")
    head_top = part.top - st.SECTION_HEIGHT
    for index, (heading, entries) in enumerate(context.lists):
        shown = entries[part.start : part.stop]
        if not shown:
            continue  # a short list already ended on an earlier page
        left = geo.left + index * (st.TOTALS_WIDTH + st.TOTALS_GAP)
        right = left + st.TOTALS_WIDTH
        baseline = head_top - 10
        ink.text(left, baseline, heading, font=st.FONT_BOLD, size=st.SIZE_TOTALS)
        ink.text(right, baseline, "People", font=st.FONT_BOLD, size=st.SIZE_TOTALS, align="right")
        y = head_top - st.TOTALS_HEAD_HEIGHT + 2
        ink.line(left, y, right, y)
        for label, count, style in shown:
            font = st.FONT_BOLD if style == "bold" else st.FONT_REGULAR
            color = st.TEXT_MUTED if style == "muted" else st.TEXT
            if style == "bold":
                ink.line(left, y, right, y, width=st.RULE_WIDTH_LIGHT)
            baseline = y - st.LEADING_TOTALS + 3.5
            label_lines = wrap(label, font, st.SIZE_TOTALS, st.TOTALS_WIDTH - 40) or ("",)
            ink.text(left, baseline, label_lines[0], font=font, size=st.SIZE_TOTALS, color=color)
            ink.text(
                right,
                baseline,
                f"{count:,}",
                font=font,
                size=st.SIZE_TOTALS,
                color=color,
                align="right",
            )
            y -= st.LEADING_TOTALS
            if style != "bold":
                ink.line(left, y, right, y, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)


def _at_most(lines: tuple[str, ...], count: int, font: str, size: float, width: float) -> list[str]:
    """The first ``count`` lines; the last one shortened with an ellipsis if more follow."""
    if len(lines) <= count:
        return list(lines)
    last = " ".join(lines[count - 1 :])
    while last and text_width(last + "…", font, size) > width:
        last = last[:-1].rstrip()
    return [*lines[: count - 1], last + "…"]


def _draw_signatures(ink: _Ink, context: _Context, top: float) -> None:
    """Prepared by, Verified by (name, designation, signature, date) and the office stamp."""
    data, geo = context.data, context.geo
    width = (geo.content_width - 2 * st.SIGN_GAP) / 3
    bottom = top - st.SIGN_HEIGHT
    blocks = (
        (st.PREPARED_BY, data.prepared_by, data.prepared_by_designation),
        (st.VERIFIED_BY, data.verified_by, data.verified_by_designation),
        (st.OFFICE_STAMP, None, ""),
    )
    for index, (title, name, designation) in enumerate(blocks):
        left = geo.left + index * (width + st.SIGN_GAP)
        right = left + width
        ink.fill_rect(left, top - st.SIGN_TITLE_HEIGHT, width, st.SIGN_TITLE_HEIGHT, st.HEADER_FILL)
        ink.text(left + 6, top - 11, title, font=st.FONT_BOLD, size=st.SIZE_SIGN_TITLE)
        ink.box(left, bottom, width, st.SIGN_HEIGHT)
        if name is None:
            # The stamp goes in the empty box; a dashed inner frame shows where.
            ink.box(
                left + 10,
                bottom + 8,
                width - 20,
                st.SIGN_HEIGHT - 32,
                color=st.RULE_LIGHT,
                width=st.RULE_WIDTH_LIGHT,
                dashed=True,
            )
            continue
        label_x = left + 6
        value_x = label_x + st.SIGN_LABEL_WIDTH
        value_width = right - 6 - value_x
        baseline = top - st.SIGN_TITLE_HEIGHT - 14
        # Two lines each at most, so that the block keeps its size whatever the names.
        name_lines = wrap(name, st.FONT_BOLD, st.SIZE_SIGN, value_width) or ("",)
        ink.text(label_x, baseline, "Name", size=st.SIZE_SIGN, color=st.TEXT_MUTED)
        for line in _at_most(name_lines, 2, st.FONT_BOLD, st.SIZE_SIGN, value_width):
            ink.text(value_x, baseline, line, font=st.FONT_BOLD, size=st.SIZE_SIGN)
            baseline -= st.LEADING_SIGN
        if designation:
            lines = wrap(designation, st.FONT_REGULAR, st.SIZE_SIGN, value_width)
            ink.text(label_x, baseline, "Designation", size=st.SIZE_SIGN, color=st.TEXT_MUTED)
            for line in _at_most(lines, 2, st.FONT_REGULAR, st.SIZE_SIGN, value_width):
                ink.text(value_x, baseline, line, size=st.SIZE_SIGN)
                baseline -= st.LEADING_SIGN
        for label, line_y in (("Signature", bottom + 34), ("Date", bottom + 12)):
            ink.text(label_x, line_y + 2, label, size=st.SIZE_SIGN, color=st.TEXT_MUTED)
            ink.line(value_x, line_y, right - 10, line_y, width=st.RULE_WIDTH_LIGHT)


# --- pagination ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Slice:
    """Rows ``start:stop`` of a table, under a repeated header row, from ``top`` down."""

    table: _Table
    start: int
    stop: int
    top: float


@dataclass(slots=True)
class _Heading:
    title: str
    note: str
    top: float


@dataclass(slots=True)
class _TotalsPart:
    start: int
    stop: int
    top: float


@dataclass(slots=True)
class _SignaturesAt:
    top: float


_Item = _Slice | _Heading | _TotalsPart | _SignaturesAt


class _Flow:
    """Places the parts of the manifest on pages, top to bottom, never across the footer."""

    def __init__(self, geo: _Geometry, first_top: float, next_top: float) -> None:
        self.geo = geo
        self.first_top = first_top
        self.next_top = next_top
        self.pages: list[list[_Item]] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.first_top if len(self.pages) == 1 else self.next_top

    @property
    def room(self) -> float:
        return self.y - self.geo.body_bottom

    @property
    def fresh_room(self) -> float:
        return self.next_top - self.geo.body_bottom

    def table(self, table: _Table) -> None:
        """Rows in order, as many per page as fit; each page repeats the header row.

        A table with a title gets it above its first rows and "(continued)" above the rows
        on each further page.
        """
        count = len(table.heights)
        index = 0
        while index < count:
            title_height = st.SECTION_HEIGHT if table.title else 0.0
            if title_height + table.head_height + table.heights[index] > self.room:
                if not self.pages[-1]:
                    serial = table.cells[index][0][0][0] if table.cells else ""
                    raise ValidationError(
                        f"Row {serial} of the manifest is too tall to fit on one page; "
                        "shorten its text."
                    )
                self.new_page()
                continue
            self._title(table, continued=index > 0)
            top = self.y
            self.y -= table.head_height
            stop = index
            while stop < count and table.heights[stop] <= self.room:
                self.y -= table.heights[stop]
                stop += 1
            self.pages[-1].append(_Slice(table, index, stop, top))
            index = stop
            if index < count:
                self.new_page()
        self.y -= st.GAP_AFTER_TABLE

    def _title(self, table: _Table, continued: bool) -> None:
        if table.title:
            title = table.continued_title if continued else table.title
            self.pages[-1].append(_Heading(title, "" if continued else table.note, self.y))
            self.y -= st.SECTION_HEIGHT

    def closing(self, totals_lines: int) -> None:
        """Totals and signatures, kept together, on a page that also lists people."""
        closing_height = _totals_height(totals_lines) + st.SIGN_GAP + st.SIGN_HEIGHT
        if closing_height <= self.room:
            self._place_closing(totals_lines)
            return
        if closing_height <= self.fresh_room:
            self._carry_rows(closing_height)
            self._place_closing(totals_lines)
            return
        # Totals longer than a page (hundreds of promoters): let them run over pages.
        line = 0
        while line < totals_lines:
            fit = int((self.room - _totals_height(0)) // st.LEADING_TOTALS)
            if fit < 1:
                self.new_page()
                continue
            stop = min(totals_lines, line + fit)
            self.pages[-1].append(_TotalsPart(line, stop, self.y))
            self.y -= _totals_height(stop - line)
            line = stop
            if line < totals_lines:
                self.new_page()
        self.y -= st.SIGN_GAP
        if self.room < st.SIGN_HEIGHT:
            self.new_page()
        self.pages[-1].append(_SignaturesAt(self.y))
        self.y -= st.SIGN_HEIGHT

    def _carry_rows(self, closing_height: float) -> None:
        """Start a new page, taking the last rows of the table along when possible.

        A signature page that lists nobody could be detached and put behind another list;
        carrying the last two people over ties the signatures to this list.
        """
        page = self.pages[-1]
        last = page[-1] if page else None
        self.new_page()
        if not isinstance(last, _Slice) or last.table.message is not None:
            return
        table = last.table
        title_height = st.SECTION_HEIGHT if table.title else 0.0
        carry = min(2, last.stop - last.start - 1)
        while carry > 0:
            carried = title_height + table.head_height
            carried += sum(table.heights[last.stop - carry : last.stop])
            if carried + st.GAP_AFTER_TABLE + closing_height <= self.room:
                break
            carry -= 1
        if carry <= 0:
            return
        self._title(table, continued=True)
        moved = _Slice(table, last.stop - carry, last.stop, self.y)
        last.stop -= carry
        self.pages[-1].append(moved)
        self.y -= table.head_height + sum(table.heights[moved.start : moved.stop])
        self.y -= st.GAP_AFTER_TABLE

    def _place_closing(self, totals_lines: int) -> None:
        self.pages[-1].append(_TotalsPart(0, totals_lines, self.y))
        self.y -= _totals_height(totals_lines) + st.SIGN_GAP
        self.pages[-1].append(_SignaturesAt(self.y))
        self.y -= st.SIGN_HEIGHT


# --- metadata and saving -------------------------------------------------------------------


def pdf_date(stamp: str) -> str:
    """A stored UTC stamp (``2026-11-27T10:15:00Z``) as a PDF date (``D:20261127101500+00'00'``).

    Args:
        stamp: an ISO-8601 moment; one without a zone is taken as UTC.

    Returns:
        The date string of the PDF's document information.

    Raises:
        ValidationError: the stamp is not an ISO-8601 date and time.
    """
    try:
        moment = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        raise ValidationError(
            f"The manifest's generation time {stamp!r} is not a date and time.", "generated_at"
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"D:{moment:%Y%m%d%H%M%S}+00'00'"


class _ManifestInfo(PDFInfo):  # type: ignore[misc]  # reportlab ships no types
    """The document information dictionary with Rawangi's own keys and dates.

    reportlab writes only the standard keys (title, author, ...) and offers no way to add
    others; this subclass appends ours to its output. In invariant mode (same data, same
    bytes) reportlab dates every file 2000-01-01; the revision's own generation time is as
    deterministic and tells a reader when the manifest was made.
    """

    def __init__(self, created: str, extra: dict[str, str]) -> None:
        super().__init__()
        self.extra = extra
        self._dateFormatter = lambda *_parts: created

    def format(self, document: Any) -> bytes:
        standard = bytes(super().format(document)).rstrip()
        if not standard.endswith(b">>"):  # reportlab changed its format: fail loudly
            raise RuntimeError("unexpected PDF info dictionary format from reportlab")
        own = b"".join(
            b"\n/" + key.encode("ascii") + b" " + PDFString(value).format(document)
            for key, value in sorted(self.extra.items())
        )
        return standard[:-2].rstrip() + own + b"\n>>"


_save_lock = threading.Lock()


def save_canvas(canvas: Canvas) -> None:
    """``canvas.save()`` with the page streams only deflated, not also ASCII85-encoded.

    Every PDF of this package is saved through here, so that its bytes never depend on what
    another thread has set in reportlab's global configuration meanwhile.

    ASCII85 makes a PDF a quarter larger for no use today, and reportlab's pure-Python
    encoder took a third of the time of a 10,000-person manifest. reportlab reads the choice
    from its global ``rl_config.useA85`` while saving, so it is switched off for the save only,
    under a lock, and always to the same value: the bytes stay reproducible.
    """
    with _save_lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            canvas.save()
        finally:
            rl_config.useA85 = previous


_gc_lock = threading.Lock()
_gc_pausers = 0  # builds running now
_gc_was_enabled = True  # the collector's state before the first of them


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a manifest is built.

    The layout of 10,000 people makes some half a million small tuples that hold no cycles;
    the collector would walk them again and again (a third of a cold 10,000-person build).
    Nested and concurrent builds share one pause; the last one out turns it back on, and
    only if it was on before.
    """
    global _gc_pausers, _gc_was_enabled  # noqa: PLW0603 - one pause shared by all builds
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


# --- the document --------------------------------------------------------------------------


def qr_payload(data: ManifestData, print_hash: str) -> str:
    """The text in the manifest's QR code.

    Args:
        data: the manifest.
        print_hash: its fingerprint.

    Returns:
        ``RAWANGI-MANIFEST|<code>|<revision>|<count>|<fingerprint>``.
    """
    return f"{QR_PREFIX}|{data.contingent_code}|{data.revision}|{len(data.rows)}|{print_hash}"


@dataclass(frozen=True, slots=True)
class _Layout:
    first_header: _FirstHeader
    main: _Table
    pages: list[list[_Item]]
    lists: tuple[tuple[str, tuple[_Entry, ...]], ...]


def _lay_out(data: ManifestData, geo: _Geometry) -> _Layout:
    """Wrap every cell and place everything on pages; nothing is drawn yet."""
    first_header = _FirstHeader(data, geo)
    main = _main_table(data, geo)
    flow = _Flow(geo, geo.top - first_header.height, geo.top - st.RUNNING_HEIGHT - 6)
    flow.table(main)
    if data.not_travelled:
        flow.table(_not_travelled_table(data, geo))
    lists = _totals_lists(compute_totals(data.rows))
    flow.closing(max(len(entries) for _heading, entries in lists))
    return _Layout(first_header, main, flow.pages, lists)


def _new_canvas(buffer: io.BytesIO, data: ManifestData, geo: _Geometry, print_hash: str) -> Canvas:
    """A canvas in invariant mode, with the manifest's metadata set."""
    canvas = Canvas(
        buffer,
        pagesize=(geo.width, geo.height),
        invariant=1,
        pageCompression=1,
        lang="en",
        # Else every page starts by selecting Helvetica, which is not embedded.
        initialFontName=st.FONT_REGULAR,
    )
    # reportlab has no public way to add custom info keys: replace its info object.
    canvas._doc.info = _ManifestInfo(
        pdf_date(data.generated_at),
        {
            META_CODE: data.contingent_code,
            META_REVISION: str(data.revision),
            META_COUNT: str(len(data.rows)),
            META_FINGERPRINT: print_hash,
            META_AUDIT_HEAD: data.audit_head,
            META_DATA_VERSION: str(CURRENT_VERSION),
        },
    )
    canvas.setTitle(f"Contingent Manifest {data.contingent_code} rev {data.revision}")
    canvas.setAuthor(f"{data.office_name} ({data.office_code})")
    canvas.setSubject(
        f"Manifest of contingent {data.contingent_code}, flight {data.flight} from "
        f"{data.airport} on {data.departure_date}: {len(data.rows)} people"
    )
    canvas.setKeywords(
        f"Rawangi, contingent manifest, {data.contingent_code}, {data.flight}, {data.office_code}"
    )
    canvas.setCreator("Rawangi")
    return canvas


def build_pdf(data: ManifestData, progress: Progress | None = None) -> bytes:
    """Draw the manifest of one contingent revision.

    Args:
        data: everything the manifest says, already formatted.
        progress: called now and then (every few hundred rows, not per row) with
            (rows drawn, rows in all), from the calling thread; first (0, total), last
            (total, total).

    Returns:
        The PDF bytes; the same data always gives the same bytes.

    Raises:
        ValidationError: a row is too tall to fit on a page.
    """
    register_fonts()
    with _gc_paused():
        return _build(data, progress)


def _build(data: ManifestData, progress: Progress | None) -> bytes:
    total_rows = len(data.rows)
    if progress is not None:
        progress(0, total_rows)
    print_hash = fingerprint(data)
    geo = _Geometry.for_page(data.page_size)
    layout = _lay_out(data, geo)
    context = _Context(data, geo, print_hash, layout.lists, len(layout.pages))

    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, data, geo, print_hash)
    typesetter = _Typesetter(canvas._doc)
    drawn_rows = reported = 0
    for number, items in enumerate(layout.pages, start=1):
        ink = _Ink(typesetter)
        if number == 1:
            layout.first_header.draw(ink, canvas, qr_payload(data, print_hash))
        else:
            _draw_running_header(ink, context)
        for item in items:
            if isinstance(item, _Slice):
                _draw_table(ink, item.table, item.start, item.stop, item.top)
                if item.table is layout.main and item.table.message is None:
                    drawn_rows += item.stop - item.start
            elif isinstance(item, _Heading):
                _draw_section_title(ink, geo, item.top, item.title, item.note)
            elif isinstance(item, _TotalsPart):
                _draw_totals(ink, context, item)
            else:
                _draw_signatures(ink, context, item.top)
        _draw_footer(ink, context, number)
        ink.flush(canvas)
        canvas.showPage()
        if progress is not None and drawn_rows - reported >= _PROGRESS_EVERY:
            progress(drawn_rows, total_rows)
            reported = drawn_rows
    save_canvas(canvas)
    if progress is not None:
        progress(total_rows, total_rows)
    return buffer.getvalue()
