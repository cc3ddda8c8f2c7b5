"""Headquarters bundles: an office's records in one sealed zip file, and merging them at HQ.

A bundle is a zip holding `payload.sqlite` (the office's offices, contingents, departures,
manifests without their PDF bytes, and audit rows) and `bundle.json` (what the bundle is: the
office, counts, the audit hashes and the payload's SHA-256). It carries every record the file
holds, whatever its `office` column says (an office's file holds its own), so that nothing is
left behind unseen; users, passwords and settings never leave the office.

Integrity, so that a bundle with any one byte changed is refused:
- the zip carries a seal in its comment: the SHA-256 of every byte before the comment's length
  field. Changing a byte before it breaks the hash, changing the length moves the seal, changing
  the seal's text makes it disagree with the hash. The zip's own CRCs leave its headers
  (timestamps, extra fields) unchecked; the seal covers them;
- `bundle.json` names the payload's SHA-256;
- the payload's audit rows are a hash chain: they are recomputed from the hash of the row
  before the first one (`audit_start_hash`, GENESIS for a whole log) to `audit_head`.

Audit rows and --since: a chain can only be checked from a known previous hash. A bundle made
with `since` holds every audit row from the first one written on or after that moment to the
newest (a contiguous run of ids, never a selection), with the hash of the row before it; one
without holds the whole log from GENESIS. At headquarters the rows go to `office_audit`, keyed
by (office, id); the headquarters' own `audit` chain stays its own.

The payload is built by attaching a new file to the office's connection and copying with
`INSERT … SELECT`, a block of rows per statement: each block holds the office's read lock for
tens of milliseconds, never the whole export, so that desks save while a bundle is made. Each
record is copied as committed when its block was read; one changed during the export may come
in its earlier version, and its change (written after the export began) travels in the next
bundle. References stay whole (see `_copy_tables`).
The merge attaches the checked payload the same way and runs inside the caller's write
transaction: by UUID, new records are added, a higher `version` replaces a lower one, equal or
lower versions are left alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import struct
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, Final

import sqlite_utils

from desktop.core.errors import Cancelled, RawangiError, StorageError
from desktop.store.audit import GENESIS, row_hash
from desktop.store.db import SQLITE_INTERRUPT, result_code
from desktop.store.departures import BULK_CACHE_KIB
from desktop.store.files import create_private, fsync_file, fsync_folder

FORMAT: Final = "rawangi-bundle"
FORMAT_VERSION: Final = 1
PAYLOAD: Final = "payload.sqlite"
MANIFEST: Final = "bundle.json"
PARTIAL: Final = ".partial"
# The zip comment: this text and the hex SHA-256 of every byte before the comment's length.
SEAL_PREFIX: Final = b"rawangi-bundle sha256="
SEAL_LENGTH: Final = len(SEAL_PREFIX) + 64
_EOCD_SIGNATURE: Final = b"PK\x05\x06"
_EOCD_SIZE: Final = 22  # the end-of-central-directory record without its comment
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
# Columns a payload table must have for the merge to make sense of it.
_REQUIRED: Final = {
    "offices": ("code", "name"),
    "contingents": ("id", "code", "office", "version"),
    "departures": ("id", "office", "surname", "given_names", "father_name", "version"),
    "manifests": MANIFEST_COLUMNS,
    "audit": AUDIT_COLUMNS,
}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20
# zipfile needs ZIP64 records announced up front for a member this big (2 GiB, less a margin).
_ZIP64_FROM = (1 << 31) - (1 << 26)
# SQLite calls the cancel check every this many virtual-machine steps (a few milliseconds).
_CANCEL_STEPS = 200_000
_CHAIN_CHECK_EVERY = 10_000
# Rows copied per read of the office database while a bundle is made (see `_Blocks`).
BLOCK_ROWS = 20_000

Progress = Callable[[str], object]  # what is being done now, in words
CancelCheck = Callable[[], bool]


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


@dataclass(frozen=True)
class Made:
    """A bundle written by `export`."""

    path: Path
    info: BundleInfo
    sha256: str  # of the whole file
    size: int
    longest_read: float = 0.0  # seconds the office database's read lock was held at most


@dataclass(frozen=True)
class Opened:
    """A bundle that passed every check, its payload extracted to a temporary file."""

    path: Path
    info: BundleInfo
    sha256: str  # of the whole file
    payload: Path


@dataclass
class TableCounts:
    """What a merge did to one table."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass
