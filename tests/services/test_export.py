"""Exports: every stored column, formulas never run, CNIC and +92 phones exactly as stored,
audited, and nothing left behind when cancelled or failed."""

import csv
import datetime as dt
import json
import tempfile
import time

import openpyxl
import pytest

from desktop import services
from desktop.core.errors import RawangiError, ValidationError
from desktop.services import demo, export
from desktop.store import export_rows
from desktop.store.export_rows import EXPORT_COLUMNS
from desktop.store.register import RegisterFilter
from tests.factories import person

FORMULA = '=HYPERLINK("http://evil.example","Click")'


@pytest.fixture
def recorded(db, clerk):
    """Three departures; the first one's remarks and employer look like formulas."""
    people = [
        person(remarks=FORMULA, employer="@SUM(A1:A9)"),
        person(
            surname="Ahmed",
            cnic="35202-7654321-3",
            passport_no="AB7654321",
            phone="+92 333 7654321",
            destination="AE",
            remarks="#N/A",
            employer="-2+3+cmd|' /C calc'!A0",
        ),
        person(
            surname="Bibi",
            given_names="Sana",
            sex="F",
            cnic="42101-1111111-2",
            passport_no="CD1111111",
            destination="QA",
            remarks="-12.5",
        ),
    ]
    return [services.record_departure(db, clerk, values) for values in people]


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def sheet_rows(path):
    workbook = openpyxl.load_workbook(path)
    return workbook, [list(row) for row in workbook.active.iter_rows()]


def export_audit(db):
    rows = db.conn.execute(
        "SELECT user, entity, after FROM audit WHERE action = 'export' ORDER BY id"
    ).fetchall()
    return [(user, entity, json.loads(after)) for user, entity, after in rows]


def test_csv_has_every_stored_column_and_neutralizes_formulas(db, clerk, recorded, tmp_path):
    target = tmp_path / "departures.csv"

    written = export.export_register(db, clerk, RegisterFilter(), target)

    assert written == 3
    header, *rows = read_csv(target)
    assert tuple(header) == EXPORT_COLUMNS
    by_cnic = {row[header.index("cnic")]: dict(zip(header, row, strict=True)) for row in rows}
    khan = by_cnic["35202-1234567-1"]
    assert khan["phone"] == "+923001234567"
    assert khan["remarks"] == "'" + FORMULA
    assert khan["employer"] == "'@SUM(A1:A9)"
    assert khan["departure_date"] == "2026-03-15"
    assert khan["id"] == recorded[0].id
    ahmed = by_cnic["35202-7654321-3"]
    assert ahmed["phone"] == "+923337654321"
    assert ahmed["employer"] == "'-2+3+cmd|' /C calc'!A0"
    assert ahmed["remarks"] == "#N/A"
    assert by_cnic["42101-1111111-2"]["remarks"] == "-12.5"


