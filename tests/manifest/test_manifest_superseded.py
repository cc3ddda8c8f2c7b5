"""Stored manifests read back: their metadata, and the "SUPERSEDED" reprint."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas

from desktop.core.errors import ValidationError
from desktop.manifest import (
    build_pdf,
    fingerprint,
    read_metadata,
    sample_manifest,
    stamp_superseded,
)
from desktop.manifest import styles as st

NOTE = "Superseded by revision 2 on 2026-11-28"


@pytest.fixture(scope="module")
def stored() -> bytes:
    return build_pdf(sample_manifest(60, not_travelled=2, page_size="Letter"))


def test_read_metadata_round_trips(stored: bytes) -> None:
    data = sample_manifest(60, not_travelled=2, page_size="Letter")
    assert read_metadata(stored) == {
        "code": data.contingent_code,
        "revision": "1",
        "count": "60",
        "fingerprint": fingerprint(data),
        "audit_head": data.audit_head,
    }


def test_superseded_is_across_every_page_and_keeps_the_pages(stored: bytes) -> None:
    stamped = stamp_superseded(stored, NOTE)
    before = PdfReader(io.BytesIO(stored))
    after = PdfReader(io.BytesIO(stamped))
    assert len(after.pages) == len(before.pages) > 1
    for old, new in zip(before.pages, after.pages, strict=True):
        text = new.extract_text()
        assert "SUPERSEDED" in text
        assert NOTE in " ".join(text.split())
        # The stored page content is all still there, and the paper size unchanged.
        for line in old.extract_text().splitlines():
            assert line.strip() in text
        assert new.mediabox == old.mediabox


def test_stamped_file_keeps_its_metadata_and_is_reproducible(stored: bytes) -> None:
    stamped = stamp_superseded(stored, NOTE)
    assert read_metadata(stamped) == read_metadata(stored)
    assert PdfReader(io.BytesIO(stamped)).metadata["/RawangiSuperseded"] == NOTE
    assert stamp_superseded(stored, NOTE) == stamped


def test_a_pdf_that_is_not_a_manifest_is_refused() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "A letter, not a manifest")
    canvas.save()
    with pytest.raises(ValidationError, match="not a Rawangi manifest"):
        read_metadata(buffer.getvalue())


@pytest.mark.parametrize(
    "junk",
    [b"", b"not a pdf at all", bytes(range(256)) * 20, b"%PDF-1.4\n%garbage\n"],
)
def test_random_bytes_are_refused(junk: bytes) -> None:
    with pytest.raises(ValidationError, match="not a Rawangi manifest"):
        read_metadata(junk)
    with pytest.raises(ValidationError, match="not a Rawangi manifest"):
        stamp_superseded(junk, NOTE)


# --- where the stamp is drawn ----------------------------------------------------------------

LONG_REASON = (
    "Superseded on 2026-11-28: Reopened: two workers' visas were cancelled by the employer, "
    "a replacement driver was added at the last minute and the flight moved to the next day "
    "after the airline changed its schedule for the whole week"
)
Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n, as PDF concatenates matrices."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)  # fmt: skip


def _apply(m: Matrix, x: float, y: float) -> Point:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


@dataclass(frozen=True)
class Ink:
    """One string drawn in the stamp's red, with the corners of its glyph box on the page."""

    text: str
    corners: tuple[Point, ...]


