"""Contingent rows, their members, and their stored manifests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core.contingent import OPEN, Contingent, code_for
from desktop.core.departure import Departure
from desktop.store.departures import ALL_COLUMNS
from desktop.store.engine import Database, lock_keys

_COLUMNS = (
    "id, code, office, flight_no, carrier, airport, departure_date, departure_time, "
    "destinations, capacity, status, revision, created_by, version"
)


def _contingent(row: tuple[Any, ...]) -> Contingent:
    return Contingent(
        id=row[0],
        code=row[1],
        office=row[2],
        flight_no=row[3],
        carrier=row[4],
        airport=row[5],
        departure_date=dt.date.fromisoformat(row[6]),
        departure_time=row[7],
        destinations=tuple(c for c in row[8].split(",") if c),
        capacity=int(row[9]),
        status=row[10],
        revision=int(row[11]),
        created_by=row[12],
        version=int(row[13]),
    )


def hold(db: Database, *contingent_ids: str) -> None:
    """Hold contingents until the write transaction ends: adding people to one, finalizing it,
    reopening it … take turns across desks (each reads its state after the other's commit)."""
    lock_keys(db, *(f"contingent {key}" for key in contingent_ids if key))


def next_code(db: Database, office: str, day: dt.date) -> str:
    """The next free code of an office and day: -01, -02, … -99, -100, …

    Inside a write transaction the office's day is held until it ends, so that two desks
    creating a contingent at once never pick the same code.
    """
    prefix = code_for(office, day, 0)[:-2]
    lock_keys(db, f"contingent codes {prefix}")
    numbers = [
        int(code[len(prefix) :])
        for (code,) in db.conn.execute(
            "SELECT code FROM contingents WHERE code >= ? AND code < ?", (prefix, prefix + "~")
        )
        if code[len(prefix) :].isdigit()
    ]
    return code_for(office, day, max(numbers, default=0) + 1)


def insert(db: Database, contingent: Contingent, *, user: str, at: str) -> None:
    db.conn.execute(
        "INSERT INTO contingents(id, code, office, flight_no, carrier, airport, departure_date, "
        "departure_time, destinations, capacity, status, revision, created_at, updated_at, "
        "created_by, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (
            contingent.id,
            contingent.code,
            contingent.office,
            contingent.flight_no,
            contingent.carrier,
            contingent.airport,
            contingent.departure_date.isoformat(),
            contingent.departure_time,
            ",".join(contingent.destinations),
            contingent.capacity,
            contingent.status,
            contingent.revision,
            at,
            at,
            user,
            user,
        ),
    )


def update(db: Database, contingent_id: str, *, user: str, at: str, **values: Any) -> None:
    """Change some columns (status, revision, flight details) of a contingent."""
    allowed = {"status", "revision", "flight_no", "carrier", "airport", "departure_date",
               "departure_time", "destinations", "capacity"}  # fmt: skip
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"not contingent columns: {sorted(unknown)}")
    converted = {
        k: (",".join(v) if k == "destinations" else v.isoformat() if isinstance(v, dt.date) else v)
        for k, v in values.items()
    }
    sets = ", ".join(f"{k} = ?" for k in converted)
    db.conn.execute(
        f"UPDATE contingents SET {sets}, updated_at = ?, updated_by = ?, version = version + 1 "
        "WHERE id = ?",
        [*converted.values(), at, user, contingent_id],
    )


def get(db: Database, contingent_id: str) -> Contingent | None:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM contingents WHERE id = ?", (contingent_id,)
    ).fetchone()
    return _contingent(row) if row else None


def by_code(db: Database, code: str) -> Contingent | None:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM contingents WHERE code = ?", (code.strip().upper(),)
    ).fetchone()
    return _contingent(row) if row else None


@dataclass(frozen=True)
class Listed:
    """A contingent with its head count, for the Contingents view and `contingent list`."""

    contingent: Contingent
    count: int


def listing(db: Database, *, status: str = "", limit: int = 1000) -> list[Listed]:
    """Contingents, the latest departure first, with how many people each holds."""
    where = "WHERE c.code != ''" + (" AND c.status = ?" if status else "")
    args: list[Any] = [status] if status else []
    rows = db.conn.execute(
        f"SELECT {', '.join('c.' + c.strip() for c in _COLUMNS.split(','))}, "
        "(SELECT count(*) FROM departures d WHERE d.contingent_id = c.id "
        "AND d.status != 'no-show') "
        f"FROM contingents c {where} ORDER BY c.departure_date DESC, c.code DESC LIMIT ?",
        [*args, limit],
    ).fetchall()
    return [Listed(_contingent(row[:-1]), int(row[-1])) for row in rows]


