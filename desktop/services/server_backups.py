"""Backups of the office server (pg_dump custom format) and restoring one into a new database.

A backup is taken by a supervisor or an admin, verified with `pg_restore --list` and recorded in
the audit log. A restore never touches the live database: it goes into a new, empty one, and
the admin signs in against what was restored (the backup's own users), where the restore is
recorded; an admin refused there leaves nothing behind (the database made for it is dropped).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core import clock
from desktop.core.roles import Action, Actor
from desktop.services.access import authorize
from desktop.services.users import sign_in
from desktop.store import ServerDatabase, Use, audit, open_checked, server_admin, write
from desktop.store.backup import default_folder
from desktop.store.engine import describe_address
from desktop.store.server_admin import ServerBackup

ENTITY = "database"


def take_server_backup(
    db: ServerDatabase,
    actor: Actor,
    address: str,
    folder: str | Path | None = None,
    *,
    password: str | None = None,
) -> ServerBackup:
    """pg_dump the office server's database into `folder` (supervisors and admins), verify it,
    record it in the audit log, and apply retention to that database's dumps there.

    Args:
        address: the address the command was given (host, port, sslmode …), whose login takes
            the dump; `password` when it was typed rather than found by libpq.

    Raises:
        PermissionDenied, ToolMissing, StorageError.
    """
    authorize(db, actor, Action.TAKE_BACKUP)
    made = server_admin.dump(
        db, address, Path(folder) if folder else default_folder(), password=password
    )
    with write(db):
        audit.append(
            db,
            at=clock.utc_stamp(),
            user=actor.name,
            action="backup",
            entity=ENTITY,
            entity_id=made.path.name,
            after={"path": str(made.path), "size": made.size, "format": "pg_dump custom"},
            reason="on demand",
        )
    server_admin.prune_dumps(made.path.parent, address)
    return made


@dataclass(frozen=True)
class ServerRestored:
    address: str  # as people may read it
    actor: Actor
    created: bool


def restore_server_backup(
    backup: str | Path,
    address: str,
    name: str,
    secret: str,
    *,
    password: str | None = None,
) -> ServerRestored:
    """Restore a pg_dump file into the new, empty database `address` (admins of the backup).

    Raises:
        StorageError: the file does not verify, the database holds tables, or pg_restore failed.
        SignInRefused, PermissionDenied: the admin cannot sign in to what was restored (a
            database made for the restore is dropped again).
    """
    backup = Path(backup)
    done = server_admin.restore_into_new(backup, address, password=password)
    try:
        db = open_checked(address, Use.WRITE, password=password)
    except BaseException:
        if done.created:
            server_admin.drop_database(address, password=password)
        raise
    try:
        actor = sign_in(db, name, secret)
        authorize(db, actor, Action.RESTORE_BACKUP)
        with write(db):
            audit.append(
                db,
                at=clock.utc_stamp(),
                user=actor.name,
                action="restore",
                entity=ENTITY,
                entity_id=backup.name,
                after={"backup": str(backup), "format": "pg_dump custom"},
                reason=f"restored from {backup.name}",
            )
        shown = describe_address(address)
    except BaseException:
        db.close()
        if done.created:
            server_admin.drop_database(address, password=password)
        raise
    db.close()
    return ServerRestored(shown, actor, done.created)
