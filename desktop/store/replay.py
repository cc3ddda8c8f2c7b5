"""Replaying the audit log: is every record as stored what its history says?

The hash chain (`desktop.store.audit.verify`) proves that the log itself is untouched; it
says nothing of a record changed behind the program's back (a status set with an SQLite tool
leaves a log that verifies). The replay closes that gap. For each departure, contingent and
user it starts from the record as stored and walks its logged changes backwards, newest
first: each change's `after` must be what the record holds at that point, and its `before`
gives the value before it. What is left must be the record as created: the creation row's
fields (single saves log them all), or, for bulk creations (imports, demo data), the
`created_hash` of them that the creation row carries.

Records whose creation row carries neither (bulk creations of files from before the hash)
cannot be replayed: they are counted, not called changed. Records merged from office bundles
at headquarters have their history in those offices' logs, and are counted apart.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import Any, Final

from desktop.core.departure import BULK_RECORDED_COLUMNS, RECORDED_COLUMNS
from desktop.core.errors import Cancelled
from desktop.store.audit import ROW_HASH, created_hash, secret_fingerprint
from desktop.store.engine import Database, has_table, json_values, stream


@dataclass(frozen=True)
class Kind:
    """One kind of record the replay checks, and how its history is logged."""

    entity: str  # the audit log's `entity`
    table: str
    name_sql: str  # how people name one (never a person's name, CNIC or passport)
    columns: tuple[str, ...]  # the replayed columns, in `created_hash` order
    creations: frozenset[str]  # the actions that create one
    # Values a creation row may leave out: what every new record has (or the default of a
    # column added after the record was created).
    defaults: Mapping[str, Any] = field(default_factory=dict)
    created_name: str = ""  # the creation row's key naming a record that is gone
    # Replayed column -> the stored column it is read from, kept as `secret_fingerprint`.
    fingerprints: Mapping[str, str] = field(default_factory=dict)
    # Column -> the column older versions changed with it without logging it (the status
    # reason beside the status): such a change cannot be undone.
    unlogged_with: Mapping[str, str] = field(default_factory=dict)
    # The keys of bulk creation rows before the replay hash: too few to replay. Other
    # creation rows of the first versions left empty values out.
    bulk_keys: frozenset[str] = frozenset()


_CONTINGENT_COLUMNS: Final = (
    "code", "office", "flight_no", "carrier", "airport", "departure_date", "departure_time",
    "destinations", "capacity", "status", "revision",
)  # fmt: skip

KINDS: Final = (
    Kind(
        "departure",
        "departures",
        "'No. ' || t.rowid",
        RECORDED_COLUMNS,
        frozenset({"record"}),
        {"status_reason": "", "name_urdu": ""},
        unlogged_with={"status": "status_reason"},
        bulk_keys=frozenset(BULK_RECORDED_COLUMNS),
    ),
    Kind(
        "contingent",
        "contingents",
        "t.code",
        _CONTINGENT_COLUMNS,
        frozenset({"create"}),
        {"status": "open", "revision": 0},
        "code",
    ),
    Kind(
        "user",
        "users",
        "t.name",
        ("name", "role", "office", "active", "password"),
        frozenset({"create", "setup"}),
        {"active": True},
        "name",
        {"password": "password_hash"},
    ),
)

PROGRESS_EVERY: Final = 20_000
_MISSING: Final = object()
# What the replay found for one record.
OK, DIFFERS, OLD, UNLOGGED = "ok", "differs", "old", "unlogged"


@dataclass
class Replay:
    """What the replay found, over every kind of record."""

    limit: int
    replayed: dict[str, int] = field(default_factory=dict)  # kind -> records as logged
    old: dict[str, int] = field(default_factory=dict)  # kind -> records that cannot be replayed
    merged: dict[str, int] = field(default_factory=dict)  # kind -> records from office bundles
    differing: list[str] = field(default_factory=list)  # the first `limit`, named
    differing_count: int = 0

    @property
    def ok(self) -> bool:
        return self.differing_count == 0

    def differ(self, what: str) -> None:
        self.differing_count += 1
        if len(self.differing) < self.limit:
            self.differing.append(what)

    @property
    def message(self) -> str:
        """The verdict in a few lines, naming up to `limit` differing records."""
        counted = ", ".join(_counted(count, kind) for kind, count in self.replayed.items())
        lines = []
        if self.ok:
            lines.append(f"replay OK: {counted} as their audit history says")
        else:
            shown = "; ".join(self.differing)
            more = self.differing_count - len(self.differing)
            counted = (
                "1 record differs from its"
                if self.differing_count == 1
                else f"{self.differing_count:,} records differ from their"
            )
            lines.append(
                f"replay: {counted} audit history: {shown}{f' (and {more:,} more)' if more else ''}"
            )
        old = ", ".join(_counted(count, kind) for kind, count in self.old.items() if count)
        if old:
            lines.append(
                f"  not replayable: {old} whose creation rows, written by an older version, "
                "hold neither every field nor a replay hash; not counted as changed"
            )
        merged = ", ".join(_counted(count, kind) for kind, count in self.merged.items() if count)
        if merged:
            lines.append(f"  from office bundles (their history is at their office): {merged}")
        return "\n".join(lines)


def _counted(count: int, kind: str) -> str:
    return f"{count:,} {kind}{'' if count == 1 else 's'}"


def replay(
    db: Database,
    *,
    limit: int = 20,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Replay:
    """Check every departure, contingent and user against its audit history.

    Args:
        limit: how many differing records to name (all are counted).
        progress: called with (records checked, records in all) every 20,000 records.
        cancelled: asked as often; True stops with Cancelled.

    Returns:
        The counts, and the names of the records that differ (by kind and serial or code).
    """
    found = Replay(limit)
    total = sum(_count(db, kind.table) for kind in KINDS) if progress else 0
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0:
            if cancelled and cancelled():
                raise Cancelled("The replay of the audit log was stopped.")
            if progress:
                progress(done, total)

    for kind in KINDS:
        _replay_kind(db, kind, found, tick)
    if progress:
        progress(total, total)
    return found


def _replay_kind(db: Database, kind: Kind, found: Replay, tick: Callable[[], None]) -> None:
    replayed = old = 0
    unlogged: list[tuple[str, str]] = []  # (key, name)
    for key, name, verdict, where in _records(db, kind):
        if verdict == OK:
            replayed += 1
        elif verdict == OLD:
            old += 1
        elif verdict == UNLOGGED:
            unlogged.append((key, name))
        else:
            found.differ(f"{kind.entity} {name}" + (f" ({where})" if where else ""))
        tick()
    merged = _from_bundles(db, kind, [k for k, _ in unlogged]) if unlogged else set()
    for key, name in unlogged:
        if key not in merged:
            found.differ(f"{kind.entity} {name} (not in the audit log)")
    for name in _gone(db, kind):
        found.differ(f"{kind.entity} {name} (in the audit log, missing from the file)")
    found.replayed[kind.entity] = replayed
    found.old[kind.entity] = old
    found.merged[kind.entity] = len(merged)


def _count(db: Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _records(db: Database, kind: Kind) -> Iterator[tuple[str, str, str, str]]:
    """(key, name, verdict, field) of every record of a kind, in the table's order."""
    width = len(kind.columns)
    columns = ", ".join(f"t.{kind.fingerprints.get(name, name)}" for name in kind.columns)
    secret = [i for i, name in enumerate(kind.columns) if name in kind.fingerprints]
    cursor = stream(
        db,
        f"SELECT t.rowid, t.id, {kind.name_sql}, {columns}, a.id, a.action, a.before, a.after "
        f"FROM {kind.table} AS t LEFT JOIN audit AS a ON a.entity = ? AND a.entity_id = t.id "
        "ORDER BY t.rowid",
        (kind.entity,),
    )
    for _, rows in groupby(cursor, key=itemgetter(0)):
        group = list(rows)
        first = group[0]
        stored = first[3 : 3 + width]
        if secret:
            stored = list(stored)
            for index in secret:
                stored[index] = secret_fingerprint(stored[index])
        if len(group) == 1:  # the usual record: created, never changed
            action, before, after = first[-3:]
            if action is None:
                yield first[1], first[2], UNLOGGED, ""
                continue
            if before is None and action in kind.creations:
                verdict, where = _as_created(kind, stored, json.loads(after or "{}"))
                yield first[1], first[2], verdict, where
                continue
        history = sorted((row[-4:] for row in group if row[-4] is not None), key=itemgetter(0))
        verdict, where = _walk_back(kind, stored, history)
        yield first[1], first[2], verdict, where


