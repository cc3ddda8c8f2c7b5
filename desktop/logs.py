"""Logging to a rotating file in the data folder. Nothing personal goes into a log line:
no CNIC, no passport number, no name — record ids and counts only."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def configure(folder: Path, *, level: int = logging.INFO) -> Path:
    """Send the `rawangi.*` loggers to `folder/logs/rawangi.log`; returns the file's path."""
    logs = folder / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "rawangi.log"
    root = logging.getLogger("rawangi")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
