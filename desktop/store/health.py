"""Is this database file safe to open? Checks that never change the file they look at.

A damaged file is evidence: it is read only through its bytes or a strictly read-only SQLite
connection (`mode=ro`; `immutable=1` for files nobody writes), never opened for writing, so that
what the program says about it cannot make it worse. Every message says what is wrong and what
to do next, in words for the person at the desk.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

from desktop.core import clock
from desktop.store.db import (
    JOURNAL_MAGIC,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    db_path,
    in_use_message,
    unreadable_message,
)
from desktop.store.db import DatabaseInUse as InUse
from desktop.store.db import hot_journal as _hot_journal
from desktop.store.engine import Database

SQLITE_HEADER: Final = b"SQLite format 3\x00"
HEADER_SIZE: Final = 100
# Schema formats SQLite knows (header offset 44; 0 before the first table); Rawangi uses 4.
SCHEMA_FORMATS: Final = range(5)
# File format read versions (header offset 18): 1 rollback journal, 2 WAL.
READ_VERSIONS: Final = (1, 2)
__all__ = ["JOURNAL_MAGIC"]
NETWORK_FILESYSTEMS: Final = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs"}
)
DRIVE_REMOTE: Final = 4  # GetDriveTypeW's answer for a network drive
RESTORE_ADVICE: Final = (
    "Nothing was changed. Restore the newest verified backup (Backups window, or "
    "`rawangi restore`); keep this file, a specialist may recover more from it."
)

Writable = Callable[[Path], bool]


# -- where the file lives ------------------------------------------------------------------------


def network_share_problem(path: str | Path, *, mounts: str | None = None) -> str | None:
    """Why a database must not be kept where `path` is, or None when it is on a local disk.

    Args:
        path: the database file (it need not exist yet).
        mounts: the text of /proc/mounts (tests pass their own; read from the system otherwise).
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return _share_message(text, "a network path")
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_share_problem(Path(path))
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux, or no /proc: nothing more to learn
    found = _mount_of(Path(path), mounts)
    if found and found[1] in NETWORK_FILESYSTEMS:
        device, fstype = found
        return _share_message(text, f"a network share ({fstype} {device})")
    return None


def _share_message(path: str, where: str) -> str:
    return (
        f"{path} is on {where}. A SQLite database kept on a network share is damaged when the "
        "network or another computer falters, so Rawangi does not open it there. Copy the "
        "database to this computer's own disk (with the program closed everywhere) and open "
        "it from there; send the export bundle to share the data."
    )


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes (\040).
    out, index = [], 0
    while index < len(field):
        if field[index] == "\\" and field[index + 1 : index + 4].isdigit():
            out.append(chr(int(field[index + 1 : index + 4], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def _mount_of(path: Path, mounts: str) -> tuple[str, str] | None:
    """(device, file system type) of the mount holding `path`: the longest matching mount point."""
    target = os.path.abspath(os.path.realpath(path))
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, fstype = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        inside = point in ("/", target) or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), device, fstype)
    return (best[1], best[2]) if best else None


def _windows_share_problem(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes  # noqa: PLC0415 - only on Windows

    anchor = Path(os.path.abspath(path)).anchor
    if anchor.startswith("\\\\"):
        return _share_message(str(path), "a network path")
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kind = kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor))
    if kind == DRIVE_REMOTE:
        return _share_message(str(path), f"the network drive {anchor}")
    return None


# -- what the file holds -------------------------------------------------------------------------


