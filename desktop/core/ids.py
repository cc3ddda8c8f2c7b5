"""Record keys: time-ordered UUIDs (the UUIDv7 layout).

Inserts stay at the end of every index, and two offices never make the same key, so that
headquarters can merge their files by key.
"""

from __future__ import annotations

import uuid6


def new_id() -> str:
    """A fresh UUIDv7 as its 36-character text form."""
    return str(uuid6.uuid7())
