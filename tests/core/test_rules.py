import datetime as dt

import pytest

from desktop.core.departure import Departure
from desktop.core.errors import ValidationError
from desktop.core.rules import (
    DuplicateCandidate,
    Severity,
    blocks,
    check_departure,
    normalize_phone,
    read_departure,
    status_change_problem,
    warnings,
)
from tests.factories import person

TODAY = dt.date(2026, 3, 1)


def _read(**changes):
    departure, problems = read_departure(person(**changes))
    return departure, problems


def _check(**changes):
    departure, problems = _read(**changes)
    return problems + check_departure(departure, today=TODAY)


def codes(problems, severity=None):
    return {(p.field, p.code) for p in problems if severity is None or p.severity is severity}


def test_a_valid_person_has_no_problem():
    assert _check() == []


def test_values_are_normalized_as_on_the_passport():
    departure, _ = _read(
        surname=" khan ",
        given_names="muhammad   imran",
        passport_no="ab 123 4567",
        cnic="35202 1234567 1",
        destination="KSA",
        phone="0300-1234567",
    )
    assert departure.surname == "KHAN"
    assert departure.given_names == "MUHAMMAD IMRAN"
    assert departure.passport_no == "AB1234567"
    assert departure.cnic == "35202-1234567-1"
    assert departure.destination == "SA"
    assert departure.phone == "+923001234567"
    assert departure.birth_date == dt.date(1990, 4, 12)


def test_every_unreadable_field_is_reported_at_once():
    _, problems = _read(
        cnic="12345", passport_expiry="2031-02-30", destination="Atlantis", sex="Q", channel="Agent"
    )
    assert {p.field for p in problems} == {
        "cnic",
        "passport_expiry",
        "destination",
        "sex",
        "channel",
    }
    assert all(p.severity is Severity.BLOCK for p in problems)
    by_field = {p.field: p.message for p in problems}
    assert "not a real calendar date" in by_field["passport_expiry"]
    assert "Atlantis" in by_field["destination"]


def test_required_fields_are_named_when_empty():
    _, problems = _read(surname="", father_name=" ", departure_date="")
    assert codes(problems) >= {
        ("surname", "required"),
        ("father_name", "required"),
        ("departure_date", "required"),
    }
    assert any(p.text == "Surname is required." for p in problems)  # named once


def test_names_with_digits_are_refused():
    _, problems = _read(surname="Khan2")
    assert ("surname", "invalid") in codes(problems)


def test_cnic_gender_digit_must_fit_the_sex():
    problems = _check(sex="F")  # CNIC ends in 1: a man's
    assert ("cnic", "cnic.sex") in codes(problems, Severity.BLOCK)
    assert _check(sex="F", cnic="35202-1234567-2") == []


def test_a_minor_is_blocked_with_their_age():
    problems = _check(birth_date="2008-06-01")
    (minor,) = [p for p in problems if p.code == "age.minor"]
    assert minor.severity is Severity.BLOCK
    assert "17" in minor.message


def test_eighteenth_birthday_on_the_departure_day_is_allowed():
    assert _check(birth_date="2008-03-15") == []


def test_an_expired_passport_at_departure_blocks():
    problems = _check(passport_expiry="2026-03-14")
    assert ("passport_expiry", "passport.expired") in codes(problems, Severity.BLOCK)


def test_passport_valid_under_six_months_warns():
    problems = _check(passport_expiry="2026-09-01")
    assert codes(problems) == {("passport_expiry", "passport.validity")}
    assert warnings(problems) and not blocks(problems)


def test_validity_months_is_configurable():
    departure, _ = _read(passport_expiry="2026-09-01")
    assert check_departure(departure, today=TODAY, validity_months=3) == []


def test_non_pakistani_form_passport_warns_only_for_pakistanis():
    assert codes(_check(passport_no="X1234")) == {("passport_no", "passport.form")}
    assert _check(passport_no="X1234", nationality="GBR") == []


def test_back_entry_warns_and_far_future_warns():
    assert codes(_check(departure_date="2026-02-01", passport_expiry="2031-01-01")) == {
        ("departure_date", "date.back_entry")
    }
    assert codes(_check(departure_date="2027-06-01")) == {("departure_date", "date.far")}


def test_back_entry_is_not_raised_again_when_the_date_did_not_change():
    departure, _ = _read(departure_date="2026-02-01")
    assert check_departure(departure, today=TODAY, previous=departure) == []


def test_future_birth_date_is_impossible():
    assert ("birth_date", "date.future") in codes(_check(birth_date="2027-01-01"))


def test_oep_needs_a_licence_and_oec_has_none():
    assert ("oep_licence_no", "required") in codes(_check(oep_licence_no=""), Severity.BLOCK)
    assert ("oep_licence_no", "channel.licence") in codes(_check(channel="OEC"), Severity.BLOCK)
    assert _check(channel="OEC", oep_licence_no="") == []


def _candidate(status, departure_date, **kw):
    values = dict(
        id="other",
        full_name="ALI RAZA",
        cnic="35202-1234567-1",
        passport_no="ZZ0000001",
        status=status,
        departure_date=departure_date,
        office="LHE",
    )
    values.update(kw)
    return DuplicateCandidate(**values)


