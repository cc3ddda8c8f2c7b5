"""Backups through SQLite's backup API, and restoring one.

A file copy of an open database can catch it half-written; the backup API copies a consistent
snapshot however others write meanwhile. Each backup is written as
`rawangi-YYYYMMDD-HHMMSS.db.partial` (UTC time: names sort and never repeat across time-zone
or clock changes), carries in its own `settings` table when it was taken, why, from which file
and the audit head hash, passes `integrity_check`, and only then is renamed to `.db`: a file
without `.partial` is a whole, checked backup.

Backups belong to their database by its id (`database_id` in the settings, which a copy of the
file keeps), not by its path: one folder may hold the backups of several databases (the
office's, a demo file), and each is listed, rotated and offered apart from the others. A
backup taken before databases had ids belongs to the file at the path it was taken from; one
of a damaged file whose id cannot be read is recognised by the office it serves.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core import clock, retention
from desktop.core.errors import RawangiError, StorageError
from desktop.store import audit
from desktop.store.db import (
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_READONLY,
    data_dir,
    db_path,
    result_code,
    storage_error,
)
from desktop.store.engine import Database, LocalDatabase, local
from desktop.store.files import create_private, fsync_file, fsync_folder, private_folder

log = logging.getLogger("rawangi.store")

PREFIX: Final = "rawangi-"
SUFFIX: Final = ".db"
PARTIAL: Final = ".partial"
STAMP: Final = "%Y%m%d-%H%M%S"
# What a backup records about itself, in its own settings table.
TAKEN_AT: Final = "backup.taken_at"
REASON: Final = "backup.reason"
AUDIT_HEAD: Final = "backup.audit_head"
SOURCE: Final = "backup.source"
VERIFIED: Final = "backup.verified"
CHECK_PASSED: Final = "integrity_check ok"
_KEYS: Final = (TAKEN_AT, REASON, AUDIT_HEAD, SOURCE, VERIFIED)
# 1,024 pages of 4 KiB: progress about every 4 MB, and other connections may write in between.
STEP_PAGES: Final = 1024
# When other connections write so often that the copy keeps starting over, it is finished in
# one step instead (writers then wait for it, within their busy timeout).
MAX_RESTARTS: Final = 3
BUSY_SLEEP: Final = 0.05  # seconds between attempts while the database is busy
BUSY_GIVE_UP: Final = 60.0  # seconds of "busy" after which the backup gives up
# A `.partial` this old was left by a backup that was killed: nobody is still writing it.
ABANDONED_PARTIAL: Final = dt.timedelta(days=1)
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6

Progress = Callable[[int, int], object]  # (pages copied, pages in all)


class BackupCancelled(RawangiError):
    """Raised by a progress callback to stop a backup; nothing is kept."""

    def __init__(self, message: str = "The backup was cancelled; no backup was kept.") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the Backups window lists it."""

    path: Path
    taken_at: dt.datetime  # aware, UTC
    size: int  # bytes
    verified: bool  # `integrity_check` passed when it was taken
    audit_head: str
    reason: str
    source: str = ""  # the database it was taken from
    problem: str = ""  # why it is not verified, when it is not
    database_id: str = ""  # the database's id ('' when taken before databases had ids)
    office: str = ""  # the office the database serves (ISB), '' when unreadable
    office_name: str = ""  # that office's name (Islamabad)


@dataclass(frozen=True)
class Identity:
    """Which database backups belong to: its id, with its office and path as further clues."""

    database_id: str  # '' when unknown: unreadable, or a file from before databases had ids
    office: str  # '' when unknown
    path: str  # the file ('' for an in-memory database)


def default_folder() -> Path:
    """Where backups go unless told otherwise: `backups` in the platform's data folder."""
    return data_dir() / "backups"


# -- taking a backup -----------------------------------------------------------------------------


