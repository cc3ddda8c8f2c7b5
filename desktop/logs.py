"""Logging to a rotating file in the data folder. Nothing personal goes into a log line:
no CNIC, no passport number, no name — record ids and counts only. The files are readable by
their owner only, like the database."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import IO, Any

_PRIVATE_FILE = 0o600
_PRIVATE_FOLDER = 0o700


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the first and every one after a rotation) is created owner-only."""

    def _open(self) -> IO[Any]:  # type: ignore[override]  # a text file, as the base gives
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _PRIVATE_FILE
        )
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def configure(folder: Path, *, level: int = logging.INFO) -> Path:
    """Send the `rawangi.*` loggers to `folder/logs/rawangi.log`; returns the file's path."""
    logs = folder / "logs"
    logs.mkdir(mode=_PRIVATE_FOLDER, parents=True, exist_ok=True)
    path = logs / "rawangi.log"
    root = logging.getLogger("rawangi")
    for old in [h for h in root.handlers if isinstance(h, _PrivateRotatingFileHandler)]:
        if Path(old.baseFilename) != path.absolute():  # another data folder: follow it
            root.removeHandler(old)
            old.close()
    if not any(isinstance(h, _PrivateRotatingFileHandler) for h in root.handlers):
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path


def configure_quietly() -> Path | None:
    """`configure` in the platform's data folder, for the command line: an account without a
    data folder it may write (a service account, a locked-down PC) works on without a log."""
    from desktop.store.db import data_dir  # noqa: PLC0415 - the window and CLI import it anyway

    try:
        return configure(data_dir())
    except OSError:
        return None
