"""`rawangi contingent list`, `rawangi manifest print|verify`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    PASSPHRASE_VARIABLE,
    acting_user,
    add_db_option,
    add_user_option,
    open_db,
    open_for_reading,
    passphrase,
)
from desktop.core.contingent import OPEN
from desktop.core.errors import ValidationError
from desktop.services import contingents, manifests, reading, signing
from desktop.store import Database, Use

if TYPE_CHECKING:
    from desktop.manifest.signature import SigningKey


def add_contingent_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="list contingents")
    actions = parser.add_subparsers(dest="contingent_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="contingents, the latest departure first",
        description="Contingents with their flights and head counts. The user signs in, and "
        "the listing is recorded in the audit log as an export.",
    )
    add_db_option(listing)
    add_user_option(listing)
    listing.add_argument("--status", choices=("open", "finalized", "departed"), default="")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(run=run_list)


def run_list(options: argparse.Namespace) -> int:
    db = open_for_reading(options)
    try:
        actor = acting_user(options, db)
        found = reading.list_contingents(db, actor, status=options.status, shown_as=options.format)
    finally:
        db.close()
    listed: list[dict[str, Any]] = [
        {
            "code": item.contingent.code,
            "status": item.contingent.status,
            "count": item.count,
            "capacity": item.contingent.capacity,
            "flight": item.contingent.flight_no,
            "carrier": item.contingent.carrier,
            "airport": item.contingent.airport,
            "departure_date": item.contingent.departure_date.isoformat(),
            "departure_time": item.contingent.departure_time,
            "destinations": list(item.contingent.destinations),
            "revision": item.contingent.revision,
        }
        for item in found
    ]
    if options.format == "json":
        json.dump(listed, sys.stdout, indent=2)
        print()
    elif not listed:
        print("No contingents.")
    else:
        for c in listed:
            print(
                f"{c['code']:<17} {c['status']:<9} {c['count']:>4}/{c['capacity']:<4} "
                f"{c['flight']:<8} {c['departure_date']} {c['departure_time']}  "
                f"rev {c['revision']}  {','.join(c['destinations'])}"
            )
    return 0


def add_manifest_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="print or verify a contingent's manifest")
    actions = parser.add_subparsers(dest="manifest_command", metavar="ACTION", required=True)
    printing = actions.add_parser(
        "print",
        help="write a stored revision to a PDF file (supervisors)",
        description="Write the current (or --revision N) stored manifest of a contingent. A "
        "superseded revision comes out with SUPERSEDED across every page. --finalize first "
        "finalizes an open contingent, which generates its next revision, signed by the "
        "office's key when it has a certified one (its passphrase from "
        f"{PASSPHRASE_VARIABLE} or typed); else unsigned, and the command says so.",
    )
    printing.add_argument("code", metavar="CODE")
    add_db_option(printing)
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    add_user_option(printing)
    printing.add_argument("--revision", type=int, default=None)
    printing.add_argument("--finalize", action="store_true")
    printing.set_defaults(run=run_print)
    verify = actions.add_parser(
        "verify",
        help="is a PDF a genuine copy of the current revision? (exit 0 only then)",
        description="Compare a PDF with the manifests stored in the database and check its "
        "signature: genuine current revision (exit 0), genuine but superseded by a later "
        "revision, or altered (exit 1).",
    )
    verify.add_argument("file", metavar="FILE.pdf")
    add_db_option(verify)
    verify.set_defaults(run=run_verify)


def run_print(options: argparse.Namespace) -> int:
    out = Path(options.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"--out must name a .pdf file, not {out.name}.")
    db = open_db(options) if options.finalize else open_for_reading(options)
    actor = acting_user(options, db)
    contingent = contingents.find_contingent(db, options.code)
    if contingent.status == OPEN:
        if not options.finalize:
            raise ValidationError(
                f"{contingent.code} is open and has no current manifest; add --finalize to "
                "finalize it first."
            )
        signing_key, unsigned = _office_signing(db)
        contingents.finalize(db, actor, contingent.id, signing=signing_key)
        if unsigned:
            print(f"The manifest is unsigned: {unsigned}")
    copy = manifests.manifest_copy(db, actor, contingent.id, revision=options.revision)
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_bytes(copy.pdf)
        partial.replace(out)
    except OSError as error:
        raise ValidationError(f"Cannot write {out}: {error.strerror}.") from None
    state = " (SUPERSEDED)" if copy.superseded else ""
    print(f"Wrote {copy.code} revision {copy.revision}{state} to {out}.")
    return 0


def _office_signing(db: Database) -> tuple[SigningKey | None, str]:
    """The office's signing key (asking its passphrase), or None and why not."""
    place = signing.key_place(db)
    status = signing.key_status(place)
    if status.state != "valid":
        return None, signing.unsigned_reason(status)
    secret = passphrase(f"the office's signing key ({signing.key_files(place).key})")
    return signing.manifest_signer(place, secret), ""


def run_verify(options: argparse.Namespace) -> int:
    path = Path(options.file)
    try:
        pdf = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"Cannot read {path}: {error.strerror}.") from None
    db = open_db(options, Use.READ)
    try:
        result = manifests.verify_pdf(db, pdf)
    finally:
        db.close()
    print(result.message)
    return 0 if result.ok else 1
