"""The manifest's PAdES signature (pyhanko): signing the built bytes with the office's key,
reading a signature back, and the SUPERSEDED stamp of a signed revision.

A signed manifest is the unsigned build (with the signed QR on every page) plus one
incremental update holding a PAdES baseline signature (ETSI.CAdES.detached, SHA-256, ECDSA
P-256) by the office's certificate, the headquarters root embedded after it. Any PDF reader
and poppler's ``pdfsig`` check it.

A superseded revision's SUPERSEDED copy is a second incremental update after the signature:
the stamp on every page and ``/RawangiSuperseded`` in the document information. The signed
revision stays byte for byte the start of the file, so its signature still holds (readers say
"signed, then changed"), and the same stored bytes give the same stamped bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.core.errors import ValidationError

SIGNATURE_FIELD: Final = "RawangiSignature"
META_SUPERSEDED: Final = "RawangiSuperseded"
_SIGNED_HASH: Final = "sha256"


@dataclass(frozen=True)
class SigningKey:
    """What signs a manifest: the office's key, its certificate and the chain above it."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


@dataclass(frozen=True)
class PdfSignature:
    """What a manifest's signature says, checked against the bytes it covers.

    Attributes:
        office: the signing office's code (the certificate's OU).
        name: the office's name (the certificate's CN).
        holds: the signed bytes are unchanged and the signature over them is the
            certificate's key's.
        whole: the signature covers the whole file (nothing was added after signing).
        signed_length: how many bytes from the start the signature covers (its revision).
        certificate: the signer's certificate, as embedded.
    """

    office: str
    name: str
    holds: bool
    whole: bool
    signed_length: int
    certificate: x509.Certificate

    @property
    def signer(self) -> str:
        return f"{self.name} ({self.office})" if self.office else self.name


