"""Merging a checked bundle at headquarters, inside the caller's write transaction: by
UUID, new records are added, a higher `version` replaces a lower one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

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
from desktop.store.engine import (
    Database,
    ServerDatabase,
    bulk_cache,
    column_types,
    insert_rows,
    is_server,
    local,
)


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


@dataclass(frozen=True)
class _Sides:
    """Where a merge reads the bundle's tables and writes its own: on a file the payload is
    attached as schema `bundle`; on the office server its rows wait in temporary tables
    (`pg_temp.bundle_departures` …), so that the merge's SQL is the same on both."""

    db: Database

    def bundle(self, table: str) -> str:
        return f"pg_temp.bundle_{table}" if is_server(self.db) else f"bundle.{table}"

    def main(self, table: str) -> str:
        return table if is_server(self.db) else f"main.{table}"

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.db.conn.execute(sql, params)

    def bundle_columns(self, table: str) -> list[str]:
        if is_server(self.db):
            return [name for name, _ in column_types(self.db, self.bundle(table))]
        return [name for name, _ in table_columns(local(self.db, "A merge").conn, "bundle", table)]


_SERVER_TARGETS: Final = {"manifests": "office_manifests", "audit": "office_audit"}


@contextmanager
def attached(db: Database, bundle: Opened) -> Iterator[None]:
    """Make a checked payload readable by `merge` (outside any transaction): attached as schema
    `bundle` to a file; copied into temporary tables of the office server's connection."""
    if db.conn.in_transaction:
        raise RuntimeError("a bundle is attached outside a transaction")
    if isinstance(db, ServerDatabase):
        with _staged_on_server(db, bundle.payload):
            yield
        return
    conn = local(db, "Merging a bundle").conn
    conn.execute("ATTACH DATABASE ? AS bundle", (str(bundle.payload),))
    try:
        yield
    finally:
        conn.execute("DETACH DATABASE bundle")


@contextmanager
def _staged_on_server(db: ServerDatabase, payload: Path) -> Iterator[None]:
    """The payload's tables as temporary tables on the server, typed as the tables they are
    merged into, each row numbered in the payload's order."""
    sides = _Sides(db)
    made: list[str] = []
    try:
        uri = f"{payload.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as source:
            for table in TABLES:
                target = dict(column_types(db, _SERVER_TARGETS.get(table, table)))
                names = [name for name, _ in table_columns(source, "main", table)]
                typed = ", ".join(f'"{name}" {target.get(name, "text")}' for name in names)
                name = sides.bundle(table)
                db.conn.execute(f"DROP TABLE IF EXISTS {name}")
                db.conn.execute(
                    f"CREATE TEMP TABLE bundle_{table} ({typed}, "
                    "rowid BIGINT GENERATED ALWAYS AS IDENTITY)"
                )
                made.append(name)
                rows = source.execute(f"SELECT {quoted(names)} FROM {table} ORDER BY rowid")
                insert_rows(db, name, [f'"{n}"' for n in names], rows)
                db.conn.execute(f"ANALYZE {name}")
        yield
    finally:
        if not db.conn.closed and not db.conn.in_transaction:
            for name in made:
                db.conn.execute(f"DROP TABLE IF EXISTS {name}")


def _shared_columns(sides: _Sides, table: str, target: str) -> list[str]:
    """The payload table's columns; every one must exist at headquarters."""
    ours = {name for name, _ in column_types(sides.db, target)}
    theirs = sides.bundle_columns(table)
    unknown = [name for name in theirs if name not in ours]
    if unknown:
        raise BundleRefused(
            f"The bundle holds columns this version of Rawangi does not know ({table}."
            f"{unknown[0]}); update Rawangi here to import it. Nothing was imported."
        )
    return theirs


def _count(sides: _Sides, sql: str, params: Any = ()) -> int:
    (value,) = sides.execute(sql, params).fetchone()
    return int(value or 0)


def _merge_versioned(
    sides: _Sides,
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
    bundle, main = sides.bundle(table), sides.main(target)
    counts.updated = _count(
        sides,
        f"SELECT count(*) FROM {bundle} p JOIN {main} t ON t.id = p.id WHERE p.version > t.version",
    )
    counts.unchanged = _count(
        sides,
        f"SELECT count(*) FROM {bundle} p JOIN {main} t ON t.id = p.id "
        "WHERE p.version <= t.version",
    )
    settable = [c for c in columns if c != "id"]
    if counts.updated:
        sides.execute(
            f"UPDATE {main} AS t SET ({quoted(settable)}) = "
            f"({quoted(settable, 'p')}) "
            f"FROM {bundle} AS p WHERE p.id = t.id AND p.version > t.version"
        )
    names = [*columns, *extra]
    values = [quoted(columns, "p"), *(f":extra_{name}" for name in extra)]
    cursor = sides.execute(
        f"INSERT INTO {main}({quoted(names)}) SELECT {', '.join(values)} "
        f"FROM {bundle} AS p WHERE NOT EXISTS "
        f"(SELECT 1 FROM {main} t WHERE t.id = p.id) ORDER BY p.rowid",
        {f"extra_{name}": value for name, value in extra.items()},
    )
    counts.added = cursor.rowcount
    return counts


def _merge_departures(sides: _Sides, columns: list[str]) -> TableCounts:
    """Like `_merge_versioned`, keeping the name index as `departures.insert_many` does.

    Replaced rows go through the index's update trigger; on a file new rows are added with the
    insert trigger set aside and indexed with one statement (several times faster for many
    rows); the server's trigger keeps its name keys itself.
    """
    if is_server(sides.db):
        return _merge_versioned(sides, "departures", "departures", columns)
    conn = local(sides.db, "A merge").conn
    new = _count(
        sides,
        "SELECT count(*) FROM bundle.departures p "
        "WHERE NOT EXISTS (SELECT 1 FROM main.departures t WHERE t.id = p.id)",
    )
    if not new:
        return _merge_versioned(sides, "departures", "departures", columns)
    (first,) = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM main.departures").fetchone()
    trigger_sql = conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' "
        "AND name = 'departures_fts_insert'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER main.departures_fts_insert")
    counts = _merge_versioned(sides, "departures", "departures", columns)
    last = first + counts.added - 1
    conn.execute(
        "INSERT INTO main.departures_fts(rowid, surname, given_names, father_name) "
        "SELECT rowid, surname, given_names, father_name FROM main.departures "
        "WHERE rowid BETWEEN ? AND ?",
        (first, last),
    )
    conn.execute(trigger_sql)
    return counts


