"""The manifest PDF, read back as a reader of the paper would: text per page, positions, metadata.

Every assertion here is about what is printed (or stored in the file), never about how the
module computes it.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
import itertools
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

from desktop.core.errors import ValidationError
from desktop.manifest import (
    ManifestData,
    ManifestRow,
    NotTravelledRow,
    build_pdf,
    fingerprint,
    qr_payload,
    sample_manifest,
)
from desktop.manifest import styles as st

# --- a realistic contingent of 400 ---------------------------------------------------------

GIVEN_MALE = [
    "MUHAMMAD IMRAN", "GHULAM RASOOL", "ABDUL REHMAN", "MUHAMMAD ASIF", "TARIQ MEHMOOD",
    "ALI", "BILAL AHMED", "ZAHID HUSSAIN", "USMAN", "SAJID IQBAL",
]  # fmt: skip
GIVEN_FEMALE = ["AYESHA", "FATIMA", "SAMINA", "NASREEN", "RUKHSANA", "ZAINAB"]
FAMILY = [
    "KHAN", "CHAUDHRY", "QURESHI", "BUTT", "AWAN", "YOUSAFZAI", "ABBASI", "MALIK",
    "RAJPUT", "NIAZI", "SHAH",
]  # fmt: skip
LONG_NAME = "MUHAMMAD ABDUL REHMAN KHAN NIAZI YOUSAFZAI CHAUDHRY BUTT ALI"
DESTINATIONS = [
    ("Saudi Arabia", "Saudi Binladin Group"),
    ("Qatar", "Hamad Medical Corporation"),
    ("United Arab Emirates", "Al Futtaim Engineering LLC"),
    ("Oman", "Galfar Engineering & Contracting SAOG"),
]
TRADES = ["Electrician", "Mason", "Heavy vehicle driver", "Nurse", "Welder", "Cook", "Plumber"]
LICENCES = ["1234/RWP", "2231/LHR", "0987/KHI"]
NO_SHOW = "Did not report at the airport"
BAD_VISA = "Visa found invalid at check-in"


def make_cnic(index: int, female: bool) -> str:
    """A unique CNIC whose last digit is even for a woman and odd for a man."""
    last = (index % 5) * 2 + (0 if female else 1)
    return f"{35201 + index % 7}-{1000000 + index * 7919:07d}-{last}"


def people(count: int) -> tuple[ManifestRow, ...]:
    rows = []
    for index in range(count):
        serial = index + 1
        female = index % 5 == 3
        given = (GIVEN_FEMALE if female else GIVEN_MALE)[index % (6 if female else 10)]
        family = "BIBI" if female and index % 2 else FAMILY[(index // 7) % len(FAMILY)]
        name = LONG_NAME if serial == 137 else f"{given} {family}"
        if serial % 23 == 0:
            name = f"{given} {FAMILY[index % 11]} {FAMILY[(index + 3) % 11]} {family}"
        sex = "X" if serial == 250 else "F" if female else "M"
        destination, employer = DESTINATIONS[index % len(DESTINATIONS)]
        channel = "OEC" if index % 4 == 0 else "OEP"
        licence = LICENCES[index % 3] if channel == "OEP" and index % 17 else ""
        rows.append(
            ManifestRow(
                serial=serial,
                name=name,
                father_name=f"{GIVEN_MALE[(index * 3) % 10]} {FAMILY[index % len(FAMILY)]}",
                cnic=make_cnic(index, female),
                passport_no=f"A{chr(65 + index % 26)}{4000000 + index * 13:07d}",
                passport_expiry=f"20{28 + index % 6}-{1 + index % 12:02d}-{1 + index % 28:02d}",
                birth_date=f"19{70 + index % 30}-{1 + index % 12:02d}-{1 + index % 28:02d}",
                sex=sex,
                trade=TRADES[index % len(TRADES)],
                destination=destination,
                employer=employer,
                channel=channel,
                oep_licence_no=licence,
                protector_no=f"ISB-PE-{500000 + index}",
            )
        )
    return tuple(rows)


def manifest(count: int = 400, **changes: object) -> ManifestData:
    data = ManifestData(
        office_code="ISB",
        office_name="Protector of Emigrants, Islamabad",
        contingent_code="ISB-20240319-01",
        revision=2,
        flight="PK-731",
        carrier="Pakistan International Airlines",
        airport="ISB",
        departure_date="2024-03-19",
        departure_time="09:30",
        destinations="Saudi Arabia, Qatar, United Arab Emirates, Oman",
        generated_at="2026-11-27T10:15:00Z",
        prepared_by="Muhammad Asif",
        verified_by="Samina Qureshi",
        audit_head="0f9e8d7c6b5a49382716a5b4c3d2e1f00112233445566778899aabbccddeeff0",
        rows=people(count),
        not_travelled=(
            NotTravelledRow(1, "WAQAS AHMED KHAN", "61101-9876543-1", "BX1122334", NO_SHOW),
            NotTravelledRow(2, "SHAZIA BIBI", "37405-1234567-2", "CY5566778", BAD_VISA),
        ),
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def squeeze(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Printed:
    data: ManifestData
    pdf: bytes
    reader: PdfReader
    pages: list[str]  # extracted text, page by page


def read(data: ManifestData) -> Printed:
    pdf = build_pdf(data)
    reader = PdfReader(io.BytesIO(pdf))
    return Printed(data, pdf, reader, [page.extract_text() for page in reader.pages])


@pytest.fixture(scope="module")
def printed() -> Printed:
    return read(manifest())


# --- text runs with their positions, straight from the content streams ---------------------

FONT_BY_BASE = {"NotoSans-Regular", "NotoSans-Bold"}


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float
    width: float


def latin_runs(reader: PdfReader, page_index: int) -> list[Run]:
    """Every Latin string shown on a page, where it starts and how wide it is printed.

    Widths come from the embedded fonts' own /Widths, as a viewer measures them.
    """
    page = reader.pages[page_index]
    fonts = page["/Resources"]["/Font"]
    operations = ContentStream(page.get_contents(), reader).operations
    runs = []
    x = y = size = 0.0
    widths: list[float] = []
    latin = False
    for operands, operator in operations:
        if operator == b"Tm":
            x, y = float(operands[4]), float(operands[5])
        elif operator == b"Tf":
            font = fonts[operands[0]].get_object()
            latin = str(font["/BaseFont"]).split("+")[-1] in FONT_BY_BASE
            widths = [float(w) for w in font["/Widths"]] if latin else []
            size = float(operands[1])
        elif operator == b"Tj" and latin:
            shown = operands[0]
            raw = getattr(shown, "original_bytes", shown)
            width = sum(widths[code] for code in raw) * size / 1000
            runs.append(Run(raw.decode("latin-1"), x, y, width))
    return runs


# --- the people ----------------------------------------------------------------------------


def test_the_test_data_has_a_sixty_character_name() -> None:
    assert len(LONG_NAME) == 60
    assert LONG_NAME in {row.name for row in people(400)}


def test_every_person_appears_exactly_once_whole_on_one_page(printed: Printed) -> None:
    pages = [squeeze(text) for text in printed.pages]
    for row in printed.data.rows:
        printed_row = squeeze(
            f"{row.serial} {row.name} {row.father_name} {row.cnic} {row.passport_no} "
            f"{row.passport_expiry} {row.birth_date} {row.sex} {row.trade} {row.destination} "
            f"{row.employer} {row.channel_label} {row.protector_no}"
        )
        found = sum(page.count(printed_row) for page in pages)
        assert found == 1, f"row {row.serial} printed {found} times: {printed_row}"


def test_each_cnic_is_printed_once_and_never_split(printed: Printed) -> None:
    document = "\n".join(printed.pages)
    cnics = [row.cnic for row in printed.data.rows] + [r.cnic for r in printed.data.not_travelled]
    for cnic in cnics:
        # Intact in the raw page text: no line break or space inside the number.
        assert document.count(cnic) == 1, cnic


def test_cnic_column_is_wide_enough_for_any_cnic() -> None:
    widest = pdfmetrics.stringWidth("00000-0000000-0", st.FONT_REGULAR, st.SIZE_CELL)
    cnic = next(column for column in st.MAIN_COLUMNS if column.key == "cnic")
    assert cnic.grow == 0
    assert widest <= cnic.width - 2 * st.CELL_PAD_X


def test_header_row_repeats_on_every_page_that_lists_people(printed: Printed) -> None:
    cnics = {row.cnic for row in printed.data.rows}
    listing = [text for text in printed.pages if any(cnic in text for cnic in cnics)]
    assert len(listing) >= len(printed.pages) - 1 > 10
    for text in listing:
        flat = squeeze(text)
        for title in ("S.No", "Name", "Father's name", "CNIC", "Passport no.", "Protector no."):
            assert title in flat
        assert "Destination employer" in flat
    # The last page, with the signatures, lists people too (not a detachable signature sheet).
    everyone = cnics | {row.cnic for row in printed.data.not_travelled}
    assert any(cnic in printed.pages[-1] for cnic in everyone)


def test_page_x_of_y_on_every_page(printed: Printed) -> None:
    total = len(printed.pages)
    for number, text in enumerate(printed.pages, start=1):
        assert re.findall(r"Page \d+ of \d+", text) == [f"Page {number} of {total}"]


def test_every_page_names_the_contingent_and_revision(printed: Printed) -> None:
    for text in printed.pages:
        assert "ISB-20240319-01 rev 2" in text
        assert "Generated 2026-11-27T10:15:00Z" in text
        assert f"Fingerprint {fingerprint(printed.data)[:16]}…" in text
        assert "Audit 0f9e8d7c6b5a" in text
    for text in printed.pages[1:]:
        assert "ISB-20240319-01  ·  Revision 2" in text


def test_first_page_has_the_letterhead_and_the_facts(printed: Printed) -> None:
    first = printed.pages[0]
    for words in (
        "Government of Pakistan",
        "Ministry of Overseas Pakistanis & Human Resource Development",
        "Protector of Emigrants, Islamabad (ISB)",
        "Contingent Manifest",
        "PK-731",
        "Pakistan International Airlines",
        "2024-03-19 09:30",
        "Saudi Arabia, Qatar, United Arab Emirates, Oman",
        "400 travelling, 2 not travelled",
        "حکومتِ پاکستان",
        "وزارتِ سمندر پار پاکستانیز و ترقی انسانی وسائل",
        "فہرستِ روانگی",
    ):
        assert words in first


def test_no_text_overlaps_or_leaves_the_page(printed: Printed) -> None:
    width = st.PAGE_SIZES["A4"][0]
    for index in range(len(printed.pages)):
        runs = latin_runs(printed.reader, index)
        assert runs
        for run in runs:
            assert run.x >= st.MARGIN_LEFT - 0.01, run
            assert run.x + run.width <= width - st.MARGIN_RIGHT + 0.01, run
            assert run.y >= st.MARGIN_BOTTOM - 0.01, run
        by_line: dict[float, list[Run]] = {}
        for run in runs:
            by_line.setdefault(round(run.y, 1), []).append(run)
        for line in by_line.values():
            line.sort(key=lambda run: run.x)
            for left, right in itertools.pairwise(line):
                assert left.x + left.width <= right.x + 0.01, (left, right)


def test_long_name_wraps_inside_its_column(printed: Printed) -> None:
    page = next(i for i, text in enumerate(printed.pages) if "NIAZI YOUSAFZAI" in text)
    runs = latin_runs(printed.reader, page)
    first = next(run for run in runs if run.text.startswith("MUHAMMAD ABDUL REHMAN"))
    below = sorted(
        (run for run in runs if abs(run.x - first.x) < 0.01 and run.y <= first.y),
        key=lambda run: -run.y,
    )
    lines = []
    while " ".join(lines) != LONG_NAME:
        lines.append(below[len(lines)].text)
        assert len(lines) <= 4
    assert len(lines) >= 2  # on more than one line, nothing lost
    father = min(run.x for run in runs if run.text.startswith("Father's name"))
    assert all(run.x + run.width < father for run in below[: len(lines)])


# --- what closes the list ------------------------------------------------------------------


def totals_on(text: str) -> dict[str, list[int]]:
    """label -> counts, from "label count" lines of the totals block."""
    found: dict[str, list[int]] = {}
    after = text.split("Totals", 1)[1].split("Prepared by", 1)[0]
    for line in after.splitlines():
        match = re.fullmatch(r"(.+?) ([\d,]+)", line.strip())
        if match:
            found.setdefault(match[1], []).append(int(match[2].replace(",", "")))
    return found


def test_totals_equal_the_rows(printed: Printed) -> None:
    rows = printed.data.rows
    totals = totals_on(printed.pages[-1])
    sexes = Counter(row.sex for row in rows)
    assert totals["Male"] == [sexes["M"]]
    assert totals["Female"] == [sexes["F"]]
    assert totals["Other (X)"] == [sexes["X"]] == [1]
    assert totals["Total"] == [len(rows)] * 3  # by sex, by destination, by channel
    for destination, count in Counter(row.destination for row in rows).items():
        assert totals[destination] == [count]
    assert totals["OEC"] == [sum(1 for row in rows if row.channel == "OEC")]
    for licence in LICENCES:
        expected = sum(1 for row in rows if row.channel == "OEP" and row.oep_licence_no == licence)
        assert totals[f"OEP {licence}"] == [expected]
    # OEP people whose licence was not recorded are counted, in a plain "OEP" group.
    assert totals["OEP"] == [sum(1 for r in rows if r.channel == "OEP" and not r.oep_licence_no)]
    assert totals["OEP, all promoters"] == [sum(1 for row in rows if row.channel == "OEP")]


def test_not_travelled_section_lists_its_people(printed: Printed) -> None:
    document = squeeze("\n".join(printed.pages))
    assert "Not travelled (2)" in document
    for row in printed.data.not_travelled:
        assert f"{row.serial} {row.name} {row.cnic} {row.passport_no} {row.reason}" in document


def test_no_not_travelled_section_when_everyone_boarded() -> None:
    text = "\n".join(read(manifest(5, not_travelled=())).pages)
    assert "Not travelled" not in text


def test_signature_blocks_are_whole_and_above_the_footer() -> None:
    # Row counts that end the table at every height on a page, so that the closing blocks
    # sometimes fit under it and sometimes must move to a new page.
    footer_rule = st.MARGIN_BOTTOM + st.FOOTER_HEIGHT
    for count in range(9, 40, 3):
        done = read(manifest(count, not_travelled=()))
        last = len(done.pages) - 1
        for title in ("Prepared by", "Verified by", "Office stamp", "Totals"):
            assert [i for i, text in enumerate(done.pages) if title in text] == [last], count
        assert "Muhammad Asif" in done.pages[last]
        assert "Samina Qureshi" in done.pages[last]
        runs = latin_runs(done.reader, last)
        lowest = min(run.y for run in runs if run.text in {"Date", "Signature"})
        assert lowest > footer_rule + 4, count
        # The signature page always lists people of this contingent.
        assert any(row.cnic in done.pages[last] for row in done.data.rows), count


def test_signature_blocks_print_each_signatorys_name_and_designation() -> None:
    footer_rule = st.MARGIN_BOTTOM + st.FOOTER_HEIGHT
    long_title = "Assistant Protector of Emigrants and Deputy Director (Overseas Employment)"
    for count in (5, 21, 33):
        done = read(
            manifest(
                count,
                prepared_by="Muhammad Asif Khan Yousafzai",
                prepared_by_designation="Data Entry Clerk",
                verified_by="Samina Qureshi",
                verified_by_designation=long_title,
            )
        )
        last = len(done.pages) - 1
        text = squeeze(done.pages[last])
        assert "Name Muhammad Asif Khan Yousafzai" in text
        assert "Designation Data Entry Clerk" in text
        assert "Name Samina Qureshi" in text
        assert long_title in text  # wrapped, but whole
        runs = latin_runs(done.reader, last)
        labels = {run.text: run.y for run in runs if run.text in {"Designation", "Signature"}}
        assert labels["Designation"] > labels["Signature"] + 8  # above the signature line
        for run in runs:
            if run.text in long_title or run.text == "Data Entry Clerk":
                assert run.y > labels["Signature"] + 8, run
        assert min(run.y for run in runs if run.text == "Date") > footer_rule + 4


def test_a_signatory_without_a_designation_gets_no_designation_line() -> None:
    text = squeeze(read(manifest(3, not_travelled=())).pages[-1])
    assert "Name Muhammad Asif" in text
    assert "Designation" not in text


def test_zero_rows_is_a_valid_one_page_manifest() -> None:
    done = read(manifest(0, not_travelled=()))
    assert len(done.pages) == 1
    text = done.pages[0]
    assert "No people in this contingent" in text
    assert "Page 1 of 1" in text
    assert "Prepared by" in text
    assert totals_on(text)["Total"] == [0, 0, 0]
    assert done.reader.metadata["/RawangiCount"] == "0"


# --- the file ------------------------------------------------------------------------------


def test_metadata_carries_code_revision_count_and_fingerprint(printed: Printed) -> None:
    info = printed.reader.metadata
    assert info["/Title"] == "Contingent Manifest ISB-20240319-01 rev 2"
    assert info["/Author"] == "Protector of Emigrants, Islamabad (ISB)"
    assert "PK-731" in info["/Subject"]
    assert "ISB-20240319-01" in info["/Keywords"]
    assert info["/RawangiCode"] == "ISB-20240319-01"
    assert info["/RawangiRevision"] == "2"
    assert info["/RawangiCount"] == "400"
    assert info["/RawangiFingerprint"] == fingerprint(printed.data)
    assert info["/RawangiAuditHead"] == printed.data.audit_head


def test_qr_code_payload() -> None:
    data = manifest(3)
    assert qr_payload(data, fingerprint(data)) == (
        f"RAWANGI-MANIFEST|ISB-20240319-01|2|3|{fingerprint(data)}"
    )


def test_same_data_gives_the_same_bytes(printed: Printed) -> None:
    assert build_pdf(printed.data) == printed.pdf


def test_same_bytes_in_a_fresh_process() -> None:
    # Font subsets and shaped Urdu are cached per process: what was printed before must not
    # change the bytes of the next manifest.
    build_pdf(sample_manifest(30, seed=99, urdu_names=True))
    here = hashlib.sha256(build_pdf(sample_manifest(25, urdu_names=True))).hexdigest()
    code = (
        "import hashlib; from desktop.manifest import build_pdf, sample_manifest; "
        "print(hashlib.sha256(build_pdf(sample_manifest(25, urdu_names=True))).hexdigest())"
    )
    there = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert here == there


def test_letter_paper_is_letter_landscape() -> None:
    done = read(manifest(30, page_size="Letter"))
    for page in done.reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (792.0, 612.0)
    a4 = read(manifest(3)).reader.pages[0].mediabox
    assert (round(float(a4.width), 1), round(float(a4.height), 1)) == (841.9, 595.3)


def test_progress_is_reported_now_and_then() -> None:
    calls: list[tuple[int, int]] = []
    build_pdf(manifest(1000), progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 1000)
    assert calls[-1] == (1000, 1000)
    assert 3 <= len(calls) <= 20
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_user_text_cannot_inject_pdf_operators() -> None:
    evil = "KHAN) Tj ET BT (INJECTED <b>bold</b> \\"
    done = read(manifest(2, rows=(dataclasses.replace(people(1)[0], name=evil),)))
    assert evil in squeeze(done.pages[0])
    assert "INJECTED" not in squeeze(done.pages[0]).replace(evil, "")


def test_a_value_too_long_for_any_page_is_refused_with_a_message() -> None:
    with pytest.raises(ValidationError, match="longer than 200 characters"):
        dataclasses.replace(people(1)[0], employer="X" * 201)


def test_a_row_taller_than_a_page_is_refused_naming_the_row() -> None:
    huge = dataclasses.replace(
        people(3)[2], passport_no="W" * 200, passport_expiry="W" * 200, birth_date="W" * 200
    )
    with pytest.raises(ValidationError, match="Row 3 of the manifest is too tall"):
        build_pdf(manifest(3, rows=(*people(2), huge)))


def test_garbage_collection_is_back_on_after_a_build_even_a_failed_one() -> None:
    assert gc.isenabled()
    build_pdf(manifest(3))
    assert gc.isenabled()
    huge = dataclasses.replace(people(1)[0], passport_no="W" * 200, passport_expiry="W" * 200)
    with pytest.raises(ValidationError):
        build_pdf(manifest(1, rows=(dataclasses.replace(huge, birth_date="W" * 200),)))
    assert gc.isenabled()


def fonts_used(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages (and the forms drawn on them) name: base font -> embedded."""
    found: dict[str, bool] = {}

    def walk(resources: object) -> None:
        if resources is None:
            return
        resources = resources.get_object()  # type: ignore[attr-defined]
        for reference in (resources.get("/Font") or {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            program = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in program for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def test_every_font_is_embedded(printed: Printed) -> None:
    urdu = read(sample_manifest(20, urdu_names=True))
    for done in (printed, urdu):
        fonts = fonts_used(done.reader)
        assert fonts, "the manifest names no font at all"
        assert {name for name, embedded in fonts.items() if not embedded} == set()
        # Only the shipped Noto fonts: a viewer never substitutes a system font.
        assert {name.split("+")[-1] for name in fonts} <= {
            "NotoSans-Regular", "NotoSans-Bold",
            "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold",
        }  # fmt: skip


def test_the_file_is_dated_when_the_revision_was_generated(printed: Printed) -> None:
    info = printed.reader.metadata
    assert info["/CreationDate"] == "D:20261127101500+00'00'"
    assert info["/ModDate"] == "D:20261127101500+00'00'"
    assert info.creation_date is not None
    assert info.creation_date.isoformat() == "2026-11-27T10:15:00+00:00"
    # Still deterministic: another generation time gives other bytes, the same one the same.
    later = dataclasses.replace(printed.data, generated_at="2027-01-02T03:04:05Z")
    assert read(later).reader.metadata["/CreationDate"] == "D:20270102030405+00'00'"


def test_a_visa_note_is_printed_under_the_trade_and_covered_by_the_fingerprint() -> None:
    import json

    from desktop.manifest.canonical import canonical_document, fingerprint

    plain = manifest(2)
    noted = dataclasses.replace(
        plain,
        rows=(dataclasses.replace(plain.rows[0], visa_note="Visa: Mason"), *plain.rows[1:]),
    )
    assert "Visa: Mason" in squeeze(read(noted).pages[0])
    assert fingerprint(noted) != fingerprint(plain)
    # Without a note the canonical data is what it always was: old fingerprints still hold.
    assert "visa_note" not in json.dumps(canonical_document(plain))