def test_csv_opens_in_excel_as_utf8(db, clerk, recorded, tmp_path):
    target = tmp_path / "departures.csv"
    export.export_register(db, clerk, RegisterFilter(), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,surname,")


def test_xlsx_stores_text_as_text_and_dates_as_dates(db, clerk, recorded, tmp_path):
    target = tmp_path / "departures.xlsx"

    assert export.export_register(db, clerk, RegisterFilter(), target) == 3

    workbook, rows = sheet_rows(target)
    header = [cell.value for cell in rows[0]]
    assert tuple(header) == EXPORT_COLUMNS
    cells = {
        row[header.index("cnic")].value: dict(zip(header, row, strict=True)) for row in rows[1:]
    }
    khan = cells["35202-1234567-1"]
    for name, stored in (
        ("cnic", "35202-1234567-1"),
        ("phone", "+923001234567"),
        ("remarks", FORMULA),
        ("employer", "@SUM(A1:A9)"),
    ):
        assert khan[name].data_type == "s", name
        assert khan[name].value == stored
    ahmed = cells["35202-7654321-3"]
    assert ahmed["remarks"].data_type == "s"
    assert ahmed["remarks"].value == "#N/A"
    assert ahmed["employer"].value == "-2+3+cmd|' /C calc'!A0"
    assert ahmed["phone"].value == "+923337654321"
    departure = khan["departure_date"]
    assert departure.is_date
    assert departure.value.date() == dt.date(2026, 3, 15)
    assert departure.number_format == "yyyy-mm-dd"
    assert workbook.active.freeze_panes == "A2"


@pytest.fixture
def karachi_time(monkeypatch):
    """The computer's clock set to Pakistan Standard Time (UTC+5), as at the offices."""
    monkeypatch.setenv("TZ", "Asia/Karachi")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_xlsx_times_are_date_cells_in_local_time(db, clerk, recorded, tmp_path, karachi_time):
    target = tmp_path / "departures.xlsx"
    export.export_register(db, clerk, RegisterFilter(), target)
    stored = dict(db.conn.execute("SELECT cnic, created_at FROM departures").fetchall())[
        "35202-1234567-1"
    ]

    _, rows = sheet_rows(target)
    header = [cell.value for cell in rows[0]]
    khan = next(row for row in rows[1:] if row[header.index("cnic")].value == "35202-1234567-1")
    utc = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    local = utc.replace(tzinfo=None) + dt.timedelta(hours=5)
    for name in ("created_at", "updated_at"):
        cell = khan[header.index(name)]
        assert cell.is_date, name
        assert cell.value == local
        assert cell.number_format == "yyyy-mm-dd hh:mm:ss"
    for name in ("passport_expiry", "birth_date", "departure_date"):
        assert khan[header.index(name)].is_date, name


@pytest.mark.parametrize("name", ["readable.csv", "readable.xlsx"])
def test_exports_name_the_contingent_by_code_and_the_country_by_name(
    db, clerk, recorded, tmp_path, name
):
    db.conn.execute(
        "INSERT INTO contingents(id, code, office) VALUES ('c1', 'ISB-20260315-01', 'ISB')"
    )
    db.conn.execute("UPDATE departures SET contingent_id = 'c1' WHERE cnic = '35202-1234567-1'")
    target = tmp_path / name

    export.export_register(db, clerk, RegisterFilter(), target)

    if name.endswith(".csv"):
        header, *rows = read_csv(target)
    else:
        _, cells = sheet_rows(target)
        header = [cell.value for cell in cells[0]]
        rows = [["" if c.value is None else c.value for c in row] for row in cells[1:]]
    assert "contingent_id" not in header
    by_cnic = {row[header.index("cnic")]: dict(zip(header, row, strict=True)) for row in rows}
    khan, ahmed, bibi = (
        by_cnic[cnic] for cnic in ("35202-1234567-1", "35202-7654321-3", "42101-1111111-2")
    )
    assert khan["contingent"] == "ISB-20260315-01"
    assert ahmed["contingent"] == ""
    assert (khan["destination"], khan["destination_country"]) == ("SA", "Saudi Arabia")
    assert (ahmed["destination"], ahmed["destination_country"]) == (
        "AE",
        "United Arab Emirates",
    )
    assert bibi["destination_country"] == "Qatar"
    assert header.index("destination_country") == header.index("destination") + 1


def test_xlsx_continues_on_a_new_sheet_past_excels_row_limit(
    db, clerk, recorded, tmp_path, monkeypatch
):
    monkeypatch.setattr(export, "XLSX_ROWS_PER_SHEET", 2)
    target = tmp_path / "departures.xlsx"

    export.export_register(db, clerk, RegisterFilter(), target)

    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Departures", "Departures 2"]
    sizes = [workbook[name].max_row - 1 for name in workbook.sheetnames]
    assert sizes == [2, 1]
    assert workbook["Departures 2"]["A1"].value == "id"


def test_only_what_the_filter_matches(db, clerk, recorded, tmp_path):
    target = tmp_path / "gulf.csv"

    assert export.export_register(db, clerk, RegisterFilter(destination="AE"), target) == 1
    assert export.export_register(db, clerk, RegisterFilter(text="bibi"), target) == 1
    assert read_csv(target)[1][1] == "BIBI"
    assert export.export_register(db, clerk, RegisterFilter(text="35202-76"), target) == 1
    assert export.export_register(db, clerk, RegisterFilter(text="zzz"), target) == 0
    assert read_csv(target) == [list(EXPORT_COLUMNS)]


def test_every_export_is_audited(db, supervisor, recorded, tmp_path):
    flt = RegisterFilter(text="khan", destination="SA", date_from=dt.date(2026, 3, 1))

    export.export_register(db, supervisor, flt, tmp_path / "khan.xlsx")

    assert export_audit(db) == [
        (
            "tariq",
            "departures",
            {
                "file": "khan.xlsx",
                "format": "xlsx",
                "filter": {"text": "khan", "destination": "SA", "date_from": "2026-03-01"},
                "rows": 1,
            },
        )
    ]


@pytest.mark.parametrize("role", ["clerk", "supervisor", "admin"])
def test_every_role_may_export(db, recorded, tmp_path, role, request):
    actor = request.getfixturevalue(role)
    assert export.export_register(db, actor, RegisterFilter(), tmp_path / "all.csv") == 3


def test_a_name_that_is_neither_csv_nor_xlsx_is_refused(db, clerk, recorded, tmp_path):
    with pytest.raises(ValidationError, match=r"departures\.pdf.*\.csv or \.xlsx"):
        export.export_register(db, clerk, RegisterFilter(), tmp_path / "departures.pdf")
    assert export.export_format(tmp_path / "LIST.XLSX") == "xlsx"
    assert not list(tmp_path.glob("departures*"))


def test_a_missing_folder_is_named(db, clerk, recorded, tmp_path):
    with pytest.raises(RawangiError, match="does not exist"):
        export.export_register(db, clerk, RegisterFilter(), tmp_path / "gone" / "x.csv")


def test_many_batches_give_every_row_once(db, clerk, tmp_path, monkeypatch):
    demo.fill(db, clerk, 57, office="ISB", seed=4)
    monkeypatch.setattr(export_rows, "BATCH_SIZE", 5)
    reports = []
    target = tmp_path / "all.csv"

    written = export.export_register(
        db, clerk, RegisterFilter(), target, progress=lambda done, total: reports.append(done)
    )

    ids = [row[0] for row in read_csv(target)[1:]]
    assert written == 57
    assert sorted(ids) == sorted(r for (r,) in db.conn.execute("SELECT id FROM departures"))
    assert reports[0] == 0
    assert reports[-1] == 57
    assert len(reports) == 13  # the start and each of 12 batches


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx"])
def test_cancelling_leaves_no_file_and_no_audit_row(db, clerk, tmp_path, monkeypatch, name):
    demo.fill(db, clerk, 20, office="ISB", seed=5)
    scratch = tmp_path / "temporary"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(export_rows, "BATCH_SIZE", 5)
    reports = []
    before = sorted(tmp_path.iterdir())  # the database's file too, on the file engine

    with pytest.raises(export.ExportCancelled, match=f"{name} was not written"):
        export.export_register(
            db,
            clerk,
            RegisterFilter(),
            tmp_path / name,
            progress=lambda done, total: reports.append(done),
            cancelled=lambda: len(reports) >= 3,
        )

    assert reports == [0, 5, 10]
    assert sorted(tmp_path.iterdir()) == before
    assert export_audit(db) == []
    # The spreadsheet library's own temporary files hold personal data too: gone.
    assert list(scratch.iterdir()) == []


def test_a_failed_export_keeps_the_old_file(db, clerk, recorded, tmp_path):
    target = tmp_path / "departures.csv"
    target.write_text("yesterday's export", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())

    def broken(done, total):
        if done:
            raise OSError(28, "No space left on device")

    with pytest.raises(RawangiError, match=r"disk holding .*departures\.csv is full"):
        export.export_register(db, clerk, RegisterFilter(), target, progress=broken)

    assert target.read_text(encoding="utf-8") == "yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert export_audit(db) == []


def test_a_contingent_is_exported_with_its_code_in_the_audit(db, clerk, recorded, tmp_path):
    db.conn.execute(
        "INSERT INTO contingents(id, code, office) VALUES ('c1', 'ISB-20260315-01', 'ISB')"
    )
    db.conn.execute("UPDATE departures SET contingent_id = 'c1' WHERE cnic = '35202-1234567-1'")
    target = tmp_path / "contingent.csv"

    assert export.export_contingent(db, clerk, "c1", target) == 1

    assert read_csv(target)[1][EXPORT_COLUMNS.index("contingent")] == "ISB-20260315-01"
    ((_, _, after),) = export_audit(db)
    assert after["filter"] == {"contingent_id": "c1", "contingent": "ISB-20260315-01"}


def test_an_unknown_contingent_is_not_found(db, clerk, tmp_path):
    with pytest.raises(RawangiError, match="no longer exists"):
        export.export_contingent(db, clerk, "nope", tmp_path / "x.csv")


def test_the_visa_profession_and_country_are_exported(db, clerk, tmp_path):
    services.record_departure(
        db,
        clerk,
        person(visa_profession="General Labourer", visa_country="AE"),
        acknowledged=["visa_profession:visa.profession", "visa_country:visa.country"],
    )
    target = tmp_path / "departures.csv"
    export.export_register(db, clerk, RegisterFilter(), target)
    header, row = read_csv(target)
    exported = dict(zip(header, row, strict=True))
    assert (exported["visa_profession"], exported["visa_country"]) == ("General Labourer", "AE")
