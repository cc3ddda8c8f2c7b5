"""Values as they go into spreadsheet files, so that opening an export never runs anything.

A CSV cell carries no type: a spreadsheet decides on opening, and reads a text starting with
`=`, `+`, `-` or `@` as a formula (tab and CR too, which some programs strip first). Such a
text gets a leading apostrophe, the spreadsheets' own sign for "this is text". Phone numbers
and numbers are left alone: `+923001234567`, `-12.5` and `35202-1234567-1` come out exactly
as stored (a formula made of digits alone can compute a wrong number, never run a command).

XLSX cells are typed, so nothing is changed there; only characters that XML cannot hold are
dropped (`xlsx_text`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

# Texts starting with these are formulas to a spreadsheet, whatever follows. The full-width
# forms are read as formulas by spreadsheets set up for East Asian languages.
FORMULA_STARTS: Final = ("=", "@", "\t", "\r", "＝", "＠")
# These start a formula too, unless what follows is a number or a phone number.
SIGNS: Final = ("+", "-", "＋", "－")
# The mark a spreadsheet reads as "the rest is text".
TEXT_MARK: Final = "'"

# A sign, then digits with the separators numbers and phone numbers are written with, or a
# decimal number with an exponent. No letters, so no function call and no command.
_NUMBER_OR_PHONE: Final = re.compile(
    r"[+-](?:[0-9][0-9 .,()/-]*|[.,][0-9]+|[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+)"
)
# What XML 1.0 cannot hold: control characters other than tab, LF and CR.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def is_number_or_phone(text: str) -> bool:
    """Whether a signed text is a number or a phone number (`+923001234567`, `-12.5`)."""
    return _NUMBER_OR_PHONE.fullmatch(text) is not None


def would_run(text: str) -> bool:
    """Whether a spreadsheet would read the text as a formula rather than show it."""
    if text.startswith(FORMULA_STARTS):
        return True
    return text.startswith(SIGNS) and not is_number_or_phone(text)


def cell_text(value: object) -> str:
    """A stored value as text: dates in ISO form, None as the empty text."""
    if value is None:
        return ""
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    return str(value)


def csv_cell(value: object) -> str:
    """A value as a CSV cell that no spreadsheet will run.

    Args:
        value: text, a number, a date or None.

    Returns:
        The text, with a leading apostrophe when a spreadsheet would take it for a formula.
    """
    text = cell_text(value)
    return TEXT_MARK + text if would_run(text) else text


def xlsx_text(text: str) -> str:
    """Text an XLSX file can hold: control characters XML forbids are dropped."""
    return _NOT_XML.sub("", text)
