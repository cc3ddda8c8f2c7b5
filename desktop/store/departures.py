"""Departure rows: insert, update, read, and the look-ups the rules need."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import operator
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from desktop.core.departure import DATE_FIELDS, Departure
from desktop.core.errors import Cancelled, NotFound, StaleRecord
from desktop.core.ids import new_id, new_ids
from desktop.core.rules import DuplicateCandidate
from desktop.store.engine import (
    Database,
    bulk_cache,
    insert_rows,
    is_server,
    json_values,
    lock_keys,
    temp_table,
)

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
BULK_CACHE_KIB = 256 * 1024
_SELECT = "SELECT {} FROM departures".format(", ".join(ALL_COLUMNS))


def _values(departure: Departure, columns: Sequence[str]) -> list[Any]:
    row = departure.to_row()
    return [row[c] for c in columns]


def insert(db: Database, departure: Departure, *, user: str, at: str) -> Departure:
    """Store a new departure (inside the caller's transaction) and return it with its key."""
    stored = departure.replace(id=departure.id or new_id(), version=1)
    db.conn.execute(_INSERT, [*_values(stored, RECORD_COLUMNS), at, at, user, user])
    return stored


_KEEP = object()
BULK_CHUNK = 5000
# Rows per statement when staged rows are stored: a progress step and a chance to cancel.
BULK_STORE_CHUNK = 20_000
_STAGING = "departures_staging"
# One row's stored columns, read in C from each departure.
_RECORD_VALUES = operator.attrgetter(*RECORD_COLUMNS)


@dataclass
class Staged:
    """Departures waiting in a temporary table for `insert_staged`, with their stored values.

    `columns` holds every record column's stored value per row (keys included), for the
    audit rows that go with them; the columns with one value for all rows are bound once
    rather than staged row by row.
    """

    count: int
    columns: dict[str, list[Any]]
    varying: tuple[str, ...]
    constant: dict[str, Any]


def _stored_columns(departures: Sequence[Departure], contingent: object) -> dict[str, list[Any]]:
    """The values to store, column by column: dates as ISO text, keys made where missing."""
    count = len(departures)
    values = zip(*map(_RECORD_VALUES, departures), strict=True)
    columns: dict[str, list[Any]] = {}
    for name, stored in zip(RECORD_COLUMNS, values, strict=True):
        column = list(stored)
        if name in DATE_FIELDS:
            iso = {v: v.isoformat() for v in set(column) if v is not None}
            column = [iso.get(v) for v in column]
        elif name == "id":
            missing = column.count(None) + column.count("")
            if missing:
                keys = iter(new_ids(missing))
                column = [v or next(keys) for v in column]
        elif name == "version":
            column = [1] * count
        elif name == "contingent_id" and contingent is not _KEEP:
            column = [contingent] * count
        columns[name] = column
    return columns


def stage(
    db: Database,
    departures: Sequence[Departure],
    *,
    contingent_id: object = _KEEP,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Staged:
    """Put departures into the connection's temporary table (the file is not touched).

    Args:
        contingent_id: put every row into this contingent (None: into none).
        cancelled: asked between chunks; True raises Cancelled.
    """
    columns = _stored_columns(departures, contingent_id)
    count = len(departures)
    constant = {
        name: column[0]
        for name, column in columns.items()
        if name != "id" and count and column.count(column[0]) == count
    }
    varying = tuple(name for name in RECORD_COLUMNS if name not in constant)
    conn = db.conn
    staging = temp_table(db, _STAGING)
    conn.execute(f"DROP TABLE IF EXISTS {staging}")
    conn.execute(
        f"CREATE TEMP TABLE {_STAGING} AS SELECT {', '.join(varying)} FROM departures LIMIT 0"
    )
    if is_server(db):  # the rows' order, as a file's temporary table keeps it in its rowid
        conn.execute(f"ALTER TABLE {staging} ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY")
    rows = list(zip(*(columns[name] for name in varying), strict=True))
    for start in range(0, count, BULK_CHUNK):
        if cancelled and cancelled():
            raise Cancelled("Cancelled; nothing was written.")
        insert_rows(db, staging, varying, rows[start : start + BULK_CHUNK])
        if progress:
            progress(min(start + BULK_CHUNK, count), count)
    return Staged(count, columns, varying, constant)


def insert_staged(
    db: Database,
    staged: Staged,
    *,
    user: str,
    at: str,
    alongside: Callable[[], object] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Store the staged departures (inside the caller's transaction).

    The rows go into `departures` in a few large `INSERT … SELECT` statements, which SQLite
    does far faster than row by row (each index is filled in a tight loop); the per-row
    name-index trigger is set aside and the new rows are indexed with one statement too
    (DESIGN.md, the FTS trap).

    Args:
        alongside: Python work to do meanwhile on another thread (SQLite does not hold
            Python's lock while it fills the indexes, so both cores work); its error, if any,
            is raised here.
        progress: told how many rows are stored, after each statement.
        cancelled: asked between statements; True raises Cancelled.

    Returns:
        The first and last rowid written (rowids of one bulk insert are consecutive).
    """
    conn = db.conn
    constant = {**staged.constant, "created_at": at, "updated_at": at}
    constant |= {"created_by": user, "updated_by": user}
    names = (*staged.varying, *constant)
    selected = (*staged.varying, *(f":{name}" for name in constant))
    store = (
        f"INSERT INTO departures({', '.join(names)}) SELECT {', '.join(selected)} "
        f"FROM {temp_table(db, _STAGING)} WHERE rowid BETWEEN :from_row AND :to_row "
        "ORDER BY rowid"
    )
    if is_server(db):
        return _insert_staged_on_server(
            db, staged, store, constant, alongside=alongside, progress=progress,
            cancelled=cancelled,
        )  # fmt: skip
    (first,) = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM departures").fetchone()
    if not staged.count:
        return first, first - 1
    # Random CNIC and passport keys touch pages all over their indexes: a bigger page cache
    # keeps a long import from slowing down as the file grows.
    bulk_cache(db, BULK_CACHE_KIB)
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'departures_fts_insert'"
    ).fetchone()[0]
    count, last = staged.count, first + staged.count - 1
    with ThreadPoolExecutor(max_workers=1) as helper:
        meanwhile = helper.submit(alongside) if alongside else None
        conn.execute("DROP TRIGGER departures_fts_insert")
        for start in range(1, count + 1, BULK_STORE_CHUNK):
            if cancelled and cancelled():
                raise Cancelled("Cancelled; nothing was written.")
            end = min(start + BULK_STORE_CHUNK - 1, count)
            conn.execute(store, {**constant, "from_row": start, "to_row": end})
            if progress and end < count:  # all stored once indexed for name search too
                progress(end, count)
        conn.execute(
            "INSERT INTO departures_fts(rowid, surname, given_names, father_name) "
            "SELECT rowid, surname, given_names, father_name FROM departures "
            "WHERE rowid BETWEEN ? AND ?",
            (first, last),
        )
        conn.execute(trigger_sql)
        conn.execute(f"DROP TABLE {temp_table(db, _STAGING)}")
        if meanwhile:
            meanwhile.result()
    if progress:
        progress(count, count)
    return first, last


def _insert_staged_on_server(
    db: Database,
    staged: Staged,
    store: str,
    constant: dict[str, Any],
    *,
    alongside: Callable[[], object] | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, int]:
    """`insert_staged` on the office server: its trigger keeps the name keys, its sequence
    numbers the rows (another desk's save may take a number in between)."""
    conn = db.conn
    count = staged.count
    first, last = 0, -1
    numbered = f"WITH stored AS ({store} RETURNING rowid) SELECT min(rowid), max(rowid) FROM stored"
    with ThreadPoolExecutor(max_workers=1) as helper:
        meanwhile = helper.submit(alongside) if alongside else None
        for start in range(1, count + 1, BULK_STORE_CHUNK):
            if cancelled and cancelled():
                raise Cancelled("Cancelled; nothing was written.")
            end = min(start + BULK_STORE_CHUNK - 1, count)
            low, high = conn.execute(
                numbered, {**constant, "from_row": start, "to_row": end}
            ).fetchone()
            first = low if not first else min(first, low)
            last = max(last, high)
            if progress and end < count:
                progress(end, count)
        conn.execute(f"DROP TABLE {temp_table(db, _STAGING)}")
        if meanwhile:
            meanwhile.result()
    if progress:
        progress(count, count)
    return int(first), int(last)


def insert_many(
    db: Database,
    departures: Sequence[Departure],
    *,
    user: str,
    at: str,
    contingent_id: object = _KEEP,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """`stage` then `insert_staged`: many departures at once, inside the caller's transaction.

    Returns:
        The first and last rowid written.
    """
    staged = stage(
        db, departures, contingent_id=contingent_id, progress=progress, cancelled=cancelled
    )
    return insert_staged(db, staged, user=user, at=at)


def update(db: Database, departure: Departure, *, user: str, at: str) -> Departure:
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


def get(db: Database, departure_id: str) -> Departure | None:
    """One departure by key, or None."""
    row = db.conn.execute(_SELECT + " WHERE id = ?", (departure_id,)).fetchone()
    return Departure.from_row(dict(zip(ALL_COLUMNS, row, strict=True))) if row else None


def get_row(db: Database, departure_id: str) -> dict[str, Any] | None:
    """One departure's stored columns, bookkeeping included, or None."""
    row = db.conn.execute(_SELECT + " WHERE id = ?", (departure_id,)).fetchone()
    return dict(zip(ALL_COLUMNS, row, strict=True)) if row else None


# Every save that checks for duplicates holds this key shared; a bulk import holds it alone.
_ALL_KEYS = "departure keys"


def hold_keys(db: Database, cnic: str, passport_no: str) -> None:
    """Hold a person's CNIC and passport number until the write transaction ends: another
    desk saving the same person waits, then sees this save (the duplicate rule across desks).
    """
    lock_keys(db, _ALL_KEYS, shared=True)
    lock_keys(db, f"cnic {cnic}" if cnic else "", f"passport {passport_no}" if passport_no else "")


def hold_all_keys(db: Database) -> None:
    """Hold every CNIC and passport number until the write transaction ends (a bulk import:
    the desks' single saves wait for it, and it for them)."""
    lock_keys(db, _ALL_KEYS)


def duplicates(
    db: Database, cnic: str, passport_no: str, *, exclude_id: str | None = None
) -> list[DuplicateCandidate]:
    """Stored departures with the same CNIC or passport number (both indexed).

    Inside a write transaction the two keys are held first (`hold_keys`), so that the check
    and the save that follows it are one step for the other desks.
    """
    if db.conn.in_transaction:
        hold_keys(db, cnic, passport_no)
    rows = db.conn.execute(
        "SELECT id, given_names, surname, cnic, passport_no, status, departure_date, office "
        "FROM departures WHERE cnic = ? "
        "UNION SELECT id, given_names, surname, cnic, passport_no, status, departure_date, "
        "office FROM departures WHERE passport_no = ?",
        (cnic, passport_no),
    ).fetchall()
    return [_candidate(row) for row in rows if row[0] != exclude_id]


def count(db: Database) -> int:
    """How many departures the file holds."""
    return int(db.conn.execute("SELECT count(*) FROM departures").fetchone()[0])


def duplicates_many(
    db: Database, cnics: Iterable[str], passports: Iterable[str]
) -> dict[str, list[DuplicateCandidate]]:
    """Stored departures sharing any of these CNICs or passport numbers, by that key.

    One query per key column: the keys go in as one JSON array, sorted so that the lookups
    walk each index from start to end.
    """
    found: dict[str, list[DuplicateCandidate]] = {}
    for column, keys in (("cnic", cnics), ("passport_no", passports)):
        wanted = sorted({k for k in keys if k})
        if not wanted:
            continue
        rows = db.conn.execute(
            "SELECT d.id, d.given_names, d.surname, d.cnic, d.passport_no, d.status, "
            f"d.departure_date, d.office FROM {json_values(db)} "
            f"JOIN departures AS d ON d.{column} = wanted.value",
            (json.dumps(wanted),),
        ).fetchall()
        for row in rows:
            key = row[3] if column == "cnic" else row[4]
            found.setdefault(key, []).append(_candidate(row))
    return found


def _candidate(row: Sequence[Any]) -> DuplicateCandidate:
    """A duplicate from (id, given names, surname, CNIC, passport, status, date, office)."""
    return DuplicateCandidate(
        id=row[0],
        full_name=" ".join(part for part in (row[1], row[2]) if part),
        cnic=row[3],
        passport_no=row[4],
        status=row[5],
        departure_date=dt.date.fromisoformat(row[6]) if row[6] else None,
        office=row[7],
    )


def people(db: Database) -> list[DuplicateCandidate]:
    """Every departure as the duplicate rule sees it (id, name, CNIC, passport, status, date,
    office), in the order recorded: what a local file brings to the office server."""
    rows = db.conn.execute(
        "SELECT id, given_names, surname, cnic, passport_no, status, departure_date, office "
        "FROM departures ORDER BY created_at, id"
    ).fetchall()
    return [_candidate(row) for row in rows]
