"""Urdu on the manifest: joined letters, right-to-left order, text that can be copied back.

reportlab 5 embeds a TrueType font glyph by glyph, one byte per character, and lays every
string out left to right. Its own shaping (``drawString(..., shaping=True)``) runs uharfbuzz
word by word but orders the words only with ``rlbidi``, which is not installed, and gives the
joined forms it cannot find in the font's cmap private-use codes, so a reader that copies
the text gets junk. So this module does the three steps itself:

1. **Order.** python-bidi's ``get_display`` gives the visual order of the line (words right
   to left, digits and Latin words kept left to right inside it).
2. **Shape.** Each word is shaped by uharfbuzz in logical order with its real direction, which
   joins the letters (initial, medial, final forms, lam-alef) and returns the glyphs already in
   visual order with their advances and mark offsets.
3. **Draw.** The glyphs are written as one ``TJ`` per font subset with the advances that
   harfbuzz computed. A glyph with no Unicode code point of its own gets a private-use code
   (``U+E000`` + glyph id, so the same glyph always gets the same code) and `UrduFont` writes
   the ``ToUnicode`` map to the text it stands for, so copying and searching give real Urdu.

Shaped words are cached for the life of the process; the cache is small (a few thousand
distinct names) and shaping is the slow part.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

import uharfbuzz
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.manifest import styles as st

# Arabic script blocks: letters, supplement, extended-A, and the presentation forms.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_PRIVATE_BASE: Final = 0xE000
_PRIVATE_LAST: Final = 0xF8FF
_UNITS: Final = 1000.0  # PDF glyph space: widths and TJ adjustments are per 1000 em


def _num(value: float) -> str:
    return f"{value:.2f}"  # reportlab's fp_str is slow without its C accelerator


def has_arabic(text: str) -> bool:
    """Whether the text holds Arabic-script letters (Urdu), which need `shape`."""
    return _ARABIC.search(text) is not None


def visual(text: str) -> str:
    """The characters of one line in the order they appear on paper, left to right.

    Right-to-left is the base direction: an Urdu line reads from the right, and a number or a
    Latin word inside it keeps its own left-to-right order. The result is for ordering
    only; shaping must see each Urdu word in its logical order (see `shape`).

    Args:
        text: one line in logical (typing) order.

    Returns:
        The same characters in visual order, mirrored brackets swapped.
    """
    return str(get_display(text, base_dir="R"))


class UrduFont(TTFont):  # type: ignore[misc]  # reportlab ships no types
    """A TrueType font whose ``ToUnicode`` map gives back real Urdu for joined forms.

    Joined letter forms are mapped to their base letters (the presentation forms' NFKC
    decomposition) and private-use glyphs to the text `shape` saw them stand for, so that
    a PDF reader copies and searches the words people see.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        path = str(filename)
        self.hb_face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(path))
        self.hb_font = uharfbuzz.Font(self.hb_face)
        self.units_per_em = self.hb_face.upem
        # Per PDF document: private code -> the text it stands for, first use wins. Kept per
        # document (not per process) so that the same data always gives the same bytes.
        self._private_text: weakref.WeakKeyDictionary[Any, dict[int, str]] = (
            weakref.WeakKeyDictionary()
        )

    def note_private(self, doc: Any, pairs: tuple[tuple[int, str], ...]) -> None:
        """Remember, for one document, what text each private-use glyph code stands for."""
        if pairs:
            known = self._private_text.setdefault(doc, {})
            for code, text in pairs:
                known.setdefault(code, text)

    def char_for_glyph(self, gid: int) -> int:
        """A code point that reportlab can embed for a glyph, given one if it has none."""
        face = self.face
        chars = face.glyphToChar.get(gid)
        if chars:
            return int(min(chars))  # prefer the base letter over its presentation-form alias
        code = _PRIVATE_BASE + gid
        if code > _PRIVATE_LAST or face.charToGlyph.get(code, gid) != gid:
            raise ValueError(f"{self.fontName}: no private code left for glyph {gid}")
        face.charToGlyph[code] = gid
        face.glyphToChar[gid] = [code]
        face.charWidths[code] = round(
            self.hb_font.get_glyph_h_advance(gid) * _UNITS / self.units_per_em
        )
        return code

    def addObjects(self, doc: Any) -> None:
        """Add the font to the PDF as reportlab does, then correct its ToUnicode maps."""
        # reportlab forgets the document's font state once the objects are added: read the
        # subsets and their names first.
        subsets = [list(subset) for subset in self.state[doc].subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        private = self._private_text.get(doc, {})
        fonts = doc.idToObject["BasicFonts"].dict
        for internal_name, subset in zip(names, subsets, strict=True):
            reference = fonts[internal_name].ToUnicode
            stream = doc.idToObject[reference.name]
            stream.content = _to_unicode_cmap(internal_name, subset, private)


def _unicode_for(code: int, private: dict[int, str]) -> str:
    if _PRIVATE_BASE <= code <= _PRIVATE_LAST:
        return private.get(code, "")
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", char)
    return char


def _to_unicode_cmap(name: str, subset: list[int], private: dict[int, str]) -> str:
    """A ToUnicode CMap (PDF 32000-1, 9.10.3) for one 256-glyph subset of the font."""
    entries = []
    for index, code in enumerate(subset):
        text = _unicode_for(code, private)
        if text:
            entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{max(len(subset) - 1, 0):02X}>",
        "endcodespacerange",
    ]
    # A bfchar section holds at most 100 entries.
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ShapedText:
    """One line of shaped text, glyphs in visual (left-to-right) order.

    Measures are per 1000 em: multiply by ``size / 1000`` for points.

    Attributes:
        chars: one character per glyph, the code reportlab embeds the glyph under.
        fonts: the font of each glyph (the Urdu font, or the fallback for a dash, say).
        advances: how far the pen moves after each glyph.
        x_offsets: horizontal shift of each glyph (marks over their letter).
        y_offsets: vertical shift of each glyph.
        private: (font, private code, text it stands for) for glyphs without a code point.
        width: the sum of the advances.
    """

    chars: str
    fonts: tuple[str, ...]
    advances: tuple[float, ...]
    x_offsets: tuple[float, ...]
    y_offsets: tuple[float, ...]
    private: tuple[tuple[str, int, str], ...]
    width: float

    def points(self, size: float) -> float:
        """The width in points at a font size."""
        return self.width * size / _UNITS