class MergeCounts:
    """What a merge did, table by table."""

    tables: dict[str, TableCounts] = field(
        default_factory=lambda: {table: TableCounts() for table in TABLES}
    )

    @property
    def changed(self) -> bool:
        """Whether anything was added or replaced."""
        return any(c.added or c.updated for c in self.tables.values())

    @property
    def records(self) -> int:
        """Records in the bundle (offices are not counted)."""
        return sum(self.tables[table].total for table in RECORD_TABLES)

    def as_dict(self) -> dict[str, dict[str, int]]:
        """Plain values, for the audit log and `--format json`."""
        return {table: asdict(counts) for table, counts in self.tables.items()}


# -- cancelling long statements ------------------------------------------------------------------


@contextmanager
def interruptible(
    db: sqlite_utils.Database, cancelled: CancelCheck | None, message: str
) -> Iterator[None]:
    """Let `cancelled()` stop a long SQL statement; it then raises `Cancelled(message)`.

    Wrap it around the write transaction: the interrupted statement fails, the transaction is
    rolled back, and the failure is reported as a cancel.
    """
    if cancelled is None:
        yield
        return
    db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, _CANCEL_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if result_code(error) == SQLITE_INTERRUPT and cancelled():
            raise Cancelled(message) from error
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


def _step(
    progress: Progress | None, cancelled: CancelCheck | None, text: str, message: str
) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(message)
    if progress is not None:
        progress(text)


# -- making a bundle ------------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of a table's columns, in order."""
    rows = conn.execute(f'PRAGMA "{schema}".table_info("{table}")').fetchall()
    return [(str(row[1]), str(row[2])) for row in rows]


def _quoted(names: tuple[str, ...] | list[str], alias: str = "") -> str:
    """Column names quoted for SQL, each after `alias.` when one is given."""
    before = f"{alias}." if alias else ""
    return ", ".join(f'{before}"{name}"' for name in names)


def _create(
    conn: sqlite3.Connection, schema: str, table: str, columns: list[tuple[str, str]], key: str
) -> None:
    parts = [f'"{name}" {kind}{" PRIMARY KEY" if name == key else ""}' for name, kind in columns]
    conn.execute(f'CREATE TABLE "{schema}"."{table}" ({", ".join(parts)})')


@dataclass(frozen=True)
class _Copied:
    counts: dict[str, int]
    audit_start_id: int
    audit_start_hash: str
    audit_head: str
    longest_read: float  # seconds: the longest any one block held the database's read lock


class _Blocks:
    """Copies tables into the payload a block of rows at a time, each block its own read.

    A block is one `INSERT … SELECT` over a range of rowids, run outside any transaction: it
    holds the office database's read lock only while it runs (tens of milliseconds), so that a
    desk's save never waits for the export. Between blocks the exporter reports its progress
    and may be cancelled.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        progress: Progress | None,
        cancelled: CancelCheck | None,
        message: str,
    ) -> None:
        self.conn = conn
        self.progress = progress
        self.cancelled = cancelled
        self.message = message
        self.longest = 0.0

    def read(self, sql: str, params: Any = ()) -> Any:
        """One statement, timed as one hold of the read lock."""
        start = time.perf_counter()
        cursor = self.conn.execute(sql, params)
        rows = cursor.fetchall()
        self.longest = max(self.longest, time.perf_counter() - start)
        return rows

    def copy(
        self, table: str, columns: str, label: str, *, where: str = "", params: Any = None
    ) -> None:
        """Copy `main.table`'s rows (those matching `where`) into `bundle_out.table`.

        Rows are walked by rowid up to the newest one, read anew after every block: a row
        recorded while the export runs is copied too. Rowids never move (records are never
        deleted or replaced), so every row is copied once, as committed when its block ran.
        """
        values = dict(params or {})
        condition = f" AND ({where})" if where else ""
        sql = (
            f"INSERT INTO bundle_out.{table}({columns}) SELECT {columns} FROM main.{table} "
            f"WHERE rowid > :low AND rowid <= :high{condition} ORDER BY rowid"
        )
        ((total,),) = self.read(f"SELECT count(*) FROM main.{table}")
        low = 0
        while True:
            ((top,),) = self.read(f"SELECT max(rowid) FROM main.{table}")
            if top is None or low >= top:
                return
            _step(
                self.progress,
                self.cancelled,
                f"Copying {label}… {min(low, total):,} of {max(total, low):,}",
                self.message,
            )
            high = min(low + BLOCK_ROWS, int(top))
            self.read(sql, {**values, "low": low, "high": high})
            low = high


def _copy_out(
    db: sqlite_utils.Database,
    payload: Path,
    since: str | None,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> _Copied:
    """Copy the office's records into a new payload file, block by block (see `_Blocks`)."""
    conn = db.conn
    if conn.in_transaction:
        raise RuntimeError("a bundle is made from a connection without an open transaction")
    message = "Cancelled; no bundle was written."
    conn.execute("ATTACH DATABASE ? AS bundle_out", (str(payload),))
    try:
        # A scratch file, zipped and checked afterwards: no journal, no syncing.
        conn.execute("PRAGMA bundle_out.journal_mode = OFF")
        conn.execute("PRAGMA bundle_out.synchronous = OFF")
        with interruptible(db, cancelled, message):
            copied = _copy_tables(_Blocks(conn, progress, cancelled, message), since)
    finally:
        if conn.in_transaction:  # a block interrupted by a cancel
            conn.execute("ROLLBACK")
        conn.execute("DETACH DATABASE bundle_out")
    return copied


