"""The append-only audit log: who did what, when, and what changed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlite_utils


def dumps(values: Mapping[str, Any] | None) -> str | None:
    """Changed fields as compact, key-sorted JSON (None stays NULL)."""
    if values is None:
        return None
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def append(
    db: sqlite_utils.Database,
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
    """Add one row inside the caller's transaction; returns its id."""
    cursor = db.conn.execute(
        "INSERT INTO audit(at, user, action, entity, entity_id, before, after, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at, user, action, entity, entity_id, dumps(before), dumps(after), reason),
    )
    return int(cursor.lastrowid or 0)


def history(db: sqlite_utils.Database, entity: str, entity_id: str) -> list[dict[str, Any]]:
    """Every row about one record, oldest first, with before/after decoded."""
    rows = db.conn.execute(
        "SELECT id, at, user, action, before, after, reason FROM audit "
        "WHERE entity = ? AND entity_id = ? ORDER BY id",
        (entity, entity_id),
    ).fetchall()
    return [
        {
            "id": row[0],
            "at": row[1],
            "user": row[2],
            "action": row[3],
            "before": json.loads(row[4]) if row[4] else {},
            "after": json.loads(row[5]) if row[5] else {},
            "reason": row[6],
        }
        for row in rows
    ]


def append_many(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    """Add many rows at once (bulk imports), inside the caller's transaction."""
    db.conn.executemany(
        "INSERT INTO audit(at, user, action, entity, entity_id, before, after, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                r["at"],
                r["user"],
                r["action"],
                r["entity"],
                r.get("entity_id"),
                dumps(r.get("before")),
                dumps(r.get("after")),
                r.get("reason", ""),
            )
            for r in rows
        ),
    )
