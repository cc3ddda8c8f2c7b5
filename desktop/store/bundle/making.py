"""Making a bundle at the office: the records copied a block at a time into a payload
file, its audit chain checked while it is zipped, the zip sealed and put in place."""

from __future__ import annotations

import functools
import os
import sqlite3
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import Cancelled, StorageError
from desktop.store.audit import GENESIS
from desktop.store.bundle.checking import chain_problem
from desktop.store.bundle.contents import (
    AUDIT_COLUMNS,
    MANIFEST,
    MANIFEST_COLUMNS,
    PARTIAL,
    PAYLOAD,
    SIGNATURE,
    TABLES,
    BundleInfo,
    BundleRefused,
    CancelCheck,
    Progress,
    Sign,
    interruptible,
    quoted,
    step,
    table_columns,
)
from desktop.store.bundle.sealing import (
    CHUNK,
    file_sha256,
    seal,
)
from desktop.store.engine import Database, ServerDatabase, local, snapshot
from desktop.store.files import create_private, fsync_file, fsync_folder

# zipfile needs ZIP64 records announced up front for a member this big (2 GiB, less a margin).
_ZIP64_FROM = (1 << 31) - (1 << 26)
# Rows copied per read of the office database while a bundle is made (see `_Blocks`).
BLOCK_ROWS = 20_000


@dataclass(frozen=True)
class Made:
    """A bundle written by `export`."""

    path: Path
    info: BundleInfo
    sha256: str  # of the whole file
    size: int
    longest_read: float = 0.0  # seconds the office database's read lock was held at most


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


class _Walk:
    """What both block copiers share: a block's read, timed as one hold of the read lock; the
    progress said (and a cancel heard) between blocks."""

    def __init__(
        self, progress: Progress | None, cancelled: CancelCheck | None, message: str
    ) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.message = message
        self.longest = 0.0

    def _rows(self, sql: str, params: Any) -> Any:
        raise NotImplementedError

    def read(self, sql: str, params: Any = ()) -> Any:
        """One statement, timed as one hold of the read lock."""
        start = time.perf_counter()
        rows = self._rows(sql, params)
        self.longest = max(self.longest, time.perf_counter() - start)
        return rows

    def say(self, text: str) -> None:
        step(self.progress, self.cancelled, text, self.message)


class _Blocks(_Walk):
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
        super().__init__(progress, cancelled, message)
        self.conn = conn

    def _rows(self, sql: str, params: Any) -> Any:
        return self.conn.execute(sql, params).fetchall()

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
            self.say(f"Copying {label}… {min(low, total):,} of {max(total, low):,}")
            high = min(low + BLOCK_ROWS, int(top))
            self.read(sql, {**values, "low": low, "high": high})
            low = high


