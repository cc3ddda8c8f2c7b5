"""Contingents: create, fill, finalize with a manifest, reopen, mark departed."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core import clock
from desktop.core import contingent as rules
from desktop.core.contingent import DEPARTED, FINALIZED, OPEN, Contingent
from desktop.core.departure import NO_SHOW, Departure
from desktop.core.errors import (
    NotFound,
    RuleViolation,
    ValidationError,
    WarningsNotAcknowledged,
)
from desktop.core.ids import new_id
from desktop.core.messages import Message
from desktop.core.roles import Action, Actor, allowed
from desktop.core.rules import Problem, Severity
from desktop.services import audit_seals, manifests
from desktop.services.access import authorize
from desktop.services.departures import warning_key
from desktop.store import Database, audit, write
from desktop.store import contingents as rows
from desktop.store import departures as departure_rows
from desktop.trust import keys

if TYPE_CHECKING:
    from desktop.manifest.signature import SigningKey
from desktop.trust.seals import Signer

ENTITY = "contingent"


def get_contingent(db: Database, contingent_id: str) -> Contingent:
    found = rows.get(db, contingent_id)
    if found is None:
        raise NotFound("This contingent no longer exists.")
    return found


def find_contingent(db: Database, code: str) -> Contingent:
    found = rows.by_code(db, code)
    if found is None:
        raise NotFound(f"There is no contingent {code.strip().upper()}.")
    return found


def create_contingent(db: Database, actor: Actor, values: Mapping[str, object]) -> Contingent:
    """A new open contingent of the actor's office, numbered for its day.

    Raises:
        PermissionDenied, ValidationError (naming the field).
    """
    authorize(db, actor, Action.MANAGE_CONTINGENT)
    facts = rules.read_contingent(values)
    at = clock.utc_stamp()
    with write(db):
        code = rows.next_code(db, actor.office, facts["departure_date"])
        contingent = Contingent(
            id=new_id(), code=code, office=actor.office, created_by=actor.name, **facts
        )
        rows.insert(db, contingent, user=actor.name, at=at)
        audit.append(
            db,
            at=at,
            user=actor.name,
            action="create",
            entity=ENTITY,
            entity_id=contingent.id,
            after=created_facts(contingent),
        )
    return contingent


def created_facts(contingent: Contingent) -> dict[str, object]:
    """Every stored value of a new contingent, for its audit row (the replay needs them all)."""
    return {
        "code": contingent.code,
        "office": contingent.office,
        "status": contingent.status,
        "revision": contingent.revision,
        "flight_no": contingent.flight_no,
        "carrier": contingent.carrier,
        "airport": contingent.airport,
        "departure_date": contingent.departure_date.isoformat(),
        "departure_time": contingent.departure_time,
        "destinations": ",".join(contingent.destinations),
        "capacity": contingent.capacity,
    }


@dataclass(frozen=True)
class JoinReview:
    """What adding some people to a contingent would meet: problems per person."""

    contingent: Contingent
    people: tuple[Departure, ...]
    problems: Mapping[str, tuple[Problem, ...]]  # departure id -> problems

    def of(self, severity: Severity) -> list[Problem]:
        return [p for found in self.problems.values() for p in found if p.severity is severity]


def review_joining(db: Database, contingent_id: str, departure_ids: Sequence[str]) -> JoinReview:
    """Check people against a contingent without changing anything."""
    contingent = get_contingent(db, contingent_id)
    count = rows.member_count(db, contingent_id)
    people, problems = [], {}
    for departure_id in dict.fromkeys(departure_ids):
        departure = departure_rows.get(db, departure_id)
        if departure is None:
            raise NotFound("A departure to add no longer exists.")
        if departure.contingent_id == contingent_id:
            continue  # already in: nothing to do
        other = rows.open_contingent_of(db, departure_id)
        count += 1
        found = rules.joining_problems(
            departure,
            contingent,
            other_open_code=other.code if other else None,
            members_after=count,
        )
        people.append(departure)
        problems[str(departure.id)] = tuple(found)
    return JoinReview(contingent, tuple(people), problems)


def add_people(
    db: Database,
    actor: Actor,
    contingent_id: str,
    departure_ids: Sequence[str],
    *,
    acknowledged: Collection[str] = (),
    override_reason: str = "",
) -> int:
    """Put recorded departures into an open contingent; returns how many were added.

    A departure date or destination that does not fit needs a supervisor's override with a
    reason; going over capacity is a warning to acknowledge.

    Raises:
        PermissionDenied, RuleViolation, WarningsNotAcknowledged.
    """
    authorize(db, actor, Action.MANAGE_CONTINGENT)
    needs_override = bool(override_reason.strip())
    if needs_override:
        authorize(db, actor, Action.OVERRIDE)
    at = clock.utc_stamp()
    with write(db):
        rows.hold(db, contingent_id)
        review = review_joining(db, contingent_id, departure_ids)
        blocks = review.of(Severity.BLOCK)
        if blocks:
            raise RuleViolation(blocks)
        pending = review.of(Severity.OVERRIDE)
        if pending and not needs_override:
            key = (
                "contingent.needs_override"
                if allowed(actor, Action.OVERRIDE)
                else "contingent.needs_supervisor"
            )
            raise RuleViolation(
                [
                    Problem(p.field, Severity.BLOCK, p.code, Message(key, problem=p.message))
                    for p in pending
                ]
            )
        warnings = [w for w in review.of(Severity.WARN) if warning_key(w) not in acknowledged]
        if warnings:
            raise WarningsNotAcknowledged(warnings[:1])
        for departure in review.people:
            rows.assign(db, str(departure.id), contingent_id, user=actor.name, at=at)
            overridden = [
                p.message
                for p in review.problems[str(departure.id)]
                if p.severity is Severity.OVERRIDE
            ]
            reason = ""
            if overridden:
                reason = f"Override: {override_reason.strip()} ({' '.join(overridden)})"
            audit.append(
                db,
                at=at,
                user=actor.name,
                action="assign",
                entity="departure",
                entity_id=departure.id,
                before={"contingent_id": departure.contingent_id},
                after={"contingent_id": contingent_id, "contingent": review.contingent.code},
                reason=reason,
            )
    return len(review.people)


def remove_people(
    db: Database,
    actor: Actor,
    contingent_id: str,
    departure_ids: Sequence[str],
    *,
    reason: str = "",
) -> int:
    """Take people out of an open contingent (their records stay in the register)."""
    authorize(db, actor, Action.MANAGE_CONTINGENT)
    at = clock.utc_stamp()
    with write(db):
        rows.hold(db, contingent_id)
        contingent = get_contingent(db, contingent_id)
        closed = rules.refusal(rules.Step.REMOVE, contingent, 0)
        if closed:
            raise ValidationError(closed)
        removed = 0
        for departure_id in departure_ids:
            departure = departure_rows.get(db, departure_id)
            if departure is None or departure.contingent_id != contingent_id:
                continue
            rows.assign(db, departure_id, None, user=actor.name, at=at)
            audit.append(
                db,
                at=at,
                user=actor.name,
                action="unassign",
                entity="departure",
                entity_id=departure_id,
                before={"contingent_id": contingent_id, "contingent": contingent.code},
                after={"contingent_id": None},
                reason=reason.strip(),
            )
            removed += 1
    return removed


def move_people(
    db: Database,
    actor: Actor,
    from_id: str,
    to_id: str,
    departure_ids: Sequence[str],
    *,
    acknowledged: Collection[str] = (),
    override_reason: str = "",
) -> int:
    """Move people from one open contingent to another, in one transaction."""
    authorize(db, actor, Action.MANAGE_CONTINGENT)
    if override_reason.strip():
        authorize(db, actor, Action.OVERRIDE)
    source = get_contingent(db, from_id)
    closed = rules.refusal(rules.Step.REMOVE, source, 0)
    if closed:
        raise ValidationError(closed)
    at = clock.utc_stamp()
    with write(db):
        rows.hold(db, from_id, to_id)
        source = get_contingent(db, from_id)  # as it is now, with both held
        closed = rules.refusal(rules.Step.REMOVE, source, 0)
        if closed:
            raise ValidationError(closed)
        # Out of the source first, so that the target's rules see them as free; any refusal
        # below rolls both steps back.
        for departure_id in departure_ids:
            rows.assign(db, departure_id, None, user=actor.name, at=at)
        review = review_joining(db, to_id, departure_ids)
        blocks = review.of(Severity.BLOCK)
        if review.of(Severity.OVERRIDE) and not override_reason.strip():
            blocks += [
                Problem(
                    p.field,
                    Severity.BLOCK,
                    p.code,
                    Message("contingent.needs_override", problem=p.message),
                )
                for p in review.of(Severity.OVERRIDE)
            ]
        if blocks:
            raise RuleViolation(blocks)
        warnings = [w for w in review.of(Severity.WARN) if warning_key(w) not in acknowledged]
        if warnings:
            raise WarningsNotAcknowledged(warnings[:1])
        for departure in review.people:
            rows.assign(db, str(departure.id), to_id, user=actor.name, at=at)
            audit.append(
                db,
                at=at,
                user=actor.name,
                action="move",
                entity="departure",
                entity_id=departure.id,
                before={"contingent_id": from_id, "contingent": source.code},
                after={"contingent_id": to_id, "contingent": review.contingent.code},
                reason=override_reason.strip(),
            )
    return len(review.people)


def _status(
    db: Database,
    contingent: Contingent,
    *,
    actor: Actor,
    at: str,
    status: str,
    revision: int | None = None,
    reason: str = "",
) -> None:
    changes: dict[str, object] = {"status": status}
    if revision is not None:
        changes["revision"] = revision
    rows.update(db, contingent.id, user=actor.name, at=at, **changes)
    audit.append(
        db,
        at=at,
        user=actor.name,
        action=status if status != OPEN else "reopen",
        entity=ENTITY,
        entity_id=contingent.id,
        before={"status": contingent.status, "revision": contingent.revision},
        after={"status": status, "revision": revision or contingent.revision},
        reason=reason,
    )


def finalize(
    db: Database,
    actor: Actor,
    contingent_id: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    signing: SigningKey | None = None,
) -> rows.StoredManifest:
    """Close a contingent and store its manifest as the next revision, in one transaction.

    With `signing` (the office's key, see `signing.manifest_signer`), the stored manifest
    carries the signed QR on every page and the office's PAdES signature, and the audit head
    after it is signed too; without, it is stored unsigned, as before signing existed.

    Raises:
        PermissionDenied (only supervisors), ValidationError (not open, or empty).
    """
    authorize(db, actor, Action.FINALIZE)
    at = clock.utc_stamp()
    with write(db):
        rows.hold(db, contingent_id)
        contingent = get_contingent(db, contingent_id)
        people = rows.members(db, contingent_id)
        refused = rules.refusal(rules.Step.FINALIZE, contingent, rules.travelling(people))
        if refused:
            raise ValidationError(refused)
        revision = contingent.revision + 1
        stored = _generate(
            db, actor, contingent, people, revision, at=at, progress=progress, signing=signing
        )
        _status(db, contingent, actor=actor, at=at, status=FINALIZED, revision=revision)
        if signing is not None:
            audit_seals.seal_head(
                db,
                Signer(signing.key, signing.certificate),
                user=actor.name,
                reason=f"finalized {contingent.code}",
            )
    return stored


def _generate(
    db: Database,
    actor: Actor,
    contingent: Contingent,
    people: Sequence[Departure],
    revision: int,
    *,
    at: str,
    progress: Callable[[int, int], None] | None,
    signing: SigningKey | None = None,
) -> rows.StoredManifest:
    """Build, fingerprint, sign (with `signing`) and store one revision (inside the caller's
    transaction)."""
    data = manifests.manifest_data(
        db, contingent, people, revision=revision, verified_by=actor.name, generated_at=at
    )
    from desktop.manifest import build_pdf, canonical_json, fingerprint

    if signing is None:
        pdf = build_pdf(data, progress=progress)
    else:
        pdf = manifests.signed_pdf(data, signing, progress=progress)
    stored = rows.StoredManifest(
        id=new_id(),
        contingent_id=contingent.id,
        revision=revision,
        sha256=hashlib.sha256(pdf).hexdigest(),
        fingerprint=fingerprint(data),
        people=len(data.rows),
        audit_head=data.audit_head,
        generated_at=at,
        generated_by=actor.name,
        superseded_at="",
        superseded_reason="",
    )
    rows.insert_manifest(
        db, stored, pdf=pdf, canonical=canonical_json(data).decode("utf-8"), user=actor.name, at=at
    )
    audit.append(
        db,
        at=at,
        user=actor.name,
        action="manifest",
        entity=ENTITY,
        entity_id=contingent.id,
        after={
            "code": contingent.code,
            "revision": revision,
            "people": len(data.rows),
            "fingerprint": stored.fingerprint,
            "sha256": stored.sha256,
            # Which office key signed it ("" unsigned): the key id only, never the key.
            "signed_by": keys.key_id(signing.certificate).hex() if signing else "",
        },
    )
    return stored


def reopen(db: Database, actor: Actor, contingent_id: str, *, reason: str) -> Contingent:
    """Open a finalized contingent again; its current manifest becomes superseded.

    Raises:
        PermissionDenied (only supervisors), ValidationError (no reason, not finalized).
    """
    authorize(db, actor, Action.REOPEN)
    if not reason.strip():
        raise ValidationError("Give a reason for reopening the contingent.", "reason")
    at = clock.utc_stamp()
    with write(db):
        rows.hold(db, contingent_id)
        contingent = get_contingent(db, contingent_id)
        refused = rules.refusal(rules.Step.REOPEN, contingent, rows.member_count(db, contingent_id))
        if refused:
            raise ValidationError(refused)
        rows.supersede(
            db,
            contingent_id,
            contingent.revision,
            user=actor.name,
            at=at,
            reason=f"Reopened: {reason.strip()}",
        )
        _status(db, contingent, actor=actor, at=at, status=OPEN, reason=reason.strip())
    return get_contingent(db, contingent_id)


def mark_departed(
    db: Database,
    actor: Actor,
    contingent_id: str,
    *,
    no_shows: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    signing: SigningKey | None = None,
) -> Contingent:
    """Record who actually flew: everyone departed except the no-shows, each with a reason.

    With no-shows, the next revision of the manifest is generated, listing them under
    "Not travelled", and the previous one is superseded. The status changes are audited in
    one batch. `progress(done, total)` counts the people marked, then those typeset. A new
    revision is signed with `signing`, as `finalize` does.

    Raises:
        PermissionDenied (only supervisors), ValidationError (not finalized; a no-show without
        a reason or not in the contingent).
    """
    authorize(db, actor, Action.FINALIZE)
    absent = {k: v.strip() for k, v in (no_shows or {}).items()}
    missing = [k for k, v in absent.items() if not v]
    if missing:
        raise ValidationError("Give a reason for each person who did not travel.", "reason")
    at = clock.utc_stamp()
    with write(db):
        rows.hold(db, contingent_id)
        contingent = get_contingent(db, contingent_id)
        people = rows.members(db, contingent_id)
        refused = rules.refusal(rules.Step.MARK_DEPARTED, contingent, rules.travelling(people))
        if refused:
            raise ValidationError(refused)
        ids = {str(p.id) for p in people}
        strangers = set(absent) - ids
        if strangers:
            raise ValidationError("A no-show is not in this contingent.", "no_shows")
        audited: list[dict[str, Any]] = []
        for done, person in enumerate(people, start=1):
            if progress is not None:
                progress(done, len(people))
            status = NO_SHOW if str(person.id) in absent else DEPARTED
            if person.status == status:
                continue
            reason = absent.get(str(person.id), "")
            changed = person.replace(status=status, status_reason=reason)
            departure_rows.update(db, changed, user=actor.name, at=at)
            audited.append(
                {
                    "at": at,
                    "user": actor.name,
                    "action": "status",
                    "entity": "departure",
                    "entity_id": person.id,
                    "before": {"status": person.status, "status_reason": person.status_reason},
                    "after": {"status": status, "status_reason": reason},
                    "reason": reason or f"flew with {contingent.code}",
                }
            )
        audit.append_many(db, audited)
        revision = contingent.revision
        if absent:
            rows.supersede(
                db,
                contingent_id,
                contingent.revision,
                user=actor.name,
                at=at,
                reason="Departed: not-travelled section added",
            )
            revision += 1
            _generate(
                db,
                actor,
                contingent,
                rows.members(db, contingent_id),
                revision,
                at=at,
                progress=progress,
                signing=signing,
            )
        _status(db, contingent, actor=actor, at=at, status=DEPARTED, revision=revision)
    return get_contingent(db, contingent_id)
