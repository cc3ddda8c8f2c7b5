"""The rules' and refusals' messages in the interface's language.

`desktop.core.messages` gives every message a key, parameters and its English sentence; here
each key has its translatable template (the same English, so that `make translations` collects
it for Qt Linguist), and its word parameters (fields, statuses, roles, countries, the checks of
a passport strip) are said in the interface's language too. A message without a key (storage
and file messages, for now) is shown in English as it is.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Mapping
from functools import cache

import pycountry
from PySide6.QtCore import QCoreApplication, QObject

from desktop.core import countries
from desktop.core import messages as core
from desktop.core.departure import FIELD_BY_NAME
from desktop.core.errors import RuleViolation, WarningsNotAcknowledged
from desktop.core.rules import Problem
from desktop.gui import language
from desktop.gui.language import QT_TRANSLATE_NOOP

CONTEXT = "Rules"

# key -> its template, in context "Rules". Keys that count are in `Counted` below.
TEMPLATES: dict[str, str] = {
    "field.required": QT_TRANSLATE_NOOP("Rules", "{field} is required."),
    "field.not_country": QT_TRANSLATE_NOOP("Rules", "{field} '{text}' is not a country we know."),
    "date.format": QT_TRANSLATE_NOOP(
        "Rules", "{field} must be a date like 2026-03-19; got '{text}'."
    ),
    "date.unreal": QT_TRANSLATE_NOOP("Rules", "{field} {text} is not a real calendar date."),
    "date.format_named": QT_TRANSLATE_NOOP(
        "Rules", "{name} must be a date like 2026-03-19; got '{text}'."
    ),
    "date.unreal_named": QT_TRANSLATE_NOOP("Rules", "{name} {text} is not a real calendar date."),
    "cnic.script": QT_TRANSLATE_NOOP(
        "Rules",
        "CNIC contains the digit '{char}' of another script: type the digits in English or Urdu.",
    ),
    "cnic.invisible": QT_TRANSLATE_NOOP(
        "Rules",
        "CNIC contains an invisible character (U+{code}): only digits, spaces and dashes are "
        "allowed.",
    ),
    "cnic.letter": QT_TRANSLATE_NOOP(
        "Rules", "CNIC contains a letter '{char}': only digits, spaces and dashes are allowed."
    ),
    "cnic.character": QT_TRANSLATE_NOOP(
        "Rules", "CNIC contains '{char}': only digits, spaces and dashes are allowed."
    ),
    "cnic.length": QT_TRANSLATE_NOOP("Rules", "CNIC must have 13 digits; this has {count}."),
    "cnic.no_digits": QT_TRANSLATE_NOOP("Rules", "CNIC must have 13 digits; this has none."),
    "cnic.region": QT_TRANSLATE_NOOP(
        "Rules", "CNIC cannot start with {digit}: the first digit is the region, 1 to 8."
    ),
    "cnic.sex_male": QT_TRANSLATE_NOOP(
        "Rules", "The last digit of a man's CNIC is odd; check the CNIC or the sex."
    ),
    "cnic.sex_female": QT_TRANSLATE_NOOP(
        "Rules", "The last digit of a woman's CNIC is even; check the CNIC or the sex."
    ),
    "passport.length": QT_TRANSLATE_NOOP(
        "Rules", "Passport no. '{text}' has {count} characters; at most 9 are allowed."
    ),
    "passport.characters": QT_TRANSLATE_NOOP(
        "Rules", "Passport no. '{text}' may only hold letters A-Z and digits."
    ),
    "passport.form": QT_TRANSLATE_NOOP(
        "Rules", "Passport no. {text} is not in the Pakistani form of two letters and seven digits."
    ),
    "name.letters": QT_TRANSLATE_NOOP(
        "Rules", "{field} may only hold letters, spaces, dots, hyphens and apostrophes."
    ),
    "name_urdu.letters": QT_TRANSLATE_NOOP(
        "Rules",
        "Name in Urdu holds Urdu letters only; type the Latin spelling in Surname and Given names.",
    ),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Rules", "Phone '{text}' is not a number like 0300 1234567 or +966 5x xxx xxxx."
    ),
    "sex.invalid": QT_TRANSLATE_NOOP("Rules", "Sex must be M, F or X."),
    "channel.invalid": QT_TRANSLATE_NOOP("Rules", "Channel must be OEC or OEP."),
    "birth.future": QT_TRANSLATE_NOOP("Rules", "The date of birth lies in the future."),
    "birth.too_old": QT_TRANSLATE_NOOP(
        "Rules", "The date of birth is more than {years} years ago."
    ),
    "age.minor": QT_TRANSLATE_NOOP(
        "Rules", "The person will be {age} on the departure date; the minimum age is {minimum}."
    ),
    "passport.before_birth": QT_TRANSLATE_NOOP(
        "Rules", "The passport expiry is before the date of birth."
    ),
    "passport.expired": QT_TRANSLATE_NOOP(
        "Rules",
        "The passport expired on {expiry}: it must be renewed before the person can travel.",
    ),
    "passport.expires_before_departure": QT_TRANSLATE_NOOP(
        "Rules", "The passport expires on {expiry}, before the departure on {departure}."
    ),
    "licence.required": QT_TRANSLATE_NOOP(
        "Rules", "A promoter (OEP) departure needs the promoter's licence number."
    ),
    "licence.oec": QT_TRANSLATE_NOOP(
        "Rules", "A licence number belongs to OEP departures only; clear it or choose OEP."
    ),
    "departure.back_entry": QT_TRANSLATE_NOOP(
        "Rules", "The departure date {date} has already passed: this is a back-entry."
    ),
    "departure.far": QT_TRANSLATE_NOOP(
        "Rules", "The departure date {date} is more than a year ahead; check the year."
    ),
    "duplicate.pending": QT_TRANSLATE_NOOP(
        "Rules",
        "{name} ({office}, CNIC {cnic}, passport {passport_no}) is still waiting to depart. "
        "Open that record instead.",
    ),
    "duplicate.departed": QT_TRANSLATE_NOOP(
        "Rules",
        "{name} ({office}, CNIC {cnic}, passport {passport_no}) departed on {date}, less than "
        "{days} days ago. Open that record instead.",
    ),
    "visa.profession": QT_TRANSLATE_NOOP(
        "Rules",
        "The visa is for the profession {visa_profession}, not for the trade {trade}: check the "
        "visa and the trade, or the worker may be sent back at the airport.",
    ),
    "visa.country": QT_TRANSLATE_NOOP(
        "Rules",
        "The visa is for {visa_country}, not for the destination {destination}: check the visa "
        "and the destination, or the worker may be sent back at the airport.",
    ),
    "departure.gone": QT_TRANSLATE_NOOP("Rules", "This departure no longer exists."),
    "status.same": QT_TRANSLATE_NOOP("Rules", "The departure is already {status}."),
    "status.not_allowed": QT_TRANSLATE_NOOP(
        "Rules", "A departure that is {status} cannot be marked {new_status}."
    ),
    "status.reason": QT_TRANSLATE_NOOP(
        "Rules", "Give a reason for marking this departure {new_status}."
    ),
    "mrz.not_passport": QT_TRANSLATE_NOOP(
        "Rules",
        "The strip starts with '{char}', not 'P', so it is not a passport's: scan the "
        "passport's photo page.",
    ),
    "mrz.digit_in_names": QT_TRANSLATE_NOOP(
        "Rules",
        "Line 1 of the passport strip has the digit '{char}' at position {position}, where only "
        "letters and '<' belong: rescan or type the fields by hand.",
    ),
    "mrz.sex": QT_TRANSLATE_NOOP(
        "Rules", "The sex in the passport strip is '{char}'; it must be M, F or '<'."
    ),
    "mrz.check_not_digit": QT_TRANSLATE_NOOP(
        "Rules",
        "The passport strip has '{char}' where the check digit of {check} belongs, not a digit: "
        "rescan or type the fields by hand.",
    ),
    "mrz.empty": QT_TRANSLATE_NOOP(
        "Rules", "The passport strip is empty: scan the passport again."
    ),
    "mrz.character": QT_TRANSLATE_NOOP(
        "Rules",
        "Line {line} of the passport strip has {char} at position {position}; only letters "
        "A-Z, digits 0-9 and '<' belong there.",
    ),
    "mrz.cannot_hold": QT_TRANSLATE_NOOP("Rules", "A passport strip cannot hold {char}."),
    "mrz.issuing_state": QT_TRANSLATE_NOOP(
        "Rules", "The issuing state in the passport strip ('{text}') is not a country code."
    ),
    "mrz.nationality": QT_TRANSLATE_NOOP(
        "Rules", "The nationality in the passport strip ('{text}') is not a country code."
    ),
    "mrz.date_digits": QT_TRANSLATE_NOOP(
        "Rules",
        "{field} in the passport strip is not a real date ('{text}' should be six digits, "
        "YYMMDD): rescan or type the date by hand.",
    ),
    "mrz.date_unreal": QT_TRANSLATE_NOOP(
        "Rules",
        "{field} in the passport strip is not a real date (day {day}, month {month}, year "
        "{year}): rescan or type the date by hand.",
    ),
    "mrz.valid": QT_TRANSLATE_NOOP("Rules", "All check digits of the passport strip match."),
    "mrz.check_failed": QT_TRANSLATE_NOOP(
        "Rules", "The check digit of {check} does not match: rescan or type the fields by hand."
    ),
    "mrz.checks_failed": QT_TRANSLATE_NOOP(
        "Rules", "The check digits of {checks} do not match: rescan or type the fields by hand."
    ),
    "char.space": QT_TRANSLATE_NOOP("Rules", "a space"),
    "char.invisible": QT_TRANSLATE_NOOP("Rules", "an invisible character (U+{code})"),
    "char.quoted": QT_TRANSLATE_NOOP("Rules", "'{char}'"),
    "flight.invalid": QT_TRANSLATE_NOOP("Rules", "Flight no. looks like PK-731 or EK 613."),
    "airport.invalid": QT_TRANSLATE_NOOP(
        "Rules", "Departure airport is a three-letter IATA code, e.g. ISB."
    ),
    "time.invalid": QT_TRANSLATE_NOOP("Rules", "Departure time is 24-hour HH:MM, e.g. 09:30."),
    "destinations.required": QT_TRANSLATE_NOOP("Rules", "Give at least one destination country."),
    "capacity.number": QT_TRANSLATE_NOOP("Rules", "Capacity is a whole number of seats."),
    "capacity.range": QT_TRANSLATE_NOOP("Rules", "Capacity is between 1 and 2,000 people."),
    "contingent.closed": QT_TRANSLATE_NOOP(
        "Rules",
        "{code} is {status}; a supervisor must reopen it before people are added or removed.",
    ),
    "contingent.not_recorded": QT_TRANSLATE_NOOP(
        "Rules", "{name} is {status}; only recorded departures can join a contingent."
    ),
    "contingent.other": QT_TRANSLATE_NOOP(
        "Rules", "{name} is already in the open contingent {code}; move them instead."
    ),
    "contingent.date": QT_TRANSLATE_NOOP(
        "Rules", "{name} departs on {date}, the contingent on {contingent_date}."
    ),
    "contingent.destination": QT_TRANSLATE_NOOP(
        "Rules", "{name} goes to {country}, not to {countries}."
    ),
    "contingent.member_closed": QT_TRANSLATE_NOOP(
        "Rules",
        "This departure is in {code}, which is {status}; a supervisor must reopen the "
        "contingent (with a reason) before it can change.",
    ),
    "contingent.finalize_closed": QT_TRANSLATE_NOOP("Rules", "{code} is already {status}."),
    "contingent.nobody": QT_TRANSLATE_NOOP(
        "Rules", "{code} has nobody travelling in it; add people first."
    ),
    "contingent.reopen_not_finalized": QT_TRANSLATE_NOOP(
        "Rules", "{code} is {status}; only a finalized contingent reopens."
    ),
    "contingent.departed_not_finalized": QT_TRANSLATE_NOOP(
        "Rules", "{code} is {status}; finalize it before marking it departed."
    ),
    "contingent.no_manifest": QT_TRANSLATE_NOOP(
        "Rules", "{code} has no manifest yet; a supervisor finalizes it first."
    ),
    "contingent.slips_open": QT_TRANSLATE_NOOP(
        "Rules", "{code} is open: departure slips are printed once it is finalized."
    ),
    "contingent.needs_override": QT_TRANSLATE_NOOP(
        "Rules", "{problem} This needs an override with a reason."
    ),
    "contingent.needs_supervisor": QT_TRANSLATE_NOOP(
        "Rules", "{problem} This needs an override with a reason by a supervisor."
    ),
    "permission.denied": QT_TRANSLATE_NOOP(
        "Rules", "{user} ({role}) may not {action}; only {roles} may."
    ),
    "user.name": QT_TRANSLATE_NOOP(
        "Rules",
        "A user name has 2 to 32 characters: letters a-z, digits, '.', '-' or '_', starting "
        "with a letter.",
    ),
    "password.short": QT_TRANSLATE_NOOP("Rules", "A password needs at least {count} characters."),
    "password.space": QT_TRANSLATE_NOOP("Rules", "A password cannot start or end with a space."),
}

# Names of fields of other forms than the departure's (those come from the form itself).
FIELD_WORDS = {
    "destinations": QT_TRANSLATE_NOOP("Fields", "Destination"),
    "flight_no": QT_TRANSLATE_NOOP("Fields", "Flight no."),
    "carrier": QT_TRANSLATE_NOOP("Fields", "Carrier"),
    "airport": QT_TRANSLATE_NOOP("Fields", "Departure airport"),
    "departure_time": QT_TRANSLATE_NOOP("Fields", "Departure time"),
    "capacity": QT_TRANSLATE_NOOP("Fields", "Capacity"),
}
CHECK_WORDS = {
    "document_number": QT_TRANSLATE_NOOP("Checks", "the passport number"),
    "birth_date": QT_TRANSLATE_NOOP("Checks", "the date of birth"),
    "expiry_date": QT_TRANSLATE_NOOP("Checks", "the expiry date"),
    "personal_number": QT_TRANSLATE_NOOP("Checks", "the personal number"),
    "composite": QT_TRANSLATE_NOOP("Checks", "the strip as a whole"),
}
ROLES_PLURAL = {
    "clerk": QT_TRANSLATE_NOOP("Roles", "clerks"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisors"),
    "admin": QT_TRANSLATE_NOOP("Roles", "admins"),
}
# core.roles.Action values: what a role may or may not do.
ACTION_WORDS = (
    QT_TRANSLATE_NOOP("Actions", "record a departure"),
    QT_TRANSLATE_NOOP("Actions", "edit a departure"),
    QT_TRANSLATE_NOOP("Actions", "change a departure's status"),
    QT_TRANSLATE_NOOP("Actions", "create a contingent or assign people"),
    QT_TRANSLATE_NOOP("Actions", "finalize a contingent"),
    QT_TRANSLATE_NOOP("Actions", "reopen a contingent"),
    QT_TRANSLATE_NOOP("Actions", "print a manifest"),
    QT_TRANSLATE_NOOP("Actions", "print departure slips"),
    QT_TRANSLATE_NOOP("Actions", "override a rule"),
    QT_TRANSLATE_NOOP("Actions", "manage users"),
    QT_TRANSLATE_NOOP("Actions", "change office settings"),
    QT_TRANSLATE_NOOP("Actions", "restore a backup"),
    QT_TRANSLATE_NOOP("Actions", "import a list"),
    QT_TRANSLATE_NOOP("Actions", "export CSV or XLSX"),
    QT_TRANSLATE_NOOP("Actions", "export a headquarters bundle"),
    QT_TRANSLATE_NOOP("Actions", "import a headquarters bundle"),
    QT_TRANSLATE_NOOP("Actions", "take a backup"),
    QT_TRANSLATE_NOOP("Actions", "browse the audit log"),
)
COMMA = QT_TRANSLATE_NOOP("Rules", "{first}, {second}")
AND = QT_TRANSLATE_NOOP("Rules", "{first} and {second}")
OR = QT_TRANSLATE_NOOP("Rules", "{first} or {second}")
LABELLED = QT_TRANSLATE_NOOP("Rules", "{field}: {message}")
CONFIRM_FIRST = QT_TRANSLATE_NOOP("Rules", "Please confirm these warnings first: {warnings}")


class Counted(QObject):
    """The messages that count: Qt's plural forms (lupdate finds them only in `tr`)."""

    def say(self, key: str, count: int) -> str:
        """The template of a counting key, in the form its count needs ('' when unknown)."""
        if key == "mrz.lines":
            return self.tr(
                "A passport strip has 2 lines of 44 characters; this has %n line(s): scan the "
                "passport again.",
                "",
                count,
            )
        if key == "mrz.line_length":
            return self.tr(
                "Line {line} of the passport strip has %n character(s); a passport (TD3) has 44.",
                "",
                count,
            )
        if key == "passport.validity":
            return self.tr(
                "The passport expires on {expiry}, less than %n month(s) after the departure on "
                "{departure}; the destination may refuse entry.",
                "",
                count,
            )
        if key == "contingent.capacity":
            return self.tr(
                "{code} will hold %n person(s), more than its capacity of {capacity}.", "", count
            )
        return ""


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def text(key: str, params: Mapping[str, object], english: str = "") -> str:
    """A message in the interface's language; `english` when the key has no template."""
    template = TEMPLATES.get(key)
    if template is not None:
        template = _tr(CONTEXT, template)
    elif isinstance(core.TEMPLATES.get(key), tuple):
        template = Counted().say(key, int(str(params.get("count", 0))))
    if not template:
        return english
    return core.render(template, params, word)


