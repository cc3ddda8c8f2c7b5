"""The rules a departure must pass (DESIGN.md, "Rules a departure must pass").

Two steps, both returning every problem at once, each naming its field:

- `read_departure` turns what was typed or imported into a normalized `Departure`
  (CNIC, passport number, dates, country codes) and reports values that cannot be read;
- `check_departure` applies the record-level rules to a readable departure, given the facts
  they need (today's date, possible duplicates, the passport-validity setting).

A block stops the save; a warning must be acknowledged first; an override is a supervisor's
decision with a reason. The GUI, the import and the services all call these; none repeats them.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from desktop.core import cnic, countries, dates, passport
from desktop.core.departure import (
    CHANNELS,
    DATE_FIELDS,
    DEPARTED,
    FIELDS,
    NO_SHOW,
    RECORDED,
    SEXES,
    WITHDRAWN,
    Departure,
    label,
)
from desktop.core.errors import ValidationError

MINIMUM_AGE: Final = 18
DEFAULT_VALIDITY_MONTHS: Final = 6
DUPLICATE_WINDOW_DAYS: Final = 30
MAX_AGE: Final = 100
FAR_FUTURE_DAYS: Final = 366


class Severity(enum.StrEnum):
    """What a problem does to a save."""

    BLOCK = "block"
    WARN = "warn"
    OVERRIDE = "override"  # a supervisor may let it pass with a reason


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a departure, tied to the field that shows it."""

    field: str
    severity: Severity
    code: str
    message: str
    other_id: str | None = None  # the other record, for duplicates

    @property
    def text(self) -> str:
        """The message as one line, prefixed with the field's label."""
        return f"{label(self.field)}: {self.message}" if self.field else self.message


@dataclass(frozen=True)
class DuplicateCandidate:
    """A stored departure with the same CNIC or passport number (from the store)."""

    id: str
    full_name: str
    cnic: str
    passport_no: str
    status: str
    departure_date: dt.date | None
    office: str


