"""Passport numbers."""

from __future__ import annotations

import re

from desktop.core.errors import ValidationError

_ICAO = re.compile(r"^[A-Z0-9]{1,9}$")
_PAKISTANI = re.compile(r"^[A-Z]{2}[0-9]{7}$")


def normalize(text: str) -> str:
    """Upper case without spaces or dashes; raises ValidationError unless ICAO-shaped.

    ICAO Doc 9303 allows 1 to 9 letters and digits in the document number field.
    """
    cleaned = re.sub(r"[\s\-‐-―−]", "", text).upper()
    if not cleaned:
        raise ValidationError("Passport no. is required.", "passport_no")
    if not _ICAO.match(cleaned):
        if len(cleaned) > 9:
            problem = f"has {len(cleaned)} characters; at most 9 are allowed"
        else:
            problem = "may only hold letters A-Z and digits"
        raise ValidationError(f"Passport no. {cleaned!r} {problem}.", "passport_no")
    return cleaned


def is_pakistani_form(passport_no: str) -> bool:
    """Pakistani passports carry two letters and seven digits (AB1234567)."""
    return bool(_PAKISTANI.match(passport_no))
