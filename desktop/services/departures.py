"""Recording and changing departures: one function per user action, one transaction each."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from desktop.core import clock, rules
from desktop.core import contingent as contingent_rules
from desktop.core.departure import Departure, changed_fields, recorded_fields
from desktop.core.errors import NotFound, RuleViolation, ValidationError, WarningsNotAcknowledged
from desktop.core.messages import Message
from desktop.core.roles import Action, Actor
from desktop.core.rules import Problem
from desktop.services.access import authorize
from desktop.store import Database, audit, contingents, departures, office_settings, write

ENTITY = "departure"


@dataclass(frozen=True)
class Review:
    """A departure as it would be saved, and everything the rules say about it."""

    departure: Departure
    problems: tuple[Problem, ...]

    @property
    def blocks(self) -> list[Problem]:
        return rules.blocks(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return rules.warnings(self.problems)


def warning_key(problem: Problem) -> str:
    """How an acknowledged warning is named when it comes back with the save."""
    return f"{problem.field}:{problem.code}"


def validity_months(db: Database, destination: str) -> int:
    """Months a passport must stay valid after departure to this destination (office setting)."""
    own = office_settings.stored(db, f"passport_validity_months.{destination}")
    if own and own.isdigit():
        return int(own)
    return office_settings.integer(db, "passport_validity_months")


def review_departure(
    db: Database,
    actor: Actor,
    values: Mapping[str, object],
    *,
    departure_id: str | None = None,
) -> Review:
    """Read and check a departure without saving it (the form shows this as you type).

    Args:
        values: field name -> typed value; for an edit, only the fields shown.
        departure_id: the record being edited, or None for a new one.
    """
    previous = None
    if departure_id is not None:
        previous = departures.get(db, departure_id)
        if previous is None:
            raise NotFound(Message("departure.gone"))
    base = previous or Departure(office=actor.office)
    departure, problems = rules.read_departure(values, base=base)
    duplicates = []
    if departure.cnic or departure.passport_no:  # unreadable values were left empty
        duplicates = departures.duplicates(
            db, departure.cnic, departure.passport_no, exclude_id=departure_id
        )
    problems += rules.check_departure(
        departure,
        today=clock.today(),
        duplicates=duplicates,
        validity_months=validity_months(db, departure.destination),
        previous=previous,
    )
    return Review(departure, tuple(problems))


def _refuse_if_contingent_closed(db: Database, departure: Departure) -> None:
    if departure.contingent_id:
        refusal = contingent_rules.may_edit_member(contingents.get(db, departure.contingent_id))
        if refusal:
            raise ValidationError(refusal, "contingent_id")


def _refuse_unless_clean(review: Review, acknowledged: Collection[str]) -> None:
    if review.blocks:
        raise RuleViolation(review.blocks)
    pending = [w for w in review.warnings if warning_key(w) not in acknowledged]
    if pending:
        raise WarningsNotAcknowledged(pending)


def _acknowledgement(review: Review) -> str:
    if not review.warnings:
        return ""
    return "Warnings acknowledged: " + "; ".join(w.text for w in review.warnings)


def record_departure(
    db: Database,
    actor: Actor,
    values: Mapping[str, object],
    *,
    acknowledged: Collection[str] = (),
) -> Departure:
    """Save a new departure after every rule has passed.

    Args:
        values: field name -> typed value, as from the form.
        acknowledged: `warning_key`s of the warnings the user has confirmed.

    Raises:
        PermissionDenied, RuleViolation, WarningsNotAcknowledged, StorageError.
    """
    authorize(db, actor, Action.RECORD_DEPARTURE)
    with write(db):
        # Checked again inside the write lock, so that two desks cannot both save a duplicate.
        review = review_departure(db, actor, values)
        _refuse_unless_clean(review, acknowledged)
        at = clock.utc_stamp()
        stored = departures.insert(db, review.departure, user=actor.name, at=at)
        audit.append(
            db,
            at=at,
            user=actor.name,
            action="record",
            entity=ENTITY,
            entity_id=stored.id,
            after=recorded_fields(stored),
            reason=_acknowledgement(review),
        )
    return stored


def update_departure(
    db: Database,
    actor: Actor,
    departure_id: str,
    values: Mapping[str, object],
    *,
    version: int,
    acknowledged: Collection[str] = (),
) -> Departure:
    """Save changes to a departure that was read at `version`; the rules run again.

    Raises:
        PermissionDenied, NotFound, StaleRecord, RuleViolation, WarningsNotAcknowledged.
    """
    authorize(db, actor, Action.EDIT_DEPARTURE)
    with write(db):
        review = review_departure(db, actor, values, departure_id=departure_id)
        _refuse_unless_clean(review, acknowledged)
        previous = departures.get(db, departure_id)
        assert previous is not None  # review_departure raised NotFound otherwise
        _refuse_if_contingent_closed(db, previous)
        before, after = changed_fields(previous, review.departure)
        if not after:
            return previous
        at = clock.utc_stamp()
        stored = departures.update(
            db, review.departure.replace(version=version), user=actor.name, at=at
        )
        audit.append(
            db,
            at=at,
            user=actor.name,
            action="edit",
            entity=ENTITY,
            entity_id=departure_id,
            before=before,
            after=after,
            reason=_acknowledgement(review),
        )
    return stored


def change_status(
    db: Database,
    actor: Actor,
    departure_id: str,
    status: str,
    *,
    reason: str = "",
    version: int | None = None,
) -> Departure:
    """Mark a departure departed, no-show, withdrawn or recorded again, with a reason.

    Raises:
        PermissionDenied, NotFound, ValidationError (a change the rules do not allow).
    """
    authorize(db, actor, Action.CHANGE_STATUS)
    with write(db):
        current = departures.get(db, departure_id)
        if current is None:
            raise NotFound(Message("departure.gone"))
        _refuse_if_contingent_closed(db, current)
        refusal = rules.status_change_problem(current.status, status, reason)
        if refusal:
            raise ValidationError(refusal, "status")
        at = clock.utc_stamp()
        changed = current.replace(status=status, status_reason=reason.strip())
        if version is not None:
            changed = changed.replace(version=version)
        stored = departures.update(db, changed, user=actor.name, at=at)
        audit.append(
            db,
            at=at,
            user=actor.name,
            action="status",
            entity=ENTITY,
            entity_id=departure_id,
            before={"status": current.status, "status_reason": current.status_reason},
            after={"status": status, "status_reason": reason.strip()},
            reason=reason.strip(),
        )
    return stored


def get_departure(db: Database, departure_id: str) -> Departure:
    """One departure, for opening it in the form.

    Raises:
        NotFound: it does not exist.
    """
    found = departures.get(db, departure_id)
    if found is None:
        raise NotFound(Message("departure.gone"))
    return found
