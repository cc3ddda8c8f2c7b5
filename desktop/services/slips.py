"""Departure slips: one per traveller of a finalized contingent, each with a QR code of its
fields signed by the office's key (COSE_Sign1, `desktop.trust.qr`), audited.

Without a certified office key the slips print *unsigned* (no QR code, and they say so); a
wrong passphrase, or a certificate that is expired or of another office, is refused instead:
nothing is printed with a signature a verifier would reject.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from desktop.core import clock
from desktop.core import cnic as cnic_rules
from desktop.core.contingent import Contingent, Step, refusal
from desktop.core.departure import NO_SHOW, Departure
from desktop.core.errors import ValidationError
from desktop.core.roles import Action, Actor
from desktop.services.access import authorize
from desktop.services.audit_rows import record
from desktop.services.contingents import find_contingent
from desktop.services.signing import key_status
from desktop.store import Database, office_settings
from desktop.store import contingents as rows
from desktop.trust import keys, qr

if TYPE_CHECKING:
    from desktop.manifest.slips import SlipPerson, SlipsData
    from desktop.trust.seals import Signer

Progress = Callable[[int, int], None]

# What a key folder's state means for printing slips (`signing.key_status`).
UNSIGNED_STATES: Final = ("no key", "waiting")


@dataclass(frozen=True)
class PrintedSlips:
    """The slips' PDF and what it holds."""

    pdf: bytes
    code: str
    revision: int
    people: int
    kid: str  # the key that signed the QR codes; "" when the slips are unsigned

    @property
    def signed(self) -> bool:
        return bool(self.kid)


def signs(place: Path, *, now: dt.datetime | None = None) -> bool:
    """Whether this office signs its slips (a certified key in its place, `signing.key_place`),
    so that its passphrase is needed; False prints them unsigned.

    Raises:
        ValidationError: the office's certificate is expired or not yet valid (renew it).
    """
    status = key_status(place, now=now)
    if status.state in UNSIGNED_STATES:
        return False
    if status.state != "valid":
        raise ValidationError(
            f"The office's signing certificate is {status.state} (valid from {status.not_before} "
            f"to {status.not_after}): slips signed with it would be refused. Renew it with "
            "`rawangi keys init --renew` and headquarters' new certificate."
        )
    return True


def printable(db: Database, actor: Actor, contingent_code: str) -> Contingent:
    """The contingent whose slips the actor may print now (asked before the passphrase is).

    Raises:
        PermissionDenied (supervisors and admins only), NotFound, ValidationError (open).
    """
    authorize(db, actor, Action.PRINT_SLIPS)
    contingent = find_contingent(db, contingent_code)
    refused = refusal(Step.SLIPS, contingent, rows.member_count(db, contingent.id))
    if refused:
        raise ValidationError(refused)
    return contingent


def slip_fields(contingent: Contingent, person: Departure) -> dict[str, Any]:
    """What a slip's QR code signs: who travels, on which contingent revision and flight.

    The Urdu name is printed but not signed: the verifier compares the Latin name with the
    passport, and every byte left out keeps the code easy to scan.
    """
    return {
        "kind": "slip",
        "office": contingent.office,
        "code": contingent.code,
        "revision": contingent.revision,
        "flight": contingent.flight_no,
        "date": contingent.departure_date.isoformat(),
        "name": person.full_name,
        "father_name": person.father_name,
        "cnic": person.cnic,
        "passport_no": person.passport_no,
    }


