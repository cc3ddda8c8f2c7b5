"""What several commands share: the database option and opening it."""

from __future__ import annotations

import argparse

import sqlite_utils

from desktop.services import open_office_database


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: the office database in the platform's data folder)",
    )


def open_db(options: argparse.Namespace) -> sqlite_utils.Database:
    return open_office_database(options.db)
