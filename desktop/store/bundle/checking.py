"""Checking a bundle before anything is merged: a sealed zip, a valid `bundle.json`, the
payload's SHA-256, its tables and counts, and its audit chain."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core.errors import Cancelled
from desktop.store.audit import row_hash
from desktop.store.bundle.contents import (
    AUDIT_COLUMNS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_COLUMNS,
    PAYLOAD,
    SIGNATURE,
    TABLES,
    BundleInfo,
    BundleRefused,
    CancelCheck,
    Progress,
    quoted,
    step,
    table_columns,
)
from desktop.store.bundle.sealing import (
    CHUNK,
    file_sha256,
    is_sealed,
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
_CHAIN_CHECK_EVERY = 10_000


@dataclass(frozen=True)
class Opened:
    """A bundle that passed every check, its payload extracted to a temporary file."""

    path: Path
    info: BundleInfo
    sha256: str  # of the whole file
    payload: Path
    manifest: bytes = b""  # the bytes of `bundle.json`, as signed
    signature: bytes | None = None  # the bytes of `signature.json`; None when unsigned


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
        while block := source.read(CHUNK):
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
            columns = {name for name, _ in table_columns(conn, "main", table)}
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


def chain_problem(
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
        cursor = conn.execute(f"SELECT {quoted(list(AUDIT_COLUMNS))} FROM audit ORDER BY id")
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
    step(progress, cancelled, f"Checking {path.name}…", message)
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "it is not a zip file, so not a Rawangi bundle")
    # The seal first: once it holds, every byte is as the office wrote it, and reading the
    # archive meets no damage.
    if not is_sealed(path):
        raise _refuse(path, _why_unsealed(path))
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for name in (MANIFEST, PAYLOAD):
            if name not in names:
                raise _refuse(path, f"it holds no {name}, so it is not a Rawangi bundle")
        text = archive.read(MANIFEST)
        signature = archive.read(SIGNATURE) if SIGNATURE in names else None
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
        step(progress, cancelled, "Checking the payload…", message)
        if _extract(archive, payload) != info.payload_sha256:
            raise _refuse(path, "its payload.sqlite does not match the SHA-256 in bundle.json")
    problem = _structure_problem(payload, info)
    if problem:
        raise _refuse(path, problem)
    step(progress, cancelled, "Checking the audit log…", message)
    problem = chain_problem(
        payload,
        start_id=info.audit_start_id,
        start_hash=info.audit_start_hash,
        head=info.audit_head,
        cancelled=cancelled,
        message=message,
    )
    if problem:
        raise _refuse(path, f"its audit log does not verify ({problem})")
    return Opened(path, info, file_sha256(path), payload, text, signature)
