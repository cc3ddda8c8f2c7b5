"""Office settings kept in the database, shared by every user of the file."""

from __future__ import annotations

import sqlite_utils


def get(db: sqlite_utils.Database, key: str, default: str = "") -> str:
    """A setting's stored text, or the default."""
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def put(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Store a setting (inside the caller's write transaction)."""
    db.conn.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def offices(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(code, name) of every office known to this file."""
    return [
        (str(c), str(n)) for c, n in db.conn.execute("SELECT code, name FROM offices ORDER BY code")
    ]