def take(
    source_db: Database,
    folder: Path,
    *,
    reason: str,
    progress: Progress | None = None,
    pages_per_step: int = STEP_PAGES,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back the database up into `folder` and check the copy.

    Args:
        source_db: an open database; others may keep writing to the file meanwhile.
        folder: where the backup goes (created when missing).
        reason: why it is taken ("on demand", "daily", "before upgrade", …), kept in the copy.
        progress: called with (pages copied, pages in all) as the copy advances; it may raise
            (e.g. `BackupCancelled`) to stop, and then nothing is kept.
        pages_per_step: pages copied between progress reports.
        now: when the backup is taken (tests); the clock otherwise.

    Returns:
        The new backup, verified.

    Raises:
        StorageError: the folder cannot be written, the disk is full, the database is busy for
            too long, or the copy failed its integrity check (then no file is left behind).
    """
    if source_db.conn.in_transaction:
        raise RuntimeError("take() needs a connection without an open transaction")
    folder = Path(folder)
    moment = (now or clock.utc_now()).astimezone(dt.UTC).replace(microsecond=0)
    try:
        private_folder(folder)
    except OSError as error:
        raise StorageError(
            f"The backup folder {folder} cannot be created ({error.strerror}). Choose a folder "
            "you may write to."
        ) from error
    final = _free_name(folder, moment)
    partial = final.with_name(final.name + PARTIAL)
    source = db_path(source_db)
    try:
        _copy(local(source_db, "A backup by copy").conn, partial, progress, pages_per_step)
        head, whose = _label_and_check(partial, moment, reason, source)
        fsync_file(partial)
        os.replace(partial, final)
        fsync_folder(folder)
    except sqlite3.Error as error:
        _discard(partial)
        raise _backup_error(error, folder, source) from error
    except OSError as error:
        _discard(partial)
        raise StorageError(
            f"The backup could not be written to {folder} ({error.strerror}); no backup was "
            "kept. Check the folder and the free space, then back up again."
        ) from error
    except BaseException:
        _discard(partial)
        raise
    size = final.stat().st_size
    log.info("Backed up %s to %s (%s bytes, %s)", source, final, size, reason)
    return BackupInfo(
        final,
        moment,
        size,
        True,
        head,
        reason,
        source,
        database_id=whose.database_id,
        office=whose.office,
        office_name=whose.office_name,
    )


def _free_name(folder: Path, moment: dt.datetime) -> Path:
    base = f"{PREFIX}{moment.strftime(STAMP)}"
    candidate, number = folder / f"{base}{SUFFIX}", 1
    while candidate.exists() or candidate.with_name(candidate.name + PARTIAL).exists():
        number += 1
        candidate = folder / f"{base}-{number}{SUFFIX}"
    return candidate


class _StartOver(Exception):
    """The copy restarted too often: other connections keep writing."""


class _Watch:
    """The backup's progress callback: reports progress, notices restarts and endless busy."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.remaining: int | None = None
        self.restarts = 0
        self.busy_waits = 0
        self.give_up_restarting = True

    def __call__(self, status: int, remaining: int, total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
            self.busy_waits += 1
            if self.busy_waits * BUSY_SLEEP > BUSY_GIVE_UP:
                raise StorageError(
                    "The database stayed busy with other work; no backup was taken. Try again "
                    "in a moment."
                )
            return
        if self.remaining is not None and remaining > self.remaining:
            # Another connection wrote to the file: SQLite started the copy over.
            self.restarts += 1
            if self.give_up_restarting and self.restarts > MAX_RESTARTS:
                raise _StartOver
        self.remaining = remaining
        if self.progress is not None:
            self.progress(total - remaining, total)


def _copy(source: sqlite3.Connection, target: Path, progress: Progress | None, step: int) -> None:
    target.unlink(missing_ok=True)
    copy = sqlite3.connect(create_private(target), isolation_level=None)
    try:
        watch = _Watch(progress)
        try:
            source.backup(copy, pages=step, progress=watch, sleep=BUSY_SLEEP)
        except _StartOver:
            log.info("Backup of a busy database: copying it in one step")
            watch.give_up_restarting = False
            watch.remaining = None
            # One step holds the read lock for the whole copy: a consistent snapshot, while
            # writers wait (within their busy timeout) instead of restarting the copy.
            source.backup(copy, pages=-1, progress=watch, sleep=BUSY_SLEEP)
    finally:
        copy.close()


def _label_and_check(
    partial: Path, moment: dt.datetime, reason: str, source: str
) -> tuple[str, _Whose]:
    """Write what the backup is into the copy, then check the copy.

    Returns:
        Its audit head, and whose it is (as the copy itself says).
    """
    whose = _Whose()
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        # A copy of a WAL database is WAL too: a backup is one self-contained file.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        head = _audit_head(conn)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        conn.executemany(
            "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
            [
                (TAKEN_AT, clock.utc_stamp(moment)),
                (REASON, reason),
                (AUDIT_HEAD, head),
                (SOURCE, source),
                (VERIFIED, CHECK_PASSED),
            ],
        )
        conn.execute("COMMIT")
        found = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
        whose = _whose(conn)
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError):  # disk full, I/O: not the copy's content
            raise
        found = [str(error)]  # SQLite met a damaged page while reading the copy
    finally:
        conn.close()
    if found != ["ok"]:
        raise StorageError(
            f"The backup copy failed its integrity check ({found[0] if found else 'no answer'});"
            " no backup was kept. The database itself may be damaged: keep the newest verified "
            "backup safe and run a full check."
        )
    return head, whose


