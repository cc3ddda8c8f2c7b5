"""The only place that speaks SQL: one SQLite file through sqlite-utils, or the office's
PostgreSQL server through psycopg (`desktop.store.engine`)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import StorageError
from desktop.store import health
from desktop.store.db import connect, write
from desktop.store.engine import Database, LocalDatabase, ServerDatabase, is_server_address
from desktop.store.opening import Use, kept_only_if_done, open_checked, open_server
from desktop.store.schema import migrations

__all__ = [
    "Database",
    "LocalDatabase",
    "ServerDatabase",
    "Use",
    "is_server_address",
    "kept_only_if_done",
    "open_checked",
    "open_database",
    "write",
]


def open_database(path: str | Path, *, readonly: bool = False) -> Database:
    """Open an office database (a file, or the office server's address), bringing its schema
    up to date.

    Raises:
        StorageError: the file belongs to a newer Rawangi, or cannot be opened.
    """
    if is_server_address(path):
        return open_server(str(path), Use.READ if readonly else Use.CREATE)
    if str(path) != ":memory:":
        problem = health.network_share_problem(path) or health.file_problem(path, check=False)
        if problem:
            raise StorageError(problem)
    db = connect(path, readonly=readonly)
    try:
        refuse_newer_schema(db)
        if migrations.pending(db):
            if readonly:
                raise StorageError(f"{path} needs an upgrade, but it is open read-only.")
            with write(db):
                migrations.apply(db)
    except BaseException:
        db.close()
        raise
    return db


def refuse_newer_schema(db: LocalDatabase) -> None:
    """A file changed by a newer Rawangi may hold what this version would damage."""
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise StorageError(
            "This database was made by a newer version of Rawangi (schema step "
            f"{unknown[-1]}); install that version to open it."
        )
