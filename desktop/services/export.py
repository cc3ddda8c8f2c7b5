"""Exporting departures to CSV or XLSX: the register as filtered, or one contingent.

The file is written beside its target under a temporary name and renamed when complete, in the
same transaction as its audit row: a cancelled or failed export leaves no half file and no
audit row, and every file that exists was audited (who, which filter, how many rows).
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from desktop.core import clock
from desktop.core.errors import Cancelled, NotFound, RawangiError, ValidationError
from desktop.core.roles import Action, Actor
from desktop.core.spreadsheet import csv_cell, xlsx_text
from desktop.services.access import authorize
from desktop.store import Database, audit, export_rows, write
from desktop.store.export_rows import DATE_COLUMNS, EXPORT_COLUMNS, TIME_COLUMNS
from desktop.store.register import RegisterFilter

FORMATS: Final = {".csv": "csv", ".xlsx": "xlsx"}
ENTITY: Final = "departures"
# Excel's rows per sheet, less the header row; more departures continue on a next sheet.
XLSX_ROWS_PER_SHEET = 1_048_575
# Column widths in the XLSX (characters); the others get the default.
_WIDTHS: Final = {"id": 38, "surname": 18, "given_names": 22, "father_name": 26, "cnic": 16,
                  "passport_no": 12, "phone": 15, "trade": 18, "employer": 26,
                  "protector_no": 20, "remarks": 30, "created_at": 19,
                  "updated_at": 19, "destination_country": 22,
                  "contingent": 17}  # fmt: skip

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ExportCancelled(Cancelled):
    """The person cancelled the export; no file was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Export cancelled; {path.name} was not written.")


def export_format(path: Path) -> str:
    """'csv' or 'xlsx', from the file name's extension.

    Raises:
        ValidationError: any other extension.
    """
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise ValidationError(
            f"{path.name}: an export is a .csv or .xlsx file; "
            "choose a file name that ends in one of these.",
            "out",
        )
    return found


def filter_fields(flt: RegisterFilter) -> dict[str, str]:
    """The filter's non-empty fields, as the audit row records them."""
    fields: dict[str, str] = {}
    for name, value in vars(flt).items():
        if isinstance(value, dt.date):
            fields[name] = value.isoformat()
        elif value:
            fields[name] = str(value)
    return fields


def export_register(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write every departure the register's filter matches to a CSV or XLSX file.

    Args:
        flt: the register's filter (the search box's text, status, destination, dates, …).
        path: the file to write, ending in .csv or .xlsx; an existing file is replaced.
        progress: called as `progress(done, total)` after each batch of rows.
        cancelled: asked before each batch; True stops the export, writing nothing.

    Returns:
        How many departures were written.

    Raises:
        ValidationError: not a .csv or .xlsx name. PermissionDenied. ExportCancelled.
        RawangiError: the folder is missing, not writable, or full (nothing was written).
    """
    return _export(db, actor, flt, Path(path), progress=progress, cancelled=cancelled)


def export_contingent(
    db: Database,
    actor: Actor,
    contingent_id: str,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the people of one contingent to a CSV or XLSX file (as `export_register`).

    Raises:
        NotFound: no such contingent. And what `export_register` raises.
    """
    code = export_rows.contingent_code(db, contingent_id)
    if code is None:
        raise NotFound("This contingent no longer exists; nothing was exported.")
    flt = RegisterFilter(contingent_id=contingent_id)
    return _export(
        db,
        actor,
        flt,
        Path(path),
        details={"contingent": code},
        progress=progress,
        cancelled=cancelled,
    )


