"""Headquarters bundles as user actions: an office exports its records, headquarters merges them.

Both are for supervisors and admins. An export is audited in the office's log with the file's
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

from desktop import __version__
from desktop.core import clock
from desktop.core.errors import Cancelled
from desktop.core.roles import Action, Actor
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
# Until bundles are signed with the office's key, the seal is a plain SHA-256 that anyone who
# edits a bundle can recompute: every import says so, so that nobody takes it for a signature.
SEAL_NOTE = (
    "The seal shows that the bundle was not damaged on its way; it does not show who made it. "
    "Anyone can change a bundle and seal it again until bundles are signed with the office's "
    "key, so import only bundles that reached you from the office itself."
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
) -> Made:
    """Write the office's records to a bundle file for headquarters (supervisors and admins).

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
                },
            )
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

    @property
    def changed(self) -> bool:
        return self.counts.changed

    def lines(self, *, seal_note: bool = True) -> list[str]:
        """The result in words: a heading, one line per table, then what the seal proves."""
        note = [SEAL_NOTE] if seal_note else []
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
) -> Imported:
    """Merge an office's bundle into this (headquarters') database, in one transaction.

    By UUID: new records are added, a record with a higher version replaces the one here,
    equal or lower versions are left alone. Manifests' proofs go to `office_manifests`, the
    office's audit rows to `office_audit`; the office is added to `offices` when unknown.

    Args:
        bundle: a file (checked here), or one already checked with `checked`.

    Raises:
        PermissionDenied, BundleRefused (a check failed, or the bundle disagrees with what is
        here; nothing was written), StorageError, Cancelled (nothing was written).
    """
    authorize(db, actor, Action.IMPORT_BUNDLE)
    if isinstance(bundle, Opened):
        return _merge(db, actor, bundle, progress, cancelled)
    with checked(bundle, progress=progress, cancelled=cancelled) as opened:
        return _merge(db, actor, opened, progress, cancelled)


def _merge(
    db: Database,
    actor: Actor,
    bundle: Opened,
    progress: Progress | None,
    cancelled: CancelCheck | None,
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
                },
            )
    return Imported(bundle.path, info, bundle.sha256, counts)
