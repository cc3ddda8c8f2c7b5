"""Reading stored manifests back: their metadata, and the "SUPERSEDED" reprint.

A reprint of a superseded revision must be the very pages that were signed, marked so that
nobody can take them for the current list: each stored page gets a large diagonal
"SUPERSEDED" and the reason under it (pypdf merges a reportlab-drawn overlay onto the page;
the page's own content is not touched). Both stay inside the margins and above the footer,
so that the page number and the fingerprint still read. A signed revision is stamped in an
incremental update after its signature instead (`signature.stamp_signed`), which keeps the
signature holding over the revision as it was signed.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.core.errors import ValidationError
from desktop.manifest import styles as st
from desktop.manifest.pdf import (
    META_AUDIT_HEAD,
    META_CODE,
    META_COUNT,
    META_FINGERPRINT,
    META_REVISION,
    register_fonts,
    save_canvas,
    text_width,
    wrap,
)
from desktop.manifest.signature import META_SUPERSEDED, is_signed, stamp_signed

SUPERSEDED: Final = "SUPERSEDED"
_ELLIPSIS: Final = "…"
_NOTE_GAP: Final = 0.6  # between the word and the note, in note sizes
_NOTE_LEADING: Final = 1.3

# Metadata key -> the name read_metadata returns it under.
_KEYS: Final = {
    META_CODE: "code",
    META_REVISION: "revision",
    META_COUNT: "count",
    META_FINGERPRINT: "fingerprint",
    META_AUDIT_HEAD: "audit_head",
}


_PDF_ERRORS: Final = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError)


def _reader(pdf_bytes: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(pdf_bytes), strict=False)
        pages = len(reader.pages)
    except _PDF_ERRORS as error:
        raise ValidationError(
            "This file is not a Rawangi manifest: it is not a readable PDF."
        ) from error
    if pages == 0:
        raise ValidationError("This file is not a Rawangi manifest: it has no pages.")
    return reader


def read_metadata(pdf_bytes: bytes) -> dict[str, str]:
    """The contingent code, revision, count, fingerprint and audit head stored in a manifest.

    Args:
        pdf_bytes: a manifest PDF as built by `build_pdf` (stamped or not).

    Returns:
        ``{"code", "revision", "count", "fingerprint", "audit_head"}``, all strings.

    Raises:
        ValidationError: the bytes are not a PDF, or a PDF without Rawangi's metadata.
    """
    reader = _reader(pdf_bytes)
    try:
        info: Mapping[str, Any] = reader.metadata or {}
    except _PDF_ERRORS as error:
        raise ValidationError(
            "This file is not a Rawangi manifest: its document information cannot be read."
        ) from error
    found: dict[str, str] = {}
    for key, name in _KEYS.items():
        value = info.get(f"/{key}")
        if value is None:
            raise ValidationError(
                f"This file is not a Rawangi manifest: it carries no {name.replace('_', ' ')}."
            )
        found[name] = str(value)
    return found


@dataclass(frozen=True, slots=True)
class _Stamp:
    """Where the stamp goes: a block (the word over the wrapped note) turned along the body.

    The block is centred on the page's body (inside the margins, above the footer) and sized
    so that, turned by ``angle``, every corner stays inside it: the footer's fingerprint and
    page numbers and the margins stay clear.
    """

    angle: float  # degrees, counter-clockwise
    centre: tuple[float, float]
    size: float  # of the word
    note_size: float
    note_lines: tuple[str, ...]
    height: float  # of the whole block


def _shorten(text: str, size: float, width: float) -> str:
    """The text cut at a word so that it and an ellipsis fit the width."""
    words = text.split()
    while words and text_width(" ".join(words) + _ELLIPSIS, st.FONT_BOLD, size) > width:
        words.pop()
    return " ".join(words) + _ELLIPSIS


def _lay_out_stamp(width: float, height: float, note: str) -> _Stamp:
    """Fit the word and the note, turned along the body's diagonal, inside the body."""
    left, right = st.MARGIN_LEFT, width - st.MARGIN_RIGHT
    bottom = st.MARGIN_BOTTOM + st.FOOTER_HEIGHT + st.FOOTER_GAP
    top = height - st.MARGIN_TOP
    body_width, body_height = right - left, top - bottom
    angle = math.atan2(body_height, body_width)
    cos, sin = math.cos(angle), math.sin(angle)
    face = pdfmetrics.getFont(st.FONT_BOLD).face
    cap, descent = face.capHeight / 1000, -face.descent / 1000
    per_point = text_width(SUPERSEDED, st.FONT_BOLD, 1.0)
    # As large as spans a share of the diagonal, smaller while the block does not fit.
    size = math.hypot(body_width, body_height) * st.STAMP_LENGTH / per_point
    while True:
        word_width = per_point * size
        note_size = min(max(size / 7, st.SIZE_STAMP_NOTE_MIN), st.SIZE_STAMP_NOTE_MAX)
        lines = wrap(note, st.FONT_BOLD, note_size, word_width)
        if len(lines) > st.STAMP_NOTE_LINES:
            rest = " ".join(lines[st.STAMP_NOTE_LINES - 1 :])
            lines = (*lines[: st.STAMP_NOTE_LINES - 1], _shorten(rest, note_size, word_width))
        block_width = max([word_width, *(text_width(x, st.FONT_BOLD, note_size) for x in lines)])
        block_height = (cap + descent) * size
        if lines:
            block_height += note_size * (_NOTE_GAP + (len(lines) - 1) * _NOTE_LEADING)
            block_height += (cap + descent) * note_size
        fits = (
            block_width * cos + block_height * sin <= body_width
            and block_width * sin + block_height * cos <= body_height
        )
        if fits or size <= st.SIZE_STAMP_MIN:
            return _Stamp(
                angle=math.degrees(angle),
                centre=((left + right) / 2, (bottom + top) / 2),
                size=size,
                note_size=note_size,
                note_lines=lines,
                height=block_height,
            )
        size *= 0.96