def red_text(reader: PdfReader, page_index: int) -> list[Ink]:
    """Every string a page shows in the stamp's colour, with where its letters reach.

    The box runs from the font's descent to its cap height (the embedded font's own
    descriptor) and over the string's width from the font's own /Widths.
    """
    page = reader.pages[page_index]
    fonts = page["/Resources"]["/Font"]
    identity: Matrix = (1, 0, 0, 1, 0, 0)
    ctm, stack = identity, []
    tm = identity
    red = False
    font = None
    size = 0.0
    found = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"q":
            stack.append((ctm, red))
        elif operator == b"Q":
            ctm, red = stack.pop()
        elif operator == b"cm":
            ctm = _times(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif operator == b"rg":
            rgb = tuple(round(float(v), 2) for v in operands)
            red = rgb == tuple(round(v, 2) for v in st.STAMP_COLOR)
        elif operator == b"BT":
            tm = identity
        elif operator == b"Tm":
            tm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif operator == b"Td":
            tm = _times((1, 0, 0, 1, float(operands[0]), float(operands[1])), tm)
        elif operator == b"Tf":
            font = fonts[operands[0]].get_object()
            size = float(operands[1])
        elif operator == b"Tj" and red and font is not None:
            raw = getattr(operands[0], "original_bytes", operands[0])
            widths = [float(w) for w in font["/Widths"]]
            first = int(font["/FirstChar"])
            width = sum(widths[code - first] for code in raw) * size / 1000
            descriptor = font["/FontDescriptor"].get_object()
            low = float(descriptor["/Descent"]) * size / 1000
            high = float(descriptor["/CapHeight"]) * size / 1000
            matrix = _times(tm, ctm)
            box = ((0, low), (width, low), (width, high), (0, high))
            found.append(Ink(raw.decode("latin-1"), tuple(_apply(matrix, *p) for p in box)))
    return found


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
@pytest.mark.parametrize("note", [NOTE, LONG_REASON, LONG_REASON * 6])
def test_the_stamp_stays_inside_the_margins_and_above_the_footer(page_size, note) -> None:
    stored = build_pdf(sample_manifest(40, page_size=page_size))
    reader = PdfReader(io.BytesIO(stamp_superseded(stored, note)))
    footer_rule = st.MARGIN_BOTTOM + st.FOOTER_HEIGHT
    for index in (0, len(reader.pages) - 1):
        page = reader.pages[index]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        drawn = red_text(reader, index)
        assert "SUPERSEDED" in [ink.text for ink in drawn]
        for ink in drawn:
            for x, y in ink.corners:
                assert st.MARGIN_LEFT <= x <= width - st.MARGIN_RIGHT, (ink.text, x)
                assert footer_rule < y <= height - st.MARGIN_TOP, (ink.text, y)
        # The footer is the stored one, whole: page number and fingerprint still read.
        text = page.extract_text()
        assert f"Page {index + 1} of {len(reader.pages)}" in text
        assert "Fingerprint " in text


def test_a_long_reason_is_wrapped_and_printed_whole(stored: bytes) -> None:
    reader = PdfReader(io.BytesIO(stamp_superseded(stored, LONG_REASON)))
    drawn = [ink.text for ink in red_text(reader, 0) if ink.text != "SUPERSEDED"]
    assert len(drawn) > 1  # several lines
    assert " ".join(drawn) == LONG_REASON
    assert LONG_REASON in " ".join(reader.pages[0].extract_text().split())


def test_a_reason_too_long_for_the_page_is_cut_with_an_ellipsis(stored: bytes) -> None:
    endless = LONG_REASON * 6
    stamped = PdfReader(io.BytesIO(stamp_superseded(stored, endless)))
    drawn = [ink.text for ink in red_text(stamped, 0) if ink.text != "SUPERSEDED"]
    assert " ".join(drawn)[:200] == endless[:200]
    # One ellipsis more than the stored page has (its footer shortens the fingerprint).
    original = PdfReader(io.BytesIO(stored)).pages[0].extract_text().count("…")
    assert stamped.pages[0].extract_text().count("…") == original + 1
    # The whole reason is still in the file, for the program and for anyone who asks.
    assert stamped.metadata["/RawangiSuperseded"] == endless


def test_the_stamped_file_embeds_every_font(stored: bytes) -> None:
    reader = PdfReader(io.BytesIO(stamp_superseded(stored, NOTE)))
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
