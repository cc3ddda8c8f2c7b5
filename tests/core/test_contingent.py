"""What a contingent's state allows, and why not: one answer for the window and the services."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import mrz, rules
from desktop.core.contingent import (
    DEPARTED,
    FINALIZED,
    OPEN,
    Contingent,
    Step,
    refusal,
    refusals,
)


def contingent(status: str = OPEN, revision: int = 0) -> Contingent:
    return Contingent(
        id="c1",
        code="ISB-20260315-01",
        office="ISB",
        flight_no="PK-731",
        carrier="PIA",
        airport="ISB",
        departure_date=dt.date(2026, 3, 15),
        departure_time="09:30",
        destinations=("SA",),
        capacity=40,
        status=status,
        revision=revision,
    )


ALLOWED = {
    OPEN: {Step.ADD, Step.REMOVE, Step.FINALIZE},
    FINALIZED: {Step.REOPEN, Step.MARK_DEPARTED, Step.PRINT, Step.SLIPS},
    DEPARTED: {Step.PRINT, Step.SLIPS},
}


@pytest.mark.parametrize("status", [OPEN, FINALIZED, DEPARTED])
def test_each_state_allows_its_steps_and_says_why_not_for_the_others(status):
    revision = 0 if status == OPEN else 1
    said = refusals(contingent(status, revision), travelling=3)
    assert {step for step, why in said.items() if why is None} == ALLOWED[status]
    for step, why in said.items():
        if why is not None:
            assert "ISB-20260315-01" in why, step


def test_finalizing_with_nobody_travelling_is_refused_with_the_reason():
    why = refusal(Step.FINALIZE, contingent(), travelling=0)
    assert why == "ISB-20260315-01 has nobody travelling in it; add people first."


def test_slips_of_an_open_contingent_wait_for_its_finalizing():
    why = refusal(Step.SLIPS, contingent(OPEN, revision=1), travelling=3)
    assert why == "ISB-20260315-01 is open: departure slips are printed once it is finalized."


def test_finalizing_a_finalized_contingent_says_it_already_is():
    why = refusal(Step.FINALIZE, contingent(FINALIZED, 1), travelling=3)
    assert why == "ISB-20260315-01 is already finalized."


def test_a_reopened_contingent_prints_its_superseded_manifest_but_a_new_one_has_none():
    assert refusal(Step.PRINT, contingent(OPEN, revision=2), travelling=3) is None
    why = refusal(Step.PRINT, contingent(OPEN, revision=0), travelling=3)
    assert why is not None and "no manifest yet" in why


def test_marking_departed_before_finalizing_says_to_finalize_first():
    why = refusal(Step.MARK_DEPARTED, contingent(OPEN), travelling=3)
    assert why == "ISB-20260315-01 is open; finalize it before marking it departed."


def strip(personal_number: str) -> mrz.Mrz:
    return mrz.parse(
        mrz.compose(
            surname="Khan",
            given_names="Imran",
            document_number="AB1234567",
            nationality="PAK",
            birth_date=dt.date(1990, 1, 2),
            sex="M",
            expiry_date=dt.date(2030, 1, 1),
            personal_number=personal_number,
        ),
        today=dt.date(2026, 3, 1),
    )


def test_a_pakistani_passport_gives_the_holders_cnic():
    assert strip("3520112345671").cnic == "35201-1234567-1"


@pytest.mark.parametrize("personal_number", ["", "X1234567", "9520112345671"])
def test_a_personal_number_that_is_no_cnic_gives_none(personal_number):
    assert strip(personal_number).cnic == ""


@pytest.mark.parametrize(("channel", "takes"), [("OEP", True), ("OEC", False), ("", False)])
def test_only_a_promoter_departure_takes_a_licence_number(channel, takes):
    assert rules.takes_licence(channel) is takes
