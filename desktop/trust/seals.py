"""Signatures over bytes the office makes: a bundle's `bundle.json` and the audit log's head.

A bundle carries `signature.json`: the office certificate, its key id, the SHA-256 of the
signed bytes and the ECDSA P-256 signature over them (DER, base64). `bundle.json` names the
payload's SHA-256 and the audit head, so signing it signs the whole bundle. Checked against a
trust list, the certificate of the key id is the one headquarters issued (never the one the
bundle carries); without a trust list only the bundle's own certificate can be used, which
catches damage but says nothing of who signed.

An audit head is signed as the text `rawangi-audit-head/1:<row id>:<hash>`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.trust import keys
from desktop.trust.qr import Status
from desktop.trust.trustlist import TrustList

SIGNATURE_FORMAT: Final = "rawangi-signature/1"
HEAD_PREFIX: Final = "rawangi-audit-head/1"


@dataclass(frozen=True)
class Signer:
    """The office's key and its certificate, ready to sign."""

    key: keys.PrivateKey
    certificate: x509.Certificate

    def __post_init__(self) -> None:
        if not keys.same_key(self.key.public_key(), self.certificate):
            raise ValidationError("The signing key does not belong to the office's certificate.")

    @property
    def kid(self) -> str:
        return keys.key_id(self.certificate).hex()

    @property
    def office(self) -> str:
        return keys.Subject.of(self.certificate.subject).office

    def sign(self, data: bytes) -> bytes:
        """The DER ECDSA P-256 / SHA-256 signature of `data`."""
        return self.key.sign(data, ec.ECDSA(hashes.SHA256()))


def signature_document(data: bytes, signer: Signer) -> bytes:
    """`signature.json`: who signs `data` (its certificate and kid), the data's SHA-256 and
    the signature."""
    document = {
        "format": SIGNATURE_FORMAT,
        "alg": "ES256",
        "kid": signer.kid,
        "office": signer.office,
        "sha256": hashlib.sha256(data).hexdigest(),
        "certificate": keys.pem(signer.certificate).decode("ascii"),
        "signature": base64.b64encode(signer.sign(data)).decode("ascii"),
    }
    return (json.dumps(document, indent=1) + "\n").encode("ascii")


@dataclass(frozen=True)
class Checked:
    """What a signature check found: the status (GENUINE only when everything holds), one
    line saying why, whose key (office code and name) and its kid."""

    status: Status
    message: str
    whose: str = ""
    office: str = ""
    kid: str = ""
    trusted: bool = False  # checked against a trust list (else only against its own certificate)

    @property
    def genuine(self) -> bool:
        return self.status is Status.GENUINE


def _holds(certificate: x509.Certificate, data: bytes, signature: bytes) -> bool:
    public = certificate.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        return False
    try:
        public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class _Read:
    kid: bytes
    certificate: x509.Certificate
    digest: str
    signature: bytes


def _read(document: bytes) -> _Read | None:
    try:
        values: Any = json.loads(document.decode("utf-8"))
        if not isinstance(values, dict) or values.get("format") != SIGNATURE_FORMAT:
            return None
        if values.get("alg") != "ES256":
            return None
        return _Read(
            bytes.fromhex(str(values["kid"])),
            x509.load_pem_x509_certificate(str(values["certificate"]).encode("ascii")),
            str(values["sha256"]),
            base64.b64decode(str(values["signature"]), validate=True),
        )
    except (ValueError, KeyError, TypeError, UnicodeError):
        return None


def check(
    data: bytes, document: bytes, trust: TrustList | None, *, now: dt.datetime | None = None
) -> Checked:
    """Whether `document` (a `signature.json`) signs `data`, and by whose key.

    With a trust list: the key must be one headquarters certified, not revoked, its
    certificate valid now. Without one: the signature is checked against the certificate it
    carries (damage shows; who signed is not proven).
    """
    read = _read(document)
    if read is None:
        return Checked(Status.FORGED, "its signature cannot be read (damaged or not Rawangi's)")
    kid = read.kid.hex()
    if trust is None:
        if keys.key_id(read.certificate) != read.kid:
            return Checked(Status.FORGED, "its signature names another key than it carries")
        certificate = read.certificate
    else:
        found = trust.offices.get(read.kid)
        if found is None:
            return Checked(
                Status.UNKNOWN_KEY,
                f"it is signed by key {kid}, which headquarters never certified",
                kid=kid,
                trusted=True,
            )
        certificate = found
    subject = keys.Subject.of(certificate.subject)
    whose = str(subject)
    found_by = Checked(Status.GENUINE, "", whose, subject.office, kid, trust is not None)
    if read.digest != hashlib.sha256(data).hexdigest() or not _holds(
        certificate, data, read.signature
    ):
        return replace(
            found_by,
            status=Status.FORGED,
            message=f"its contents do not match the signature of {whose}: it was changed "
            "after it was signed",
        )
    if trust is not None:
        revoked = trust.revoked.get(read.kid)
        if revoked is not None:
            return replace(
                found_by,
                status=Status.REVOKED,
                message=f"it is signed with the key of {whose}, revoked on {revoked.at} "
                f"({revoked.reason})",
            )
        moment = now or clock.utc_now()
        if not keys.valid_at(certificate, moment):
            return replace(
                found_by,
                status=Status.EXPIRED,
                message=f"it is signed with the certificate of {whose}, valid only from "
                f"{clock.utc_stamp(certificate.not_valid_before_utc)} to "
                f"{clock.utc_stamp(certificate.not_valid_after_utc)}",
            )
    return replace(found_by, message=f"signed by {whose}, key {kid}")


def head_text(row_id: int, head: str) -> bytes:
    """The bytes signed for an audit head: the row's id and its chain hash."""
    return f"{HEAD_PREFIX}:{row_id}:{head}".encode("ascii")


def sign_head(signer: Signer, row_id: int, head: str) -> str:
    """The signature of an audit head (base64 DER)."""
    return base64.b64encode(signer.sign(head_text(row_id, head))).decode("ascii")


def head_signed_by(
    certificates: Iterable[x509.Certificate], kid: str, row_id: int, head: str, signature: str
) -> x509.Certificate | None:
    """The certificate (among those given, with key id `kid`) whose key signed this head, or
    None when none of them did (unknown key, or the signature does not hold)."""
    try:
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, TypeError):
        return None
    for certificate in certificates:
        if keys.key_id(certificate).hex() == kid and _holds(
            certificate, head_text(row_id, head), raw
        ):
            return certificate
    return None
