"""The office server's administration: its roles and grants, and backups through PostgreSQL's
own tools (DESIGN.md "Several desks: the office server").

`rawangi server init` (run once by IT with a PostgreSQL superuser) makes two roles:

- `rawangi_owner` (NOLOGIN) owns the database, its tables and its triggers;
- `rawangi_desk` (LOGIN) is what every desk signs in as: it may read every table and insert and
  update what the program writes, never alter, drop or truncate a table, and never update or
  delete an audit row (no grant for it, and the append-only triggers besides).

Backups are `pg_dump` custom-format files, verified with `pg_restore --list`; a restore goes into
a new, empty database only, never over the live one.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from desktop.core import retention
from desktop.core.errors import StorageError, ValidationError
from desktop.store import server_schema
from desktop.store.db import NotRawangiDatabase
from desktop.store.engine import ServerDatabase, connect_server, describe_address
from desktop.store.files import private_folder

OWNER_ROLE: Final = "rawangi_owner"
DESK_ROLE: Final = "rawangi_desk"
MAINTENANCE_DATABASE: Final = "postgres"
# Tables whose rows the desks never update (the audit logs are append-only; the schema's steps
# are the owner's) and the few whose rows the program deletes (a setting put back to its
# default; the name keys a renamed person no longer has, through the table's trigger).
_NEVER_UPDATED: Final = frozenset({"audit", "office_audit", server_schema.STEPS_TABLE})
_DELETED_FROM: Final = frozenset({"settings", "departure_name_keys"})
_NAME: Final = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DUMP_SUFFIX: Final = ".dump"
TIMEOUT_S: Final = 3600


@dataclass(frozen=True)
class SetUp:
    """What `server init` did."""

    database: str
    created_database: bool
    created_roles: tuple[str, ...]
    steps: tuple[str, ...]
    desk_address: str


class ToolMissing(StorageError):
    """pg_dump or pg_restore is not installed here (or too old for the server)."""


def _conninfo(address: str, **changes: Any) -> str:
    import psycopg.conninfo  # noqa: PLC0415 - desks of a file never load the driver

    return psycopg.conninfo.make_conninfo(address, **changes)


def _parts(address: str) -> dict[str, Any]:
    import psycopg.conninfo  # noqa: PLC0415

    return dict(psycopg.conninfo.conninfo_to_dict(address))


def database_of(address: str) -> str:
    """The database an address names, checked to be a plain lower-case name.

    Raises:
        ValidationError: no name, or one that needs quoting.
    """
    name = str(_parts(address).get("dbname") or "")
    if not _NAME.match(name):
        raise ValidationError(
            f"{describe_address(address)} does not name a database Rawangi can use: write it as "
            "postgresql://USER@HOST/NAME with NAME of lower-case letters, digits and _ "
            "(e.g. rawangi_isb).",
            "db",
        )
    return name


def desk_address(admin_address: str) -> str:
    """The address the desks use: the same server and database, as the desks' role."""
    return describe_address(_conninfo(admin_address, user=DESK_ROLE, password=None))


def set_up(admin_address: str, *, desk_password: str, office: str) -> tuple[ServerDatabase, SetUp]:
    """Make (or bring up to date) the roles, the database, its schema and the desks' grants.

    Safe to run again: existing roles keep their grants (the desks' password is set anew), the
    schema gets its pending steps, and the grants are made again for tables new since.

    Returns:
        The database, connected as the owner role (to add the first admin), and what was done.

    Raises:
        PasswordNeeded, ServerUnreachable: as `connect_server`.
        ValidationError: not a superuser, or a database name that needs quoting.
        NotRawangiDatabase: the database holds another program's tables (nothing was changed).
    """
    from psycopg import sql  # noqa: PLC0415

    name = database_of(admin_address)
    server = connect_server(_conninfo(admin_address, dbname=MAINTENANCE_DATABASE))
    try:
        raw = server.conn.raw
        row = raw.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        if not (row and row[0]):
            raise ValidationError(
                f"`rawangi server init` needs a PostgreSQL superuser (e.g. postgres) in the "
                f"address; {describe_address(admin_address)} is not one. Nothing was changed.",
                "db",
            )
        exists = raw.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists:
            _refuse_foreign(admin_address)
        created_roles = _roles(server, desk_password)
        if not exists:
            raw.execute(
                sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(name), sql.Identifier(OWNER_ROLE)
                )
            )
        else:
            raw.execute(
                sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                    sql.Identifier(name), sql.Identifier(OWNER_ROLE)
                )
            )
        raw.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(name)))
        raw.execute(
            sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(
                sql.Identifier(name), sql.Identifier(DESK_ROLE)
            )
        )
    finally:
        server.close()
    db = connect_server(admin_address)
    try:
        # Everything the schema makes belongs to the owner role, not to the superuser.
        db.conn.raw.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(OWNER_ROLE)))
        steps = server_schema.apply(db, office=office)
        grant_desks(db)
    except BaseException:
        db.close()
        raise
    return db, SetUp(
        database=name,
        created_database=not exists,
        created_roles=tuple(created_roles),
        steps=tuple(steps),
        desk_address=desk_address(admin_address),
    )


