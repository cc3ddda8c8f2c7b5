"""Reading stored manifests back: their metadata, and the "SUPERSEDED" reprint.

A reprint of a superseded revision must be the very pages that were signed, marked so that
nobody can take them for the current list: each stored page gets a large diagonal
"SUPERSEDED" and a note drawn over it (pypdf merges a reportlab-drawn overlay onto the page;
the page's own content is not touched).
"""

from __future__ import annotations

import io
import math
from typing import Final

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
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
)

SUPERSEDED: Final = "SUPERSEDED"
META_SUPERSEDED: Final = "RawangiSuperseded"

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
        info = reader.metadata or {}
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


def _overlay(width: float, height: float, note: str) -> bytes:
    """One page with the diagonal stamp and the note, sized like the page it goes on."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)
    diagonal = math.degrees(math.atan2(height, width))
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(diagonal)
    canvas.setFillColorRGB(*st.STAMP_COLOR, alpha=st.STAMP_ALPHA)
    canvas.setStrokeColorRGB(*st.STAMP_COLOR, alpha=st.STAMP_ALPHA)
    # As large as fits along the diagonal with a margin.
    length = math.hypot(width, height) * st.STAMP_LENGTH
    size = length / max(canvas.stringWidth(SUPERSEDED, st.FONT_BOLD, 100) / 100, 1)
    canvas.setFont(st.FONT_BOLD, size)
    canvas.drawCentredString(0, -size * 0.35, SUPERSEDED)
    canvas.setFillColorRGB(*st.STAMP_COLOR, alpha=st.STAMP_NOTE_ALPHA)
    note_size = max(9.0, size / 7)
    canvas.setFont(st.FONT_BOLD, note_size)
    canvas.drawCentredString(0, -size * 0.35 - note_size * 1.8, note)
    canvas.restoreState()
    # The note again, upright at the top edge, for a reader who does not tilt the page.
    canvas.setFillColorRGB(*st.STAMP_COLOR)
    canvas.setFont(st.FONT_BOLD, st.SIZE_STAMP_TOP)
    canvas.drawCentredString(width / 2, height - 14, f"{SUPERSEDED}: {note}")
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