@contextlib.contextmanager
def _quiet_import() -> Iterator[None]:
    """pyhanko imports DSA support, which cryptography deprecates: not ours to fix, and that
    warning at import must not fail Rawangi's strict runs (warnings are errors in tests)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*DSA is deprecated.*")
        # pyhanko imports its signing modules (which name DSA) lazily, from inside its
        # reader too: load them here, under this filter, before anything else does.
        import pyhanko.sign.validation  # noqa: F401

        yield


def _asn1_certificate(certificate: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    found = name.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""


def sign_pdf(pdf: bytes, signing: SigningKey, *, reason: str, location: str) -> bytes:
    """The manifest with the office's PAdES signature added as an incremental update.

    Args:
        pdf: the built manifest (its bytes stay the start of the result).
        signing: the office's key, certificate and chain (the root is embedded).
        reason: the signature's reason, as readers show it.
        location: where it was signed (the office).

    Returns:
        The signed PDF bytes (the signing time is now: two signings differ).
    """
    with _quiet_import():
        from asn1crypto import keys as asn1_keys
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore
    key_info = asn1_keys.PrivateKeyInfo.load(
        signing.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = signers.SimpleSigner(
        signing_cert=_asn1_certificate(signing.certificate),
        signing_key=key_info,
        cert_registry=SimpleCertificateStore.from_certs(
            [_asn1_certificate(c) for c in signing.chain]
        ),
    )
    office, name = _whose(signing.certificate)
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm=_SIGNED_HASH,
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=f"{name} ({office})" if office else name,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = signers.PdfSigner(meta, signer=signer).sign_pdf(writer)
    return bytes(out.getvalue())


def _whose(certificate: x509.Certificate) -> tuple[str, str]:
    subject = certificate.subject
    return (
        _attribute(subject, NameOID.ORGANIZATIONAL_UNIT_NAME),
        _attribute(subject, NameOID.COMMON_NAME),
    )


def is_signed(pdf: bytes) -> bool:
    """Whether the file carries a Rawangi manifest signature (not checked here)."""
    with _quiet_import():
        from pyhanko.pdf_utils.misc import PdfError
        from pyhanko.pdf_utils.reader import PdfFileReader
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        return any(s.field_name == SIGNATURE_FIELD for s in reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, OSError):
        return False


def read_signature(pdf: bytes) -> PdfSignature | None:
    """The manifest's signature checked against the bytes it covers; None for an unsigned file.

    Whether the signer is to be trusted is not said here: that is the trust list's or the
    database's word (the certificate is returned for it).

    Raises:
        ValidationError: the file is not a readable PDF, or its signature cannot be read.
    """
    with _quiet_import():
        from pyhanko.pdf_utils.misc import PdfError
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import SignatureCoverageLevel
        from pyhanko.sign.validation.generic_cms import validate_sig_integrity
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        found = [s for s in reader.embedded_signatures if s.field_name == SIGNATURE_FIELD]
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise ValidationError("This file is not a readable PDF.") from error
    if not found:
        return None
    embedded = found[0]
    try:
        certificate = x509.load_der_x509_certificate(embedded.signer_cert.dump())
        start, _first, second, rest = (int(n) for n in embedded.byte_range)
        intact, valid = validate_sig_integrity(
            embedded.signer_info,
            embedded.signer_cert,
            expected_content_type="data",
            actual_digest=embedded.compute_digest(),
        )
        whole = embedded.evaluate_signature_coverage() is SignatureCoverageLevel.ENTIRE_FILE
    except (PdfError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValidationError("The file's signature cannot be read: it is damaged.") from error
    office, name = _whose(certificate)
    return PdfSignature(
        office=office,
        name=name,
        holds=bool(intact and valid) and start == 0,
        whole=whole,
        signed_length=second + rest,
        certificate=certificate,
    )


def stamp_signed(pdf: bytes, overlays: Mapping[tuple[float, float], bytes], note: str) -> bytes:
    """The signed manifest with the SUPERSEDED stamp on every page, as an incremental update.

    Args:
        pdf: the stored, signed bytes (they stay the start of the result).
        overlays: one single-page PDF (the stamp) per page size (width, height) in the file.
        note: e.g. "Superseded on 2026-11-28: Reopened: …", also stored as
            ``/RawangiSuperseded`` in the document information.

    Returns:
        The stamped PDF; the same bytes and note always give the same result.
    """
    with _quiet_import():
        from pyhanko.pdf_utils import generic
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.pdf_utils.reader import PdfFileReader

    class _Fixed(IncrementalPdfFileWriter):
        """pyhanko dates every update now and gives it a random /ID; a stamped copy must
        be the same bytes for the same stored revision, so neither is done."""

        def _update_meta(self) -> None:
            pass

    writer = _Fixed(io.BytesIO(pdf), strict=False)
    first_id = writer._document_id[0]
    writer._document_id = generic.ArrayObject(
        [first_id, generic.ByteStringObject(document_id(pdf, note))]
    )
    forms: dict[tuple[float, float], Any] = {}
    for index in range(int(writer.root["/Pages"]["/Count"])):
        page = writer.find_page_for_modification(index)[0].get_object()
        box = [float(n) for n in page["/MediaBox"]]
        size = (box[2] - box[0], box[3] - box[1])
        if size not in forms:
            overlay = PdfFileReader(io.BytesIO(overlays[size]), strict=False)
            forms[size] = writer.import_page_as_xobject(overlay)
        name = generic.NameObject("/RawangiStamp")
        resources = generic.DictionaryObject(
            {generic.NameObject("/XObject"): generic.DictionaryObject({name: forms[size]})}
        )
        drawn = f"q 1 0 0 1 {box[0]:g} {box[1]:g} cm /RawangiStamp Do Q".encode("ascii")
        stream = writer.add_object(generic.StreamObject(stream_data=drawn))
        # The page's own content may leave the graphics state changed: wrap it first.
        before = writer.add_object(generic.StreamObject(stream_data=b"q"))
        writer.add_stream_to_page(index, before, prepend=True)
        closing = writer.add_object(generic.StreamObject(stream_data=b"Q"))
        writer.add_stream_to_page(index, closing)
        writer.add_stream_to_page(index, stream, resources=resources)
    info = writer.trailer["/Info"]
    info[generic.NameObject("/" + META_SUPERSEDED)] = generic.TextStringObject(note)
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def document_id(pdf: bytes, note: str) -> bytes:
    """The second half of a stamped copy's /ID: derived from what it is made of."""
    return hashlib.sha256(pdf + b"\0" + note.encode("utf-8")).digest()[:16]