def unreadable_problem(path: str | Path) -> str | None:
    """Why this account may not read the file (or a folder on its way), or None."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except PermissionError:
        return unreadable_message(str(path))
    except OSError:
        return None  # a folder on Windows, a name too long …: the other checks will say
    os.close(descriptor)
    return None


def file_problem(path: str | Path, *, check: bool = True) -> str | None:
    """What is wrong with an existing database file, or None when it looks usable.

    Looks at the bytes first (empty, not SQLite, cut short), then, with `check`, asks SQLite's
    `quick_check` through a read-only connection. The file is never changed. A file that does
    not exist is no problem (a new database will be made).

    Args:
        check: also run `quick_check` (it reads the whole file: seconds on a large one).
    """
    path = Path(path)
    try:
        if not path.exists():
            return None
        if path.is_dir():
            return f"{path} is a folder, not a database file. Choose the database file itself."
        size = path.stat().st_size
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except PermissionError:
        return unreadable_message(str(path))
    if size == 0:
        return (
            f"{path} is empty (0 bytes): it holds no records, perhaps because a copy or a save "
            f"was cut off. {RESTORE_ADVICE}"
        )
    cut_in_magic = len(header) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header)
    if not header.startswith(SQLITE_HEADER) and not cut_in_magic:
        return (
            f"{path} is not a Rawangi database{_looks_like(header)}: it does not begin like a "
            "SQLite file. Nothing was changed. Check that you chose the right file, or restore "
            "the newest verified backup."
        )
    if len(header) < HEADER_SIZE:
        return f"{path} is cut short: only {size} bytes are left of it. {RESTORE_ADVICE}"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"{path} is damaged: its header names an impossible page size. {RESTORE_ADVICE}"
    schema_format = int.from_bytes(header[44:48], "big")
    read_version = header[18]
    if schema_format not in SCHEMA_FORMATS or read_version not in READ_VERSIONS:
        number = schema_format if schema_format not in SCHEMA_FORMATS else read_version
        what = "schema format" if schema_format not in SCHEMA_FORMATS else "file format"
        return (
            f"{path} is damaged or not a Rawangi database: its header names SQLite {what} "
            f"{number}, which no Rawangi file uses. Nothing was changed. Check that you chose "
            "the right file, or restore the newest verified backup."
        )
    hot = hot_journal(path)
    if not hot:
        short = _missing_bytes(header, size, page_size)
        if short:
            return (
                f"{path} is cut short: it has {size:,} of its {short:,} bytes, so records at "
                f"its end are missing (a copy was interrupted, or the disk is failing). "
                f"{RESTORE_ADVICE}"
            )
    if check and not hot:
        # With a hot journal SQLite must first undo the interrupted transaction, which needs a
        # writable connection: the file is judged after that, once it is open (`full_check`).
        return _quick_check_problem(path)
    return None


def _looks_like(header: bytes) -> str:
    if header.startswith(b"%PDF"):
        return " (it looks like a PDF document)"
    if header.startswith(b"PK\x03\x04"):
        return " (it looks like a ZIP or Excel file)"
    if header.startswith(b"\xd0\xcf\x11\xe0"):
        return " (it looks like an old Word or Excel file)"
    if header.startswith(b"SQLite format"):
        return " (its header is damaged)"
    return ""


def _missing_bytes(header: bytes, size: int, page_size: int) -> int:
    """The size the header promises when the file is smaller than that, else 0."""
    page_count = int.from_bytes(header[28:32], "big")
    # The page count in the header is trusted only when it was written by the same change as
    # the rest of the header (SQLite's own rule: "version-valid-for" equals the change counter).
    if page_count and header[24:28] == header[92:96] and size < page_count * page_size:
        return page_count * page_size
    if size % page_size:
        return (size // page_size + 1) * page_size
    return 0


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _quick_check_problem(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        return f"{path} cannot be opened to check it ({error}). {RESTORE_ADVICE}"
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as error:
        if _in_use(error):
            raise InUse(in_use_message(str(path))) from error
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            return (
                f"{path} is not a Rawangi database (SQLite says: {error}). Nothing was changed. "
                "Check that you chose the right file, or restore the newest verified backup."
            )
        return f"{path} is damaged (SQLite says: {error}). {RESTORE_ADVICE}"
    finally:
        conn.close()
    return _verdict(path, rows)


def _verdict(path: str | Path, rows: list[tuple[object, ...]]) -> str | None:
    if [str(row[0]) for row in rows] == ["ok"]:
        return None
    # SQLite's findings, one a line ("*** in database main ***" says nothing to a clerk).
    found = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    first = found[0] if found else "no answer"
    more = f" and {len(found) - 1} more problems" if len(found) > 1 else ""
    return f"{path} is damaged ({first}{more}). {RESTORE_ADVICE}"


def full_check(db: Database) -> str | None:
    """`PRAGMA integrity_check` of an open database: None when sound, else what to do.

    It reads every page and index (minutes on a very large file): run it in the background,
    after an unclean shutdown or on demand.
    """
    return _pragma_check(db, "integrity_check")


def quick_check(db: Database) -> str | None:
    """`PRAGMA quick_check` of an open database (the cheaper check run after each start)."""
    return _pragma_check(db, "quick_check")


def _pragma_check(db: Database, pragma: str) -> str | None:
    name = db_path(db) or "the database"
    try:
        rows = db.conn.execute(f"PRAGMA {pragma}(5)").fetchall()
    except sqlite3.DatabaseError as error:
        if _in_use(error):
            raise InUse(in_use_message(db_path(db))) from error
        return f"{name} is damaged (SQLite says: {error}). {RESTORE_ADVICE}"
    return _verdict(name, rows)


def _in_use(error: sqlite3.Error) -> bool:
    """Busy or locked: another program is writing, which says nothing about the file's health."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)


