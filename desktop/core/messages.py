"""What the rules and refusals say: a stable key, named parameters, and the English sentence.

A `Message` is the English text itself (a `str`, so logs, the audit log, the command line and
``--format json`` keep using it as they always have) that also remembers its key and
parameters. The window looks the key up in its own table of translatable templates
(`desktop.gui.messages`) and says the same thing in the interface's language.

Parameters are plain values. Those named in `WORD_PARAMETERS` are words the interface
translates too, given here as stored values: a field's column name, a status, a role, a
country code, a check of the passport strip. A parameter may itself be a `Message` (a reason
inside a refusal); it is said in the same language as the sentence around it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

# key -> the English template; a pair is (one, more) for a sentence that counts `{count}`.
TEMPLATES: Final[dict[str, str | tuple[str, str]]] = {
    # Any field
    "field.required": "{field} is required.",
    "field.not_country": "{field} '{text}' is not a country we know.",
    "date.format": "{field} must be a date like 2026-03-19; got '{text}'.",
    "date.unreal": "{field} {text} is not a real calendar date.",
    "date.format_named": "{name} must be a date like 2026-03-19; got '{text}'.",
    "date.unreal_named": "{name} {text} is not a real calendar date.",
    # CNIC
    "cnic.script": (
        "CNIC contains the digit '{char}' of another script: type the digits in English or Urdu."
    ),
    "cnic.invisible": (
        "CNIC contains an invisible character (U+{code}): only digits, spaces and dashes are "
        "allowed."
    ),
    "cnic.letter": "CNIC contains a letter '{char}': only digits, spaces and dashes are allowed.",
    "cnic.character": "CNIC contains '{char}': only digits, spaces and dashes are allowed.",
    "cnic.length": "CNIC must have 13 digits; this has {count}.",
    "cnic.no_digits": "CNIC must have 13 digits; this has none.",
    "cnic.region": "CNIC cannot start with {digit}: the first digit is the region, 1 to 8.",
    "cnic.sex_male": "The last digit of a man's CNIC is odd; check the CNIC or the sex.",
    "cnic.sex_female": "The last digit of a woman's CNIC is even; check the CNIC or the sex.",
    # Passport number
    "passport.length": "Passport no. '{text}' has {count} characters; at most 9 are allowed.",
    "passport.characters": "Passport no. '{text}' may only hold letters A-Z and digits.",
    "passport.form": (
        "Passport no. {text} is not in the Pakistani form of two letters and seven digits."
    ),
    # Other fields as typed
    "name.letters": "{field} may only hold letters, spaces, dots, hyphens and apostrophes.",
    "name_urdu.letters": (
        "Name in Urdu holds Urdu letters only; type the Latin spelling in Surname and Given names."
    ),
    "phone.invalid": "Phone '{text}' is not a number like 0300 1234567 or +966 5x xxx xxxx.",
    "sex.invalid": "Sex must be M, F or X.",
    "channel.invalid": "Channel must be OEC or OEP.",
    # Rules of a departure
    "birth.future": "The date of birth lies in the future.",
    "birth.too_old": "The date of birth is more than {years} years ago.",
    "age.minor": ("The person will be {age} on the departure date; the minimum age is {minimum}."),
    "passport.before_birth": "The passport expiry is before the date of birth.",
    "passport.expired": (
        "The passport expired on {expiry}: it must be renewed before the person can travel."
    ),
    "passport.expires_before_departure": (
        "The passport expires on {expiry}, before the departure on {departure}."
    ),
    "passport.validity": (
        "The passport expires on {expiry}, less than {count} month after the departure on "
        "{departure}; the destination may refuse entry.",
        "The passport expires on {expiry}, less than {count} months after the departure on "
        "{departure}; the destination may refuse entry.",
    ),
    "licence.required": "A promoter (OEP) departure needs the promoter's licence number.",
    "licence.oec": "A licence number belongs to OEP departures only; clear it or choose OEP.",
    "departure.back_entry": "The departure date {date} has already passed: this is a back-entry.",
    "departure.far": "The departure date {date} is more than a year ahead; check the year.",
    "duplicate.pending": (
        "{name} ({office}, CNIC {cnic}, passport {passport_no}) is still waiting to depart. "
        "Open that record instead."
    ),
    "duplicate.departed": (
        "{name} ({office}, CNIC {cnic}, passport {passport_no}) departed on {date}, less than "
        "{days} days ago. Open that record instead."
    ),
    "visa.profession": (
        "The visa is for the profession {visa_profession}, not for the trade {trade}: check the "
        "visa and the trade, or the worker may be sent back at the airport."
    ),
    "visa.country": (
        "The visa is for {visa_country}, not for the destination {destination}: check the visa "
        "and the destination, or the worker may be sent back at the airport."
    ),
    "departure.gone": "This departure no longer exists.",
    # Status changes
    "status.same": "The departure is already {status}.",
    "status.not_allowed": "A departure that is {status} cannot be marked {new_status}.",
    "status.reason": "Give a reason for marking this departure {new_status}.",
    # The passport strip (MRZ)
    "mrz.not_passport": (
        "The strip starts with '{char}', not 'P', so it is not a passport's: scan the "
        "passport's photo page."
    ),
    "mrz.digit_in_names": (
        "Line 1 of the passport strip has the digit '{char}' at position {position}, where only "
        "letters and '<' belong: rescan or type the fields by hand."
    ),
    "mrz.sex": "The sex in the passport strip is '{char}'; it must be M, F or '<'.",
    "mrz.check_not_digit": (
        "The passport strip has '{char}' where the check digit of {check} belongs, not a digit: "
        "rescan or type the fields by hand."
    ),
    "mrz.empty": "The passport strip is empty: scan the passport again.",
    "mrz.lines": (
        "A passport strip has 2 lines of 44 characters; this has {count} line: scan the "
        "passport again.",
        "A passport strip has 2 lines of 44 characters; this has {count} lines: scan the "
        "passport again.",
    ),
    "mrz.line_length": (
        "Line {line} of the passport strip has {count} character; a passport (TD3) has 44.",
        "Line {line} of the passport strip has {count} characters; a passport (TD3) has 44.",
    ),
    "mrz.character": (
        "Line {line} of the passport strip has {char} at position {position}; only letters "
        "A-Z, digits 0-9 and '<' belong there."
    ),
    "mrz.cannot_hold": "A passport strip cannot hold {char}.",
    "mrz.issuing_state": (
        "The issuing state in the passport strip ('{text}') is not a country code."
    ),
    "mrz.nationality": "The nationality in the passport strip ('{text}') is not a country code.",
    "mrz.date_digits": (
        "{field} in the passport strip is not a real date ('{text}' should be six digits, "
        "YYMMDD): rescan or type the date by hand."
    ),
    "mrz.date_unreal": (
        "{field} in the passport strip is not a real date (day {day}, month {month}, year "
        "{year}): rescan or type the date by hand."
    ),
    "mrz.valid": "All check digits of the passport strip match.",
    "mrz.check_failed": (
        "The check digit of {check} does not match: rescan or type the fields by hand."
    ),
    "mrz.checks_failed": (
        "The check digits of {checks} do not match: rescan or type the fields by hand."
    ),
    "char.space": "a space",
    "char.invisible": "an invisible character (U+{code})",
    "char.quoted": "'{char}'",
    # Contingents
    "flight.invalid": "Flight no. looks like PK-731 or EK 613.",
    "airport.invalid": "Departure airport is a three-letter IATA code, e.g. ISB.",
    "time.invalid": "Departure time is 24-hour HH:MM, e.g. 09:30.",
    "destinations.required": "Give at least one destination country.",
    "capacity.number": "Capacity is a whole number of seats.",
    "capacity.range": "Capacity is between 1 and 2,000 people.",
    "contingent.closed": (
        "{code} is {status}; a supervisor must reopen it before people are added or removed."
    ),
    "contingent.not_recorded": (
        "{name} is {status}; only recorded departures can join a contingent."
    ),
    "contingent.other": "{name} is already in the open contingent {code}; move them instead.",
    "contingent.date": "{name} departs on {date}, the contingent on {contingent_date}.",
    "contingent.destination": "{name} goes to {country}, not to {countries}.",
    "contingent.capacity": (
        "{code} will hold {count} person, more than its capacity of {capacity}.",
        "{code} will hold {count} people, more than its capacity of {capacity}.",
    ),
    "contingent.member_closed": (
        "This departure is in {code}, which is {status}; a supervisor must reopen the "
        "contingent (with a reason) before it can change."
    ),
    "contingent.finalize_closed": "{code} is already {status}.",
    "contingent.nobody": "{code} has nobody travelling in it; add people first.",
    "contingent.reopen_not_finalized": ("{code} is {status}; only a finalized contingent reopens."),
    "contingent.departed_not_finalized": (
        "{code} is {status}; finalize it before marking it departed."
    ),
    "contingent.no_manifest": "{code} has no manifest yet; a supervisor finalizes it first.",
    "contingent.slips_open": "{code} is open: departure slips are printed once it is finalized.",
    "contingent.needs_override": "{problem} This needs an override with a reason.",
    "contingent.needs_supervisor": (
        "{problem} This needs an override with a reason by a supervisor."
    ),
    # Roles and users
    "permission.denied": "{user} ({role}) may not {action}; only {roles} may.",
    "user.name": (
        "A user name has 2 to 32 characters: letters a-z, digits, '.', '-' or '_', starting "
        "with a letter."
    ),
    "password.short": "A password needs at least {count} characters.",
    "password.space": "A password cannot start or end with a space.",
}

# Parameters whose values are words the interface translates: name -> kind of word.
WORD_PARAMETERS: Final[dict[str, str]] = {
    "field": "field",
    "status": "status",
    "new_status": "status",
    "role": "role",
    "roles": "roles",
    "action": "action",
    "country": "country",
    "visa_country": "country",
    "destination": "country",
    "countries": "countries",
    "check": "check",
    "checks": "checks",
}

# Column names of forms other than the departure's (a departure's come from core.departure).
FIELD_LABELS: Final[dict[str, str]] = {
    "destinations": "Destination",
    "flight_no": "Flight no.",
    "carrier": "Carrier",
    "airport": "Departure airport",
    "departure_time": "Departure time",
    "capacity": "Capacity",
}

# The checks of a passport strip (`Mrz.failed_checks`), as a clerk hears them.
CHECK_WORDS: Final[dict[str, str]] = {
    "document_number": "the passport number",
    "birth_date": "the date of birth",
    "expiry_date": "the expiry date",
    "personal_number": "the personal number",
    "composite": "the strip as a whole",
}

# Roles in the plural, for "only clerks or supervisors may".
ROLES_PLURAL: Final[dict[str, str]] = {
    "clerk": "clerks",
    "supervisor": "supervisors",
    "admin": "admins",
}


class Message(str):
    """An English sentence that remembers its key and parameters (see the module's text).

    Args:
        key: one of `TEMPLATES`.
        **params: the values its placeholders name.

    Raises:
        KeyError: an unknown key or a missing parameter (a bug, found by the tests).
    """

    key: str
    params: Mapping[str, object]

    def __new__(cls, key: str, /, **params: object) -> Message:
        made = super().__new__(cls, render(template(key, params), params, english_word))
        made.key = key
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_message, (self.key, dict(self.params)))


def _message(key: str, params: dict[str, object]) -> Message:
    return Message(key, **params)


def template(key: str, params: Mapping[str, object]) -> str:
    """The English template of a key, the singular one when it counts one thing."""
    found = TEMPLATES[key]
    if isinstance(found, tuple):
        return found[0] if params.get("count") == 1 else found[1]
    return found


def render(text: str, params: Mapping[str, object], word: Any) -> str:
    """Fill a template's placeholders, turning word parameters into words with `word`.

    Args:
        text: a template with ``{name}`` placeholders.
        params: the values.
        word: ``word(kind, value) -> str`` for the parameters named in `WORD_PARAMETERS`.
    """
    values = {}
    for name, value in params.items():
        kind = WORD_PARAMETERS.get(name)
        values[name] = word(kind, value) if kind else value
    return text.format(**values)


def english_word(kind: str, value: object) -> str:
    """A word parameter in English: a field's label, a country's name, a list of checks."""
    if kind == "field":
        from desktop.core.departure import label  # noqa: PLC0415 - departure imports errors

        name = str(value)
        return FIELD_LABELS.get(name) or label(name)
    if kind == "country":
        from desktop.core import countries  # noqa: PLC0415 - countries imports errors

        return countries.name(str(value))
    if kind == "countries":
        return ", ".join(english_word("country", code) for code in _items(value))
    if kind == "check":
        return CHECK_WORDS.get(str(value), str(value))
    if kind == "checks":
        return and_list([CHECK_WORDS.get(name, name) for name in _items(value)])
    if kind == "roles":
        return " or ".join(ROLES_PLURAL.get(role, role) for role in _items(value))
    return str(value)  # statuses, roles and actions are English words already


def _items(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(item) for item in value]
    return [str(value)]


def and_list(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
