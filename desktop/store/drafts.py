"""Drafts: what a person has typed in the departure form and not yet saved, kept on this PC so
that a power cut or a crash does not lose it.

A draft is personal data (names, CNIC, passport number) that has not passed the rules: it never
enters the register or the audit log. It lives in the user's data folder, one file per user and
database, readable by the owner only, written whole (a temporary file renamed into place) so that
a cut in the middle of a write leaves the previous draft, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.store.files import fsync_folder

log = logging.getLogger("rawangi.store")

FORMAT = 1
FOLDER_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class Draft:
    """The form as it was: its values, and the stored record being edited, if any."""

    values: dict[str, str]
    departure_id: str | None = None
    saved_at: str = ""


def draft_path(folder: Path, database: str, user: str) -> Path:
    """Where the draft of `user` on `database` is kept.

    The name is a hash of both, so that neither the user's name nor the database's path shows in
    a file listing, and two databases or two users never share a draft.
    """
    key = hashlib.sha256(f"{database}\n{user}".encode()).hexdigest()[:32]
    return folder / f"{key}.json"


def write_draft(path: Path, draft: Draft) -> None:
    """Replace the draft at `path`, durably; the folder is made owner-only.

    Raises:
        OSError: the folder or the file cannot be written (full disk, no permission).
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, FOLDER_MODE)
    content = json.dumps(
        {
            "format": FORMAT,
            "saved_at": draft.saved_at,
            "departure_id": draft.departure_id,
            "values": draft.values,
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    # mkstemp creates the file 0600 from the start: the values are never readable by others.
    handle, temporary = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_folder(folder)


def read_draft(path: Path) -> Draft | None:
    """The draft at `path`, or None when there is none or it cannot be read as one."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("a draft could not be read: %s", type(error).__name__)
        return None
    values = content.get("values") if isinstance(content, dict) else None
    if not isinstance(values, dict):
        return None
    departure_id = content.get("departure_id")
    return Draft(
        values={str(k): "" if v is None else str(v) for k, v in values.items()},
        departure_id=str(departure_id) if departure_id else None,
        saved_at=str(content.get("saved_at") or ""),
    )


def remove_draft(path: Path) -> None:
    """Forget the draft at `path` (saved or discarded); nothing happens when there is none."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
