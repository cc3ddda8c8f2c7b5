"""The signed payload of a manifest's or a slip's QR code, in the EU DCC layout.

COSE_Sign1 (RFC 9052) with the protected header {1: -7 (ES256), 4: kid} and the fields as a
CBOR map with small integer keys, tagged 18, zlib-compressed, base45 (RFC 9285) so that QR's
alphanumeric mode holds it, after the prefix "RW1:".
"""

from __future__ import annotations

import datetime as dt
import enum
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import base45
import cbor2
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.trust import keys
from desktop.trust.trustlist import TrustList

PREFIX: Final = "RW1:"
COSE_SIGN1_TAG: Final = 18
ES256: Final = -7
_ALG, _KID = 1, 4
DAYS_TAG: Final = 100
EPOCH: Final = dt.date(1970, 1, 1)
_HALF: Final = 32  # bytes of r and of s in a P-256 signature

# Field name -> its key in the CBOR map. Numbers, not names: each saves bytes in the QR.
FIELDS: Final[dict[str, int]] = {
    "kind": 1,
    "office": 2,
    "code": 3,
    "revision": 4,
    "flight": 5,
    "date": 6,
    "count": 7,
    "fingerprint": 8,
    "name": 9,
    "father_name": 10,
    "cnic": 11,
    "passport_no": 12,
}
_NAMES: Final = {number: name for name, number in FIELDS.items()}
KINDS: Final = ("manifest", "slip")
# The manifest's fingerprint (SHA-256, hex) is carried as its first 16 bytes.
FINGERPRINT_BYTES: Final = 16


class Status(enum.StrEnum):
    GENUINE = "genuine"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
    UNKNOWN_KEY = "unknown key"
    EXPIRED = "expired"
    FORGED = "forged or damaged"


@dataclass(frozen=True)
class Verdict:
    """What a verifier says of a QR's text; `fields` are the signed ones (empty when forged)."""

    status: Status
    message: str
    fields: dict[str, Any] = field(default_factory=dict)
    office: str = ""
    kid: str = ""

    @property
    def genuine(self) -> bool:
        return self.status is Status.GENUINE


def _encode_fields(fields: Mapping[str, Any]) -> dict[int, Any]:
    encoded: dict[int, Any] = {}
    for name, given in fields.items():
        value = given
        if name not in FIELDS:
            raise ValidationError(f"A signed QR carries no field {name!r}.", name)
        if name == "kind":
            if value not in KINDS:
                raise ValidationError(f"A signed QR is a manifest or a slip, not {value!r}.")
            value = KINDS.index(value)
        elif name == "fingerprint":
            value = bytes.fromhex(str(value))[:FINGERPRINT_BYTES]
        elif name == "date":
            # RFC 8943: days since 1970-01-01 (3 bytes, not 11 for the ISO text).
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
            value = cbor2.CBORTag(DAYS_TAG, (day - EPOCH).days)
        encoded[FIELDS[name]] = value
    return encoded


