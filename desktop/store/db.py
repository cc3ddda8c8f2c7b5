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
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from desktop.core.errors import StorageError
from desktop.store import lock
from desktop.store.engine import (
    Database,
    LocalDatabase,
    ServerDatabase,
    column_types,
    connect_server,
    has_table,
    is_server_address,
    unreachable_message,
)
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


def connect(path: str | Path, *, readonly: bool = False) -> LocalDatabase:
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
    return LocalDatabase(conn)


def connect_again(target: str, *, readonly: bool = False) -> Database:
    """Another connection to a database already open in this process (`db_path` of it): a file,
    or the office server (its password, if one was typed, is remembered in memory only).

    A worker thread reads and writes through a connection of its own.
    """
    if is_server_address(target):
        return connect_server(target)
    return connect(target, readonly=readonly)


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
def write(db: Database) -> Iterator[Database]:
    """One write transaction: `BEGIN IMMEDIATE` … `COMMIT` on a file, `BEGIN` … `COMMIT` on the
    server; rolled back on any error.

    Raises:
        StorageError: the database is busy, read-only, full or damaged, or still being checked;
            the server cannot be reached (ServerUnreachable: nothing of this write was kept).
    """
    if isinstance(db, ServerDatabase):
        with _server_write(db):
            yield db
        return
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


@contextmanager
def _server_write(db: ServerDatabase) -> Iterator[None]:
    conn = db.conn
    if conn.in_transaction:
        raise RuntimeError("write() does not nest: a write transaction is already open")
    try:
        conn.execute("BEGIN")
    except _server_errors() as error:
        raise storage_error(error, db.address) from error
    try:
        yield
        conn.execute("COMMIT")
    except _server_errors() as error:
        _server_rollback(db)
        raise storage_error(error, db.address) from error
    except BaseException:
        _server_rollback(db)
        raise


def _server_rollback(db: ServerDatabase) -> None:
    try:
        if not db.conn.closed and db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
    except _server_errors():  # the connection is gone: the server drops the transaction itself
        log.warning("no rollback on %s: the connection is gone", db.address)


def _server_errors() -> type[Exception]:
    import psycopg  # noqa: PLC0415 - only desks of an office server load the driver

    return psycopg.Error


def db_path(db: Database) -> str:
    """The file behind a connection ('' for an in-memory database), or the server's address
    (without any password) for the office server."""
    if isinstance(db, ServerDatabase):
        return db.address
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


class ServerUnreachable(StorageError):
    """The office server does not answer (or refuses the login): expected, worth retrying."""


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


class _EngineErrorMeta(type):
    """`isinstance(error, EngineError)` is true of either engine's failure (the server's driver is
    loaded only by desks of an office server); an `except` clause takes `engine_errors()`."""

    def __instancecheck__(cls, instance: object) -> bool:
        if isinstance(instance, sqlite3.Error):
            return True
        driver = sys.modules.get("psycopg")
        return driver is not None and isinstance(instance, driver.Error)

    def __subclasscheck__(cls, subclass: type) -> bool:
        if issubclass(subclass, sqlite3.Error):
            return True
        driver = sys.modules.get("psycopg")
        return driver is not None and issubclass(subclass, driver.Error)


def engine_errors() -> tuple[type[Exception], ...]:
    """Either engine's failure for an `except` clause: `except engine_errors() as error:`.

    (`except EngineError` does not catch the server's errors: Python matches an exception by its
    real classes, without asking `__subclasscheck__`; `isinstance(error, EngineError)` works.)
    """
    driver = sys.modules.get("psycopg")
    return (sqlite3.Error,) if driver is None else (sqlite3.Error, driver.Error)


class EngineError(Exception, metaclass=_EngineErrorMeta):
    """The engine's own failure, for the layers above that hand it to `storage_error` (they
    name no engine themselves).

    `isinstance(error, EngineError)` answers for both drivers; an `except EngineError` clause
    does NOT (Python matches exceptions by their real classes, never asking the metaclass):
    catch `Exception` and ask `isinstance`, as `reading` does.
    """


def result_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a failure (`SQLITE_FULL` …), None if it has none."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def in_transaction(db: Database) -> bool:
    """Whether a transaction is open on this connection (a refusal then waits for it)."""
    return bool(db.conn.in_transaction)


def has_tables(db: Database) -> bool:
    """Whether the file holds any table (an empty file is a new database)."""
    return bool(db.table_names())


def table_count(db: Database) -> int:
    """How many tables the file holds."""
    return len(db.table_names())


def has_column(db: Database, table: str, column: str) -> bool:
    """Whether `table` has `column` (an old file may not have it yet)."""
    return has_table(db, table) and any(name == column for name, _ in column_types(db, table))


def storage_error(error: BaseException, path: str) -> BaseException:
    """Translate the engine's failures that people can act on (SQLite's result codes, the
    server's SQLSTATE classes); others stay as they are (bugs)."""
    if not isinstance(error, sqlite3.Error):
        return server_error(error, path)
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


# SQLSTATE classes and codes of the office server that people can act on.
_SERVER_GONE = ("08", "57P01", "57P02", "57P03")  # connection failures, the server shutting down
_SERVER_BUSY = ("55P03", "40001", "40P01")  # a lock not granted in time, serialization, deadlock
_SERVER_REFUSED = ("42501",)  # insufficient privilege
_SERVER_FULL = ("53",)  # insufficient resources: disk full, out of memory


def server_error(error: BaseException, address: str) -> BaseException:
    """The office server's failures as people can act on them; others stay (bugs)."""
    state = str(getattr(error, "sqlstate", None) or "")
    name = address or "the office server"
    driver = sys.modules.get("psycopg")
    gone = driver is not None and isinstance(error, driver.OperationalError) and not state
    if gone or state.startswith(_SERVER_GONE):
        return ServerUnreachable(unreachable_message(address, error))
    if state.startswith(_SERVER_BUSY):
        return DatabaseInUse(
            f"Another desk was changing the same records on {name}, and they did not become free "
            f"within {BUSY_TIMEOUT_MS / 1000:g} seconds. Nothing was changed; save again in a "
            "moment."
        )
    if state.startswith(_SERVER_REFUSED):
        return DatabaseReadOnly(
            f"{name} refused this change: the desks' login may not do it ({error}). Nothing was "
            "changed. Ask whoever looks after the office server."
        )
    if state.startswith(_SERVER_FULL):
        return StorageError(
            f"The office server {name} is out of disk space or memory; nothing was saved. Ask "
            "whoever looks after the server to free some space, then save again."
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
def reading(db: Database) -> Iterator[Database]:
    """Reads whose SQLite failures people can act on (damage, a lock …) become StorageErrors.

    Raises:
        StorageError: as `storage_error` translates it; other SQLite errors stay (bugs).
    """
    try:
        yield db
    except engine_errors() as error:
        found = storage_error(error, db_path(db))
        if found is error:
            raise
        raise found from error
