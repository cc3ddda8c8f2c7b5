"""Backups and restore as user actions, and the backups the program takes on its own.

Who may restore, and against which file their password is checked: the database being replaced
may be damaged, so it cannot always be asked. When it is readable (it passes `quick_check`), it
is the authority: the admin signs in there, as always, so that an account deactivated since the
backup cannot bring itself back by restoring an old copy. When it is damaged or missing, the
admin signs in against the backup itself, in the new file made from it (never in the backup
file, which stays as it was), so the sign-in is recorded in the restored log. Either way the
restore is audited in the restored database, naming the backup, its audit head and where the
replaced file was kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import clock
from desktop.core.roles import Action, Actor, allowed, require
from desktop.services import audit_seals
from desktop.services.access import authorize
from desktop.services.users import SYSTEM, sign_in
from desktop.store import Database, audit, health, open_database, write
from desktop.store import backup as store_backup
from desktop.store.backup import BackupInfo, Progress
from desktop.store.db import DatabaseReadOnly, connect, has_column, has_tables
from desktop.store.schema import migrations

if TYPE_CHECKING:  # the keys' library loads only when something is signed
    from desktop.trust.seals import Signer

log = logging.getLogger("rawangi.services")

ENTITY = "database"
# `backup_if_due` takes a backup when the newest is older than this.
BACKUP_DUE = dt.timedelta(days=1)


@dataclass(frozen=True)
class Credentials:
    """A user name and password, for a restore when nobody is signed in yet."""

    name: str
    password: str

    def __repr__(self) -> str:  # never print the password
        return f"Credentials(name={self.name!r})"


@dataclass(frozen=True)
class Restored:
    """What a restore did."""

    database: Path
    backup: BackupInfo
    replaced: Path | None  # where the old database was kept (None: there was none)
    actor: Actor
    signed_in_against: str  # "current database" or "backup"


def _folder(folder: str | Path | None) -> Path:
    return Path(folder) if folder else store_backup.default_folder()


def _audit_backup(db: Database, user: str, info: BackupInfo) -> None:
    """Record the backup in the database it was taken of (skipped, and logged, if read-only)."""
    try:
        with write(db):
            audit.append(
                db,
                at=clock.utc_stamp(),
                user=user,
                action="backup",
                entity=ENTITY,
                entity_id=info.path.name,
                after={
                    "path": str(info.path),
                    "head": info.audit_head,
                    "reason": info.reason,
                    "size": info.size,
                },
                reason=info.reason,
            )
    except DatabaseReadOnly:
        log.warning(
            "Backup %s taken of a read-only database; it is not in its audit log", info.path
        )


def take_backup(
    db: Database,
    actor: Actor,
    folder: str | Path | None = None,
    reason: str = "on demand",
    *,
    progress: Progress | None = None,
    signer: Signer | None = None,
) -> BackupInfo:
    """Back the database up now (supervisors and admins), audit it, and apply retention.

    With a signer (the office's key at hand), the audit head after the backup row is signed.

    Raises:
        PermissionDenied, StorageError (folder not writable, disk full, busy, failed check),
        BackupCancelled (raised by `progress`).
    """
    authorize(db, actor, Action.TAKE_BACKUP)
    info = store_backup.take(db, _folder(folder), reason=reason, progress=progress)
    _audit_backup(db, actor.name, info)
    audit_seals.seal_now(db, signer, user=actor.name, reason="backup")
    store_backup.prune(info.path.parent)
    return info


def backup_if_due(
    db: Database,
    folder: str | Path | None = None,
    *,
    now: dt.datetime | None = None,
    reason: str = "daily",
) -> BackupInfo | None:
    """The program's own daily backup: taken when this database's newest verified backup is
    older than a day (or there is none). Returns it, or None when none was due."""
    target = _folder(folder)
    moment = now or clock.utc_now()
    newest = store_backup.newest_verified(target, of=store_backup.identity(db))
    if newest is not None and moment - newest.taken_at < BACKUP_DUE:
        return None
    info = store_backup.take(db, target, reason=reason, now=moment)
    _audit_backup(db, SYSTEM, info)
    store_backup.prune(target, moment)
    return info


def backup_if_changed(
    db: Database, since: int, folder: str | Path | None = None
) -> BackupInfo | None:
    """At exit: a backup when records changed after audit row `since` (`audit.last_id` at
    start). Signing in, locking the screen, printing or exporting change no record: after a
    session of only those there is nothing new to keep. Returns it, or None."""
    if not audit.records_changed_since(db, since):
        return None
    info = store_backup.take(db, _folder(folder), reason="at exit")
    _audit_backup(db, SYSTEM, info)
    store_backup.prune(info.path.parent)
    return info


def backup_before_migration(
    path: str | Path, folder: str | Path | None = None
) -> BackupInfo | None:
    """Before the schema is upgraded: a backup of the file as it is, if steps are pending.

    Call it with the file closed or open (it uses its own connection). Returns None for a new
    or empty file, or when no step is pending. The audit row (by "rawangi") is written when the
    old schema's audit log can take it.
    """
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    db = connect(path)
    try:
        if not has_tables(db):
            return None
        pending = [step.name for step in migrations.pending(db)]
        if not pending:
            return None
        info = store_backup.take(db, _folder(folder), reason=f"before upgrade to {pending[-1]}")
        if has_column(db, "audit", "hash"):  # the audit log has its chain: the row can be appended
            _audit_backup(db, SYSTEM, info)
    finally:
        db.close()
    return info


# -- restore -------------------------------------------------------------------------------------


def _authority(db_file: Path) -> bool:
    """Whether the current database can be asked who may restore (it exists and is sound)."""
    return (
        db_file.is_file()
        and health.file_problem(db_file, check=True) is None
        and health.network_share_problem(db_file) is None
    )


def restore_backup(
    db_file: str | Path,
    who: Actor | Credentials,
    backup: str | Path,
    *,
    now: dt.datetime | None = None,
) -> Restored:
    """Replace the database with a backup (admins only); the replaced file is kept beside it.

    Close every connection to `db_file` first, and hold its lock (`desktop.store.lock`): the
    program must start again on the restored file afterwards.

    Args:
        who: the signed-in admin (the window), or a name and password (the command line, or a
            start-up where the database is damaged): see the module's note on where they sign in.

    Raises:
        SignInRefused, PermissionDenied, StorageError (the backup is damaged or newer; the files
        cannot be moved). On any of these the database is left as it was.
    """
    db_file, backup = Path(db_file), Path(backup)
    store_backup.verify(backup)
    info = store_backup.read_info(backup)
    current_is_authority = _authority(db_file)
    actor = who if isinstance(who, Actor) else None
    if current_is_authority:
        current = open_database(db_file)
        try:
            if actor is None:
                assert isinstance(who, Credentials)
                actor = sign_in(current, who.name, who.password)
            authorize(current, actor, Action.RESTORE_BACKUP)
        finally:
            current.close()
    elif actor is not None:
        require(actor, Action.RESTORE_BACKUP)  # nowhere sound to log a refusal but the log file
    signed: list[Actor] = [actor] if actor is not None else []

    def prepare(staged: Path, aside: Path | None) -> None:
        restored = open_database(staged)  # an older backup is brought up to this version
        try:
            if not signed:
                assert isinstance(who, Credentials)
                person = sign_in(restored, who.name, who.password)
                if not allowed(person, Action.RESTORE_BACKUP):
                    # The refusal cannot stay in the backup's log (that copy is discarded).
                    log.warning("Restore refused: %s is not an admin in the backup", person.name)
                require(person, Action.RESTORE_BACKUP)
                signed.append(person)
            with write(restored):
                audit.append(
                    restored,
                    at=clock.utc_stamp(),
                    user=signed[0].name,
                    action="restore",
                    entity=ENTITY,
                    entity_id=backup.name,
                    after={
                        "backup": str(backup),
                        "taken_at": clock.utc_stamp(info.taken_at),
                        "backup_head": info.audit_head,
                        "replaced": str(aside) if aside else None,
                        "signed_in_against": "current database"
                        if current_is_authority
                        else "backup",
                    },
                    reason=f"restored from the backup of {info.taken_at:%Y-%m-%d %H:%M} UTC",
                )
        finally:
            restored.close()

    replaced = store_backup.restore(backup, db_file, prepare=prepare, now=now)
    return Restored(
        db_file,
        info,
        replaced,
        signed[0],
        "current database" if current_is_authority else "backup",
    )
