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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from desktop.core import cnic, countries, dates, passport, trades
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
from desktop.core.messages import Message

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
    """One thing wrong with a departure, tied to the field that shows it.

    `message` is a sentence on its own (shown under its field); a `Message` when it comes
    from the rules, so that the window can say it in the interface's language.
    """

    field: str
    severity: Severity
    code: str
    message: str
    other_id: str | None = None  # the other record, for duplicates

    @property
    def text(self) -> str:
        """The message as one line, its form field named once ("CNIC must have 13 digits")."""
        if self.field not in FIELD_NAMES:
            return self.message
        named = label(self.field).casefold()
        if self.message.casefold().startswith((named, f"the {named}")):
            return self.message
        return f"{named}: {self.message}"


FIELD_NAMES: Final = frozenset(f.name for f in FIELDS)


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
_PHONE_JUNK = re.compile(r"[\s\-().]")


def normalize_name(text: str) -> str:
    """Names as they stand on the passport: upper case, single spaces, no accents."""
    if text.isascii():
        return " ".join(text.split()).upper()
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split()).upper()


def normalize_phone(text: str) -> str:
    """International form: 0300 1234567 and 92-300-1234567 become +923001234567.

    Raises:
        ValidationError: not a telephone number.
    """
    plain = text[0] in "+0123456789" and text[1:].isdigit()  # nothing to take out
    raw = text if plain else _PHONE_JUNK.sub("", text)
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    if raw.startswith("0") and len(raw) == 11:
        raw = "+92" + raw[1:]
    elif raw.startswith("92") and len(raw) == 12:
        raw = "+" + raw
    digits = raw[1:] if raw.startswith("+") else raw
    if not raw.startswith("+") or not digits.isdigit() or not 8 <= len(digits) <= 15:
        raise ValidationError(Message("phone.invalid", text=text.strip()), "phone")
    return raw


def _name_reader(name: str) -> Callable[[str], str]:
    message = Message("name.letters", field=name)

    def read(text: str) -> str:
        value = normalize_name(text)
        if not _NAME_ALLOWED.match(value):
            raise ValidationError(message, name)
        return value

    return read


def _date_reader(name: str) -> Callable[[str], object]:
    def read(text: str) -> object:
        return dates.parse(text, name)

    return read


def _sex(text: str) -> str:
    sex = {"MALE": "M", "FEMALE": "F", "<": "X"}.get(text.upper(), text.upper())
    if sex not in SEXES:
        raise ValidationError(Message("sex.invalid"), "sex")
    return sex


def _channel(text: str) -> str:
    channel = text.upper()
    if channel not in CHANNELS:
        raise ValidationError(Message("channel.invalid"), "channel")
    return channel


def _visa_country(text: str) -> str:
    return countries.code(text, "visa_country")


# Arabic script as Urdu is written (with its presentation forms), spaces and the zero-width
# non-joiner that Urdu keyboards type between words.
_URDU = re.compile(
    r"^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D .'\-]+$"
)


def _urdu_name(text: str) -> str:
    value = " ".join(unicodedata.normalize("NFC", text).split())
    if not _URDU.match(value):
        raise ValidationError(Message("name_urdu.letters"), "name_urdu")
    return value


def _code_text(text: str) -> str:
    return " ".join(text.split()).upper()


def _plain_text(text: str) -> str:
    return " ".join(text.split())


def _cached(reader: Callable[[str], object]) -> Callable[[str], object]:
    """Lists repeat their trades, destinations, dates and names: read each value once.

    Errors are cached too (as values), so a bad value repeated a thousand times costs one read.
    """
    remembered: dict[str, object] = {}

    def read(text: str) -> object:
        try:
            found = remembered[text]
        except KeyError:
            try:
                found = reader(text)
            except ValidationError as error:
                found = error
            if len(remembered) < 50_000:
                remembered[text] = found
        if isinstance(found, ValidationError):
            raise found
        return found

    return read


