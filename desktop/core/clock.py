"""The time, in one place, so that tests can fix it."""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    """Now, in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def utc_stamp(moment: dt.datetime | None = None) -> str:
    """A UTC moment as stored: ISO-8601 ending in Z, e.g. 2026-11-27T10:15:00Z."""
    moment = moment or utc_now()
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def today() -> dt.date:
    """Today's date where the office is (the computer's local date)."""
    return dt.date.today()
