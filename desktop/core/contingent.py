"""Contingents: people of one office who leave together on one flight (DESIGN.md "Words").

The rules for who may join a contingent live here once; `desktop.services.contingents` applies
them and the GUI shows their messages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from desktop.core import countries, dates
from desktop.core.departure import NO_SHOW, RECORDED, Departure
from desktop.core.errors import ValidationError
from desktop.core.messages import Message
from desktop.core.rules import Problem, Severity

OPEN: Final = "open"
FINALIZED: Final = "finalized"
DEPARTED: Final = "departed"
STATUSES: Final = (OPEN, FINALIZED, DEPARTED)

# Airline designator (two characters with a letter, or three letters), then 1-4 digits.
_FLIGHT = re.compile(r"^([A-Z]{3}|[A-Z][A-Z0-9]|[0-9][A-Z])-?(\d{1,4}[A-Z]?)$")
_IATA = re.compile(r"^[A-Z]{3}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Contingent:
    """A contingent as stored."""

    id: str
    code: str
    office: str
    flight_no: str
    carrier: str
    airport: str
    departure_date: dt.date
    departure_time: str
    destinations: tuple[str, ...]  # ISO alpha-2 codes
    capacity: int
    status: str = OPEN
    revision: int = 0  # the current manifest's revision, 0 before the first finalization
    created_by: str = ""
    version: int = 1

    @property
    def destination_names(self) -> str:
        return ", ".join(countries.name(code) for code in self.destinations)

    def replace(self, **changes: Any) -> Contingent:
        return dataclasses.replace(self, **changes)


def code_for(office: str, day: dt.date, number: int) -> str:
    """`ISB-20240319-01`: office, departure day, and the day's number (three digits past 99)."""
    return f"{office}-{day:%Y%m%d}-{number:02d}"


def read_contingent(values: Mapping[str, object]) -> dict[str, Any]:
    """Normalize what was typed for a new contingent; raises ValidationError naming the field.

    Returns:
        flight_no, carrier, airport, departure_date, departure_time, destinations, capacity.
    """
    typed = re.sub(r"\s+", "", str(values.get("flight_no", ""))).upper()
    flight_match = _FLIGHT.match(typed)
    if not flight_match:
        raise ValidationError(Message("flight.invalid"), "flight_no")
    flight = f"{flight_match.group(1)}-{flight_match.group(2)}"
    carrier = " ".join(str(values.get("carrier", "")).split())
    if not carrier:
        raise ValidationError(Message("field.required", field="carrier"), "carrier")
    airport = str(values.get("airport", "")).strip().upper()
    if not _IATA.match(airport):
        raise ValidationError(Message("airport.invalid"), "airport")
    day = dates.parse(values.get("departure_date"), "departure_date")
    if day is None:
        raise ValidationError(Message("field.required", field="departure_date"), "departure_date")
    time = str(values.get("departure_time", "")).strip()
    if not _TIME.match(time):
        raise ValidationError(Message("time.invalid"), "departure_time")
    raw = values.get("destinations", "")
    names = raw if isinstance(raw, list | tuple) else re.split(r"[,;/]", str(raw))
    destinations = tuple(
        dict.fromkeys(countries.code(str(n), "destinations") for n in names if str(n).strip())
    )
    if not destinations:
        raise ValidationError(Message("destinations.required"), "destinations")
    try:
        capacity = int(str(values.get("capacity", "")).strip())
    except ValueError:
        raise ValidationError(Message("capacity.number"), "capacity") from None
    if not 1 <= capacity <= 2000:
        raise ValidationError(Message("capacity.range"), "capacity")
    return {
        "flight_no": flight,
        "carrier": carrier,
        "airport": airport,
        "departure_date": day,
        "departure_time": time,
        "destinations": destinations,
        "capacity": capacity,
    }


