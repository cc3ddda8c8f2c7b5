"""Opening a database for a command or the window: every check before the first read or write.

The file is judged through a read-only connection first (its bytes, its schema, SQLite's
structural check); only a file found sound is then opened for writing. A file that is missing,
damaged, another program's, locked or unreadable gets a message naming it and what to do, and
stays exactly as it was.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from desktop.core.errors import StorageError
from desktop.store import health
from desktop.store.db import (
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseUnreadable,
    NotRawangiDatabase,
    connect,
    engine_errors,
    interrupted_in_read_only_folder,
    storage_error,
    unreadable_message,
    write,
)
from desktop.store.engine import (
    Database,
    LocalDatabase,
    ServerDatabase,
    connect_server,
    is_server_address,
)
from desktop.store.schema import migrations

# What every Rawangi database has had since its first schema step.
RAWANGI_TABLES: Final = frozenset({"offices", "settings", "departures", "audit"})
MIGRATIONS_TABLE: Final = "_sqlite_migrations"


class Use(enum.Enum):
    """What a command or the window means to do with the file."""

    CREATE = "create"  # init, demo, the window: a missing or empty file becomes a new database
    WRITE = "write"  # an existing Rawangi database, its schema brought up to date
    READ = "read"  # an existing Rawangi database through `mode=ro`: never migrated nor written


def open_checked(
    path: str | Path,
    use: Use,
    *,
    whole_check: bool = True,
    before_upgrade: Callable[[Path], object] | None = None,
    password: str | None = None,
) -> Database:
    """Check a database file (or the office server's database), then open it for `use`.

    Args:
        whole_check: run SQLite's structural check over the whole file (about 2 s per
            gigabyte); without it only the small tables are checked (the window checks the
            rest in the background once it is open).
        before_upgrade: called with the path when the file, found sound, is about to get
            pending schema steps (a backup is taken there).

    Raises:
        DatabaseMissing: no file, and `use` is not CREATE.
        DatabaseUnreadable: this account may not read it.
        DatabaseDamaged: damaged, or not a Rawangi database (NotRawangiDatabase).
        DatabaseInUse: another program holds a lock on it.
        DatabaseReadOnly: it must be written (a journal to undo, or an upgrade) and cannot be.
        StorageError: on a network share, made by a newer Rawangi, or needs an upgrade that a
            read-only open cannot make.
    """
    if is_server_address(path):
        return open_server(str(path), use, password=password)
    path = Path(path)
    share = health.network_share_problem(path)
    if share:
        raise StorageError(share)
    if not _exists(path):
        if use is not Use.CREATE:
            raise DatabaseMissing(
                f"There is no database at {path}. Check the path given with --db, or set a new "
                "one up with `rawangi init`."
            )
        return _migrated(connect(path), path, before_upgrade)
    refuse_unusable_bytes(path)
    if health.hot_journal(path):
        return _open_after_interruption(path, use, whole_check, before_upgrade)
    if use is not Use.READ:
        read_only = health.read_only_reason(path)
        if read_only:
            raise DatabaseReadOnly(read_only)
    looking = connect(path, readonly=True)
    try:
        _judge(looking, path, use, whole_check=whole_check)
    except BaseException:
        looking.close()
        raise
    if use is Use.READ:
        return looking
    looking.close()
    return _migrated(connect(path), path, before_upgrade)


def open_server(address: str, use: Use, *, password: str | None = None) -> ServerDatabase:
    """Connect to the office server's database and bring its schema up to date.

    Raises:
        PasswordNeeded: the server wants a password that libpq's own places do not hold.
        ServerUnreachable: the server does not answer or refuses the login.
        DatabaseMissing: the database has no Rawangi register yet and `use` is not CREATE.
        NotRawangiDatabase: it holds another program's tables.
        StorageError: made by a newer Rawangi.
    """
    from desktop.store import server_schema  # noqa: PLC0415 - desks of a file never need it

    db = connect_server(address, password=password)
    try:
        tables = set(db.table_names())
        applied = server_schema.applied(db)
        if not applied and tables:
            raise NotRawangiDatabase(
                f"{db.address} holds tables of another program, not a Rawangi register. Nothing "
                "was changed. Check the database name, or set up a new, empty database for "
                'Rawangi (README, "The office server").'
            )
        if not applied and use is not Use.CREATE:
            raise DatabaseMissing(
                f"{db.address} has no Rawangi register yet. Set it up once with `rawangi server "
                f"init {db.address} --office CODE --admin NAME` (or `rawangi init --db …`)."
            )
        known = {name for name, _ in server_schema.STEPS}
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StorageError(
                f"{db.address} was made by a newer version of Rawangi (schema step "
                f"{unknown[-1]}); install that version to use it. Nothing was changed."
            )
        if server_schema.pending(db):
            if use is Use.READ:
                raise StorageError(
                    f"{db.address} needs an upgrade before this version can read it. Nothing "
                    "was changed. Run `rawangi init --db …` once with this version."
                )
            try:
                server_schema.apply(db)
            except engine_errors() as error:
                if getattr(error, "sqlstate", None) != "42501":  # insufficient privilege
                    raise
                raise StorageError(
                    f"{db.address} needs an upgrade to this version of Rawangi, which the desks' "
                    "login may not make. Nothing was changed. Ask whoever looks after the office "
                    'server to run `rawangi server init` again with this version (README, "The '
                    'office server").'
                ) from error
    except BaseException:
        db.close()
        raise
    return db


def refuse_unusable_bytes(path: Path) -> None:
    """The checks that read only bytes: can this account read the file, and does it begin and
    end as a SQLite database of Rawangi's kind should.

    Raises:
        DatabaseUnreadable, DatabaseDamaged.
    """
    unreadable = health.unreadable_problem(path)
    if unreadable:
        raise DatabaseUnreadable(unreadable)
    problem = health.file_problem(path, check=False)
    if problem:
        if problem == unreadable_message(str(path)):
            raise DatabaseUnreadable(problem)
        raise DatabaseDamaged(problem)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except PermissionError as error:  # a folder on the way may not be opened
        raise DatabaseUnreadable(unreadable_message(str(path))) from error


def _open_after_interruption(
    path: Path, use: Use, whole_check: bool, before_upgrade: Callable[[Path], object] | None
) -> LocalDatabase:
    """A hot journal: SQLite must undo the interrupted change before the file can be judged."""
    if use is Use.READ:
        refuse_interrupted(path)
    if health.read_only_reason(path):
        raise DatabaseReadOnly(interrupted_in_read_only_folder(str(path)))
    db = connect(path)  # the first read undoes the interrupted change
    try:
        _judge(db, path, use, whole_check=whole_check)
    except BaseException:
        db.close()
        raise
    return _migrated(db, path, before_upgrade)


def refuse_interrupted(path: Path) -> None:
    """A file with a hot journal cannot be read without undoing that change first, which a
    read-only open may not do.

    Raises:
        DatabaseReadOnly: the folder is read-only here (nobody can undo it).
        StorageError: it can be undone by a program that opens the file for writing.
    """
    if health.read_only_reason(path):
        raise DatabaseReadOnly(interrupted_in_read_only_folder(str(path)))
    raise StorageError(
        f"{path} was not closed properly: an unfinished change waits in {path.name}-journal to "
        "be undone. Nothing was changed. Open it once in the Rawangi window, or run a command "
        "that signs in, so that SQLite undoes it; then try again."
    )


def _judge(db: LocalDatabase, path: Path, use: Use, *, whole_check: bool) -> None:
    """Refuse what is not a sound Rawangi database (an empty SQLite file is fine to CREATE)."""
    try:
        empty = not _tables(db)
        if empty and use is Use.CREATE:
            return
        problem = schema_problem(db, path)
        if problem:
            raise problem
        pending = {m.name for m in migrations._migrations} - set(_applied_steps(db, _tables(db)))
        if use is Use.READ and pending:
            raise StorageError(
                f"{path} was made by an older version of Rawangi and needs an upgrade before "
                "this version can read it here. Nothing was changed. Open it once in the "
                "Rawangi window (which takes a backup first), then try again."
            )
        found = health.structure_problem(db, whole=whole_check)
    except sqlite3.Error as error:
        raise unreadable_as_ours(error, path) from error
    if found:
        raise DatabaseDamaged(found)


def schema_problem(db: LocalDatabase, path: Path) -> StorageError | None:
    """Why this SQLite file is not a Rawangi database this version may open, or None.

    Raises:
        sqlite3.Error: SQLite could not read the schema (see `unreadable_as_ours`).
    """
    tables = _tables(db)
    if not tables:
        return NotRawangiDatabase(
            f"{path} is an empty SQLite file, not a Rawangi database. Nothing was changed. "
            "Check that you chose the right file, or set up a new database with `rawangi init`."
        )
    applied = _applied_steps(db, tables)
    if not applied or not tables >= RAWANGI_TABLES:
        return NotRawangiDatabase(_not_ours(path))
    known = {m.name for m in migrations._migrations}
    unknown = [name for name in applied if name not in known]
    if unknown:
        return StorageError(
            f"{path} was made by a newer version of Rawangi (schema step {unknown[-1]}); "
            "install that version to open it. Nothing was changed."
        )
    return None


def unreadable_as_ours(error: BaseException, path: Path) -> StorageError:
    """A SQLite error met while judging a file: what people can act on by its result code, and
    anything else ("unsupported file format", "vtable constructor failed" …) as a file that is
    not what Rawangi expects."""
    found = storage_error(error, str(path))
    if isinstance(found, StorageError):
        return found
    return NotRawangiDatabase(
        f"{path} cannot be read as a Rawangi database (SQLite says: {error}). Nothing was "
        "changed. Check that you chose the right file, or restore the newest verified backup."
    )


def _tables(db: LocalDatabase) -> set[str]:
    rows = db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(name) for (name,) in rows}


def _applied_steps(db: LocalDatabase, tables: set[str]) -> list[str]:
    if MIGRATIONS_TABLE not in tables:
        return []
    try:
        rows = db.conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            (migrations.name,),
        ).fetchall()
    except sqlite3.OperationalError:  # a table of that name, but not sqlite-utils' own
        return []
    return [str(name) for (name,) in rows]


def _not_ours(path: Path) -> str:
    return (
        f"{path} is not a Rawangi database: it is a SQLite file of another program. Nothing was "
        "changed. Check that you chose the right file (Rawangi's is rawangi.db in its data "
        "folder), or restore the newest verified backup."
    )


def _migrated(
    db: LocalDatabase, path: Path, before: Callable[[Path], object] | None
) -> LocalDatabase:
    """Bring a sound (or new) database's schema up to date."""
    try:
        if migrations.pending(db):
            if before is not None and _tables(db):
                before(path)
            with write(db):
                migrations.apply(db)
    except sqlite3.Error as error:
        db.close()
        found = storage_error(error, str(path))
        raise found from error
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def kept_only_if_done(path: str | Path) -> Iterator[None]:
    """A database this block creates is removed again when the block fails, with its journal:
    a refused `init` or `demo` leaves nothing behind. Close the database inside the block."""
    path = Path(path)
    existed = _exists(path)
    try:
        yield
    except BaseException:
        if not existed:
            for leftover in (path, *(Path(f"{path}{end}") for end in ("-journal", "-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise
