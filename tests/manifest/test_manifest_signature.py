"""A signed manifest: the signed QR on every page (scanned back from a 150 dpi rendering), the
PAdES signature that holds over every byte, and the SUPERSEDED stamp that keeps it holding."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from desktop.manifest import build_pdf, read_metadata, sample_manifest, stamp_superseded
from desktop.manifest.signature import SigningKey, read_signature, sign_pdf
from desktop.trust import keys

SIGNED_QR = "RW1:" + "6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDEXWK G2EP4J0B"


@pytest.fixture(scope="module")
def signing() -> SigningKey:
    root_key = keys.new_key()
    root = keys.make_root(root_key, "Rawangi test root")
    key = keys.new_key()
    certificate = keys.certify(keys.make_request(key, "LHE", "Lahore"), root_key, root)
    return SigningKey(key, certificate, (root,))


@pytest.fixture(scope="module")
def signed(signing: SigningKey) -> bytes:
    pdf = build_pdf(sample_manifest(120), signed_qr=SIGNED_QR)
    return sign_pdf(pdf, signing, reason="Contingent manifest", location="Lahore (LHE)")


def qr_codes_on(pdf: bytes, page: int, tmp_path) -> list[str]:
    """The QR texts a scanner reads off one page printed at 150 dpi."""
    import zxingcpp
    from PIL import Image

    source = tmp_path / "manifest.pdf"
    source.write_bytes(pdf)
    prefix = tmp_path / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png", "-singlefile",
         str(source), str(prefix)],
        check=True,
    )  # fmt: skip
    with Image.open(f"{prefix}.png") as image:
        return [found.text for found in zxingcpp.read_barcodes(image)]


def test_every_page_of_a_signed_manifest_carries_the_signed_qr(signed, tmp_path):
    pages = len(PdfReader(io.BytesIO(signed)).pages)
    assert pages >= 3
    for page in (1, pages // 2 + 1, pages):
        assert qr_codes_on(signed, page, tmp_path) == [SIGNED_QR], f"page {page}"


def test_an_unsigned_manifest_keeps_its_qr_on_page_one_only(tmp_path):
    pdf = build_pdf(sample_manifest(120))
    assert qr_codes_on(pdf, 1, tmp_path)[0].startswith("RAWANGI-MANIFEST|")
    assert qr_codes_on(pdf, 2, tmp_path) == []


def test_the_signature_holds_names_the_office_and_covers_the_whole_file(signed):
    signature = read_signature(signed)
    assert signature is not None
    assert signature.holds and signature.whole
    assert signature.signer == "Lahore (LHE)"
    assert signature.signed_length == len(signed)
    assert read_metadata(signed)["count"] == "120"  # what `manifest verify` reads is still there


def test_one_changed_byte_breaks_the_signature(signed):
    damaged = bytearray(signed)
    at = signed.index(b"stream", len(signed) // 3) + 20  # inside a page's content
    damaged[at] ^= 0x01
    signature = read_signature(bytes(damaged))
    assert signature is not None and not signature.holds


def test_an_unsigned_manifest_has_no_signature():
    assert read_signature(build_pdf(sample_manifest(3))) is None


def test_the_superseded_stamp_keeps_the_signed_revision_and_its_signature(signed):
    note = "Superseded on 2026-11-28: Reopened: a passport number was wrong"
    stamped = stamp_superseded(signed, note)
    assert stamped.startswith(signed)  # the signed revision, byte for byte
    assert stamp_superseded(signed, note) == stamped  # reprints give the same bytes
    signature = read_signature(stamped)
    assert signature is not None
    assert signature.holds and not signature.whole
    assert signature.signed_length == len(signed)
    reader = PdfReader(io.BytesIO(stamped))
    assert reader.metadata["/RawangiSuperseded"] == note
    for page in reader.pages:
        assert "SUPERSEDED" in page.extract_text()


def test_a_stamp_added_after_signing_cannot_hide_a_changed_signed_byte(signed):
    damaged = bytearray(signed)
    at = signed.index(b"stream", len(signed) // 3) + 20
    damaged[at] ^= 0x01
    stamped = stamp_superseded(bytes(damaged), "Superseded on 2026-11-28: Reopened: x")
    signature = read_signature(stamped)
    assert signature is not None and not signature.holds
