import csv
import datetime as dt

import openpyxl
import pytest

from desktop import services
from desktop.core.errors import Cancelled, PermissionDenied, RuleViolation, ValidationError
from desktop.core.importing import ColumnMapping
from desktop.services import contingents, importing
from desktop.store import audit, departures, register
from tests import factories

HEADERS = [
    "Name",
    "Father Name",
    "CNIC",
    "Passport No",
    "Passport Expiry",
    "DOB",
    "Gender",
    "Trade",
    "Country",
    "Departure Date",
    "Channel",
    "OEP Licence",
]


def row(n, **changes):
    values = {
        "Name": f"Muhammad Imran Khan{'a' * n}",
        "Father Name": "Abdul Rashid",
        "CNIC": f"35202-{n:07d}-1",
        "Passport No": f"AB{n:07d}",
        "Passport Expiry": "2031-05-20",
        "DOB": "1990-04-12",
        "Gender": "M",
        "Trade": "Electrician",
        "Country": "KSA",
        "Departure Date": "2026-03-15",
        "Channel": "OEP",
        "OEP Licence": "1234/RWP",
    }
    values.update(changes)
    return [values[h] for h in HEADERS]


def write_csv(path, rows, headers=HEADERS):
    return factories.write_csv(path, rows, headers)


@pytest.fixture
def mixed(tmp_path):
    """Five good rows and four bad ones of different kinds."""
    return write_csv(
        tmp_path / "list.csv",
        [
            row(1),
            row(2),
            row(3),
            row(4, CNIC="35202-123"),  # a CNIC too short
            row(5, DOB="2012-01-01"),  # a minor
            row(6, **{"Passport No": "AB0000001"}),  # same passport as line 2
            row(7),
            row(8),
            row(9, **{"Passport Expiry": "2026-03-01"}),  # expired at departure
        ],
    )


def test_a_mixed_list_reports_each_bad_row_with_field_and_reason_and_writes_nothing(
    db, clerk, mixed
):
    source = importing.read_source(mixed)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    assert len(report.valid) == 5
    refused = {r.line: [(p.field, p.code) for p in r.problems] for r in report.refused}
    assert refused == {
        5: [("cnic", "invalid")],
        6: [("birth_date", "age.minor")],
        7: [("passport_no", "duplicate.file")],
        10: [("passport_expiry", "passport.expired")],
    }
    assert "line 2 of this list" in report.refused[2].problems[0].message
    assert departures.count(db) == 0  # nothing until confirmed


def test_confirming_imports_the_valid_rows_in_one_go_with_their_audit_rows(db, clerk, mixed):
    source = importing.read_source(mixed)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    assert importing.commit(db, clerk, report) == 5
    assert departures.count(db) == 5
    from desktop.store import register

    (found,) = register.search(db, "35202-0000002-1")
    assert (found["surname"], found["given_names"], found["destination"]) == (
        "KHANAA",
        "MUHAMMAD IMRAN",
        "SA",
    )
    records = db.conn.execute("SELECT count(*) FROM audit WHERE action = 'record'").fetchone()
    assert records == (5,)
    (entry,) = audit.history(db, "list", source.sha256)
    assert entry["after"]["imported"] == 5 and entry["after"]["refused"] == 4
    assert audit.verify(db).ok
    assert register.search(db, "muh")  # the name index has the new rows


def test_a_list_imported_twice_is_refused_the_second_time(db, clerk, tmp_path):
    path = write_csv(tmp_path / "a.csv", [row(1), row(2)])
    source = importing.read_source(path)
    importing.commit(
        db, clerk, importing.validate(db, clerk, source, importing.mapping_for(db, source))
    )
    again = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    assert len(again.refused) == 2
    assert all(r.problems[0].code == "duplicate" for r in again.refused)


def test_someone_recorded_between_check_and_import_stops_the_import(db, clerk, tmp_path):
    path = write_csv(tmp_path / "a.csv", [row(1), row(2)])
    source = importing.read_source(path)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    from tests.factories import person

    services.record_departure(db, clerk, person(cnic="35202-0000002-1", passport_no="ZZ1234567"))
    with pytest.raises(RuleViolation, match="waiting to depart"):
        importing.commit(db, clerk, report)
    assert departures.count(db) == 1


def test_cancel_writes_nothing(db, clerk, tmp_path):
    path = write_csv(tmp_path / "a.csv", [row(n) for n in range(1, 30)])
    source = importing.read_source(path)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    with pytest.raises(Cancelled):
        importing.commit(db, clerk, report, cancelled=lambda: True)
    assert departures.count(db) == 0
    with pytest.raises(Cancelled):
        importing.validate(
            db, clerk, source, importing.mapping_for(db, source), cancelled=lambda: True
        )


@pytest.fixture
def list_of_50(tmp_path, monkeypatch):
    """Fifty good rows, stored ten at a time: every step of an import has several parts."""
    monkeypatch.setattr(departures, "BULK_CHUNK", 10)
    monkeypatch.setattr(departures, "BULK_STORE_CHUNK", 10)
    monkeypatch.setattr(audit, "_WRITE_CHUNK", 10)
    return write_csv(tmp_path / "fifty.csv", [row(n) for n in range(1, 51)])


def test_the_import_progress_runs_once_from_start_to_end(db, clerk, list_of_50):
    source = importing.read_source(list_of_50)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    told = []
    importing.commit(db, clerk, report, progress=lambda done, total: told.append((done, total)))
    assert {total for _, total in told} == {150}  # staging, storing and auditing 50 rows
    done = [d for d, _ in told]
    assert done == sorted(done) and done[-1] == 150
    assert len(told) == 15  # it moves while the rows are stored, not only while staged


