"""Work on a hundred thousand records at a time.

Python's cyclic garbage collector runs every few hundred new objects and walks every object
still alive: while an import builds its rows, each pass walks all the rows built so far,
which made checking a list nearly twice as slow. Nothing an import builds holds a cycle, so
the collector can wait until the bulk work is over; plain reference counting still frees
everything as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # bulk jobs under way (a check in the window and a command may overlap)
_resume = False  # whether the collector was running before the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nests; threads may overlap)."""
    global _holders, _resume  # noqa: PLW0603 - one collector per process
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
