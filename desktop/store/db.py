"""Opening the one SQLite file, and the single way to write to it.

Durability first (DESIGN.md "Data"): foreign keys on, `synchronous=FULL`, a busy timeout, every
write begun with `BEGIN IMMEDIATE`, the rollback journal unless SQLite is new enough for WAL.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
import sqlite_utils

from desktop.core.errors import StorageError

log = logging.getLogger("rawangi.store")

APP_NAME = "Rawangi"
BUSY_TIMEOUT_MS = 5000
# WAL is safe with several connections only from SQLite 3.51.3 on (an older WAL bug can
# corrupt a database shared by several connections).
WAL_MINIMUM = (3, 51, 3)


def data_dir() -> Path:
    """The platform's data folder for Rawangi (created on first use)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_path() -> Path:
    """Where the office's database lives unless `--db PATH` says otherwise."""
    return data_dir() / "rawangi.db"


def journal_mode() -> str:
    """WAL on a SQLite new enough for it, else the classic rollback journal."""
    return "wal" if sqlite3.sqlite_version_info >= WAL_MINIMUM else "delete"


def connect(path: str | Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open the file with Rawangi's pragmas; no schema work is done here.

    Args:
        path: the database file, or ":memory:".
        readonly: open with `mode=ro`, so that nothing can be written.
    """
    target = str(path)
    try:
        if readonly and target != ":memory:":
            uri = Path(target).resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        if not readonly and target != ":memory:":
            conn.execute(f"PRAGMA journal_mode = {journal_mode()}")
    except sqlite3.Error as error:
        raise storage_error(error, target) from error
    return sqlite_utils.Database(conn)


class WriteGate:
    """Holds writes to a file until its check at start has given its verdict.

    The window opens at once and checks the file in the background; a save made in those
    seconds waits a little for the verdict, and is refused (nothing lost: the form keeps its
    contents) if the check is still running or found damage.
    """

    WAIT_SECONDS = 3.0

    def __init__(self) -> None:
        self._verdicts: dict[str, threading.Event] = {}
        self._problems: dict[str, str] = {}

    def hold(self, path: str) -> None:
        self._verdicts[path] = threading.Event()
        self._problems.pop(path, None)

    def release(self, path: str, problem: str | None = None) -> None:
        if problem:
            self._problems[path] = problem
        event = self._verdicts.get(path)
        if event is not None:
            event.set()

    def check(self, path: str) -> None:
        event = self._verdicts.get(path)
        if event is not None and not event.wait(self.WAIT_SECONDS):
            raise StorageError(
                "The database is still being checked, as after every start; nothing was "
                "saved. Save again in a moment."
            )
        problem = self._problems.get(path)
        if problem:
            raise StorageError(f"Nothing is saved to a damaged database: {problem}")


gate = WriteGate()


@contextmanager
def write(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: `BEGIN IMMEDIATE` … `COMMIT`, rolled back on any error.

    Raises:
        StorageError: the database is busy, read-only, full or damaged, or still being checked.
    """
    if gate._verdicts:
        gate.check(db_path(db))
    conn = db.conn
    if conn.in_transaction:
        raise RuntimeError("write() does not nest: a write transaction is already open")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise storage_error(error, db_path(db)) from error
    try:
        yield db
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(conn)
        raise storage_error(error, db_path(db)) from error
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def db_path(db: sqlite_utils.Database) -> str:
    """The file behind a connection ('' for an in-memory database)."""
    for row in db.conn.execute("PRAGMA database_list"):
        if row[1] == "main":
            return str(row[2])
    return ""


def storage_error(error: sqlite3.Error, path: str) -> StorageError | sqlite3.Error:
    """Translate SQLite's failures that people can act on; others stay as they are (bugs)."""
    text = str(error).lower()
    name = path or "the database"
    if "locked" in text or "busy" in text:
        return StorageError(
            "The database is busy with another task; nothing was saved. Try again in a moment."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(f"{name} is read-only here; nothing was saved.")
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            f"The disk holding {name} is full; nothing was saved. Free some space and save again."
        )
    if "not a database" in text or "malformed" in text or "disk i/o error" in text:
        return StorageError(f"{name} is damaged or not a Rawangi database ({error}).")
    if "unable to open" in text:
        return StorageError(f"{name} cannot be opened: the folder is missing or not writable.")
    return error