def _font(font_name: str) -> UrduFont:
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, UrduFont):
        raise TypeError(f"{font_name} is not registered as an UrduFont")
    return font


@lru_cache(maxsize=20_000)
def _shape_word(word: str, font_name: str, rtl: bool) -> ShapedText:
    """Shape one word given in logical order; glyphs come back in visual order."""
    font = _font(font_name)
    buffer = uharfbuzz.Buffer()
    # One cluster per character, so that each glyph says which letters it stands for.
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(word)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    if rtl:
        buffer.language = "ur"  # Urdu forms of heh, yeh and the digits where the font has them
    uharfbuzz.shape(font.hb_font, buffer, {"kern": True, "liga": True})
    scale = _UNITS / font.units_per_em
    infos = buffer.glyph_infos
    clusters = sorted({info.cluster for info in infos})
    next_cluster = dict(zip(clusters, [*clusters[1:], len(word)], strict=True))
    chars = []
    private = []
    for info in infos:
        code = font.char_for_glyph(info.codepoint)
        chars.append(chr(code))
        if _PRIVATE_BASE <= code <= _PRIVATE_LAST:
            private.append((font_name, code, word[info.cluster : next_cluster[info.cluster]]))
    positions = buffer.glyph_positions
    advances = tuple(p.x_advance * scale for p in positions)
    return ShapedText(
        chars="".join(chars),
        fonts=(font_name,) * len(chars),
        advances=advances,
        x_offsets=tuple(p.x_offset * scale for p in positions),
        y_offsets=tuple(p.y_offset * scale for p in positions),
        private=tuple(private),
        width=sum(advances),
    )


@lru_cache(maxsize=2_000)
def _plain_word(word: str, font_name: str) -> ShapedText:
    """A left-to-right word in a font that needs no shaping (Noto Sans for a dash)."""
    widths = pdfmetrics.getFont(font_name).face.charWidths
    advances = tuple(float(widths.get(ord(char), 0)) for char in word)
    zeros = (0.0,) * len(word)
    return ShapedText(word, (font_name,) * len(word), advances, zeros, zeros, (), sum(advances))


def _unmirror(word: str) -> str:
    # get_display swapped brackets for display; harfbuzz mirrors right-to-left text itself.
    return "".join(MIRRORED.get(char, char) for char in word)


@lru_cache(maxsize=20_000)
def shape(text: str, font_name: str, fallback: str = st.FONT_REGULAR) -> ShapedText:
    """Shape one line of Urdu (or mixed) text for drawing left to right.

    Args:
        text: the line in logical order, as typed.
        font_name: a font registered as `UrduFont`.
        fallback: a registered font for words without Arabic letters that the Urdu font
            cannot draw (an em dash, Latin letters); "" draws them in the Urdu font anyway
            (as boxes).

    Returns:
        The glyphs in visual order with their advances, ready for `pdf_operators`.
    """
    font = _font(font_name)
    char_to_glyph = font.face.charToGlyph
    space = font.char_for_glyph(char_to_glyph[32])
    space_width = float(font.face.charWidths[space])
    parts: list[ShapedText] = []
    for index, token in enumerate(visual(text.strip()).split(" ")):
        if index:
            parts.append(
                ShapedText(
                    chr(space), (font_name,), (space_width,), (0.0,), (0.0,), (), space_width
                )
            )
        if not token:
            continue
        if has_arabic(token):
            # A right-to-left word comes out of get_display reversed: harfbuzz wants it in
            # logical order.
            parts.append(_shape_word(_unmirror(token[::-1]), font_name, True))
        elif fallback and any(ord(char) not in char_to_glyph for char in token):
            parts.append(_plain_word(token, fallback))
        else:
            parts.append(_shape_word(token, font_name, False))
    return ShapedText(
        chars="".join(part.chars for part in parts),
        fonts=tuple(name for part in parts for name in part.fonts),
        advances=tuple(value for part in parts for value in part.advances),
        x_offsets=tuple(value for part in parts for value in part.x_offsets),
        y_offsets=tuple(value for part in parts for value in part.y_offsets),
        private=tuple(dict.fromkeys(pair for part in parts for pair in part.private)),
        width=sum(part.width for part in parts),
    )


