"""The trust list headquarters publishes: its root certificate, the office certificates it
issued, the keys it revoked and the manifest revisions that were superseded, as JSON signed by
the root key. It is all that a verifier needs, offline."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.trust import keys

FORMAT: Final = "rawangi-trust-list/1"


class UntrustedList(ValidationError):
    """The trust list is not signed by the root it carries, or cannot be read."""


@dataclass(frozen=True)
class Revoked:
    kid: bytes
    reason: str
    at: str


@dataclass(frozen=True)
class Superseded:
    """A manifest revision replaced by a later one: CODE:REV:BY_REV."""

    code: str
    revision: int
    by: int

    @classmethod
    def parse(cls, line: str) -> Superseded:
        try:
            code, revision, by = line.strip().split(":")
            return cls(code.strip().upper(), int(revision), int(by))
        except ValueError:
            raise ValidationError(
                f"A superseded revision is CODE:REV:BY_REV, e.g. ISB-2026-0001:1:2, not {line!r}."
            ) from None


@dataclass
class TrustList:
    """A trust list whose signature held: read it, never change it."""

    root: x509.Certificate
    issued_at: str
    offices: dict[bytes, x509.Certificate] = field(default_factory=dict)
    revoked: dict[bytes, Revoked] = field(default_factory=dict)
    superseded: dict[tuple[str, int], int] = field(default_factory=dict)

    @property
    def root_fingerprint(self) -> str:
        return keys.fingerprint(self.root)


def canonical(document: Mapping[str, Any]) -> bytes:
    """The bytes signed: the list without its signature, keys sorted, no spaces, UTF-8."""
    body = {k: v for k, v in document.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def build(
    root_key: keys.PrivateKey,
    root: x509.Certificate,
    offices: Iterable[x509.Certificate],
    revoked: Iterable[Revoked] = (),
    superseded: Iterable[Superseded] = (),
    *,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The signed trust list as a JSON-ready dict."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "issued_at": clock.utc_stamp(now),
        "root": keys.pem(root).decode("ascii"),
        "root_sha256": keys.fingerprint(root),
        "offices": [
            {
                "kid": keys.key_id(cert).hex(),
                "office": keys.Subject.of(cert.subject).office,
                "name": keys.Subject.of(cert.subject).name,
                "not_before": clock.utc_stamp(cert.not_valid_before_utc),
                "not_after": clock.utc_stamp(cert.not_valid_after_utc),
                "certificate": keys.pem(cert).decode("ascii"),
            }
            for cert in offices
        ],
        "revoked": [{"kid": r.kid.hex(), "reason": r.reason, "at": r.at} for r in revoked],
        "superseded": sorted(
            ({"code": s.code, "revision": s.revision, "by": s.by} for s in set(superseded)),
            key=lambda s: (s["code"], s["revision"]),
        ),
    }
    signature = root_key.sign(canonical(document), ec.ECDSA(hashes.SHA256()))
    document["signature"] = base64.b64encode(signature).decode("ascii")
    return document


def dumps(document: Mapping[str, Any]) -> str:
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def load(text: str | bytes) -> TrustList:
    """Read a trust list and check it is signed by the root it carries.

    Office certificates that do not chain to that root are left out (never trusted).

    Raises:
        UntrustedList: unreadable, or its signature does not hold against its root.
    """
    try:
        document = json.loads(text)
        if document.get("format") != FORMAT:
            raise UntrustedList("This is not a Rawangi trust list.")
        root = x509.load_pem_x509_certificate(document["root"].encode("ascii"))
        signature = base64.b64decode(document["signature"], validate=True)
    except UntrustedList:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UntrustedList("The trust list cannot be read: it is damaged.") from None
    public = root.public_key()
    try:
        if not keys.is_root(root) or not isinstance(public, ec.EllipticCurvePublicKey):
            raise InvalidSignature
        public.verify(signature, canonical(document), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise UntrustedList("The trust list is not signed by its root: do not use it.") from None
    try:
        return _read(document, root)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UntrustedList("The trust list cannot be read: it is damaged.") from None


def _read(document: Mapping[str, Any], root: x509.Certificate) -> TrustList:
    found = TrustList(root=root, issued_at=str(document["issued_at"]))
    for office in document["offices"]:
        cert = x509.load_pem_x509_certificate(office["certificate"].encode("ascii"))
        if keys.issued_by(cert, root):
            found.offices[keys.key_id(cert)] = cert
    for revoked in document["revoked"]:
        kid = bytes.fromhex(revoked["kid"])
        found.revoked[kid] = Revoked(kid, str(revoked["reason"]), str(revoked["at"]))
    for item in document["superseded"]:
        found.superseded[(str(item["code"]), int(item["revision"]))] = int(item["by"])
    return found