def _walk_back(
    kind: Kind, stored: Sequence[Any], history: Sequence[Sequence[Any]]
) -> tuple[str, str]:
    """Undo the logged changes from the stored record, newest first, then compare with the
    record as created."""
    created: dict[str, Any] | None = None
    changes = []
    for _, action, before, after in history:
        if before is not None:
            changes.append((before, after))
        elif action in kind.creations and created is None:
            created = json.loads(after or "{}")
        # Rows without "before" that are not the creation change nothing replayed (a print,
        # a sign-in, a lock).
    if created is None:
        return UNLOGGED, ""
    state = dict(zip(kind.columns, stored, strict=True))
    for before_text, after_text in reversed(changes):
        before = json.loads(before_text)
        after = json.loads(after_text) if after_text else {}
        for name, companion in kind.unlogged_with.items():
            if name in before and companion not in before:
                return OLD, companion  # logged by an older version
        for name in before.keys() | after.keys():
            if name not in state:
                continue  # not a replayed column ("contingent" beside "contingent_id")
            if name not in before or name not in after:
                return OLD, name  # a change logged without both sides cannot be undone
            if state[name] != after[name]:
                return DIFFERS, name
            state[name] = before[name]
    return _as_created(kind, [state[name] for name in kind.columns], created)


def _as_created(kind: Kind, values: Sequence[Any], created: Mapping[str, Any]) -> tuple[str, str]:
    """Whether values (in `kind.columns` order) are those the creation row records."""
    if ROW_HASH in created:
        return (OK, "") if created_hash(values) == created[ROW_HASH] else (DIFFERS, "")
    empty_left_out = bool(kind.bulk_keys) and not created.keys() <= kind.bulk_keys
    for name, value in zip(kind.columns, values, strict=True):
        expected = created.get(name, kind.defaults.get(name, _MISSING))
        if expected is _MISSING:
            if not empty_left_out:
                return OLD, ""
            if value in ("", None):
                continue
            return DIFFERS, name
        if value != expected:
            return DIFFERS, name
    return OK, ""


