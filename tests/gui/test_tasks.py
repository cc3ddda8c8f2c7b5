"""The one helper of long jobs: a worker, a progress dialog only when it lasts, cancel, and
the result or the error back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from desktop.core.errors import Cancelled, StorageError
from desktop.gui import tasks
from desktop.gui.tasks import LongJob
from tests.gui.held_tasks import HeldTasks


class Clock:
    """The progress dialogs' clock, moved by the test instead of waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    ticking = Clock()
    monkeypatch.setattr(tasks, "clock", ticking)
    return ticking


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def job(parent, pool, **options):
    return LongJob(parent, pool, title="Export", label="Exporting…", **options)


def test_a_short_job_shows_no_dialog_and_a_long_one_does(qtbot, parent, clock):
    pool = HeldTasks()
    quick = job(parent, pool)
    quick.start(lambda j: 7)
    clock.advance(0.3)
    quick.tick()
    with qtbot.waitSignal(quick.finished) as finished:
        pool.finish()
    assert finished.args == [7]
    assert quick._dialog is None  # never made, never shown

    slow = job(parent, pool, describe=lambda done, total, _: f"{done} of {total}")
    slow.start(lambda j: j.report(3, 10) or 10)
    fn, on_done, _ = pool.jobs.pop()
    answer = fn()  # the worker reports a step: not shown yet
    assert not slow.progress.isVisible()
    clock.advance(0.6)
    slow.tick()  # the dialog's timer, half a second on
    assert slow.progress.isVisible()
    assert slow.progress.labelText() == "3 of 10"
    assert (slow.progress.value(), slow.progress.maximum()) == (3, 10)
    dialog = slow.progress
    on_done(answer)
    assert not dialog.isVisible()


def test_cancel_stops_the_work_quietly(qtbot, parent, clock, questions):
    pool = HeldTasks()
    stoppable = job(parent, pool, stops=(Cancelled,), failed_title="Export failed")

    def work(j):
        if j.is_cancelled():
            raise Cancelled("Cancelled; nothing was written.")
        return 1

    stoppable.start(work)
    stoppable.cancel()
    assert stoppable.progress.labelText() == "Cancelling…"
    with qtbot.waitSignal(stoppable.failed) as failed:
        pool.finish()
    assert failed.args == ["Cancelled; nothing was written."]
    assert questions == []  # a cancel is no failure to tell about


def test_work_that_cannot_stop_says_so(qtbot, parent, clock):
    pool = HeldTasks()
    writing = job(parent, pool, cancellable=False)
    writing.start(lambda j: 1)
    with qtbot.waitSignal(writing.cancel_refused):
        writing.cancel()
    assert not writing.is_cancelled()
    pool.finish()


def test_an_expected_error_is_told_calmly_and_a_bug_reaches_the_crash_hook(
    qtbot, parent, clock, questions
):
    pool = HeldTasks()
    failing = job(parent, pool, failed_title="Export failed")

    def full(j):
        raise StorageError("The disk is full: free some space on D: and export again.")

    failing.start(full)
    with qtbot.waitSignal(failing.failed):
        pool.finish()
    assert questions == [
        ("Export failed", "The disk is full: free some space on D: and export again.")
    ]

    buggy = job(parent, pool)
    buggy.start(lambda j: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        pool.finish()


def test_steps_reported_on_a_worker_thread_reach_the_dialog_on_the_gui_thread(qtbot, parent, clock):
    pool = tasks.Tasks()
    shown = threading.Event()
    described = []

    def describe(done, total, _text):
        described.append((done, total, threading.current_thread()))
        shown.set()
        return f"{done} of {total}"

    real = job(parent, pool, describe=describe)

    def work(j):
        j.report(5, 8)
        assert shown.wait(5)  # the GUI thread's timer took the step
        return 8

    with qtbot.waitSignal(real.finished, timeout=10_000) as finished:
        real.start(work)
    assert finished.args == [8]
    assert described == [(5, 8, threading.main_thread())]
    assert pool.wait()


def test_no_window_builds_its_own_progress_dialog():
    from pathlib import Path

    gui = Path(tasks.__file__).parent
    found = [
        f"{source.relative_to(gui)}:{number}"
        for source in sorted(gui.rglob("*.py"))
        if source.name != "tasks.py" and source.parent.name != "forms"
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1)
        if "QProgressDialog" in line
    ]
    assert found == [], "show the progress of long work through desktop.gui.tasks"
