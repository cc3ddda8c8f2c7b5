"""Which backups to keep: grandfather-father-son rotation.

The newest backup of each of the last 7 days, of each of the last 4 weeks and of each of the
last 12 months is kept, and always the newest of all. Everything else may be deleted. The
buckets are calendar days, ISO weeks and calendar months in the time zone of the stamps given
(the caller passes local times so that "a day" is the office's day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from typing import Final

DAYS: Final = 7
WEEKS: Final = 4
MONTHS: Final = 12
# The most backups at or before `now` that `keep` ever keeps (the newest is always one of them).
MOST_KEPT: Final = DAYS + WEEKS + MONTHS + 1


def _day(moment: dt.datetime) -> Hashable:
    return moment.date()


def _week(moment: dt.datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: dt.datetime) -> Hashable:
    return (moment.year, moment.month)


def _recent_days(now: dt.datetime) -> set[Hashable]:
    today = now.date()
    return {today - dt.timedelta(days=n) for n in range(DAYS)}


def _recent_weeks(now: dt.datetime) -> set[Hashable]:
    today = now.date()
    return {
        _week(dt.datetime.combine(today - dt.timedelta(weeks=n), dt.time())) for n in range(WEEKS)
    }


def _recent_months(now: dt.datetime) -> set[Hashable]:
    year, month = now.year, now.month
    found: set[Hashable] = set()
    for _ in range(MONTHS):
        found.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found


_RULES: Final[
    tuple[tuple[Callable[[dt.datetime], Hashable], Callable[[dt.datetime], set[Hashable]]], ...]
] = (
    (_day, _recent_days),
    (_week, _recent_weeks),
    (_month, _recent_months),
)


def keep(stamps: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The backups to keep, given when each was taken.

    Args:
        stamps: when each backup was taken (all naive or all aware, like `now`).
        now: the present moment, in the same time zone as the stamps.

    Returns:
        The stamps to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 calendar
        months (today, this week and this month included), and the newest of all. A stamp later
        than `now` (the clock was wrong, or changed) is always kept: we cannot tell how old it
        is, and a backup is never deleted on a guess.
    """
    every = set(stamps)
    if not every:
        return set()
    kept = {max(every)}
    kept |= {stamp for stamp in every if stamp > now}
    past = [stamp for stamp in every if stamp <= now]
    for bucket_of, recent in _RULES:
        wanted = recent(now)
        newest: dict[Hashable, dt.datetime] = {}
        for stamp in past:
            bucket = bucket_of(stamp)
            if bucket in wanted and (bucket not in newest or stamp > newest[bucket]):
                newest[bucket] = stamp
        kept |= set(newest.values())
    return kept