def _from_bundles(db: Database, kind: Kind, keys: Sequence[str]) -> set[str]:
    """Which of these records have their history in an office's log merged at headquarters."""
    if not has_table(db, "office_audit"):
        return set()
    rows = db.conn.execute(
        "SELECT DISTINCT entity_id FROM office_audit WHERE entity = ? "
        f"AND entity_id IN (SELECT value FROM {json_values(db)})",
        (kind.entity, json.dumps(list(keys))),
    )
    return {str(key) for (key,) in rows}


def _gone(db: Database, kind: Kind) -> list[str]:
    """Records the log says were created that the file no longer holds, named."""
    # The audit index alone finds the keys (a million probes of the table's key); only the
    # few missing ones have their creation row read.
    missing = [
        key
        for (key,) in db.conn.execute(
            f"SELECT DISTINCT a.entity_id FROM audit AS a WHERE a.entity = ? "
            f"AND a.entity_id IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {kind.table} AS t WHERE t.id = a.entity_id)",
            (kind.entity,),
        )
    ]
    names = []
    for key in missing:
        row = db.conn.execute(
            f"SELECT id, after FROM audit WHERE entity = ? AND entity_id = ? AND before IS NULL "
            f"AND action IN ({', '.join('?' * len(kind.creations))}) ORDER BY id LIMIT 1",
            (kind.entity, key, *sorted(kind.creations)),
        ).fetchone()
        if row is None:
            continue  # never created here: a refused sign-in of an unknown name, say
        created = json.loads(row[1] or "{}")
        name = created.get(kind.created_name) if kind.created_name else None
        names.append(str(name) if name else f"created in audit row {row[0]:,}")
    return names
