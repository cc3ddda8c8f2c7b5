"""The manifest's data: validation, totals, the canonical JSON and its fingerprint."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, strategies
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.core.errors import ValidationError
from desktop.manifest import (
    ManifestData,
    ManifestRow,
    NotTravelledRow,
    canonical_json,
    compute_totals,
    fingerprint,
)
from desktop.manifest import styles as st
from desktop.manifest.pdf import register_fonts, wrap


def person(serial: int, **changes: object) -> ManifestRow:
    row = ManifestRow(
        serial=serial,
        name="MUHAMMAD IMRAN KHAN",
        father_name="GHULAM RASOOL KHAN",
        cnic="35202-1234567-1",
        passport_no="AB1234567",
        passport_expiry="2029-05-31",
        birth_date="1990-01-15",
        sex="M",
        trade="Electrician",
        destination="Saudi Arabia",
        employer="Saudi Binladin Group",
        channel="OEP",
        oep_licence_no="1234/RWP",
        protector_no="ISB-PE-100001",
        name_urdu="محمد عمران خان",
    )
    return dataclasses.replace(row, **changes)  # type: ignore[arg-type]


def small_manifest() -> ManifestData:
    """A fixed two-person contingent: the input of the pinned fingerprint below."""
    return ManifestData(
        office_code="ISB",
        office_name="Protector of Emigrants, Islamabad",
        contingent_code="ISB-20240319-01",
        revision=1,
        flight="PK-731",
        carrier="Pakistan International Airlines",
        airport="ISB",
        departure_date="2024-03-19",
        departure_time="09:30",
        destinations="Saudi Arabia, Qatar",
        generated_at="2026-11-27T10:15:00Z",
        prepared_by="Muhammad Asif",
        verified_by="Samina Qureshi",
        audit_head="ab" * 32,
        rows=(
            person(1),
            person(
                2,
                name="AYESHA BIBI",
                father_name="MUHAMMAD ASHRAF",
                cnic="61101-7654321-2",
                passport_no="CD7654321",
                sex="F",
                trade="Nurse",
                destination="Qatar",
                employer="Hamad Medical Corporation",
                channel="OEC",
                oep_licence_no="",
                protector_no="ISB-PE-100002",
                name_urdu="عائشہ بی بی",
            ),
        ),
        not_travelled=(
            NotTravelledRow(1, "WAQAS AHMED", "37405-1112223-3", "EF1112223", "Did not report"),
        ),
    )


# --- validation ----------------------------------------------------------------------------


def test_unknown_sex_channel_revision_or_paper_are_refused() -> None:
    with pytest.raises(ValidationError, match="sex must be M, F or X"):
        person(1, sex="male")
    with pytest.raises(ValidationError, match="channel must be OEC or OEP"):
        person(1, channel="Direct")
    with pytest.raises(ValidationError, match="revision must be 1 or more"):
        dataclasses.replace(small_manifest(), revision=0)
    with pytest.raises(ValidationError, match="page size must be A4 or Letter"):
        dataclasses.replace(small_manifest(), page_size="A3")


def test_rows_given_as_a_list_are_kept_as_a_tuple() -> None:
    data = dataclasses.replace(small_manifest(), rows=[person(1)])  # type: ignore[arg-type]
    assert data.rows == (person(1),)


# --- totals --------------------------------------------------------------------------------


def test_totals_count_sex_destination_and_channel_per_licence() -> None:
    rows = (
        person(1),
        person(2, sex="F", destination="Qatar", channel="OEC", oep_licence_no=""),
        person(3, oep_licence_no="2231/LHR"),
        person(4, sex="X", oep_licence_no=""),
        person(5, destination="Oman"),
    )
    totals = compute_totals(rows)
    assert (totals.male, totals.female, totals.other, totals.total) == (3, 1, 1, 5)
    assert totals.by_destination == (("Oman", 1), ("Qatar", 1), ("Saudi Arabia", 3))
    assert totals.by_channel == (
        ("OEC", 1),
        ("OEP 1234/RWP", 2),
        ("OEP 2231/LHR", 1),
        ("OEP", 1),  # an OEP row whose licence was not recorded
    )
    assert totals.oep_total == 4


def test_totals_of_nobody_are_zero() -> None:
    totals = compute_totals(())
    assert (totals.male, totals.female, totals.other, totals.total) == (0, 0, 0, 0)
    assert totals.by_destination == totals.by_channel == ()


# --- canonical data and fingerprint ----------------------------------------------------------

# Computed once from small_manifest() and pinned. The fingerprint is printed on paper and
# stored: if this test fails, version 1 of the canonical format has changed and every stored
# manifest would stop verifying. Add a version 2 instead of changing version 1.
PINNED_V1_FINGERPRINT = "7ed5c31239368dfa59c274a741b76b355d7459955858cd18c1d465d84893ca0e"


def test_canonical_v1_fingerprint_is_stable() -> None:
    assert fingerprint(small_manifest(), version=1) == PINNED_V1_FINGERPRINT
    # Version 1 knows no designations: a manifest stored with it still verifies.
    titled = dataclasses.replace(small_manifest(), verified_by_designation="Deputy Director")
    assert fingerprint(titled, version=1) == PINNED_V1_FINGERPRINT


def test_the_signatories_designations_are_content() -> None:
    data = small_manifest()
    document = json.loads(canonical_json(data))
    assert document["version"] == 2
    assert document["header"]["prepared_by_designation"] == ""
    for field in ("prepared_by_designation", "verified_by_designation"):
        titled = dataclasses.replace(data, **{field: "Assistant Protector of Emigrants"})
        assert fingerprint(titled) != fingerprint(data)


def test_canonical_json_is_versioned_sorted_and_compact() -> None:
    raw = canonical_json(small_manifest(), version=1)
    document = json.loads(raw)
    assert document["format"] == "rawangi-manifest"
    assert document["version"] == 1
    assert raw == json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    assert "محمد عمران خان".encode() in raw  # UTF-8, not \\u escapes
    assert set(document["header"]) == {
        "office_code", "office_name", "contingent_code", "revision", "flight", "carrier",
        "airport", "departure_date", "departure_time", "destinations", "prepared_by",
        "verified_by",
    }  # fmt: skip
    # A visa note is there only when a row has one (so that old fingerprints still hold).
    every = {field.name for field in dataclasses.fields(ManifestRow)}
    assert set(document["rows"][0]) == every - {"visa_note"}
    assert document["not_travelled"][0]["reason"] == "Did not report"


def test_a_change_in_one_row_changes_the_fingerprint() -> None:
    data = small_manifest()
    changed = dataclasses.replace(
        data, rows=(data.rows[0], dataclasses.replace(data.rows[1], passport_no="CD7654322"))
    )
    assert fingerprint(changed) != fingerprint(data)
    urdu = dataclasses.replace(
        data, rows=(dataclasses.replace(data.rows[0], name_urdu=""), data.rows[1])
    )
    assert fingerprint(urdu) != fingerprint(data)
    assert fingerprint(dataclasses.replace(data, verified_by="Someone Else")) != fingerprint(data)
    assert fingerprint(dataclasses.replace(data, not_travelled=())) != fingerprint(data)


def test_generation_time_audit_head_and_paper_are_not_content() -> None:
    data = small_manifest()
    reprint = dataclasses.replace(
        data,
        generated_at="2027-01-01T00:00:00Z",
        audit_head="cd" * 32,
        page_size="Letter",
        urdu_names=True,
    )
    assert fingerprint(reprint) == fingerprint(data)


def test_unknown_canonical_version_is_refused() -> None:
    with pytest.raises(ValidationError, match="Unknown manifest data version 99"):
        canonical_json(small_manifest(), version=99)


# --- wrapping ------------------------------------------------------------------------------

words = strategies.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ-.'", min_size=1, max_size=30)


@given(strategies.lists(words, max_size=12), strategies.floats(min_value=20, max_value=200))
def test_wrapped_lines_fit_and_lose_nothing(parts: list[str], width: float) -> None:
    register_fonts()
    text = " ".join(parts)
    lines = wrap(text, st.FONT_REGULAR, st.SIZE_CELL, width)
    for line in lines:
        # A single character wider than the column is the only thing allowed to overflow.
        assert len(line) == 1 or stringWidth(line, st.FONT_REGULAR, st.SIZE_CELL) <= width
    assert "".join("".join(lines).split()) == "".join(text.split())