@pytest.mark.parametrize(
    ("status", "date", "blocked"),
    [
        ("recorded", dt.date(2025, 1, 1), True),
        ("departed", dt.date(2026, 2, 20), True),
        ("departed", dt.date(2026, 1, 1), False),
        ("withdrawn", dt.date(2026, 3, 10), False),
        ("no-show", dt.date(2026, 3, 10), False),
    ],
)
def test_duplicates_block_while_pending_or_recently_departed(status, date, blocked):
    departure, _ = _read()
    problems = check_departure(departure, today=TODAY, duplicates=[_candidate(status, date)])
    dupes = [p for p in problems if p.code == "duplicate"]
    assert bool(dupes) is blocked
    if blocked:
        assert dupes[0].other_id == "other"
        assert "ALI RAZA" in dupes[0].message and "LHE" in dupes[0].message


def test_duplicate_by_passport_is_shown_on_the_passport_field():
    departure, _ = _read()
    other = _candidate("recorded", None, cnic="61101-7654321-3", passport_no="AB1234567")
    (dupe,) = check_departure(departure, today=TODAY, duplicates=[other])
    assert dupe.field == "passport_no"


def test_the_record_itself_is_not_its_own_duplicate():
    departure = Departure(id="me", cnic="35202-1234567-1")
    assert (
        check_departure(departure, today=TODAY, duplicates=[_candidate("recorded", None, id="me")])
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0300 1234567", "+923001234567"),
        ("92-300-1234567", "+923001234567"),
        ("+966 50 123 4567", "+966501234567"),
        ("00971501234567", "+971501234567"),
    ],
)
def test_phone_numbers_become_international(text, expected):
    assert normalize_phone(text) == expected


def test_a_phone_that_is_not_a_number_is_refused():
    with pytest.raises(ValidationError, match="Phone"):
        normalize_phone("call me")


def test_status_changes():
    assert status_change_problem("recorded", "departed", "") is None
    assert "reason" in status_change_problem("recorded", "withdrawn", "")
    assert status_change_problem("recorded", "withdrawn", "visa cancelled") is None
    assert "cannot" in status_change_problem("withdrawn", "departed", "x")
    assert "already" in status_change_problem("recorded", "recorded", "x")


# -- the passport at the scan, before a departure date is known ------------------------------


def test_an_expired_passport_blocks_before_a_departure_date_is_typed():
    problems = _check(passport_expiry="2012-04-15", departure_date="")
    (expired,) = [p for p in problems if p.field == "passport_expiry"]
    assert expired.severity is Severity.BLOCK
    assert expired.message == (
        "The passport expired on 2012-04-15: it must be renewed before the person can travel."
    )


def test_a_back_entry_is_judged_by_its_own_departure_date():
    # Departed in February on a passport valid then; it has expired since.
    problems = _check(passport_expiry="2026-02-20", departure_date="2026-02-10")
    assert ("passport_expiry", "passport.expired") not in codes(problems)
    assert ("departure_date", "date.back_entry") in codes(problems)


def test_the_validity_warning_names_both_dates():
    (warning,) = [
        p
        for p in _check(passport_expiry="2027-04-06", departure_date="2027-01-10")
        if p.field == "passport_expiry"
    ]
    assert warning.message == (
        "The passport expires on 2027-04-06, less than 6 months after the departure on "
        "2027-01-10; the destination may refuse entry."
    )


def test_a_one_month_validity_speaks_of_one_month():
    departure, _ = _read(passport_expiry="2026-04-01", departure_date="2026-03-15")
    (warning,) = check_departure(departure, today=TODAY, validity_months=1)
    assert "less than 1 month after" in warning.message


def test_messages_are_sentences():
    problems = _check(
        cnic="35202-1234568-2",
        birth_date="2027-01-01",
        passport_expiry="2026-03-20",
        departure_date="2026-02-20",
        channel="OEP",
        oep_licence_no="",
    )
    assert len(problems) >= 5
    for problem in problems:
        assert problem.message[0].isupper() or problem.message[0].isdigit(), problem.message
        assert problem.message.endswith("."), problem.message


# -- the visa -------------------------------------------------------------------------------


def test_a_visa_for_another_trade_or_country_warns():
    problems = _check(trade="Electrician", visa_profession="Mason", visa_country="AE")
    assert codes(problems, Severity.WARN) == {
        ("visa_profession", "visa.profession"),
        ("visa_country", "visa.country"),
    }
    assert not blocks(problems)
    (profession,) = [p for p in problems if p.field == "visa_profession"]
    assert profession.message.startswith(
        "The visa is for the profession Mason, not for the trade Electrician"
    )


@pytest.mark.parametrize(
    ("trade", "visa"),
    [
        ("Electrician", "ELECTRICIAN"),
        ("Construction Labourer", "General Laborer"),
        ("Domestic Worker", "House Maid"),
        ("HVAC Technician", "A/C Technician"),
        ("Civil Engineer", "Engineer (Civil)"),
        ("Driver", "Private Driver"),
        ("Welder", "welder"),
    ],
)
def test_the_same_job_in_other_words_is_no_warning(trade, visa):
    assert warnings(_check(trade=trade, visa_profession=visa)) == []


def test_no_visa_details_no_visa_warning():
    assert _check(visa_profession="", visa_country="") == []


def test_the_visa_country_is_read_as_a_country():
    departure, problems = _read(visa_country="KSA")
    assert departure.visa_country == "SA" and problems == []
    _, problems = _read(visa_country="Atlantis")
    assert codes(problems) == {("visa_country", "invalid")}
    assert problems[0].message == "Visa country 'Atlantis' is not a country we know."


def test_the_manifest_notes_what_the_visa_says_otherwise():
    from desktop.core.rules import visa_note

    departure, _ = _read(trade="Electrician", visa_profession="Mason", visa_country="AE")
    assert visa_note(departure) == "Visa: Mason, United Arab Emirates"
    agreeing, _ = _read(visa_profession="Electrician", visa_country="SA")
    assert visa_note(agreeing) == ""
