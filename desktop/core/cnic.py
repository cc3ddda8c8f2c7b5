"""CNIC, the 13-digit national identity number, as clerks type it and as we store it.

Clerks type a CNIC with spaces, dashes of any kind, or Urdu digits; `normalize` turns all of
these into the one stored form ``XXXXX-XXXXXXX-X`` or says in plain words what is wrong.

The rules are python-stdnum's ``stdnum.pk.cnic`` (13 digits, a region digit, a gender digit)
with two differences: region 8 (Azad Jammu & Kashmir), which stdnum does not know, is valid,
and a last digit 0 counts as even (female), where stdnum refuses it. stdnum is not called at
run time: it costs about 17 µs a call and adds nothing the checks below have not already
decided; the tests compare the two on every 13-digit number instead.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from desktop.core.errors import ValidationError
from desktop.core.messages import Message

FIELD: Final = "cnic"
REGIONS: Final = "12345678"

_ASCII_DIGITS: Final = "0123456789"
_ARABIC_INDIC_ZERO: Final = 0x0660
_URDU_ZERO: Final = 0x06F0  # Extended Arabic-Indic digits, the ones an Urdu keyboard types
_MINUS_SIGN: Final = 0x2212


def _is_separator(char: str) -> bool:
    """Whether a character may sit between the digits and is simply dropped."""
    category = unicodedata.category(char)
    # Spaces of every kind (NBSP from Word, tabs from a spreadsheet), dashes of every kind,
    # and invisible format marks (the RLM/LRM an Urdu text field slips around digits).
    return char.isspace() or category in {"Pd", "Cf"} or ord(char) == _MINUS_SIGN


class _Table(dict[int, int | None]):
    """A ``str.translate`` table over all of Unicode, filled in as characters are met.

    Digits map to ASCII digits and separators to None (deleted). Anything else raises
    LookupError, which ``str.translate`` takes as "leave as it is"; those characters are
    not remembered, so odd input cannot grow the table.
    """

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        if _is_separator(char):
            self[code] = None
            return None
        raise LookupError(code)


_TABLE: Final = _Table()
for _digit in range(10):
    _TABLE[ord(_ASCII_DIGITS[_digit])] = ord(_ASCII_DIGITS[_digit])
    _TABLE[_ARABIC_INDIC_ZERO + _digit] = ord(_ASCII_DIGITS[_digit])
    _TABLE[_URDU_ZERO + _digit] = ord(_ASCII_DIGITS[_digit])
for _separator in " -\u00a0\u2013\u2014\u2212":  # the common ones, so a warm start is warm
    _TABLE[ord(_separator)] = None


def normalize(text: str) -> str:
    """Return the CNIC in its stored form ``XXXXX-XXXXXXX-X``.

    Spaces (any Unicode space), dashes (any Unicode dash, the minus sign) and invisible
    direction marks may appear anywhere; digits may be ASCII, Arabic-Indic or Urdu.

    Args:
        text: the CNIC as typed, scanned or imported.

    Returns:
        The 13 digits as ``XXXXX-XXXXXXX-X``.

    Raises:
        ValidationError: (field ``"cnic"``) empty, a character other than a digit, space or
            dash, not 13 digits, or a region digit that is not 1 to 8.
    """
    if text.isascii():  # the usual case, without the character table
        if len(text) == 13 and text.isdigit() and text[0] in REGIONS:
            return f"{text[:5]}-{text[5:12]}-{text[12]}"
        if (
            len(text) == 15
            and text[5] == "-"
            and text[13] == "-"
            and text[0] in REGIONS
            and (text[:5] + text[6:13] + text[14]).isdigit()
        ):
            return text
    digits = text.translate(_TABLE)
    # isdigit() alone would pass other scripts' digits; isascii() keeps it to 0-9.
    if len(digits) == 13 and digits.isascii() and digits.isdigit() and digits[0] in REGIONS:
        return f"{digits[:5]}-{digits[5:12]}-{digits[12]}"
    raise ValidationError(_problem(text, digits), field=FIELD)


def _problem(text: str, digits: str) -> Message:
    """Say what is wrong with a CNIC that `normalize` refused."""
    if not text.strip():
        return Message("field.required", field=FIELD)
    for char in digits:
        if char not in _ASCII_DIGITS:
            return _bad_character(char)
    if len(digits) != 13:
        if not digits:
            return Message("cnic.no_digits")
        return Message("cnic.length", count=len(digits))
    return Message("cnic.region", digit=digits[0])


def _bad_character(char: str) -> Message:
    if char.isdecimal():
        return Message("cnic.script", char=char)
    if not char.isprintable():
        return Message("cnic.invisible", code=f"{ord(char):04X}")
    if unicodedata.category(char).startswith("L"):
        return Message("cnic.letter", char=char)
    return Message("cnic.character", char=char)


def is_valid(text: str) -> bool:
    """Return whether `normalize` accepts the text.

    Args:
        text: the CNIC in any form `normalize` reads.
    """
    try:
        normalize(text)
    except ValidationError:
        return False
    return True


def sex(cnic: str) -> str:
    """Return the sex the CNIC's last digit stands for: ``"M"`` when odd, ``"F"`` when even.

    Args:
        cnic: the CNIC in any form `normalize` reads.

    Raises:
        ValidationError: the CNIC itself is not valid.
    """
    return "M" if normalize(cnic)[-1] in "13579" else "F"
