"""The office's signing key: made here, certified by headquarters, kept beside the database.

The folder `<db>.signing/` (0700, files 0600) holds office.key (PKCS#8, encrypted with the
admin's passphrase), office.csr, office.crt and ca.crt. Nothing of it enters the database, a
backup, a bundle or a log: the audit log records only the key id and the certificate's facts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from cryptography import x509

from desktop.core import clock
from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Action, Actor
from desktop.services.access import authorize
from desktop.services.office_database import office_code
from desktop.store import Database, audit, contingents, office_settings, write
from desktop.trust import authority, keys
from desktop.trust.trustlist import Superseded

if TYPE_CHECKING:
    from desktop.manifest.signature import SigningKey

OFFICE_KEY: Final = "office.key"
OFFICE_REQUEST: Final = "office.csr"
OFFICE_CERT: Final = "office.crt"
ROOT_CERT: Final = "ca.crt"
HISTORY: Final = "history"


def signing_folder(db_path: Path) -> Path:
    """`<db>.signing/` beside the database file."""
    return db_path.with_name(db_path.name + ".signing")


@dataclass(frozen=True)
class KeyFiles:
    folder: Path

    @property
    def key(self) -> Path:
        return self.folder / OFFICE_KEY

    @property
    def request(self) -> Path:
        return self.folder / OFFICE_REQUEST

    @property
    def certificate(self) -> Path:
        return self.folder / OFFICE_CERT

    @property
    def root(self) -> Path:
        return self.folder / ROOT_CERT


def key_files(db_path: Path) -> KeyFiles:
    return KeyFiles(signing_folder(db_path))


def _office(db: Database) -> tuple[str, str]:
    code = office_code(db)
    return code, dict(office_settings.offices(db)).get(code, code)


def init_keys(
    db: Database,
    actor: Actor,
    db_path: Path,
    passphrase: str,
    *,
    renew: bool = False,
) -> KeyFiles:
    """Make the office's key pair and certificate request (admins), audited.

    With `renew`, an existing key is replaced; its certificate is kept in `history/`.

    Raises:
        PermissionDenied; ValidationError (a key exists and no `renew`, or no passphrase).
    """
    authorize(db, actor, Action.OFFICE_SETTINGS)
    files = key_files(db_path)
    if files.key.exists() and not renew:
        raise ValidationError(
            f"This office has a signing key already ({files.key}); use --renew to replace it."
        )
    if not passphrase:
        raise ValidationError("The office's key needs a passphrase.", "passphrase")
    code, name = _office(db)
    keys.private_folder(files.folder)
    previous = ""
    if files.certificate.exists():
        old = keys.read_certificates(files.certificate)[0]
        previous = keys.key_id(old).hex()
        history = keys.private_folder(files.folder / HISTORY)
        shutil.move(files.certificate, history / f"office-{previous}.crt")
    key = keys.new_key()
    request = keys.make_request(key, code, name)
    keys.save_key(files.key, key, passphrase)
    keys.write_private(files.request, keys.pem(request))
    kid = keys.key_id(key.public_key()).hex()
    with write(db):
        audit.append(
            db,
            at=clock.utc_stamp(),
            user=actor.name,
            action="create",
            entity="signing key",
            entity_id=kid,
            after={"office": code, "request": files.request.name}
            | ({"renews": previous} if previous else {}),
        )
    return files


def import_certificate(
    db: Database,
    actor: Actor,
    db_path: Path,
    certificate_path: Path,
    root_path: Path | None = None,
    *,
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """Store the certificate headquarters issued for this office's key (admins), audited.

    It must be for the key of office.csr, for this office, chain to the root (given, or the
    certificate after it in the file) and be valid now.
    """
    authorize(db, actor, Action.OFFICE_SETTINGS)
    files = key_files(db_path)
    if not files.request.exists():
        raise NotFound("This office has no signing key yet: run `rawangi keys init` first.")
    found = keys.read_certificates(certificate_path)
    certificate = found[0]
    roots = keys.read_certificates(root_path) if root_path else found[1:]
    root = next((r for r in roots if keys.is_root(r)), None)
    if root is None:
        raise ValidationError(
            f"{certificate_path} comes without the headquarters root: give it with --ca-cert."
        )
    if not keys.issued_by(certificate, root):
        raise ValidationError(f"{certificate_path} was not issued by the root given: refused.")
    request = keys.read_request(files.request)
    if not keys.same_key(certificate, request.public_key()):  # type: ignore[arg-type]
        raise ValidationError(
            f"{certificate_path} is for another key than this office's ({files.request}): refused."
        )
    code, _name = _office(db)
    subject = keys.Subject.of(certificate.subject)
    if subject.office != code:
        raise ValidationError(f"{certificate_path} is for office {subject.office}, not {code}.")
    moment = now or clock.utc_now()
    if not keys.valid_at(certificate, moment):
        raise ValidationError(
            f"{certificate_path} is not valid now (from "
            f"{clock.utc_stamp(certificate.not_valid_before_utc)} to "
            f"{clock.utc_stamp(certificate.not_valid_after_utc)}): refused."
        )
    keys.write_private(files.certificate, keys.pem(certificate))
    keys.write_private(files.root, keys.pem(root))
    with write(db):
        audit.append(
            db,
            at=clock.utc_stamp(moment),
            user=actor.name,
            action="import",
            entity="signing key",
            entity_id=keys.key_id(certificate).hex(),
            after={
                "subject": str(subject),
                "serial": format(certificate.serial_number, "x"),
                "not_after": clock.utc_stamp(certificate.not_valid_after_utc),
                "root_sha256": keys.fingerprint(root),
            },
        )
    return certificate


@dataclass(frozen=True)
class KeyStatus:
    """What `keys show` says: the key id, whose, how long, and in one word where it stands."""

    state: str  # "no key", "waiting", "valid", "expired", "not yet valid"
    folder: Path
    kid: str = ""
    subject: str = ""
    not_before: str = ""
    not_after: str = ""
    root_sha256: str = ""


def key_status(db_path: Path, *, now: dt.datetime | None = None) -> KeyStatus:
    """Where the office's key stands (reads only the key folder, not the database)."""
    files = key_files(db_path)
    if not files.request.exists():
        return KeyStatus("no key", files.folder)
    request = keys.read_request(files.request)
    kid = keys.key_id(request.public_key()).hex()  # type: ignore[arg-type]
    subject = str(keys.Subject.of(request.subject))
    if not files.certificate.exists():
        return KeyStatus("waiting", files.folder, kid, subject)
    certificate = keys.read_certificates(files.certificate)[0]
    if keys.key_id(certificate).hex() != kid:  # renewed: the new key awaits its certificate
        return KeyStatus("waiting", files.folder, kid, subject)
    moment = now or clock.utc_now()
    if moment < certificate.not_valid_before_utc:
        state = "not yet valid"
    elif moment > certificate.not_valid_after_utc:
        state = "expired"
    else:
        state = "valid"
    root = keys.read_certificates(files.root)[0] if files.root.exists() else None
    return KeyStatus(
        state,
        files.folder,
        kid,
        str(keys.Subject.of(certificate.subject)),
        clock.utc_stamp(certificate.not_valid_before_utc),
        clock.utc_stamp(certificate.not_valid_after_utc),
        keys.fingerprint(root) if root else "",
    )


