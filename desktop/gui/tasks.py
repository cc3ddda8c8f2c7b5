"""Background work: run a function off the GUI thread and get its result back on it.

Workers return values and never touch a widget. Each worker thread reads the database through
its own read-only connection (`reader`). Tests swap in `SynchronousTasks`, which runs
everything at once on the calling thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.store.db import connect

log = logging.getLogger("rawangi.gui")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

_readers: dict[tuple[int, str], sqlite_utils.Database] = {}
_readers_lock = threading.Lock()


def reader(path: str) -> sqlite_utils.Database:
    """This thread's read-only connection to a database file (opened on first use)."""
    key = (threading.get_ident(), path)
    with _readers_lock:
        found = _readers.get(key)
    if found is None:
        found = connect(path, readonly=True)
        with _readers_lock:
            _readers[key] = found
    return found


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry results back across threads."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # noqa: BLE001 - handed to the caller's on_error, not lost
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


class Tasks(QObject):
    """A small pool of worker threads."""

    def __init__(self, threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """Run `fn()` on a worker; call `on_done(result)` or `on_error(exc)` on the GUI thread."""
        relay = _Relay()
        self._relays.add(relay)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            on_done(result)

        def fail(error: BaseException) -> None:
            self._relays.discard(relay)
            if on_error is None:
                raise error
            on_error(error)

        relay.done.connect(finish)
        relay.failed.connect(fail)
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (shutting down, tests)."""
        return bool(self.pool.waitForDone(msecs))


class SynchronousTasks(Tasks):
    """Runs each job immediately on the calling thread: deterministic tests."""

    def run(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        try:
            result = fn()
        except Exception as error:
            if on_error is None:
                raise
            on_error(error)
        else:
            on_done(result)


def close_readers(path: str | None = None) -> None:
    """Close the reader connections of every thread (of one file, or all), e.g. before a
    restore replaces the file. Call it when no job is running (`Tasks.wait`)."""
    with _readers_lock:
        keys = [k for k in _readers if path is None or k[1] == path]
        closing = [_readers.pop(k) for k in keys]
    for db in closing:
        db.close()
