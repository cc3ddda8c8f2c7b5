"""What a bundle holds: its files, tables and columns, what `bundle.json` says
(`BundleInfo`), and what making, checking and merging share (reading a table's columns,
cancelling long statements)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Final

from desktop.core.errors import Cancelled, RawangiError
from desktop.store.db import SQLITE_INTERRUPT, EngineError, result_code
from desktop.store.engine import QUERY_CANCELED, Database, ServerDatabase, cancelling, local

FORMAT: Final = "rawangi-bundle"
FORMAT_VERSION: Final = 1
PAYLOAD: Final = "payload.sqlite"
MANIFEST: Final = "bundle.json"
# The office's signature over the bytes of `bundle.json` (which names the payload's SHA-256
# and the audit head), with its certificate: made and checked in `desktop.trust.seals`.
SIGNATURE: Final = "signature.json"
PARTIAL: Final = ".partial"
# The payload's tables, in the order they are merged (contingents before departures: the
# departures refer to them).
TABLES: Final = ("offices", "contingents", "departures", "manifests", "audit")
# What a record count speaks of ("all 1,234 records were already here"): offices are not records.
RECORD_TABLES: Final = ("contingents", "departures", "manifests", "audit")
# A manifest's proofs: everything but the PDF bytes and the canonical data they were made from.
MANIFEST_COLUMNS: Final = (
    "id",
    "contingent_id",
    "revision",
    "sha256",
    "fingerprint",
    "people",
    "audit_head",
    "generated_at",
    "generated_by",
    "superseded_at",
    "superseded_reason",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "version",
)
AUDIT_COLUMNS: Final = (
    "id",
    "at",
    "user",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "reason",
    "hash",
)
# SQLite calls the cancel check every this many virtual-machine steps (a few milliseconds).
_CANCEL_STEPS = 200_000

Progress = Callable[[str], object]  # what is being done now, in words
CancelCheck = Callable[[], bool]
# Given the bytes of `bundle.json`, the bytes of `signature.json`.
Sign = Callable[[bytes], bytes]


class BundleRefused(RawangiError):
    """The file is not a bundle this program can trust and merge; nothing was written."""


@dataclass(frozen=True)
class BundleInfo:
    """What `bundle.json` says about a bundle."""

    office: str
    office_name: str
    created_at: str
    created_by: str
    since: str | None  # YYYY-MM-DD, or None for everything
    counts: dict[str, int]
    audit_head: str
    audit_start_hash: str
    audit_start_id: int
    payload_sha256: str
    rawangi_version: str
    format: str = FORMAT
    version: int = FORMAT_VERSION

    @property
    def records(self) -> int:
        """Contingents, departures, manifests and audit rows in the bundle."""
        return sum(self.counts.get(table, 0) for table in RECORD_TABLES)

    def to_json(self) -> str:
        """The `bundle.json` text."""
        values = asdict(self)
        ordered = {"format": values.pop("format"), "version": values.pop("version"), **values}
        return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"


@contextmanager
def interruptible(db: Database, cancelled: CancelCheck | None, message: str) -> Iterator[None]:
    """Let `cancelled()` stop a long SQL statement; it then raises `Cancelled(message)`.

    Wrap it around the write transaction: the interrupted statement fails, the transaction is
    rolled back, and the failure is reported as a cancel.
    """
    if cancelled is None:
        yield
        return
    if isinstance(db, ServerDatabase):
        try:
            with cancelling(db, cancelled):
                yield
        except Exception as error:  # an `except EngineError` would not match (see it)
            cancel = isinstance(error, EngineError) and cancelled()
            if cancel and getattr(error, "sqlstate", None) == QUERY_CANCELED:
                raise Cancelled(message) from error
            raise
        return
    conn = local(db, "Cancelling a bundle's work").conn
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, _CANCEL_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if result_code(error) == SQLITE_INTERRUPT and cancelled():
            raise Cancelled(message) from error
        raise
    finally:
        conn.set_progress_handler(None, 0)


def step(progress: Progress | None, cancelled: CancelCheck | None, text: str, message: str) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(message)
    if progress is not None:
        progress(text)


def table_columns(conn: sqlite3.Connection, schema: str, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of a table's columns, in order."""
    rows = conn.execute(f'PRAGMA "{schema}".table_info("{table}")').fetchall()
    return [(str(row[1]), str(row[2])) for row in rows]


def quoted(names: tuple[str, ...] | list[str], alias: str = "") -> str:
    """Column names quoted for SQL, each after `alias.` when one is given."""
    before = f"{alias}." if alias else ""
    return ", ".join(f'{before}"{name}"' for name in names)
