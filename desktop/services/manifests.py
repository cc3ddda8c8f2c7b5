"""Manifests: the data a revision prints, printing and reprinting, and checking a PDF."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core import countries, rules
from desktop.core.contingent import Contingent, Step, refusal
from desktop.core.departure import NO_SHOW, Departure
from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Action, Actor, Role
from desktop.core.users import User
from desktop.services.access import authorize
from desktop.services.audit_rows import record
from desktop.store import Database, audit, office_settings
from desktop.store import contingents as rows
from desktop.store import users as user_rows
from desktop.trust import qr

if TYPE_CHECKING:
    from desktop.manifest import ManifestData
    from desktop.manifest.pdf import Progress
    from desktop.manifest.signature import SigningKey


def manifest_data(
    db: Database,
    contingent: Contingent,
    people: Sequence[Departure],
    *,
    revision: int,
    verified_by: str,
    generated_at: str,
) -> ManifestData:
    """What one revision of a contingent's manifest says, formatted for print.

    The signature blocks name the clerk who made the contingent and the supervisor who
    finalizes it by their full names and designations (the login name when a user has no
    full name, or is not a user of this file, as after a merge).
    """
    from desktop.manifest import ManifestData, ManifestRow, NotTravelledRow

    prepared = _signatory(db, contingent.created_by)
    verified = _signatory(db, verified_by)
    travelling = [p for p in people if p.status != NO_SHOW]
    absent = [p for p in people if p.status == NO_SHOW]
    office_names = dict(office_settings.offices(db))
    return ManifestData(
        office_code=contingent.office,
        office_name=office_names.get(contingent.office, contingent.office),
        contingent_code=contingent.code,
        revision=revision,
        flight=contingent.flight_no,
        carrier=contingent.carrier,
        airport=contingent.airport,
        departure_date=contingent.departure_date.isoformat(),
        departure_time=contingent.departure_time,
        destinations=contingent.destination_names,
        generated_at=generated_at,
        prepared_by=prepared.printed_name,
        verified_by=verified.printed_name,
        audit_head=audit.head(db),
        rows=tuple(
            ManifestRow(
                serial=serial,
                name=person.full_name,
                father_name=person.father_name,
                cnic=person.cnic,
                passport_no=person.passport_no,
                passport_expiry=_date(person.passport_expiry),
                birth_date=_date(person.birth_date),
                sex=person.sex,
                trade=person.trade,
                destination=countries.name(person.destination),
                employer=person.employer,
                channel=person.channel,
                oep_licence_no=person.oep_licence_no,
                protector_no=person.protector_no,
                name_urdu=person.name_urdu,
                visa_note=rules.visa_note(person),
            )
            for serial, person in enumerate(travelling, start=1)
        ),
        not_travelled=tuple(
            NotTravelledRow(
                serial=serial,
                name=person.full_name,
                cnic=person.cnic,
                passport_no=person.passport_no,
                reason=person.status_reason or "did not travel",
            )
            for serial, person in enumerate(absent, start=1)
        ),
        page_size=office_settings.text(db, "manifest_page_size"),
        urdu_names=office_settings.flag(db, "manifest_urdu_names"),
        prepared_by_designation=prepared.designation,
        verified_by_designation=verified.designation,
    )


def signed_qr_text(data: ManifestData, signing: SigningKey) -> str:
    """The manifest's signed QR (COSE_Sign1, "RW1:…"): office, contingent code, revision,
    flight, date, count and fingerprint, signed by the office's key (its id in the header)."""
    from desktop.manifest import fingerprint

    fields = {
        "kind": "manifest",
        "office": data.office_code,
        "code": data.contingent_code,
        "revision": data.revision,
        "flight": data.flight,
        "date": data.departure_date,
        "count": len(data.rows),
        "fingerprint": fingerprint(data),
    }
    return qr.sign(fields, signing.key, signing.certificate)


def signed_pdf(
    data: ManifestData, signing: SigningKey, *, progress: Progress | None = None
) -> bytes:
    """The manifest with the signed QR on every page and the office's PAdES signature."""
    from desktop.manifest import build_pdf
    from desktop.manifest.signature import sign_pdf

    pdf = build_pdf(data, progress=progress, signed_qr=signed_qr_text(data, signing))
    return sign_pdf(
        pdf,
        signing,
        reason=f"Contingent manifest {data.contingent_code} revision {data.revision}",
        location=f"{data.office_name} ({data.office_code})",
    )


def _signatory(db: Database, login: str) -> User:
    found = user_rows.by_name(db, login)
    return found if found is not None else User(id="", name=login, role=Role.CLERK, office="")


def _date(value: object) -> str:
    return "" if value is None else str(value)


def revisions(db: Database, contingent_id: str) -> list[rows.StoredManifest]:
    """Every stored revision of a contingent's manifest, newest first."""
    return rows.manifests(db, contingent_id)


@dataclass(frozen=True)
class Printed:
    """The bytes to print or save, and what they are."""

    pdf: bytes
    code: str
    revision: int
    superseded: bool


def superseded_note(manifest: rows.StoredManifest) -> str:
    day = manifest.superseded_at[:10]
    return f"Superseded on {day}: {manifest.superseded_reason}"


