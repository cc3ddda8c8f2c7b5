"""The append-only audit log: who did what, when, and what changed — with a hash chain.

Every row stores `hash = SHA-256(previous row's hash + this row's columns)`. Editing any column,
deleting or reordering rows breaks the chain from that row on; deleting the newest rows is
caught by comparing the head hash with one kept elsewhere (About box, manifests, backups).
UPDATE and DELETE are refused by triggers; `verify` recomputes everything from the columns.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from desktop.core.errors import Cancelled
from desktop.store.engine import Database, lock_keys, stream

# The hash before the first row.
GENESIS: Final = "0" * 64
_COLUMNS: Final = ("id", "at", "user", "action", "entity", "entity_id", "before", "after", "reason")
_INSERT: Final = (
    "INSERT INTO audit(id, at, user, action, entity, entity_id, before, after, reason, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# One encoder for every row: `json.dumps` with options builds a new one per call, which
# doubled the time bulk imports spend writing their audit rows.
_ENCODE: Final = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode


def dumps(values: Mapping[str, Any] | None) -> str | None:
    """Changed fields as compact, key-sorted JSON (None stays NULL)."""
    if values is None:
        return None
    return _ENCODE(values)


def row_hash(previous: str, row: Sequence[Any]) -> str:
    """The chain hash of one row: its columns (in `_COLUMNS` order) after the previous hash.

    Each value is written as its length and its text (NULL as "-"), so that no two different
    rows can give the same bytes however their texts are cut.
    """
    parts = [previous]
    for value in row:
        if value is None:
            parts.append("-")
        else:
            text = value if type(value) is str else str(value)
            parts.append(f"{len(text)}:{text}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


# The key of a bulk creation row's `after` that holds `created_hash` of the stored record.
ROW_HASH: Final = "row_sha256"


def created_hash(values: Sequence[Any]) -> str:
    """SHA-256 of a record's stored values (in a fixed column order), for bulk creations.

    The values are written as one compact JSON array, so that values cut differently never
    give the same bytes. `desktop.store.replay` compares it with the values it recovers from
    the record as stored and its logged changes.
    """
    return hashlib.sha256(_ENCODE(values).encode()).hexdigest()


def secret_fingerprint(value: str) -> str:
    """What the log keeps of a stored secret (a password's Argon2 hash): its SHA-256.

    Enough for the replay to see the hash replaced behind the program's back; nothing to
    attack a password with (the hash's salt is not in it).
    """
    return hashlib.sha256(value.encode()).hexdigest()


def head(db: Database) -> str:
    """The newest row's hash (GENESIS for an empty log)."""
    row = db.conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


# The key every append holds until its transaction ends: one chain, however many desks write.
CHAIN_LOCK: Final = "audit chain"


def _head_for_append(db: Database) -> tuple[int, str]:
    """The newest row, read under the chain's lock (taken until the caller's transaction ends,
    so that no other desk appends between this read and this transaction's commit)."""
    lock_keys(db, CHAIN_LOCK)
    return _last(db)


def _last(db: Database) -> tuple[int, str]:
    row = db.conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def append(
    db: Database,
    *,
    at: str,
    user: str,
    action: str,
    entity: str,
    entity_id: str | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    reason: str = "",
) -> int:
    """Add one row inside the caller's write transaction; returns its id."""
    last_id, previous = _head_for_append(db)
    row = (last_id + 1, at, user, action, entity, entity_id, dumps(before), dumps(after), reason)
    db.conn.execute(_INSERT, (*row, row_hash(previous, row)))
    return last_id + 1


def append_many(db: Database, rows: Iterable[Mapping[str, Any]]) -> int:
    """Add many rows at once (bulk work), chained in order; returns how many."""
    last_id, previous = _head_for_append(db)
    values = []
    for number, r in enumerate(rows, start=last_id + 1):
        row = (
            number,
            r["at"],
            r["user"],
            r["action"],
            r["entity"],
            r.get("entity_id"),
            dumps(r.get("before")),
            dumps(r.get("after")),
            r.get("reason", ""),
        )
        previous = row_hash(previous, row)
        values.append((*row, previous))
    db.conn.executemany(_INSERT, values)
    return len(values)


def chain_existing(db: Database) -> None:
    """Give rows written before the chain existed their hashes (a one-time migration)."""
    previous = GENESIS
    rows = db.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM audit ORDER BY id").fetchall()
    for row in rows:
        previous = row_hash(previous, tuple(row))
        db.conn.execute("UPDATE audit SET hash = ? WHERE id = ?", (previous, row[0]))


@dataclass(frozen=True)
class Verdict:
    """What `verify` found."""

    ok: bool
    rows: int
    head: str
    broken_id: int | None = None
    message: str = ""


def verify(
    db: Database,
    *,
    expect_head: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Verdict:
    """Recompute every row's hash from its columns, in order.

    Args:
        expect_head: a head hash recorded earlier (About box, a manifest, a backup). The log
            must contain it: a log that ends before it has lost its newest rows.
        progress: called with (rows checked, rows in all) every 20,000 rows.
        cancelled: asked as often; True stops with Cancelled.
    """
    total = 0
    if progress:
        (total,) = db.conn.execute("SELECT count(*) FROM audit").fetchone()
    previous = GENESIS
    count = 0
    seen_expected = expect_head is None or expect_head == GENESIS
    cursor = stream(db, f"SELECT {', '.join(_COLUMNS)}, hash FROM audit ORDER BY id")
    expected_id = None
    for *columns, stored in cursor:
        count += 1
        if count % 20_000 == 0:
            if cancelled and cancelled():
                raise Cancelled("The check of the audit log was stopped.")
            if progress:
                progress(count, total)
        row_id = int(columns[0])
        if expected_id is not None and row_id != expected_id:
            return Verdict(
                False,
                count,
                previous,
                row_id,
                f"audit row {row_id} follows row {expected_id - 1}: rows are missing "
                "or out of order",
            )
        computed = row_hash(previous, tuple(columns))
        if computed != stored:
            return Verdict(
                False,
                count,
                previous,
                row_id,
                f"audit row {row_id} does not match its hash: it was changed, or a "
                "row before it was removed or reordered",
            )
        previous = stored
        expected_id = row_id + 1
        if not seen_expected and stored == expect_head:
            seen_expected = True
    if not seen_expected:
        return Verdict(
            False,
            count,
            previous,
            None,
            f"the audit log ends at {previous[:16]}… and does not contain the expected "
            f"head {str(expect_head)[:16]}…: its newest rows were removed",
        )
    return Verdict(True, count, previous, None, f"audit log OK: {count:,} rows, head {previous}")


# Rows that record what people did without changing a record (sessions, reading, copies).
_NO_CHANGE_ACTIONS: Final = (
    "sign_in",
    "sign_in_failed",
    "sign_in_locked",
    "sign_out",
    "screen_lock",
    "print",
    "reprint",
    "print_slips",
    "export",
    "refused",
    "backup",
    "seal",
)


def last_id(db: Database) -> int:
    """The newest row's id (0 for an empty log)."""
    return _last(db)[0]


# A signed audit head: a row of this action on this entity, whose `after` holds the id and hash
# of the row before it, the key id and the signature (`desktop.services.audit_seals`).
SEAL_ACTION: Final = "seal"
SEAL_ENTITY: Final = "audit head"


def newest(db: Database) -> tuple[int, str]:
    """The newest row's id and hash ((0, GENESIS) for an empty log)."""
    return _last(db)


def seals(db: Database) -> list[tuple[int, str, dict[str, Any]]]:
    """Every signed-head row, oldest first: (its id, its time, its `after` decoded)."""
    rows = db.conn.execute(
        "SELECT id, at, after FROM audit WHERE entity = ? AND action = ? ORDER BY id",
        (SEAL_ENTITY, SEAL_ACTION),
    ).fetchall()
    found = []
    for row_id, at, after in rows:
        try:
            values = json.loads(after) if after else {}
        except ValueError:
            values = {}
        found.append((int(row_id), str(at), values if isinstance(values, dict) else {}))
    return found


def sealed_since(db: Database, at: str) -> bool:
    """Whether a signed head was stored at or after the UTC stamp `at`."""
    found = db.conn.execute(
        "SELECT 1 FROM audit WHERE entity = ? AND action = ? AND at >= ? LIMIT 1",
        (SEAL_ENTITY, SEAL_ACTION, at),
    ).fetchone()
    return found is not None


def hash_at(db: Database, row_id: int) -> str | None:
    """The stored hash of row `row_id`, None when there is no such row."""
    row = db.conn.execute("SELECT hash FROM audit WHERE id = ?", (row_id,)).fetchone()
    return None if row is None else str(row[0])


def count_after(db: Database, row_id: int) -> int:
    """How many rows come after row `row_id`."""
    (count,) = db.conn.execute("SELECT count(*) FROM audit WHERE id > ?", (row_id,)).fetchone()
    return int(count)


def records_changed_since(db: Database, start: int) -> bool:
    """Whether any row after row `start` changed a record."""
    marks = ", ".join("?" * len(_NO_CHANGE_ACTIONS))
    found = db.conn.execute(
        f"SELECT 1 FROM audit WHERE id > ? AND action NOT IN ({marks}) LIMIT 1",
        (start, *_NO_CHANGE_ACTIONS),
    ).fetchone()
    return found is not None


def has_action(db: Database, entity: str, action: str) -> bool:
    """Whether the log holds any row of `action` on an `entity` (a setup, say)."""
    found = db.conn.execute(
        "SELECT 1 FROM audit WHERE entity = ? AND action = ? LIMIT 1", (entity, action)
    ).fetchone()
    return found is not None


def history(db: Database, entity: str, entity_id: str) -> list[dict[str, Any]]:
    """Every row about one record, oldest first, with before/after decoded."""
    rows = db.conn.execute(
        "SELECT id, at, user, action, before, after, reason FROM audit "
        "WHERE entity = ? AND entity_id = ? ORDER BY id",
        (entity, entity_id),
    ).fetchall()
    return [_decoded(row) for row in rows]


def _decoded(row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "id": row[0],
        "at": row[1],
        "user": row[2],
        "action": row[3],
        "before": json.loads(row[4]) if row[4] else {},
        "after": json.loads(row[5]) if row[5] else {},
        "reason": row[6],
    }


@dataclass(frozen=True)
class AuditFilter:
    """The audit browser's filter; empty values do not filter."""

    user: str = ""
    action: str = ""
    entity: str = ""
    date_from: str = ""  # YYYY-MM-DD, inclusive
    date_to: str = ""


def browse(
    db: Database, flt: AuditFilter, *, limit: int = 500, before_id: int | None = None
) -> list[dict[str, Any]]:
    """Newest rows first that match a filter (keyset paging with `before_id`)."""
    where: list[str] = []
    params: list[object] = []
    for column, value in (("user", flt.user), ("action", flt.action), ("entity", flt.entity)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if flt.date_from:
        where.append("at >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        where.append("at < ?")
        params.append(flt.date_to + "T99")  # the whole last day
    if before_id is not None:
        where.append("id < ?")
        params.append(before_id)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    rows = db.conn.execute(
        "SELECT id, at, user, action, before, after, reason, entity, entity_id FROM audit"
        f"{clause} ORDER BY id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    result = []
    for row in rows:
        entry = _decoded(row[:7])
        entry["entity"], entry["entity_id"] = row[7], row[8]
        result.append(entry)
    return result


def distinct(db: Database, column: str) -> list[str]:
    """The users, actions or entities that occur, for the browser's filter lists."""
    if column not in ("user", "action", "entity"):
        raise ValueError(column)
    return [str(v) for (v,) in db.conn.execute(f"SELECT DISTINCT {column} FROM audit ORDER BY 1")]


_WRITE_CHUNK: Final = 20_000


class CreatedRows:
    """The "record" rows for departures stored in bulk (imports, demo data): one per record.

    Each row's `after` holds the given columns (the ones that say who the person is and where
    the record came from) and, under `ROW_HASH`, the `created_hash` of every value it was
    created with (the `hashed` columns): enough for `desktop.store.replay` to tell whether the
    record as stored is what its history says. `make` builds and chains them in Python alone,
    so that it can run while SQLite fills the departures' indexes; `write` adds them. Build it
    inside the write transaction, before anything else is logged.
    """

    def __init__(
        self,
        db: Database,
        stored: Mapping[str, Sequence[Any]],
        *,
        at: str,
        user: str,
        reason: str,
        columns: Sequence[str],
        hashed: Sequence[str] = (),
    ) -> None:
        """
        Args:
            stored: the departures' stored values by column (`id`, `columns` and `hashed`).
            columns: the departure columns to put in each row's `after`.
            hashed: the columns whose values `created_hash` covers, in its order.
        """
        self._last_id, self._previous = _head_for_append(db)
        self._stored = stored
        self._at, self._user, self._reason = at, user, reason
        self._columns = sorted(columns)  # as `dumps` orders keys
        self._hashed = tuple(hashed)
        self._rows: list[tuple[Any, ...]] | None = None

    def make(self) -> None:
        """Build and chain the rows (no database work; safe on another thread)."""
        at, user, reason = self._at, self._user, self._reason
        names = [*self._columns, ROW_HASH] if self._hashed else self._columns
        columns: list[Iterable[Any]] = [self._stored[name] for name in self._columns]
        if self._hashed:
            hashed = zip(*(self._stored[name] for name in self._hashed), strict=True)
            columns.append(map(created_hash, hashed))
        previous = self._previous
        rows = []
        for number, (key, *values) in enumerate(
            zip(self._stored["id"], *columns, strict=True), self._last_id + 1
        ):
            after = dumps(dict(zip(names, values, strict=True)))
            row = (number, at, user, "record", "departure", key, None, after, reason)
            previous = row_hash(previous, row)
            rows.append((*row, previous))
        self._rows = rows

    def write(
        self,
        db: Database,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Add the rows (inside the same write transaction); returns how many.

        Args:
            progress: told how many rows are written, after each chunk.
            cancelled: asked between chunks; True raises Cancelled.
        """
        if self._rows is None:
            self.make()
        rows = self._rows
        assert rows is not None
        for start in range(0, len(rows), _WRITE_CHUNK):
            if cancelled and cancelled():
                raise Cancelled("Cancelled; nothing was written.")
            db.conn.executemany(_INSERT, rows[start : start + _WRITE_CHUNK])
            if progress:
                progress(min(start + _WRITE_CHUNK, len(rows)), len(rows))
        return len(rows)
