"""`rawangi bundle export` (an office) and `rawangi bundle import FILE` (headquarters)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import (
    acting_user,
    add_db_option,
    add_user_option,
    office_signer,
    on_server,
    open_db,
)
from desktop.core import dates
from desktop.core.errors import StorageError
from desktop.services import bundles
from desktop.store.db import default_path
from desktop.trust import trustlist


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="headquarters bundles: export an office's records, import them at HQ",
        description="An office's records travel to headquarters as one bundle file: a zip "
        "with the departures, contingents, manifests' fingerprints (no PDFs) and audit rows, "
        "sealed with SHA-256 hashes and signed with the office's key. Supervisors and admins "
        "only.",
    )
    actions = parser.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export",
        help="write this office's records to a bundle file",
        description="Write the office's departures, contingents, manifests' fingerprints and "
        "audit rows to one bundle file for headquarters. With --since, only the records "
        "changed on or after that day, and the audit rows from that day on. When the office "
        "has a certified key, the bundle is signed with it (passphrase from "
        "RAWANGI_KEY_PASSPHRASE or typed). The export is recorded in the audit log.",
    )
    add_db_option(export)
    add_user_option(export)
    export.add_argument("--out", required=True, metavar="FILE", help="the bundle file to write")
    export.add_argument(
        "--since",
        default="",
        metavar="DATE",
        help="only what changed on or after this day (2026-03-01); default: everything",
    )
    export.set_defaults(run=run_export)

    merge = actions.add_parser(
        "import",
        help="merge an office's bundle into this (headquarters') database",
        description="Check a bundle (its seal, SHA-256, audit chain and signature) and merge it "
        "by record: new records are added, newer versions replace older ones, others are left "
        "alone. With headquarters' trust list (kept in the database by `rawangi trust import`, "
        "or given with --trust) only bundles signed by a key it certifies, not revoked and "
        "valid now, are taken. A bundle that fails a check is refused and nothing is written; "
        "importing the same bundle again changes nothing.",
    )
    merge.add_argument("file", metavar="FILE", help="the bundle file")
    merge.add_argument(
        "--trust",
        metavar="FILE",
        default=None,
        help="headquarters' trust list (trust.json) to check the signature against",
    )
    add_db_option(merge)
    add_user_option(merge)
    merge.set_defaults(run=run_import)


def _existing_database(options: argparse.Namespace) -> None:
    if on_server(options):  # opening it says whether the server holds a register
        return
    path = Path(options.db) if options.db else default_path()
    if not path.is_file():
        raise StorageError(
            f"There is no database at {path}. Give its path with --db, or set one up with "
            "`rawangi init`."
        )


class _Steps:
    """The step being done, on one line of a terminal (nothing when output is redirected)."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, text: str) -> None:
        if sys.stderr.isatty():
            print(f"\r\033[K{text}", end="", file=sys.stderr, flush=True)
            self.shown = True

    def close(self) -> None:
        if self.shown:
            print(file=sys.stderr)
            self.shown = False


def run_export(options: argparse.Namespace) -> int:
    since = dates.parse(options.since, "since", "--since")
    _existing_database(options)
    steps = _Steps()
    db = open_db(options)
    try:
        signer = office_signer(db, ask=True)
        actor = acting_user(options, db, signer)
        made = bundles.export_bundle(
            db, actor, Path(options.out), since=since, progress=steps, signer=signer
        )
    finally:
        steps.close()
        db.close()
    counts = made.info.counts
    print(
        f"Wrote the bundle of {made.info.office} to {made.path}: "
        f"{counts['departures']:,} departures, "
        f"{counts['contingents']:,} contingents, {counts['manifests']:,} manifests, "
        f"{counts['audit']:,} audit rows ({made.size:,} bytes, SHA-256 {made.sha256})."
    )
    if signer is not None:
        print(f"Signed with the key {signer.kid} of {made.info.office}.")
    else:
        print(
            "rawangi: this bundle is not signed: the office has no certified key (`rawangi "
            "keys init`); headquarters will refuse it.",
            file=sys.stderr,
        )
    return 0


def _trust(options: argparse.Namespace) -> trustlist.TrustList | None:
    if not options.trust:
        return None
    path = Path(options.trust)
    try:
        text = path.read_bytes()
    except OSError as error:
        raise StorageError(f"Cannot read the trust list {path} ({error.strerror}).") from None
    return trustlist.load(text)


def run_import(options: argparse.Namespace) -> int:
    _existing_database(options)
    trust = _trust(options)
    steps = _Steps()
    try:
        # The bundle is checked before the database is opened or anyone signs in: a refused
        # bundle leaves the headquarters' file exactly as it was.
        with bundles.checked(options.file, progress=steps) as bundle:
            db = open_db(options)
            try:
                actor = acting_user(options, db)
                imported = bundles.import_bundle(db, actor, bundle, progress=steps, trust=trust)
            finally:
                db.close()
    finally:
        steps.close()
    for line in imported.lines():
        print(line)
    return 0
