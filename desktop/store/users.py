"""User rows and the sign-in facts kept in the audit log."""

from __future__ import annotations

from typing import Any

from desktop.core.roles import Role
from desktop.core.users import User
from desktop.store.engine import Database, lock_keys

_COLUMNS = (
    "id, name, role, office, active, locked_until, lock_count, version, full_name, designation"
)


def _user(row: tuple[Any, ...]) -> User:
    return User(
        id=row[0],
        name=row[1],
        role=Role(row[2]),
        office=row[3],
        active=bool(row[4]),
        locked_until=row[5],
        lock_count=int(row[6]),
        version=int(row[7]),
        full_name=row[8],
        designation=row[9],
    )


def count(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM users").fetchone()[0])


def count_made_by(db: Database, by: str) -> int:
    """How many users `by` made (demo files: all of them made by the system)."""
    row = db.conn.execute("SELECT count(*) FROM users WHERE created_by = ?", (by,)).fetchone()
    return int(row[0])


def holds_people_or_records(db: Database) -> bool:
    """Whether any user, departure or contingent is in the file (an office's file)."""
    return any(
        db.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
        for table in ("users", "departures", "contingents")
    )


def by_name(db: Database, name: str) -> User | None:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM users WHERE name = ?", (name,)).fetchone()
    return _user(row) if row else None


def hold(db: Database, user_id: str) -> None:
    """Keep this user's row to the caller's write transaction (two desks signing the same person
    in at once take turns, so that one password rehash is kept and logged, not two)."""
    lock_keys(db, f"user {user_id}")


def password_hash(db: Database, user_id: str) -> str:
    row = db.conn.execute("SELECT password_hash FROM users WHERE id = ?", (user_id,)).fetchone()
    return str(row[0]) if row else ""


def all_users(db: Database) -> list[User]:
    return [_user(r) for r in db.conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY name")]


def insert(db: Database, user: User, password_hash: str, *, by: str, at: str) -> None:
    db.conn.execute(
        "INSERT INTO users(id, name, role, office, password_hash, active, full_name, "
        "designation, created_at, updated_at, created_by, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            user.id,
            user.name,
            user.role.value,
            user.office,
            password_hash,
            int(user.active),
            user.full_name,
            user.designation,
            at,
            at,
            by,
            by,
        ),
    )


def update(db: Database, user_id: str, *, by: str, at: str, **values: Any) -> None:
    """Change some columns of a user (role, office, active, password_hash, lock fields, the
    full name and designation)."""
    allowed = {
        "role",
        "office",
        "active",
        "password_hash",
        "locked_until",
        "lock_count",
        "full_name",
        "designation",
    }
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"not user columns: {sorted(unknown)}")
    sets = ", ".join(f"{k} = ?" for k in values)
    db.conn.execute(
        f"UPDATE users SET {sets}, updated_at = ?, updated_by = ?, version = version + 1 "
        "WHERE id = ?",
        [*(v.value if isinstance(v, Role) else v for v in values.values()), at, by, user_id],
    )


def recent_failures(db: Database, user_id: str, since: str) -> int:
    """Failed sign-ins since `since` and since the last success, lock or unlock."""
    (count_,) = db.conn.execute(
        "SELECT count(*) FROM audit WHERE entity = 'user' AND entity_id = ? "
        "AND action = 'sign_in_failed' AND at >= ? AND id > coalesce(("
        "SELECT max(id) FROM audit WHERE entity = 'user' AND entity_id = ? "
        "AND action IN ('sign_in', 'lock', 'unlock')), 0)",
        (user_id, since, user_id),
    ).fetchone()
    return int(count_)


def add_office(db: Database, code: str, name: str) -> None:
    db.conn.execute("INSERT INTO offices(code, name) VALUES (?, ?)", (code, name))