def office_signer(db_path: Path, passphrase: str) -> tuple[keys.PrivateKey, x509.Certificate]:
    """The office's key and certificate, to sign with.

    Raises:
        NotFound: no certified key yet. ValidationError: a wrong passphrase (naming the file).
    """
    files = key_files(db_path)
    if not files.certificate.exists():
        raise NotFound(
            "This office has no certified signing key: run `rawangi keys init`, send "
            f"{files.request} to headquarters and `rawangi keys import` the certificate."
        )
    certificate = keys.read_certificates(files.certificate)[0]
    key = keys.load_key(files.key, passphrase)
    if not keys.same_key(key.public_key(), certificate):
        raise ValidationError(
            f"{files.certificate} is not the certificate of {files.key}: import the new one."
        )
    return key, certificate


def can_sign(db_path: Path, *, now: dt.datetime | None = None) -> bool:
    """Whether the office has a certified key that is valid now (then finalizing signs)."""
    return key_status(db_path, now=now).state == "valid"


def unsigned_reason(status: KeyStatus) -> str:
    """Why a manifest made now is unsigned, and what sets signing up (the command line's words;
    the window has its own, translated)."""
    if status.state == "no key":
        return (
            "this office has no signing key. An admin sets one up: `rawangi keys init`, "
            "headquarters certifies the request (`rawangi hq certify`), then `rawangi keys "
            "import` (README, Signed documents)."
        )
    if status.state == "waiting":
        return (
            "the office's key awaits its certificate from headquarters: an admin imports it "
            "with `rawangi keys import`."
        )
    if status.state == "expired":
        return (
            f"the office's certificate expired on {status.not_after}: an admin renews it with "
            "`rawangi keys init --renew` and headquarters certifies the new request."
        )
    return f"the office's certificate is not valid until {status.not_before}."


