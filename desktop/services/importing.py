"""Importing candidate lists (CSV or XLSX): read, map columns, validate, then import.

Nothing is written until `commit`, which imports every valid row in one transaction or
nothing at all (also when cancelled). The rules are those of the form (`desktop.core.rules`).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from zipfile import BadZipFile

import sqlite_utils

from desktop.core import clock, rules
from desktop.core import contingent as contingent_rules
from desktop.core.departure import BULK_RECORDED_COLUMNS
from desktop.core.errors import Cancelled, RuleViolation, ValidationError
from desktop.core.importing import (
    REPORT_COLUMNS,
    ColumnMapping,
    RowResult,
    duplicates_within,
    guess_mapping,
    layout_key,
    map_columns,
    report_rows,
)
from desktop.core.roles import Action, Actor
from desktop.core.rules import Problem, Severity
from desktop.services.access import authorize
from desktop.services.bulk import collector_paused
from desktop.services.departures import validity_months
from desktop.services.session import record
from desktop.store import audit, departures, settings, write
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

    @property
    def name(self) -> str:
        return self.path.name


@collector_paused()
def read_source(path: Path) -> Source:
    """Read a CSV (any common delimiter, UTF-8 or Excel's UTF-8 with BOM) or an XLSX file.

    Raises:
        ValidationError: the file cannot be read, is empty, or is not CSV/XLSX.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"Cannot read {path.name}: {error.strerror}.", "file") from None
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        headers, rows = _read_xlsx(path, data)
    elif suffix in (".csv", ".txt"):
        headers, rows = _read_csv(path, data)
    else:
        raise ValidationError(f"{path.name}: import a .csv or .xlsx file.", "file")
    headers = [str(h).strip() if h is not None else "" for h in headers]
    if not any(headers):
        raise ValidationError(f"{path.name} has no header row with column names.", "file")
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    if suffix == ".xlsx":  # a 0 or a False in a cell is a value
        rows = [r for r in rows if any(c not in (None, "") for c in r)]
    else:  # all text: only empty cells are false
        rows = [r for r in rows if any(r)]
    if not rows:
        raise ValidationError(f"{path.name} has a header but no rows to import.", "file")
    return Source(path, headers, rows, digest)


def _read_csv(path: Path, data: bytes) -> tuple[list[str], list[list[Any]]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise ValidationError(f"{path.name} is not a text file.", "file")
    if "\x00" in text[:4096]:
        raise ValidationError(f"{path.name} is not a CSV text file.", "file")
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        headers = next(reader)
    except StopIteration:
        raise ValidationError(f"{path.name} is empty.", "file") from None
    except csv.Error as error:
        raise ValidationError(f"{path.name} is not valid CSV: {error}.", "file") from None
    try:
        return headers, list(reader)
    except csv.Error as error:
        raise ValidationError(
            f"{path.name} is not valid CSV near line {reader.line_num}: {error}.", "file"
        ) from None


def _read_xlsx(path: Path, data: bytes) -> tuple[list[str], list[list[Any]]]:
    import openpyxl  # noqa: PLC0415 - only spreadsheet imports pay for loading openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(
            f"{path.name} is not a readable Excel workbook ({error}).", "file"
        ) from None
    try:
        sheet = book.worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    if not rows:
        raise ValidationError(f"{path.name} has an empty first sheet.", "file")
    return [str(h) if h is not None else "" for h in rows[0]], rows[1:]


# -- mappings --------------------------------------------------------------------------------


def mapping_for(db: sqlite_utils.Database, source: Source) -> ColumnMapping:
    """The mapping remembered for lists laid out like this one, else a guess from the headers."""
    remembered = settings.get(db, f"import_mapping.{layout_key(source.headers)}")
    if remembered:
        try:
            return ColumnMapping.from_json(remembered, source.headers)
        except ValidationError:
            pass  # a remembered mapping that no longer fits: guess again
    return guess_mapping(source.headers)


def remember_mapping(db: sqlite_utils.Database, source: Source, mapping: ColumnMapping) -> None:
    with write(db):
        settings.put(db, f"import_mapping.{layout_key(source.headers)}", mapping.to_json())


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

    @property
    def valid(self) -> list[RowResult]:
        return [r for r in self.results if not r.refused]

    @property
    def refused(self) -> list[RowResult]:
        return [r for r in self.results if r.refused]

    @property
    def warnings(self) -> int:
        return sum(1 for r in self.valid for p in r.problems if p.severity is Severity.WARN)

    def summary(self) -> str:
        into = f" into {self.contingent_code}" if self.contingent_code else ""
        return (
            f"{self.source.name}: {len(self.results):,} rows — {len(self.valid):,} can be "
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
    db: sqlite_utils.Database,
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
        source, mapping, results, actor.office, contingent_id, contingent.code if contingent else ""
    )


def _contingent_problems(
    db: sqlite_utils.Database, results: Sequence[RowResult], contingent: contingent_rules.Contingent
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


@collector_paused()
def commit(
    db: sqlite_utils.Database,
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
    rows = [r.departure for r in report.valid]
    if not rows:
        return 0
    at = clock.utc_stamp()
    with write(db):
        known = departures.duplicates_many(
            db, (d.cnic for d in rows), (d.passport_no for d in rows)
        )
        if known:
            fresh = [
                p
                for d in rows
                if d.cnic in known or d.passport_no in known
                for p in rules.check_departure(
                    d,
                    today=clock.today(),
                    duplicates=known.get(d.cnic, []) + known.get(d.passport_no, []),
                )
                if p.code == "duplicate"
            ]
            if fresh:
                raise RuleViolation(fresh[:5])
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
