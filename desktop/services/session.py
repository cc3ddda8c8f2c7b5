"""Opening the office's database."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from desktop.store import open_database, settings
from desktop.store.db import default_path


def open_office_database(path: str | Path | None = None) -> sqlite_utils.Database:
    """The office database at `path`, or at its default place in the platform's data folder."""
    return open_database(path or default_path())


def office_code(db: sqlite_utils.Database) -> str:
    """The office this PC serves (an office setting)."""
    return settings.get(db, "office", "ISB")