def _audit_head(conn: sqlite3.Connection) -> str:
    """The audit head of a copy ('' for a file from before the audit log had hashes)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit)")}
    return audit.head(LocalDatabase(conn)) if "hash" in columns else ""


@dataclass(frozen=True)
class _Whose:
    """What a file holds about the database it is: its id, its office and the office's name."""

    database_id: str = ""
    office: str = ""
    office_name: str = ""


def _whose(conn: sqlite3.Connection) -> _Whose:
    """Read from the file's own settings and offices.

    Raises:
        sqlite3.DatabaseError: the file cannot be read.
    """
    if not _has_table(conn, "settings"):
        return _Whose()
    found = dict(
        conn.execute(
            "SELECT key, value FROM settings WHERE key IN ('database_id', 'office')"
        ).fetchall()
    )
    office = str(found.get("office", ""))
    name = ""
    if office and _has_table(conn, "offices"):
        row = conn.execute("SELECT name FROM offices WHERE code = ?", (office,)).fetchone()
        name = str(row[0]) if row else ""
    return _Whose(str(found.get("database_id", "")), office, name)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None


def _backup_error(error: sqlite3.Error, folder: Path, source: str) -> BaseException:
    code = result_code(error)
    if code == SQLITE_FULL:
        return StorageError(
            f"The disk holding the backup folder {folder} is full; no backup was kept. Free some "
            "space and back up again."
        )
    if code in (SQLITE_CANTOPEN, SQLITE_READONLY):
        return StorageError(
            f"The backup folder {folder} cannot be written; no backup was kept. Choose a folder "
            "you may write to."
        )
    return storage_error(error, source)


def _discard(partial: Path) -> None:
    for path in (partial, Path(f"{partial}-journal")):
        try:
            path.unlink(missing_ok=True)
        except OSError:  # pragma: no cover - nothing more can be done; it is only a .partial
            log.warning("Could not remove the unfinished backup %s", path)


