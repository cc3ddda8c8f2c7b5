"""Users: names, passwords and the sign-in lock policy (DESIGN.md "Roles", issue 4)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from desktop.core.errors import ValidationError
from desktop.core.messages import Message
from desktop.core.roles import Role

MIN_PASSWORD_LENGTH: Final = 8
MAX_FAILURES: Final = 5
FAILURE_WINDOW: Final = dt.timedelta(minutes=15)
FIRST_LOCK: Final = dt.timedelta(minutes=15)
LONGEST_LOCK: Final = dt.timedelta(hours=24)
_NAME: Final = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MAX_FULL_NAME_LENGTH: Final = 80
# What a person's full name and designation are called in messages.
_PERSON_FIELDS: Final = {"full_name": "A full name", "designation": "A designation"}


@dataclass(frozen=True)
class User:
    """A stored user, without the password hash."""

    id: str
    name: str
    role: Role
    office: str
    active: bool = True
    locked_until: str = ""  # UTC ISO stamp, '' when not locked
    lock_count: int = 0
    version: int = 1
    full_name: str = ""  # as printed on manifests, e.g. "Amina Khatoon"
    designation: str = ""  # e.g. "Assistant Protector of Emigrants"

    @property
    def printed_name(self) -> str:
        """The name a manifest prints for this user: the full name, else the login name."""
        return self.full_name or self.name


def normalize_name(text: str) -> str:
    """User names are lower case: 2–32 of a–z, 0–9, dot, dash, underscore, starting with a letter.

    Raises:
        ValidationError: with what is wrong.
    """
    name = text.strip().lower()
    if not _NAME.match(name):
        raise ValidationError(Message("user.name"), "name")
    return name


def normalize_person_text(text: str, field: str) -> str:
    """A full name or designation as printed: one line, single spaces, at most 80 characters.

    Args:
        text: what was typed.
        field: ``full_name`` or ``designation``.

    Raises:
        ValidationError: naming the field and what is wrong.
    """
    what = _PERSON_FIELDS[field]
    # A line break or tab inside, pasted from elsewhere (Urdu's joiner marks are fine).
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in text.strip()):
        raise ValidationError(f"{what} is one line of text, without tabs or line breaks.", field)
    value = " ".join(text.split())
    if len(value) > MAX_FULL_NAME_LENGTH:
        raise ValidationError(
            f"{what} has at most {MAX_FULL_NAME_LENGTH} characters; shorten it.", field
        )
    return value


def password_problem(password: str) -> Message | None:
    """Why a new password is refused, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Message("password.short", count=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        return Message("password.space")
    return None


def lock_duration(lock_count: int) -> dt.timedelta:
    """How long the n-th lock in a row lasts: 15 minutes, then doubling, at most a day."""
    lasts: dt.timedelta = FIRST_LOCK * (2 ** max(0, lock_count - 1))
    return min(lasts, LONGEST_LOCK)


def is_locked(user: User, now: dt.datetime) -> bool:
    """Whether the account is locked at `now` (UTC)."""
    return bool(user.locked_until) and parse_stamp(user.locked_until) > now


def parse_stamp(stamp: str) -> dt.datetime:
    """A stored UTC stamp (2026-11-27T10:15:00Z) as an aware datetime."""
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
