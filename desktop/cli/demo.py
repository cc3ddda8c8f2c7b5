"""`rawangi demo`: fill a database with realistic synthetic departures."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

from desktop.cli.common import PASSWORD_VARIABLE, add_db_option, open_db
from desktop.core.errors import ValidationError
from desktop.services import demo, users
from desktop.store import contingents as contingent_rows


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
    parser.add_argument(
        "--contingent-size",
        type=int,
        default=None,
        metavar="N",
        help="people per contingent (default: between 150 and 400)",
    )
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    if options.count < 0:
        raise ValidationError("--count must be 0 or more.")
    if options.contingent_size is not None and options.contingent_size < 1:
        raise ValidationError("--contingent-size must be 1 or more.")
    db = open_db(options)
    created = users.ensure_demo_users(db, os.environ.get(PASSWORD_VARIABLE))
    for name, secret in created.items():
        shown = "from " + PASSWORD_VARIABLE if os.environ.get(PASSWORD_VARIABLE) else secret
        print(f"Created user {name} (password: {shown})")
    actor = users.demo_actor(db)
    office = (options.office or actor.office).upper()
    known = {code for (code,) in db.conn.execute("SELECT code FROM offices")}
    if office not in known:
        raise ValidationError(f"Unknown office {office!r}; known: {', '.join(sorted(known))}.")
    started = time.perf_counter()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,} / {total:,}", end="", file=sys.stderr)

    added = demo.fill(
        db,
        actor,
        options.count,
        office=office,
        seed=options.seed,
        progress=progress,
        contingent_size=options.contingent_size,
        supervisor=users.demo_actor(db, "supervisor"),
    )
    if interactive:
        print(file=sys.stderr)
    print(f"Added {added:,} departures for {office} in {time.perf_counter() - started:.1f} s.")
    listed = contingent_rows.listing(db)
    by_status = Counter(item.contingent.status for item in listed)
    if listed:
        print(
            "Contingents: "
            + ", ".join(f"{by_status[s]} {s}" for s in ("open", "finalized", "departed"))
            + "."
        )
    return 0