def _copy_tables(blocks: _Blocks, since: str | None) -> _Copied:
    """The payload's tables, in an order that keeps every reference whole.

    Departures first, then manifests, then contingents: a contingent is never deleted, so
    every contingent a copied departure or manifest names exists when the contingents are
    copied after them. The audit rows come last, up to the newest: every record version in
    the bundle was written before its audit row, so the rows account for all of them.
    """
    conn = blocks.conn
    changed = "" if since is None else "updated_at >= :since"
    params = {"since": since}
    for table, key in (("offices", "code"), ("contingents", "id"), ("departures", "id")):
        _create(conn, "bundle_out", table, _columns(conn, "main", table), key)
    manifest_types = dict(_columns(conn, "main", "manifests"))
    _create(
        conn,
        "bundle_out",
        "manifests",
        [(name, manifest_types[name]) for name in MANIFEST_COLUMNS],
        "id",
    )
    audit_types = dict(_columns(conn, "main", "audit"))
    _create(conn, "bundle_out", "audit", [(n, audit_types[n]) for n in AUDIT_COLUMNS], "id")

    blocks.read("INSERT INTO bundle_out.offices SELECT * FROM main.offices ORDER BY code")
    departure_columns = _quoted([name for name, _ in _columns(conn, "main", "departures")])
    blocks.copy("departures", departure_columns, "departures", where=changed, params=params)
    blocks.copy(
        "manifests", _quoted(list(MANIFEST_COLUMNS)), "manifests", where=changed, params=params
    )
    contingent_columns = _quoted([name for name, _ in _columns(conn, "main", "contingents")])
    # With --since, a departure that changed may belong to a contingent that did not: the
    # contingent comes along, so that headquarters can always satisfy the foreign key.
    referenced = (
        ""
        if since is None
        else f"{changed} OR id IN (SELECT contingent_id FROM bundle_out.departures "
        "WHERE contingent_id IS NOT NULL)"
    )
    blocks.copy("contingents", contingent_columns, "contingents", where=referenced, params=params)

    if since is None:
        start_id = 1
    else:
        ((first,),) = blocks.read("SELECT min(id) FROM main.audit WHERE at >= ?", (since,))
        ((last_id,),) = blocks.read("SELECT coalesce(max(id), 0) FROM main.audit")
        start_id = int(first) if first is not None else int(last_id) + 1
    before = blocks.read("SELECT hash FROM main.audit WHERE id = ?", (start_id - 1,))
    start_hash = str(before[0][0]) if before else GENESIS
    # Audit ids are rowids, and audit rows are never changed: the blocks make one unbroken run.
    blocks.copy(
        "audit",
        _quoted(list(AUDIT_COLUMNS)),
        "the audit log",
        where="id >= :start",
        params={"start": start_id},
    )
    newest = blocks.read("SELECT hash FROM bundle_out.audit ORDER BY id DESC LIMIT 1")
    head = str(newest[0][0]) if newest else start_hash
    counts = {
        table: int(conn.execute(f"SELECT count(*) FROM bundle_out.{table}").fetchone()[0])
        for table in TABLES
    }
    return _Copied(counts, start_id, start_hash, head, blocks.longest)