def blocks(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop a save."""
    return [p for p in problems if p.severity is Severity.BLOCK]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    """The problems to acknowledge before saving."""
    return [p for p in problems if p.severity is Severity.WARN]


# ---------------------------------------------------------------------------------------------
# Reading typed or imported values


_NAME_ALLOWED = re.compile(r"^[A-Z][A-Z .'\-]*$")
_SPACES = re.compile(r"\s+")
_PHONE_JUNK = re.compile(r"[\s\-().]")


def normalize_name(text: str) -> str:
    """Names as they stand on the passport: upper case, single spaces, no accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", plain).strip().upper()


def normalize_phone(text: str) -> str:
    """International form: 0300 1234567 and 92-300-1234567 become +923001234567.

    Raises:
        ValidationError: not a telephone number.
    """
    raw = _PHONE_JUNK.sub("", text)
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    if raw.startswith("0") and len(raw) == 11:
        raw = "+92" + raw[1:]
    elif raw.startswith("92") and len(raw) == 12:
        raw = "+" + raw
    digits = raw[1:] if raw.startswith("+") else raw
    if not raw.startswith("+") or not digits.isdigit() or not 8 <= len(digits) <= 15:
        raise ValidationError(
            f"Phone {text.strip()!r} is not a number like 0300 1234567 or +966 5x xxx xxxx.",
            "phone",
        )
    return raw


def _text(values: Mapping[str, object], name: str) -> str:
    value = values.get(name)
    return "" if value is None else str(value).strip()


def _read_field(name: str, values: Mapping[str, object]) -> object:
    """One field's normalized value; raises ValidationError naming the field."""
    text = _text(values, name)
    if name in DATE_FIELDS:
        return dates.parse(values.get(name), name, label(name))
    if not text:
        return ""
    if name in ("surname", "given_names", "father_name"):
        value = normalize_name(text)
        if not _NAME_ALLOWED.match(value):
            raise ValidationError(
                f"{label(name)} may only hold letters, spaces, dots, hyphens and apostrophes.",
                name,
            )
        return value
    readers = {
        "cnic": cnic.normalize,
        "passport_no": passport.normalize,
        "nationality": countries.alpha3,
        "destination": countries.code,
        "phone": normalize_phone,
    }
    if name in readers:
        return readers[name](text)
    if name == "sex":
        sex = {"MALE": "M", "FEMALE": "F", "<": "X"}.get(text.upper(), text.upper())
        if sex not in SEXES:
            raise ValidationError("Sex must be M, F or X.", name)
        return sex
    if name == "channel":
        channel = text.upper()
        if channel not in CHANNELS:
            raise ValidationError("Channel must be OEC or OEP.", name)
        return channel
    if name in ("visa_no", "oep_licence_no", "protector_no"):
        return _SPACES.sub(" ", text).upper()
    return _SPACES.sub(" ", text)


def read_departure(
    values: Mapping[str, object], *, base: Departure | None = None
) -> tuple[Departure, list[Problem]]:
    """Read the fields people fill in, normalize them and report every unreadable one.

    Args:
        values: field name -> typed text (or a date), as from the form or a list row.
            Fields absent from `values` keep the value of `base`.
        base: the record being edited, or None for a new one.

    Returns:
        The departure (unreadable fields left empty) and one BLOCK problem per field that is
        required but empty or cannot be read.
    """
    base = base or Departure()
    changes: dict[str, object] = {}
    problems: list[Problem] = []
    for field in FIELDS:
        if field.name not in values:
            continue
        try:
            changes[field.name] = _read_field(field.name, values)
        except ValidationError as error:
            problems.append(Problem(field.name, Severity.BLOCK, "invalid", str(error)))
            changes[field.name] = None if field.name in DATE_FIELDS else ""
    departure = base.replace(**changes)
    if (
        "nationality" in values
        and not departure.nationality
        and "nationality" not in {p.field for p in problems}
    ):
        departure = departure.replace(nationality="PAK")
    unreadable = {p.field for p in problems}
    for field in FIELDS:
        value = getattr(departure, field.name)
        if field.required and field.name not in unreadable and value in ("", None):
            problems.append(
                Problem(field.name, Severity.BLOCK, "required", f"{field.label} is required.")
            )
    return departure, problems


# ---------------------------------------------------------------------------------------------
# Record-level rules


def check_departure(
    departure: Departure,
    *,
    today: dt.date,
    duplicates: Sequence[DuplicateCandidate] = (),
    validity_months: int = DEFAULT_VALIDITY_MONTHS,
    previous: Departure | None = None,
) -> list[Problem]:
    """Apply the rules of DESIGN.md to a departure whose fields could be read.

    Args:
        departure: the normalized record.
        today: the office's date, for back-entry and impossible dates.
        duplicates: stored departures sharing its CNIC or passport number (itself excluded).
        validity_months: months the passport must stay valid after departure at this
            destination before a warning is raised.
        previous: the stored version when editing, so that warnings already accepted for
            unchanged values are not raised again.

    Returns:
        Every problem, blocks and warnings, in field order.
    """
    problems: list[Problem] = []
    problems += _identity_rules(departure, today)
    problems += _passport_rules(departure, validity_months)
    problems += _channel_rules(departure)
    problems += _travel_rules(departure, today, previous)
    problems += _duplicate_rules(departure, duplicates)
    order = {f.name: i for i, f in enumerate(FIELDS)}
    return sorted(problems, key=lambda p: order.get(p.field, len(order)))


def _identity_rules(d: Departure, today: dt.date) -> list[Problem]:
    problems = []
    if d.cnic and d.sex in ("M", "F") and cnic.sex(d.cnic) != d.sex:
        expected = "odd" if d.sex == "M" else "even"
        problems.append(
            Problem(
                "cnic",
                Severity.BLOCK,
                "cnic.sex",
                f"the last digit of a CNIC is {expected} for "
                f"{'a man' if d.sex == 'M' else 'a woman'}; check the CNIC or the sex.",
            )
        )
    if d.birth_date:
        if d.birth_date > today:
            problems.append(
                Problem("birth_date", Severity.BLOCK, "date.future", "lies in the future.")
            )
        elif dates.age_on(d.birth_date, today) > MAX_AGE:
            problems.append(
                Problem("birth_date", Severity.BLOCK, "date.past", "is more than 100 years ago.")
            )
        elif d.departure_date and dates.age_on(d.birth_date, d.departure_date) < MINIMUM_AGE:
            age = dates.age_on(d.birth_date, d.departure_date)
            problems.append(
                Problem(
                    "birth_date",
                    Severity.BLOCK,
                    "age.minor",
                    f"the person will be {age} on the departure date; "
                    f"the minimum age is {MINIMUM_AGE}.",
                )
            )
    return problems


def _passport_rules(d: Departure, validity_months: int) -> list[Problem]:
    problems = []
    if d.passport_no and d.nationality == "PAK" and not passport.is_pakistani_form(d.passport_no):
        problems.append(
            Problem(
                "passport_no",
                Severity.WARN,
                "passport.form",
                f"{d.passport_no} is not in the Pakistani form of two letters and seven digits.",
            )
        )
    if d.passport_expiry and d.birth_date and d.passport_expiry <= d.birth_date:
        problems.append(
            Problem("passport_expiry", Severity.BLOCK, "date.order", "is before the date of birth.")
        )
    elif d.passport_expiry and d.departure_date:
        if d.passport_expiry < d.departure_date:
            problems.append(
                Problem(
                    "passport_expiry",
                    Severity.BLOCK,
                    "passport.expired",
                    f"the passport expires on {d.passport_expiry}, "
                    f"before the departure on {d.departure_date}.",
                )
            )
        elif d.passport_expiry < dates.add_months(d.departure_date, validity_months):
            problems.append(
                Problem(
                    "passport_expiry",
                    Severity.WARN,
                    "passport.validity",
                    f"the passport is valid less than {validity_months} months after the "
                    f"departure ({d.passport_expiry}); the destination may refuse entry.",
                )
            )
    return problems


def _channel_rules(d: Departure) -> list[Problem]:
    if d.channel == "OEP" and not d.oep_licence_no:
        return [
            Problem(
                "oep_licence_no",
                Severity.BLOCK,
                "required",
                "a promoter (OEP) departure needs the promoter's licence number.",
            )
        ]
    if d.channel == "OEC" and d.oep_licence_no:
        return [
            Problem(
                "oep_licence_no",
                Severity.BLOCK,
                "channel.licence",
                "a licence number belongs to OEP departures only; clear it or choose OEP.",
            )
        ]
    return []


def _travel_rules(d: Departure, today: dt.date, previous: Departure | None) -> list[Problem]:
    if not d.departure_date:
        return []
    changed = previous is None or previous.departure_date != d.departure_date
    if not changed:
        return []
    if d.departure_date < today:
        return [
            Problem(
                "departure_date",
                Severity.WARN,
                "date.back_entry",
                f"{d.departure_date} has already passed: this is a back-entry.",
            )
        ]
    if (d.departure_date - today).days > FAR_FUTURE_DAYS:
        return [
            Problem(
                "departure_date",
                Severity.WARN,
                "date.far",
                f"{d.departure_date} is more than a year ahead; check the year.",
            )
        ]
    return []


def _duplicate_rules(d: Departure, duplicates: Sequence[DuplicateCandidate]) -> list[Problem]:
    problems = []
    for other in duplicates:
        if other.id == d.id:
            continue
        if other.status == RECORDED:
            why = "is still waiting to depart"
        elif other.status == DEPARTED and _departed_recently(other, d):
            why = f"departed on {other.departure_date}, less than {DUPLICATE_WINDOW_DAYS} days ago"
        else:
            continue
        same = "cnic" if other.cnic == d.cnic else "passport_no"
        problems.append(
            Problem(
                same,
                Severity.BLOCK,
                "duplicate",
                f"{other.full_name} ({other.office}, CNIC {other.cnic}, passport "
                f"{other.passport_no}) {why}. Open that record instead.",
                other_id=other.id,
            )
        )
    return problems


def _departed_recently(other: DuplicateCandidate, d: Departure) -> bool:
    if other.departure_date is None:
        return True
    reference = d.departure_date or other.departure_date
    return abs((reference - other.departure_date).days) <= DUPLICATE_WINDOW_DAYS


# ---------------------------------------------------------------------------------------------
# Status changes

# from -> the statuses it may move to. "Back where sensible": a no-show can be rebooked, a
# withdrawal undone, a departure marked by mistake corrected.
TRANSITIONS: Final[Mapping[str, tuple[str, ...]]] = {
    RECORDED: (DEPARTED, NO_SHOW, WITHDRAWN),
    NO_SHOW: (RECORDED, WITHDRAWN),
    WITHDRAWN: (RECORDED,),
    DEPARTED: (RECORDED,),
}


def status_change_problem(current: str, new: str, reason: str) -> str | None:
    """Why a status change is refused, or None when it may go ahead.

    Every change except recorded -> departed needs a reason, because it changes what the
    office reports about a person.
    """
    if new == current:
        return f"The departure is already {current}."
    if new not in TRANSITIONS.get(current, ()):
        return f"A {current} departure cannot be marked {new}."
    if needs_reason(current, new) and not reason.strip():
        return f"Give a reason for marking this departure {new}."
    return None


def needs_reason(current: str, new: str) -> bool:
    """Whether moving from one status to another must be explained."""
    return not (current == RECORDED and new == DEPARTED)
