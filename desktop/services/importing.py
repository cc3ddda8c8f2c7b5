"""Importing candidate lists (CSV or XLSX): read, map columns, validate, then import.

Nothing is written until `commit`, which imports every valid row in one transaction or
nothing at all (also when cancelled). The rules are those of the form (`desktop.core.rules`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Final

from desktop.core import clock, rules
from desktop.core import contingent as contingent_rules
from desktop.core.departure import BULK_RECORDED_COLUMNS, RECORDED_COLUMNS
from desktop.core.errors import Cancelled, RuleViolation, ValidationError
from desktop.core.importing import (
    MAX_COLUMNS,
    MAX_ROWS,
    REPORT_COLUMNS,
    ColumnMapping,
    RowResult,
    check_headers,
    decode_list,
    duplicates_within,
    guess_delimiter,
    guess_mapping,
    layout_key,
    map_columns,
    one_line_ending,
    refuse_nul,
    report_rows,
    too_many_rows,
)
from desktop.core.roles import Action, Actor
from desktop.core.rules import Problem, Severity
from desktop.services.access import authorize
from desktop.services.audit_rows import record
from desktop.services.departures import validity_months
from desktop.services.gc_pause import collector_paused
from desktop.store import Database, audit, departures, office_settings, write
from desktop.store import contingents as contingent_rows

Progress = Callable[[int, int], None]
Stop = Callable[[], bool]
CHUNK = 5000


@dataclass(frozen=True)
class Source:
    """A list as read from its file: headers and rows of cell values."""

    path: Path
    headers: list[str]
    rows: list[list[Any]]
    sha256: str
    encoding: str = ""  # how a CSV list's text was decoded ("UTF-8", "Windows-1252", …)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def read_as(self) -> str:
        """What the file was read as, for the check report ("CSV, UTF-8")."""
        return f"CSV, {self.encoding}" if self.encoding else "Excel workbook"


@collector_paused()
def read_source(path: Path) -> Source:
    """Read a CSV (UTF-8, UTF-16 or Windows-1252; any common delimiter) or an XLSX file.

    Damaged and hostile files (entity bombs, zip bombs, truncated workbooks, NUL characters,
    lists too wide or too long) are refused with one message naming the file; nothing of
    such a file is ever stored.

    Raises:
        ValidationError: the file cannot be read, is empty, or is not a list.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"Cannot read {path.name}: {error.strerror}.", "file") from None
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    encoding = ""
    if suffix == ".xlsx":
        headers, rows = _read_xlsx(path, data)
    elif suffix in (".csv", ".txt"):
        headers, rows, encoding = _read_csv(path, data)
    else:
        raise ValidationError(f"{path.name}: import a .csv or .xlsx file.", "file")
    headers = [str(h).strip() if h is not None else "" for h in headers]
    while headers and not headers[-1]:  # empty cells after the last named column
        headers.pop()
    if not headers:
        raise ValidationError(f"{path.name} has no header row with column names.", "file")
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    check_headers(headers, path.name)
    width = len(headers)
    if suffix == ".xlsx":  # a 0 or a False in a cell is a value
        rows = [r[:width] for r in rows if any(c not in (None, "") for c in r[:width])]
    else:  # all text: only empty cells are false
        rows = [r[:width] for r in rows if any(r[:width])]
    if not rows:
        raise ValidationError(f"{path.name} has a header but no rows to import.", "file")
    if len(rows) > MAX_ROWS:
        raise too_many_rows(path.name)
    return Source(path, headers, rows, digest, encoding)


def _read_csv(path: Path, data: bytes) -> tuple[list[str], list[list[Any]], str]:
    text, encoding = decode_list(data, path.name)
    refuse_nul(text, path.name)
    text = one_line_ending(text)
    first_line = text[: text.find("\n")] if "\n" in text else text
    reader = csv.reader(io.StringIO(text), delimiter=guess_delimiter(first_line))
    try:
        headers = next(reader)
    except StopIteration:
        raise ValidationError(f"{path.name} is empty.", "file") from None
    except csv.Error as error:
        raise ValidationError(f"{path.name} is not valid CSV: {error}.", "file") from None
    _refuse_wide(headers, path.name)  # before reading on: each row may be as wide
    rows: list[list[Any]] = []
    try:
        for row in reader:
            if any(row):
                rows.append(row)
                if len(rows) > MAX_ROWS:
                    raise too_many_rows(path.name)
    except csv.Error as error:
        raise ValidationError(
            f"{path.name} is not valid CSV near line {reader.line_num}: {error}.", "file"
        ) from None
    return headers, rows, encoding


