"""Departure rows: insert, update, read, and the look-ups the rules need."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from desktop.core.departure import Departure
from desktop.core.errors import NotFound, StaleRecord
from desktop.core.ids import new_id
from desktop.core.rules import DuplicateCandidate

# The record's own columns, in the dataclass's order; bookkeeping columns follow.
RECORD_COLUMNS = tuple(f.name for f in dataclasses.fields(Departure))
META_COLUMNS = ("created_at", "updated_at", "created_by", "updated_by")
ALL_COLUMNS = RECORD_COLUMNS + META_COLUMNS

_INSERT = "INSERT INTO departures({}) VALUES ({})".format(
    ", ".join(ALL_COLUMNS), ", ".join("?" for _ in ALL_COLUMNS)
)
_UPDATABLE = tuple(c for c in RECORD_COLUMNS if c not in ("id", "version", "office"))
_UPDATE = (
    "UPDATE departures SET {}, version = version + 1, updated_at = ?, updated_by = ? "
    "WHERE id = ? AND version = ?".format(", ".join(f"{c} = ?" for c in _UPDATABLE))
)
BULK_CACHE_KIB = 64 * 1024
_SELECT = "SELECT {} FROM departures".format(", ".join(ALL_COLUMNS))


def _values(departure: Departure, columns: Sequence[str]) -> list[Any]:
    row = departure.to_row()
    return [row[c] for c in columns]


def insert(db: sqlite_utils.Database, departure: Departure, *, user: str, at: str) -> Departure:
    """Store a new departure (inside the caller's transaction) and return it with its key."""
    stored = departure.replace(id=departure.id or new_id(), version=1)
    db.conn.execute(_INSERT, [*_values(stored, RECORD_COLUMNS), at, at, user, user])
    return stored


def insert_many(
    db: sqlite_utils.Database, departures: Iterable[Departure], *, user: str, at: str
) -> list[Departure]:
    """Store many departures at once (inside the caller's transaction).

    The per-row name-index trigger would cap a bulk insert near 30,000 rows/s; instead the
    trigger is set aside inside the transaction and the new rows are indexed with one
    statement, which SQLite does several times faster. A failure rolls all of it back.
    """
    stored = [
        d if d.id and d.version == 1 else d.replace(id=d.id or new_id(), version=1)
        for d in departures
    ]
    if not stored:
        return stored
    conn = db.conn
    # Random CNIC and passport keys touch pages all over their indexes: a bigger page cache
    # keeps a long import from slowing down as the file grows.
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    (last_rowid,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM departures").fetchone()
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'departures_fts_insert'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER departures_fts_insert")
    conn.executemany(_INSERT, ([*_values(d, RECORD_COLUMNS), at, at, user, user] for d in stored))
    conn.execute(
        "INSERT INTO departures_fts(rowid, surname, given_names, father_name) "
        "SELECT rowid, surname, given_names, father_name FROM departures WHERE rowid > ?",
        (last_rowid,),
    )
    conn.execute(trigger_sql)
    return stored


def update(db: sqlite_utils.Database, departure: Departure, *, user: str, at: str) -> Departure:
    """Store a changed departure whose `version` is the one that was read.

    Raises:
        StaleRecord: someone saved the record in between.
    """
    cursor = db.conn.execute(
        _UPDATE, [*_values(departure, _UPDATABLE), at, user, departure.id, departure.version]
    )
    if cursor.rowcount != 1:
        if get(db, str(departure.id)) is None:
            raise NotFound("This departure no longer exists.")
        raise StaleRecord(
            "Someone else saved this departure after you opened it; "
            "close it and open it again to see their change."
        )
    return departure.replace(version=departure.version + 1)


def get(db: sqlite_utils.Database, departure_id: str) -> Departure | None:
    """One departure by key, or None."""
    row = db.conn.execute(_SELECT + " WHERE id = ?", (departure_id,)).fetchone()
    return Departure.from_row(dict(zip(ALL_COLUMNS, row, strict=True))) if row else None


def get_row(db: sqlite_utils.Database, departure_id: str) -> dict[str, Any] | None:
    """One departure's stored columns, bookkeeping included, or None."""
    row = db.conn.execute(_SELECT + " WHERE id = ?", (departure_id,)).fetchone()
    return dict(zip(ALL_COLUMNS, row, strict=True)) if row else None


def duplicates(
    db: sqlite_utils.Database, cnic: str, passport_no: str, *, exclude_id: str | None = None
) -> list[DuplicateCandidate]:
    """Stored departures with the same CNIC or passport number (both indexed)."""
    rows = db.conn.execute(
        "SELECT id, given_names, surname, cnic, passport_no, status, departure_date, office "
        "FROM departures WHERE cnic = ? "
        "UNION SELECT id, given_names, surname, cnic, passport_no, status, departure_date, "
        "office FROM departures WHERE passport_no = ?",
        (cnic, passport_no),
    ).fetchall()
    return [
        DuplicateCandidate(
            id=row[0],
            full_name=" ".join(part for part in (row[1], row[2]) if part),
            cnic=row[3],
            passport_no=row[4],
            status=row[5],
            departure_date=dt.date.fromisoformat(row[6]) if row[6] else None,
            office=row[7],
        )
        for row in rows
        if row[0] != exclude_id
    ]


def count(db: sqlite_utils.Database) -> int:
    """How many departures the file holds."""
    return int(db.conn.execute("SELECT count(*) FROM departures").fetchone()[0])
