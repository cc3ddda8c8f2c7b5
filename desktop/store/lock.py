"""One program per database: a lock file beside it, held with an operating-system lock.

`<db>.lock` holds JSON naming who has the file open: host, process id, start time and user,
so that a second Rawangi can say where to close it. The file alone is not enough (two programs
starting together could both find it absent), so it is also locked with `fcntl.flock` (POSIX)
or `msvcrt.locking` (Windows): the operating system lets only one process hold that lock and
releases it when the process dies, however it dies.

A lock file left by a process that is gone (killed, power cut) is stale and taken over. A lock
file written on another host is respected: that computer may still be using the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from desktop.core import clock
from desktop.core.errors import StorageError
from desktop.store.files import PRIVATE_FILE

log = logging.getLogger("rawangi.store")

# Windows locks are mandatory: a locked byte cannot be read by others. The lock is taken on one
# byte far past the JSON so that a second program can still read who holds the file.
_WINDOWS_LOCK_OFFSET = 1 << 30
_TAKE_ATTEMPTS = 5


class LockNotWritable(StorageError):
    """The lock file cannot be made: the folder is read-only here (fine for a read-only open,
    which writes nothing to guard)."""


@dataclass(frozen=True)
class Holder:
    """Who holds (or held) a database: what the lock file says."""

    host: str
    pid: int
    started: str  # UTC ISO-8601, as clock.utc_stamp() writes it
    user: str

    @classmethod
    def me(cls) -> Holder:
        return cls(socket.gethostname(), os.getpid(), clock.utc_stamp(), _user_name())

    @classmethod
    def read(cls, text: str) -> Holder | None:
        """The holder a lock file names; None when it is empty or unreadable."""
        try:
            values = json.loads(text)
            return cls(str(values["host"]), int(values["pid"]), str(values["started"]),
                       str(values.get("user", "")))  # fmt: skip
        except (ValueError, KeyError, TypeError):
            return None

    def is_me(self) -> bool:
        """Whether this program wrote the lock file (then someone else holds SQLite's lock)."""
        return self.pid == os.getpid() and self.host == socket.gethostname()

    def to_json(self) -> str:
        values = {"host": self.host, "pid": self.pid, "started": self.started, "user": self.user}
        return json.dumps(values)

    def since(self) -> str:
        """The start time in the computer's local time, for messages."""
        try:
            moment = dt.datetime.fromisoformat(self.started.replace("Z", "+00:00"))
        except ValueError:
            return self.started or "an unknown time"
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: `office.db` → `office.db.lock`."""
    return db_path.with_name(db_path.name + ".lock")


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, but belongs to another user
        return True
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes  # noqa: PLC0415 - only on Windows

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


def _try_os_lock(fd: int) -> bool:
    """Take the operating-system lock without waiting; False when another process has it."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt  # noqa: PLC0415 - only on Windows

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415 - POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt  # noqa: PLC0415 - only on Windows

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl  # noqa: PLC0415 - POSIX only

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_text(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
        if sum(map(len, chunks)) > 64 * 1024:  # not a lock file we wrote
            break
    return b"".join(chunks).decode("utf-8", errors="replace")


def _held_elsewhere(db_path: Path, holder: Holder | None) -> StorageError:
    if holder is None:
        return StorageError(
            f"{db_path.name} is being opened by another Rawangi on this computer right now. "
            "Close it there first."
        )
    user = f" ({holder.user})" if holder.user else ""
    return StorageError(
        f"{db_path.name} is already open in Rawangi on {holder.host} by process {holder.pid}"
        f"{user} (since {holder.since()}). Close it there first."
    )


class DatabaseLock:
    """Held while a program uses a database; `release()` or leave the `with` block to let go."""

    def __init__(self, db_path: Path, fd: int, holder: Holder, took_over: Holder | None) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.holder = holder
        # Whoever held the file before and did not let go (a crash, a power cut), if anyone.
        self.took_over = took_over
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file and let go of the lock (a second call does nothing)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            try:
                self.path.unlink()
            except OSError:
                # Windows will not delete a file another process has open: empty it instead,
                # so that nobody is named as holding it.
                os.ftruncate(fd, 0)
            _os_unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"DatabaseLock({str(self.db_path)!r}, held={self.held})"


def acquire(db_path: Path, *, host: str | None = None) -> DatabaseLock:
    """Claim a database for this program.

    Args:
        db_path: the database file (it need not exist yet).
        host: this computer's name (tests pretend to be another computer).

    Raises:
        StorageError: another live Rawangi holds it (naming host and process).
        LockNotWritable: the lock file cannot be written (read-only folder).
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    me = Holder.me()
    if host is not None:
        me = Holder(host, me.pid, me.started, me.user)
    for _ in range(_TAKE_ATTEMPTS):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)  # names the OS user
        except OSError as error:
            raise LockNotWritable(
                f"Rawangi cannot create {path.name} beside the database ({error.strerror}); "
                "the folder may be read-only. Check that you may write to it."
            ) from error
        try:
            if not _try_os_lock(fd):
                raise _held_elsewhere(db_path, Holder.read(_read_text(fd)))
            if not _same_file(fd, path):
                # The holder let go and removed the file between our open and our lock: the
                # lock we hold is on a file nobody will look at any more. Start again.
                _os_unlock(fd)
                os.close(fd)
                continue
            previous = Holder.read(_read_text(fd))
            if previous is not None and previous.host != me.host:
                _os_unlock(fd)
                refusal = _held_elsewhere(db_path, previous)
                raise StorageError(
                    f"{refusal} If that computer is switched off or no longer uses the file, "
                    f"delete {path.name} beside it and try again."
                )
            _write(fd, me)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise
        if previous is not None:
            # The process that wrote it is gone (the OS lock was free), or its id now belongs
            # to an unrelated process: either way it did not close the database cleanly.
            log.warning(
                "Took over the stale lock of %s left by process %s on %s (since %s)",
                db_path.name,
                previous.pid,
                previous.host,
                previous.since(),
            )
        return DatabaseLock(db_path, fd, me, previous)
    raise StorageError(
        f"{db_path.name} is being opened and closed by another program again and again; "
        "try again in a moment."
    )


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _write(fd: int, holder: Holder) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, holder.to_json().encode("utf-8"))
    os.fsync(fd)


def read_holder(db_path: Path) -> Holder | None:
    """Who the lock file of a database names (None: no lock file, or an empty one)."""
    try:
        text = lock_path(Path(db_path)).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    return Holder.read(text)
