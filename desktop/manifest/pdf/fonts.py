"""The shipped fonts: registered with reportlab once; widths and line breaks of text in them."""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop import resources
from desktop.manifest import styles as st
from desktop.manifest import urdu

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
