"""ECDSA P-256 keys and X.509 certificates: the headquarters root, an office's request and the
certificate headquarters issues for it.

P-256 with SHA-256 throughout (COSE alg -7): 64-byte signatures keep a QR small, and PDF
readers, poppler's pdfsig, pyhanko and the EU DCC verifiers all accept it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID, ObjectIdentifier

from desktop.core import clock
from desktop.core.errors import StorageError, ValidationError

# RFC 9336 id-kp-documentSigning: what an office certificate is for.
DOCUMENT_SIGNING: Final = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
ORGANIZATION: Final = "Rawangi"
FOLDER_MODE: Final = 0o700
FILE_MODE: Final = 0o600

PrivateKey = ec.EllipticCurvePrivateKey
PublicKey = ec.EllipticCurvePublicKey


def new_key() -> PrivateKey:
    """A fresh P-256 private key."""
    return ec.generate_private_key(ec.SECP256R1())


def private_folder(folder: Path) -> Path:
    """Make `folder` (and its parents) and keep it readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, FOLDER_MODE)
    return folder


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only (0600 from its creation on)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    os.chmod(path, FILE_MODE)


def save_key(path: Path, key: PrivateKey, passphrase: str) -> None:
    """The key as encrypted PKCS#8 PEM, 0600."""
    if not passphrase:
        raise ValidationError(f"A passphrase is needed to protect {path}.", "passphrase")
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    write_private(path, pem)


def load_key(path: Path, passphrase: str) -> PrivateKey:
    """The private key of an encrypted PKCS#8 file.

    Raises:
        ValidationError: a wrong passphrase (one line naming the file).
        StorageError: no such file, or not a P-256 key.
    """
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        raise StorageError(f"There is no key file {path}.") from None
    try:
        key = serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise ValidationError(
            f"Wrong passphrase for the key file {path} (or the file is damaged).", "passphrase"
        ) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise StorageError(f"{path} does not hold an ECDSA P-256 key.")
    return key


def key_id(certificate: x509.Certificate | PublicKey) -> bytes:
    """kid: the first 8 bytes of SHA-256 of the SubjectPublicKeyInfo DER."""
    public = certificate.public_key() if isinstance(certificate, x509.Certificate) else certificate
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).digest()[:8]


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, as HQ publishes it: hex pairs joined by colons."""
    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def _name(common: str, unit: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION)]
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    return x509.Name(parts)


def _attribute(name: x509.Name, oid: ObjectIdentifier) -> str:
    found = name.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""


@dataclass(frozen=True)
class Subject:
    """Whose a certificate or request is: an office code and name (the root has no code)."""

    office: str
    name: str

    @classmethod
    def of(cls, name: x509.Name) -> Subject:
        return cls(
            _attribute(name, NameOID.ORGANIZATIONAL_UNIT_NAME),
            _attribute(name, NameOID.COMMON_NAME),
        )

    def __str__(self) -> str:
        return f"{self.name} ({self.office})" if self.office else self.name


def make_root(
    key: PrivateKey, name: str, *, years: int = 10, now: dt.datetime | None = None
) -> x509.Certificate:
    """A self-signed root: CA:true, keyCertSign and cRLSign."""
    now = now or clock.utc_now()
    subject = _name(name)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365 * years + years // 4))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def _usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def make_request(key: PrivateKey, office: str, office_name: str) -> x509.CertificateSigningRequest:
    """An office's certificate request: O=Rawangi, OU=its code, CN=its name."""
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name(office_name or office, office))
        .sign(key, hashes.SHA256())
    )


def certify(
    request: x509.CertificateSigningRequest,
    ca_key: PrivateKey,
    ca_certificate: x509.Certificate,
    *,
    days: int = 730,
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """The office certificate for a request whose signature holds.

    Raises:
        ValidationError: the request's signature does not hold, or it is not a P-256 key.
    """
    if not request.is_signature_valid:
        raise ValidationError("The certificate request's signature does not hold: refused.")
    public = request.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1":
        raise ValidationError("The certificate request is not for an ECDSA P-256 key: refused.")
    if not Subject.of(request.subject).office:
        raise ValidationError("The certificate request names no office code: refused.")
    now = now or clock.utc_now()
    ca_public = ca_key.public_key()
    end = min(now + dt.timedelta(days=days), ca_certificate.not_valid_after_utc)
    return (
        x509.CertificateBuilder()
        .subject_name(request.subject)
        .issuer_name(ca_certificate.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([DOCUMENT_SIGNING]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_public), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )


def issued_by(certificate: x509.Certificate, root: x509.Certificate) -> bool:
    """Whether the root's key signed this certificate (and named itself its issuer)."""
    try:
        certificate.verify_directly_issued_by(root)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def is_root(certificate: x509.Certificate) -> bool:
    """A self-signed certificate that may certify others."""
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    except x509.ExtensionNotFound:
        return False
    return constraints.value.ca and issued_by(certificate, certificate)


def valid_at(certificate: x509.Certificate, moment: dt.datetime) -> bool:
    return certificate.not_valid_before_utc <= moment <= certificate.not_valid_after_utc


def pem(item: x509.Certificate | x509.CertificateSigningRequest) -> bytes:
    return item.public_bytes(serialization.Encoding.PEM)


def read_certificates(path: Path) -> list[x509.Certificate]:
    """Every certificate of a PEM file (an office certificate may come with its root)."""
    try:
        return x509.load_pem_x509_certificates(path.read_bytes())
    except FileNotFoundError:
        raise StorageError(f"There is no certificate file {path}.") from None
    except ValueError:
        raise ValidationError(f"{path} is not a PEM certificate file.") from None


def read_request(path: Path) -> x509.CertificateSigningRequest:
    try:
        return x509.load_pem_x509_csr(path.read_bytes())
    except FileNotFoundError:
        raise StorageError(f"There is no certificate request {path}.") from None
    except ValueError:
        raise ValidationError(f"{path} is not a PEM certificate request.") from None


def same_key(a: PublicKey | x509.Certificate, b: PublicKey | x509.Certificate) -> bool:
    return key_id(a) == key_id(b)
