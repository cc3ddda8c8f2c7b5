"""The departures register: filtered, sorted pages of a list that may hold millions of rows.

Nothing here reads the whole table. Counts are exact where an index makes them cheap and capped
elsewhere; pages of the unfiltered list are a window of rowids (departures are never deleted,
so rowids are dense), and other pages walk an index, never the table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Final

from desktop.core.search import Kind, Term, classify, fts_query
from desktop.store.engine import Database, is_server

COUNT_CAP: Final = 10_000

# What a register row holds, named as the stored columns (contingent_code: the contingent's).
COLUMNS: Final = (
    "id",
    "surname",
    "given_names",
    "father_name",
    "cnic",
    "passport_no",
    "trade",
    "destination",
    "departure_date",
    "contingent_id",
    "contingent_code",
    "status",
    "office",
)
_SELECT: Final = (
    "d.id, d.surname, d.given_names, d.father_name, d.cnic, d.passport_no, "
    "d.trade, d.destination, d.departure_date, d.contingent_id, "
    "(SELECT c.code FROM contingents c WHERE c.id = d.contingent_id), d.status, d.office"
)
# List column -> the ORDER BY that an index answers.
SORTABLE: Final = {
    "name": ("d.surname", "d.given_names"),
    "cnic": ("d.cnic",),
    "passport_no": ("d.passport_no",),
    "departure_date": ("d.departure_date",),
    "status": ("d.status",),
}


@dataclass(frozen=True)
class RegisterFilter:
    """What the filter bar asks for; empty values do not filter."""

    text: str = ""
    status: str = ""
    destination: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    office: str = ""
    contingent_id: str = ""

    @property
    def term(self) -> Term:
        return classify(self.text)


@dataclass(frozen=True)
class Sort:
    """A list column and direction; the empty column means "newest first"."""

    column: str = ""
    descending: bool = False


@dataclass(frozen=True)
class Count:
    """How many rows match: exact, or at least `value` when `capped`."""

    value: int
    capped: bool = False

    def __str__(self) -> str:
        return f"{self.value:,}+" if self.capped else f"{self.value:,}"


@dataclass
class _Query:
    sql_from: str
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    rowid: str = "d.rowid"
    nothing: bool = False  # the text can match nobody
    # What counting needs, when less than `sql_from` (the server's name keys alone).
    count_from: str = ""

    def clause(self) -> str:
        return (" WHERE " + " AND ".join(self.where)) if self.where else ""


def _build(db: Database, flt: RegisterFilter) -> _Query:
    term = flt.term
    query = _Query("departures d")
    if term.kind is Kind.NAME:
        if not term.words:
            query.nothing = True
        if is_server(db):
            _name_keys(query, term.words)
        else:
            query.sql_from = "departures_fts f JOIN departures d ON d.rowid = f.rowid"
            query.where.append("departures_fts MATCH ?")
            query.params.append(fts_query(term.words))
            query.rowid = "f.rowid"
    elif term.kind is Kind.CNIC:
        query.where.append("d.cnic >= ? AND d.cnic < ?")
        query.params += [term.value, term.value + "~"]
    elif term.kind is Kind.PASSPORT:
        query.where.append("d.passport_no >= ? AND d.passport_no < ?")
        query.params += [term.value, term.value + "~"]
    for column, value in (
        ("d.status", flt.status),
        ("d.destination", flt.destination),
        ("d.office", flt.office),
        ("d.contingent_id", flt.contingent_id),
    ):
        if value:
            query.where.append(f"{column} = ?")
            query.params.append(value)
    if flt.date_from:
        query.where.append("d.departure_date >= ?")
        query.params.append(flt.date_from.isoformat())
    if flt.date_to:
        query.where.append("d.departure_date <= ?")
        query.params.append(flt.date_to.isoformat())
    if query.rowid == "k.departure" and not any("d." in part for part in query.where):
        query.count_from = "departure_name_keys k"  # the keys' index alone answers the count
    return query


def _name_keys(query: _Query, words: tuple[str, ...]) -> None:
    """Name prefixes on the office server, as FTS5's prefix queries on a file: every word must
    begin a word of the person's names. Each word's first three letters are a key of
    `departure_name_keys`; the word with the longest key (the fewest people) drives, the others
    are probed per row, and words longer than their key also probe the whole words of the names
    (keys too, from server step 0004)."""
    parts = sorted(
        {part.lower() for word in words for part in word.split("_") if part},
        key=lambda part: (-len(part[:3]), -len(part), part),
    )
    if not parts:
        query.nothing = True
        return
    driving, *others = parts
    query.sql_from = "departure_name_keys k JOIN departures d ON d.rowid = k.departure"
    query.rowid = "k.departure"
    query.where.append("k.key = ?")
    query.params.append(driving[:3])
    for part in others:
        query.where.append(
            "EXISTS (SELECT 1 FROM departure_name_keys k2 WHERE k2.key = ? "
            "AND k2.departure = k.departure)"
        )
        query.params.append(part[:3])
    for part in parts:
        if len(part) > 3:  # a whole word of the names begins with it (see server step 0004)
            query.where.append(
                "EXISTS (SELECT 1 FROM departure_name_keys k3 WHERE k3.departure = k.departure "
                "AND k3.key >= ? AND k3.key < ?)"
            )
            query.params += [part, part[:-1] + chr(ord(part[-1]) + 1)]


def _exact_is_cheap(flt: RegisterFilter) -> bool:
    """Counting is an index walk (or the table's own count) only for these filters."""
    return not (flt.text or flt.destination or flt.date_from or flt.date_to) and not (
        flt.status and flt.office
    )


def count(db: Database, flt: RegisterFilter, *, cap: int = COUNT_CAP) -> Count:
    """How many departures match, exact where an index makes it cheap, else capped at `cap`."""
    query = _build(db, flt)
    if query.nothing:
        return Count(0)
    if _exact_is_cheap(flt):
        sql = f"SELECT count(*) FROM {query.sql_from}{query.clause()}"
        return Count(int(db.conn.execute(sql, query.params).fetchone()[0]))
    counted = query.count_from or query.sql_from
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {counted}{query.clause()} LIMIT ?) AS found"
    found = int(db.conn.execute(sql, [*query.params, cap + 1]).fetchone()[0])
    return Count(min(found, cap), capped=found > cap)