def member_count(db: Database, contingent_id: str) -> int:
    """People in a contingent who are travelling (no-shows are off the list)."""
    return int(
        db.conn.execute(
            "SELECT count(*) FROM departures WHERE contingent_id = ? AND status != 'no-show'",
            (contingent_id,),
        ).fetchone()[0]
    )


def members(db: Database, contingent_id: str) -> list[Departure]:
    """Everyone assigned to a contingent (no-shows included), in manifest order."""
    rows = db.conn.execute(
        f"SELECT {', '.join(ALL_COLUMNS)} FROM departures WHERE contingent_id = ? "
        "ORDER BY surname, given_names, rowid",
        (contingent_id,),
    ).fetchall()
    return [Departure.from_row(dict(zip(ALL_COLUMNS, row, strict=True))) for row in rows]


def open_contingent_of(db: Database, departure_id: str) -> Contingent | None:
    """The open contingent a departure belongs to, if any."""
    row = db.conn.execute(
        f"SELECT {', '.join('c.' + c.strip() for c in _COLUMNS.split(','))} FROM contingents c "
        "JOIN departures d ON d.contingent_id = c.id WHERE d.id = ? AND c.status = ?",
        (departure_id, OPEN),
    ).fetchone()
    return _contingent(row) if row else None


def assign(
    db: Database, departure_id: str, contingent_id: str | None, *, user: str, at: str
) -> None:
    """Put a departure into a contingent (or take it out with None)."""
    db.conn.execute(
        "UPDATE departures SET contingent_id = ?, updated_at = ?, updated_by = ?, "
        "version = version + 1 WHERE id = ?",
        (contingent_id, at, user, departure_id),
    )


# -- manifests ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredManifest:
    """One stored revision of a contingent's manifest."""

    id: str
    contingent_id: str
    revision: int
    sha256: str
    fingerprint: str
    people: int
    audit_head: str
    generated_at: str
    generated_by: str
    superseded_at: str
    superseded_reason: str

    @property
    def superseded(self) -> bool:
        return bool(self.superseded_at)


_MANIFEST_COLUMNS = (
    "id, contingent_id, revision, sha256, fingerprint, people, audit_head, generated_at, "
    "generated_by, superseded_at, superseded_reason"
)


def insert_manifest(
    db: Database,
    manifest: StoredManifest,
    *,
    pdf: bytes,
    canonical: str,
    user: str,
    at: str,
) -> None:
    db.conn.execute(
        f"INSERT INTO manifests({_MANIFEST_COLUMNS}, pdf, canonical, created_at, updated_at, "
        "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            manifest.id,
            manifest.contingent_id,
            manifest.revision,
            manifest.sha256,
            manifest.fingerprint,
            manifest.people,
            manifest.audit_head,
            manifest.generated_at,
            manifest.generated_by,
            "",
            "",
            pdf,
            canonical,
            at,
            at,
            user,
            user,
        ),
    )


def supersede(
    db: Database, contingent_id: str, revision: int, *, reason: str, user: str, at: str
) -> None:
    """Mark a revision superseded (its bytes stay as they were)."""
    db.conn.execute(
        "UPDATE manifests SET superseded_at = ?, superseded_reason = ?, updated_at = ?, "
        "updated_by = ?, version = version + 1 "
        "WHERE contingent_id = ? AND revision = ? AND superseded_at = ''",
        (at, reason, at, user, contingent_id, revision),
    )


def manifests(db: Database, contingent_id: str) -> list[StoredManifest]:
    """Every stored revision of a contingent, newest first."""
    rows = db.conn.execute(
        f"SELECT {_MANIFEST_COLUMNS} FROM manifests WHERE contingent_id = ? ORDER BY revision DESC",
        (contingent_id,),
    ).fetchall()
    return [StoredManifest(*row) for row in rows]


def manifest_bytes(db: Database, contingent_id: str, revision: int) -> bytes | None:
    row = db.conn.execute(
        "SELECT pdf FROM manifests WHERE contingent_id = ? AND revision = ?",
        (contingent_id, revision),
    ).fetchone()
    return bytes(row[0]) if row else None
