"""`rawangi export`: the register, as filtered, or one contingent, to a CSV or XLSX file.

An --out name that ends in neither .csv nor .xlsx is wrong usage: one line, exit 2, before the
database is opened or anyone signs in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import acting_user, add_db_option, add_user_option, open_db
from desktop.core import countries, dates
from desktop.core.departure import STATUSES
from desktop.core.errors import NotFound, ValidationError
from desktop.services import export
from desktop.store import export_rows
from desktop.store.register import RegisterFilter


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="write departures to a CSV or XLSX file",
        description="Write every departure that matches the filters (all of them without any) "
        "to a CSV or XLSX file, with the stored column names as its header. The export is "
        "recorded in the audit log. An existing file is replaced.",
    )
    add_db_option(parser)
    add_user_option(parser)
    parser.add_argument(
        "--out", required=True, metavar="FILE", help="the file to write: NAME.csv or NAME.xlsx"
    )
    parser.add_argument(
        "--query",
        default="",
        metavar="Q",
        help="as typed in the search box: a CNIC or passport number, or beginnings of names",
    )
    parser.add_argument("--status", choices=STATUSES, default="")
    parser.add_argument("--destination", default="", metavar="COUNTRY", help="e.g. SA or Qatar")
    parser.add_argument("--office", default="", metavar="CODE", help="e.g. KHI")
    parser.add_argument("--from", dest="date_from", default="", metavar="DATE",
                        help="departing on or after this date (2026-03-01)")  # fmt: skip
    parser.add_argument("--to", dest="date_to", default="", metavar="DATE",
                        help="departing on or before this date")  # fmt: skip
    parser.add_argument(
        "--contingent", default="", metavar="CODE", help="only this contingent's people"
    )
    parser.set_defaults(run=run)


def register_filter(options: argparse.Namespace) -> RegisterFilter:
    """The filter the options describe.

    Raises:
        ValidationError: an unknown country or an unreadable date.
    """
    destination = options.destination.strip()
    return RegisterFilter(
        text=options.query,
        status=options.status,
        destination=countries.code(destination) if destination else "",
        date_from=dates.parse(options.date_from, "from", "--from"),
        date_to=dates.parse(options.date_to, "to", "--to"),
        office=options.office.strip().upper(),
    )


def run(options: argparse.Namespace) -> int:
    out = Path(options.out)
    try:
        export.export_format(out)
    except ValidationError as error:
        print(f"rawangi export: {error}", file=sys.stderr)
        return 2
    flt = register_filter(options)
    if options.contingent and flt != RegisterFilter():
        raise ValidationError("--contingent exports the whole contingent: drop the filters.")
    db = open_db(options)
    actor = acting_user(options, db)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,} / {total:,}", end="", file=sys.stderr)

    if options.contingent:
        contingent_id = export_rows.contingent_id(db, options.contingent)
        if contingent_id is None:
            raise NotFound(f"No contingent has the code {options.contingent.strip()!r}.")
        written = export.export_contingent(db, actor, contingent_id, out, progress=progress)
    else:
        written = export.export_register(db, actor, flt, out, progress=progress)
    if interactive:
        print(file=sys.stderr)
    noun = "departure" if written == 1 else "departures"
    print(f"Exported {written:,} {noun} to {out}.")
    return 0
