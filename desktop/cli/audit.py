"""`rawangi audit verify`: recompute the audit log's hash chain."""

from __future__ import annotations

import argparse

from desktop.cli.common import add_db_option, open_db
from desktop.store import Use, audit


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="check the audit log")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="recompute every row's hash; exit 1 at the first broken row",
        description="Recompute the hash chain of the audit log from its columns. With "
        "--expect-head, also check that the log still reaches a head hash recorded earlier "
        "(Help > About, a manifest's footer, a backup): a log that stops short lost rows.",
    )
    add_db_option(verify)
    verify.add_argument("--expect-head", metavar="HASH", default=None)
    verify.set_defaults(run=run_verify)


def run_verify(options: argparse.Namespace) -> int:
    # Checked whole first: damaged pages are damage, not tampering; "changed" is said only of
    # a chain that reads cleanly and does not verify.
    db = open_db(options, Use.READ)
    try:
        verdict = audit.verify(db, expect_head=options.expect_head)
    finally:
        db.close()
    print(verdict.message if verdict.ok else f"BROKEN: {verdict.message}")
    return 0 if verdict.ok else 1