def _refuse_wide(headers: Sequence[Any], name: str) -> None:
    named = len(headers)
    while named and (headers[named - 1] is None or not str(headers[named - 1]).strip()):
        named -= 1
    if named > MAX_COLUMNS:
        check_headers(headers[:named], name)  # raises, naming the width


# What a workbook may unpack to: a 100,000-row list is about 60 MB of XML. More is a zip bomb.
MAX_UNPACKED = 256 * 2**20
# Cells or rows beyond the limits, seen in a sheet's XML before the workbook is parsed: the
# reader would lay out the whole rectangle up to the farthest cell (one cell at XFD1048576
# asks for half a terabyte and ends the program).
# One pass finds both: a column past IV (group 1) or a row number of six digits or more
# (group 2). It starts with a literal, which the engine finds ten times faster.
_FAR_CELL = re.compile(rb'r="(?:([A-Z]{3,}|I[W-Z]|[J-Z][A-Z])[0-9]|[A-Z]*([0-9]{6,})")')
# How a NUL reaches a cell: escaped (XML cannot hold it), or raw in a damaged file.
_NUL_MARKS = (b"_x0000_", b"\x00")


def _read_xlsx(path: Path, data: bytes) -> tuple[list[str], list[list[Any]]]:
    damaged = ValidationError(
        f"{path.name} is not a readable Excel workbook (damaged, or not a workbook): open it "
        "in Excel, save it again and import it again.",
        "file",
    )
    has_nul = _check_workbook_parts(path, data, damaged)
    from python_calamine import CalamineError, CalamineWorkbook  # noqa: PLC0415 - only here

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        if not book.sheet_names:
            raise ValidationError(f"{path.name} has no sheet.", "file")
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except CalamineError:
        raise damaged from None
    except BaseException as error:
        # The reader's own checks fail as a Rust panic (a BaseException): a damaged file.
        if type(error).__name__ != "PanicException":
            raise
        raise damaged from None
    if not rows:
        raise ValidationError(f"{path.name} has an empty first sheet.", "file")
    headers = ["" if h is None else str(h) for h in rows[0]]
    _refuse_wide(headers, path.name)
    body = rows[1:]
    for line, row in enumerate(body if has_nul else (), start=2):
        for column, cell in enumerate(row):
            if type(cell) is str and "\x00" in cell:
                where = headers[column] if column < len(headers) else f"column {column + 1}"
                raise ValidationError(
                    f"{path.name} holds a NUL character in line {line}, {where!r}: the cell is "
                    "damaged. Correct it and import the list again.",
                    "file",
                )
    return headers, body


def _check_workbook_parts(path: Path, data: bytes, damaged: ValidationError) -> bool:
    """Refuse a zip bomb or a sheet reaching past the limits, before the workbook is parsed.

    Returns:
        Whether a sheet or the shared texts may hold a NUL character.
    """
    has_nul = False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
            if sum(part.file_size for part in parts) > MAX_UNPACKED:
                raise ValidationError(
                    f"{path.name} unpacks to more than {MAX_UNPACKED // 2**20} MB, more than "
                    "any list: it is not imported.",
                    "file",
                )
            for part in parts:
                if part.filename == "xl/sharedStrings.xml":
                    texts = package.read(part)
                    has_nul = has_nul or any(mark in texts for mark in _NUL_MARKS)
                if not part.filename.startswith("xl/worksheets/"):
                    continue
                xml = package.read(part)  # checks the part's size and CRC as it reads
                has_nul = has_nul or any(mark in xml for mark in _NUL_MARKS)
                for column, row in _FAR_CELL.findall(xml):
                    if column:
                        raise ValidationError(
                            f"{path.name} has cells beyond column IV; a list may have at most "
                            f"{MAX_COLUMNS} columns. Remove the others and import it again.",
                            "file",
                        )
                    if int(row) > MAX_ROWS + 1:
                        raise too_many_rows(path.name)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise damaged from None
    return has_nul


# -- mappings --------------------------------------------------------------------------------


def mapping_for(db: Database, source: Source) -> ColumnMapping:
    """The mapping remembered for lists laid out like this one, else a guess from the headers."""
    remembered = office_settings.stored(db, f"import_mapping.{layout_key(source.headers)}") or ""
    if remembered:
        try:
            return ColumnMapping.from_json(remembered, source.headers)
        except ValidationError:
            pass  # a remembered mapping that no longer fits: guess again
    return guess_mapping(source.headers)


def remember_mapping(db: Database, source: Source, mapping: ColumnMapping) -> None:
    with write(db):
        office_settings.put(db, f"import_mapping.{layout_key(source.headers)}", mapping.to_json())


