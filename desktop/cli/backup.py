"""`rawangi backup` (supervisors and admins) and `rawangi restore BACKUP` (admins)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import (
    acting_user,
    add_db_option,
    add_user_option,
    office_signer,
    on_server,
    open_db,
    password,
    server_password,
)
from desktop.core.errors import StorageError
from desktop.services import backups, server_backups
from desktop.store import ServerDatabase, health, lock, server_admin
from desktop.store.backup import default_folder, verify
from desktop.store.backup import offered as offered_backups
from desktop.store.db import default_path
from desktop.store.engine import PasswordNeeded


def add_backup_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="back the database up now (supervisors and admins)",
        description="Copy the database with SQLite's backup API (safe while Rawangi is open), "
        "check the copy with integrity_check and keep it with the others: 7 daily, 4 weekly and "
        "12 monthly backups are kept.",
    )
    add_db_option(parser)
    add_user_option(parser)
    parser.add_argument(
        "--to",
        metavar="DIR",
        help="the backup folder (default: backups in the platform's data folder)",
    )
    parser.epilog = (
        "On the office server (--db postgresql://…) the backup is a pg_dump custom-format file "
        "(rawangi-NAME-DATE-TIME.dump), checked with pg_restore --list; PostgreSQL's client "
        "tools must be installed."
    )
    parser.set_defaults(run=run_backup)


def add_restore_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="replace the database with a backup (admins; Rawangi must be closed)",
        description="Check the backup, copy it into a new file and put that in the database's "
        "place. The file it replaces is kept beside it as NAME.replaced-DATE-TIME.db, never "
        "deleted. The admin signs in against the current database when it is sound, else "
        "against the backup. Without BACKUP, list the database's verified backups (found by "
        "its id, or for a damaged file by its office) with their office and date.",
    )
    parser.add_argument(
        "backup", metavar="BACKUP", nargs="?", help="the backup file (rawangi-….db or .dump)"
    )
    parser.epilog = (
        "On the office server, --db names a NEW, EMPTY database "
        "(postgresql://USER@HOST/NEWNAME; created when missing and the login may): a pg_dump "
        "backup is restored there, never over the live database; then point the desks at it."
    )
    add_db_option(parser)
    add_user_option(parser)
    parser.set_defaults(run=run_restore)


def _database(options: argparse.Namespace) -> Path:
    return Path(options.db) if options.db else default_path()


def _list_offered(path: Path) -> int:
    """The backups `rawangi restore` would take for this database, newest first."""
    folder = default_folder()
    found = offered_backups(folder, path)
    office = found[0].office if found else ""
    if not found:
        raise StorageError(f"There is no verified backup of {path} in {folder}.")
    print(
        f"Verified backups of the database of {path} (office {office or '—'}) in {folder}, "
        "newest first:"
    )
    for info in found:
        where = f"{info.office} ({info.office_name})" if info.office_name else info.office or "—"
        when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"  {info.path.name}  {where}  {when}  {info.reason or '—'}")
    print(f"Restore one with: rawangi restore BACKUP --db {path} --user ADMIN")
    return 0


def run_backup(options: argparse.Namespace) -> int:
    if on_server(options):
        return _backup_server(options)
    path = _database(options)
    # Checked whole before anything opens it for writing: signing in writes to the file, and a
    # damaged file must stay exactly as it is.
    db = open_db(options)
    try:
        signer = office_signer(db, ask=False)
        actor = acting_user(options, db, signer)
        info = backups.take_backup(db, actor, options.to or default_folder(), signer=signer)
    finally:
        db.close()
    print(
        f"Backed up {path} to {info.path} ({info.size:,} bytes, integrity check passed, "
        f"audit head {info.audit_head[:16]}…)."
    )
    return 0


def _backup_server(options: argparse.Namespace) -> int:
    db = open_db(options)
    try:
        actor = acting_user(options, db)
        if not isinstance(db, ServerDatabase):  # pragma: no cover - open_db follows --db
            raise StorageError("not the office server")
        made = server_backups.take_server_backup(
            db, actor, options.db, options.to, password=options.server_password
        )
    finally:
        db.close()
    print(
        f"Backed up {db.address} to {made.path} ({made.size:,} bytes, pg_dump custom format; "
        f"pg_restore --list read its {made.entries} entries)."
    )
    return 0


def _restore_server(options: argparse.Namespace) -> int:
    if options.backup is None:
        raise StorageError(
            "Name the backup to restore: rawangi restore rawangi-NAME-DATE-TIME.dump --db "
            "postgresql://USER@HOST/NEWNAME --user ADMIN (the office server's backups are the "
            ".dump files in the backup folder)."
        )
    server_admin.listed(Path(options.backup))  # refused before any password is asked for
    secret = password(f"Password for {options.user}: ")
    server_secret = None
    while True:
        try:
            restored = server_backups.restore_server_backup(
                options.backup, options.db, options.user, secret, password=server_secret
            )
            break
        except PasswordNeeded as needed:
            if server_secret is not None:
                raise
            server_secret = server_password(str(needed))
    made = " (made for it)" if restored.created else ""
    print(
        f"Restored {Path(options.backup).name} into {restored.address}{made}. The live database "
        f"was not touched; to use the restored one, point the desks at {restored.address}."
    )
    return 0


def run_restore(options: argparse.Namespace) -> int:
    if on_server(options):
        return _restore_server(options)
    path = _database(options)
    if options.backup is None:
        return _list_offered(path)
    backup = Path(options.backup)
    problem = health.network_share_problem(path)
    if problem:
        raise StorageError(problem)
    verify(backup)  # an unusable backup is refused before the password is asked for
    secret = password(f"Password for {options.user}: ")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            f"The folder {path.parent} cannot be created ({error.strerror})."
        ) from error
    with lock.acquire(path):
        result = backups.restore_backup(path, backups.Credentials(options.user, secret), backup)
    taken = result.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    kept = f" The previous file is kept as {result.replaced}." if result.replaced else ""
    print(f"Restored {path} from the backup of {taken} ({backup.name}).{kept}")
    return 0
