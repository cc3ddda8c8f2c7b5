"""A scanned passport strip fills the form, or says which field or character to look at."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import mrz
from desktop.core.errors import ValidationError

# ICAO Doc 9303 Part 4, the specimen passport of Anna Maria Eriksson.
LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
SPECIMEN = f"{LINE1}\n{LINE2}"
TODAY = dt.date(2026, 3, 1)
RETRY = "rescan or type the fields by hand."


def changed(line: str, position: int, char: str) -> str:
    """The line with the character at a 1-based position replaced."""
    return line[: position - 1] + char + line[position:]


def with_composite(line2: str) -> str:
    """Line 2 with its composite check digit made to fit the rest again."""
    return line2[:43] + mrz.check_digit(line2[0:10] + line2[13:20] + line2[21:43])


def refused(text: str) -> str:
    with pytest.raises(ValidationError) as error:
        mrz.parse(text, today=TODAY)
    assert error.value.field == "mrz"
    return str(error.value)


def pakistani(**changes: Any) -> str:
    values: dict[str, Any] = {
        "surname": "Khan",
        "given_names": "Muhammad Ali",
        "document_number": "AB1234567",
        "nationality": "PAK",
        "birth_date": dt.date(1990, 5, 17),
        "sex": "M",
        "expiry_date": dt.date(2030, 1, 2),
        "personal_number": "3520212345671",
    }
    values.update(changes)
    return mrz.compose(**values)


def test_the_icao_specimen_is_read() -> None:
    passport = mrz.parse(SPECIMEN, today=TODAY)
    assert passport == mrz.Mrz(
        document_type="P",
        issuing_state="UTO",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        document_number="L898902C3",
        nationality="UTO",
        birth_date=dt.date(1974, 8, 12),
        sex="F",
        expiry_date=dt.date(2012, 4, 15),
        personal_number="ZE184226B",
    )
    assert passport.valid
    assert passport.failed_checks == ()
    assert mrz.message(passport) == "All check digits of the passport strip match."


@pytest.mark.parametrize(
    ("value", "digit"),
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("L898902C3674081221204159ZE184226B<<<<<1", "0"),
        ("<<<<<<<<<<<<<<", "0"),
    ],
)
def test_check_digits_of_the_specimen(value: str, digit: str) -> None:
    assert mrz.check_digit(value) == digit


def test_a_check_digit_of_an_impossible_character_is_refused() -> None:
    with pytest.raises(ValidationError, match=re.escape("A passport strip cannot hold '#'.")):
        mrz.check_digit("AB#1")


def test_a_pakistani_passport_written_by_compose_reads_back() -> None:
    strip = pakistani()
    assert strip.splitlines()[0] == "P<PAKKHAN<<MUHAMMAD<ALI" + "<" * 21
    passport = mrz.parse(strip, today=TODAY)
    assert passport.valid
    assert (passport.surname, passport.given_names) == ("KHAN", "MUHAMMAD ALI")
    assert passport.document_number == "AB1234567"
    assert (passport.issuing_state, passport.nationality) == ("PAK", "PAK")
    assert passport.birth_date == dt.date(1990, 5, 17)
    assert passport.expiry_date == dt.date(2030, 1, 2)
    assert passport.sex == "M"
    assert passport.personal_number == "3520212345671"


# Line 2 positions (1-based) of each field's check digit.
CHECK_POSITIONS = {
    "document_number": 10,
    "birth_date": 20,
    "expiry_date": 28,
    "personal_number": 43,
}


@pytest.mark.parametrize("check", CHECK_POSITIONS)
def test_a_wrong_check_digit_also_fails_the_composite_that_covers_it(check: str) -> None:
    position = CHECK_POSITIONS[check]
    wrong = str((int(LINE2[position - 1]) + 1) % 10)
    passport = mrz.parse(f"{LINE1}\n{changed(LINE2, position, wrong)}", today=TODAY)
    # The composite digit covers the field check digits too (positions 10, 20, 28, 43).
    assert passport.failed_checks == (check, "composite")
    assert not passport.valid


@pytest.mark.parametrize("check", CHECK_POSITIONS)
def test_a_wrong_check_digit_under_a_fitting_composite_names_only_its_field(check: str) -> None:
    position = CHECK_POSITIONS[check]
    wrong = str((int(LINE2[position - 1]) + 1) % 10)
    line2 = with_composite(changed(LINE2, position, wrong))
    passport = mrz.parse(f"{LINE1}\n{line2}", today=TODAY)
    assert passport.failed_checks == (check,)
    words = {
        "document_number": "passport number",
        "birth_date": "date of birth",
        "expiry_date": "expiry date",
        "personal_number": "personal number",
    }[check]
    assert mrz.message(passport) == f"The check digit of the {words} does not match: {RETRY}"


def test_a_wrong_composite_digit_alone_names_only_the_composite() -> None:
    passport = mrz.parse(f"{LINE1}\n{changed(LINE2, 44, '1')}", today=TODAY)
    assert passport.failed_checks == ("composite",)
    assert mrz.message(passport) == (
        f"The check digit of the strip as a whole does not match: {RETRY}"
    )


@pytest.mark.parametrize(
    ("check", "position", "digit"),
    [
        ("document_number", 2, "9"),  # L898902C3 -> L998902C3
        ("birth_date", 19, "3"),  # 740812 -> 740813
        ("expiry_date", 27, "6"),  # 120415 -> 120416
        ("personal_number", 31, "2"),  # ZE184226B -> ZE284226B
    ],
)
def test_a_misread_data_digit_fails_its_field_and_the_composite(
    check: str, position: int, digit: str
) -> None:
    # Doc 9303: the composite covers the data as well, and each weight (7, 3, 1) is prime
    # to 10, so any one changed digit changes both sums: both checks must fail.
    passport = mrz.parse(f"{LINE1}\n{changed(LINE2, position, digit)}", today=TODAY)
    assert passport.failed_checks == (check, "composite")


def test_the_message_names_every_failed_check() -> None:
    # (Two misreads can cancel out in the composite: 7 here with 3 at position 20 would.)
    line2 = changed(changed(LINE2, 10, "7"), 20, "4")
    passport = mrz.parse(f"{LINE1}\n{line2}", today=TODAY)
    assert passport.failed_checks == ("document_number", "birth_date", "composite")
    assert mrz.message(passport) == (
        "The check digits of the passport number, the date of birth and the strip as a whole "
        f"do not match: {RETRY}"
    )


@pytest.mark.parametrize(
    "scanned",
    [
        f"{LINE1}\n{LINE2}",
        f"{LINE1}\r{LINE2}",
        f"{LINE1}\r\n{LINE2}",
        f"{LINE1}\n{LINE2}\n",
        f"{LINE1}\r{LINE2}\r",
        f"{LINE1}\r\n{LINE2}\r\n",
        f"  {LINE1}\r\n{LINE2}\r\n  ",
        f"{LINE1.lower()}\r\n{LINE2.lower()}\r\n",  # Caps Lock on
    ],
)
def test_every_way_a_scanner_ends_its_lines_is_read(scanned: str) -> None:
    assert mrz.parse(scanned, today=TODAY) == mrz.parse(SPECIMEN, today=TODAY)


@pytest.mark.parametrize(
    ("scanned", "words"),
    [
        ("", "The passport strip is empty: scan the passport again."),
        (LINE1, "A passport strip has 2 lines of 44 characters; this has 1 line"),
        (LINE1 + LINE2, "this has 1 line"),
        (f"{LINE1}\n{LINE2}\n{LINE2}", "this has 3 lines"),
        (f"{LINE1}\n{LINE2[:43]}", "Line 2 of the passport strip has 43 characters; "
                                  "a passport (TD3) has 44."),
        (f"{LINE1}<\n{LINE2}", "Line 1 of the passport strip has 45 characters"),
        (f"{LINE1}\n{changed(LINE2, 15, '#')}", "Line 2 of the passport strip has '#' at "
                                                "position 15; only letters A-Z, digits 0-9 "
                                                "and '<' belong there."),
        (f"{changed(LINE1, 12, ' ')}\n{LINE2}", "Line 1 of the passport strip has a space at "
                                                "position 12"),
        (f"{changed(LINE1, 7, 'É')}\n{LINE2}", "has 'É' at position 7"),
        (f"{changed(LINE1, 1, 'I')}\n{LINE2}", "starts with 'I', not 'P'"),
        (f"{changed(LINE1, 11, '0')}\n{LINE2}", "Line 1 of the passport strip has the digit "
                                                "'0' at position 11, where only letters"),
        (f"{LINE1}\n{changed(LINE2, 12, '7')}", "The nationality in the passport strip "
                                                "('U7O') is not a country code."),
        (f"{LINE1}\n{changed(LINE2, 21, 'Q')}", "The sex in the passport strip is 'Q'"),
        (f"{LINE1}\n{changed(LINE2, 10, 'A')}", "The passport strip has 'A' where the check "
                                                "digit of the passport number belongs, not a "
                                                "digit"),
        (f"{LINE1}\n{changed(LINE2, 43, '<')}", "has '<' where the check digit of the "
                                                "personal number belongs"),
        (f"{LINE1}\n{changed(LINE2, 44, '<')}", "has '<' where the check digit of the strip as "
                                                "a whole belongs"),
    ],
)  # fmt: skip
def test_a_strip_that_cannot_be_read_is_refused_saying_why(scanned: str, words: str) -> None:
    assert words in refused(scanned)


@pytest.mark.parametrize(
    ("line2", "words"),
    [
        (changed(LINE2, 16, "1"), "Date of birth in the passport strip is not a real date "
                                  "(day 12, month 18, year 74)"),
        (LINE2[:13] + "740231" + LINE2[19:], "Date of birth in the passport strip is not a "
                                             "real date (day 31, month 02, year 74)"),
        (LINE2[:21] + "120431" + LINE2[27:], "Passport expiry in the passport strip is not a "
                                             "real date (day 31, month 04, year 12)"),
        (LINE2[:13] + "74<<<<" + LINE2[19:], "Date of birth in the passport strip is not a "
                                             "real date ('74<<<<' should be six digits"),
    ],
)  # fmt: skip
def test_a_date_that_does_not_exist_is_refused(line2: str, words: str) -> None:
    assert words in refused(f"{LINE1}\n{line2}")


@pytest.mark.parametrize(
    ("born", "read_as"),
    [
        (dt.date(1930, 5, 1), dt.date(1930, 5, 1)),
        (dt.date(2005, 5, 1), dt.date(2005, 5, 1)),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 1)),  # born today
        (dt.date(1926, 3, 2), dt.date(1926, 3, 2)),  # "26" but tomorrow: the last century
    ],
)
def test_a_birth_year_in_the_future_belongs_to_the_last_century(
    born: dt.date, read_as: dt.date
) -> None:
    assert mrz.parse(pakistani(birth_date=born), today=TODAY).birth_date == read_as


@pytest.mark.parametrize(
    ("expires", "read_as"),
    [
        (dt.date(2031, 5, 20), dt.date(2031, 5, 20)),
        (dt.date(2012, 4, 15), dt.date(2012, 4, 15)),
        (dt.date(2046, 12, 31), dt.date(2046, 12, 31)),  # 20 years ahead: still 20YY
        (dt.date(1947, 1, 1), dt.date(1947, 1, 1)),  # "47" would be 21 years ahead
        (dt.date(1994, 6, 30), dt.date(1994, 6, 30)),  # not valid until 2094
    ],
)
def test_an_expiry_year_more_than_20_years_ahead_belongs_to_the_last_century(
    expires: dt.date, read_as: dt.date
) -> None:
    assert mrz.parse(pakistani(expiry_date=expires), today=TODAY).expiry_date == read_as


def test_an_unspecified_sex_reads_as_x() -> None:
    assert mrz.parse(f"{LINE1}\n{changed(LINE2, 21, '<')}", today=TODAY).sex == "X"
    strip = pakistani(sex="X")
    assert strip.splitlines()[1][20] == "<"
    assert mrz.parse(strip, today=TODAY).sex == "X"


def test_an_unused_personal_number_may_have_a_filler_check_digit() -> None:
    strip = pakistani(personal_number="")
    assert strip.splitlines()[1][28:43] == "<" * 15
    passport = mrz.parse(strip, today=TODAY)
    assert passport.valid
    assert passport.personal_number == ""
    zero = strip[:-2] + "0" + strip[-1]
    assert mrz.parse(zero, today=TODAY).valid


def test_names_keep_their_parts() -> None:
    strip = pakistani(surname="Al-Hashmi", given_names="Noor-ul  Ain", personal_number="")
    assert strip.startswith("P<PAKAL<HASHMI<<NOOR<UL<AIN<")
    passport = mrz.parse(strip, today=TODAY)
    assert (passport.surname, passport.given_names) == ("AL HASHMI", "NOOR UL AIN")


def test_apostrophes_are_left_out_and_a_single_name_has_no_given_names() -> None:
    passport = mrz.parse(pakistani(surname="D'Souza", given_names=""), today=TODAY)
    assert (passport.surname, passport.given_names) == ("DSOUZA", "")


def test_a_long_name_is_cut_to_the_39_positions() -> None:
    strip = pakistani(surname="Chaudhry", given_names="Muhammad Abdul Rehman Khan Niazi Sahib")
    line1 = strip.splitlines()[0]
    assert len(line1) == 44
    assert line1 == "P<PAKCHAUDHRY<<MUHAMMAD<ABDUL<REHMAN<KHAN<NI"
    assert mrz.parse(strip, today=TODAY).given_names == "MUHAMMAD ABDUL REHMAN KHAN NI"


def test_a_name_part_that_does_not_fit_at_all_is_left_out() -> None:
    strip = pakistani(surname="Chaudhry", given_names="Muhammad Abdul Rehman Kamran Mir")
    assert strip.splitlines()[0] == "P<PAKCHAUDHRY<<MUHAMMAD<ABDUL<REHMAN<KAMRAN<"
    assert mrz.parse(strip, today=TODAY).given_names == "MUHAMMAD ABDUL REHMAN KAMRAN"


@pytest.mark.parametrize(
    ("changes", "column", "words"),
    [
        ({"document_number": "AB12345678"}, "passport_no", "at most 9"),
        ({"document_number": ""}, "passport_no", "required"),
        ({"surname": ""}, "surname", "required"),
        ({"given_names": "Zoë"}, "given_names", "'Ë'"),
        ({"nationality": "P4K"}, "nationality", "1 to 3 letter code"),
        ({"sex": "Q"}, "sex", "M, F or X"),
        ({"expiry_date": dt.date(1899, 1, 1)}, "passport_expiry", "1900 to 2099"),
        ({"document_type": "V"}, "document_type", "not a passport's"),
    ],
)
def test_compose_refuses_what_a_strip_cannot_hold(
    changes: dict[str, object], column: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(words)) as error:
        pakistani(**changes)
    assert error.value.field == column


MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
valid_strip = st.just(SPECIMEN) | st.just(pakistani())


@given(
    st.one_of(
        st.text(),
        st.text(alphabet=MRZ_CHARS + "pk\r\n \t#", max_size=100),
        st.builds(
            lambda strip, at, char: strip[:at] + char + strip[at + 1 :],
            valid_strip,
            st.integers(min_value=0, max_value=88),
            st.characters() | st.sampled_from(MRZ_CHARS),
        ),
    )
)
def test_any_text_is_read_or_refused_with_a_message(text: str) -> None:
    try:
        passport = mrz.parse(text, today=TODAY)
    except ValidationError as error:
        assert error.field == "mrz"
        assert str(error)
    else:
        assert passport.valid == (not passport.failed_checks)
        assert mrz.message(passport)


# Short enough that surname, "<<" and given names fit the 39 name positions untruncated.
names = st.from_regex(r"[A-Z]{1,10}( [A-Z]{1,6}){0,1}", fullmatch=True)


@given(
    st.fixed_dictionaries(
        {
            "surname": names,
            "given_names": st.just("") | names,
            "document_number": st.from_regex(r"[A-Z0-9]{1,9}", fullmatch=True),
            "nationality": st.from_regex(r"[A-Z]{1,3}", fullmatch=True),
            "issuing_state": st.from_regex(r"[A-Z]{1,3}", fullmatch=True),
            # Two-digit years: the oldest birth date that reads back is a century ago, plus a day.
            "birth_date": st.dates(min_value=dt.date(1926, 3, 2), max_value=TODAY),
            "sex": st.sampled_from(["M", "F", "X"]),
            # Expiry years read back from 20 years ahead to 79 years back.
            "expiry_date": st.dates(min_value=dt.date(1947, 1, 1), max_value=dt.date(2046, 12, 31)),
            "personal_number": st.from_regex(r"[A-Z0-9]{0,14}", fullmatch=True),
        }
    )
)
def test_what_compose_writes_parse_reads_back(values: dict[str, Any]) -> None:
    strip = mrz.compose(**values)
    assert mrz.parse(strip, today=TODAY) == mrz.Mrz(document_type="P", **values)
