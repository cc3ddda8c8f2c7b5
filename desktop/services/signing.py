"""The office's signing key: made here, certified by headquarters, kept beside the database
file, or for a register on the office server in the data folder of the PC that signs.

The folder `<place>.signing/` (0700, files 0600; `key_place`) holds office.key (PKCS#8,
encrypted with the admin's passphrase), office.csr, office.crt and ca.crt. Nothing of it enters
the database (the server's least of all), a backup, a bundle or a log: the audit log records
only the key id and the certificate's facts.
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
from desktop.store.db import data_dir, db_path
from desktop.store.engine import is_server
from desktop.trust import authority, keys, trustlist
from desktop.trust.seals import Signer
from desktop.trust.trustlist import Superseded, TrustList, UntrustedList

if TYPE_CHECKING:
    from desktop.manifest.signature import SigningKey

OFFICE_KEY: Final = "office.key"
OFFICE_REQUEST: Final = "office.csr"
OFFICE_CERT: Final = "office.crt"
ROOT_CERT: Final = "ca.crt"
HISTORY: Final = "history"
# The office setting that keeps the trust list headquarters' database checks bundles against.
TRUST_LIST: Final = "trust_list"


# Under the data folder of the PC that signs: one private folder per server database.
SERVER_KEYS: Final = "signing"
SERVER_PLACE: Final = "office"


def key_place(db: Database) -> Path:
    """Where this register's office key lives, as the path `signing_folder` and the demo's
    headquarters folder are named after.

    For a database file: the file itself (its key in `<db>.signing/` beside it). For the office
    server (or a database with no file): `<data folder>/signing/<database_id>/office`, so the key
    sits in `office.signing/` on the PC that signs, one folder per server database (by its id,
    which a restored copy keeps). The key never enters the server, a backup or a log.

    Raises:
        NotFound: a database without a file and without an id (made before databases had ids).
    """
    path = db_path(db)
    if path and not is_server(db):
        return Path(path)
    database_id = office_settings.get(db, "database_id")
    if not database_id:
        raise NotFound("This database has no id, so its office key has no place: upgrade it.")
    return data_dir() / SERVER_KEYS / database_id / SERVER_PLACE


def signing_folder(place: Path) -> Path:
    """`<place>.signing/`: beside the database file, or in the data folder (`key_place`)."""
    return place.with_name(place.name + ".signing")


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


def key_files(place: Path) -> KeyFiles:
    return KeyFiles(signing_folder(place))


def _office(db: Database) -> tuple[str, str]:
    code = office_code(db)
    return code, dict(office_settings.offices(db)).get(code, code)


def init_keys(
    db: Database,
    actor: Actor,
    place: Path,
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
    files = key_files(place)
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
    place: Path,
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
    files = key_files(place)
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


def key_status(place: Path, *, now: dt.datetime | None = None) -> KeyStatus:
    """Where the office's key stands (reads only the key folder, not the database)."""
    files = key_files(place)
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


def office_signer(place: Path, passphrase: str) -> tuple[keys.PrivateKey, x509.Certificate]:
    """The office's key and certificate, to sign with.

    Raises:
        NotFound: no certified key yet. ValidationError: a wrong passphrase (naming the file).
    """
    files = key_files(place)
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


def can_sign(place: Path, *, now: dt.datetime | None = None) -> bool:
    """Whether the office has a certified key that is valid now (then finalizing signs)."""
    return key_status(place, now=now).state == "valid"


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


def manifest_signer(place: Path, passphrase: str, *, now: dt.datetime | None = None) -> SigningKey:
    """The office's key, certificate and root, ready to sign manifests.

    Raises:
        NotFound: no certified key. ValidationError: a wrong passphrase (naming the file),
            or a certificate that is not valid now.
    """
    from desktop.manifest.signature import SigningKey

    status = key_status(place, now=now)
    if status.state not in ("valid", "waiting", "no key"):
        raise ValidationError(f"Manifests cannot be signed: {unsigned_reason(status)}")
    key, certificate = office_signer(place, passphrase)
    files = key_files(place)
    chain = tuple(keys.read_certificates(files.root)) if files.root.exists() else ()
    return SigningKey(key, certificate, chain)


DEMO_PASSPHRASE: Final = "rawangi-demo"  # noqa: S105 - printed by `rawangi demo`, on purpose
DEMO_HQ: Final = ".demo-hq"


