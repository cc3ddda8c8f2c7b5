"""What several commands share: the database option, opening it, and signing in."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from desktop import services
from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Actor
from desktop.services import audit_seals, backups, signing
from desktop.store import Database, Use, health
from desktop.store.db import default_path
from desktop.trust.seals import Signer

PASSWORD_VARIABLE = "RAWANGI_PASSWORD"  # noqa: S105 - the name of a variable, not a secret
PASSPHRASE_VARIABLE = "RAWANGI_KEY_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


log = logging.getLogger("rawangi.cli")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: the office database in the platform's data folder)",
    )


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        required=True,
        help=f"who acts; the password comes from {PASSWORD_VARIABLE} or is asked for",
    )


def database_path(options: argparse.Namespace) -> Path:
    """The file the command works on: --db, or the office database in the data folder."""
    return Path(options.db) if getattr(options, "db", None) else default_path()


def open_db(options: argparse.Namespace, use: Use = Use.WRITE) -> Database:
    """The database, checked whole before anything reads or writes it (`desktop.store.opening`).

    Args:
        use: CREATE for `init` and `demo`; WRITE for commands that change data; READ for
            checks that write nothing, not even an audit row.
    """
    return services.open_office_database(
        database_path(options),
        use=use,
        whole_check=True,
        before_upgrade=backups.backup_before_migration,
    )


def open_for_reading(options: argparse.Namespace) -> Database:
    """For commands that print what they read and leave an audit row saying so.

    A file that is read-only here is opened read-only: the read is then recorded in the log
    file only, and a note on stderr says so.
    """
    path = database_path(options)
    try:
        read_only = path.exists() and health.read_only_reason(path)
    except OSError:  # a folder on the way may not be opened: the open says so
        read_only = None
    if not read_only:
        return open_db(options, Use.WRITE)
    db = open_db(options, Use.READ)  # refuses first what is wrong with the file itself
    print(
        f"rawangi: {path} is read-only here: this read is recorded in this computer's log "
        "file, not in the database's audit log.",
        file=sys.stderr,
    )
    return db


def password(prompt: str = "Password: ") -> str:
    """The password from RAWANGI_PASSWORD, else typed at the terminal (never echoed).

    Raises:
        ValidationError: no variable and no terminal to ask at.
    """
    value = os.environ.get(PASSWORD_VARIABLE)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            f"No password: set {PASSWORD_VARIABLE} or run the command in a terminal to type it."
        )
    return getpass.getpass(prompt)


def passphrase(what: str, *, new: bool = False) -> str:
    """A key's passphrase from RAWANGI_KEY_PASSPHRASE or typed (twice for a new key); never
    echoed, never logged.

    Raises:
        ValidationError: no variable and no terminal to ask at, or the two typings differ.
    """
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            f"No passphrase for {what}: set {PASSPHRASE_VARIABLE} or run the command in a "
            "terminal to type it."
        )
    typed = getpass.getpass(f"Passphrase for {what}: ")
    if new and getpass.getpass("The same passphrase again: ") != typed:
        raise ValidationError("The two passphrases differ: nothing was made.", "passphrase")
    return typed


def office_signer(options: argparse.Namespace, *, ask: bool) -> Signer | None:
    """The office's certified key, ready to sign, or None when it has none.

    Args:
        ask: the passphrase may be typed when RAWANGI_KEY_PASSPHRASE is not set, and a wrong
            one refuses the command (a bundle export). Without `ask` (the audit head signed at
            a sign-in, a finalization, a backup) only the variable is used, and a key that
            cannot be used is said on stderr and left out: the command goes on unsigned.

    Raises:
        ValidationError, NotFound: with `ask`, a wrong passphrase or a key without its
            certificate.
    """
    path = database_path(options)
    if not signing.has_certificate(path):
        return None
    if not ask and PASSPHRASE_VARIABLE not in os.environ:
        return None
    try:
        return signing.signer(path, passphrase(f"the office's key {signing.key_files(path).key}"))
    except (ValidationError, NotFound) as refusal:
        if ask:
            raise
        # Said in the log, not on stderr: a command that needs the key itself refuses in its
        # own one line; the others go on, their head signed at the next chance.
        log.warning("the audit head is not signed: %s", refusal)
        return None


def acting_user(options: argparse.Namespace, db: Database, signer: Signer | None = None) -> Actor:
    """Sign in the --user with their password (a refusal is logged like the window's).

    With the office's key at hand (`signer`, or else RAWANGI_KEY_PASSPHRASE and a certified
    key, looked for only when no head was signed today), the first sign-in of the day signs
    the audit head.
    """
    secret = password(f"Password for {options.user}: ")
    if signer is None and audit_seals.due_today(db):
        signer = office_signer(options, ask=False)
    return services.sign_in(db, options.user, secret, signer=signer)
