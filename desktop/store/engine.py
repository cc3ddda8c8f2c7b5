"""The two engines a register lives on, and the one small place where they differ.

An office of one PC keeps a SQLite file; an office of several desks keeps one PostgreSQL database
on its server (DESIGN.md "Several desks: the office server"). Everything above `desktop/store`
holds a `Database` and never asks which engine is behind it. Inside `store` the SQL is written once,
in the dialect both engines read (`?` and `:name` parameters, `ON CONFLICT`, `count(*) FILTER`, a
`rowid` column that the server's tables carry explicitly); the server's connection translates the
parameters. What cannot be said once (the schema's text, name search, file-only checks) asks
`is_server(db)`.
"""

from __future__ import annotations

import functools
import getpass
import itertools
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final

import sqlite_utils

if TYPE_CHECKING:
    import psycopg

SERVER_SCHEMES: Final = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S: Final = 5
# A statement waits at most this long for a row or advisory lock another desk holds, then the
# save is refused as "in use, try again" (the form keeps its contents).
LOCK_TIMEOUT_MS: Final = 5000


def is_server_address(target: object) -> bool:
    """Whether `--db` names the office server (a libpq URI) rather than a file."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


class LocalDatabase(sqlite_utils.Database):
    """A register in one SQLite file (sqlite-utils' handle, with the engine named)."""

    engine: Final = "sqlite"


_PARAMETER = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|::|\?|:([A-Za-z_]\w*)|%|\buser\b")


@functools.lru_cache(maxsize=1024)
def server_sql(sql: str) -> str:
    """Our shared SQL as PostgreSQL's driver takes it: `?` and `:name` become `%s` and
    `%(name)s`, a literal `%` is doubled, the audit's column `user` (a reserved word there) is
    quoted, and SQLite's `COLLATE NOCASE` is dropped (the server's columns compared that way are
    `citext`). Quoted text is left alone."""

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        if found == "?":
            return "%s"
        if found == "%":
            return "%%"
        if found == "user":
            return '"user"'
        if match.group(1):
            return f"%({match.group(1)})s"
        return found

    return _PARAMETER.sub(replace, sql.replace(" COLLATE NOCASE", ""))


class ServerConnection:
    """psycopg's connection, spoken to as `sqlite3.Connection` is spoken to in `store`.

    Autocommit, as the SQLite connection is: reads see the newest committed data, and every write
    is one explicit transaction begun by `desktop.store.db.write`.
    """

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    # Typed `Any`, as sqlite3's rows are: the shared SQL reads both engines' rows alike.
    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        # Parameters are always passed, even none, so that the driver reads `%%` as `%`.
        return self.raw.execute(server_sql(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> Any:
        cursor = self.raw.cursor()
        cursor.executemany(server_sql(sql), rows)
        return cursor

    @property
    def in_transaction(self) -> bool:
        import psycopg  # noqa: PLC0415 - only desks of an office server load the driver

        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    @property
    def closed(self) -> bool:
        return bool(self.raw.closed)

    def close(self) -> None:
        self.raw.close()


class ServerDatabase:
    """A register in the office's PostgreSQL database."""

    engine: Final = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], address: str) -> None:
        self.conn = ServerConnection(raw)
        self.address = address

    def close(self) -> None:
        self.conn.close()

    def table_names(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY table_name"
        )
        return [str(name) for (name,) in rows]

    @property
    def name(self) -> str:
        """The database's own name on its server (`rawangi` in …/rawangi)."""
        return str(self.conn.raw.info.dbname)

    def __repr__(self) -> str:
        return f"<ServerDatabase {self.address}>"


Database = LocalDatabase | ServerDatabase


def is_server(db: object) -> bool:
    """Whether this register lives on the office server."""
    return isinstance(db, ServerDatabase)


class FileOnly(Exception):
    """What only a SQLite file has was asked of the office server (a bug above `store`)."""


def local(db: Database, what: str) -> LocalDatabase:
    """The SQLite file behind `db`, for what only a file has (its bytes, journal, ATTACH).

    Raises:
        FileOnly: `db` is the office server.
    """
    if isinstance(db, ServerDatabase):
        raise FileOnly(f"{what} is for a database file, not the office server {db.address}")
    return db


def describe_address(address: str) -> str:
    """The server's address as people may read it: never a password."""
    import psycopg.conninfo  # noqa: PLC0415

    try:
        info = psycopg.conninfo.conninfo_to_dict(address)
    except psycopg.ProgrammingError:
        return "the office server"
    user = str(info.get("user") or "")
    host = info.get("host") or "localhost"
    port = info.get("port")
    name = info.get("dbname") or ""
    where = f"{host}:{port}" if port and not str(host).startswith("/") else str(host)
    return f"postgresql://{user + '@' if user else ''}{where}/{name}"


def server_address(host: str, port: int, database: str, user: str) -> str:
    """The libpq address of a server given by its parts (a host that is a folder is a Unix
    socket's, as libpq reads it); never with a password."""
    from urllib.parse import quote  # noqa: PLC0415

    who = f"{quote(user, safe='')}@" if user else ""
    name = quote(database, safe="")
    if host.startswith("/"):
        return f"postgresql://{who}/{name}?host={quote(host, safe='/')}&port={port}"
    where = f"[{host}]" if ":" in host else host
    return f"postgresql://{who}{where}:{port}/{name}"


class PasswordNeeded(Exception):
    """The server asked for a password that libpq's own places (PGPASSWORD, .pgpass) lack."""


# The servers this process has reached, by the address people read (`ServerDatabase.address`):
# the address as given and the password typed, in memory only (never written anywhere), so that
# a worker's own connection and a reconnect after the server was gone find it without asking
# again.
_reached: dict[str, tuple[str, str | None]] = {}


def connect_server(address: str, *, password: str | None = None) -> ServerDatabase:
    """Connect to the office server, as libpq finds the password (PGPASSWORD, ~/.pgpass) or as
    given; TLS as the address's `sslmode` says (libpq's default `prefer` uses it when offered).

    Raises:
        PasswordNeeded: the server wants a password and none was found.
        ServerUnreachable: the server does not answer, or refuses the login.
    """
    import psycopg  # noqa: PLC0415

    from desktop.store.db import ServerUnreachable  # noqa: PLC0415 - the errors live with SQLite's

    if address in _reached:
        address, known = _reached[address]
        password = known if password is None else password

    extra: dict[str, Any] = {
        "autocommit": True,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": f"rawangi {getpass.getuser()}@{os.uname().nodename}"
        if hasattr(os, "uname")
        else "rawangi",
        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c TimeZone=UTC",
    }
    if password is not None:
        extra["password"] = password
    try:
        raw = psycopg.connect(address, **extra)
    except psycopg.OperationalError as error:
        text = str(error)
        if "no password supplied" in text or (
            "password authentication failed" in text and (password is None)
        ):
            raise PasswordNeeded(describe_address(address)) from error
        raise ServerUnreachable(unreachable_message(address, error)) from error
    except psycopg.ProgrammingError as error:  # an address libpq cannot read
        raise ServerUnreachable(
            f"{describe_address(address)} is not an address Rawangi can use ({error}). Write it "
            "as postgresql://USER@HOST:PORT/DATABASE."
        ) from error
    _reached[describe_address(address)] = (address, password)
    return ServerDatabase(raw, describe_address(address))


def reconnect(db: ServerDatabase, *, password: str | None = None) -> None:
    """Give `db` a new connection to its server (after the server was gone), in place: every
    window holding `db` goes on with it.

    Raises:
        PasswordNeeded, ServerUnreachable: as `connect_server`.
    """
    fresh = connect_server(db.address, password=password)
    old = db.conn.raw
    db.conn.raw = fresh.conn.raw
    if not old.closed:
        old.close()


def connection_lost(db: Database) -> bool:
    """Whether the server's connection behind `db` is gone (always False for a file)."""
    return isinstance(db, ServerDatabase) and db.conn.closed


def unreachable_message(address: str, error: BaseException) -> str:
    """The server cannot be reached: which one, what it said, and what to do."""
    # libpq says it in lines ("Connection refused" / "Is the server running …?"): one sentence each.
    said = "; ".join(" ".join(line.split()) for line in str(error).splitlines() if line.strip())
    if len(said) > 200:
        said = said[:197] + "…"
    return (
        f"The office server {describe_address(address)} cannot be reached ({said}). Nothing was "
        "changed. Check that the server PC is on and connected to the office network, then try "
        "again."
    )


@contextmanager
def server_transaction(db: ServerDatabase) -> Iterator[None]:
    """One transaction on the server (the caller handles its errors)."""
    db.conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        if not db.conn.closed and db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


# -- the few things the two engines say differently (each a small function) --------------------


def json_values(db: Database, alias: str = "wanted") -> str:
    """A table of the texts in one JSON array parameter (`?`), with one column `value`, for a
    FROM clause: SQLite's `json_each`, the server's `json_array_elements_text`."""
    if isinstance(db, ServerDatabase):
        return f"json_array_elements_text(CAST(? AS json)) AS {alias}(value)"
    return f"json_each(?) AS {alias}"


def temp_table(db: Database, name: str) -> str:
    """The qualified name of this connection's own temporary table `name`."""
    return f"pg_temp.{name}" if isinstance(db, ServerDatabase) else f"temp.{name}"


def has_table(db: Database, name: str) -> bool:
    """Whether the register holds a table of this name."""
    if isinstance(db, ServerDatabase):
        return name in db.table_names()
    found = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def insert_rows(
    db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Add many rows to one table: `executemany` on a file, `COPY` on the server (a bulk
    import's rows would otherwise cross the network one statement each)."""
    if isinstance(db, ServerDatabase):
        names = ", ".join(columns)
        with db.conn.raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})", rows)


def bulk_cache(db: Database, kib: int) -> None:
    """A bigger page cache for a long bulk write to a file (the server sizes its own)."""
    if not isinstance(db, ServerDatabase):
        db.conn.execute(f"PRAGMA cache_size = {-int(kib)}")


def lock_keys(db: Database, *keys: str, shared: bool = False) -> None:
    """Hold these keys (a CNIC, a passport number, a contingent's id …) until the caller's
    write transaction ends, so that two desks checking and then writing the same key take
    turns (PostgreSQL's transaction-level advisory locks). On a file `BEGIN IMMEDIATE` already
    lets one writer in at a time: nothing to do.

    Keys are taken in sorted order, so that two desks never wait on each other in a circle.

    Args:
        shared: hold them together with other shared holders (only an exclusive holder waits).
    """
    if not isinstance(db, ServerDatabase):
        return
    wanted = sorted({key for key in keys if key})
    if not wanted:
        return
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    calls = ", ".join(f"{function}(hashtext(?))" for _ in wanted)
    db.conn.execute(f"SELECT {calls}", wanted)


def unindexed(db: Database, column: str) -> str:
    """A column that SQLite should not pick an index by (`+column`): when the planner would
    take a narrow index over a covering one. The server's planner weighs both itself."""
    return column if isinstance(db, ServerDatabase) else f"+{column}"


def column_types(db: Database, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of a table's own columns, in order (the server's `rowid`
    identity, which a file's tables have implicitly, is left out)."""
    if isinstance(db, ServerDatabase):
        rows = db.conn.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            "WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped "
            "ORDER BY a.attnum",
            (table,),
        ).fetchall()
        return [(str(name), str(kind)) for name, kind in rows if name != "rowid"]
    rows = db.conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [(str(row[1]), str(row[2])) for row in rows]


@contextmanager
def snapshot(db: ServerDatabase) -> Iterator[None]:
    """Reads of one moment of the server (other desks' saves meanwhile stay unseen and never
    wait): a read-only repeatable-read transaction."""
    db.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    try:
        yield
    finally:
        if not db.conn.closed and db.conn.in_transaction:
            db.conn.execute("COMMIT")


# How often a long statement on the server looks whether its work was cancelled.
_CANCEL_POLL_S: Final = 0.05
QUERY_CANCELED: Final = "57014"


@contextmanager
def cancelling(db: ServerDatabase, cancelled: Callable[[], bool]) -> Iterator[None]:
    """Let `cancelled()` stop the server's statements run meanwhile: a watcher asks it a few
    times a second and cancels the running statement, which then fails with QUERY_CANCELED
    (as SQLite's progress handler interrupts a file's)."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(_CANCEL_POLL_S):
            if cancelled():
                db.conn.raw.cancel_safe()
                return

    watcher = threading.Thread(target=watch, name="rawangi-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


# Rows a walk over a whole table fetches from the server at a time.
_STREAM_ROWS: Final = 5000
_walks = itertools.count(1)  # each walk's cursor has a name of its own on its connection


def stream(db: Database, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Iterator[Any]:
    """The rows of a query over a whole table (the audit log, every record), a few thousand
    at a time: a file's cursor reads them as they are walked; the server's would otherwise
    send them all at once, into this desk's memory."""
    if not isinstance(db, ServerDatabase):
        yield from db.conn.execute(sql, params)
        return
    with db.conn.raw.cursor(name=f"rawangi_walk_{next(_walks)}", withhold=True) as cursor:
        cursor.itersize = _STREAM_ROWS
        cursor.execute(server_sql(sql), params)
        yield from cursor
