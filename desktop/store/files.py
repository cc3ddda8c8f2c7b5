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