# field -> reader of its stripped, non-empty text. CNIC, passport no. and phone are unique per
# person, so caching them would only cost memory.
_READERS: Final[dict[str, Callable[[str], object]]] = {
    "surname": _cached(_name_reader("surname")),
    "given_names": _cached(_name_reader("given_names")),
    "father_name": _cached(_name_reader("father_name")),
    "cnic": cnic.normalize,
    "passport_no": passport.normalize,
    "passport_expiry": _cached(_date_reader("passport_expiry")),
    "nationality": _cached(countries.alpha3),
    "birth_date": _cached(_date_reader("birth_date")),
    "sex": _cached(_sex),
    "phone": normalize_phone,
    "trade": _cached(_plain_text),
    "destination": _cached(countries.code),
    "employer": _cached(_plain_text),
    "visa_no": _code_text,
    "visa_profession": _cached(_plain_text),
    "visa_country": _cached(_visa_country),
    "channel": _cached(_channel),
    "oep_licence_no": _cached(_code_text),
    "protector_no": _code_text,
    "departure_date": _cached(_date_reader("departure_date")),
    "remarks": _plain_text,
    "name_urdu": _urdu_name,
}
_REQUIRED: Final = tuple(
    (f.name, Message("field.required", field=f.name)) for f in FIELDS if f.required
)


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
    fields = base.to_row() if base is not None else {}
    problems: list[Problem] = []
    unreadable: set[str] = set()
    for name, reader in _READERS.items():
        if name not in values:
            continue
        value = values[name]
        if isinstance(value, dt.date):
            fields[name] = value.date() if isinstance(value, dt.datetime) else value
            continue
        text = "" if value is None else str(value).strip()
        if not text:
            fields[name] = None if name in DATE_FIELDS else ""
            continue
        try:
            fields[name] = reader(text)
        except ValidationError as error:
            problems.append(Problem(name, Severity.BLOCK, "invalid", _said(error)))
            fields[name] = None if name in DATE_FIELDS else ""
            unreadable.add(name)
    if (
        "nationality" in values
        and not fields.get("nationality")
        and "nationality" not in unreadable
    ):
        fields["nationality"] = "PAK"
    departure = Departure.from_row(fields) if base is not None else Departure(**fields)
    for name, message in _REQUIRED:
        if name not in unreadable and getattr(departure, name) in ("", None):
            problems.append(Problem(name, Severity.BLOCK, "required", message))
    return departure, problems


def read_departures(
    columns: Mapping[str, Sequence[object]], count: int, *, office: str = ""
) -> list[tuple[Departure, list[Problem]]]:
    """`read_departure` for a whole list at once, column by column (imports).

    Args:
        columns: field name -> the cells of that field, one per row (`count` of them);
            fields absent here take their default, as in `read_departure`.
        count: how many rows.

    Gives the same departures and problems as reading each row alone, several times faster:
    each column goes through its reader in one pass, and each distinct value is read once.
    """
    if not count:
        return []
    failures: list[list[Problem]] = [[] for _ in range(count)]
    read = [_read_column(field.name, columns, count, failures) for field in FIELDS]
    if "nationality" in columns:
        nationality = read[_FIELD_INDEX["nationality"]]
        for index in _empty_at(nationality):
            if not any(p.field == "nationality" for p in failures[index]):
                nationality[index] = "PAK"
    problems = [failed[:] for failed in failures]
    for name, message in _REQUIRED:
        for index in _empty_at(read[_FIELD_INDEX[name]]):
            if not any(p.field == name for p in failures[index]):
                problems[index].append(Problem(name, Severity.BLOCK, "required", message))
    order = _FIELD_ORDER
    for found in problems:
        if len(found) > 1:  # in field order, as read_departure reports them
            found.sort(key=lambda p: (p.code == "required", order.get(p.field, 0)))
    names = _FIELD_NAMES
    return [
        (Departure(**dict(zip(names, values, strict=True)), office=office), found)
        for values, found in zip(zip(*read, strict=True), problems, strict=True)
    ]


def _empty_at(column: list[object]) -> list[int]:
    """Where a column holds "" or None (a scan in C first: most columns have none)."""
    if "" not in column and None not in column:
        return []
    return [i for i, value in enumerate(column) if value == "" or value is None]


