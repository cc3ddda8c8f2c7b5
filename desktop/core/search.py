"""What the text in the search box means: a CNIC, a passport number, or names.

A CNIC or passport number typed in any accepted form goes to its B-tree index (as a prefix while
it is still being typed); anything else is a name query for the full-text name index, where
each word is a prefix. Any text at all is acceptable: nothing here raises.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from desktop.core import cnic


class Kind(enum.StrEnum):
    """Which index answers the query."""

    EMPTY = "empty"
    CNIC = "cnic"  # value is a CNIC prefix in stored form, e.g. "35202-12"
    PASSPORT = "passport"  # value is an upper-case passport-number prefix
    NAME = "name"  # words holds the name prefixes


@dataclass(frozen=True)
class Term:
    """A classified query: `value` for CNIC and passport, `words` for names."""

    kind: Kind
    value: str = ""
    words: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        """A whole CNIC (13 digits) or a whole Pakistani passport number."""
        if self.kind is Kind.CNIC:
            return len(self.value) == 15
        return self.kind is Kind.PASSPORT and bool(re.fullmatch(r"[A-Z]{2}\d{7}", self.value))


_SEPARATORS = re.compile(r"[\s\-‐-―−_./]+")
_WORD = re.compile(r"\w+")
_PASSPORT = re.compile(r"[A-Z0-9]{1,9}")


def _ascii_digits(text: str) -> str:
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text
    )


def cnic_prefix(digits: str) -> str:
    """Digits typed so far, in the stored CNIC shape: 352021 -> 35202-1."""
    parts = (digits[:5], digits[5:12], digits[12:13])
    return "-".join(part for part in parts if part)


def classify(text: str) -> Term:
    """Decide which index a search text goes to."""
    stripped = _ascii_digits(text.strip())
    compact = _SEPARATORS.sub("", stripped)
    if not compact:
        return Term(Kind.EMPTY)
    if compact.isdigit() and compact.isascii():
        if len(compact) > 13:
            return Term(Kind.CNIC, compact)  # matches nothing, and says so
        if len(compact) == 13 and cnic.is_valid(compact):
            return Term(Kind.CNIC, cnic.normalize(compact))
        return Term(Kind.CNIC, cnic_prefix(compact))
    upper = compact.upper()
    has_digit = any(ch.isdigit() for ch in upper)
    if has_digit and _PASSPORT.fullmatch(upper) and " " not in text.strip():
        return Term(Kind.PASSPORT, upper)
    words = tuple(w for w in _WORD.findall(unicodedata.normalize("NFKD", stripped)) if w)
    words = tuple("".join(ch for ch in w if not unicodedata.combining(ch)).upper() for w in words)
    # Text without a single letter or digit ("***") is a name query that matches nobody.
    return Term(Kind.NAME, words=tuple(w for w in words if w))


def fts_query(words: tuple[str, ...]) -> str:
    """An FTS5 query in which every word is a quoted prefix: no user text is ever syntax."""
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)