def _refuse_foreign(admin_address: str) -> None:
    db = connect_server(admin_address)
    try:
        tables = set(db.table_names())
        if tables and not server_schema.applied(db):
            raise NotRawangiDatabase(
                f"{db.address} holds tables of another program, not a Rawangi register. Nothing "
                "was changed. Give the name of a new database (it is created) or of an empty one."
            )
    finally:
        db.close()


def _roles(server: ServerDatabase, desk_password: str) -> list[str]:
    """The owner and desk roles, made when missing; the desks' password set (as a SCRAM hash
    made here, so that the password itself never reaches the server or its log)."""
    from psycopg import sql  # noqa: PLC0415

    raw = server.conn.raw
    made: list[str] = []
    have = {
        str(name)
        for (name,) in raw.execute(
            "SELECT rolname FROM pg_roles WHERE rolname IN (%s, %s)", (OWNER_ROLE, DESK_ROLE)
        )
    }
    if OWNER_ROLE not in have:
        raw.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(OWNER_ROLE)))
        made.append(OWNER_ROLE)
    verifier = raw.pgconn.encrypt_password(
        desk_password.encode(), DESK_ROLE.encode(), b"scram-sha-256"
    ).decode()
    if DESK_ROLE not in have:
        raw.execute(
            sql.SQL(
                "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD {}"
            ).format(sql.Identifier(DESK_ROLE), sql.Literal(verifier))
        )
        made.append(DESK_ROLE)
    else:
        raw.execute(
            sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(DESK_ROLE), sql.Literal(verifier)
            )
        )
    # The desks must never act as the owner (which could alter the tables and their triggers).
    raw.execute(
        sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(OWNER_ROLE), sql.Identifier(DESK_ROLE))
    )
    return made


def grant_desks(db: ServerDatabase) -> None:
    """Give the desks' role what the program does, table by table, and nothing more."""
    from psycopg import sql  # noqa: PLC0415

    raw = db.conn.raw
    desk = sql.Identifier(DESK_ROLE)
    raw.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    raw.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(desk))
    raw.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(desk))
    tables = [
        str(t)
        for (t,) in raw.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    ]
    for table in tables:
        rights = ["SELECT"]
        if table != server_schema.STEPS_TABLE:
            rights.append("INSERT")
        if table not in _NEVER_UPDATED:
            rights.append("UPDATE")
        if table in _DELETED_FROM:
            rights.append("DELETE")
        raw.execute(
            sql.SQL("GRANT {} ON TABLE {} TO {}").format(
                sql.SQL(", ").join(sql.SQL(r) for r in rights), sql.Identifier(table), desk
            )
        )
    raw.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(desk))


# -- backups through pg_dump / pg_restore ------------------------------------------------------


def _tool_candidates(name: str) -> list[Path]:
    found = shutil.which(name)
    candidates = [Path(found)] if found else []
    patterns = ["/usr/lib/postgresql/*/bin", "C:/Program Files/PostgreSQL/*/bin"]
    folders = [Path(p) for pattern in patterns for p in glob.glob(pattern)]
    folders.sort(key=lambda p: _number(p.parent.name), reverse=True)
    for folder in folders:
        for file in (folder / name, folder / f"{name}.exe"):
            if file.exists() and file not in candidates:
                candidates.append(file)
    return candidates


def _number(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group(0)) if digits else 0


def tool_version(tool: Path) -> int:
    """The major version a PostgreSQL tool says it is (0 when it cannot say)."""
    try:
        said = subprocess.run(  # noqa: S603 - PostgreSQL's own tool, found by path, no shell
            [str(tool), "--version"], capture_output=True, text=True, check=False, timeout=30
        ).stdout
    except OSError:
        return 0
    found = re.search(r"\(PostgreSQL\)\s+(\d+)", said)
    return int(found.group(1)) if found else 0