def _read_column(
    name: str, columns: Mapping[str, Sequence[object]], count: int, failures: list[list[Problem]]
) -> list[object]:
    """One field's values for every row; unreadable ones become empty and a problem."""
    empty: object = None if name in DATE_FIELDS else ""
    cells = columns.get(name)
    if cells is None:
        return [Departure.__dataclass_fields__[name].default] * count
    texts = [v.strip() if type(v) is str else _cell_text(v) for v in cells]
    reader = _READERS[name]
    read: dict[object, object] = {}
    failed = False
    for text in set(texts):
        if isinstance(text, dt.date) or not text:
            read[text] = text or empty
            continue
        try:
            read[text] = reader(text)  # type: ignore[arg-type]
        except ValidationError as error:
            read[text] = error
            failed = True
    column = [read[text] for text in texts]
    if failed:
        for index, value in enumerate(column):
            if isinstance(value, ValidationError):
                failures[index].append(Problem(name, Severity.BLOCK, "invalid", _said(value)))
                column[index] = empty
    return column


_FIELD_INDEX: Final = {f.name: i for i, f in enumerate(FIELDS)}
_FIELD_NAMES: Final = tuple(f.name for f in FIELDS)


def _said(error: ValidationError) -> str:
    """An error's message, with its key when it has one (the window translates it)."""
    said = error.args[0] if error.args else ""
    return said if isinstance(said, Message) else str(error)


