"""Opening the office's database, and the office this PC serves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.store import Database, Use, office_settings, open_checked
from desktop.store.db import default_path


def open_office_database(
    path: str | Path | None = None,
    *,
    use: Use = Use.CREATE,
    whole_check: bool = False,
    before_upgrade: Callable[[Path], object] | None = None,
    password: str | None = None,
) -> Database:
    """The office database at `path` (or its default place in the platform's data folder),
    checked before anything reads or writes it (`desktop.store.opening`).

    Args:
        use: CREATE makes a missing file a new database; WRITE needs an existing one; READ
            opens an existing one read-only, never upgrading or creating anything.
        whole_check: SQLite's structural check of every page (about 2 s per gigabyte), not
            only of the schema and the small tables (users, settings …).
        before_upgrade: called with the path before pending schema steps are applied to a
            file found sound (the window takes a backup there).
        password: the office server's password, when libpq's own places lack it (used for
            this connection only).
    """
    return open_checked(
        path or default_path(),
        use,
        whole_check=whole_check,
        before_upgrade=before_upgrade,
        password=password,
    )


def office_code(db: Database) -> str:
    """The office this PC serves (an office setting).

    Raises:
        SettingMissing: the file does not say (no office is guessed).
    """
    return office_settings.text(db, "office")
