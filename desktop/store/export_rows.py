"""Every stored column of the departures a register filter matches, read for an export.

Rows come in batches walked by rowid (keyset), never all at once: a file of a million rows
holds one batch in memory, and each batch is its own short read, so that clerks can keep
saving while a long export runs (a long single read would hold the lock writers wait for).
The filter is the register's own: the export gives exactly what the list shows.

Columns are for the people who read the file: a departure's contingent by its code (its
internal id means nothing to anyone), its destination by code and by the country's name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from desktop.core import countries
from desktop.store.engine import Database
from desktop.store.register import RegisterFilter, _build

# The stored names of DESIGN.md "Data", in the order of an export's columns, with two read for
# people: `destination_country` (the name beside the code) and `contingent` (the code). Reports
# rely on the names: never give a name another meaning.
EXPORT_COLUMNS: Final = (
    "id",
    "surname",
    "given_names",
    "father_name",
    "cnic",
    "passport_no",
    "passport_expiry",
    "birth_date",
    "sex",
    "phone",
    "trade",
    "destination",
    "destination_country",
    "employer",
    "visa_no",
    "channel",
    "oep_licence_no",
    "protector_no",
    "departure_date",
    "status",
    "office",
    "contingent",
    "remarks",
    "created_at",
    "updated_at",
    "visa_profession",
    "visa_country",
)
DATE_COLUMNS: Final = frozenset({"passport_expiry", "birth_date", "departure_date"})
# UTC moments as stored (2026-03-15T10:20:30Z).
TIME_COLUMNS: Final = frozenset({"created_at", "updated_at"})
BATCH_SIZE: Final = 2000
# What each column is read from; the others are the departure's own column of that name.
_SOURCES: Final = {
    "contingent": "(SELECT c.code FROM contingents c WHERE c.id = d.contingent_id)",
    "destination_country": "d.destination",  # the name is looked up below
}
_COUNTRY: Final = EXPORT_COLUMNS.index("destination_country")


def count_matching(db: Database, flt: RegisterFilter) -> int:
    """How many departures the filter matches, exactly (uncapped, unlike the register's)."""
    query = _build(db, flt)
    if query.nothing:
        return 0
    sql = f"SELECT count(*) FROM {query.sql_from}{query.clause()}"
    return int(db.conn.execute(sql, query.params).fetchone()[0])


def batches(
    db: Database, flt: RegisterFilter, *, size: int | None = None
) -> Iterator[list[tuple[Any, ...]]]:
    """The matching departures in rowid order, `size` rows at a time, in `EXPORT_COLUMNS` order.

    Each batch starts after the last rowid of the one before, so the walk over all batches
    reads the table (or the filter's index) once, however many batches there are.
    """
    size = size or BATCH_SIZE
    query = _build(db, flt)
    if query.nothing:
        return
    columns = ", ".join(_SOURCES.get(name, f"d.{name}") for name in EXPORT_COLUMNS)
    where = " AND ".join([*query.where, f"{query.rowid} > ?"])
    sql = (
        f"SELECT {query.rowid}, {columns} FROM {query.sql_from} WHERE {where} "
        f"ORDER BY {query.rowid} LIMIT ?"
    )
    last = -1
    while True:
        rows = db.conn.execute(sql, [*query.params, last, size]).fetchall()
        if not rows:
            return
        last = int(rows[-1][0])
        country = _COUNTRY + 1  # after the rowid
        yield [
            (*row[1:country], countries.name(row[country] or ""), *row[country + 1 :])
            for row in rows
        ]
        if len(rows) < size:
            return


def contingent_code(db: Database, contingent_id: str) -> str | None:
    """A contingent's code (`ISB-20240319-01`), '' when it has none yet, None when unknown."""
    row = db.conn.execute("SELECT code FROM contingents WHERE id = ?", (contingent_id,)).fetchone()
    return None if row is None else str(row[0] or "")


def contingent_id(db: Database, code: str) -> str | None:
    """The id of the contingent with this code (case as typed is ignored), or None."""
    row = db.conn.execute(
        "SELECT id FROM contingents WHERE code = ? COLLATE NOCASE", (code.strip(),)
    ).fetchone()
    return None if row is None else str(row[0])
