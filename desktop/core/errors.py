"""The errors people can act on.

Each carries a message meant for the person at the desk: it names the field or the file and
what is wrong. Anything else that escapes is a bug and reaches the crash handler.

Raised with a `desktop.core.messages.Message`, an error also carries its `key` and `params`,
so that the window can say it in the interface's language; `str(error)` stays English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.rules import Problem


class RawangiError(Exception):
    """Base of every expected failure; its message is shown as it is.

    Attributes:
        key: the message's key when it was raised with a `Message`, else "".
        params: that message's parameters.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        said = args[0] if args else None
        self.key: str = getattr(said, "key", "")
        self.params: Mapping[str, object] = getattr(said, "params", {})


class ValidationError(RawangiError, ValueError):
    """A value typed or read is not acceptable.

    Args:
        message: what is wrong, in words a clerk understands.
        field: the column the value belongs to, when known.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class RuleViolation(RawangiError):
    """A departure breaks one or more blocking rules; nothing was saved."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.text for p in self.problems) or "The record breaks a rule.")


class WarningsNotAcknowledged(RawangiError):
    """Warnings must be shown and acknowledged before the save goes through."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            "Please confirm these warnings first: " + "; ".join(p.text for p in self.problems)
        )


class PermissionDenied(RawangiError):
    """The acting user's role does not allow the action."""


class NotFound(RawangiError):
    """The record asked for does not exist (any more)."""


class StaleRecord(RawangiError):
    """Someone else changed the record since it was opened."""


class StorageError(RawangiError):
    """The database file cannot be used as asked (busy, read-only, full, damaged)."""


class SignInRefused(RawangiError):
    """Wrong user name or password, or a locked or deactivated account."""


class Cancelled(RawangiError):
    """The person stopped a long task; nothing was written."""
