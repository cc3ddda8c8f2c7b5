"""CSV cells that no spreadsheet runs; phone numbers, numbers and CNICs exactly as stored."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.spreadsheet import (
    FORMULA_STARTS,
    SIGNS,
    csv_cell,
    is_number_or_phone,
    would_run,
    xlsx_text,
)

DANGEROUS_STARTS = FORMULA_STARTS + SIGNS


@pytest.mark.parametrize(
    "stored",
    [
        "+923001234567",
        "+966 50 123 4567",
        "-12.5",
        "+5",
        "-0,75",
        "-1.5e3",
        "35202-1234567-1",
        "AB1234567",
        "KHAN",
        "",
        "O'BRIEN",
        "PE-ISB-2026-000123",
        "1234/RWP",
    ],
)
def test_numbers_phones_and_plain_text_come_out_as_stored(stored):
    assert csv_cell(stored) == stored


@pytest.mark.parametrize(
    "formula",
    [
        "=1+1",
        '=HYPERLINK("http://x.example","click")',
        "@SUM(A1:A9)",
        "+A1",
        "-A1",
        "-2+3+cmd|' /C calc'!A0",
        "+ 1",
        "-",
        "+",
        "\t=1+1",
        "\r=1+1",
        "＝1+1",
        "＋A1",
    ],
)
def test_formulas_get_a_leading_apostrophe(formula):
    assert csv_cell(formula) == "'" + formula


def test_values_that_are_not_text():
    assert csv_cell(None) == ""
    assert csv_cell(dt.date(2026, 3, 15)) == "2026-03-15"
    assert csv_cell(-12) == "-12"
    assert csv_cell(3.5) == "3.5"


def test_xlsx_text_drops_only_what_xml_cannot_hold():
    assert xlsx_text("KHAN\x00\x07 SAHIB\x1f") == "KHAN SAHIB"
    assert xlsx_text("line one\nline two\tend\r") == "line one\nline two\tend\r"
    assert xlsx_text("محمد") == "محمد"


@given(st.text())
def test_no_cell_starts_like_a_formula_unless_it_is_a_number(text):
    cell = csv_cell(text)
    if cell.startswith(DANGEROUS_STARTS):
        assert cell == text
        assert is_number_or_phone(cell)
    assert not would_run(cell)


@given(st.text())
def test_neutralizing_is_stable(text):
    once = csv_cell(text)
    assert csv_cell(once) == once


@given(st.text().filter(lambda t: not t.startswith(DANGEROUS_STARTS)))
def test_safe_text_is_never_changed(text):
    assert csv_cell(text) == text


@given(
    st.from_regex(r"\+92[0-9]{10}", fullmatch=True)
    | st.from_regex(r"[1-8][0-9]{4}-[0-9]{7}-[0-9]", fullmatch=True)
    | st.decimals(allow_nan=False, allow_infinity=False).map(str)
)
def test_phones_cnics_and_numbers_round_trip(value):
    assert csv_cell(value) == value
