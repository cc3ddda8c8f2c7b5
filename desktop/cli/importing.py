"""`rawangi import FILE`: check a candidate list and import its valid rows."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.cli.common import acting_user, add_db_option, add_user_option, open_db
from desktop.core.errors import ValidationError
from desktop.core.importing import ColumnMapping, report_rows, target_label
from desktop.services import contingents, importing


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="check a CSV or XLSX candidate list and import its valid rows",
        description="Every row is checked as the form checks a departure, plus duplicates "
        "within the list and against the register. Valid rows are imported in one transaction; "
        "the report lists each refused row with its field and reason. Exit 1 when any row is "
        "refused (the valid ones are still imported unless --dry-run).",
    )
    parser.add_argument("file", metavar="FILE")
    add_db_option(parser)
    add_user_option(parser)
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='column mapping as JSON or a .json file: {"columns": {"Header": "field"}, '
        '"defaults": {"field": "value"}} (default: remembered for this layout, else guessed)',
    )
    parser.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    parser.add_argument("--contingent", metavar="CODE", help="import into this open contingent")
    parser.add_argument("--report", metavar="FILE.csv", help="also save the report as CSV")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    path = Path(options.file)
    db = open_db(options)
    actor = acting_user(options, db)
    source = importing.read_source(path)
    if options.mapping:
        text = options.mapping
        if text.strip().endswith(".json") and Path(text).exists():
            text = Path(text).read_text(encoding="utf-8")
        mapping = ColumnMapping.from_json(text, source.headers)
    else:
        mapping = importing.mapping_for(db, source)
    contingent_id = None
    if options.contingent:
        contingent_id = contingents.find_contingent(db, options.contingent).id
    started = time.perf_counter()
    report = importing.validate(db, actor, source, mapping, contingent_id=contingent_id)
    for header, target in mapping.columns.items():
        if target:
            print(f"  {header!r} -> {target_label(target)}", file=sys.stderr)
    lines = report_rows(report.results)
    for line in lines:
        number, surname, given, _cnic, _passport, field, severity, problem = line
        who = f"{given} {surname}".strip() or "(no name)"
        print(f"line {number}: {who}: {severity} {field}: {problem}")
    print(report.summary())
    if options.report:
        report.save_csv(Path(options.report))
    if options.dry_run:
        print("Dry run: nothing was imported.")
    else:
        if report.valid:
            importing.remember_mapping(db, source, mapping)
        imported = importing.commit(db, actor, report)
        elapsed = time.perf_counter() - started
        rate = len(report.results) / elapsed if elapsed else 0
        print(f"Imported {imported:,} departures in {elapsed:.1f} s ({rate:,.0f} rows/s).")
    if not report.results:
        raise ValidationError(f"{path.name} has no rows.")
    return 1 if report.refused else 0
