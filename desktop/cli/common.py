"""What several commands share: the database option, opening it, and signing in."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from desktop import services
from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Actor
from desktop.services import audit_seals, backups, signing
from desktop.store import Database, Use, health, is_server_address, kept_only_if_done
from desktop.store.db import default_path
from desktop.store.engine import PasswordNeeded
from desktop.trust.seals import Signer

PASSWORD_VARIABLE = "RAWANGI_PASSWORD"  # noqa: S105 - the name of a variable, not a secret
PASSPHRASE_VARIABLE = "RAWANGI_KEY_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


log = logging.getLogger("rawangi.cli")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: the office database in the platform's data folder), "
        "or the office server as postgresql://USER@HOST[:PORT]/DATABASE (its password from "
        "PGPASSWORD, ~/.pgpass or asked for)",
    )


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        required=True,
        help=f"who acts; the password comes from {PASSWORD_VARIABLE} or is asked for",
    )


def on_server(options: argparse.Namespace) -> bool:
    """Whether --db names the office server (postgresql://…) rather than a file."""
    return is_server_address(getattr(options, "db", None))


def database_path(options: argparse.Namespace) -> Path:
    """The file the command works on: --db, or the office database in the data folder."""
    return Path(options.db) if getattr(options, "db", None) else default_path()


def database_target(options: argparse.Namespace) -> str | Path:
    """What --db names: the office server's address as given, or the file."""
    return str(options.db) if on_server(options) else database_path(options)


def open_db(options: argparse.Namespace, use: Use = Use.WRITE) -> Database:
    """The database, checked whole before anything reads or writes it (`desktop.store.opening`).

    On the office server the password comes from libpq's own places (PGPASSWORD, ~/.pgpass) or
    is asked for at the terminal; it is used for this connection only, never kept or shown.

    Args:
        use: CREATE for `init` and `demo`; WRITE for commands that change data; READ for
            checks that write nothing, not even an audit row.
    """
    db = _open(options, use)
    _opened.append(db)
    return db


# Every database a command opened, closed by `close_opened` when the command ends however it
# ends (a server's connection is then closed at once, not left to the garbage collector).
_opened: list[Database] = []


def close_opened() -> None:
    while _opened:
        _opened.pop().close()


def _open(options: argparse.Namespace, use: Use) -> Database:
    target = database_target(options)
    # A typed password is kept in this process only, for the PostgreSQL tools a backup runs.
    options.server_password = None
    try:
        return services.open_office_database(
            target,
            use=use,
            whole_check=True,
            before_upgrade=backups.backup_before_migration,
        )
    except PasswordNeeded as needed:
        options.server_password = server_password(str(needed))
    return services.open_office_database(target, use=use, password=options.server_password)


def server_password(address: str) -> str:
    """The office server's password, typed at the terminal (never echoed, never kept).

    Raises:
        ValidationError: no terminal to ask at.
    """
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            f"The office server {address} asks for a password: set PGPASSWORD, put it in "
            "~/.pgpass (pgpass.conf on Windows), or run the command in a terminal to type it."
        )
    return getpass.getpass(f"Password of {address}: ")


@contextmanager
def created_or_removed(options: argparse.Namespace) -> Iterator[None]:
    """A database file this block creates is removed again when the block fails (a refused
    `init` or `demo` leaves nothing behind); the office server's database is IT's, never
    removed (its schema steps are each one transaction)."""
    guard = nullcontext() if on_server(options) else kept_only_if_done(database_path(options))
    with guard:
        yield


def open_for_reading(options: argparse.Namespace) -> Database:
    """For commands that print what they read and leave an audit row saying so.

    A file that is read-only here is opened read-only: the read is then recorded in the log
    file only, and a note on stderr says so.
    """
    if on_server(options):  # the desks' login may always write its audit rows
        return open_db(options, Use.WRITE)
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


def office_signer(db: Database, *, ask: bool) -> Signer | None:
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
    place = signing.key_place(db)
    if not signing.has_certificate(place):
        return None
    if not ask and PASSPHRASE_VARIABLE not in os.environ:
        return None
    try:
        return signing.signer(place, passphrase(f"the office's key {signing.key_files(place).key}"))
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
        signer = office_signer(db, ask=False)
    return services.sign_in(db, options.user, secret, signer=signer)