# Tables that grow with the register: the others are small enough to check before every use.
_GROWING: Final = ("departures", "audit", "manifests", "office_audit", "office_manifests")
# Below this size the whole file is checked before the first write (well under a second).
WHOLE_CHECK_BYTES: Final = 64 * 1024 * 1024


def structure_problem(db: Database, *, whole: bool = True) -> str | None:
    """SQLite's structural check (`quick_check`) of an open database, before it is used.

    Args:
        whole: check every page (about 2 s per gigabyte once the file is in memory). Without
            it only the small tables are checked (users, settings, offices, contingents …),
            which sign-in and the start read; the window checks the rest in the background.

    Raises:
        DatabaseInUse: another program holds a lock on the file.
    """
    if whole:
        return _pragma_check(db, "quick_check")
    name = db_path(db) or "the database"
    try:
        tables = [
            str(table)
            for (table,) in db.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
            )
            if not str(table).startswith(("sqlite_", "departures_fts")) and table not in _GROWING
        ]
        for table in tables:
            rows = db.conn.execute(f"PRAGMA quick_check('{_quoted(table)}')").fetchall()
            problem = _verdict(name, rows)
            if problem:
                return problem
    except sqlite3.DatabaseError as error:
        if _in_use(error):
            raise InUse(in_use_message(db_path(db))) from error
        return f"{name} is damaged (SQLite says: {error}). {RESTORE_ADVICE}"
    return None


def worth_checking_whole(path: str | Path) -> bool:
    """Whether the whole file is small enough to check before the window's first write."""
    try:
        return Path(path).stat().st_size <= WHOLE_CHECK_BYTES
    except OSError:
        return True