def _decode_fields(encoded: Mapping[Any, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for number, stored in encoded.items():
        name, value = _NAMES[number], stored
        if name == "kind":
            value = KINDS[value]
        elif name == "fingerprint":
            value = bytes(value).hex()
        elif name == "date":
            value = value.isoformat() if isinstance(value, dt.date) else str(value)
        fields[name] = value
    return fields


def _to_be_signed(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def sign(fields: Mapping[str, Any], key: keys.PrivateKey, certificate: x509.Certificate) -> str:
    """The QR text of the fields signed by the office's key (its certificate gives the kid)."""
    if not keys.same_key(key.public_key(), certificate):
        raise ValidationError("The signing key does not belong to the office's certificate.")
    protected = cbor2.dumps({_ALG: ES256, _KID: keys.key_id(certificate)})
    payload = cbor2.dumps(_encode_fields(fields))
    der = key.sign(_to_be_signed(protected, payload), ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    signature = r.to_bytes(_HALF, "big") + s.to_bytes(_HALF, "big")
    message = cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature])
    compressed = zlib.compress(cbor2.dumps(message), 9)
    encoded: bytes = base45.b45encode(compressed)
    return PREFIX + encoded.decode("ascii")


@dataclass(frozen=True)
class _Opened:
    kid: bytes
    protected: bytes
    payload: bytes
    signature: bytes
    fields: dict[str, Any]


class _Damaged(Exception):
    pass


def _open(text: str) -> _Opened:
    """The COSE_Sign1 inside the text, unchecked. Anything malformed is damage."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise _Damaged
    try:
        compressed = base45.b45decode(text[len(PREFIX) :])
        decompressor = zlib.decompressobj()
        raw = decompressor.decompress(compressed, 4096)
        if decompressor.unconsumed_tail or not decompressor.eof or decompressor.unused_data:
            raise _Damaged
        message = cbor2.loads(raw)
        if not isinstance(message, cbor2.CBORTag) or message.tag != COSE_SIGN1_TAG:
            raise _Damaged
        protected, _unprotected, payload, signature = message.value
        header = cbor2.loads(protected)
        if header.get(_ALG) != ES256 or len(signature) != 2 * _HALF:
            raise _Damaged
        fields = _decode_fields(cbor2.loads(payload))
        return _Opened(bytes(header[_KID]), protected, payload, signature, fields)
    except _Damaged:
        raise
    except Exception:  # noqa: BLE001 - any decoding failure of foreign text is damage
        raise _Damaged from None


def _signature_holds(opened: _Opened, certificate: x509.Certificate) -> bool:
    public = certificate.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        return False
    r = int.from_bytes(opened.signature[:_HALF], "big")
    s = int.from_bytes(opened.signature[_HALF:], "big")
    try:
        public.verify(
            encode_dss_signature(r, s),
            _to_be_signed(opened.protected, opened.payload),
            ec.ECDSA(hashes.SHA256()),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def describe(fields: Mapping[str, Any]) -> str:
    """What the document says, in a few words: "manifest ISB-… rev 2, PK-233 on 2026-03-05"."""
    what = fields.get("kind", "document")
    parts = [str(what)]
    if what == "slip" and fields.get("name"):
        parts.append(f"of {fields['name']},")
    if fields.get("code"):
        parts.append(f"{fields['code']} rev {fields.get('revision', '?')}")
    if fields.get("count") is not None and what == "manifest":
        parts.append(f"({fields['count']} people)")
    if fields.get("flight"):
        parts.append(f"flight {fields['flight']}")
    if fields.get("date"):
        parts.append(f"on {fields['date']}")
    return " ".join(parts)


def verify(text: str, trust: TrustList, *, now: dt.datetime | None = None) -> Verdict:
    """The verdict on a QR's text against a trust list whose own signature held."""
    try:
        opened = _open(text)
    except _Damaged:
        return Verdict(Status.FORGED, "FORGED OR DAMAGED: the text is not a readable signed code.")
    kid = opened.kid.hex()
    certificate = trust.offices.get(opened.kid)
    if certificate is None:
        return Verdict(
            Status.UNKNOWN_KEY,
            f"UNKNOWN KEY: signed by key {kid}, which headquarters never certified.",
            kid=kid,
        )
    if not _signature_holds(opened, certificate):
        return Verdict(
            Status.FORGED,
            "FORGED OR DAMAGED: the signature does not match what the code says.",
            kid=kid,
        )
    whose = str(keys.Subject.of(certificate.subject))
    office = keys.Subject.of(certificate.subject).office
    what = describe(opened.fields)
    found: dict[str, Any] = {"fields": opened.fields, "office": office, "kid": kid}
    revoked = trust.revoked.get(opened.kid)
    if revoked is not None:
        return Verdict(
            Status.REVOKED,
            f"REVOKED: the key of {whose} was revoked on {revoked.at} ({revoked.reason}); {what}.",
            **found,
        )
    moment = now or clock.utc_now()
    if not keys.valid_at(certificate, moment):
        ended = clock.utc_stamp(certificate.not_valid_after_utc)
        return Verdict(
            Status.EXPIRED,
            f"EXPIRED: the certificate of {whose} is valid from "
            f"{clock.utc_stamp(certificate.not_valid_before_utc)} to {ended}; {what}.",
            **found,
        )
    code, revision = opened.fields.get("code"), opened.fields.get("revision")
    by = trust.superseded.get((str(code), revision)) if isinstance(revision, int) else None
    if by is not None:
        return Verdict(
            Status.SUPERSEDED,
            f"SUPERSEDED: genuine {what} by {whose}, but superseded by revision {by}.",
            **found,
        )
    return Verdict(Status.GENUINE, f"GENUINE: {what}, signed by {whose}.", **found)
