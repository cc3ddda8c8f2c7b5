"""The machine-readable zone (MRZ) of a passport, as a keyboard-wedge scanner types it.

A passport (ICAO Doc 9303 Part 4, format TD3) carries two lines of 44 characters:

    line 1   1-2 document code, 3-5 issuing state, 6-44 name (SURNAME<<GIVEN<NAMES)
    line 2   1-9 document number, 10 check, 11-13 nationality, 14-19 date of birth (YYMMDD),
             20 check, 21 sex, 22-27 expiry date, 28 check, 29-42 personal number, 43 check,
             44 composite check over 1-10, 14-20 and 22-43

`parse` reads the strip; a strip that cannot be read raises ValidationError, while a check
digit that does not match is reported in `Mrz.failed_checks` so the form can say which field
to look at. `compose` writes a valid strip for tests, demo data and benchmarks.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from desktop.core import cnic as cnic_rules
from desktop.core.errors import ValidationError
from desktop.core.messages import Message

FIELD: Final = "mrz"
LINE_LENGTH: Final = 44
NAME_LENGTH: Final = 39
FILLER: Final = "<"

# Doc 9303 Part 3: digits count as themselves, A-Z as 10-35, the filler as 0.
_VALUES: Final[dict[str, int]] = {
    **{digit: int(digit) for digit in string.digits},
    **{letter: 10 + n for n, letter in enumerate(string.ascii_uppercase)},
    FILLER: 0,
}
_WEIGHTS: Final = (7, 3, 1)
_ALLOWED: Final = frozenset(_VALUES)
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_LINE_CHARS: Final = re.compile(r"[A-Z0-9<]*")
_DIGIT: Final = re.compile(r"[0-9]")
# Only ASCII letters are raised: str.upper() would turn 'ß' into two characters and the
# dotless 'ı' into 'I', hiding a misread.
_UPPER: Final = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)
_SEXES: Final = {"M": "M", "F": "F", FILLER: "X", "X": "X"}
# An expiry year read as 20YY that lies further ahead than this is 19YY: passports are issued
# for at most ten years, so 2094 is a passport of 1994 (DESIGN.md "Known traps").
EXPIRY_YEARS_AHEAD: Final = 20


@dataclass(frozen=True)
class Mrz:
    """What a passport's strip says, with the result of its check digits.

    Names have their fillers turned into spaces; codes and numbers have them stripped.
    `valid` is worked out from `failed_checks`.
    """

    document_type: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: dt.date
    sex: str
    expiry_date: dt.date
    personal_number: str
    failed_checks: tuple[str, ...] = ()
    valid: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "valid", not self.failed_checks)

    @property
    def cnic(self) -> str:
        """The holder's CNIC (`XXXXX-XXXXXXX-X`) when the personal number is one, else "".

        Pakistani passports carry the holder's CNIC as the personal number; other passports
        carry something else there, or nothing.
        """
        if cnic_rules.is_valid(self.personal_number):
            return cnic_rules.normalize(self.personal_number)
        return ""


def check_digit(value: str) -> str:
    """Return the Doc 9303 check digit of a value: weights 7, 3, 1 repeating, sum modulo 10.

    Args:
        value: characters A-Z, 0-9 and '<'.

    Raises:
        ValidationError: a character a passport strip cannot hold.
    """
    total = 0
    for position, char in enumerate(value):
        number = _VALUES.get(char)
        if number is None:
            raise _error(Message("mrz.cannot_hold", char=_describe(char)))
        total += number * _WEIGHTS[position % 3]
    return str(total % 10)


def parse(text: str, today: dt.date | None = None) -> Mrz:
    """Read a passport's two MRZ lines as a scanner types them.

    Lines may end in CR, LF or CRLF, blank lines and surrounding whitespace are ignored, and
    lower-case letters (Caps Lock) are read as upper case.

    Args:
        text: the two lines.
        today: the date that decides the centuries: a birth year that would lie in the future
            is 19YY, and so is an expiry year more than 20 years ahead; the computer's date
            when not given.

    Returns:
        The fields; check digits that do not match are named in ``failed_checks``.

    Raises:
        ValidationError: (field ``"mrz"``) not two lines of 44 characters A-Z, 0-9 and '<',
            not a passport, a date that does not exist, or a check digit that is not a digit.
    """
    line1, line2 = _lines(text)
    if line1[0] != "P":
        raise _error(Message("mrz.not_passport", char=line1[0]))
    # Line 1 holds only letters and fillers; a digit there is a misread the check digits,
    # which cover line 2 only, would never catch (0 for O in a name).
    misread = _DIGIT.search(line1)
    if misread:
        raise _error(Message("mrz.digit_in_names", char=misread[0], position=misread.start() + 1))
    issuing_state = _country(line1[2:5], "mrz.issuing_state")
    nationality = _country(line2[10:13], "mrz.nationality")
    sex = _SEXES.get(line2[20])
    if sex is None:
        raise _error(Message("mrz.sex", char=line2[20]))

    surname, _, given_names = line1[5:].partition("<<")
    personal_number = line2[28:42]
    personal_check = line2[42]
    if personal_check == FILLER and personal_number == FILLER * 14:
        personal_check = "0"  # Doc 9303 allows a filler here when the field is unused.
    checks = {
        "document_number": (line2[0:9], line2[9]),
        "birth_date": (line2[13:19], line2[19]),
        "expiry_date": (line2[21:27], line2[27]),
        "personal_number": (personal_number, personal_check),
        "composite": (line2[0:10] + line2[13:20] + line2[21:43], line2[43]),
    }
    for name, (_, digit) in checks.items():
        if not digit.isdigit():
            raise _error(Message("mrz.check_not_digit", char=digit, check=name))

    today = today or dt.date.today()
    return Mrz(
        document_type=line1[0:2].rstrip(FILLER),
        issuing_state=issuing_state,
        surname=_name(surname),
        given_names=_name(given_names),
        document_number=line2[0:9].strip(FILLER),
        nationality=nationality,
        birth_date=_birth_date(line2[13:19], today),
        sex=sex,
        expiry_date=_expiry_date(line2[21:27], today),
        personal_number=personal_number.strip(FILLER),
        failed_checks=tuple(
            name for name, (value, digit) in checks.items() if check_digit(value) != digit
        ),
    )


def _lines(text: str) -> tuple[str, str]:
    """Split the scan into its two lines, upper-cased and checked character by character."""
    lines = [line.strip() for line in _LINE_BREAK.split(text.strip()) if line.strip()]
    if len(lines) != 2:
        if not lines:
            raise _error(Message("mrz.empty"))
        raise _error(Message("mrz.lines", count=len(lines)))
    lines = [line.translate(_UPPER) for line in lines]
    for number, line in enumerate(lines, start=1):
        if len(line) != LINE_LENGTH:
            raise _error(Message("mrz.line_length", line=number, count=len(line)))
    for number, line in enumerate(lines, start=1):
        if _LINE_CHARS.fullmatch(line):
            continue
        for position, char in enumerate(line, start=1):
            if char not in _ALLOWED:
                raise _error(
                    Message("mrz.character", line=number, char=_describe(char), position=position)
                )
    return lines[0], lines[1]


def _country(value: str, key: str) -> str:
    code = value.strip(FILLER)
    if not code.isalpha():
        raise _error(Message(key, text=value))
    return code


def _name(value: str) -> str:
    return " ".join(value.replace(FILLER, " ").split())


def _date(value: str, century: int, field: str) -> dt.date:
    if not (value.isascii() and value.isdigit()):
        raise _error(Message("mrz.date_digits", field=field, text=value))
    try:
        return dt.date(century + int(value[0:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        raise _error(
            Message(
                "mrz.date_unreal", field=field, day=value[4:6], month=value[2:4], year=value[0:2]
            )
        ) from None


def _birth_date(value: str, today: dt.date) -> dt.date:
    # The strip has two digits for the year: nobody is born in the future, so a year that
    # would be is a year of the previous century.
    born = _date(value, 2000, "birth_date")
    if born > today:
        born = _date(value, 1900, "birth_date")
    return born


def _expiry_date(value: str, today: dt.date) -> dt.date:
    # Passports run ten years at most: an expiry more than 20 years ahead is of the previous
    # century, so that a passport that expired in 1994 reads as expired, not valid until 2094.
    expires = _date(value, 2000, "passport_expiry")
    if expires.year > today.year + EXPIRY_YEARS_AHEAD:
        expires = _date(value, 1900, "passport_expiry")
    return expires


def message(mrz: Mrz) -> Message:
    """Return a sentence for the clerk naming each check digit that did not match.

    Args:
        mrz: a parsed strip.

    Returns:
        For example "The check digit of the passport number does not match: rescan or type
        the fields by hand."; a sentence saying all match when none failed.
    """
    if not mrz.failed_checks:
        return Message("mrz.valid")
    if len(mrz.failed_checks) == 1:
        return Message("mrz.check_failed", check=mrz.failed_checks[0])
    return Message("mrz.checks_failed", checks=mrz.failed_checks)


def compose(
    *,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: dt.date,
    sex: str,
    expiry_date: dt.date,
    issuing_state: str = "PAK",
    personal_number: str = "",
    document_type: str = "P",
) -> str:
    """Write the two lines of a passport's strip, with correct check digits.

    Spaces and hyphens in names become '<', apostrophes are dropped (Doc 9303 Part 3). A name
    longer than the 39 positions is simply cut at 39, not shortened part by part as Doc 9303
    recommends: good enough for tests, demo data and benchmarks, which is what this is for.

    Args:
        surname: the primary identifier; required.
        given_names: the secondary identifiers, may be empty.
        document_number: 1 to 9 letters and digits (the short form only).
        nationality: a 1 to 3 letter code, e.g. ``"PAK"``, ``"D"``.
        birth_date: a date from 1900 to 2099.
        sex: ``"M"``, ``"F"`` or ``"X"`` (written as '<').
        expiry_date: a date from 1900 to 2099 (the strip keeps two digits of the year).
        issuing_state: a 1 to 3 letter code.
        personal_number: up to 14 letters and digits (Pakistan puts the CNIC's digits here).
        document_type: ``"P"`` or ``"P"`` and one more letter.

    Returns:
        Line 1 and line 2 joined by ``"\\n"``.

    Raises:
        ValidationError: a value that does not fit its field; ``field`` names it.
    """
    name = _mrz_name(surname, "surname")
    if not name:
        raise ValidationError("The surname is required for a passport strip.", field="surname")
    given = _mrz_name(given_names, "given_names")
    if given:
        name = f"{name}<<{given}"
    name = name[:NAME_LENGTH]

    code = _code(document_type.upper(), 2, "document type", "document_type")
    if not code.startswith("P") or not code.rstrip(FILLER).isalpha():
        raise ValidationError(
            f"The document type '{document_type}' is not a passport's (P, or P and a letter).",
            field="document_type",
        )
    line1 = (
        code
        + _country_code(issuing_state, "issuing state", "issuing_state")
        + name.ljust(NAME_LENGTH, FILLER)
    )

    if not document_number:
        raise ValidationError("The passport number is required.", field="passport_no")
    number = _code(document_number.upper(), 9, "passport number", "passport_no")
    letter = _SEXES.get(sex.upper())
    if letter is None:
        raise ValidationError(f"The sex '{sex}' must be M, F or X.", field="sex")
    personal = _code(personal_number.upper(), 14, "personal number", "personal_number")
    born = _yymmdd(birth_date, 1900, 2099, "date of birth", "birth_date")
    expires = _yymmdd(expiry_date, 1900, 2099, "expiry date", "passport_expiry")

    number_part = number + check_digit(number)
    born_part = born + check_digit(born)
    expires_part = expires + check_digit(expires)
    personal_part = personal + (FILLER if personal == FILLER * 14 else check_digit(personal))
    line2 = (
        number_part
        + _country_code(nationality, "nationality", "nationality")
        + born_part
        + (FILLER if letter == "X" else letter)
        + expires_part
        + personal_part
        + check_digit(number_part + born_part + expires_part + personal_part)
    )
    return f"{line1}\n{line2}"


def _mrz_name(text: str, column: str) -> str:
    """Write a name the Doc 9303 way: A-Z, with '<' between its parts."""
    kept: list[str] = []
    for char in text.upper():
        if char in "'\u2019\u02bc\u2018":  # apostrophes are left out
            continue
        if char.isspace() or char == "-" or unicodedata.category(char) == "Pd":
            kept.append(" ")
        elif "A" <= char <= "Z":
            kept.append(char)
        else:
            raise ValidationError(
                f"The name '{text}' has {_describe(char)}, which a passport strip cannot hold.",
                field=column,
            )
    return FILLER.join("".join(kept).split())


def _country_code(value: str, what: str, column: str) -> str:
    """Write a country code padded to its 3 positions (Germany is 'D<<')."""
    code = value.upper()
    if not (code.isascii() and code.isalpha() and len(code) <= 3):
        raise ValidationError(f"The {what} '{value}' is not a 1 to 3 letter code.", field=column)
    return code.ljust(3, FILLER)


def _code(value: str, width: int, what: str, column: str) -> str:
    """Pad a value with fillers to its field's width, refusing what does not fit."""
    if len(value) > width or any(char not in _ALLOWED for char in value):
        raise ValidationError(
            f"The {what} '{value}' must be at most {width} letters and digits.", field=column
        )
    return value.ljust(width, FILLER)


def _yymmdd(date: dt.date, first_year: int, last_year: int, what: str, column: str) -> str:
    if not first_year <= date.year <= last_year:
        raise ValidationError(
            f"The {what} {date.isoformat()} cannot be written in a passport strip "
            f"(years {first_year} to {last_year}).",
            field=column,
        )
    return date.strftime("%y%m%d")


def _describe(char: str) -> Message:
    """Name a character so that the clerk can find it, also when it cannot be seen."""
    if char == " ":
        return Message("char.space")
    if not char.isprintable() or char.isspace():
        return Message("char.invisible", code=f"{ord(char):04X}")
    return Message("char.quoted", char=char)


def _error(text: Message) -> ValidationError:
    return ValidationError(text, field=FIELD)