# -- listing backups -----------------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable=1: a backup is never written once renamed, so SQLite may skip locking it.
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def read_info(path: Path) -> BackupInfo:
    """What a backup file says about itself (never raises: an unreadable file is unverified)."""
    path = Path(path)
    size = path.stat().st_size
    fallback = _time_from_name(path) or dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    try:
        conn = _read_only(path)
        try:
            rows = conn.execute(
                f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(_KEYS))})",
                _KEYS,
            ).fetchall()
            whose = _whose(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        return BackupInfo(path, fallback, size, False, "", "", problem=f"unreadable ({error})")
    values = {str(k): str(v) for k, v in rows}
    taken_at = _parse_stamp(values.get(TAKEN_AT, "")) or fallback
    verified = values.get(VERIFIED) == CHECK_PASSED
    return BackupInfo(
        path,
        taken_at,
        size,
        verified,
        values.get(AUDIT_HEAD, ""),
        values.get(REASON, ""),
        values.get(SOURCE, ""),
        "" if verified else "not taken by Rawangi's backup, or its check did not pass",
        database_id=whose.database_id,
        office=whose.office,
        office_name=whose.office_name,
    )


def _parse_stamp(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)
    except ValueError:
        return None


def _time_from_name(path: Path) -> dt.datetime | None:
    stem = path.name.removeprefix(PREFIX).removesuffix(SUFFIX)[: len("YYYYmmdd-HHMMSS")]
    try:
        return dt.datetime.strptime(stem, STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def list_backups(folder: Path, *, of: Identity | None = None) -> list[BackupInfo]:
    """Every backup in the folder, newest first (an unfinished `.partial` is not one).

    Args:
        of: only this database's backups (see `belongs`); None for every one.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [read_info(path) for path in folder.glob(f"{PREFIX}*{SUFFIX}") if path.is_file()]
    if of is not None:
        found = [info for info in found if belongs(info, of)]
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def belongs(info: BackupInfo, database: Identity) -> bool:
    """Whether a backup is one of this (sound) database's.

    By id when both have one; a backup from before databases had ids by the path it was taken
    from. A file that says nothing about itself (copied in by hand, unreadable) is shown with
    every database's backups, never verified: a person decides what it is.
    """
    if info.database_id and database.database_id:
        return info.database_id == database.database_id
    if info.source:
        return bool(database.path) and _same_source(info.source, database.path)
    return not info.database_id


def newest_verified(
    folder: Path, *, source: str | Path | None = None, of: Identity | None = None
) -> BackupInfo | None:
    """The newest backup that passed its check (of one database, when `of` or `source` is
    given: by its identity, or by the path it was taken from)."""
    for info in list_backups(folder, of=of):
        if info.verified and (source is None or _same_source(info.source, source)):
            return info
    return None


def identity(db: Database) -> Identity:
    """An open database's id, office and path."""
    found = dict(
        db.conn.execute(
            "SELECT key, value FROM settings WHERE key IN ('database_id', 'office')"
        ).fetchall()
    )
    return Identity(str(found.get("database_id", "")), str(found.get("office", "")), db_path(db))


def identity_of_file(path: Path) -> Identity:
    """What a possibly damaged file still tells about itself; never raises, never writes.

    Through SQLite when the file can still be read so far; else from its bytes: the settings
    rows of the id and the office are found where they lie, as a damaged file often keeps the
    page that holds them whole while its schema or other pages are lost.
    """
    path = Path(path)
    try:
        conn = _read_only(path)
        try:
            whose = _whose(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        whose = _salvaged(path)
    return Identity(whose.database_id, whose.office, str(path))


# The settings rows as SQLite stores them: a record header of 3 bytes (its size, then the
# serial types of a text of 11 and of 36 bytes, or of 6 and of 3), then the two texts.
_ID_ROW: Final = re.compile(
    rb"\x03\x23\x55database_id([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})"
)
_OFFICE_ROW: Final = re.compile(rb"\x03\x19\x13office([A-Z]{3})")
_SALVAGE_BLOCK: Final = 1 << 20


def _salvaged(path: Path) -> _Whose:
    """The id and office rows found in a file's bytes (first found), or nothing."""
    found: dict[str, str] = {}
    try:
        with path.open("rb") as stream:
            tail = b""
            while len(found) < 2 and (block := stream.read(_SALVAGE_BLOCK)):
                window = tail + block
                for key, pattern in (("database_id", _ID_ROW), ("office", _OFFICE_ROW)):
                    match = None if key in found else pattern.search(window)
                    if match:
                        found[key] = match.group(1).decode("ascii")
                tail = window[-64:]  # a row cut by the block's end is found in the next
    except OSError:
        return _Whose()
    return _Whose(found.get("database_id", ""), found.get("office", ""))


def offered(folder: Path, damaged: Path) -> list[BackupInfo]:
    """The verified backups to offer for a damaged file, newest first.

    The file's own database's backups when its id can still be read (with those from before
    databases had ids, of its path or its office); when only its office can be read, that
    office's; when nothing can, those taken from its path, and failing those every verified
    backup in the folder: each names its office, date and file, for a person to choose.
    """
    database = identity_of_file(damaged)
    verified = [info for info in list_backups(folder) if info.verified]

    def from_here(info: BackupInfo) -> bool:
        return _same_source(info.source, damaged)

    if database.database_id:
        return [
            info
            for info in verified
            if info.database_id == database.database_id
            or (
                not info.database_id
                and (from_here(info) or (bool(database.office) and info.office == database.office))
            )
        ]
    if database.office:
        return [info for info in verified if info.office == database.office]
    return [info for info in verified if from_here(info)] or verified


def _same_source(recorded: str, source: str | Path) -> bool:
    if not recorded:
        return False
    return os.path.normcase(os.path.abspath(recorded)) == os.path.normcase(os.path.abspath(source))


def prune(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the verified backups that retention no longer keeps; returns the deleted files.

    Retention (7 daily, 4 weekly, 12 monthly, in the computer's local time) applies to the
    backups of each database separately: by database id, wherever the file was when each was
    taken (backups from before databases had ids, by the path they were taken from).
    Unverified files are never deleted: a person decides.
    A `.partial` older than a day (a backup that was killed) is removed too.
    """
    folder = Path(folder)
    moment = (now or clock.utc_now()).astimezone()
    groups: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder):
        if info.verified:
            key = info.database_id or "path:" + os.path.normcase(os.path.abspath(info.source))
            groups.setdefault(key, []).append(info)
    deleted: list[Path] = []
    for infos in groups.values():
        kept = retention.keep((info.taken_at.astimezone() for info in infos), moment)
        for info in infos:
            if info.taken_at.astimezone() not in kept and _delete(info.path):
                deleted.append(info.path)
    for partial in folder.glob(f"{PREFIX}*{SUFFIX}{PARTIAL}"):
        age = moment - dt.datetime.fromtimestamp(partial.stat().st_mtime, dt.UTC)
        if age > ABANDONED_PARTIAL and _delete(partial):
            deleted.append(partial)
    return deleted


def _delete(path: Path) -> bool:
    try:
        path.unlink()
    except OSError as error:
        log.warning("Could not delete the old backup %s: %s", path, error)
        return False
    log.info("Deleted the old backup %s (retention)", path)
    return True


# -- restoring -----------------------------------------------------------------------------------

Prepare = Callable[[Path, Path | None], object]


def verify(backup: Path) -> None:
    """Check a backup before it is restored: readable, sound, and not from a newer Rawangi.

    Raises:
        StorageError: saying what is wrong and to choose another backup.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise StorageError(f"There is no backup file {backup}. Choose a backup from the list.")
    try:
        conn = _read_only(backup)
        try:
            rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
            found = [str(row[0]) for row in rows]
            if found == ["ok"] and not all(_has_table(conn, t) for t in ("departures", "audit")):
                found = ["it holds no Rawangi tables"]  # an empty file, or another program's
            if found == ["ok"]:
                _refuse_newer(LocalDatabase(conn), backup)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise StorageError(
            f"The backup {backup} cannot be restored: it is damaged or not a Rawangi database "
            f"({error}). Choose another backup."
        ) from error
    if found != ["ok"]:
        raise StorageError(
            f"The backup {backup} cannot be restored: it is damaged or not a Rawangi database "
            f"({found[0]}). Choose another backup."
        )


def _refuse_newer(db: LocalDatabase, backup: Path) -> None:
    from desktop.store import refuse_newer_schema  # noqa: PLC0415 - the package imports us

    try:
        refuse_newer_schema(db)
    except StorageError as error:
        raise StorageError(f"The backup {backup.name} cannot be restored: {error}") from error


def restore(
    backup: Path,
    target: Path,
    *,
    prepare: Prepare | None = None,
    now: dt.datetime | None = None,
) -> Path | None:
    """Make `target` a copy of the backup; the file it replaces is kept, never deleted.

    The backup is verified, copied through the backup API into a new file beside the target,
    the old target (with its journal, if one was left) is moved aside as
    `<name>.replaced-YYYYMMDD-HHMMSS.db`, and the new file takes its place. Every connection to
    the target must be closed first (Windows cannot rename an open file).

    Args:
        prepare: called with (the new file, where the old one will go, or None) before the new
            file is put in place: the services sign in and write the audit row there. If it
            raises, nothing is moved and the new file is removed.
        now: the time for the file names (tests).

    Returns:
        Where the replaced database now is, or None when there was none.

    Raises:
        StorageError: the backup is damaged, unreadable or newer; or the files cannot be moved.
    """
    backup, target = Path(backup), Path(target)
    verify(backup)
    stamp = (now or clock.utc_now()).astimezone().strftime(STAMP)
    suffix = target.suffix or SUFFIX
    staged = _unused(target.with_name(f"{target.stem}.restoring-{stamp}{suffix}{PARTIAL}"))
    aside = _unused(target.with_name(f"{target.stem}.replaced-{stamp}{suffix}"))
    try:
        _restore_copy(backup, staged)
        if prepare is not None:
            prepare(staged, aside if target.exists() else None)
        fsync_file(staged)
        moved = _move_aside(target, aside)
        try:
            os.replace(staged, target)
        except OSError:
            _put_back(moved)
            raise
        fsync_folder(target.parent)
    except sqlite3.Error as error:
        _discard(staged)
        raise _restore_error(error, target) from error
    except OSError as error:
        _discard(staged)
        raise StorageError(
            f"The backup could not be restored to {target} ({error.strerror}); the database was "
            "not changed. Close Rawangi everywhere, check the folder and the free space, and "
            "try again."
        ) from error
    except BaseException:
        _discard(staged)
        raise
    replaced = moved[0][1] if moved else None
    log.info("Restored %s from %s; the replaced file is %s", target, backup, replaced)
    return replaced


def _unused(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _restore_copy(backup: Path, staged: Path) -> None:
    source = _read_only(backup)
    try:
        copy = sqlite3.connect(create_private(staged), isolation_level=None)
        try:
            source.backup(copy, pages=-1)
            copy.execute("PRAGMA journal_mode = DELETE")
            copy.execute("PRAGMA synchronous = FULL")
            # What the backup said about itself does not describe the restored database.
            copy.execute("BEGIN IMMEDIATE")
            if _has_table(copy, "settings"):
                copy.execute(
                    f"DELETE FROM settings WHERE key IN ({', '.join('?' * len(_KEYS))})", _KEYS
                )
            copy.execute("COMMIT")
        finally:
            copy.close()
    finally:
        source.close()


def _move_aside(target: Path, aside: Path) -> list[tuple[Path, Path]]:
    """Rename the old database and what SQLite left beside it; returns the (from, to) moves."""
    if not target.exists():
        return []
    # A journal left by a crash belongs to the old file: it goes with it, so that SQLite never
    # plays it into the restored one.
    plan = [(target, aside)] + [
        (Path(f"{target}{ending}"), Path(f"{aside}{ending}"))
        for ending in ("-journal", "-wal", "-shm")
        if Path(f"{target}{ending}").exists()
    ]
    moved: list[tuple[Path, Path]] = []
    try:
        for source, destination in plan:
            os.replace(source, destination)
            moved.append((source, destination))
    except OSError:
        _put_back(moved)
        raise
    return moved


def _put_back(moved: list[tuple[Path, Path]]) -> None:
    for source, destination in reversed(moved):
        try:
            os.replace(destination, source)
        except OSError:  # pragma: no cover - reported with the error being raised
            log.error("Could not move %s back to %s", destination, source)


def _restore_error(error: sqlite3.Error, target: Path) -> BaseException:
    if result_code(error) == SQLITE_FULL:
        return StorageError(
            f"The disk holding {target.parent} is full; the backup was not restored and the "
            "database was not changed. Free some space and try again."
        )
    return storage_error(error, str(target))
