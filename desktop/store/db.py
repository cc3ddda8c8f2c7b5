"""Opening the one SQLite file, and the single way to write to it.

Durability first (DESIGN.md "Data"): foreign keys on, `synchronous=FULL`, a busy timeout, every
write begun with `BEGIN IMMEDIATE`, the rollback journal unless SQLite is new enough for WAL.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
import sqlite_utils

from desktop.core.errors import StorageError
from desktop.store import lock
from desktop.store.files import create_private, private_folder

log = logging.getLogger("rawangi.store")

APP_NAME = "Rawangi"
BUSY_TIMEOUT_MS = 5000
# WAL is safe with several connections only from SQLite 3.51.3 on (an older WAL bug can
# corrupt a database shared by several connections).
WAL_MINIMUM = (3, 51, 3)


def data_dir() -> Path:
    """The platform's data folder for Rawangi (created on first use)."""
    return private_folder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def default_path() -> Path:
    """Where the office's database lives unless `--db PATH` says otherwise."""
    return data_dir() / "rawangi.db"


def journal_mode() -> str:
    """WAL on a SQLite new enough for it, else the classic rollback journal."""
    return "wal" if sqlite3.sqlite_version_info >= WAL_MINIMUM else "delete"


def connect(path: str | Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open the file with Rawangi's pragmas; no schema work is done here.

    A file that does not exist is created (unless `readonly`) readable by its owner only.

    Args:
        path: the database file, or ":memory:".
        readonly: open with `mode=ro`, so that nothing can be written and nothing is created.
    """
    target = str(path)
    try:
        if readonly and target != ":memory:":
            uri = Path(target).resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            if target != ":memory:":
                create_private(Path(target))
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        if not readonly and target != ":memory:":
            conn.execute(f"PRAGMA journal_mode = {journal_mode()}")
    except sqlite3.Error as error:
        raise storage_error(error, target) from error
    except OSError as error:  # creating the file: a missing or read-only folder
        raise StorageError(
            f"{target} cannot be created ({error.strerror}). Check that its folder exists and "
            "that you may write to it."
        ) from error
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
            raise DatabaseDamaged(f"Nothing is saved to a damaged database: {problem}")


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


# SQLite's primary result codes (https://sqlite.org/rescode.html) that people can act on.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26
SQLITE_INTERRUPT = 9
SQLITE_READONLY_ROLLBACK = SQLITE_READONLY | (3 << 8)
# The first bytes of a rollback journal that still holds a transaction to undo (a "hot" one).
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
CHECK_ADVICE = "Run `rawangi check --db {path}` to check the whole file."


class DatabaseDamaged(StorageError):
    """The file is damaged or is not a Rawangi database; it is never written."""


class NotRawangiDatabase(DatabaseDamaged):
    """A sound SQLite file of another program, or an empty one."""


class DatabaseInUse(StorageError):
    """Another program holds a lock on the file: expected, and worth trying again."""


class DatabaseReadOnly(StorageError):
    """The file (or its folder) can only be read here."""


class DatabaseUnreadable(StorageError):
    """This computer's account may not open the file."""


class DatabaseMissing(StorageError):
    """There is no file at the path given."""


def hot_journal(path: str | Path) -> bool:
    """Whether a rollback journal beside the file still holds an interrupted transaction."""
    try:
        with Path(f"{path}-journal").open("rb") as file:
            return file.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def in_use_message(path: str) -> str:
    """The file is locked by someone else: who (as `desktop.store.lock` knows), what to do."""
    name = path or "The database"
    holder = lock.read_holder(Path(path)) if path else None
    if holder is not None and not holder.is_me():
        user = f", {holder.user}" if holder.user else ""
        who = f"by Rawangi on {holder.host} (process {holder.pid}{user}, since {holder.since()})"
    else:
        who = "by another program"
    return (
        f"{name} is in use {who} and did not become free within {BUSY_TIMEOUT_MS / 1000:g} "
        "seconds. Nothing was changed; try again in a moment, or when that program has "
        "finished."
    )


def interrupted_in_read_only_folder(path: str) -> str:
    """A hot journal that cannot be rolled back: the folder may not be written here."""
    return (
        f"{path} was left with an unfinished change (in {Path(path).name}-journal beside it), "
        "and its folder is read-only here, so SQLite cannot undo that change before reading. "
        "Nothing was changed. Ask whoever looks after this computer to make the folder "
        "writable, then open the database again; do not delete the journal file."
    )


# The engine's own failure, for the layers above that hand it to `storage_error` (they name no
# engine themselves: the office server's driver will fit here too).
EngineError = sqlite3.Error


def result_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a failure (`SQLITE_FULL` …), None if it has none."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def in_transaction(db: sqlite_utils.Database) -> bool:
    """Whether a transaction is open on this connection (a refusal then waits for it)."""
    return bool(db.conn.in_transaction)


def has_tables(db: sqlite_utils.Database) -> bool:
    """Whether the file holds any table (an empty file is a new database)."""
    return bool(db.table_names())


def table_count(db: sqlite_utils.Database) -> int:
    """How many tables the file holds."""
    return len(db.table_names())


def has_column(db: sqlite_utils.Database, table: str, column: str) -> bool:
    """Whether `table` has `column` (an old file may not have it yet)."""
    return table in db.table_names() and column in db[table].columns_dict


def storage_error(error: sqlite3.Error, path: str) -> StorageError | sqlite3.Error:
    """Translate SQLite's failures that people can act on, by SQLite's own result code; others
    stay as they are (bugs)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return error
    primary = code & 0xFF
    name = path or "The database"
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseInUse(in_use_message(path))
    if code == SQLITE_READONLY_ROLLBACK or (primary == SQLITE_IOERR and hot_journal(path)):
        return DatabaseReadOnly(interrupted_in_read_only_folder(name))
    if primary == SQLITE_READONLY:
        return DatabaseReadOnly(f"{name} is read-only here; nothing was saved.")
    if primary == SQLITE_FULL:
        return StorageError(
            f"The disk holding {name} is full; nothing was saved. Free some space and save again."
        )
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(
            f"{name} is damaged or not a Rawangi database (SQLite says: {error}). Nothing was "
            "changed. Restore the newest verified backup (Backups window, or `rawangi "
            "restore`); keep this file, a specialist may recover more from it."
        )
    if primary == SQLITE_IOERR:
        return StorageError(
            f"{name} could not be read or written: the disk reported an error (SQLite says: "
            f"{error}). Nothing more was changed. Check the disk, then "
            + CHECK_ADVICE.format(path=name)
        )
    if primary in (SQLITE_PERM, SQLITE_AUTH):
        return DatabaseUnreadable(unreadable_message(name))
    if primary == SQLITE_CANTOPEN:
        return StorageError(
            f"{name} cannot be opened: the folder is missing, or this account may not read the "
            "file or write in its folder. Check the path, or ask whoever looks after this "
            "computer for access."
        )
    return error


def unreadable_message(path: str) -> str:
    """The account at the desk may not read the file."""
    return (
        f"Rawangi may not read {path}: the account signed in to this computer has no "
        "permission to open it. Nothing was changed. Ask whoever looks after this computer to "
        "give this account read and write access to the file and its folder."
    )


_KEY_FILE = "name-marker.key"
_key: bytes | None = None


def local_key() -> bytes:
    """A secret of this computer's account, kept in the data folder (never in a database):
    the key of the markers that stand for user names nobody has.

    A data folder that cannot be written gives a key for this run only.
    """
    global _key  # noqa: PLW0603 - read once per process, like the data folder itself
    if _key is not None:
        return _key
    try:
        path = data_dir() / _KEY_FILE
        if not path.exists():
            # Written aside and linked into place: two programs starting at once agree on one.
            fresh = create_private(path.with_name(f".{_KEY_FILE}.{os.getpid()}"))
            try:
                fresh.write_bytes(secrets.token_bytes(32))
                with contextlib.suppress(FileExistsError):
                    os.link(fresh, path)
            finally:
                fresh.unlink(missing_ok=True)
        key = path.read_bytes()
        if len(key) < 32:
            raise OSError("the key file is too short")
    except OSError as error:
        log.warning("no lasting key for user-name markers: %s", error)
        key = secrets.token_bytes(32)
    _key = key
    return key


@contextmanager
def reading(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Reads whose SQLite failures people can act on (damage, a lock …) become StorageErrors.

    Raises:
        StorageError: as `storage_error` translates it; other SQLite errors stay (bugs).
    """
    try:
        yield db
    except sqlite3.Error as error:
        found = storage_error(error, db_path(db))
        if found is error:
            raise
        raise found from error