# -- validation --------------------------------------------------------------------------------


@dataclass
class ImportReport:
    """Every row's problems, before anything is written."""

    source: Source
    mapping: ColumnMapping
    results: list[RowResult]
    office: str
    contingent_id: str | None = None
    contingent_code: str = ""
    checked_at: str = field(default_factory=clock.utc_stamp)
    # The audit log's last row when the check began: if no record changed after it, the
    # import need not look for new duplicates again.
    audit_mark: int | None = None

    @cached_property  # a report's results do not change once checked
    def valid(self) -> list[RowResult]:
        return [r for r in self.results if not r.refused]

    @cached_property
    def refused(self) -> list[RowResult]:
        return [r for r in self.results if r.refused]

    @cached_property
    def warnings(self) -> int:
        return sum(1 for r in self.valid for p in r.problems if p.severity is Severity.WARN)

    def summary(self) -> str:
        into = f" into {self.contingent_code}" if self.contingent_code else ""
        return (
            f"{self.source.name} (read as {self.source.read_as}): {len(self.results):,} rows — "
            f"{len(self.valid):,} can be "
            f"imported{into}, {len(self.refused):,} refused, {self.warnings:,} warnings."
        )

    def save_csv(self, path: Path) -> None:
        """The problems, one line each, for whoever prepared the list."""
        partial = path.with_name(path.name + ".partial")
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(REPORT_COLUMNS)
            writer.writerows(report_rows(self.results))
        partial.replace(path)


@collector_paused()
def validate(
    db: Database,
    actor: Actor,
    source: Source,
    mapping: ColumnMapping,
    *,
    contingent_id: str | None = None,
    progress: Progress | None = None,
    cancelled: Stop | None = None,
) -> ImportReport:
    """Check every row as the form would, plus duplicates within the list and against the
    register; writes nothing.

    Raises:
        PermissionDenied, ValidationError (a mapping that leaves required fields empty),
        Cancelled.
    """
    authorize(db, actor, Action.IMPORT_LIST)
    mapping.check(source.headers)
    missing = mapping.missing_required()
    if missing:
        raise ValidationError(
            "No column or default gives " + ", ".join(missing) + ": map a column or set a value "
            "for every row.",
            "mapping",
        )
    mark = audit.last_id(db)
    contingent = None
    if contingent_id:
        contingent = contingent_rows.get(db, contingent_id)
        if contingent is None or contingent.status != contingent_rules.OPEN:
            refusal = "Import into an open contingent only."
            record(db, user=actor.name, action="refused", entity="contingent",
                   entity_id=contingent_id, reason=refusal)  # fmt: skip
            raise ValidationError(refusal, "contingent")
    columns = map_columns(source.headers, source.rows, mapping)
    today = clock.today()
    months: dict[str, int] = {}  # destination -> validity months, read once per check

    def validity(destination: str) -> int:
        if destination not in months:
            months[destination] = validity_months(db, destination)
        return months[destination]

    results: list[RowResult] = []
    total = len(source.rows)
    for start in range(0, total, CHUNK):
        if cancelled and cancelled():
            raise Cancelled("The check was cancelled; nothing was imported.")
        end = min(start + CHUNK, total)
        chunk = {name: cells[start:end] for name, cells in columns.items()}
        read = rules.read_departures(chunk, end - start, office=actor.office)
        known = departures.duplicates_many(
            db, (d.cnic for d, _ in read), (d.passport_no for d, _ in read)
        )
        for offset, (departure, unreadable) in enumerate(read):
            problems = unreadable
            if not unreadable:
                candidates = known.get(departure.cnic, []) + [
                    c for c in known.get(departure.passport_no, []) if c.cnic != departure.cnic
                ]
                problems = rules.check_departure(
                    departure,
                    today=today,
                    duplicates=candidates,
                    validity_months=validity(departure.destination),
                )
            results.append(RowResult(start + offset + 2, departure, problems))
        if progress:
            progress(end, total)
    duplicates_within(results)
    if contingent is not None:
        _contingent_problems(db, results, contingent)
    return ImportReport(
        source,
        mapping,
        results,
        actor.office,
        contingent_id,
        contingent.code if contingent else "",
        audit_mark=mark,
    )


def _contingent_problems(
    db: Database, results: Sequence[RowResult], contingent: contingent_rules.Contingent
) -> None:
    members = contingent_rows.member_count(db, contingent.id)
    capacity_warned = False  # one warning, on the first row past capacity
    for result in results:
        if result.refused:
            continue
        members += 1
        for found in contingent_rules.joining_problems(
            result.departure, contingent, other_open_code=None, members_after=members
        ):
            problem = found
            if found.severity is Severity.OVERRIDE:  # no overrides in a bulk import
                problem = Problem(
                    found.field,
                    Severity.BLOCK,
                    found.code,
                    f"{found.message} Fix the list or import it without the contingent.",
                )
            if problem.code == "contingent.capacity":
                if capacity_warned:
                    continue
                capacity_warned = True
            result.problems.append(problem)


