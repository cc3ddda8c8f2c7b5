"""What several commands share: the database option, opening it, and signing in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop import services
from desktop.core.errors import ValidationError
from desktop.core.roles import Actor
from desktop.services import backups
from desktop.store import Database, Use, health
from desktop.store.db import default_path

PASSWORD_VARIABLE = "RAWANGI_PASSWORD"  # noqa: S105 - the name of a variable, not a secret


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


def acting_user(options: argparse.Namespace, db: Database) -> Actor:
    """Sign in the --user with their password (a refusal is logged like the window's)."""
    return services.sign_in(db, options.user, password(f"Password for {options.user}: "))