def joining_problems(
    departure: Departure,
    contingent: Contingent,
    *,
    other_open_code: str | None,
    members_after: int,
) -> list[Problem]:
    """What stands against adding one person to a contingent.

    Args:
        other_open_code: the code of another open contingent the person is already in.
        members_after: how many people the contingent would hold with this person.
    """
    name = departure.full_name
    closed = refusal(Step.ADD, contingent, members_after)
    if closed:
        return [Problem("", Severity.BLOCK, "contingent.closed", closed)]
    problems = []
    if departure.status != RECORDED:
        problems.append(
            Problem(
                "status",
                Severity.BLOCK,
                "contingent.status",
                Message("contingent.not_recorded", name=name, status=departure.status),
            )
        )
    if other_open_code and other_open_code != contingent.code:
        problems.append(
            Problem(
                "contingent_id",
                Severity.BLOCK,
                "contingent.other",
                Message("contingent.other", name=name, code=other_open_code),
            )
        )
    if departure.departure_date != contingent.departure_date:
        problems.append(
            Problem(
                "departure_date",
                Severity.OVERRIDE,
                "contingent.date",
                Message(
                    "contingent.date",
                    name=name,
                    date=str(departure.departure_date),
                    contingent_date=str(contingent.departure_date),
                ),
            )
        )
    if departure.destination not in contingent.destinations:
        problems.append(
            Problem(
                "destination",
                Severity.OVERRIDE,
                "contingent.destination",
                Message(
                    "contingent.destination",
                    name=name,
                    country=departure.destination,
                    countries=contingent.destinations,
                ),
            )
        )
    if members_after > contingent.capacity:
        problems.append(
            Problem(
                "",
                Severity.WARN,
                "contingent.capacity",
                Message(
                    "contingent.capacity",
                    code=contingent.code,
                    count=members_after,
                    capacity=contingent.capacity,
                ),
            )
        )
    return problems


def overrides(problems: Sequence[Problem]) -> list[Problem]:
    """The problems only a supervisor's override with a reason lets pass."""
    return [p for p in problems if p.severity is Severity.OVERRIDE]


def may_edit_member(contingent: Contingent | None) -> Message | None:
    """Why a departure in this contingent cannot be edited, or None."""
    if contingent is None or contingent.status == OPEN:
        return None
    return Message("contingent.member_closed", code=contingent.code, status=contingent.status)


class Step(enum.Enum):
    """What can be done to a contingent; its state allows some of them (`refusal`)."""

    FINALIZE = "finalize"
    REOPEN = "reopen"
    MARK_DEPARTED = "mark_departed"
    ADD = "add"
    REMOVE = "remove"
    PRINT = "print"
    SLIPS = "slips"


def refusal(step: Step, contingent: Contingent, travelling: int) -> Message | None:
    """Why the contingent's state does not allow `step` now, or None when it does.

    Who may do it is the role table's matter (`desktop.core.roles`); this is about the
    contingent: its status, whether anyone in it travels, whether it has a manifest.

    Args:
        travelling: the people in it who travel (no-shows are off the list).
    """
    code, status = contingent.code, contingent.status
    if step is Step.ADD:
        return None if status == OPEN else Message("contingent.closed", code=code, status=status)
    if step is Step.REMOVE:
        return may_edit_member(contingent)
    if step is Step.FINALIZE:
        if status != OPEN:
            return Message("contingent.finalize_closed", code=code, status=status)
        return None if travelling > 0 else Message("contingent.nobody", code=code)
    if step is Step.REOPEN:
        if status == FINALIZED:
            return None
        return Message("contingent.reopen_not_finalized", code=code, status=status)
    if step is Step.MARK_DEPARTED:
        if status == FINALIZED:
            return None
        return Message("contingent.departed_not_finalized", code=code, status=status)
    if step is Step.SLIPS and status == OPEN:
        return Message("contingent.slips_open", code=code)
    return None if contingent.revision > 0 else Message("contingent.no_manifest", code=code)


def travelling(members: Iterable[Departure]) -> int:
    """How many of a contingent's members travel (no-shows are off the list)."""
    return sum(1 for member in members if member.status != NO_SHOW)


def refusals(contingent: Contingent, travelling: int) -> dict[Step, Message | None]:
    """`refusal` of every step: None for the steps the contingent's state allows."""
    return {step: refusal(step, contingent, travelling) for step in Step}