def demo_headquarters(place: Path) -> Path:
    """The demo's own headquarters folder beside the demo's key: `<place>.demo-hq/`."""
    return place.with_name(place.name + DEMO_HQ)


def set_up_demo_keys(
    db: Database, admin: Actor, place: Path, *, now: dt.datetime | None = None
) -> SigningKey:
    """A demo root beside the demo's key place (`key_place`) and a certified demo office key,
    both under DEMO_PASSPHRASE, made once; later runs reuse them.

    Only for databases `rawangi demo` made (the caller checks): a real office's key comes from
    its real headquarters.
    """
    if key_status(place, now=now).state == "valid":
        return manifest_signer(place, DEMO_PASSPHRASE, now=now)
    folder = demo_headquarters(place)
    hq = (
        authority.Authority(folder)
        if (folder / authority.ROOT_CERT).exists()
        else authority.create(
            folder, "Rawangi demo headquarters (not for real use)", DEMO_PASSPHRASE
        )
    )
    files = init_keys(db, admin, place, DEMO_PASSPHRASE, renew=key_files(place).key.exists())
    issued = files.folder / "demo-office.crt"
    authority.certify(hq, files.request, issued, DEMO_PASSPHRASE, now=now)
    import_certificate(db, admin, place, issued, now=now)
    return manifest_signer(place, DEMO_PASSPHRASE, now=now)


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


def has_certificate(place: Path) -> bool:
    """Whether the office has a certified key to sign with (its passphrase aside)."""
    return key_files(place).certificate.exists()


def signer(place: Path, passphrase: str) -> Signer:
    """The office's key and certificate as a `Signer` (see `office_signer`)."""
    key, certificate = office_signer(place, passphrase)
    return Signer(key, certificate)


def office_certificates(place: Path) -> list[x509.Certificate]:
    """The office's certificates kept beside the database: the current one and those its
    renewals moved to `history/` (heads signed before a renewal are checked with them)."""
    files = key_files(place)
    paths = [files.certificate, *sorted((files.folder / HISTORY).glob("office-*.crt"))]
    found: list[x509.Certificate] = []
    for path in paths:
        if path.is_file():
            found.extend(keys.read_certificates(path)[:1])
    return found


def stored_trust_list(db: Database) -> TrustList | None:
    """The trust list this (headquarters') database keeps, None when it keeps none.

    Raises:
        UntrustedList: the kept list no longer reads or verifies (the file was tampered with).
    """
    text = office_settings.text(db, TRUST_LIST)
    if not text:
        return None
    try:
        return trustlist.load(text)
    except UntrustedList:
        raise UntrustedList(
            "The trust list kept in this database does not verify: import headquarters' "
            "trust list again (`rawangi trust import`)."
        ) from None


def same_fingerprint(a: str, b: str) -> bool:
    return a.replace(":", "").strip().lower() == b.replace(":", "").strip().lower()


def keep_trust_list(
    db: Database,
    actor: Actor,
    text: str,
    *,
    expect_root: str | None = None,
) -> TrustList:
    """Keep headquarters' trust list in this database (admins), audited: from then on
    `bundle import` takes only bundles signed by a key it certifies.

    A later list must carry the same root and must not be older than the one kept.

    Raises:
        PermissionDenied; UntrustedList (does not verify, another root, older than the kept).
    """
    authorize(db, actor, Action.OFFICE_SETTINGS)
    given = trustlist.load(text)
    if expect_root and not same_fingerprint(given.root_fingerprint, expect_root):
        raise UntrustedList(
            f"The trust list's root {given.root_fingerprint} is not the one expected: refused."
        )
    kept = stored_trust_list(db)
    if kept is not None:
        if kept.root_fingerprint != given.root_fingerprint:
            raise UntrustedList(
                f"The trust list's root {given.root_fingerprint} is not the root this database "
                f"trusts ({kept.root_fingerprint}): refused."
            )
        if given.issued_at < kept.issued_at:
            raise UntrustedList(
                f"The trust list was issued {given.issued_at}, before the one kept here "
                f"({kept.issued_at}): refused, as it may lack newer revocations."
            )
    with write(db):
        office_settings.put(db, TRUST_LIST, text)
        audit.append(
            db,
            at=clock.utc_stamp(),
            user=actor.name,
            action="import",
            entity="trust list",
            entity_id=given.root_fingerprint,
            after={
                "issued_at": given.issued_at,
                "offices": len(given.offices),
                "revoked": len(given.revoked),
            },
        )
    return given
