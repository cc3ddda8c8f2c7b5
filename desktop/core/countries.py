"""Countries: ISO 3166 through pycountry, with the names clerks actually use."""

from __future__ import annotations

from functools import cache

import pycountry

from desktop.core.errors import ValidationError
from desktop.core.messages import Message

# Names and abbreviations heard at the desk that ISO does not list.
_ALIASES = {
    "UAE": "AE",
    "U.A.E": "AE",
    "U.A.E.": "AE",
    "KSA": "SA",
    "SAUDIA": "SA",
    "K.S.A": "SA",
    "UK": "GB",
    "U.K.": "GB",
    "ENGLAND": "GB",
    "BRITAIN": "GB",
    "TURKEY": "TR",
    "USA": "US",
    "KOREA": "KR",
    "SOUTH KOREA": "KR",
}

# Where most people from these offices go: offered first in the destination list.
COMMON_DESTINATIONS = (
    "SA", "AE", "QA", "OM", "BH", "KW", "MY", "GB", "IT", "DE", "RO", "PL", "GR", "ES", "JP", "KR",
)  # fmt: skip


@cache
def _lookup(text: str) -> pycountry.db.Country | None:
    key = text.strip().upper()
    if not key:
        return None
    alias = _ALIASES.get(key)
    try:
        return pycountry.countries.lookup(alias or key)
    except LookupError:
        return None


def code(text: str, field: str = "destination") -> str:
    """The ISO 3166 alpha-2 code of a country named by code (SA, SAU), name or common alias.

    Args:
        text: what was typed.
        field: the column it is for, named in the message.

    Raises:
        ValidationError: no such country.
    """
    country = _lookup(text)
    if country is None:
        raise ValidationError(Message("field.not_country", field=field, text=text.strip()), field)
    return str(country.alpha_2)


def alpha3(text: str, field: str = "nationality") -> str:
    """The ISO 3166 alpha-3 code (as in a passport strip) of a country named any known way."""
    country = _lookup(text)
    if country is None:
        raise ValidationError(Message("field.not_country", field=field, text=text.strip()), field)
    return str(country.alpha_3)


@cache
def name(code_or_name: str) -> str:
    """A country's everyday English name ("Saudi Arabia"); the text itself when unknown."""
    country = _lookup(code_or_name)
    if country is None:
        return code_or_name
    return str(getattr(country, "common_name", None) or country.name)


@cache
def all_names() -> tuple[tuple[str, str], ...]:
    """(alpha-2 code, name) for every country: common destinations first, then by name."""
    rest = sorted(
        ((str(c.alpha_2), name(c.alpha_2)) for c in pycountry.countries), key=lambda p: p[1]
    )
    first = [(c, name(c)) for c in COMMON_DESTINATIONS]
    return tuple(first + [p for p in rest if p[0] not in COMMON_DESTINATIONS])
