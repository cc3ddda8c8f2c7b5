"""Departure rows: insert, update, read, and the look-ups the rules need."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlite_utils

from desktop.core.departure import DATE_FIELDS, Departure
from desktop.core.errors import Cancelled, NotFound, StaleRecord
from desktop.core.ids import new_id, new_ids
from desktop.core.rules import DuplicateCandidate

# The record's own columns, in the dataclass's order; bookkeeping columns follow.
RECORD_COLUMNS = tuple(f.name for f in dataclasses.fields(Departure))
META_COLUMNS = ("created_at", "updated_at", "created_by", "updated_by")
ALL_COLUMNS = RECORD_COLUMNS + META_COLUMNS

_INSERT = "INSERT INTO departures({}) VALUES ({})".format(
    ", ".join(ALL_COLUMNS), ", ".join("?" for _ in ALL_COLUMNS)
)
_STAGE = "INSERT INTO temp.departures_staging({}) VALUES ({})".format(
    ", ".join(ALL_COLUMNS), ", ".join("?" for _ in ALL_COLUMNS)
)
_UPDATABLE = tuple(c for c in RECORD_COLUMNS if c not in ("id", "version", "office"))
_UPDATE = (
    "UPDATE departures SET {}, version = version + 1, updated_at = ?, updated_by = ? "
    "WHERE id = ? AND version = ?".format(", ".join(f"{c} = ?" for c in _UPDATABLE))
)
BULK_CACHE_KIB = 256 * 1024
_SELECT = "SELECT {} FROM departures".format(", ".join(ALL_COLUMNS))


def _values(departure: Departure, columns: Sequence[str]) -> list[Any]:
    row = departure.to_row()
    return [row[c] for c in columns]


def insert(db: sqlite_utils.Database, departure: Departure, *, user: str, at: str) -> Departure:
    """Store a new departure (inside the caller's transaction) and return it with its key."""
    stored = departure.replace(id=departure.id or new_id(), version=1)
    db.conn.execute(_INSERT, [*_values(stored, RECORD_COLUMNS), at, at, user, user])
    return stored


_KEEP = object()
BULK_CHUNK = 5000


def _bulk_rows(
    departures: Sequence[Departure], meta: tuple[str, str, str, str], contingent: object
) -> list[tuple[Any, ...]]:
    """The rows to store, built column by column (far faster than row by row in Python)."""
    columns: list[list[Any]] = []
    for name in RECORD_COLUMNS:
        column = [getattr(d, name) for d in departures]
        if name in DATE_FIELDS:
            column = [None if v is None else v.isoformat() for v in column]
        elif name == "id":
            missing = column.count(None) + column.count("")
            if missing:
                keys = iter(new_ids(missing))
                column = [v or next(keys) for v in column]
        elif name == "version":
            column = [1] * len(departures)
        elif name == "contingent_id" and contingent is not _KEEP:
            column = [contingent] * len(departures)
        columns.append(column)
    columns.extend([value] * len(departures) for value in meta)
    return list(zip(*columns, strict=True))


_STAGING = "temp.departures_staging"


def insert_many(
    db: sqlite_utils.Database,
    departures: Sequence[Departure],
    *,
    user: str,
    at: str,
    contingent_id: object = _KEEP,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Store many departures at once (inside the caller's transaction).

    The rows go first into a temporary table and then into `departures` with one statement,
    which SQLite does faster than row by row (each index is filled in a tight loop); the
    per-row name-index trigger is set aside the same way and the new rows are indexed with one
    statement (DESIGN.md, the FTS trap). A failure or a cancel rolls all of it back with the
    transaction.

    Args:
        contingent_id: put every row into this contingent (None: into none).
        cancelled: asked between chunks; True raises Cancelled.

    Returns:
        The first and last rowid written (rowids of one bulk insert are consecutive).
    """
    conn = db.conn
    (first,) = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM departures").fetchone()
    if not departures:
        return first, first - 1
    # Random CNIC and passport keys touch pages all over their indexes: a bigger page cache
    # keeps a long import from slowing down as the file grows.
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    columns = ", ".join(ALL_COLUMNS)
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS departures_staging AS "
        f"SELECT {columns} FROM departures LIMIT 0"
    )
    conn.execute(f"DELETE FROM {_STAGING}")
    meta = (at, at, user, user)
    total = len(departures)
    for start in range(0, total, BULK_CHUNK):
        if cancelled and cancelled():
            raise Cancelled("Cancelled; nothing was written.")
        chunk = departures[start : start + BULK_CHUNK]
        conn.executemany(_STAGE, _bulk_rows(chunk, meta, contingent_id))
        if progress:
            progress(start + len(chunk), total)
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'departures_fts_insert'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER departures_fts_insert")
    conn.execute(f"INSERT INTO departures({columns}) SELECT {columns} FROM {_STAGING}")
    conn.execute(f"DELETE FROM {_STAGING}")
    last = first + total - 1
    conn.execute(
        "INSERT INTO departures_fts(rowid, surname, given_names, father_name) "
        "SELECT rowid, surname, given_names, father_name FROM departures "
        "WHERE rowid BETWEEN ? AND ?",
        (first, last),
    )
    conn.execute(trigger_sql)
    return first, last


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


def duplicates_many(
    db: sqlite_utils.Database, cnics: Iterable[str], passports: Iterable[str]
) -> dict[str, list[DuplicateCandidate]]:
    """Stored departures sharing any of these CNICs or passport numbers, by that key.

    Asked in chunks through the two indexes: one round trip per few hundred keys.
    """
    found: dict[str, list[DuplicateCandidate]] = {}
    for column, keys in (
        ("cnic", list(dict.fromkeys(cnics))),
        ("passport_no", list(dict.fromkeys(passports))),
    ):
        for start in range(0, len(keys), 500):
            chunk = [k for k in keys[start : start + 500] if k]
            if not chunk:
                continue
            rows = db.conn.execute(
                "SELECT id, given_names, surname, cnic, passport_no, status, departure_date, "
                f"office FROM departures WHERE {column} IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
            for row in rows:
                candidate = DuplicateCandidate(
                    id=row[0],
                    full_name=" ".join(part for part in (row[1], row[2]) if part),
                    cnic=row[3],
                    passport_no=row[4],
                    status=row[5],
                    departure_date=dt.date.fromisoformat(row[6]) if row[6] else None,
                    office=row[7],
                )
                found.setdefault(row[3] if column == "cnic" else row[4], []).append(candidate)
    return found