def said(message: object) -> str:
    """Any message (a core `Message`, or plain text) in the interface's language."""
    key = getattr(message, "key", "")
    if not key:
        return str(message)
    return text(key, getattr(message, "params", {}), str(message))


def problem_text(problem: Problem) -> str:
    """A problem as one line, its field named once (as `Problem.text`, translated)."""
    message = said(problem.message)
    if problem.field not in FIELD_BY_NAME:
        return message
    label = word("field", problem.field)
    named = label.casefold()
    if message.casefold().startswith((named, f"the {named}")):  # "The departure date …"
        return message
    return _tr(CONTEXT, LABELLED).format(field=label, message=message)


def error_text(error: BaseException) -> str:
    """What an expected error says, in the interface's language where it comes from the rules."""
    if isinstance(error, RuleViolation):
        return " ".join(problem_text(p) for p in error.problems) or str(error)
    if isinstance(error, WarningsNotAcknowledged):
        return _tr(CONTEXT, CONFIRM_FIRST).format(
            warnings=" ".join(problem_text(p) for p in error.problems)
        )
    key = getattr(error, "key", "")
    if key:
        return text(key, getattr(error, "params", {}), str(error))
    return str(error)


def word(kind: str, value: object) -> str:
    """A word parameter (`core.messages.WORD_PARAMETERS`) in the interface's language."""
    if isinstance(value, core.Message):
        return said(value)
    if kind == "field":
        name = str(value)
        known = FIELD_BY_NAME.get(name)
        if known is not None:
            # The form's own labels, translated with the form.
            return _tr("DepartureForm", known.label)
        if name in FIELD_WORDS:
            return _tr("Fields", FIELD_WORDS[name])
        return core.english_word(kind, value)
    if kind == "status":
        return language.status_text(str(value))
    if kind == "role":
        return language.role_text(str(value))
    if kind == "roles":
        return _joined([_tr("Roles", ROLES_PLURAL.get(r, r)) for r in _items(value)], "or")
    if kind == "action":
        return _tr("Actions", str(value))
    if kind == "country":
        return country_name(str(value))
    if kind == "countries":
        return _separated([country_name(code) for code in _items(value)])
    if kind == "check":
        return _tr("Checks", CHECK_WORDS.get(str(value), str(value)))
    if kind == "checks":
        return _joined([_tr("Checks", CHECK_WORDS.get(c, c)) for c in _items(value)], "and")
    return str(value)


def _items(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(item) for item in value]
    return [str(value)]


def _separated(words: list[str]) -> str:
    """'a, b, c' with the language's comma."""
    if not words:
        return ""
    joined = words[0]
    for following in words[1:]:
        joined = _tr(CONTEXT, COMMA).format(first=joined, second=following)
    return joined


def _joined(words: list[str], conjunction: str) -> str:
    """'a', 'a and b', 'a, b and c' (or 'or')."""
    if len(words) <= 1:
        return "".join(words)
    last = _tr(CONTEXT, AND if conjunction == "and" else OR)
    return last.format(first=_separated(words[:-1]), second=words[-1])


def country_name(code: str) -> str:
    """A country's name in the interface's language (Urdu names from pycountry's iso-codes)."""
    english = countries.name(code)
    iso = _iso_name(code)
    if language.current() != "ur" or not iso:
        return english
    translated = _urdu_countries().gettext(iso)
    return english if translated == iso else translated


@cache
def _urdu_countries() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ur"], fallback=True)


@cache
def _iso_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return str(country.name) if country is not None else ""