def _export(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    path: Path,
    *,
    details: dict[str, str] | None = None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> int:
    file_format = export_format(path)
    authorize(db, actor, Action.EXPORT_DATA)
    if not path.parent.is_dir():
        raise RawangiError(
            f"The folder {path.parent} does not exist; choose another place for {path.name}."
        )
    total = export_rows.count_matching(db, flt)
    steps = _Steps(db, flt, path, total, progress, cancelled)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    except OSError as error:
        raise _file_error(error, path) from error
    os.close(handle)
    partial = Path(name)
    try:
        write_file = _write_csv if file_format == "csv" else _write_xlsx
        written = write_file(steps, partial)
        with write(db):
            audit.append(
                db,
                at=clock.utc_stamp(),
                user=actor.name,
                action="export",
                entity=ENTITY,
                after={
                    "file": path.name,
                    "format": file_format,
                    "filter": {**filter_fields(flt), **(details or {})},
                    "rows": written,
                },
            )
            # Renamed inside the transaction: no audit row without its file, nor the reverse.
            os.replace(partial, path)
    except OSError as error:
        raise _file_error(error, path) from error
    finally:
        partial.unlink(missing_ok=True)
    return written


@dataclass
class _Steps:
    """The batches of an export, with its progress reports and cancel checks."""

    db: Database
    flt: RegisterFilter
    path: Path
    total: int
    progress: Progress | None
    cancelled: IsCancelled | None
    done: int = 0

    def __iter__(self) -> Iterator[list[tuple[Any, ...]]]:
        self._check()
        if self.progress:
            self.progress(0, self.total)
        for batch in export_rows.batches(self.db, self.flt):
            self._check()
            yield batch
            self.done += len(batch)
            # Rows recorded meanwhile may make more than were counted.
            self.total = max(self.total, self.done)
            if self.progress:
                self.progress(self.done, self.total)
        self._check()

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(self.path)


def _write_csv(steps: _Steps, target: Path) -> int:
    # UTF-8 with a byte-order mark: without it Excel reads the file in the PC's code page.
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(EXPORT_COLUMNS)
        for batch in steps:
            writer.writerows([csv_cell(value) for value in row] for row in batch)
    return steps.done


def _write_xlsx(steps: _Steps, target: Path) -> int:
    # XlsxWriter's constant-memory mode writes each row out as it comes, about three times as
    # fast as openpyxl; its own temporary files go into a folder of ours, removed in any case.
    import xlsxwriter

    with tempfile.TemporaryDirectory(prefix="rawangi-export-") as scratch:
        workbook = xlsxwriter.Workbook(
            str(target),
            {
                "constant_memory": True,
                "tmpdir": scratch,
                # Text stays text: never a formula, a link or a number.
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        try:
            _fill_workbook(workbook, steps)
            workbook.close()
        except BaseException:
            for sheet in workbook.worksheets():
                sheet._opt_close()  # its temporary file, before the folder is removed
            raise
    return steps.done


def _fill_workbook(workbook: Any, steps: _Steps) -> None:
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    # (column, how its stored text becomes a date or time, that cell's format)
    dated = [
        (index, _date, day) if name in DATE_COLUMNS else (index, _local_time, moment)
        for index, name in enumerate(EXPORT_COLUMNS)
        if name in DATE_COLUMNS or name in TIME_COLUMNS
    ]
    texts = [
        index
        for index, name in enumerate(EXPORT_COLUMNS)
        if name not in DATE_COLUMNS and name not in TIME_COLUMNS
    ]
    sheet, row_number = _new_sheet(workbook, 1, bold), 1
    for batch in steps:
        for row in batch:
            if row_number > XLSX_ROWS_PER_SHEET:
                sheet = _new_sheet(workbook, len(workbook.worksheets()) + 1, bold)
                row_number = 1
            for column in texts:
                value = row[column]
                if value is None or value == "":
                    continue  # an empty cell: nothing is written
                if isinstance(value, str):
                    # Only unprintable text can hold what XML cannot (the cheap test first).
                    text = value if value.isprintable() else xlsx_text(value)
                    sheet.write_string(row_number, column, text)
                else:
                    sheet.write_number(row_number, column, value)
            for column, convert, shown_as in dated:
                value = row[column]
                if not value:
                    continue
                when = convert(value)
                if when is None:  # not a date after all: kept as the text it is, never lost
                    sheet.write_string(row_number, column, xlsx_text(str(value)))
                else:
                    sheet.write_datetime(row_number, column, when, shown_as)
            row_number += 1


def _new_sheet(workbook: Any, number: int, bold: Any) -> Any:
    sheet = workbook.add_worksheet("Departures" if number == 1 else f"Departures {number}")
    for index, name in enumerate(EXPORT_COLUMNS):
        sheet.set_column(index, index, _WIDTHS.get(name, 13))
    sheet.freeze_panes(1, 0)
    for index, name in enumerate(EXPORT_COLUMNS):
        sheet.write_string(0, index, name, bold)
    return sheet


def _date(value: object) -> dt.date | None:
    """A stored ISO date; None when it is not one (then it is written as text, never lost)."""
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _local_time(value: object) -> dt.datetime | None:
    """A stored UTC moment in this computer's time (a spreadsheet's times have no zone)."""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().replace(tzinfo=None)


def _file_error(error: OSError, path: Path) -> RawangiError:
    if error.errno == errno.ENOSPC:
        return RawangiError(
            f"The disk holding {path} is full; the export was not written. "
            "Free some space or choose another drive."
        )
    if isinstance(error, PermissionError):
        return RawangiError(
            f"{path} cannot be written ({error.strerror}); nothing was exported. "
            "Close it if a spreadsheet has it open, or choose another folder."
        )
    return RawangiError(f"{path} cannot be written ({error.strerror}); nothing was exported.")
