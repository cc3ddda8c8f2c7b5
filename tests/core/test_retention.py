import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.retention import MOST_KEPT, keep

NOW = dt.datetime(2026, 3, 1, 18, 0)  # a Sunday


def at(day: str, time: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}")


def test_nothing_to_keep_of_nothing():
    assert keep([], NOW) == set()


def test_one_backup_is_always_kept_however_old():
    ancient = at("2019-01-01")
    assert keep([ancient], NOW) == {ancient}


def test_the_newest_of_each_of_the_last_seven_days():
    stamps = [at("2026-03-01", "08:00"), at("2026-03-01", "17:00")]
    stamps += [at(f"2026-02-{d:02d}", "10:00") for d in range(20, 29)]
    kept = keep(stamps, NOW)
    assert at("2026-03-01", "17:00") in kept
    assert at("2026-03-01", "08:00") not in kept  # same day, older
    for day in range(23, 29):  # Feb 23-28 and Mar 1 are the last seven days
        assert at(f"2026-02-{day:02d}", "10:00") in kept


def test_a_day_beyond_the_week_survives_only_as_its_week_or_month():
    # Sunday 22 Feb closes ISO week 8: it is that week's newest, so it stays.
    stamps = [at(f"2026-02-{d:02d}") for d in range(16, 23)] + [at("2026-03-01")]
    kept = keep(stamps, NOW)
    assert at("2026-02-22") in kept
    assert at("2026-02-16") not in kept and at("2026-02-21") not in kept


def test_four_weeks_then_months():
    # One backup every day for 400 days.
    stamps = [NOW - dt.timedelta(days=n) for n in range(400)]
    kept = keep(stamps, NOW)
    days = {s.date() for s in kept}
    # The last seven days.
    assert {NOW.date() - dt.timedelta(days=n) for n in range(7)} <= days
    # The Sundays closing the previous three ISO weeks (the fourth is this week).
    for weeks_back in (1, 2, 3):
        assert NOW.date() - dt.timedelta(weeks=weeks_back) in days
    # The last day of each of the previous eleven months.
    for month_end in ("2026-02-28", "2026-01-31", "2025-12-31", "2025-06-30", "2025-04-30"):
        assert dt.date.fromisoformat(month_end) in days
    assert dt.date(2025, 3, 31) not in days  # thirteen months back: gone
    assert len(kept) <= MOST_KEPT


def test_a_backup_from_the_future_is_kept():
    ahead = NOW + dt.timedelta(days=3)
    kept = keep([ahead, at("2026-03-01", "10:00"), at("2026-03-01", "11:00")], NOW)
    assert ahead in kept
    assert at("2026-03-01", "11:00") in kept


def test_time_zones_are_respected():
    karachi = dt.timezone(dt.timedelta(hours=5))
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=karachi)
    # 00:30 and 23:30 in Karachi fall on different days there (the same UTC day).
    late = dt.datetime(2026, 2, 28, 23, 30, tzinfo=karachi)
    early = dt.datetime(2026, 3, 1, 0, 30, tzinfo=karachi)
    assert keep([late, early], now) == {late, early}


moments = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=NOW)


@settings(max_examples=300)
@given(st.lists(moments, max_size=300))
def test_properties(stamps):
    kept = keep(stamps, NOW)
    assert kept <= set(stamps)
    if stamps:
        assert max(stamps) in kept  # never deletes the newest
    assert len(kept) <= MOST_KEPT  # 7 + 4 + 12, plus the newest
    assert keep(kept, NOW) == kept  # pruning again deletes nothing more


@settings(max_examples=100)
@given(st.lists(moments, min_size=1, max_size=200), st.integers(min_value=0, max_value=60))
def test_a_kept_daily_backup_is_not_lost_by_waiting_a_little(stamps, hours):
    # Pruning now and again a few hours later never deletes the newest of today.
    later = NOW + dt.timedelta(hours=hours)
    kept_now = keep(stamps, NOW)
    assert max(stamps) in keep(kept_now, later)
