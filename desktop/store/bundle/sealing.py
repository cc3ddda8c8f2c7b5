"""The seal in the zip's comment: the SHA-256 of every byte before the comment's length
field, so that a bundle with any one byte changed is refused (see the package's note)."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path
from typing import IO, Final

# The zip comment: this text and the hex SHA-256 of every byte before the comment's length.
SEAL_PREFIX: Final = b"rawangi-bundle sha256="
SEAL_LENGTH: Final = len(SEAL_PREFIX) + 64
_EOCD_SIGNATURE: Final = b"PK\x05\x06"
_EOCD_SIZE: Final = 22  # the end-of-central-directory record without its comment
CHUNK = 1 << 20  # bytes read, hashed or written at a time


def seal(path: Path) -> None:
    """Put the seal into a zip file that has no comment (see the module's note)."""
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(size - _EOCD_SIZE)
        ending = stream.read(_EOCD_SIZE)
        if ending[:4] != _EOCD_SIGNATURE or ending[20:22] != b"\0\0":
            raise ValueError(f"{path} does not end as a zip file without a comment")
        stream.seek(0)
        digest = sha256_of(stream, size - 2)
        stream.seek(size - 2)
        stream.write(struct.pack("<H", SEAL_LENGTH) + SEAL_PREFIX + digest.encode("ascii"))


def is_sealed(path: Path) -> bool:
    """Whether the file ends with a seal that matches every byte before it."""
    size = path.stat().st_size
    covered = size - SEAL_LENGTH - 2
    if covered < _EOCD_SIZE - 2:
        return False
    with path.open("rb") as stream:
        stream.seek(covered - (_EOCD_SIZE - 2))
        tail = stream.read()
        if tail[:4] != _EOCD_SIGNATURE:
            return False
        length = struct.unpack("<H", tail[_EOCD_SIZE - 2 : _EOCD_SIZE])[0]
        comment = tail[_EOCD_SIZE:]
        if length != SEAL_LENGTH or not comment.startswith(SEAL_PREFIX):
            return False
        stream.seek(0)
        return sha256_of(stream, covered).encode("ascii") == comment[len(SEAL_PREFIX) :]


def sha256_of(stream: IO[bytes], length: int) -> str:
    digest = hashlib.sha256()
    left = length
    while left > 0:
        block = stream.read(min(CHUNK, left))
        if not block:
            break
        digest.update(block)
        left -= len(block)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return sha256_of(stream, path.stat().st_size)
