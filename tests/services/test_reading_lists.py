"""Reading candidate lists as offices have them, and refusing damaged or hostile files."""

import io
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import services
from desktop.__main__ import main
from desktop.core.errors import RuleViolation, ValidationError
from desktop.core.importing import MAX_COLUMNS, MAX_ROWS
from desktop.services import importing
from desktop.store import departures, open_database, register
from tests.factories import person
from tests.services.test_importing import HEADERS, row

PASSWORD = "demo-password-for-tests"


def csv_text(rows, headers=HEADERS, delimiter=",", newline="\r\n"):
    lines = [delimiter.join(headers), *(delimiter.join(r) for r in rows)]
    return newline.join(lines) + newline


def checked(db, clerk, path):
    source = importing.read_source(path)
    return importing.validate(db, clerk, source, importing.mapping_for(db, source))


def workbook_bytes(rows, headers=HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for values in rows:
        sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rewritten(data, change):
    """The workbook with its first sheet's XML changed, as a hostile file would be."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for part in source.infolist():
            content = source.read(part)
            if part.filename == "xl/worksheets/sheet1.xml":
                content = change(content)
            target.writestr(part, content)
    return out.getvalue()


@pytest.fixture
def cli_db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    path = str(tmp_path / "office.db")
    assert main(["demo", "--db", path, "--count", "0"]) == 0
    capsys.readouterr()
    return path


def refused_in_one_line(cli_db, capsys, list_path):
    code = main(["import", str(list_path), "--db", cli_db, "--user", "clerk"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert list_path.name in err
    return err


# -- 1. lists as an attack -------------------------------------------------------------------

LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)


def test_an_entity_bomb_workbook_is_refused_in_one_line(tmp_path, cli_db, capsys):
    data = workbook_bytes([row(1)])
    bomb = rewritten(data, lambda xml: LAUGHS + xml.replace(b"<t>Name</t>", b"<t>&lol9;</t>", 1))
    path = tmp_path / "laughs.xlsx"
    path.write_bytes(bomb)
    err = refused_in_one_line(cli_db, capsys, path)
    assert "not a readable Excel workbook" in err
    assert departures.count(open_database(cli_db)) == 0


def test_a_truncated_workbook_is_refused_in_one_line(tmp_path, cli_db, capsys):
    data = workbook_bytes([row(n) for n in range(1, 40)])
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) * 2 // 3])
    assert "not a readable Excel workbook" in refused_in_one_line(cli_db, capsys, path)


def test_a_workbook_whose_sheet_is_cut_short_is_refused_in_one_line(tmp_path, cli_db, capsys):
    data = workbook_bytes([row(n) for n in range(1, 40)])
    path = tmp_path / "cut-sheet.xlsx"
    path.write_bytes(rewritten(data, lambda xml: xml[: len(xml) // 2]))
    assert "not a readable Excel workbook" in refused_in_one_line(cli_db, capsys, path)


def test_a_zip_bomb_workbook_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "MAX_UNPACKED", 50_000)
    data = workbook_bytes([row(1)])
    bomb = rewritten(data, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 60_000))
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(bomb)
    with pytest.raises(ValidationError, match=r"bomb\.xlsx unpacks to more than"):
        importing.read_source(path)


@pytest.mark.parametrize(
    ("cell", "refusal"),
    [
        ("XFD3", rf"far\.xlsx has cells beyond column IV; .* at most {MAX_COLUMNS} columns"),
        ("A1048576", rf"far\.xlsx has more than {MAX_ROWS:,} rows"),
    ],
)
def test_a_workbook_with_a_cell_far_away_is_refused_before_it_is_laid_out(tmp_path, cell, refusal):
    # One cell at XFD1048576 would make the reader lay out 17 billion cells.
    number = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    far = f'<row r="{number}"><c r="{cell}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()
    data = rewritten(
        workbook_bytes([row(1)]), lambda xml: xml.replace(b"</sheetData>", far + b"</sheetData>")
    )
    path = tmp_path / "far.xlsx"
    path.write_bytes(data)
    with pytest.raises(ValidationError, match=refusal):
        importing.read_source(path)


def test_a_nul_in_a_workbook_cell_is_refused_not_stored(tmp_path):
    data = rewritten(
        workbook_bytes([row(1), row(2)]),
        lambda xml: xml.replace(b"Abdul Rashid", b"Abdul_x0000_Rashid", 1),
    )
    path = tmp_path / "nul.xlsx"
    path.write_bytes(data)
    with pytest.raises(ValidationError, match=r"nul\.xlsx holds a NUL character in line 2, 'Fath"):
        importing.read_source(path)


def test_a_nul_anywhere_in_a_csv_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "nul.csv"
    text = csv_text([row(1), row(2, Trade="Elec\x00trician")])
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(ValidationError, match=r"nul\.csv holds a NUL character on line 3"):
        importing.read_source(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.integers(0, 10_000),
    flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=4),
)
def test_a_damaged_workbook_is_read_or_refused_never_a_crash(tmp_path_factory, cut, flips):
    data = bytearray(GOOD_WORKBOOK[: max(cut, 1)] if cut < len(GOOD_WORKBOOK) else GOOD_WORKBOOK)
    for at, value in flips:
        data[at % len(data)] = value
    path = tmp_path_factory.mktemp("fuzz") / "list.xlsx"
    path.write_bytes(bytes(data))
    try:
        importing.read_source(path)
    except ValidationError as refusal:
        assert "list.xlsx" in str(refusal)


GOOD_WORKBOOK = workbook_bytes([row(n) for n in range(1, 20)])


# -- 2. lists as offices have them ----------------------------------------------------------


def test_a_utf16_unicode_text_list_from_excel_is_read(db, clerk, tmp_path):
    path = tmp_path / "unicode.csv"
    text = csv_text([row(1), row(2, **{"Father Name": "Zoë Müller"})], delimiter="\t")
    path.write_bytes(text.encode("utf-16"))  # with its byte-order mark, as Excel saves it
    report = checked(db, clerk, path)
    assert report.source.encoding == "UTF-16"
    assert len(report.valid) == 2
    assert report.valid[1].departure.father_name == "ZOE MULLER"
    assert "UTF-16" in report.summary()


def test_a_duplicated_header_is_named(tmp_path):
    headers = [*HEADERS, "CNIC"]
    path = tmp_path / "twice.csv"
    path.write_text(csv_text([[*row(1), "x"]], headers=headers), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        importing.read_source(path)
    message = str(refused.value)
    assert "twice.csv has two columns named 'CNIC' (columns 3 and 13)" in message
    assert "Surname" not in message


def test_a_concurrent_change_says_nothing_was_imported(db, clerk, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(csv_text([row(1), row(2), row(3)]), encoding="utf-8")
    report = checked(db, clerk, path)
    services.record_departure(db, clerk, person(cnic="35202-0000002-1", passport_no="ZZ1234567"))
    with pytest.raises(RuleViolation) as stopped:
        importing.commit(db, clerk, report)
    message = str(stopped.value)
    assert message.startswith("Nothing was imported")
    assert "line 3" in message and "check the list again" in message
    assert departures.count(db) == 1


# -- 3. never decode a list wrongly -----------------------------------------------------------


def test_utf8_with_one_stray_byte_is_refused_naming_line_and_byte(db, clerk, tmp_path):
    path = tmp_path / "stray.csv"
    text = csv_text([row(1, **{"Father Name": "Abdul Été"}), row(2)])
    path.write_bytes(text.encode("utf-8") + b"\x92")
    with pytest.raises(ValidationError) as refused:
        importing.read_source(path)
    message = str(refused.value)
    assert "stray.csv" in message and "0x92" in message and "line 4" in message
    assert departures.count(db) == 0


def test_a_windows_1252_list_is_read_as_such_and_the_report_says_so(db, clerk, tmp_path):
    path = tmp_path / "old.csv"
    text = csv_text([row(1, Trade="Café cook"), row(2)])
    path.write_bytes(text.encode("cp1252"))
    report = checked(db, clerk, path)
    assert report.source.encoding == "Windows-1252"
    assert "Windows-1252" in report.summary()
    importing.commit(db, clerk, report)
    (found,) = register.search(db, "35202-0000001-1")
    assert departures.get(db, found["id"]).trade == "Café cook"


def test_utf8_is_read_as_utf8_and_stored_right(db, clerk, tmp_path):
    path = tmp_path / "new.csv"
    path.write_bytes(csv_text([row(1, Trade="Café cook")]).encode("utf-8"))
    report = checked(db, clerk, path)
    assert report.source.encoding == "UTF-8"
    assert "UTF-8" in report.summary()
    importing.commit(db, clerk, report)
    (found,) = register.search(db, "35202-0000001-1")
    assert departures.get(db, found["id"]).trade == "Café cook"


def test_a_file_that_fits_no_encoding_is_refused(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(csv_text([row(1)]).encode("ascii") + b"\x81\x8d")
    with pytest.raises(ValidationError, match=r"binary\.csv is neither UTF-8 nor Windows-1252"):
        importing.read_source(path)


# -- 4. mixed line endings ----------------------------------------------------------------------


def test_mixed_line_endings_are_read(db, clerk, tmp_path):
    path = tmp_path / "pasted.csv"
    lines = [",".join(HEADERS), *(",".join(row(n)) for n in range(1, 7))]
    text = lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r" + lines[3] + "\r\n"
    text += lines[4] + "\r" + lines[5] + "\n" + lines[6] + "\r"
    path.write_bytes(text.encode("utf-8"))
    report = checked(db, clerk, path)
    assert [r.line for r in report.valid] == [2, 3, 4, 5, 6, 7]


# -- 5. a list cannot stall the desk --------------------------------------------------------


def test_a_list_of_a_hundred_thousand_columns_is_refused_in_one_line(tmp_path, cli_db, capsys):
    path = tmp_path / "wide.csv"
    headers = [f"C{n}" for n in range(100_000)]
    path.write_text(",".join(headers) + "\n" + ",".join("x" * 100_000) + "\n", encoding="utf-8")
    err = refused_in_one_line(cli_db, capsys, path)
    assert f"wide.csv has 100,000 columns; a list may have at most {MAX_COLUMNS}" in err


def test_a_list_longer_than_the_limit_is_refused(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Name,CNIC\n" + "a,b\n" * (MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(ValidationError, match=rf"long\.csv has more than {MAX_ROWS:,} rows"):
        importing.read_source(path)


def test_trailing_unnamed_columns_do_not_count(db, clerk, tmp_path):
    path = tmp_path / "padded.csv"
    pad = "," * (MAX_COLUMNS + 10)
    lines = [",".join(HEADERS) + pad, ",".join(row(1)) + pad]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = checked(db, clerk, path)
    assert report.source.headers == HEADERS and len(report.valid) == 1
