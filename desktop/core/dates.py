"""Dates as clerks type them and as spreadsheets deliver them."""

from __future__ import annotations

import datetime as dt
import re

from desktop.core.errors import ValidationError
from desktop.core.messages import Message

_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse(value: object, field: str, label: str | None = None) -> dt.date | None:
    """A date from ISO text (2026-03-19), day-first text (19/03/2026) or a date object.

    Empty text gives None; the caller decides whether the field is required.

    Args:
        value: the text, date or None.
        field: the column it is for; its label names it in the message.
        label: how the message names it instead (an option of a command, a filter).

    Raises:
        ValidationError: the text is not a date, or not a real calendar date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-":
        try:  # the common case, read by C code
            return dt.date.fromisoformat(text)
        except ValueError:
            pass  # a wrong day or month: the slower path below explains it
    iso = _ISO.match(text)
    day_first = _DAY_FIRST.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif day_first:
        day, month, year = (int(g) for g in day_first.groups())
    else:
        raise ValidationError(_message("date.format", field, label, text), field)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(_message("date.unreal", field, label, text), field) from None


def _message(key: str, field: str, label: str | None, text: str) -> Message:
    if label is None:
        return Message(key, field=field, text=text)
    return Message(f"{key}_named", name=label, text=text)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day some months later, kept inside the month (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Completed years of age on a given day."""
    had_birthday = (day.month, day.day) >= (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (0 if had_birthday else 1)