def _order(flt: RegisterFilter, sort: Sort, query: _Query) -> str:
    direction = "DESC" if sort.descending else "ASC"
    if sort.column in SORTABLE:
        keys = [*SORTABLE[sort.column], "d.rowid"]
        return ", ".join(f"{key} {direction}" for key in keys)
    # No column chosen: a CNIC or passport search reads its own index in order; anything
    # else shows the newest departures first.
    term = flt.term
    if term.kind is Kind.CNIC:
        return "d.cnic, d.rowid"
    if term.kind is Kind.PASSPORT:
        return "d.passport_no, d.rowid"
    return f"{query.rowid} DESC"


@dataclass(frozen=True)
class Window:
    """The unfiltered list's rowid range, when rowids are dense (the usual case)."""

    low: int
    high: int


def rowid_window(db: Database, total: int) -> Window | None:
    """The rowid range if it holds exactly `total` rows, so that row n is rowid high - n."""
    # Two statements: SQLite answers min() or max() from the b-tree's edge, but not both at once.
    (low,) = db.conn.execute("SELECT min(rowid) FROM departures").fetchone()
    (high,) = db.conn.execute("SELECT max(rowid) FROM departures").fetchone()
    if low is None or high - low + 1 != total:
        return None
    return Window(int(low), int(high))


def page(
    db: Database,
    flt: RegisterFilter,
    sort: Sort,
    offset: int,
    limit: int,
    *,
    window: Window | None = None,
) -> list[tuple[Any, ...]]:
    """Rows `offset` to `offset + limit` of the list, as tuples in `COLUMNS` order.

    Args:
        window: for the unfiltered list in its default order, the dense rowid range from
            `rowid_window`; page n is then a direct rowid range, as fast at the end as at the top.
    """
    query = _build(db, flt)
    if query.nothing or limit <= 0:
        return []
    if window is not None and not sort.column and flt == RegisterFilter():
        top = window.high - offset
        sql = (
            f"SELECT {_SELECT} FROM departures d WHERE d.rowid <= ? AND d.rowid > ? "
            "ORDER BY d.rowid DESC"
        )
        return db.conn.execute(sql, (top, top - limit)).fetchall()
    order = _order(flt, sort, query)
    if offset and sort.column in SORTABLE and not query.where:
        # Deep pages of a sorted list: skip through the narrow index, not the wide table.
        sql = (
            f"SELECT {_SELECT} FROM departures d WHERE d.rowid IN ("
            f"SELECT d.rowid FROM departures d ORDER BY {order} LIMIT ? OFFSET ?) "
            f"ORDER BY {order}"
        )
        return db.conn.execute(sql, (limit, offset)).fetchall()
    sql = (
        f"SELECT {_SELECT} FROM {query.sql_from}{query.clause()} ORDER BY {order} LIMIT ? OFFSET ?"
    )
    return db.conn.execute(sql, [*query.params, limit, offset]).fetchall()


def search(db: Database, text: str, *, limit: int = 100) -> list[dict[str, Any]]:
    """The search box's first results for a text, as dicts keyed by column name."""
    rows = page(db, RegisterFilter(text=text), Sort(), 0, limit)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


@dataclass(frozen=True)
class Answer:
    """What the list needs to show a query: its count, its rowid window, its first page."""

    count: Count
    window: Window | None
    rows: list[tuple[Any, ...]]


def first_answer(db: Database, flt: RegisterFilter, sort: Sort, page_size: int) -> Answer:
    """Count a query and read its first page: what each keystroke in the search box costs."""
    found = count(db, flt)
    window = None
    if flt == RegisterFilter() and not sort.column:
        window = rowid_window(db, found.value)
    return Answer(found, window, page(db, flt, sort, 0, page_size, window=window))
