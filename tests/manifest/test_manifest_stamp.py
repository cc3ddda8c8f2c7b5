"""Stored manifests read back: their metadata, and the "SUPERSEDED" reprint."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from desktop.core.errors import ValidationError
from desktop.manifest import (
    build_pdf,
    fingerprint,
    read_metadata,
    sample_manifest,
    stamp_superseded,
)

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