def manifest_copy(
    db: Database,
    actor: Actor,
    contingent_id: str,
    *,
    revision: int | None = None,
    purpose: str = "print",
) -> Printed:
    """A copy of a stored revision for printing or saving, audited as a print or reprint.

    The current revision is its stored bytes; a superseded one is the stored pages with
    "SUPERSEDED" across each.

    Args:
        purpose: what the copy is for, as the audit log says it ("print", "save", "preview").

    Raises:
        PermissionDenied (only supervisors), NotFound (no such revision).
    """
    authorize(db, actor, Action.PRINT_MANIFEST)
    contingent = rows.get(db, contingent_id)
    if contingent is None:
        raise NotFound("This contingent no longer exists.")
    never_finalized = refusal(Step.PRINT, contingent, 0) if revision is None else None
    if never_finalized:
        raise NotFound(never_finalized)
    stored = {m.revision: m for m in rows.manifests(db, contingent_id)}
    wanted = revision or contingent.revision
    manifest = stored.get(wanted)
    pdf = rows.manifest_bytes(db, contingent_id, wanted)
    if manifest is None or pdf is None:
        raise NotFound(f"{contingent.code} has no manifest revision {wanted}.")
    if manifest.superseded:
        from desktop.manifest import stamp_superseded

        pdf = stamp_superseded(pdf, superseded_note(manifest))
    if purpose != "preview":
        reprint = _printed_before(db, contingent_id, wanted)
        # A stored manifest can be printed from a read-only file: the row goes to the log file.
        record(
            db,
            user=actor.name,
            action="reprint" if reprint else "print",
            entity="contingent",
            entity_id=contingent_id,
            after={
                "code": contingent.code,
                "revision": wanted,
                "purpose": purpose,
                "superseded": manifest.superseded,
            },
        )
    return Printed(pdf, contingent.code, wanted, manifest.superseded)


def _printed_before(db: Database, contingent_id: str, revision: int) -> bool:
    for entry in audit.history(db, "contingent", contingent_id):
        if entry["action"] in ("print", "reprint") and entry["after"].get("revision") == revision:
            return True
    return False


class Verdict(enum.Enum):
    """What `verify_pdf` says of a file."""

    CURRENT = "genuine copy of the current revision"
    SUPERSEDED = "genuine copy of a superseded revision"
    ALTERED = "altered or unknown"


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    message: str

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.CURRENT


def verify_pdf(db: Database, pdf: bytes) -> Verification:
    """Whether a PDF is a genuine copy of a stored manifest, and of which revision.

    Genuine means byte for byte what Rawangi stored (or its SUPERSEDED-stamped reprint). A
    signed manifest's signature is checked too and named: for a superseded signed revision the
    stamp is an update after the signature, which still holds over the original revision.
    """
    from desktop.manifest import read_metadata, stamp_superseded

    try:
        facts = read_metadata(pdf)
    except ValidationError as error:
        return Verification(Verdict.ALTERED, str(error))
    contingent = rows.by_code(db, facts["code"])
    if contingent is None:
        return Verification(Verdict.ALTERED, f"No contingent {facts['code']} in this database.")
    try:
        revision = int(facts["revision"])
    except ValueError:
        return Verification(Verdict.ALTERED, "The file's revision number is not a number.")
    every = {m.revision: m for m in rows.manifests(db, contingent.id)}
    stored = every.get(revision)
    original = rows.manifest_bytes(db, contingent.id, revision)
    if stored is None or original is None:
        return Verification(
            Verdict.ALTERED, f"{contingent.code} has no stored revision {revision}."
        )
    name = f"{contingent.code} revision {revision}"
    digest = hashlib.sha256(pdf).hexdigest()
    if facts.get("fingerprint") != stored.fingerprint:
        return Verification(Verdict.ALTERED, f"The fingerprint differs from {name}'s.")
    genuine = digest == stored.sha256
    stamped = False
    if not genuine and stored.superseded:
        reprint = stamp_superseded(original, superseded_note(stored))
        genuine = stamped = hashlib.sha256(reprint).hexdigest() == digest
    if not genuine:
        return Verification(Verdict.ALTERED, f"The file claims to be {name} but its pages differ.")
    signed = _signed_by(pdf)
    if signed is None:
        return Verification(
            Verdict.ALTERED, f"The file claims to be {name} but its signature does not hold."
        )
    if not stored.superseded:
        return Verification(
            Verdict.CURRENT, f"Genuine copy of {name}, the current revision, {signed}."
        )
    newer = sorted(r for r in every if r > revision)
    by = f"superseded by revision {newer[0]}" if newer else "superseded (reopened)"
    what = "SUPERSEDED reprint" if stamped else "copy"
    return Verification(
        Verdict.SUPERSEDED,
        f"Genuine, {by}: a {what} of {name}, {signed} ({superseded_note(stored)}).",
    )


def _signed_by(pdf: bytes) -> str | None:
    """ "signed by Lahore (LHE)", "unsigned", or None when a signature is there but does not
    hold (the bytes matched the stored ones, so that only happens to a damaged store)."""
    from desktop.manifest.signature import read_signature

    try:
        signature = read_signature(pdf)
    except ValidationError:
        return None
    if signature is None:
        return "unsigned"
    return f"signed by {signature.signer}" if signature.holds else None
