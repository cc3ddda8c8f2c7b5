"""Opening the office's database and knowing who is acting."""

from __future__ import annotations

import getpass
from pathlib import Path

import sqlite_utils

from desktop.core.roles import Actor, Role
from desktop.store import open_database, settings
from desktop.store.db import default_path


def open_office_database(path: str | Path | None = None) -> sqlite_utils.Database:
    """The office database at `path`, or at its default place in the platform's data folder."""
    return open_database(path or default_path())


def office(db: sqlite_utils.Database) -> str:
    """The office this PC serves (an office setting)."""
    return settings.get(db, "office", "ISB")


def local_actor(db: sqlite_utils.Database) -> Actor:
    """The acting user until sign-in exists: the operating-system login name."""
    return Actor(name=getpass.getuser(), role=Role.SUPERVISOR, office=office(db))
