"""A day worked on a local file while the office server was gone, brought to the server.

The local file's records travel as a headquarters bundle (same UUIDs and versions: importing
twice changes nothing). Before they go in, the duplicate rule runs again across both: anyone
recorded on the local file and, meanwhile, at another desk on the server is listed, so that a
supervisor can withdraw one of the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.departure import DEPARTED, RECORDED
from desktop.core.roles import Action, Actor
from desktop.core.rules import DuplicateCandidate
from desktop.services import bundles
from desktop.services.access import authorize
from desktop.store import Database, Use, open_checked
from desktop.store import departures as departure_rows
from desktop.store.bundle import CancelCheck, Progress
from desktop.store.db import data_dir

LOCAL_NAME = "rawangi-local.db"


def local_file() -> Path:
    """The register file of this PC for a day without the office server."""
    return data_dir() / LOCAL_NAME


@dataclass(frozen=True)
class AtBoth:
    """A person of the local file whom the server holds too, under another record."""

    local: DuplicateCandidate
    server: DuplicateCandidate


@dataclass(frozen=True)
class Brought:
    """What bringing a local file to the server did."""

    imported: bundles.Imported
    at_both: list[AtBoth]

    def lines(self) -> list[str]:
        lines = self.imported.lines(seal_note=False)
        if not self.at_both:
            return [*lines, "Nobody of the local file was recorded at another desk too."]
        lines += ["", f"Recorded at both ({len(self.at_both)}): withdraw one of each pair."]
        for pair in self.at_both:
            lines.append(
                f"{pair.local.full_name} (CNIC {pair.local.cnic}, passport "
                f"{pair.local.passport_no}) is also {pair.server.full_name}, "
                f"{pair.server.status} on the server (office {pair.server.office})."
            )
        return lines


def people_at_both(local: Database, server: Database) -> list[AtBoth]:
    """The local file's pending or departed people whom the server holds under another record
    with the same CNIC or passport number, pending or departed too."""
    live = (RECORDED, DEPARTED)
    found = []
    for person in departure_rows.people(local):
        if person.status not in live:
            continue
        for other in departure_rows.duplicates(
            server, person.cnic, person.passport_no, exclude_id=str(person.id)
        ):
            if other.status in live:
                found.append(AtBoth(person, other))
    return found


def bring_records(
    local_path: str | Path,
    server: Database,
    actor: Actor,
    bundle_path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Brought:
    """Export the local file's records to `bundle_path`, list the people recorded at both, then
    import the bundle into the server (supervisors and admins).

    Raises:
        PermissionDenied, StorageError (the local file or the server), BundleRefused,
        Cancelled (nothing was written to the server).
    """
    authorize(server, actor, Action.IMPORT_BUNDLE)
    local = open_checked(local_path, Use.WRITE)
    try:
        bundles.export_bundle(local, actor, bundle_path, progress=progress, cancelled=cancelled)
        at_both = people_at_both(local, server)
    finally:
        local.close()
    imported = bundles.import_bundle(
        server, actor, bundle_path, progress=progress, cancelled=cancelled
    )
    return Brought(imported, at_both)
