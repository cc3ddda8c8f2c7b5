"""Dashboard counts: equal to a direct count, per dimension, for any period and statuses."""

import datetime as dt
import random

import pytest

from desktop.core.departure import Departure
from desktop.store import departures, stats, write

OFFICES = ("ISB", "KHI", "LHE", "PEW")
DESTINATIONS = ("SA", "AE", "QA", "OM", "MY", "GB", "IT", "RO")
TRADES = ("Electrician", "Driver", "Mason", "Nurse", "Welder", "Cook", "Plumber")
STATUSES = ("recorded", "departed", "no-show", "withdrawn")


def departure(rng: random.Random, serial: int) -> Departure:
    sex = rng.choice("MF")
    return Departure(
        surname="KHAN",
        father_name="ALI KHAN",
        cnic=f"35202-{serial:07d}-{rng.choice('13579' if sex == 'M' else '02468')}",
        passport_no=f"AB{serial:07d}",
        passport_expiry=dt.date(2032, 1, 1),
        birth_date=dt.date(1990, 1, 1),
        sex=sex,
        trade=rng.choice(TRADES),
        destination=rng.choice(DESTINATIONS),
        channel=rng.choice(("OEC", "OEP")),
        departure_date=dt.date(2025, 11, 1) + dt.timedelta(days=rng.randrange(240)),
        status=rng.choice(STATUSES),
        office=rng.choice(OFFICES),
    )


@pytest.fixture
def register(db):
    rng = random.Random(11)
    with write(db):
        departures.insert_many(
            db, [departure(rng, n) for n in range(600)], user="amina", at="2026-03-01T09:00:00Z"
        )
    return db


def direct(db, column, date_from, date_to, statuses=()):
    sql = f"SELECT {column}, count(*) FROM departures WHERE departure_date BETWEEN ? AND ?"
    params = [date_from.isoformat(), date_to.isoformat()]
    if statuses:
        sql += f" AND status IN ({', '.join('?' for _ in statuses)})"
        params += list(statuses)
    return dict(register_rows(db, sql + " GROUP BY 1", params))


def register_rows(db, sql, params):
    return db.conn.execute(sql, params).fetchall()


@pytest.mark.parametrize(
    "statuses", [(), ("recorded", "departed", "no-show"), ("departed",)], ids=str
)
def test_every_dimension_equals_a_direct_count(register, statuses):
    date_from, date_to = dt.date(2026, 1, 1), dt.date(2026, 3, 31)

    found = stats.totals(register, date_from, date_to, statuses=statuses)

    for dimension in ("office", "destination", "trade", "channel"):
        assert dict(found.of(dimension)) == direct(
            register, dimension, date_from, date_to, statuses
        ), dimension
    by_month = direct(register, "substr(departure_date, 1, 7)", date_from, date_to, statuses)
    assert dict(found.of("month")) == by_month
    assert found.total == sum(by_month.values()) > 0


def test_the_largest_come_first_and_every_month_is_listed(register):
    found = stats.totals(register, dt.date(2025, 12, 15), dt.date(2026, 2, 10))

    numbers = [n for _, n in found.of("destination")]
    assert numbers == sorted(numbers, reverse=True)
    assert [m for m, _ in found.of("month")] == ["2025-12", "2026-01", "2026-02"]


def test_the_period_includes_both_ends(register):
    (day, number), *_ = register_rows(
        register,
        "SELECT departure_date, count(*) FROM departures GROUP BY 1 ORDER BY 2 DESC",
        [],
    )
    one_day = dt.date.fromisoformat(day)
    assert stats.totals(register, one_day, one_day).total == number


def test_an_empty_period_has_no_departures_and_empty_months(register):
    found = stats.totals(register, dt.date(2030, 1, 1), dt.date(2030, 2, 28))

    assert found.total == 0
    assert found.of("office") == ()
    assert found.of("month") == (("2030-01", 0), ("2030-02", 0))


@pytest.mark.file_only("SQLite's query plan")
def test_the_counts_come_from_the_covering_index_alone(register):
    sql = stats._SQL.format(status="AND +status IN (?)")
    plan = " ".join(
        row[3]
        for row in register_rows(
            register, "EXPLAIN QUERY PLAN " + sql, ["2026-01-01", "2026-12-31", "departed"]
        )
    )
    assert "COVERING INDEX departures_dashboard" in plan


def test_top_keeps_the_largest_and_sums_the_rest():
    counts = tuple((f"trade {n:02d}", 100 - n) for n in range(20))

    shown = stats.top(counts, 15)

    assert shown[:15] == counts[:15]
    assert shown[15] == ("Other", sum(n for _, n in counts[15:]))
    assert stats.top(counts[:16], 15) == counts[:16]  # a lone rest keeps its name


def test_months_cross_the_new_year():
    assert stats.months(dt.date(2025, 11, 30), dt.date(2026, 2, 1)) == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    assert stats.months(dt.date(2026, 3, 5), dt.date(2026, 3, 5)) == ["2026-03"]
