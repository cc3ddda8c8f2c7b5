"""`rawangi export`: CSV and XLSX files from the command line, filters, and one-line refusals."""

import csv
import json

import openpyxl
import pytest

from desktop import services
from desktop.__main__ import main
from desktop.core.roles import Actor, Role
from desktop.store import open_database
from desktop.store.export_rows import EXPORT_COLUMNS
from tests.factories import person

PASSWORD = "demo-password-for-tests"


PEOPLE = [
    person(),
    person(cnic="35202-7654321-3", passport_no="AB7654321", surname="Ahmed"),
    person(cnic="42101-1111111-5", passport_no="CD1111111", destination="AE"),
    person(
        cnic="61101-2222222-7", passport_no="EF2222222", destination="QA", phone="+974 5512 3456"
    ),
]


@pytest.fixture
def path(db_target, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    db_path = db_target
    assert main(["demo", "--db", db_path, "--count", "0"]) == 0
    capsys.readouterr()
    db = open_database(db_path)
    for values in PEOPLE:
        services.record_departure(db, Actor("clerk", Role.CLERK, "ISB"), values)
    db.close()
    return db_path


def query(path, sql):
    db = open_database(path)
    try:
        return db.conn.execute(sql).fetchall()
    finally:
        db.close()


def test_exports_every_departure_to_csv(path, tmp_path, capsys):
    out = tmp_path / "all.csv"

    assert main(["export", "--db", path, "--user", "clerk", "--out", str(out)]) == 0

    assert capsys.readouterr().out.strip() == f"Exported 4 departures to {out}."
    with out.open(encoding="utf-8-sig", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert tuple(header) == EXPORT_COLUMNS
    assert len(rows) == 4


def test_exports_a_filtered_list_to_xlsx_and_audits_it(path, tmp_path, capsys):
    out = tmp_path / "saudi.xlsx"
    args = ["--destination", "Saudi Arabia", "--status", "recorded", "--from", "2026-03-15"]

    assert main(["export", "--db", path, "--user", "supervisor", "--out", str(out), *args]) == 0

    assert "Exported 2 departures to" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(out).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [
        id_ for (id_,) in query(path, "SELECT id FROM departures WHERE destination = 'SA'")
    ]
    ((user, after),) = query(path, "SELECT user, after FROM audit WHERE action = 'export'")
    assert user == "supervisor"
    assert json.loads(after)["filter"] == {
        "destination": "SA",
        "status": "recorded",
        "date_from": "2026-03-15",
    }


def test_a_phone_and_a_cnic_come_out_exactly_as_stored(path, tmp_path):
    out = tmp_path / "qatar.csv"

    assert (
        main(["export", "--db", path, "--user", "admin", "--out", str(out), "--destination", "QA"])
        == 0
    )

    with out.open(encoding="utf-8-sig", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert row["phone"] == "+97455123456"
    assert row["cnic"] == "61101-2222222-7"


def test_query_is_the_search_box_text(path, tmp_path, capsys):
    ((cnic,),) = query(path, "SELECT cnic FROM departures WHERE destination = 'AE'")
    out = tmp_path / "one.csv"

    assert (
        main(["export", "--db", path, "--user", "clerk", "--out", str(out), "--query", cnic]) == 0
    )

    assert "Exported 1 departure to" in capsys.readouterr().out


def test_an_unknown_extension_is_wrong_usage(path, tmp_path, capsys):
    out = tmp_path / "all.pdf"

    assert main(["export", "--db", path, "--user", "clerk", "--out", str(out)]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "all.pdf: an export is a .csv or .xlsx file" in err
    assert not out.exists()


def test_a_wrong_password_exports_nothing(path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", "not-the-password")
    out = tmp_path / "all.csv"

    assert main(["export", "--db", path, "--user", "clerk", "--out", str(out)]) == 1

    assert "Wrong user name or password" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--destination", "Atlantis"], "'Atlantis' is not a country"),
        (["--from", "31/02/2026"], "--from"),
        (["--contingent", "ISB-20260101-09"], "No contingent has the code"),
        (["--contingent", "X", "--status", "departed"], "drop the filters"),
    ],
)
def test_bad_filters_get_one_line_and_exit_1(path, tmp_path, capsys, args, message):
    out = tmp_path / "x.csv"
    assert main(["export", "--db", path, "--user", "clerk", "--out", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert not out.exists()
