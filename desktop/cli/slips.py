"""`rawangi slips print CODE --out FILE.pdf --user NAME [--person CNIC …]`: departure slips."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import (
    PASSPHRASE_VARIABLE,
    acting_user,
    add_db_option,
    add_user_option,
    open_for_reading,
    passphrase,
)
from desktop.core.errors import ValidationError
from desktop.services import signing, slips


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="print the departure slips of a contingent")
    actions = parser.add_subparsers(dest="slips_command", metavar="ACTION", required=True)
    printing = actions.add_parser(
        "print",
        help="write the slips of a finalized contingent to a PDF (supervisors, admins)",
        description="One A6 slip per traveller, four to an A4 sheet with cut marks, each with "
        "a QR code of its fields signed by the office's key (its passphrase from "
        f"{PASSPHRASE_VARIABLE} or typed). An office without a certified key prints them "
        "UNSIGNED, without a QR code. An open contingent is refused.",
    )
    printing.add_argument("code", metavar="CODE")
    add_db_option(printing)
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    add_user_option(printing)
    printing.add_argument(
        "--person",
        metavar="CNIC",
        action="append",
        default=None,
        help="only this person's slip (repeat for several); default: everyone who travels",
    )
    printing.set_defaults(run=run_print)


def run_print(options: argparse.Namespace) -> int:
    out = Path(options.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"--out must name a .pdf file, not {out.name}.")
    db = open_for_reading(options)
    try:
        actor = acting_user(options, db)
        slips.printable(db, actor, options.code)  # refused before any passphrase is asked
        signer = None
        place = signing.key_place(db)
        if slips.signs(place):
            signer = signing.signer(place, passphrase("the office's signing key"))
        printed = slips.slips_pdf(db, actor, options.code, options.person, signer)
    finally:
        db.close()
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_bytes(printed.pdf)
        partial.replace(out)
    except OSError as error:
        raise ValidationError(f"Cannot write {out}: {error.strerror}.") from None
    sheets = -(-printed.people // 4)
    slips_word = "slip" if printed.people == 1 else "slips"
    sheets_word = "sheet" if sheets == 1 else "sheets"
    print(
        f"Wrote {printed.people} departure {slips_word} of {printed.code} revision "
        f"{printed.revision} ({sheets} A4 {sheets_word}) to {out}."
    )
    if not printed.signed:
        print(
            "rawangi: the slips are UNSIGNED (no QR code): this office has no certified signing "
            "key yet (rawangi keys init, then keys import).",
            file=sys.stderr,
        )
    return 0
