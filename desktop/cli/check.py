"""`rawangi check`: SQLite's full integrity check of a database file, which is never written."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import add_db_option, database_path, on_server, open_db
from desktop.store import Use, health
from desktop.store.db import (
    DatabaseDamaged,
    DatabaseMissing,
    connect,
    db_path,
    engine_errors,
    table_count,
)
from desktop.store.opening import (
    refuse_interrupted,
    refuse_unusable_bytes,
    schema_problem,
    unreadable_as_ours,
)


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="check a database file for damage, page by page",
        description="Read every table and index of the file with SQLite's integrity check, "
        "then its map of pages, through a read-only connection: nothing is written. Exit 0 "
        "when the file is a sound Rawangi database, 1 when it is damaged, not a Rawangi "
        "database, or cannot be read. Minutes on a file of millions of records.",
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    if on_server(options):
        return _check_server(options)
    path = database_path(options)
    if not path.exists():
        raise DatabaseMissing(f"There is no database at {path}. Check the path given with --db.")
    refuse_unusable_bytes(path)
    if health.hot_journal(path):
        refuse_interrupted(path)  # this check writes nothing, not even SQLite's undoing
    shown = _Progress(path.name)
    db = connect(path, readonly=True)
    try:
        try:
            damage = health.integrity_check(db, progress=shown)
            foreign = None if damage else schema_problem(db, path)
        except engine_errors() as error:
            raise unreadable_as_ours(error, path) from error
        finally:
            shown.close()
        tables = table_count(db)
    finally:
        db.close()
    if damage:
        raise DatabaseDamaged(damage)
    if foreign:
        raise foreign
    print(f"{path} is sound: SQLite's integrity check found no damage in its {tables} tables.")
    return 0


def _check_server(options: argparse.Namespace) -> int:
    """The office server keeps its own pages (checksums, WAL); what a desk can check is that the
    database holds this version's Rawangi register and that every table answers."""
    db = open_db(options, Use.READ)
    try:
        tables = table_count(db)
        address = db_path(db)
    finally:
        db.close()
    print(
        f"{address} is a sound Rawangi register: its {tables} tables answer and its schema is "
        "this version's. The server checks its own pages (PostgreSQL's pg_amcheck, run by IT)."
    )
    return 0


class _Progress:
    """The table being checked, on one line of a terminal (nothing when output is redirected)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.shown = sys.stderr.isatty()

    def __call__(self, what: str, done: int, steps: int) -> None:
        if self.shown and what:
            text = f"Checking {self.name}: {what} ({done + 1} of {steps})…"
            print(f"\r\033[K{text}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