def missing_tool_message(name: str) -> str:
    return (
        f"{name} is not installed on this computer: Rawangi backs up the office server with "
        "PostgreSQL's own tools. Install them: on Debian or Ubuntu the package "
        "postgresql-client (sudo apt-get install postgresql-client); on Windows, the PostgreSQL "
        "installer (its command-line tools), then put its bin folder (C:\\Program Files\\"
        "PostgreSQL\\<version>\\bin) on PATH. Nothing was changed."
    )


def find_tool(name: str, server_major: int = 0) -> Path:
    """pg_dump or pg_restore: the one on PATH, else PostgreSQL's own folders; one at least as
    new as the server (an older pg_dump refuses a newer server).

    Raises:
        ToolMissing: none installed, or every one older than the server.
    """
    candidates = _tool_candidates(name)
    if not candidates:
        raise ToolMissing(missing_tool_message(name))
    versions = [(tool, tool_version(tool)) for tool in candidates]
    for tool, major in versions:
        if major >= server_major:
            return tool
    newest = max(major for _, major in versions)
    raise ToolMissing(
        f"{name} here is version {newest}, older than the office server (PostgreSQL "
        f"{server_major}): an older {name} cannot read a newer server. Install the tools of "
        f"version {server_major} or newer (Debian: postgresql-client-{server_major}; Windows: "
        "that version's PostgreSQL installer, its bin folder on PATH). Nothing was changed."
    )


def server_major(db: ServerDatabase) -> int:
    (number,) = db.conn.raw.execute("SHOW server_version_num").fetchone() or (0,)
    return int(number) // 10000


def _tool_env(address: str, password: str | None) -> tuple[str, dict[str, str]]:
    """The address without any password, and the environment carrying it (never argv)."""
    parts = _parts(address)
    secret = parts.pop("password", None) or password
    env = dict(os.environ)
    if secret:
        env["PGPASSWORD"] = str(secret)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return _conninfo("", **parts), env