def export(
    db: sqlite_utils.Database,
    out: Path,
    *,
    office: str,
    office_name: str,
    created_at: str,
    created_by: str,
    rawangi_version: str,
    since: str | None = None,
    since_stamp: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Made:
    """Write a bundle of the database's records to `out` (replacing a file of that name).

    The zip is written as `out.partial` and renamed when complete and sealed: a file without
    `.partial` is a whole bundle.

    Args:
        since: the date given (YYYY-MM-DD), recorded in `bundle.json`; None for everything.
        since_stamp: the UTC stamp records must have been changed on or after (`updated_at`,
            the audit row's `at`); required with `since`.
        cancelled: asked between steps and during long statements; True raises Cancelled.

    Raises:
        BundleRefused: this database's own audit log does not verify.
        StorageError: the folder cannot be written or the disk is full.
        Cancelled: `cancelled()` said so; no file is left behind.
    """
    out = Path(out)
    partial = out.with_name(out.name + PARTIAL)
    message = "Cancelled; no bundle was written."
    with tempfile.TemporaryDirectory(prefix="rawangi-bundle-") as scratch:
        payload = Path(scratch) / PAYLOAD
        try:
            copied = _copy_out(db, payload, since_stamp if since else None, progress, cancelled)
            _step(progress, cancelled, "Checking the audit log and writing the bundle…", message)
            info = BundleInfo(
                office=office,
                office_name=office_name,
                created_at=created_at,
                created_by=created_by,
                since=since,
                counts=copied.counts,
                audit_head=copied.audit_head,
                audit_start_hash=copied.audit_start_hash,
                audit_start_id=copied.audit_start_id,
                payload_sha256=_file_sha256(payload),
                rawangi_version=rawangi_version,
            )
            _check_while_packing(payload, info, partial, cancelled, message)
            fsync_file(partial)
            os.replace(partial, out)
            fsync_folder(out.parent)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise _write_error(error, out) from error
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return Made(out, info, _file_sha256(out), out.stat().st_size, copied.longest_read)


def _check_while_packing(
    payload: Path, info: BundleInfo, partial: Path, cancelled: CancelCheck | None, message: str
) -> None:
    """Zip the payload on a second thread while this one checks the audit chain.

    The chain is checked here too, so that the office learns at once that headquarters would
    refuse its bundle. Both take about a second per 100,000 rows; side by side they cost one.
    """
    problem_found = threading.Event()

    def stop() -> bool:
        return problem_found.is_set() or (cancelled is not None and cancelled())

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rawangi-bundle") as pool:
        packing = pool.submit(pack, payload, info, partial, stop=stop)
        try:
            problem = _chain_problem(
                payload,
                start_id=info.audit_start_id,
                start_hash=info.audit_start_hash,
                head=info.audit_head,
                cancelled=cancelled,
                message=message,
            )
        except BaseException:
            problem_found.set()
            raise
        if problem:
            problem_found.set()
            with suppress(Cancelled):
                packing.result()
            raise BundleRefused(
                f"The audit log of this database does not verify ({problem}); no bundle was "
                "written, as headquarters would refuse it. Run `rawangi audit verify` and ask "
                "for help."
            )
        packing.result()


def pack(payload: Path, info: BundleInfo, target: Path, *, stop: CancelCheck | None = None) -> None:
    """Zip a payload and its `bundle.json` into `target`, and seal it.

    Args:
        stop: asked between blocks; True raises Cancelled (the caller removes `target`).

    Raises:
        OSError: the file cannot be written.
    """
    size = payload.stat().st_size
    # Level 1: a quarter of the payload's size at several times the default level's speed.
    with zipfile.ZipFile(
        create_private(target), "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1
    ) as archive:
        archive.writestr(MANIFEST, info.to_json())
        # Megabyte blocks: zlib compresses each without holding the interpreter's lock, so
        # the chain check on the other thread runs at full speed meanwhile.
        with (
            payload.open("rb") as source,
            archive.open(PAYLOAD, "w", force_zip64=size > _ZIP64_FROM) as sink,
        ):
            while block := source.read(_CHUNK):
                if stop is not None and stop():
                    raise Cancelled("Cancelled; no bundle was written.")
                sink.write(block)
    seal(target)


def seal(path: Path) -> None:
    """Put the seal into a zip file that has no comment (see the module's note)."""
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(size - _EOCD_SIZE)
        ending = stream.read(_EOCD_SIZE)
        if ending[:4] != _EOCD_SIGNATURE or ending[20:22] != b"\0\0":
            raise ValueError(f"{path} does not end as a zip file without a comment")
        stream.seek(0)
        digest = _sha256_of(stream, size - 2)
        stream.seek(size - 2)
        stream.write(struct.pack("<H", SEAL_LENGTH) + SEAL_PREFIX + digest.encode("ascii"))


def _sealed(path: Path) -> bool:
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
        return _sha256_of(stream, covered).encode("ascii") == comment[len(SEAL_PREFIX) :]


def _sha256_of(stream: IO[bytes], length: int) -> str:
    digest = hashlib.sha256()
    left = length
    while left > 0:
        block = stream.read(min(_CHUNK, left))
        if not block:
            break
        digest.update(block)
        left -= len(block)
    return digest.hexdigest()


def _file_sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return _sha256_of(stream, path.stat().st_size)


def _write_error(error: OSError, out: Path) -> StorageError:
    reason = error.strerror or str(error)
    return StorageError(
        f"The bundle could not be written to {out} ({reason}); no bundle was kept. Check the "
        "folder and the free space, then export again."
    )


# -- checking a bundle ----------------------------------------------------------------------------


def _refuse(path: Path, why: str) -> BundleRefused:
    return BundleRefused(f"{path.name} was refused: {why}; nothing was imported.")


# What zipfile raises for a damaged or odd archive: a bad CRC or header, a broken deflate
# stream, an unknown compression method, an "encrypted" flag.
_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


def _why_unsealed(path: Path) -> str:
    """Why a zip without a valid seal is refused, as precisely as its contents allow.

    Read leniently: whatever goes wrong while looking inside only makes the answer the general
    one, since the file is refused either way.
    """
    damaged = (
        "it was changed or damaged after it was made (its seal does not match its contents). "
        "Ask the office for a new bundle"
    )
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for name in (MANIFEST, PAYLOAD):
                if name not in names:
                    return f"it holds no {name}, so it is not a Rawangi bundle"
            values = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (*_ZIP_ERRORS, OSError, ValueError):
        return damaged
    claimed = values.get("version") if isinstance(values, dict) else None
    if isinstance(claimed, int) and claimed > FORMAT_VERSION:
        return _newer(claimed)
    return damaged


def _newer(claimed: int) -> str:
    return (
        f"it was made by a newer Rawangi (bundle format {claimed}; this one reads format "
        f"{FORMAT_VERSION}). Update Rawangi here first"
    )


def _parse_info(text: bytes) -> BundleInfo:
    """`bundle.json` read strictly; ValueError says what is wrong."""
    values = json.loads(text.decode("utf-8"))
    if not isinstance(values, dict):
        raise ValueError("it is not a JSON object")

    def text_of(key: str) -> str:
        value = values.get(key)
        if not isinstance(value, str):
            raise ValueError(f"{key} is missing or not text")
        return value

    if values.get("format") != FORMAT:
        raise ValueError(f'format is not "{FORMAT}"')
    office = text_of("office")
    if not re.fullmatch(r"[A-Z]{3}", office):
        raise ValueError("office is not a three-letter code")
    since = values.get("since")
    if since is not None and not (
        isinstance(since, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", since)
    ):
        raise ValueError("since is not a date")
    counts = values.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(counts.get(t), int) and counts[t] >= 0 for t in TABLES
    ):
        raise ValueError("counts are missing or not numbers")
    for key in ("audit_head", "audit_start_hash", "payload_sha256"):
        if not _HEX64.fullmatch(text_of(key)):
            raise ValueError(f"{key} is not a SHA-256")
    start_id = values.get("audit_start_id")
    if not isinstance(start_id, int) or start_id < 1:
        raise ValueError("audit_start_id is not a row number")
    return BundleInfo(
        office=office,
        office_name=text_of("office_name"),
        created_at=text_of("created_at"),
        created_by=text_of("created_by"),
        since=since,
        counts={t: int(counts[t]) for t in TABLES},
        audit_head=text_of("audit_head"),
        audit_start_hash=text_of("audit_start_hash"),
        audit_start_id=start_id,
        payload_sha256=text_of("payload_sha256"),
        rawangi_version=text_of("rawangi_version"),
        version=int(values["version"]),
    )


def _extract(archive: zipfile.ZipFile, target: Path) -> str:
    """Write the payload out; returns its SHA-256."""
    digest = hashlib.sha256()
    with archive.open(PAYLOAD) as source, target.open("wb") as sink:
        while block := source.read(_CHUNK):
            digest.update(block)
            sink.write(block)
    return digest.hexdigest()


def _read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _structure_problem(payload: Path, info: BundleInfo) -> str | None:
    """Why the payload's tables cannot be merged, or None."""
    conn = _read_only(payload)
    try:
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master").fetchall())
        for table in TABLES:
            if kinds.get(table) != "table":
                return f"its payload has no {table} table"
            columns = {name for name, _ in _columns(conn, "main", table)}
            missing = [c for c in _REQUIRED[table] if c not in columns]
            if missing:
                return f"its payload's {table} table lacks {', '.join(missing)}"
            (count,) = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            if count != info.counts[table]:
                return (
                    f"its payload holds {count:,} rows of {table}, bundle.json says "
                    f"{info.counts[table]:,}"
                )
    finally:
        conn.close()
    return None


def _chain_problem(
    payload: Path,
    *,
    start_id: int,
    start_hash: str,
    head: str,
    cancelled: CancelCheck | None,
    message: str,
) -> str | None:
    """Recompute the payload's audit rows from `start_hash`; what is wrong, or None.

    Rows must run without gaps from `start_id`, each matching its hash, and end at `head`.

    Raises:
        Cancelled: `cancelled()` said so.
    """
    conn = _read_only(payload)
    try:
        previous, expected_id = start_hash, start_id
        cursor = conn.execute(f"SELECT {_quoted(list(AUDIT_COLUMNS))} FROM audit ORDER BY id")
        for *columns, stored in cursor:
            row_id = int(columns[0])
            if row_id != expected_id:
                return f"rows are missing before audit row {row_id:,}"
            if row_hash(previous, tuple(columns)) != stored:
                return (
                    f"audit row {row_id:,} does not match its hash: it was changed, or a row "
                    "before it removed"
                )
            previous, expected_id = str(stored), row_id + 1
            if cancelled is not None and row_id % _CHAIN_CHECK_EVERY == 0 and cancelled():
                raise Cancelled(message)
    finally:
        conn.close()
    if previous != head:
        return f"the audit rows end at {previous[:16]}…, not at the head {head[:16]}…"
    return None


@contextmanager
def opened(
    path: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> Iterator[Opened]:
    """Check a bundle file and extract its payload (removed again when the block ends).

    Nothing is written anywhere but a temporary folder. Checks, in order: a zip file; the seal
    over the whole file; `bundle.json` and `payload.sqlite` inside; a format this version
    reads; a valid `bundle.json`; the payload's SHA-256; the payload's tables and counts; the
    audit chain from `audit_start_hash` to `audit_head`.

    Raises:
        BundleRefused: with one line naming the file and what failed.
        Cancelled: `cancelled()` said so.
    """
    path = Path(path)
    if not path.is_file():
        raise BundleRefused(f"There is no bundle at {path}; nothing was imported.")
    with tempfile.TemporaryDirectory(prefix="rawangi-bundle-") as scratch:
        try:
            bundle = _check(path, Path(scratch) / PAYLOAD, progress, cancelled)
        except _ZIP_ERRORS as error:
            raise _refuse(path, f"it is damaged ({error})") from error
        except sqlite3.DatabaseError as error:
            raise _refuse(path, f"its payload is not a readable database ({error})") from error
        except OSError as error:
            raise BundleRefused(
                f"{path} cannot be read ({error.strerror or error}); nothing was imported."
            ) from error
        yield bundle


def _check(
    path: Path, payload: Path, progress: Progress | None, cancelled: CancelCheck | None
) -> Opened:
    message = "Cancelled; nothing was imported."
    _step(progress, cancelled, f"Checking {path.name}…", message)
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "it is not a zip file, so not a Rawangi bundle")
    # The seal first: once it holds, every byte is as the office wrote it, and reading the
    # archive meets no damage.
    if not _sealed(path):
        raise _refuse(path, _why_unsealed(path))
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for name in (MANIFEST, PAYLOAD):
            if name not in names:
                raise _refuse(path, f"it holds no {name}, so it is not a Rawangi bundle")
        text = archive.read(MANIFEST)
        try:
            claimed = json.loads(text.decode("utf-8")).get("version")
        except (ValueError, AttributeError):
            claimed = None
        if isinstance(claimed, int) and claimed > FORMAT_VERSION:
            raise _refuse(path, _newer(claimed))
        try:
            info = _parse_info(text)
        except ValueError as error:  # JSON and Unicode errors are ValueErrors too
            raise _refuse(path, f"its bundle.json is not valid ({error})") from error
        _step(progress, cancelled, "Checking the payload…", message)
        if _extract(archive, payload) != info.payload_sha256:
            raise _refuse(path, "its payload.sqlite does not match the SHA-256 in bundle.json")
    problem = _structure_problem(payload, info)
    if problem:
        raise _refuse(path, problem)
    _step(progress, cancelled, "Checking the audit log…", message)
    problem = _chain_problem(
        payload,
        start_id=info.audit_start_id,
        start_hash=info.audit_start_hash,
        head=info.audit_head,
        cancelled=cancelled,
        message=message,
    )
    if problem:
        raise _refuse(path, f"its audit log does not verify ({problem})")
    return Opened(path, info, _file_sha256(path), payload)


# -- merging at headquarters ----------------------------------------------------------------------


@contextmanager
def attached(db: sqlite_utils.Database, bundle: Opened) -> Iterator[None]:
    """Attach a checked payload as schema `bundle` for `merge` (outside any transaction)."""
    conn = db.conn
    if conn.in_transaction:
        raise RuntimeError("a bundle is attached outside a transaction")
    conn.execute("ATTACH DATABASE ? AS bundle", (str(bundle.payload),))
    try:
        yield
    finally:
        conn.execute("DETACH DATABASE bundle")


def _shared_columns(conn: sqlite3.Connection, table: str, target: str) -> list[str]:
    """The payload table's columns; every one must exist at headquarters."""
    ours = {name for name, _ in _columns(conn, "main", target)}
    theirs = [name for name, _ in _columns(conn, "bundle", table)]
    unknown = [name for name in theirs if name not in ours]
    if unknown:
        raise BundleRefused(
            f"The bundle holds columns this version of Rawangi does not know ({table}."
            f"{unknown[0]}); update Rawangi here to import it. Nothing was imported."
        )
    return theirs


def _count(conn: sqlite3.Connection, sql: str, params: Any = ()) -> int:
    (value,) = conn.execute(sql, params).fetchone()
    return int(value or 0)


def _merge_versioned(
    conn: sqlite3.Connection,
    table: str,
    target: str,
    columns: list[str],
    *,
    extra: dict[str, object] | None = None,
) -> TableCounts:
    """Upsert by id: add new rows, replace rows whose version is lower than the bundle's.

    `extra` gives constant values of target columns the payload lacks, for new rows.
    """
    extra = extra or {}
    counts = TableCounts()
    counts.updated = _count(
        conn,
        f"SELECT count(*) FROM bundle.{table} p JOIN main.{target} t ON t.id = p.id "
        "WHERE p.version > t.version",
    )
    counts.unchanged = _count(
        conn,
        f"SELECT count(*) FROM bundle.{table} p JOIN main.{target} t ON t.id = p.id "
        "WHERE p.version <= t.version",
    )
    settable = [c for c in columns if c != "id"]
    if counts.updated:
        conn.execute(
            f"UPDATE main.{target} AS t SET ({_quoted(settable)}) = "
            f"({_quoted(settable, 'p')}) "
            f"FROM bundle.{table} AS p WHERE p.id = t.id AND p.version > t.version"
        )
    names = [*columns, *extra]
    values = [_quoted(columns, "p"), *(f":extra_{name}" for name in extra)]
    cursor = conn.execute(
        f"INSERT INTO main.{target}({_quoted(names)}) SELECT {', '.join(values)} "
        f"FROM bundle.{table} AS p WHERE NOT EXISTS "
        f"(SELECT 1 FROM main.{target} t WHERE t.id = p.id) ORDER BY p.rowid",
        {f"extra_{name}": value for name, value in extra.items()},
    )
    counts.added = cursor.rowcount
    return counts


def _merge_departures(conn: sqlite3.Connection, columns: list[str]) -> TableCounts:
    """Like `_merge_versioned`, keeping the name index as `departures.insert_many` does.

    Replaced rows go through the index's update trigger; new rows are added with the insert
    trigger set aside and indexed with one statement (several times faster for many rows).
    """
    new = _count(
        conn,
        "SELECT count(*) FROM bundle.departures p "
        "WHERE NOT EXISTS (SELECT 1 FROM main.departures t WHERE t.id = p.id)",
    )
    if not new:
        return _merge_versioned(conn, "departures", "departures", columns)
    (first,) = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM main.departures").fetchone()
    trigger_sql = conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' "
        "AND name = 'departures_fts_insert'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER main.departures_fts_insert")
    counts = _merge_versioned(conn, "departures", "departures", columns)
    last = first + counts.added - 1
    conn.execute(
        "INSERT INTO main.departures_fts(rowid, surname, given_names, father_name) "
        "SELECT rowid, surname, given_names, father_name FROM main.departures "
        "WHERE rowid BETWEEN ? AND ?",
        (first, last),
    )
    conn.execute(trigger_sql)
    return counts


