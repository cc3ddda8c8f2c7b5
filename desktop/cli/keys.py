"""`rawangi keys init|import|show`: the office's signing key and its certificate (admins)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import (
    PASSPHRASE_VARIABLE,
    acting_user,
    add_db_option,
    add_user_option,
    database_path,
    on_server,
    open_db,
    passphrase,
)
from desktop.services import signing
from desktop.store import Use
from desktop.store.engine import describe_address
from desktop.trust import keys


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="the office's signing key and its certificate")
    actions = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="make the office's key and a certificate request for headquarters (admins)",
        description="Make the office's ECDSA P-256 key, encrypted with a passphrase (from "
        f"{PASSPHRASE_VARIABLE} or typed), and a certificate request naming the office, in the "
        "folder DB.signing beside the database file (for the office server: in this PC's data "
        "folder, signing/DATABASE-ID/office.signing). Send the request to headquarters.",
    )
    add_db_option(init)
    add_user_option(init)
    init.add_argument(
        "--renew", action="store_true", help="replace an existing key (its certificate is kept)"
    )
    init.set_defaults(run=run_init)
    imported = actions.add_parser(
        "import",
        help="store the certificate headquarters issued for the office's key (admins)",
        description="Check that the certificate is for this office's key and office, chains to "
        "the headquarters root (given with --ca-cert, or following it in the file) and is valid "
        "now; then keep it beside the key.",
    )
    imported.add_argument("certificate", metavar="CERT", help="the certificate file (PEM)")
    imported.add_argument("--ca-cert", metavar="ROOT", default=None, help="the root (PEM)")
    add_db_option(imported)
    add_user_option(imported)
    imported.set_defaults(run=run_import)
    show = actions.add_parser("show", help="the key's id, whose, validity and status")
    add_db_option(show)
    show.set_defaults(run=run_show)


def run_init(options: argparse.Namespace) -> int:
    db = open_db(options)
    try:
        actor = acting_user(options, db)
        place = signing.key_place(db)
        secret = passphrase("the office's new key", new=True)
        files = signing.init_keys(db, actor, place, secret, renew=options.renew)
    finally:
        db.close()
    status = signing.key_status(place)
    print(f"Made the office's signing key {status.kid} for {status.subject} in {files.folder}.")
    print(
        f"Send the certificate request {files.request} to headquarters; import the certificate "
        f"they send back with: rawangi keys import CERT --db {_shown(options)} --user "
        f"{options.user}"
    )
    return 0


def _shown(options: argparse.Namespace) -> str:
    """--db as the next command takes it (a server's address without any password)."""
    return describe_address(options.db) if on_server(options) else str(database_path(options))


def run_import(options: argparse.Namespace) -> int:
    db = open_db(options)
    try:
        actor = acting_user(options, db)
        certificate = signing.import_certificate(
            db,
            actor,
            signing.key_place(db),
            Path(options.certificate),
            Path(options.ca_cert) if options.ca_cert else None,
        )
    finally:
        db.close()
    print(
        f"Imported the certificate of {keys.Subject.of(certificate.subject)}, key "
        f"{keys.key_id(certificate).hex()}, valid until "
        f"{certificate.not_valid_after_utc:%Y-%m-%d}: this office signs from now on."
    )
    return 0


def run_show(options: argparse.Namespace) -> int:
    db = open_db(options, Use.READ)
    try:
        place = signing.key_place(db)
    finally:
        db.close()
    status = signing.key_status(place)
    if status.state == "no key":
        print(f"No signing key in {status.folder}: an admin makes one with `rawangi keys init`.")
        return 1
    print(f"key id:   {status.kid}")
    print(f"subject:  {status.subject}")
    if status.state == "waiting":
        print("status:   waiting for the certificate from headquarters")
        return 1
    print(f"valid:    {status.not_before} to {status.not_after}")
    print(f"root:     {status.root_sha256}")
    print(f"status:   {status.state}")
    return 0 if status.state == "valid" else 1
