"""Exporting departures to CSV or XLSX: the register as filtered, or one contingent.

The file is written beside its target under a temporary name and renamed when complete, in the
same transaction as its audit row: a cancelled or failed export leaves no half file and no
audit row, and every file that exists was audited (who, which filter, how many rows).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import sqlite_utils

from desktop.core import clock
from desktop.core.errors import Cancelled, NotFound, RawangiError, ValidationError
from desktop.core.roles import Action, Actor
from desktop.core.spreadsheet import csv_cell, xlsx_text
from desktop.services.access import authorize
from desktop.store import audit, export_rows, write
from desktop.store.export_rows import DATE_COLUMNS, EXPORT_COLUMNS
from desktop.store.register import RegisterFilter

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMATS: Final = {".csv": "csv", ".xlsx": "xlsx"}
ENTITY: Final = "departures"
# Excel's rows per sheet, less the header row; more departures continue on a next sheet.
XLSX_ROWS_PER_SHEET = 1_048_575
# Column widths in the XLSX (characters); the others get the default.
_WIDTHS: Final = {"id": 38, "surname": 18, "given_names": 22, "father_name": 26, "cnic": 16,
                  "passport_no": 12, "phone": 15, "trade": 18, "employer": 26,
                  "protector_no": 20, "remarks": 30, "created_at": 21,
                  "updated_at": 21}  # fmt: skip

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
    db: sqlite_utils.Database,
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
    db: sqlite_utils.Database,
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
    db: sqlite_utils.Database,
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

    db: sqlite_utils.Database
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
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = _new_sheet(workbook, 1)
    in_sheet = 0
    convert = [_date_or_text if name in DATE_COLUMNS else _xlsx_value for name in EXPORT_COLUMNS]
    try:
        for batch in steps:
            for row in batch:
                if in_sheet == XLSX_ROWS_PER_SHEET:
                    sheet = _new_sheet(workbook, len(workbook.worksheets) + 1)
                    in_sheet = 0
                sheet.append(
                    [to_cell(sheet, value) for to_cell, value in zip(convert, row, strict=True)]
                )
                in_sheet += 1
    except BaseException:
        _discard(workbook)
        raise
    workbook.save(target)
    return steps.done


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _discard(workbook: Workbook) -> None:
    """Close and remove the sheets' temporary files: they hold personal data."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(OSError):  # the export's own error is the one to report
            if not sheet.closed:
                sheet.close()
            if sheet._writer is not None:
                sheet._writer.cleanup()


def _new_sheet(workbook: Workbook, number: int) -> Any:
    sheet = workbook.create_sheet("Departures" if number == 1 else f"Departures {number}")
    for index, name in enumerate(EXPORT_COLUMNS, start=1):
        sheet.column_dimensions[_column_letter(index)].width = _WIDTHS.get(name, 13)
    sheet.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    header = []
    for name in EXPORT_COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    return sheet


def _xlsx_value(sheet: Any, value: Any) -> Any:
    """Numbers stay numbers; text stays text, even text that looks like a formula."""
    if not isinstance(value, str):
        return value
    if not value:
        return None  # an empty cell, not an empty text: openpyxl writes nothing (faster)
    text = xlsx_text(value)
    # openpyxl would store "=…" as a formula and "#N/A" and the like as an error value.
    if text.startswith(("=", "#")):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def _date_or_text(sheet: Any, value: Any) -> Any:
    """A stored ISO date as a date cell; anything unreadable as text (never lost)."""
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return _xlsx_value(sheet, value)


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
