"""`rawangi audit verify`: recompute the audit log's hash chain, then replay it."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryptography import x509

from desktop.cli.common import add_db_option, open_db
from desktop.core.errors import StorageError
from desktop.services import audit_seals, signing
from desktop.store import Use, audit, replay
from desktop.trust import trustlist


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="check the audit log")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="recompute every row's hash and replay the log; exit 1 when anything differs",
        description="Recompute the hash chain of the audit log from its columns. With "
        "--expect-head, also check that the log still reaches a head hash recorded earlier "
        "(Help > About, a manifest's footer, a backup): a log that stops short lost rows. "
        "Then replay the log: every departure, contingent and user as stored must be what "
        "its audit history says; those that differ are named (by serial number or code). "
        "Last, check the heads signed by the office's key (its certificates in DB.signing, or "
        "those of --trust): a signature that does not hold, or a chain that no longer passes "
        "through a signed head, is broken; rows after the newest signed head are counted as "
        "not yet sealed.",
    )
    add_db_option(verify)
    verify.add_argument("--expect-head", metavar="HASH", default=None)
    verify.add_argument(
        "--trust",
        metavar="FILE",
        default=None,
        help="headquarters' trust list: its office certificates check the signed heads too",
    )
    verify.set_defaults(run=run_verify)


def run_verify(options: argparse.Namespace) -> int:
    # Checked whole first: damaged pages are damage, not tampering; "changed" is said only of
    # a chain that reads cleanly and does not verify.
    listed = _listed_certificates(options)
    db = open_db(options, Use.READ)
    try:
        verdict = audit.verify(db, expect_head=options.expect_head)
        replayed = replay.replay(db)
        certificates = signing.office_certificates(signing.key_place(db)) + listed
        sealed = audit_seals.check(db, certificates, chain_ok=verdict.ok)
    finally:
        db.close()
    print(verdict.message if verdict.ok else f"BROKEN: {verdict.message}")
    print(replayed.message if replayed.ok else f"CHANGED: {replayed.message}")
    print(sealed.message if sealed.ok else f"BROKEN: {sealed.message}")
    return 0 if verdict.ok and replayed.ok and sealed.ok else 1


def _listed_certificates(options: argparse.Namespace) -> list[x509.Certificate]:
    """The certificates of the trust list given (the office's own are added from its key's
    place, `signing.key_place`)."""
    found: list[x509.Certificate] = []
    if options.trust:
        path = Path(options.trust)
        try:
            text = path.read_bytes()
        except OSError as error:
            raise StorageError(f"Cannot read the trust list {path} ({error.strerror}).") from None
        found.extend(trustlist.load(text).offices.values())
    return found