def manifest_signer(
    db_path: Path, passphrase: str, *, now: dt.datetime | None = None
) -> SigningKey:
    """The office's key, certificate and root, ready to sign manifests.

    Raises:
        NotFound: no certified key. ValidationError: a wrong passphrase (naming the file),
            or a certificate that is not valid now.
    """
    from desktop.manifest.signature import SigningKey

    status = key_status(db_path, now=now)
    if status.state not in ("valid", "waiting", "no key"):
        raise ValidationError(f"Manifests cannot be signed: {unsigned_reason(status)}")
    key, certificate = office_signer(db_path, passphrase)
    files = key_files(db_path)
    chain = tuple(keys.read_certificates(files.root)) if files.root.exists() else ()
    return SigningKey(key, certificate, chain)


DEMO_PASSPHRASE: Final = "rawangi-demo"  # noqa: S105 - printed by `rawangi demo`, on purpose
DEMO_HQ: Final = ".demo-hq"


def demo_headquarters(db_path: Path) -> Path:
    """The demo's own headquarters folder beside the demo database: `<db>.demo-hq/`."""
    return db_path.with_name(db_path.name + DEMO_HQ)


def set_up_demo_keys(
    db: Database, admin: Actor, db_path: Path, *, now: dt.datetime | None = None
) -> SigningKey:
    """A demo root beside the demo database and a certified demo office key, both under
    DEMO_PASSPHRASE, made once; later runs reuse them.

    Only for files `rawangi demo` made (the caller checks): a real office's key comes from
    its real headquarters.
    """
    if key_status(db_path, now=now).state == "valid":
        return manifest_signer(db_path, DEMO_PASSPHRASE, now=now)
    folder = demo_headquarters(db_path)
    hq = (
        authority.Authority(folder)
        if (folder / authority.ROOT_CERT).exists()
        else authority.create(
            folder, "Rawangi demo headquarters (not for real use)", DEMO_PASSPHRASE
        )
    )
    files = init_keys(db, admin, db_path, DEMO_PASSPHRASE, renew=key_files(db_path).key.exists())
    issued = files.folder / "demo-office.crt"
    authority.certify(hq, files.request, issued, DEMO_PASSPHRASE, now=now)
    import_certificate(db, admin, db_path, issued, now=now)
    return manifest_signer(db_path, DEMO_PASSPHRASE, now=now)


def superseded_revisions(db: Database) -> list[Superseded]:
    """Every superseded manifest revision of this database, with the revision that replaced it
    (the next one stored)."""
    found: list[Superseded] = []
    for listed in contingents.listing(db, limit=1_000_000):
        stored = sorted(contingents.manifests(db, listed.contingent.id), key=lambda m: m.revision)
        for older, newer in itertools.pairwise(stored):
            if older.superseded:
                found.append(Superseded(listed.contingent.code, older.revision, newer.revision))
    return found
