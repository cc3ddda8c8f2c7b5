"""Office settings kept in the database, shared by every user of the file."""

from __future__ import annotations

from desktop.core.options import Scope, SettingMissing, missing_message, option
from desktop.store.engine import Database


def get(db: Database, key: str, default: str = "") -> str:
    """A setting's stored text, or the default."""
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def stored(db: Database, key: str) -> str | None:
    """A setting's stored text, None when the file has none."""
    row = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def value(db: Database, key: str) -> object:
    """An office setting through its declaration (`desktop.core.options`): the stored value
    in the declared type, else the declared default.

    Raises:
        SettingMissing: the setting has no default and is not stored (no value is guessed).
        KeyError: nothing declares the key.
    """
    declared = option(key, Scope.OFFICE)
    text = stored(db, key)
    if text is not None and text != "":
        try:
            return declared.parse(text)
        except ValueError:
            pass  # a hand-edited value that does not read: as if none were stored
    if declared.default is None:
        raise SettingMissing(missing_message(key))
    return declared.default


def integer(db: Database, key: str) -> int:
    """`value` of a setting declared an int."""
    found = value(db, key)
    return found if isinstance(found, int) else int(str(found))


def text(db: Database, key: str) -> str:
    """`value` of a setting declared text."""
    return str(value(db, key))


def flag(db: Database, key: str) -> bool:
    """`value` of a setting declared a bool."""
    return bool(value(db, key))


def put(db: Database, key: str, value: str) -> None:
    """Store a setting (inside the caller's write transaction)."""
    db.conn.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def offices(db: Database) -> list[tuple[str, str]]:
    """(code, name) of every office known to this file."""
    return [
        (str(c), str(n)) for c, n in db.conn.execute("SELECT code, name FROM offices ORDER BY code")
    ]


def delete(db: Database, key: str) -> None:
    """Remove a setting (inside the caller's write transaction)."""
    db.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
