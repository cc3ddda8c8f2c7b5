"""Record keys: time-ordered UUIDs (the UUIDv7 layout of RFC 9562).

Inserts stay at the end of every index, and two offices never make the same key, so that
headquarters can merge their files by key. Our own few lines rather than a library: imports
make a hundred thousand keys at a time, and this is three times faster than the `uuid6`
package; keys made within one millisecond still sort in the order they were made.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Final

_VARIANT: Final = {f"{n:x}": "89ab"[n & 3] for n in range(16)}
_lock = threading.Lock()
_last_ms = 0
_sequence = 0  # the 12 bits after the version, counting up within one millisecond


def _next_stamp() -> tuple[int, int]:
    global _last_ms, _sequence  # noqa: PLW0603 - one clock per process, by design
    with _lock:
        now = time.time_ns() // 1_000_000
        if now > _last_ms:
            _last_ms, _sequence = now, int.from_bytes(os.urandom(2), "big") & 0x3FF
        else:  # the same millisecond (or the clock went back): keep counting
            _sequence += 1
            if _sequence > 0xFFF:
                _last_ms, _sequence = _last_ms + 1, 0
        return _last_ms, _sequence


def _format(ms: int, sequence: int, random_bits: int) -> str:
    value = (ms << 80) | (0x7 << 76) | (sequence << 64) | (0b10 << 62) | random_bits
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def new_id() -> str:
    """A fresh UUIDv7 as its 36-character text form."""
    ms, sequence = _next_stamp()
    return _format(ms, sequence, int.from_bytes(os.urandom(8), "big") & 0x3FFF_FFFF_FFFF_FFFF)


def new_ids(count: int) -> list[str]:
    """`count` fresh UUIDv7 keys, in the order they sort (one clock reading for all)."""
    global _last_ms, _sequence
    if count <= 0:
        return []
    with _lock:  # reserve `count` consecutive (millisecond, sequence) stamps
        now = time.time_ns() // 1_000_000
        if now > _last_ms:
            first = (now << 12) | (int.from_bytes(os.urandom(2), "big") & 0x3FF)
        else:
            first = (_last_ms << 12) + _sequence + 1
        _last_ms, _sequence = divmod(first + count - 1, 1 << 12)
    noise = os.urandom(8 * count).hex()  # 16 random hex digits per key
    keys = []
    for index, stamp in enumerate(range(first, first + count)):
        ms = f"{stamp >> 12:012x}"
        random = noise[16 * index : 16 * index + 16]
        variant = _VARIANT[random[0]]  # 0b10 and two random bits
        keys.append(f"{ms[:8]}-{ms[8:]}-7{stamp & 0xFFF:03x}-{variant}{random[1:4]}-{random[4:]}")
    return keys
