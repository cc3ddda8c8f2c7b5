"""Headquarters' certificate authority: a folder with the root key (encrypted), the root
certificate and `issued.json`, the register of every office certificate and its revocation."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography import x509

from desktop.core import clock
from desktop.core.errors import StorageError, ValidationError
from desktop.trust import keys, trustlist

ROOT_KEY: Final = "ca.key"
ROOT_CERT: Final = "ca.crt"
REGISTER: Final = "issued.json"


@dataclass(frozen=True)
class Authority:
    folder: Path

    @property
    def key_path(self) -> Path:
        return self.folder / ROOT_KEY

    @property
    def certificate_path(self) -> Path:
        return self.folder / ROOT_CERT

    @property
    def register_path(self) -> Path:
        return self.folder / REGISTER

    def root(self) -> x509.Certificate:
        if not self.certificate_path.exists():
            raise StorageError(
                f"{self.folder} is not a headquarters folder: it has no {ROOT_CERT} "
                "(make one with `rawangi hq ca init`)."
            )
        return keys.read_certificates(self.certificate_path)[0]

    def key(self, passphrase: str) -> keys.PrivateKey:
        return keys.load_key(self.key_path, passphrase)

    def register(self) -> list[dict[str, Any]]:
        try:
            entries: list[dict[str, Any]] = json.loads(self.register_path.read_text("utf-8"))
        except FileNotFoundError:
            return []
        except ValueError:
            raise StorageError(f"{self.register_path} is damaged: it is not JSON.") from None
        return entries

    def _save(self, entries: list[dict[str, Any]]) -> None:
        keys.write_private(
            self.register_path, (json.dumps(entries, indent=1, ensure_ascii=False) + "\n").encode()
        )


def create(
    folder: Path, name: str, passphrase: str, *, years: int = 10, now: dt.datetime | None = None
) -> Authority:
    """A new root in an empty (or new) folder.

    Raises:
        ValidationError: the folder holds files already (a root is never overwritten).
    """
    if folder.exists() and any(folder.iterdir()):
        raise ValidationError(f"{folder} is not empty: a new root goes into a new folder.")
    if not 1 <= years <= 30:
        raise ValidationError("A root is valid for 1 to 30 years.", "years")
    keys.private_folder(folder)
    authority = Authority(folder)
    key = keys.new_key()
    keys.save_key(authority.key_path, key, passphrase)
    root = keys.make_root(key, name, years=years, now=now)
    keys.write_private(authority.certificate_path, keys.pem(root))
    authority._save([])
    return authority


def certify(
    authority: Authority,
    request_path: Path,
    out: Path,
    passphrase: str,
    *,
    days: int = 730,
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """Issue the office certificate for a request, write it (with the root after it) to
    `out` and record it in the register."""
    if not 1 <= days <= 3650:
        raise ValidationError("An office certificate is valid for 1 to 3650 days.", "days")
    request = keys.read_request(request_path)
    root = authority.root()
    certificate = keys.certify(request, authority.key(passphrase), root, days=days, now=now)
    out.write_bytes(keys.pem(certificate) + keys.pem(root))
    subject = keys.Subject.of(certificate.subject)
    entries = authority.register()
    entries.append(
        {
            "serial": format(certificate.serial_number, "x"),
            "kid": keys.key_id(certificate).hex(),
            "office": subject.office,
            "name": subject.name,
            "not_before": clock.utc_stamp(certificate.not_valid_before_utc),
            "not_after": clock.utc_stamp(certificate.not_valid_after_utc),
            "certificate": keys.pem(certificate).decode("ascii"),
            "revoked_at": "",
            "revoked_reason": "",
        }
    )
    authority._save(entries)
    return certificate


def revoke(
    authority: Authority, certificate_path: Path, reason: str, *, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Mark an issued certificate revoked (its key is then refused by every verifier)."""
    if not reason.strip():
        raise ValidationError("Say why the certificate is revoked (--reason).", "reason")
    certificate = keys.read_certificates(certificate_path)[0]
    serial = format(certificate.serial_number, "x")
    entries = authority.register()
    for entry in entries:
        if entry["serial"] == serial:
            if entry["revoked_at"]:
                raise ValidationError(
                    f"The certificate of {entry['name']} ({entry['office']}) was revoked on "
                    f"{entry['revoked_at']} already."
                )
            entry["revoked_at"] = clock.utc_stamp(now)
            entry["revoked_reason"] = " ".join(reason.split())
            authority._save(entries)
            return entry
    raise ValidationError(f"{certificate_path} was not issued by the root in {authority.folder}.")


def trust_list(
    authority: Authority,
    passphrase: str,
    superseded: Iterable[trustlist.Superseded] = (),
    *,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The signed trust list of everything in the register."""
    entries = authority.register()
    offices = [x509.load_pem_x509_certificate(e["certificate"].encode("ascii")) for e in entries]
    revoked = [
        trustlist.Revoked(bytes.fromhex(e["kid"]), e["revoked_reason"], e["revoked_at"])
        for e in entries
        if e["revoked_at"]
    ]
    return trustlist.build(
        authority.key(passphrase), authority.root(), offices, revoked, superseded, now=now
    )


def read_superseded(path: Path) -> list[trustlist.Superseded]:
    """Superseded revisions from a file: CODE:REV:BY_REV lines, or JSON
    (a list of {"code", "revision", "by"})."""
    text = path.read_text("utf-8")
    if text.lstrip().startswith("["):
        try:
            return [
                trustlist.Superseded(str(i["code"]).upper(), int(i["revision"]), int(i["by"]))
                for i in json.loads(text)
            ]
        except (ValueError, KeyError, TypeError):
            raise ValidationError(
                f'{path}: a superseded list is [{{"code", "revision", "by"}}, …].'
            ) from None
    return [
        trustlist.Superseded.parse(line)
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