def integrity_check(
    db: Database, progress: Callable[[str, int, int], None] | None = None
) -> str | None:
    """The full check (`rawangi check`): every table and index, then the file's page map.

    Each table is checked with its indexes in turn (`integrity_check(TABLE)`), so that
    progress can be told, then `quick_check` looks at what belongs to no table (free pages,
    pages used twice or never).

    Args:
        progress: told (what is being checked, steps done, steps in all).

    Raises:
        DatabaseInUse: another program holds a lock on the file.
    """
    name = db_path(db) or "the database"
    try:
        tables = [
            str(table)
            for (table,) in db.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name"
            )
        ]
        steps = len(tables) + 1
        for number, table in enumerate(tables):
            if progress:
                progress(table, number, steps)
            problem = _verdict(
                name, db.conn.execute(f"PRAGMA integrity_check('{_quoted(table)}')").fetchall()
            )
            if problem:
                return problem
        if progress:
            progress("the page map", steps - 1, steps)
        problem = _verdict(name, db.conn.execute("PRAGMA quick_check(5)").fetchall())
        if progress:
            progress("", steps, steps)
    except sqlite3.DatabaseError as error:
        if _in_use(error):
            raise InUse(in_use_message(db_path(db))) from error
        return f"{name} is damaged (SQLite says: {error}). {RESTORE_ADVICE}"
    return problem


# -- can it be written ---------------------------------------------------------------------------


def _writable(path: Path) -> bool:
    """Whether this process may change the file or folder; tried, not guessed from the modes
    (an administrator passes every permission check but not a read-only disk)."""
    if path.is_dir():
        try:
            with tempfile.TemporaryFile(dir=path, prefix=".rawangi-write-test-"):
                pass
        except OSError:
            return False
        return True
    if not os.access(path, os.W_OK):
        return False
    try:
        # Opened for writing and closed at once: nothing is written.
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


_NOT_RECORDED: Final = (
    "sign-ins, searches and prints are recorded in this computer's log file only, not in the "
    "database's audit log."
)


def read_only_reason(path: str | Path, *, writable: Writable | None = None) -> str | None:
    """Why the database can only be read here, or None when it can be written.

    Args:
        writable: the test of a file or folder (tests inject one: they run as root).
    """
    path = Path(path)
    can_write = writable or _writable
    if path.exists() and not can_write(path):
        return (
            f"{path} is read-only here: you can search, view and print, but nothing can be "
            f"saved, and {_NOT_RECORDED} To record departures, ask whoever looks after this "
            "computer to make the file writable, then start Rawangi again."
        )
    folder = path.parent
    if folder.exists() and not can_write(folder):
        return (
            f"The folder {folder} is read-only here, and SQLite needs to write its journal "
            "beside the database: you can search, view and print, but nothing can be saved, "
            f"and {_NOT_RECORDED} Ask whoever looks after this computer to make the folder "
            "writable, or move the database to a folder you may write to."
        )
    return None


# -- was it closed properly ----------------------------------------------------------------------


def hot_journal(path: str | Path) -> bool:
    """Whether a rollback journal beside the file still holds an interrupted transaction."""
    return _hot_journal(path)


def marker_path(path: str | Path) -> Path:
    """The file that says the database is open: `office.db` → `office.db.open`."""
    path = Path(path)
    return path.with_name(path.name + ".open")


def mark_open(path: str | Path) -> bool:
    """Note that the program has the database open (removed by `mark_closed` at a clean exit).

    Returns False when the folder is read-only (such a database is not written anyway).
    """
    marker = marker_path(path)
    text = json.dumps({"pid": os.getpid(), "opened": clock.utc_stamp()})
    try:
        with marker.open("w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
    except OSError:
        return False
    return True


def mark_closed(path: str | Path) -> None:
    """The database was closed cleanly: remove the marker."""
    marker_path(path).unlink(missing_ok=True)


def was_unclean(path: str | Path) -> bool:
    """Whether the last program to use the file stopped without closing it.

    True when the open marker is still there (a crash or power cut since `mark_open`), when a
    hot journal waits to be rolled back, or when a WAL file was left behind. Ask before opening
    the file: opening it rolls the journal back. After an unclean stop, run `full_check`.
    """
    wal = Path(f"{path}-wal")
    left_wal = wal.exists() and wal.stat().st_size > 0
    return marker_path(path).exists() or hot_journal(path) or left_wal


def _quoted(name: str) -> str:
    """A table name inside a pragma's quotes (a foreign file may name its tables anyhow)."""
    return name.replace("'", "''")
