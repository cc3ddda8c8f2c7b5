"""A task pool for window tests that decide when the worker's part of a job runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.gui.tasks import SynchronousTasks


class HeldTasks(SynchronousTasks):
    """Keeps each job until the test calls `finish`: the worker's part, then the GUI's.

    With `hold` False, jobs run at once, as in `SynchronousTasks`.
    """

    def __init__(self, *, hold: bool = True) -> None:
        super().__init__()
        self.hold = hold
        self.jobs: list[tuple[Callable[[], Any], Any, Any]] = []

    def run(self, fn: Callable[[], Any], on_done: Any, on_error: Any = None) -> None:
        if self.hold:
            self.jobs.append((fn, on_done, on_error))
        else:
            super().run(fn, on_done, on_error)

    def finish(self) -> None:
        """Run the oldest job held, handing its answer or its error on as the pool does."""
        fn, on_done, on_error = self.jobs.pop(0)
        super().run(fn, on_done, on_error)