def _copy_out(
    db: Database,
    payload: Path,
    since: str | None,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> _Copied:
    """Copy the office's records into a new payload file, block by block (see `_Blocks`)."""
    if isinstance(db, ServerDatabase):
        return _copy_from_server(db, payload, since, progress, cancelled)
    conn = local(db, "Making a bundle").conn
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
        _create(conn, "bundle_out", table, table_columns(conn, "main", table), key)
    manifest_types = dict(table_columns(conn, "main", "manifests"))
    _create(
        conn,
        "bundle_out",
        "manifests",
        [(name, manifest_types[name]) for name in MANIFEST_COLUMNS],
        "id",
    )
    audit_types = dict(table_columns(conn, "main", "audit"))
    _create(conn, "bundle_out", "audit", [(n, audit_types[n]) for n in AUDIT_COLUMNS], "id")

    blocks.read("INSERT INTO bundle_out.offices SELECT * FROM main.offices ORDER BY code")
    departure_columns = quoted([name for name, _ in table_columns(conn, "main", "departures")])
    blocks.copy("departures", departure_columns, "departures", where=changed, params=params)
    blocks.copy(
        "manifests", quoted(list(MANIFEST_COLUMNS)), "manifests", where=changed, params=params
    )
    contingent_columns = quoted([name for name, _ in table_columns(conn, "main", "contingents")])
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
        quoted(list(AUDIT_COLUMNS)),
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


@functools.lru_cache(maxsize=1)
def _file_columns() -> dict[str, list[tuple[str, str]]]:
    """(name, declared type) of a file's tables as this version makes them: a payload made
    from the office server has the very tables a file's payload has."""
    from desktop.store.db import connect  # noqa: PLC0415 - the store's own parts
    from desktop.store.schema import migrations  # noqa: PLC0415

    reference = connect(":memory:")
    try:
        migrations.apply(reference)
        return {table: table_columns(reference.conn, "main", table) for table in TABLES}
    finally:
        reference.close()


class _ServerBlocks(_Walk):
    """`_Blocks` for the office server: rows read a block at a time (keyset by `key`) from one
    snapshot of the server, and written into the payload through its own SQLite connection."""

    def __init__(
        self,
        db: ServerDatabase,
        out: sqlite3.Connection,
        progress: Progress | None,
        cancelled: CancelCheck | None,
        message: str,
    ) -> None:
        super().__init__(progress, cancelled, message)
        self.db = db
        self.out = out

    def _rows(self, sql: str, params: Any) -> Any:
        return self.db.conn.execute(sql, params).fetchall()

    def copy(
        self,
        table: str,
        names: list[str],
        label: str,
        *,
        key: str = "rowid",
        where: str = "",
        params: dict[str, Any] | None = None,
    ) -> None:
        columns = quoted(names)
        condition = f" AND ({where})" if where else ""
        sql = (
            f"SELECT {key}, {columns} FROM {table} WHERE {key} > :low{condition} "
            f"ORDER BY {key} LIMIT {BLOCK_ROWS}"
        )
        insert = f"INSERT INTO {table}({columns}) VALUES ({', '.join('?' * len(names))})"
        ((total,),) = self.read(f"SELECT count(*) FROM {table}")
        low, done = 0, 0
        while True:
            self.say(f"Copying {label}… {done:,} of {max(total, done):,}")
            rows = self.read(sql, {**(params or {}), "low": low})
            if not rows:
                return
            self.out.executemany(insert, [row[1:] for row in rows])
            low, done = rows[-1][0], done + len(rows)


def _copy_from_server(
    db: ServerDatabase,
    payload: Path,
    since: str | None,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> _Copied:
    """`_copy_out` from the office server: one snapshot of it, copied into a payload file
    whose tables are a file's (the same columns, types and order)."""
    if db.conn.in_transaction:
        raise RuntimeError("a bundle is made from a connection without an open transaction")
    message = "Cancelled; no bundle was written."
    reference = _file_columns()
    changed = "" if since is None else "updated_at >= :since"
    params: dict[str, Any] = {"since": since}
    with closing(sqlite3.connect(payload, isolation_level=None)) as out, snapshot(db):
        # A scratch file, zipped and checked afterwards: no journal, no syncing.
        out.execute("PRAGMA journal_mode = OFF")
        out.execute("PRAGMA synchronous = OFF")
        kinds = {t: dict(reference[t]) for t in ("manifests", "audit")}
        for table, key in (("offices", "code"), ("contingents", "id"), ("departures", "id")):
            _create(out, "main", table, reference[table], key)
        _create(
            out, "main", "manifests", [(n, kinds["manifests"][n]) for n in MANIFEST_COLUMNS], "id"
        )
        _create(out, "main", "audit", [(n, kinds["audit"][n]) for n in AUDIT_COLUMNS], "id")
        out.execute("BEGIN")
        blocks = _ServerBlocks(db, out, progress, cancelled, message)
        out.executemany(
            "INSERT INTO offices(code, name) VALUES (?, ?)",
            blocks.read("SELECT code, name FROM offices ORDER BY code"),
        )
        names = {t: [n for n, _ in reference[t]] for t in ("departures", "contingents")}
        blocks.copy("departures", names["departures"], "departures", where=changed, params=params)
        blocks.copy("manifests", list(MANIFEST_COLUMNS), "manifests", where=changed, params=params)
        referenced = ""
        if since is not None:
            wanted = [
                str(key)
                for (key,) in out.execute(
                    "SELECT DISTINCT contingent_id FROM departures WHERE contingent_id IS NOT NULL"
                )
            ]
            referenced = f"{changed} OR id = ANY(:wanted)"
            params = {**params, "wanted": wanted}
        blocks.copy(
            "contingents", names["contingents"], "contingents", where=referenced, params=params
        )
        if since is None:
            start_id = 1
        else:
            ((first,),) = blocks.read("SELECT min(id) FROM audit WHERE at >= ?", (since,))
            ((last_id,),) = blocks.read("SELECT coalesce(max(id), 0) FROM audit")
            start_id = int(first) if first is not None else int(last_id) + 1
        before = blocks.read("SELECT hash FROM audit WHERE id = ?", (start_id - 1,))
        start_hash = str(before[0][0]) if before else GENESIS
        blocks.copy(
            "audit",
            list(AUDIT_COLUMNS),
            "the audit log",
            key="id",
            where="id >= :start",
            params={"start": start_id},
        )
        out.execute("COMMIT")
        newest = out.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        head = str(newest[0]) if newest else start_hash
        counts = {
            table: int(out.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in TABLES
        }
    return _Copied(counts, start_id, start_hash, head, blocks.longest)


def export(
    db: Database,
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
    sign: Sign | None = None,
) -> Made:
    """Write a bundle of the database's records to `out` (replacing a file of that name).

    The zip is written as `out.partial` and renamed when complete and sealed: a file without
    `.partial` is a whole bundle.

    Args:
        since: the date given (YYYY-MM-DD), recorded in `bundle.json`; None for everything.
        since_stamp: the UTC stamp records must have been changed on or after (`updated_at`,
            the audit row's `at`); required with `since`.
        cancelled: asked between steps and during long statements; True raises Cancelled.
        sign: makes `signature.json` from the bytes of `bundle.json`; None for an unsigned
            bundle.

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
            step(progress, cancelled, "Checking the audit log and writing the bundle…", message)
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
                payload_sha256=file_sha256(payload),
                rawangi_version=rawangi_version,
            )
            signature = sign(info.to_json().encode("utf-8")) if sign else None
            _check_while_packing(payload, info, partial, cancelled, message, signature=signature)
            fsync_file(partial)
            os.replace(partial, out)
            fsync_folder(out.parent)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise _write_error(error, out) from error
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return Made(out, info, file_sha256(out), out.stat().st_size, copied.longest_read)


def _check_while_packing(
    payload: Path,
    info: BundleInfo,
    partial: Path,
    cancelled: CancelCheck | None,
    message: str,
    *,
    signature: bytes | None,
) -> None:
    """Zip the payload on a second thread while this one checks the audit chain.

    The chain is checked here too, so that the office learns at once that headquarters would
    refuse its bundle. Both take about a second per 100,000 rows; side by side they cost one.
    """
    problem_found = threading.Event()

    def stop() -> bool:
        return problem_found.is_set() or (cancelled is not None and cancelled())

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rawangi-bundle") as pool:
        packing = pool.submit(pack, payload, info, partial, stop=stop, signature=signature)
        try:
            problem = chain_problem(
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


def pack(
    payload: Path,
    info: BundleInfo,
    target: Path,
    *,
    stop: CancelCheck | None = None,
    signature: bytes | None = None,
) -> None:
    """Zip a payload, its `bundle.json` and its `signature.json` into `target`, and seal it.

    Args:
        stop: asked between blocks; True raises Cancelled (the caller removes `target`).
        signature: the bytes of `signature.json`; None for an unsigned bundle.

    Raises:
        OSError: the file cannot be written.
    """
    size = payload.stat().st_size
    # Level 1: a quarter of the payload's size at several times the default level's speed.
    with zipfile.ZipFile(
        create_private(target), "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1
    ) as archive:
        archive.writestr(MANIFEST, info.to_json())
        if signature is not None:
            archive.writestr(SIGNATURE, signature)
        # Megabyte blocks: zlib compresses each without holding the interpreter's lock, so
        # the chain check on the other thread runs at full speed meanwhile.
        with (
            payload.open("rb") as source,
            archive.open(PAYLOAD, "w", force_zip64=size > _ZIP64_FROM) as sink,
        ):
            while block := source.read(CHUNK):
                if stop is not None and stop():
                    raise Cancelled("Cancelled; no bundle was written.")
                sink.write(block)
    seal(target)


def _write_error(error: OSError, out: Path) -> StorageError:
    reason = error.strerror or str(error)
    return StorageError(
        f"The bundle could not be written to {out} ({reason}); no bundle was kept. Check the "
        "folder and the free space, then export again."
    )
