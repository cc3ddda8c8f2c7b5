"""Passport numbers."""

from __future__ import annotations

import re

from desktop.core.errors import ValidationError
from desktop.core.messages import Message

FIELD = "passport_no"
_SEPARATORS = re.compile(r"[\s\-‐-―−]")


def normalize(text: str) -> str:
    """Upper case without spaces or dashes; raises ValidationError unless ICAO-shaped.

    ICAO Doc 9303 allows 1 to 9 letters and digits in the document number field.
    """
    if text.isascii() and text.isalnum():  # the usual case: nothing to take out
        cleaned = text.upper()
    else:
        cleaned = _SEPARATORS.sub("", text).upper()
    if not cleaned:
        raise ValidationError(Message("field.required", field=FIELD), FIELD)
    if not (len(cleaned) <= 9 and cleaned.isascii() and cleaned.isalnum()):
        if len(cleaned) > 9:
            raise ValidationError(
                Message("passport.length", text=cleaned, count=len(cleaned)), FIELD
            )
        raise ValidationError(Message("passport.characters", text=cleaned), FIELD)
    return cleaned


def is_pakistani_form(passport_no: str) -> bool:
    """Pakistani passports carry two letters and seven digits (AB1234567)."""
    letters, digits = passport_no[:2], passport_no[2:]
    return (
        len(passport_no) == 9
        and passport_no.isascii()
        and letters.isalpha()
        and letters.isupper()
        and digits.isdigit()
    )
