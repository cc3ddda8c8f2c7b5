"""The slips' PDF (manifest/slips.py): plain data in, four A6 slips to an A4 sheet out."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from desktop.core.errors import ValidationError
from desktop.manifest.slips import SHEET, SlipPerson, SlipsData, build_slips_pdf, sheets


def _data(count: int, **changes) -> SlipsData:
    people = tuple(
        SlipPerson(
            serial=n,
            name=f"PERSON NUMBER {n}",
            father_name="GHULAM RASOOL",
            cnic=f"35202-{n:07d}-1",
            passport_no=f"AB{n:07d}",
            name_urdu="غلام رسول" if n == 1 else "",
        )
        for n in range(1, count + 1)
    )
    values = {
        "office_code": "ISB",
        "office_name": "Islamabad",
        "contingent_code": "ISB-20260315-01",
        "revision": 1,
        "flight": "PK-731",
        "airport": "ISB",
        "departure_date": "2026-03-15",
        "departure_time": "09:30",
        "destinations": "Saudi Arabia",
        "printed_at": "2026-03-01T08:00:00Z",
        "people": people,
    }
    return SlipsData(**(values | changes))


def test_four_slips_to_an_a4_portrait_sheet():
    for count, expected in ((1, 1), (4, 1), (5, 2), (9, 3)):
        reader = PdfReader(io.BytesIO(build_slips_pdf(_data(count))))
        assert len(reader.pages) == expected == sheets(count)
        box = reader.pages[0].mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == (
            round(SHEET[0], 1),
            round(SHEET[1], 1),
        )
    text = PdfReader(io.BytesIO(build_slips_pdf(_data(5)))).pages[1].extract_text()
    assert "PERSON NUMBER 5" in text and "PERSON NUMBER 4" not in text


def test_the_same_slips_give_the_same_bytes_and_say_when_they_were_printed():
    first = build_slips_pdf(_data(3))
    assert build_slips_pdf(_data(3)) == first
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata.creation_date.isoformat().startswith("2026-03-01T08:00:00")
    assert reader.metadata.title == "Departure slips ISB-20260315-01 rev 1"


def test_progress_is_reported_per_sheet_up_to_every_slip():
    steps = []
    build_slips_pdf(_data(9), progress=lambda done, total: steps.append((done, total)))
    assert steps == [(0, 9), (4, 9), (8, 9), (9, 9)]


def test_a_long_name_still_fits_its_slip_and_prints_whole_or_marked_cut():
    name = " ".join(["ABDULLAH"] * 8)
    data = _data(1)
    data = dataclasses.replace(data, people=(dataclasses.replace(data.people[0], name=name),))
    text = PdfReader(io.BytesIO(build_slips_pdf(data))).pages[0].extract_text()
    assert text.count("ABDULLAH") == 8


def test_nothing_to_print_and_oversized_values_are_refused_naming_the_field():
    with pytest.raises(ValidationError, match="nobody to print"):
        _data(0)
    with pytest.raises(ValidationError, match="Slip 1: father name is longer than 200"):
        SlipPerson(1, "A", "B" * 201, "35202-0000001-1", "AB0000001")
    with pytest.raises(ValidationError, match="destinations is longer than 200"):
        _data(1, destinations="X" * 201)