def _check_audit_continuity(sides: _Sides, info: BundleInfo) -> None:
    """The bundle's audit rows must agree with the rows of that office already here."""
    if info.audit_start_id > 1:
        row = sides.execute(
            f"SELECT hash FROM {sides.main('office_audit')} WHERE office = ? AND id = ?",
            (info.office, info.audit_start_id - 1),
        ).fetchone()
        if row is not None and row[0] != info.audit_start_hash:
            raise BundleRefused(_diverged(info, info.audit_start_id - 1))
    (differs,) = sides.execute(
        f"SELECT min(p.id) FROM {sides.bundle('audit')} p JOIN {sides.main('office_audit')} o "
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
    sides = _Sides(db)
    bundle, main = sides.bundle, sides.main
    counts = MergeCounts()
    tables = counts.tables
    # As for any bulk insert: random CNIC and passport keys touch index pages all over.
    bulk_cache(db, BULK_CACHE_KIB)

    total = _count(sides, f"SELECT count(*) FROM {bundle('offices')}")
    tables["offices"].added = sides.execute(
        f"INSERT INTO {main('offices')}(code, name) SELECT code, name FROM {bundle('offices')} p "
        f"WHERE NOT EXISTS (SELECT 1 FROM {main('offices')} o WHERE o.code = p.code)"
    ).rowcount
    tables["offices"].unchanged = total - tables["offices"].added
    if not sides.execute(
        f"SELECT 1 FROM {main('offices')} WHERE code = ?", (info.office,)
    ).fetchone():
        sides.execute(
            f"INSERT INTO {main('offices')}(code, name) VALUES (?, ?)",
            (info.office, info.office_name or info.office),
        )
        tables["offices"].added += 1

    contingent_columns = _shared_columns(sides, "contingents", "contingents")
    departure_columns = _shared_columns(sides, "departures", "departures")
    taken = sides.execute(
        f"SELECT p.code FROM {bundle('contingents')} p JOIN {main('contingents')} c "
        "ON c.code = p.code AND c.id != p.id LIMIT 1"
    ).fetchone()
    if taken:
        raise BundleRefused(
            f"The contingent code {taken[0]} in the bundle of {info.office} belongs to another "
            "contingent here; nothing was imported."
        )
    tables["contingents"] = _merge_versioned(
        sides, "contingents", "contingents", contingent_columns
    )

    unknown_office = sides.execute(
        f"SELECT DISTINCT office FROM {bundle('departures')} p "
        f"WHERE NOT EXISTS (SELECT 1 FROM {main('offices')} o WHERE o.code = p.office) LIMIT 1"
    ).fetchone()
    if unknown_office:
        raise BundleRefused(
            f"Departures in the bundle of {info.office} name the office {unknown_office[0]}, "
            "which the bundle does not describe; nothing was imported."
        )
    orphans = _count(
        sides,
        f"SELECT count(*) FROM {bundle('departures')} p WHERE p.contingent_id IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM {main('contingents')} c WHERE c.id = p.contingent_id)",
    )
    if orphans:
        raise BundleRefused(
            f"{orphans:,} departures in the bundle of {info.office} belong to contingents "
            "that neither the bundle nor this database holds; import the office's full "
            "bundle (made without --since) first. Nothing was imported."
        )
    tables["departures"] = _merge_departures(sides, departure_columns)

    tables["manifests"] = _merge_versioned(
        sides,
        "manifests",
        "office_manifests",
        list(MANIFEST_COLUMNS),
        extra={"office": info.office},
    )

    _check_audit_continuity(sides, info)
    total = _count(sides, f"SELECT count(*) FROM {bundle('audit')}")
    audit_columns = quoted(list(AUDIT_COLUMNS))
    tables["audit"].added = sides.execute(
        f"INSERT INTO {main('office_audit')}(office, {audit_columns}) "
        f"SELECT :office, {quoted(list(AUDIT_COLUMNS), 'p')} "
        f"FROM {bundle('audit')} p WHERE NOT EXISTS (SELECT 1 FROM {main('office_audit')} o "
        "WHERE o.office = :office AND o.id = p.id) ORDER BY p.id",
        {"office": info.office},
    ).rowcount
    tables["audit"].unchanged = total - tables["audit"].added
    return counts