def width(text: str, font_name: str, size: float) -> float:
    """The printed width of one line of Urdu in points."""
    return shape(text, font_name).points(size)


def wrap(text: str, font_name: str, size: float, max_width: float) -> tuple[str, ...]:
    """Break Urdu text into lines that fit a width, words kept in logical order.

    The first words (the right-most on paper) go on the first line. A single word wider
    than the column is broken between letters rather than clipped.

    Args:
        text: the text in logical order.
        font_name: a font registered as `UrduFont`.
        size: font size in points.
        max_width: the width available in points.

    Returns:
        The lines, each to be drawn with `shape`; empty for empty text.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width(candidate, font_name, size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width(current, font_name, size) > max_width and len(current) > 1:
            cut = len(current) - 1
            # Never separate a combining mark (zer, zabar, ...) from its letter.
            while cut > 1 and (
                width(current[:cut], font_name, size) > max_width
                or unicodedata.combining(current[cut])
            ):
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return tuple(lines)


def _glyph_codes(shaped: ShapedText, doc: Any) -> list[tuple[str, int, int]]:
    """(font, subset, byte) of each glyph as embedded in the document."""
    for font_name in dict.fromkeys(shaped.fonts):
        font = pdfmetrics.getFont(font_name)
        if isinstance(font, UrduFont):
            font.note_private(
                doc, tuple((code, text) for name, code, text in shaped.private if name == font_name)
            )
    codes: list[tuple[str, int, int]] = []
    fonts = shaped.fonts
    start = 0
    while start < len(fonts):
        stop = start
        while stop < len(fonts) and fonts[stop] == fonts[start]:
            stop += 1
        font = pdfmetrics.getFont(fonts[start])
        for subset, data in font.splitString(shaped.chars[start:stop], doc):
            codes.extend((fonts[start], subset, byte) for byte in data)
        start = stop
    return codes


def pdf_operators(shaped: ShapedText, size: float, doc: Any) -> str:
    """PDF text operators that draw a shaped line at the current text position.

    To be used inside ``BT … ET`` after the position is set (``Tm`` or ``Td``).

    Args:
        shaped: the result of `shape`.
        size: font size in points.
        doc: the reportlab document (``canvas._doc``) the text goes into.

    Returns:
        ``Tf``/``TJ`` operators, with ``Ts`` around glyphs that sit above or below the line.
    """
    codes = _glyph_codes(shaped, doc)
    out: list[str] = []
    items: list[str] = []
    run = bytearray()
    current: tuple[str, int] = ("", -1)
    rise = 0.0

    def close_run() -> None:
        if run:
            items.append(f"({escapePDF(bytes(run))})")
            run.clear()

    def flush() -> None:
        close_run()
        if items:
            out.append(f"[{' '.join(items)}] TJ")
            items.clear()

    for index, (font_name, subset, byte) in enumerate(codes):
        y_offset = shaped.y_offsets[index]
        if (font_name, subset) != current or y_offset != rise:
            flush()
            if (font_name, subset) != current:
                font = pdfmetrics.getFont(font_name)
                out.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
                current = (font_name, subset)
            if y_offset != rise:
                out.append(f"{_num(y_offset * size / _UNITS)} Ts")
                rise = y_offset
        x_offset = shaped.x_offsets[index]
        if x_offset:
            # A positive TJ number moves the pen left: shift the glyph right by its offset.
            close_run()
            items.append(_num(-x_offset))
        run.append(byte)
        # The viewer advances by the glyph's width in the font; harfbuzz wants `advance`.
        glyph_width = pdfmetrics.getFont(font_name).face.charWidths.get(ord(shaped.chars[index]), 0)
        correction = glyph_width + x_offset - shaped.advances[index]
        if abs(correction) > 0.01:
            close_run()
            items.append(_num(correction))
    flush()
    if rise:
        out.append("0 Ts")
    return " ".join(out)


def draw_right(
    canvas: Any, text: str, right: float, y: float, *, font_name: str, size: float
) -> float:
    """Draw one line of Urdu on a reportlab canvas, its right end at ``right``.

    Args:
        canvas: a ``reportlab.pdfgen.canvas.Canvas``; the current fill colour is used.
        text: the line in logical order.
        right: x of the right end of the line.
        y: the baseline.
        font_name: a font registered as `UrduFont`.
        size: font size in points.

    Returns:
        The width drawn, in points.
    """
    shaped = shape(text, font_name)
    drawn = shaped.points(size)
    operators = pdf_operators(shaped, size, canvas._doc)
    canvas.addLiteral(f"BT 1 0 0 1 {_num(right - drawn)} {_num(y)} Tm {operators} ET")
    return drawn