def slips_pdf(
    db: Database,
    actor: Actor,
    contingent_code: str,
    people: Sequence[str] | None = None,
    signer: Signer | None = None,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> PrintedSlips:
    """The departure slips of a finalized (or departed) contingent, audited as who printed
    slips for whom.

    Args:
        contingent_code: ``ISB-20260305-01`` (any case).
        people: whose slips, by CNIC (as typed) or departure id; None for everyone who
            travels, in manifest order.
        signer: the office's key and certificate (`signing.office_signer`); None prints
            the slips unsigned.
        progress: (slips drawn, slips in all), now and then.

    Raises:
        PermissionDenied (supervisors and admins only), NotFound (no such contingent),
        ValidationError (open contingent; a person not travelling in it; a certificate of
        another office, expired or not yet valid).
    """
    contingent = printable(db, actor, contingent_code)
    members = rows.members(db, contingent.id)
    travelling = [person for person in members if person.status != NO_SHOW]
    chosen = travelling if people is None else _chosen(contingent, members, people)
    moment = now or clock.utc_now()
    kid = _check_signer(contingent, signer, moment) if signer else ""
    serials = {person.id: serial for serial, person in enumerate(travelling, start=1)}
    from desktop.manifest.slips import build_slips_pdf

    data = _slips_data(
        db, contingent, chosen, serials, signer=signer, printed_at=clock.utc_stamp(moment)
    )
    pdf = build_slips_pdf(data, progress=progress)
    record(
        db,
        user=actor.name,
        action="print_slips",
        entity="contingent",
        entity_id=contingent.id,
        after={
            "code": contingent.code,
            "revision": contingent.revision,
            "people": len(chosen),
            "for": "all" if people is None else [person.id for person in chosen],
            "signed_by": kid,
        },
    )
    return PrintedSlips(pdf, contingent.code, contingent.revision, len(chosen), kid)


def _chosen(
    contingent: Contingent, members: Sequence[Departure], wanted: Sequence[str]
) -> list[Departure]:
    """The members named by CNIC or id, in manifest order; each must travel in it."""
    by_id = {person.id: person for person in members}
    by_cnic = {person.cnic: person for person in members}
    found: dict[str | None, Departure] = {}
    for given in wanted:
        person = by_id.get(given.strip())
        if person is None:
            try:
                cnic = cnic_rules.normalize(given)
            except ValidationError:
                raise ValidationError(
                    f"{given!r} is neither a CNIC nor a departure of {contingent.code}.", "cnic"
                ) from None
            person = by_cnic.get(cnic)
            if person is None:
                raise ValidationError(f"{cnic} is not in contingent {contingent.code}.", "cnic")
        if person.status == NO_SHOW:
            raise ValidationError(
                f"{person.cnic} did not travel with {contingent.code}: no slip is printed.", "cnic"
            )
        found[person.id] = person
    if not found:
        raise ValidationError("Choose at least one person to print a slip for.", "people")
    return [person for person in members if person.id in found]


def _check_signer(contingent: Contingent, signer: Signer, moment: dt.datetime) -> str:
    certificate = signer.certificate
    subject = keys.Subject.of(certificate.subject)
    if subject.office != contingent.office:
        raise ValidationError(
            f"The signing key is the office {subject.office}'s, but {contingent.code} belongs to "
            f"{contingent.office}: its slips are not signed here."
        )
    if not keys.valid_at(certificate, moment):
        raise ValidationError(
            f"The office's signing certificate is valid from "
            f"{clock.utc_stamp(certificate.not_valid_before_utc)} to "
            f"{clock.utc_stamp(certificate.not_valid_after_utc)}, not now: renew it."
        )
    # That the key is the certificate's own, a `Signer` checked when it was made.
    return keys.key_id(certificate).hex()


def _slips_data(
    db: Database,
    contingent: Contingent,
    chosen: Sequence[Departure],
    serials: dict[str | None, int],
    *,
    signer: Signer | None,
    printed_at: str,
) -> SlipsData:
    from desktop.manifest.slips import SlipPerson, SlipsData

    def slip(person: Departure) -> SlipPerson:
        text = (
            qr.sign(slip_fields(contingent, person), signer.key, signer.certificate)
            if signer
            else ""
        )
        return SlipPerson(
            serial=serials[person.id],
            name=person.full_name,
            father_name=person.father_name,
            cnic=person.cnic,
            passport_no=person.passport_no,
            name_urdu=person.name_urdu,
            qr_text=text,
        )

    signed_by = ""
    if signer:
        certificate = signer.certificate
        signed_by = f"{keys.Subject.of(certificate.subject)}, key {keys.key_id(certificate).hex()}"
    return SlipsData(
        office_code=contingent.office,
        office_name=dict(office_settings.offices(db)).get(contingent.office, contingent.office),
        contingent_code=contingent.code,
        revision=contingent.revision,
        flight=contingent.flight_no,
        airport=contingent.airport,
        departure_date=contingent.departure_date.isoformat(),
        departure_time=contingent.departure_time,
        destinations=contingent.destination_names,
        printed_at=printed_at,
        people=tuple(slip(person) for person in chosen),
        signed_by=signed_by,
    )