# -- writing -------------------------------------------------------------------------------------


class ListChanged(RuleViolation):
    """Rows became duplicates between the check and the import: nothing was imported."""

    def __init__(self, found: Sequence[tuple[int, Problem]]) -> None:
        super().__init__([p for _, p in found[:5]])
        first: dict[int, Problem] = {}
        for line, problem in found:
            first.setdefault(line, problem)
        shown = "; ".join(f"line {line}: {p.text}" for line, p in list(first.items())[:3])
        more = f" and {len(first) - 3:,} more lines" if len(first) > 3 else ""
        self.args = (
            f"Nothing was imported: {len(first):,} of these people were recorded since the "
            f"check ({shown}{more}). Go back and check the list again.",
        )

    def __str__(self) -> str:
        return str(self.args[0])


@collector_paused()
def commit(
    db: Database,
    actor: Actor,
    report: ImportReport,
    *,
    progress: Progress | None = None,
    cancelled: Stop | None = None,
) -> int:
    """Import the report's valid rows in one transaction; returns how many.

    Duplicates against the register are checked again inside the transaction, in case
    someone recorded one of these people since the check.

    Raises:
        PermissionDenied, RuleViolation (a row became a duplicate meanwhile), Cancelled.
    """
    authorize(db, actor, Action.IMPORT_LIST)
    valid = report.valid
    rows = [r.departure for r in valid]
    if not rows:
        return 0
    at = clock.utc_stamp()
    with write(db):
        # Other desks' saves wait while the list's people are checked again and stored.
        departures.hold_all_keys(db)
        if report.contingent_id:
            contingent_rows.hold(db, report.contingent_id)
            contingent = contingent_rows.get(db, report.contingent_id)
            if contingent is None or contingent.status != contingent_rules.OPEN:
                raise ValidationError(
                    f"Nothing was imported: {report.contingent_code} was finalized or removed "
                    "since the check. Go back and choose an open contingent.",
                    "contingent",
                )
        known: dict[str, list[rules.DuplicateCandidate]] = {}
        if report.audit_mark is None or audit.records_changed_since(db, report.audit_mark):
            # Someone changed records since the check: look for new duplicates again.
            known = departures.duplicates_many(
                db, (d.cnic for d in rows), (d.passport_no for d in rows)
            )
        if known:
            fresh = [
                (result.line, p)
                for result in valid
                if result.departure.cnic in known or result.departure.passport_no in known
                for p in rules.check_departure(
                    result.departure,
                    today=clock.today(),
                    duplicates=known.get(result.departure.cnic, [])
                    + known.get(result.departure.passport_no, []),
                )
                if p.code == "duplicate"
            ]
            if fresh:
                raise ListChanged(fresh)
        # One progress bar over the three steps that take time: staging the rows, storing
        # them with their indexes, writing their audit rows (then the commit, a moment).
        staged = departures.stage(
            db,
            rows,
            contingent_id=report.contingent_id,
            progress=_step(progress, 0),
            cancelled=cancelled,
        )
        created = audit.CreatedRows(
            db,
            staged.columns,
            at=at,
            user=actor.name,
            reason=f"import of {report.source.name}",
            columns=BULK_RECORDED_COLUMNS,
            hashed=RECORDED_COLUMNS,
        )
        departures.insert_staged(
            db,
            staged,
            user=actor.name,
            at=at,
            alongside=created.make,
            progress=_step(progress, 1),
            cancelled=cancelled,
        )
        created.write(db, progress=_step(progress, 2), cancelled=cancelled)
        audit.append(
            db,
            at=at,
            user=actor.name,
            action="import",
            entity="list",
            entity_id=report.source.sha256,
            after={
                "file": report.source.name,
                "sha256": report.source.sha256,
                "rows": len(report.results),
                "imported": len(rows),
                "refused": len(report.refused),
                "contingent": report.contingent_code,
            },
            reason=f"{report.warnings} warnings acknowledged by importing"
            if report.warnings
            else "",
        )
    return len(rows)


_STEPS: Final = 3


def _step(progress: Progress | None, index: int) -> Progress | None:
    """Progress of one step of an import, told as part of the whole."""
    if progress is None:
        return None

    def told(done: int, total: int) -> None:
        progress(index * total + done, _STEPS * total)

    return told
