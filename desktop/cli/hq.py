"""`rawangi hq ca init|certify|revoke`: headquarters' certificate authority, in a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import passphrase
from desktop.trust import authority, keys


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="headquarters: the root, office certificates")
    actions = parser.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    ca = actions.add_parser("ca", help="the root certificate authority")
    ca_actions = ca.add_subparsers(dest="ca_command", metavar="ACTION", required=True)
    init = ca_actions.add_parser(
        "init",
        help="make the root key and certificate in a new folder",
        description="Make headquarters' root key (encrypted with a passphrase from "
        "RAWANGI_KEY_PASSPHRASE or typed) and its self-signed certificate in DIR, which must "
        "be new or empty. Publish the fingerprint it prints.",
    )
    init.add_argument("--out", metavar="DIR", required=True)
    init.add_argument("--name", default="Rawangi headquarters root")
    init.add_argument("--years", type=int, default=10)
    init.set_defaults(run=run_init)
    certify = actions.add_parser(
        "certify",
        help="issue an office certificate for its request",
        description="Check the request's signature and issue the office's certificate "
        "(document signing), written to CERT followed by the root; recorded in DIR/issued.json.",
    )
    certify.add_argument("request", metavar="REQUEST", help="the office's office.csr")
    certify.add_argument("--ca", metavar="DIR", required=True)
    certify.add_argument("--out", metavar="CERT", required=True)
    certify.add_argument("--days", type=int, default=730)
    certify.set_defaults(run=run_certify)
    revoke = actions.add_parser("revoke", help="revoke an office certificate")
    revoke.add_argument("certificate", metavar="CERT")
    revoke.add_argument("--ca", metavar="DIR", required=True)
    revoke.add_argument("--reason", metavar="TEXT", required=True)
    revoke.set_defaults(run=run_revoke)


def run_init(options: argparse.Namespace) -> int:
    folder = Path(options.out)
    made = authority.create(
        folder, options.name, passphrase("the new root key", new=True), years=options.years
    )
    root = made.root()
    print(f"Made the root {keys.Subject.of(root.subject)} in {folder}.")
    print(f"Publish its SHA-256 fingerprint: {keys.fingerprint(root)}")
    return 0


def run_certify(options: argparse.Namespace) -> int:
    ca = authority.Authority(Path(options.ca))
    ca.root()  # says first when DIR is no headquarters folder
    certificate = authority.certify(
        ca,
        Path(options.request),
        Path(options.out),
        passphrase(f"the root key {ca.key_path}"),
        days=options.days,
    )
    print(
        f"Certified {keys.Subject.of(certificate.subject)}, key "
        f"{keys.key_id(certificate).hex()}, until {certificate.not_valid_after_utc:%Y-%m-%d}: "
        f"send {options.out} to the office."
    )
    return 0


def run_revoke(options: argparse.Namespace) -> int:
    entry = authority.revoke(
        authority.Authority(Path(options.ca)), Path(options.certificate), options.reason
    )
    print(
        f"Revoked the key {entry['kid']} of {entry['name']} ({entry['office']}): export the "
        "trust list again and send it to the verifiers."
    )
    return 0
