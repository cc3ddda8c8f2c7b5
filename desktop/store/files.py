"""Making written files durable: flushed to the disk, renamed into place for good."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    # Windows refuses to flush a file opened read-only; opening for writing writes nothing.
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder itself must reach the disk."""
    if sys.platform == "win32":  # pragma: no cover - Windows has no folder handles to flush
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# Office data is personal data: what Rawangi creates is readable by its owner only (POSIX modes;
# on Windows the files stay in the user's own profile, which other users cannot read).
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def create_private(path: Path) -> Path:
    """Create an empty file only its owner may read and write; an existing file is kept as it is.

    SQLite gives a database's journal the database's own mode, so a database created this way
    keeps its journal private too.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return path
    os.close(fd)
    return path


def private_folder(path: Path) -> Path:
    """Create a folder (and its missing parents) that only its owner may open."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    return path
