"""Headquarters bundles as user actions: an office exports its records, headquarters merges them.

Both are for supervisors and admins. An office with a certified key signs its bundles: the
office's signature over `bundle.json` (which names the payload's SHA-256 and the audit head)
travels in the bundle with the office's certificate. A database that keeps headquarters' trust
list (`signing.keep_trust_list`), or an import given one, is headquarters: it takes only
bundles signed by a key that list certifies, not revoked and valid now, whose contents match
the signature. An import with no trust list (an office passing records to another office, HQ
not involved) takes unsigned bundles as before, saying that the seal proves no origin, and
checks a signed bundle against the certificate it carries (damage shows, not who signed).

An export is audited in the office's log with the file's
SHA-256; an import that adds or replaces anything is audited in the headquarters' log with the
office, the counts and the file's SHA-256. A bundle that fails a check is refused before
anything is written, and an import that finds nothing new writes nothing at all (not even an
audit row): importing the same bundle twice leaves the database as the first import left it.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.core import clock
from desktop.core.errors import Cancelled
from desktop.core.roles import Action, Actor
from desktop.services import audit_seals, signing
from desktop.services.access import authorize
from desktop.services.office_database import office_code
from desktop.store import Database, audit, office_settings, write
from desktop.store import bundle as store_bundle
from desktop.store.bundle import (
    BundleInfo,
    BundleRefused,
    CancelCheck,
    Made,
    MergeCounts,
    Opened,
    Progress,
)
from desktop.trust import seals
from desktop.trust.trustlist import TrustList

if TYPE_CHECKING:  # the keys' library loads only when something is signed
    from desktop.trust.seals import Signer

__all__ = [
    "BundleRefused",
    "Imported",
    "Made",
    "checked",
    "export_bundle",
    "import_bundle",
    "since_stamp",
]

ENTITY = "bundle"
# The seal is a plain SHA-256 that anyone who edits a bundle can recompute: every import of an
# unsigned bundle says so, so that nobody takes it for a signature.
SEAL_NOTE = (
    "The seal shows that the bundle was not damaged on its way; it does not show who made it. "
    "This bundle is not signed with an office's key: anyone can change it and seal it again, "
    "so import it only if it reached you from the office itself."
)
# What an import without a trust list says of a signed bundle.
UNTRUSTED_NOTE = (
    "Its signature was checked against the certificate it carries, not against headquarters' "
    "trust list: it shows the bundle was not changed since it was signed, not who signed it."
)
# How each table is named for people.
TABLE_WORDS = {
    "departures": "departures",
    "contingents": "contingents",
    "manifests": "manifests",
    "audit": "audit rows",
    "offices": "offices",
}


def since_stamp(day: dt.date) -> str:
    """The UTC stamp of the start of `day` where this computer is (records changed from then)."""
    return clock.utc_stamp(dt.datetime.combine(day, dt.time()).astimezone())


def export_bundle(
    db: Database,
    actor: Actor,
    out: str | Path,
    *,
    since: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    signer: Signer | None = None,
) -> Made:
    """Write the office's records to a bundle file for headquarters (supervisors and admins).

    With a signer the bundle is signed, and the audit head after the export row is signed too.

    Args:
        since: only departures, contingents and manifests changed on or after this day, and
            the audit rows from that day on (with the hash before them); None for everything.

    Raises:
        PermissionDenied, StorageError, BundleRefused (this database's audit log does not
        verify), Cancelled.
    """
    authorize(db, actor, Action.EXPORT_BUNDLE)
    out = Path(out)
    office = office_code(db)
    office_name = dict(office_settings.offices(db)).get(office, office)
    made = store_bundle.export(
        db,
        out,
        office=office,
        office_name=office_name,
        created_at=clock.utc_stamp(),
        created_by=actor.name,
        rawangi_version=__version__,
        since=since.isoformat() if since else None,
        since_stamp=since_stamp(since) if since else None,
        progress=progress,
        cancelled=cancelled,
        sign=(lambda data: seals.signature_document(data, signer)) if signer else None,
    )
    try:
        with write(db):
            audit.append(
                db,
                at=clock.utc_stamp(),
                user=actor.name,
                action="export_bundle",
                entity=ENTITY,
                entity_id=out.name,
                after={
                    "path": str(out),
                    "sha256": made.sha256,
                    "size": made.size,
                    "office": office,
                    "since": made.info.since,
                    "counts": made.info.counts,
                    "audit_head": made.info.audit_head,
                    "signed_by": signer.kid if signer else None,
                },
            )
            if signer is not None:
                audit_seals.seal_head(db, signer, user=actor.name, reason="bundle export")
    except BaseException:
        # An export nobody can account for must not leave the office.
        out.unlink(missing_ok=True)
        raise
    return made


def checked(
    path: str | Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> AbstractContextManager[Opened]:
    """Check a bundle file without touching any database (`with checked(path) as bundle:`).

    Raises:
        BundleRefused: one line naming the file and the check that failed.
    """
    return store_bundle.opened(Path(path), progress=progress, cancelled=cancelled)


@dataclass(frozen=True)
class Imported:
    """What importing a bundle did."""

    path: Path
    info: BundleInfo
    sha256: str
    counts: MergeCounts
    signature: seals.Checked | None = None  # None: the bundle is not signed

    @property
    def changed(self) -> bool:
        return self.counts.changed

    def proof(self) -> list[str]:
        """What the seal and signature prove, in words."""
        checked = self.signature
        if checked is None:
            return [SEAL_NOTE]
        signed = f"Signed by {checked.whose}, key {checked.kid}"
        if checked.trusted:
            return [f"{signed}, certified by headquarters."]
        return [f"{signed}. {UNTRUSTED_NOTE}"]

    def lines(self, *, seal_note: bool = True) -> list[str]:
        """The result in words: a heading, one line per table, then what the seal proves."""
        note = self.proof() if seal_note else []
        info = self.info
        if not self.changed:
            tables = self.counts.tables
            return [
                f"Nothing new: all {self.counts.records:,} records were already here "
                f"({tables['departures'].total:,} departures, "
                f"{tables['contingents'].total:,} contingents, "
                f"{tables['manifests'].total:,} manifests, {tables['audit'].total:,} audit rows).",
                *note,
            ]
        since = f", changes since {info.since}" if info.since else ""
        heading = (
            f"Imported the bundle of {info.office} ({info.office_name}) made {info.created_at} "
            f"by {info.created_by}{since}:"
        )
        rows = [
            f"{TABLE_WORDS[table]}: {c.added:,} added, {c.updated:,} updated, "
            f"{c.unchanged:,} unchanged"
            for table, c in self.counts.tables.items()
        ]
        return [heading, *rows, *note]


def import_bundle(
    db: Database,
    actor: Actor,
    bundle: str | Path | Opened,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    trust: TrustList | None = None,
) -> Imported:
    """Merge an office's bundle into this (headquarters') database, in one transaction.

    The bundle's signature is checked first against `trust`, else the trust list this
    database keeps; with neither, an unsigned bundle is taken (office to office).

    By UUID: new records are added, a record with a higher version replaces the one here,
    equal or lower versions are left alone. Manifests' proofs go to `office_manifests`, the
    office's audit rows to `office_audit`; the office is added to `offices` when unknown.

    Args:
        bundle: a file (checked here), or one already checked with `checked`.
        trust: a trust list for this import; it must carry the root of the one kept here.

    Raises:
        PermissionDenied, BundleRefused (a check failed, or the bundle disagrees with what is
        here; nothing was written), StorageError, Cancelled (nothing was written).
    """
    authorize(db, actor, Action.IMPORT_BUNDLE)
    trust = _trust_for_import(db, trust)
    if isinstance(bundle, Opened):
        return _merge(db, actor, bundle, progress, cancelled, signature=signature_of(bundle, trust))
    with checked(bundle, progress=progress, cancelled=cancelled) as opened:
        return _merge(db, actor, opened, progress, cancelled, signature=signature_of(opened, trust))


def _trust_for_import(db: Database, given: TrustList | None) -> TrustList | None:
    kept = signing.stored_trust_list(db)
    if given is None:
        return kept
    if kept is not None and given.root_fingerprint != kept.root_fingerprint:
        raise BundleRefused(
            f"The trust list given carries the root {given.root_fingerprint}, not the root this "
            f"database trusts ({kept.root_fingerprint}); nothing was imported."
        )
    return given


def signature_of(bundle: Opened, trust: TrustList | None) -> seals.Checked | None:
    """The bundle's signature checked; None for an unsigned bundle that may be taken.

    Raises:
        BundleRefused: with a trust list (headquarters), an unsigned bundle, one signed by an
            unknown, revoked or expired key, or one whose contents do not match its
            signature; without one, a signature that does not hold. One line each.
    """
    name = bundle.path.name
    if bundle.signature is None:
        if trust is None:
            return None
        raise BundleRefused(
            f"{name} was refused: it is not signed, and headquarters takes only bundles "
            "signed with an office's certified key; nothing was imported."
        )
    found = seals.check(bundle.manifest, bundle.signature, trust)
    if not found.genuine:
        raise BundleRefused(f"{name} was refused: {found.message}; nothing was imported.")
    if found.office != bundle.info.office:
        raise BundleRefused(
            f"{name} was refused: it says it is the bundle of {bundle.info.office} but is "
            f"signed by {found.whose}; nothing was imported."
        )
    return found


def _merge(
    db: Database,
    actor: Actor,
    bundle: Opened,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    *,
    signature: seals.Checked | None,
) -> Imported:
    message = "Cancelled; nothing was imported."
    if cancelled is not None and cancelled():
        raise Cancelled(message)
    if progress is not None:
        progress(f"Merging the records of {bundle.info.office}…")
    info = bundle.info
    with (
        store_bundle.attached(db, bundle),
        store_bundle.interruptible(db, cancelled, message),
        write(db),
    ):
        counts = store_bundle.merge(db, info)
        if cancelled is not None and cancelled():
            raise Cancelled(message)  # before the commit: everything is rolled back
        if counts.changed:
            audit.append(
                db,
                at=clock.utc_stamp(),
                user=actor.name,
                action="import_bundle",
                entity=ENTITY,
                entity_id=bundle.path.name,
                after={
                    "office": info.office,
                    "path": str(bundle.path),
                    "sha256": bundle.sha256,
                    "created_at": info.created_at,
                    "created_by": info.created_by,
                    "since": info.since,
                    "audit_head": info.audit_head,
                    "counts": counts.as_dict(),
                    "signed_by": signature.kid if signature else None,
                    "trusted": bool(signature and signature.trusted),
                },
            )
    return Imported(bundle.path, info, bundle.sha256, counts, signature)