def _run(command: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(  # noqa: S603 - PostgreSQL's tools, an argument list, no shell
            command,
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise StorageError(f"{what} failed: {error}. Nothing was changed.") from error
    return done


def _said(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    text = " ".join(" ".join(lines[:3]).split())
    return text[:300] or f"exit status {done.returncode}"


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    size: int
    entries: int  # what pg_restore --list found in it
    tool: Path


def dump(
    db: ServerDatabase,
    address: str,
    folder: Path,
    *,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> ServerBackup:
    """A pg_dump custom-format file of the office server's database in `folder`, verified.

    Raises:
        ToolMissing: no pg_dump / pg_restore here, or too old for the server.
        StorageError: the folder cannot be written, pg_dump failed, or the file does not verify
            (it is then removed).
    """
    major = server_major(db)
    pg_dump = find_tool("pg_dump", major)
    pg_restore = find_tool("pg_restore", major)
    try:
        private_folder(folder)
    except OSError as error:
        raise StorageError(
            f"The backup folder {folder} cannot be created or written ({error.strerror})."
        ) from error
    moment = (now or dt.datetime.now(dt.UTC)).strftime(_STAMP)
    name = database_of(address)
    target = folder / f"rawangi-{name}-{moment}{DUMP_SUFFIX}"
    partial = target.with_name(target.name + ".part")
    conninfo, env = _tool_env(address, password)
    done = _run(
        [str(pg_dump), "--format=custom", "--no-password", f"--file={partial}", conninfo],
        env,
        "pg_dump",
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"pg_dump could not back up {describe_address(address)} ({_said(done)}). Nothing was "
            "kept."
        )
    partial.chmod(0o600)
    entries = listed(partial, pg_restore)
    if not {"departures", "audit", "users"} <= entries.tables:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"The backup of {describe_address(address)} does not hold the register's tables "
            "(pg_restore --list); it was removed. Nothing was kept."
        )
    partial.replace(target)
    return ServerBackup(target, target.stat().st_size, entries.count, pg_dump)


_STAMP: Final = "%Y%m%d-%H%M%S"


def prune_dumps(folder: Path, address: str, now: dt.datetime | None = None) -> list[Path]:
    """Delete the dumps of this server database that retention no longer keeps (7 daily, 4
    weekly, 12 monthly, in this computer's local time, as a file's backups); returns them.

    Only `rawangi-DB-YYYYmmdd-HHMMSS.dump` files of this database are looked at: each was
    checked with `pg_restore --list` before it got that name. Other files are never touched.
    """
    moment = (now or dt.datetime.now(dt.UTC)).astimezone()
    name = database_of(address)
    taken: dict[dt.datetime, Path] = {}
    for path in Path(folder).glob(f"rawangi-{glob.escape(name)}-*{DUMP_SUFFIX}"):
        stamp = path.name[len(f"rawangi-{name}-") : -len(DUMP_SUFFIX)]
        try:
            when = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.UTC).astimezone()
        except ValueError:
            continue  # not one of ours
        taken[when] = path
    kept = retention.keep(taken, moment)
    deleted = []
    for when, path in sorted(taken.items()):
        if when not in kept:
            try:
                path.unlink()
            except OSError:
                continue  # kept, and tried again after the next backup
            deleted.append(path)
    return deleted


@dataclass(frozen=True)
class Listing:
    count: int
    tables: frozenset[str]


def listed(file: Path, pg_restore: Path | None = None) -> Listing:
    """What a pg_dump file holds, by `pg_restore --list`.

    Raises:
        ToolMissing, StorageError: the file is not a pg_dump custom-format file (or damaged).
    """
    tool = pg_restore or find_tool("pg_restore")
    done = _run([str(tool), "--list", str(file)], dict(os.environ), "pg_restore --list")
    if done.returncode != 0:
        raise StorageError(
            f"{file} is not a backup of the office server that pg_restore can read "
            f"({_said(done)}). Nothing was changed."
        )
    lines = [line for line in done.stdout.splitlines() if line and not line.startswith(";")]
    tables = frozenset(
        line.split()[-2]
        for line in lines
        if " TABLE DATA public " in line and len(line.split()) > 2
    )
    return Listing(len(lines), tables)


@dataclass(frozen=True)
class ServerRestore:
    database: str
    created: bool


def restore_into_new(file: Path, address: str, *, password: str | None = None) -> ServerRestore:
    """Restore a pg_dump file into a new, empty database (created when missing and allowed).

    Raises:
        StorageError: the file does not verify, the database holds tables (the live one is never
            restored over), cannot be created, or pg_restore failed (its one transaction is then
            undone: the database is left empty).
    """
    import psycopg  # noqa: PLC0415
    from psycopg import sql  # noqa: PLC0415

    pg_restore = find_tool("pg_restore")
    listed(file, pg_restore)
    name = database_of(address)
    shown = describe_address(address)
    created = False
    try:
        db = connect_server(address, password=password)
    except StorageError as error:
        if "does not exist" not in str(error):
            raise
        maintenance = connect_server(
            _conninfo(address, dbname=MAINTENANCE_DATABASE), password=password
        )
        try:
            maintenance.conn.raw.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.Error as refused:
            raise StorageError(
                f"The database {name} does not exist on {shown}, and this login may not create "
                f"it ({' '.join(str(refused).split())}). Ask IT to create it (createdb -O "
                f"{OWNER_ROLE} {name}), then restore again. Nothing was changed."
            ) from refused
        finally:
            maintenance.close()
        created = True
        db = connect_server(address, password=password)
    try:
        superuser = bool(
            (db.conn.raw.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
             .fetchone() or (False,))[0]
        )  # fmt: skip
        holds = db.conn.raw.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN "
            "('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%%'"
        ).fetchone()
    finally:
        db.close()
    if holds and holds[0]:
        raise StorageError(
            f"{shown} already holds tables: a backup is restored only into a new, empty "
            "database, never over a register in use. Nothing was changed. Give the name of a "
            "new database (e.g. …/rawangi_restored)."
        )
    conninfo, env = _tool_env(address, password)
    command = [str(pg_restore), "--exit-on-error", "--single-transaction", "--no-password"]
    if not superuser:  # the roles of the dump are the server's, not this login's to give
        command += ["--no-owner", "--no-privileges"]
    done = _run([*command, f"--dbname={conninfo}", str(file)], env, "pg_restore")
    if done.returncode != 0:
        raise StorageError(
            f"pg_restore could not restore {file.name} into {shown} ({_said(done)}). Its one "
            "transaction was undone: the database is empty as before."
        )
    return ServerRestore(name, created)


def drop_database(address: str, *, password: str | None = None) -> None:
    """Remove a database this run created (a restore the admin could not sign in to)."""
    from psycopg import sql  # noqa: PLC0415

    name = database_of(address)
    maintenance = connect_server(_conninfo(address, dbname=MAINTENANCE_DATABASE), password=password)
    try:
        maintenance.conn.raw.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
    finally:
        maintenance.close()
