"""What several commands share: the database option, opening it, and signing in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

import sqlite_utils

from desktop import services
from desktop.core.errors import ValidationError
from desktop.core.roles import Actor

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


def open_db(options: argparse.Namespace) -> sqlite_utils.Database:
    return services.open_office_database(options.db)


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


def acting_user(options: argparse.Namespace, db: sqlite_utils.Database) -> Actor:
    """Sign in the --user with their password (a refusal is logged like the window's)."""
    return services.sign_in(db, options.user, password(f"Password for {options.user}: "))
