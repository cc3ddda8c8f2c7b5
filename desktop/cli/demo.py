"""`rawangi demo`: fill a database with realistic synthetic departures."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

from desktop.cli.common import (
    PASSWORD_VARIABLE,
    add_db_option,
    created_or_removed,
    database_path,
    on_server,
    open_db,
)
from desktop.core.errors import ValidationError
from desktop.services import demo, office_code, signing, users
from desktop.store import Database, Use, office_settings
from desktop.store import contingents as contingent_rows
from desktop.store.engine import describe_address


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="fill a new database with synthetic departures",
        description="Fill a new database as one office would, with people who pass every rule, "
        "and make its demo users clerk, supervisor and admin (password from RAWANGI_PASSWORD, "
        "else generated and printed). Running it again on the same file adds more. A file "
        "demo did not make (an office's database) is refused.",
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
    with created_or_removed(options):
        db = open_db(options, Use.CREATE)
        try:
            return _fill(db, options)
        finally:
            db.close()


def _fill(db: Database, options: argparse.Namespace) -> int:
    users.refuse_unless_demo_file(db)
    known = {code for code, _name in office_settings.offices(db)}
    office = (options.office or office_code(db)).upper()
    if office not in known:
        raise ValidationError(f"Unknown office {office!r}; known: {', '.join(sorted(known))}.")
    created = users.prepare_demo_file(db, os.environ.get(PASSWORD_VARIABLE))
    for name, secret in created.items():
        shown = "from " + PASSWORD_VARIABLE if os.environ.get(PASSWORD_VARIABLE) else secret
        print(f"Created user {name} (password: {shown})")
    place = signing.key_place(db)  # beside a file; for the server, in this PC's data folder
    signer = signing.set_up_demo_keys(db, users.demo_actor(db, "admin"), place)
    where = describe_address(options.db) if on_server(options) else str(database_path(options))
    print(
        f"Demo signing key of {office_code(db)} certified by a demo root in "
        f"{signing.demo_headquarters(place)} (key passphrase: {signing.DEMO_PASSPHRASE}; "
        f"trust list: RAWANGI_KEY_PASSPHRASE={signing.DEMO_PASSPHRASE} rawangi trust export "
        f"--ca {signing.demo_headquarters(place)} --db {where} --out trust.json)."
    )
    actor = users.demo_actor(db)
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
        signing=signer,
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