def _cell_text(value: object) -> object:
    """A cell as its stripped text; dates (from spreadsheets) stay dates."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a CNIC or phone typed into a spreadsheet as a number
    return str(value).strip()


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
    problems = [
        *_identity_rules(departure, today),
        *_passport_rules(departure, today, validity_months),
        *_visa_rules(departure),
        *_channel_rules(departure),
        *_travel_rules(departure, today, previous),
    ]
    if duplicates:
        problems += _duplicate_rules(departure, duplicates)
    if len(problems) > 1:
        problems.sort(key=lambda p: _FIELD_ORDER.get(p.field, len(_FIELD_ORDER)))
    return problems


_FIELD_ORDER: Final = {f.name: i for i, f in enumerate(FIELDS)}


def _identity_rules(d: Departure, today: dt.date) -> list[Problem]:
    problems = []
    # Stored CNICs are normalized: the gender digit is the last character.
    if d.cnic and d.sex in ("M", "F") and ("M" if int(d.cnic[-1]) % 2 else "F") != d.sex:
        key = "cnic.sex_male" if d.sex == "M" else "cnic.sex_female"
        problems.append(Problem("cnic", Severity.BLOCK, "cnic.sex", Message(key)))
    if d.birth_date:
        if d.birth_date > today:
            problems.append(
                Problem("birth_date", Severity.BLOCK, "date.future", Message("birth.future"))
            )
        elif dates.age_on(d.birth_date, today) > MAX_AGE:
            problems.append(
                Problem(
                    "birth_date",
                    Severity.BLOCK,
                    "date.past",
                    Message("birth.too_old", years=MAX_AGE),
                )
            )
        elif d.departure_date and dates.age_on(d.birth_date, d.departure_date) < MINIMUM_AGE:
            age = dates.age_on(d.birth_date, d.departure_date)
            problems.append(
                Problem(
                    "birth_date",
                    Severity.BLOCK,
                    "age.minor",
                    Message("age.minor", age=age, minimum=MINIMUM_AGE),
                )
            )
    return problems


def _passport_rules(d: Departure, today: dt.date, validity_months: int) -> list[Problem]:
    problems = []
    if d.passport_no and d.nationality == "PAK" and not passport.is_pakistani_form(d.passport_no):
        problems.append(
            Problem(
                "passport_no",
                Severity.WARN,
                "passport.form",
                Message("passport.form", text=d.passport_no),
            )
        )
    expiry, departure = d.passport_expiry, d.departure_date
    if not expiry:
        return problems
    if d.birth_date and expiry <= d.birth_date:
        problems.append(
            Problem(
                "passport_expiry", Severity.BLOCK, "date.order", Message("passport.before_birth")
            )
        )
    elif expiry < today and (departure is None or departure >= today):
        # Judged against today until a departure date is known (a scan shows it at once); a
        # back-entry is judged against its own departure date below.
        problems.append(
            Problem(
                "passport_expiry",
                Severity.BLOCK,
                "passport.expired",
                Message("passport.expired", expiry=expiry.isoformat()),
            )
        )
    elif departure and expiry < departure:
        problems.append(
            Problem(
                "passport_expiry",
                Severity.BLOCK,
                "passport.expired",
                Message(
                    "passport.expires_before_departure",
                    expiry=expiry.isoformat(),
                    departure=departure.isoformat(),
                ),
            )
        )
    elif departure and expiry < dates.add_months(departure, validity_months):
        problems.append(
            Problem(
                "passport_expiry",
                Severity.WARN,
                "passport.validity",
                Message(
                    "passport.validity",
                    expiry=expiry.isoformat(),
                    count=validity_months,
                    departure=departure.isoformat(),
                ),
            )
        )
    return problems


def _visa_rules(d: Departure) -> list[Problem]:
    problems = []
    if d.visa_profession and d.trade and not trades.same_trade(d.visa_profession, d.trade):
        problems.append(
            Problem(
                "visa_profession",
                Severity.WARN,
                "visa.profession",
                Message("visa.profession", visa_profession=d.visa_profession, trade=d.trade),
            )
        )
    if d.visa_country and d.destination and d.visa_country != d.destination:
        problems.append(
            Problem(
                "visa_country",
                Severity.WARN,
                "visa.country",
                Message("visa.country", visa_country=d.visa_country, destination=d.destination),
            )
        )
    return problems


def visa_note(departure: Departure) -> str:
    """What the manifest prints under the trade when the visa says otherwise, else "".

    Args:
        departure: a stored departure.

    Returns:
        For example "Visa: Mason, United Arab Emirates": the visa's profession when it differs
        from the trade, its country when it differs from the destination.
    """
    said = []
    for problem in _visa_rules(departure):
        if problem.field == "visa_profession":
            said.append(departure.visa_profession)
        else:
            said.append(countries.name(departure.visa_country))
    return f"Visa: {', '.join(said)}" if said else ""


def takes_licence(channel: str) -> bool:
    """Whether a departure through `channel` has an OEP licence number: only through a
    licensed promoter (OEP); one through the OEC has none."""
    return channel == "OEP"


def _channel_rules(d: Departure) -> list[Problem]:
    if takes_licence(d.channel) and not d.oep_licence_no:
        return [Problem("oep_licence_no", Severity.BLOCK, "required", Message("licence.required"))]
    if d.channel == "OEC" and d.oep_licence_no:
        return [
            Problem("oep_licence_no", Severity.BLOCK, "channel.licence", Message("licence.oec"))
        ]
    return []


def _travel_rules(d: Departure, today: dt.date, previous: Departure | None) -> list[Problem]:
    if not d.departure_date:
        return []
    changed = previous is None or previous.departure_date != d.departure_date
    if not changed:
        return []
    day = d.departure_date.isoformat()
    if d.departure_date < today:
        return [
            Problem(
                "departure_date",
                Severity.WARN,
                "date.back_entry",
                Message("departure.back_entry", date=day),
            )
        ]
    if (d.departure_date - today).days > FAR_FUTURE_DAYS:
        return [
            Problem("departure_date", Severity.WARN, "date.far", Message("departure.far", date=day))
        ]
    return []


def _duplicate_rules(d: Departure, duplicates: Sequence[DuplicateCandidate]) -> list[Problem]:
    problems = []
    for other in duplicates:
        if other.id == d.id:
            continue
        who = {
            "name": other.full_name,
            "office": other.office,
            "cnic": other.cnic,
            "passport_no": other.passport_no,
        }
        if other.status == RECORDED:
            message = Message("duplicate.pending", **who)
        elif other.status == DEPARTED and _departed_recently(other, d):
            message = Message(
                "duplicate.departed",
                **who,
                date=str(other.departure_date),
                days=DUPLICATE_WINDOW_DAYS,
            )
        else:
            continue
        same = "cnic" if other.cnic == d.cnic else "passport_no"
        problems.append(Problem(same, Severity.BLOCK, "duplicate", message, other_id=other.id))
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


def status_change_problem(current: str, new: str, reason: str) -> Message | None:
    """Why a status change is refused, or None when it may go ahead.

    Every change except recorded -> departed needs a reason, because it changes what the
    office reports about a person.
    """
    if new == current:
        return Message("status.same", status=current)
    if new not in TRANSITIONS.get(current, ()):
        return Message("status.not_allowed", status=current, new_status=new)
    if needs_reason(current, new) and not reason.strip():
        return Message("status.reason", new_status=new)
    return None


def needs_reason(current: str, new: str) -> bool:
    """Whether moving from one status to another must be explained."""
    return not (current == RECORDED and new == DEPARTED)
