"""`rawangi find QUERY`: the register's search box on the command line."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from desktop.cli.common import acting_user, add_db_option, add_user_option, open_for_reading
from desktop.core.errors import ValidationError
from desktop.services import reading
from desktop.store import register

TABLE_COLUMNS = ("surname", "given_names", "cnic", "passport_no", "destination", "departure_date",
                 "status", "office")  # fmt: skip


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="search departures by CNIC, passport number or name",
        description="The same search as the window's search box: a CNIC or passport number in "
        "any form, or the beginnings of names. What it prints is personal data: the user signs "
        "in, and the search is recorded in the audit log as an export.",
    )
    parser.add_argument("query", metavar="QUERY")
    add_db_option(parser)
    add_user_option(parser)
    parser.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(run=run)


_WITH_VALUE = ("--db", "--user", "--limit", "--format")


def is_option(arg: str) -> bool:
    """The spellings that are options, not a query: --db, --limit=5, -h, --."""
    return arg in ("-h", "--help", "--") or arg.split("=", 1)[0] in _WITH_VALUE


def protect_query(args: list[str]) -> list[str]:
    """Let the query be any other text, even '-x': options first, then '--', then the query."""
    with_value = set(_WITH_VALUE)
    options, rest = [], []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in with_value and index + 1 < len(args):
            options += args[index : index + 2]
            index += 2
            continue
        if is_option(arg) and arg != "--":
            options.append(arg)
        else:
            rest.append(arg)
        index += 1
    return [*options, "--", *rest] if rest else options


def run(options: argparse.Namespace) -> int:
    if options.limit < 1:
        raise ValidationError("--limit must be 1 or more.")
    db = open_for_reading(options)
    try:
        actor = acting_user(options, db)
        rows = reading.find_departures(
            db, actor, options.query, limit=options.limit, shown_as=options.format
        )
    finally:
        db.close()
    if options.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif options.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=register.COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif not rows:
        print("No departures match.")
    else:
        widths = {c: max(len(c), *(len(str(r[c] or "")) for r in rows)) for c in TABLE_COLUMNS}
        print("  ".join(c.ljust(widths[c]) for c in TABLE_COLUMNS))
        for row in rows:
            print("  ".join(str(row[c] or "").ljust(widths[c]) for c in TABLE_COLUMNS))
    return 0
