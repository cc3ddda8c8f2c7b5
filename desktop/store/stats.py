"""Departures counted for the dashboard: by office, destination, trade, channel and month.

One statement reads a period once. Its inner query groups by the columns of the
`departures_dashboard` index in the index's own order, so SQLite answers it from the index
alone, streaming (no table row is read, no temporary sort); the outer queries fold those
few thousand groups into one list per dimension. A year of 800,000 departures takes well
under a second this way, where one GROUP BY per dimension over the table takes two each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Final

from desktop.store.engine import Database, unindexed

DIMENSIONS: Final = ("office", "destination", "trade", "channel", "month")
OTHER: Final = "Other"

_SQL: Final = """
WITH cube AS MATERIALIZED (
    SELECT departure_date AS day, office, destination, trade, channel, count(*) AS n
    FROM departures
    WHERE departure_date BETWEEN ? AND ? {status}
    GROUP BY departure_date, office, destination, trade, channel
)
SELECT 'office', office, sum(n) FROM cube GROUP BY office
UNION ALL SELECT 'destination', destination, sum(n) FROM cube GROUP BY destination
UNION ALL SELECT 'trade', trade, sum(n) FROM cube GROUP BY trade
UNION ALL SELECT 'channel', channel, sum(n) FROM cube GROUP BY channel
UNION ALL SELECT 'month', substr(day, 1, 7), sum(n) FROM cube GROUP BY substr(day, 1, 7)
"""

Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Totals:
    """Departures of a period counted along each dimension.

    Attributes:
        counts: dimension -> (value, departures) pairs: the largest first (ties by value),
            except "month", which lists every month of the period in order, empty ones as 0.
            Values are as stored: office and destination codes, trades, OEC/OEP, YYYY-MM.
    """

    date_from: dt.date
    date_to: dt.date
    statuses: tuple[str, ...] = ()
    total: int = 0
    counts: dict[str, Counts] = field(default_factory=dict)

    def of(self, dimension: str) -> Counts:
        """The (value, departures) pairs of one dimension."""
        return self.counts.get(dimension, ())


def months(date_from: dt.date, date_to: dt.date) -> list[str]:
    """Every month the period touches, as YYYY-MM, in order."""
    found = []
    year, month = date_from.year, date_from.month
    while (year, month) <= (date_to.year, date_to.month):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def totals(
    db: Database,
    date_from: dt.date,
    date_to: dt.date,
    *,
    statuses: Collection[str] = (),
) -> Totals:
    """Count the departures leaving in [date_from, date_to] along every dimension.

    Args:
        statuses: count only departures with one of these statuses (all when empty), e.g.
            every status but "withdrawn".
    """
    chosen = tuple(sorted(statuses))
    # The unary + keeps SQLite on the covering index rather than the one on status alone.
    status = (
        f"AND {unindexed(db, 'status')} IN ({', '.join('?' for _ in chosen)})" if chosen else ""
    )
    params = [date_from.isoformat(), date_to.isoformat(), *chosen]
    found: dict[str, dict[str, int]] = {name: {} for name in DIMENSIONS}
    for dimension, value, number in db.conn.execute(_SQL.format(status=status), params):
        found[dimension][str(value)] = int(number)
    counts = {name: _largest_first(found[name]) for name in DIMENSIONS if name != "month"}
    counts["month"] = tuple((m, found["month"].get(m, 0)) for m in months(date_from, date_to))
    return Totals(
        date_from=date_from,
        date_to=date_to,
        statuses=chosen,
        total=sum(found["office"].values()),
        counts=counts,
    )


def _largest_first(counts: dict[str, int]) -> Counts:
    return tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))


def top(counts: Sequence[tuple[str, int]], limit: int = 15, other: str = OTHER) -> Counts:
    """The `limit` largest, and the rest summed as `other` (a lone rest keeps its own name).

    Args:
        counts: (value, departures) pairs, largest first.
    """
    if len(counts) <= limit + 1:
        return tuple(counts)
    rest = sum(number for _, number in counts[limit:])
    return (*counts[:limit], (other, rest))
