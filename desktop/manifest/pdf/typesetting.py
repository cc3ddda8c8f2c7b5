"""Text and shapes as raw PDF operators: escaping, encoding through the embedded font
subsets, shaped Urdu, and the content of one page (fills, then rules, then text).

User text never meets a markup parser (no ``Paragraph``): it is written as escaped PDF
string operands only, so no value can change the layout or inject content.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.manifest import styles as st
from desktop.manifest import urdu
from desktop.manifest.pdf.fonts import text_width

Color = tuple[float, float, float]

# A cell is a tuple of lines; each line is (text, muted). Muted lines are the second facts of
# combined columns (passport expiry under the number, employer under the country).
Line = tuple[str, bool]
Cell = tuple[Line, ...]


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


class Typesetter:
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


class Ink:
    """The content of one page as PDF operators: fills, then rules, then text.

    Painting all fills first and all text last means no text is ever hidden under a shaded
    band, whatever order the drawing code asks for things in.
    """

    def __init__(self, typesetter: Typesetter) -> None:
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


def line_baseline(top: float, leading: float, size: float, cap: float, descent: float) -> float:
    """The baseline that centres a line of text in a line box whose top is ``top``."""
    return top - (leading + size * (cap - descent)) / 2