def _check_audit_continuity(conn: sqlite3.Connection, info: BundleInfo) -> None:
    """The bundle's audit rows must agree with the rows of that office already here."""
    if info.audit_start_id > 1:
        row = conn.execute(
            "SELECT hash FROM main.office_audit WHERE office = ? AND id = ?",
            (info.office, info.audit_start_id - 1),
        ).fetchone()
        if row is not None and row[0] != info.audit_start_hash:
            raise BundleRefused(_diverged(info, info.audit_start_id - 1))
    (differs,) = conn.execute(
        "SELECT min(p.id) FROM bundle.audit p JOIN main.office_audit o "
        "ON o.office = ? AND o.id = p.id WHERE o.hash != p.hash",
        (info.office,),
    ).fetchone()
    if differs is not None:
        raise BundleRefused(_diverged(info, int(differs)))


def _diverged(info: BundleInfo, row_id: int) -> str:
    return (
        f"The audit log in the bundle of {info.office} differs from the one received from "
        f"{info.office} before, from row {row_id:,} on: its database was replaced (a restored "
        "backup?) or the bundle is not theirs. Nothing was imported; ask the office."
    )


def merge(db: sqlite_utils.Database, info: BundleInfo) -> MergeCounts:
    """Merge the attached bundle (see `attached`) inside the caller's write transaction.

    Raises:
        BundleRefused: the bundle's columns are unknown here, a contingent code is taken by
            another contingent, departures refer to contingents nobody sent, or its audit rows
            disagree with the ones already received from that office. The caller's transaction
            is then rolled back.
    """
    conn = db.conn
    counts = MergeCounts()
    tables = counts.tables
    # As for any bulk insert: random CNIC and passport keys touch index pages all over.
    conn.execute(f"PRAGMA main.cache_size = {-BULK_CACHE_KIB}")

    total = _count(conn, "SELECT count(*) FROM bundle.offices")
    tables["offices"].added = conn.execute(
        "INSERT INTO main.offices(code, name) SELECT code, name FROM bundle.offices p "
        "WHERE NOT EXISTS (SELECT 1 FROM main.offices o WHERE o.code = p.code)"
    ).rowcount
    tables["offices"].unchanged = total - tables["offices"].added
    if not conn.execute("SELECT 1 FROM main.offices WHERE code = ?", (info.office,)).fetchone():
        conn.execute(
            "INSERT INTO main.offices(code, name) VALUES (?, ?)",
            (info.office, info.office_name or info.office),
        )
        tables["offices"].added += 1

    contingent_columns = _shared_columns(conn, "contingents", "contingents")
    departure_columns = _shared_columns(conn, "departures", "departures")
    taken = conn.execute(
        "SELECT p.code FROM bundle.contingents p JOIN main.contingents c "
        "ON c.code = p.code AND c.id != p.id LIMIT 1"
    ).fetchone()
    if taken:
        raise BundleRefused(
            f"The contingent code {taken[0]} in the bundle of {info.office} belongs to another "
            "contingent here; nothing was imported."
        )
    tables["contingents"] = _merge_versioned(conn, "contingents", "contingents", contingent_columns)

    unknown_office = conn.execute(
        "SELECT DISTINCT office FROM bundle.departures p "
        "WHERE NOT EXISTS (SELECT 1 FROM main.offices o WHERE o.code = p.office) LIMIT 1"
    ).fetchone()
    if unknown_office:
        raise BundleRefused(
            f"Departures in the bundle of {info.office} name the office {unknown_office[0]}, "
            "which the bundle does not describe; nothing was imported."
        )
    orphans = _count(
        conn,
        "SELECT count(*) FROM bundle.departures p WHERE p.contingent_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM main.contingents c WHERE c.id = p.contingent_id)",
    )
    if orphans:
        raise BundleRefused(
            f"{orphans:,} departures in the bundle of {info.office} belong to contingents "
            "that neither the bundle nor this database holds; import the office's full "
            "bundle (made without --since) first. Nothing was imported."
        )
    tables["departures"] = _merge_departures(conn, departure_columns)

    tables["manifests"] = _merge_versioned(
        conn, "manifests", "office_manifests", list(MANIFEST_COLUMNS), extra={"office": info.office}
    )

    _check_audit_continuity(conn, info)
    total = _count(conn, "SELECT count(*) FROM bundle.audit")
    audit_columns = _quoted(list(AUDIT_COLUMNS))
    tables["audit"].added = conn.execute(
        f"INSERT INTO main.office_audit(office, {audit_columns}) "
        f"SELECT :office, {_quoted(list(AUDIT_COLUMNS), 'p')} "
        "FROM bundle.audit p WHERE NOT EXISTS (SELECT 1 FROM main.office_audit o "
        "WHERE o.office = :office AND o.id = p.id) ORDER BY p.id",
        {"office": info.office},
    ).rowcount
    tables["audit"].unchanged = total - tables["audit"].added
    return counts
