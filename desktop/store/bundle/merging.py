"""Merging a checked bundle at headquarters, inside the caller's write transaction: by
UUID, new records are added, a higher `version` replaces a lower one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.store.bundle.checking import Opened
from desktop.store.bundle.contents import (
    AUDIT_COLUMNS,
    MANIFEST_COLUMNS,
    RECORD_TABLES,
    TABLES,
    BundleInfo,
    BundleRefused,
    quoted,
    table_columns,
)
from desktop.store.departures import BULK_CACHE_KIB
from desktop.store.engine import Database, local


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


@contextmanager
def attached(db: Database, bundle: Opened) -> Iterator[None]:
    """Attach a checked payload as schema `bundle` for `merge` (outside any transaction)."""
    conn = local(db, "Merging a bundle").conn
    if conn.in_transaction:
        raise RuntimeError("a bundle is attached outside a transaction")
    conn.execute("ATTACH DATABASE ? AS bundle", (str(bundle.payload),))
    try:
        yield
    finally:
        conn.execute("DETACH DATABASE bundle")


def _shared_columns(conn: sqlite3.Connection, table: str, target: str) -> list[str]:
    """The payload table's columns; every one must exist at headquarters."""
    ours = {name for name, _ in table_columns(conn, "main", target)}
    theirs = [name for name, _ in table_columns(conn, "bundle", table)]
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
            f"UPDATE main.{target} AS t SET ({quoted(settable)}) = "
            f"({quoted(settable, 'p')}) "
            f"FROM bundle.{table} AS p WHERE p.id = t.id AND p.version > t.version"
        )
    names = [*columns, *extra]
    values = [quoted(columns, "p"), *(f":extra_{name}" for name in extra)]
    cursor = conn.execute(
        f"INSERT INTO main.{target}({quoted(names)}) SELECT {', '.join(values)} "
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


def merge(db: Database, info: BundleInfo) -> MergeCounts:
    """Merge the attached bundle (see `attached`) inside the caller's write transaction.

    Raises:
        BundleRefused: the bundle's columns are unknown here, a contingent code is taken by
            another contingent, departures refer to contingents nobody sent, or its audit rows
            disagree with the ones already received from that office. The caller's transaction
            is then rolled back.
    """
    conn = local(db, "Merging a bundle").conn
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
    audit_columns = quoted(list(AUDIT_COLUMNS))
    tables["audit"].added = conn.execute(
        f"INSERT INTO main.office_audit(office, {audit_columns}) "
        f"SELECT :office, {quoted(list(AUDIT_COLUMNS), 'p')} "
        "FROM bundle.audit p WHERE NOT EXISTS (SELECT 1 FROM main.office_audit o "
        "WHERE o.office = :office AND o.id = p.id) ORDER BY p.id",
        {"office": info.office},
    ).rowcount
    tables["audit"].unchanged = total - tables["audit"].added
    return counts
