"""`rawangi demo`: fill a database with realistic synthetic departures."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli.common import add_db_option, open_db
from desktop.core.errors import ValidationError
from desktop.services import demo, local_actor


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="add synthetic departures (a new or existing database)",
        description="Fill a database as one office would, with people who pass every rule. "
        "Running it again adds more.",
    )
    add_db_option(parser)
    parser.add_argument("--count", type=int, default=1000, help="how many people (default 1000)")
    parser.add_argument("--office", default=None, help="office code (default: the file's office)")
    parser.add_argument("--seed", type=int, default=None, help="repeatable data for tests")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    if options.count < 0:
        raise ValidationError("--count must be 0 or more.")
    db = open_db(options)
    actor = local_actor(db)
    office = (options.office or actor.office).upper()
    known = {code for (code,) in db.conn.execute("SELECT code FROM offices")}
    if office not in known:
        raise ValidationError(f"Unknown office {office!r}; known: {', '.join(sorted(known))}.")
    started = time.perf_counter()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,} / {total:,}", end="", file=sys.stderr)

    added = demo.fill(db, actor, options.count, office=office, seed=options.seed, progress=progress)
    if interactive:
        print(file=sys.stderr)
    print(f"Added {added:,} departures for {office} in {time.perf_counter() - started:.1f} s.")
    return 0