@pytest.mark.parametrize("step", [1, 2, 3])
def test_cancel_in_any_step_of_the_import_writes_nothing(db, clerk, list_of_50, step):
    source = importing.read_source(list_of_50)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    before = (departures.count(db), audit.head(db))
    told = []
    with pytest.raises(Cancelled):
        importing.commit(
            db,
            clerk,
            report,
            progress=lambda done, total: told.append(done),
            cancelled=lambda: bool(told) and told[-1] >= 50 * (step - 1) + 20,
        )
    assert (departures.count(db), audit.head(db)) == before
    assert audit.verify(db).ok
    # The name index, set aside during the import on a file, finds the next save.
    services.record_departure(
        db,
        clerk,
        factories.person(surname="Zarghuni", cnic="35202-9999991-1", passport_no="ZX9999991"),
    )
    assert [found["surname"] for found in register.search(db, "zarg")] == ["ZARGHUNI"]


def test_xlsx_with_numbers_and_dates_as_spreadsheets_store_them(db, clerk, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    values = row(1)
    values[2] = 3520200000011  # a CNIC typed as a number
    values[4] = dt.datetime(2031, 5, 20)
    values[5] = dt.date(1990, 4, 12)
    sheet.append(values)
    path = tmp_path / "list.xlsx"
    book.save(path)
    source = importing.read_source(path)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    assert not report.refused, report.results[0].problems
    assert report.valid[0].departure.cnic == "35202-0000001-1"
    assert report.valid[0].departure.passport_expiry == dt.date(2031, 5, 20)


def test_defaults_give_fields_the_list_lacks_and_the_mapping_is_remembered(db, clerk, tmp_path):
    headers = [h for h in HEADERS if h not in ("Channel", "OEP Licence")]
    path = write_csv(tmp_path / "a.csv", [row(1)[:10]], headers)
    source = importing.read_source(path)
    guessed = importing.mapping_for(db, source)
    with pytest.raises(ValidationError, match="Channel"):
        importing.validate(db, clerk, source, guessed)
    mapping = ColumnMapping(guessed.columns, {"channel": "OEC"})
    report = importing.validate(db, clerk, source, mapping)
    assert report.valid[0].departure.channel == "OEC"
    importing.remember_mapping(db, source, mapping)
    assert importing.mapping_for(db, source) == mapping


def test_importing_into_a_contingent_applies_its_rules(db, clerk, tmp_path):
    contingent = contingents.create_contingent(
        db,
        clerk,
        {
            "flight_no": "SV-727",
            "carrier": "Saudia",
            "airport": "ISB",
            "departure_date": "2026-03-15",
            "departure_time": "09:30",
            "destinations": "SA",
            "capacity": "10",
        },
    )
    path = write_csv(tmp_path / "a.csv", [row(1), row(2, Country="Qatar")])
    source = importing.read_source(path)
    report = importing.validate(
        db, clerk, source, importing.mapping_for(db, source), contingent_id=contingent.id
    )
    assert [r.line for r in report.refused] == [3]
    assert "without the contingent" in report.refused[0].problems[0].message
    importing.commit(db, clerk, report)
    from desktop.store import contingents as rows

    assert rows.member_count(db, contingent.id) == 1


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("a.pdf", b"%PDF-1.4", "import a .csv or .xlsx"),
        ("a.csv", b"", "empty"),
        ("a.csv", b"Name,CNIC\n", "no rows"),
        ("a.xlsx", b"not a zip", "not a readable Excel workbook"),
    ],
)
def test_unreadable_files_are_named(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=words) as refused:
        importing.read_source(path)
    assert name in str(refused.value)


def test_an_admin_may_not_import(db, admin, mixed):
    source = importing.read_source(mixed)
    with pytest.raises(PermissionDenied):
        importing.validate(db, admin, source, importing.mapping_for(db, source))


def test_the_report_saves_as_csv(db, clerk, mixed, tmp_path):
    source = importing.read_source(mixed)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    out = tmp_path / "report.csv"
    report.save_csv(out)
    with out.open(encoding="utf-8-sig") as saved:
        lines = list(csv.reader(saved))
    assert lines[0][:2] == ["line", "surname"]
    assert [line[0] for line in lines[1:]] == ["5", "6", "7", "10"]


def test_a_contingent_finalized_between_check_and_import_takes_nobody(
    db, clerk, supervisor, tmp_path
):
    flight = {
        "flight_no": "SV-727", "carrier": "Saudia", "airport": "ISB",
        "departure_date": "2026-03-15", "departure_time": "09:30", "destinations": "SA",
        "capacity": "10",
    }  # fmt: skip
    contingent = contingents.create_contingent(db, clerk, flight)
    path = write_csv(tmp_path / "a.csv", [row(1), row(2)])
    source = importing.read_source(path)
    report = importing.validate(
        db, clerk, source, importing.mapping_for(db, source), contingent_id=contingent.id
    )
    someone = services.record_departure(db, clerk, factories.person())
    contingents.add_people(db, clerk, contingent.id, [someone.id])
    contingents.finalize(db, supervisor, contingent.id)
    with pytest.raises(ValidationError, match="Nothing was imported: ISB-20260315-01 was final"):
        importing.commit(db, clerk, report)
    assert departures.count(db) == 1
