"""What the command line prints of the register, the contingents and the users.

Printing personal data to a terminal is an export (it can be redirected to a file): each
command signs in and leaves an audit row saying what was read, as `export` does.
"""

from __future__ import annotations

from typing import Any

from desktop.core.roles import Action, Actor
from desktop.core.users import User
from desktop.services.access import authorize
from desktop.services.audit_rows import record
from desktop.services.users import list_users
from desktop.store import Database, contingents, register
from desktop.store.db import reading

SHOWN = "standard output"  # where the command line's reads go, as the audit row says


def find_departures(
    db: Database, actor: Actor, text: str, *, limit: int, shown_as: str
) -> list[dict[str, Any]]:
    """`rawangi find`: the search box's first results, audited as an export.

    Args:
        shown_as: the output format ("table", "csv", "json"), for the audit row.

    Raises:
        PermissionDenied, StorageError (damaged or locked file).
    """
    authorize(db, actor, Action.EXPORT_DATA)
    with reading(db):
        rows = register.search(db, text, limit=limit)
    _record_read(
        db, actor, "departures", "find", shown_as=shown_as, rows=len(rows), query=text, limit=limit
    )
    return rows


def list_contingents(
    db: Database, actor: Actor, *, status: str, shown_as: str
) -> list[contingents.Listed]:
    """`rawangi contingent list`: contingents with their counts, audited as an export."""
    authorize(db, actor, Action.EXPORT_DATA)
    with reading(db):
        listed = contingents.listing(db, status=status)
    _record_read(
        db, actor, "contingents", "contingent list", shown_as=shown_as, rows=len(listed),
        status=status,
    )  # fmt: skip
    return listed


def list_user_accounts(db: Database, actor: Actor, *, shown_as: str) -> list[User]:
    """`rawangi user list` (admins): every user, audited as an export."""
    with reading(db):
        users = list_users(db, actor)
    _record_read(db, actor, "users", "user list", shown_as=shown_as, rows=len(users))
    return users


def _record_read(
    db: Database,
    actor: Actor,
    entity: str,
    command: str,
    *,
    shown_as: str,
    rows: int,
    **asked: object,
) -> None:
    record(
        db,
        user=actor.name,
        action="export",
        entity=entity,
        after={"command": command, "to": SHOWN, "format": shown_as, "rows": rows, **asked},
    )