def _overlay(width: float, height: float, note: str) -> bytes:
    """One page with the turned stamp and its note, sized like the page it goes on."""
    register_fonts()
    stamp = _lay_out_stamp(width, height, note)
    face = pdfmetrics.getFont(st.FONT_BOLD).face
    cap, descent = face.capHeight / 1000, -face.descent / 1000
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        initialFontName=st.FONT_BOLD,  # else Helvetica, which is not embedded
    )
    canvas.saveState()
    canvas.translate(*stamp.centre)
    canvas.rotate(stamp.angle)
    canvas.setFillColorRGB(*st.STAMP_COLOR, alpha=st.STAMP_ALPHA)
    baseline = stamp.height / 2 - cap * stamp.size
    canvas.setFont(st.FONT_BOLD, stamp.size)
    canvas.drawCentredString(0, baseline, SUPERSEDED)
    canvas.setFillColorRGB(*st.STAMP_COLOR, alpha=st.STAMP_NOTE_ALPHA)
    canvas.setFont(st.FONT_BOLD, stamp.note_size)
    baseline -= descent * stamp.size + (_NOTE_GAP + cap) * stamp.note_size
    for line in stamp.note_lines:
        canvas.drawCentredString(0, baseline, line)
        baseline -= _NOTE_LEADING * stamp.note_size
    canvas.restoreState()
    canvas.showPage()
    save_canvas(canvas)
    return buffer.getvalue()


def stamp_superseded(pdf_bytes: bytes, note: str) -> bytes:
    """The stored manifest with "SUPERSEDED" and a note across every page.

    Args:
        pdf_bytes: the stored bytes of the superseded revision.
        note: e.g. "Superseded by revision 2 on 2026-11-28".

    Returns:
        The stamped PDF: same pages, same metadata (plus ``/RawangiSuperseded``); the same
        input gives the same bytes.

    Raises:
        ValidationError: the bytes are not a readable PDF.
    """
    reader = _reader(pdf_bytes)
    if is_signed(pdf_bytes):
        return _stamp_signed(reader, pdf_bytes, note)
    try:
        writer = PdfWriter(clone_from=reader)
        overlays: dict[tuple[float, float], PageObject] = {}
        for page in writer.pages:
            box = page.mediabox
            size = (float(box.width), float(box.height))
            if size not in overlays:
                overlays[size] = PdfReader(io.BytesIO(_overlay(*size, note))).pages[0]
            page.merge_translated_page(overlays[size], float(box.left), float(box.bottom))
    except _PDF_ERRORS as error:
        raise ValidationError(
            "This file is not a Rawangi manifest: its pages cannot be read."
        ) from error
    writer.add_metadata({f"/{META_SUPERSEDED}": note})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stamp_signed(reader: PdfReader, pdf_bytes: bytes, note: str) -> bytes:
    """A signed revision is stamped in an update after its signature, which keeps holding."""
    try:
        sizes = {(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages}
        overlays = {size: _overlay(*size, note) for size in sizes}
        return stamp_signed(pdf_bytes, overlays, note)
    except _PDF_ERRORS as error:
        raise ValidationError(
            "This file is not a Rawangi manifest: its pages cannot be read."
        ) from error
