"""Opening the office's database, and the office this PC serves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.store import Database, Use, office_settings, open_checked
from desktop.store.db import default_path
from desktop.store.engine import describe_address


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
        password: for the office server (`postgresql://…`), when libpq's own places (PGPASSWORD,
            .pgpass) hold none; kept in memory only, never written.
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


def check_server(address: str, password: str | None = None) -> str:
    """Try the office server before this PC is set to use it: its register must exist (`rawangi
    server init` made it). What was found, in a sentence.

    Raises:
        PasswordNeeded: the server wants a password and none was given.
        StorageError: unreachable, refused, no Rawangi register there, or made by a newer
            Rawangi (the message names the server and what to do).
    """
    db = open_checked(address, Use.WRITE, password=password)
    try:
        code = office_settings.text(db, "office")
        names = dict(office_settings.offices(db))
        return (
            f"Connected to {describe_address(address)}: the register of office {code} "
            f"({names.get(code, code)})."
        )
    finally:
        db.close()


def office_code(db: Database) -> str:
    """The office this PC serves (an office setting).

    Raises:
        SettingMissing: the file does not say (no office is guessed).
    """
    return office_settings.text(db, "office")
