"""Background work: run a function off the GUI thread and get its result back on it.

Workers return values and never touch a widget. Each worker thread reads the database through
its own read-only connection (`reader`). Tests swap in `SynchronousTasks`, which runs
everything at once on the calling thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import RawangiError
from desktop.gui import dialogs
from desktop.store import Database
from desktop.store.db import connect_again
from desktop.store.engine import connection_lost

log = logging.getLogger("rawangi.gui")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

_readers: dict[tuple[int, str], Database] = {}
_readers_lock = threading.Lock()


def reader(path: str) -> Database:
    """This thread's read-only connection to a database file (opened on first use)."""
    key = (threading.get_ident(), path)
    with _readers_lock:
        found = _readers.get(key)
    if found is not None and connection_lost(found):  # the server was gone: a new one
        found = None
    if found is None:
        found = connect_again(path, readonly=True)
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


# -- long jobs -------------------------------------------------------------------------------

PROGRESS_DELAY_S = 0.5  # a job shorter than this shows no progress dialog at all
POLL_MS = 100  # how often the dialog takes the worker's latest step

# The clock of the progress dialogs: tests replace it to let time pass without sleeping.
clock: Callable[[], float] = time.monotonic

Label = Callable[[int, int, str], str]


class Progress(QObject):
    """A progress dialog that appears only once work has lasted PROGRESS_DELAY_S, takes the
    latest step from any thread (the GUI thread reads it every POLL_MS), and can be cancelled.

    Used by `LongJob` for work on a worker, and as it is for work that must stay on the GUI
    thread (printing pages), which calls `report` between steps.
    """

    cancel_requested = Signal()
    cancel_refused = Signal()  # Esc on work that cannot stop half-way
    stepped = Signal(int, int, str)  # the latest step, on the GUI thread (for a bar of a page)

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        label: str,
        cancellable: bool = True,
        describe: Label | None = None,
        dialog: bool = True,
    ) -> None:
        super().__init__(parent)
        self.shows_dialog = dialog  # False: the window shows the steps itself (`stepped`)
        self.parent_widget = parent
        self.title = title
        self.label = label
        self.cancellable = cancellable
        self.describe = describe
        self.started = clock()
        self.cancelled = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._latest: tuple[int, int, str] | None = None
        self._lock = threading.Lock()
        self._ended = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.tick)
        self._poll.start()

    @property
    def progress(self) -> QProgressDialog:
        """The dialog (made when first needed; shown only once the work lasts)."""
        if self._dialog is None:
            dialog = QProgressDialog(
                self.label,
                QCoreApplication.translate("Progress", "Cancel"),
                0,
                0,
                self.parent_widget,
            )
            dialog.setWindowTitle(self.title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(2**31 - 1)  # shown by `tick`, on our clock, only
            dialog.setMinimumWidth(420)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not self.cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog
        return self._dialog

    def is_cancelled(self) -> bool:
        return self.cancelled.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """The latest step (from any thread); on the GUI thread it is shown at once."""
        with self._lock:
            self._latest = (done, total, text)
        if QThread.currentThread() is self.thread():
            self.tick()

    def step(self, text: str) -> None:
        """A step that is named but not counted."""
        self.report(0, 0, text)

    def tick(self) -> None:
        """Show the dialog once the work has lasted, with the latest step."""
        if self._ended:
            return
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self.stepped.emit(*latest)
        lasted = clock() - self.started >= PROGRESS_DELAY_S
        if not self.shows_dialog or (latest is None and not lasted):
            return
        dialog = self.progress
        if latest is not None and not self.cancelled.is_set():
            done, total, text = latest
            if total:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))
            label = self.describe(done, total, text) if self.describe else text
            if label:
                dialog.setLabelText(label)
        if lasted and not dialog.isVisible():
            dialog.show()

    def cancel(self) -> None:
        """Stop at the worker's next check (or say that this work cannot stop)."""
        if self._ended:
            return
        if not self.cancellable:
            self.cancel_refused.emit()
            return
        self.cancelled.set()
        self.progress.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))
        self.cancel_requested.emit()

    def end(self) -> None:
        """The work is over: the dialog goes."""
        self._ended = True
        self._poll.stop()
        if self._dialog is not None:
            # Closing a progress dialog counts as Cancel: let go of it first.
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()


class LongJob(Progress):
    """A service run on a worker with a `Progress` dialog; the result or the error comes back on
    the GUI thread (like Anki's ProgressManager).

        job = LongJob(window, tasks, title=..., label=...)
        job.start(lambda job: service(own_db, ..., progress=job.report, cancelled=job.is_cancelled))

    `finished(result)` when it worked; `failed(message)` for an expected error (a RawangiError,
    or one of `stops`, the errors that mean "cancelled"; kept in `error`): with `failed_title`
    the message, which names the file and what to do, is also shown in a calm message box. Any
    other error is a bug and goes to the crash hook.
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        tasks: Tasks,
        *,
        title: str,
        label: str,
        cancellable: bool = True,
        describe: Label | None = None,
        stops: tuple[type[BaseException], ...] = (),
        failed_title: str = "",
    ) -> None:
        super().__init__(
            parent, title=title, label=label, cancellable=cancellable, describe=describe
        )
        self.tasks = tasks
        self.stops = stops
        self.failed_title = failed_title
        self.error: BaseException | None = None

    def start(self, work: Callable[[LongJob], Any]) -> LongJob:
        """Run `work(self)` on a worker (it reports with `self.report`, checks
        `self.is_cancelled`); it must open its own database connection."""
        self.started = clock()
        self.tasks.run(lambda: work(self), self._finished, self._failed)
        return self

    def _finished(self, result: Any) -> None:
        self.end()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.end()
        self.error = error
        if isinstance(error, self.stops):
            self.failed.emit(str(error))
            return
        if not isinstance(error, RawangiError):
            raise error  # a bug: the crash hook shows and logs it
        if self.failed_title:
            dialogs.warn(self.parent_widget, self.failed_title, str(error))
        self.failed.emit(str(error))
