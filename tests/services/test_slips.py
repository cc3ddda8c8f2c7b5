"""Departure slips (services/slips.py): one per traveller, signed, read back from paper by a
scanner and verified offline against headquarters' trust list."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import services
from desktop.core import clock
from desktop.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services import contingents, signing, slips, users
from desktop.store import audit
from desktop.store.engine import is_server
from desktop.trust import keys, qr
from desktop.trust.seals import Signer
from tests.factories import person
from tests.signed_office import PASSPHRASE, certify_office, codes_in_pdf, headquarters

PASSWORD = "slips-password"
FLIGHT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "20",
}
URDU_NAME = "محمد عمران خان"


@pytest.fixture
def db_path(db, db_target, tmp_path):
    """Where the office's signing key is kept: beside the database file; for a desk of the
    office server, a place of the desk's own (the server holds no keys)."""
    return tmp_path / "office-server" if is_server(db) else Path(db_target)


@pytest.fixture
def office(db):
    """Office ISB with nine people in a finalized contingent (three sheets of slips)."""
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "tariq", "supervisor", PASSWORD)
    supervisor = users.sign_in(db, "tariq", PASSWORD)
    people = [
        services.record_departure(
            db,
            supervisor,
            person(
                surname=f"Khan{'abcdefghi'[n]}",
                cnic=f"35202-{1000000 + n:07d}-1",
                passport_no=f"AB{1000000 + n:07d}",
                name_urdu=URDU_NAME if n == 0 else "",
            ),
        )
        for n in range(9)
    ]
    contingent = contingents.create_contingent(db, supervisor, FLIGHT)
    contingents.add_people(db, supervisor, contingent.id, [p.id for p in people])
    contingents.finalize(db, supervisor, contingent.id)
    contingent = contingents.get_contingent(db, contingent.id)
    return admin, supervisor, contingent, people


@pytest.fixture
def signed(db, db_path, office):
    """The office certified by a headquarters; its trust list; the signer."""
    admin = office[0]
    hq = headquarters()
    certificate = certify_office(db, admin, db_path, hq)
    return hq.trust_list([certificate]), signing.signer(db_path, PASSPHRASE)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in _reader(pdf).pages)


def _reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def test_every_traveller_gets_a_slip_four_to_a_sheet_and_every_code_verifies_from_paper(
    qapp, db, office, signed
):
    _admin, supervisor, contingent, people = office
    trust, signer = signed
    printed = slips.slips_pdf(db, supervisor, contingent.code.lower(), signer=signer)
    assert (printed.people, printed.revision, printed.signed) == (9, 1, True)
    assert len(_reader(printed.pdf).pages) == 3
    pages = codes_in_pdf(printed.pdf, dpi=150)
    assert [len(codes) for codes in pages] == [4, 4, 1]
    verdicts = [qr.verify(text, trust) for codes in pages for text in codes]
    assert all(v.genuine for v in verdicts), [v.message for v in verdicts]
    # In manifest order, each code naming its own person, contingent and flight.
    names = [f"MUHAMMAD IMRAN KHAN{'ABCDEFGHI'[n]}" for n in range(9)]
    assert [v.fields["name"] for v in verdicts] == names
    first = verdicts[0].fields
    assert first == {
        "kind": "slip",
        "office": "ISB",
        "code": contingent.code,
        "revision": 1,
        "flight": "PK-731",
        "date": "2026-03-15",
        "name": "MUHAMMAD IMRAN KHANA",
        "father_name": "ABDUL RASHID KHAN",
        "cnic": people[0].cnic,
        "passport_no": people[0].passport_no,
    }
    assert "GENUINE: slip of MUHAMMAD IMRAN KHANA" in verdicts[0].message


def test_a_slip_prints_what_the_officer_checks_and_the_urdu_name(db, office, signed):
    _admin, supervisor, contingent, people = office
    printed = slips.slips_pdf(db, supervisor, contingent.code, signer=signed[1])
    text = _text(printed.pdf)
    for expected in (
        "Departure Slip",
        "MUHAMMAD IMRAN KHANA",
        "ABDUL RASHID KHAN",
        people[0].cnic,
        people[0].passport_no,
        f"{contingent.code} rev 1",
        "PK-731",
        "2026-03-15 09:30 from ISB",
        "Saudi Arabia",
        "Islamabad (ISB)",
        "Signed by Islamabad (ISB), key",
    ):
        assert expected in text, expected
    # The Urdu name is drawn shaped; its letters copy back as the words typed.
    assert all(word in text for word in URDU_NAME.split())
    assert "UNSIGNED" not in text


def test_only_the_chosen_people_by_cnic_as_typed_or_by_id(qapp, db, office, signed):
    _admin, supervisor, contingent, people = office
    typed = people[4].cnic.replace("-", " ")
    printed = slips.slips_pdf(
        db, supervisor, contingent.code, [people[7].id, typed], signer=signed[1]
    )
    [codes] = codes_in_pdf(printed.pdf)
    fields = [qr.verify(code, signed[0]).fields for code in codes]
    assert [f["cnic"] for f in fields] == [people[4].cnic, people[7].cnic]
    text = _text(printed.pdf)
    assert "S.No 5 of contingent" in text and "S.No 8 of contingent" in text
    [row] = [
        r for r in audit.history(db, "contingent", contingent.id) if r["action"] == "print_slips"
    ]
    assert row["user"] == "tariq"
    assert row["after"]["for"] == [people[4].id, people[7].id]
    assert row["after"]["signed_by"] == keys.key_id(signed[1].certificate).hex()


def test_printing_for_everyone_is_audited_as_for_all(db, office):
    _admin, supervisor, contingent, _people = office
    slips.slips_pdf(db, supervisor, contingent.code)
    [row] = [
        r for r in audit.history(db, "contingent", contingent.id) if r["action"] == "print_slips"
    ]
    assert row["after"] == {
        "code": contingent.code,
        "revision": 1,
        "people": 9,
        "for": "all",
        "signed_by": "",
    }


def test_without_a_certified_key_the_slips_say_unsigned_and_carry_no_code(
    qapp, db, db_path, office
):
    _admin, supervisor, contingent, _people = office
    assert slips.signs(db_path) is False
    printed = slips.slips_pdf(db, supervisor, contingent.code)
    assert not printed.signed
    assert codes_in_pdf(printed.pdf) == [[], [], []]
    text = _text(printed.pdf)
    assert text.count("UNSIGNED") == 9 and "cannot be verified offline" in text


def test_an_open_contingent_is_refused_before_anything_is_printed(db, office):
    _admin, supervisor, contingent, _people = office
    contingents.reopen(db, supervisor, contingent.id, reason="one more")
    before = audit.last_id(db)
    with pytest.raises(ValidationError, match="is open: departure slips are printed once"):
        slips.slips_pdf(db, supervisor, contingent.code)
    assert audit.last_id(db) == before


def test_unknown_contingents_and_people_are_named(db, office):
    _admin, supervisor, contingent, _people = office
    with pytest.raises(NotFound, match="There is no contingent ISB-20990101-01"):
        slips.slips_pdf(db, supervisor, "isb-20990101-01")
    with pytest.raises(ValidationError, match="35202-9999999-1 is not in contingent"):
        slips.slips_pdf(db, supervisor, contingent.code, ["35202 9999999 1"])
    with pytest.raises(ValidationError, match="'Khan' is neither a CNIC nor a departure"):
        slips.slips_pdf(db, supervisor, contingent.code, ["Khan"])
    with pytest.raises(ValidationError, match="at least one person"):
        slips.slips_pdf(db, supervisor, contingent.code, [])


def test_a_clerk_may_not_print_slips(db, office):
    _admin, _supervisor, contingent, _people = office
    clerk = users.create_user(db, office[0], "amina", "clerk", PASSWORD)
    assert clerk is not None
    with pytest.raises(PermissionDenied, match="may not print departure slips"):
        slips.slips_pdf(db, users.sign_in(db, "amina", PASSWORD), contingent.code)


def test_a_key_of_another_office_or_out_of_date_is_refused(db, office, signed):
    _admin, supervisor, contingent, _people = office
    hq = headquarters()
    other_key = keys.new_key()
    other = keys.certify(keys.make_request(other_key, "LHE", "Lahore"), hq.key, hq.root)
    with pytest.raises(ValidationError, match=r"office LHE's, but .* belongs to ISB"):
        slips.slips_pdf(db, supervisor, contingent.code, signer=Signer(other_key, other))
    later = clock.utc_now() + dt.timedelta(days=800)
    with pytest.raises(ValidationError, match="not now: renew it"):
        slips.slips_pdf(db, supervisor, contingent.code, signer=signed[1], now=later)


def test_an_expired_certificate_is_refused_before_the_passphrase_is_asked(db_path, signed):
    later = clock.utc_now() + dt.timedelta(days=800)
    with pytest.raises(ValidationError, match="certificate is expired"):
        slips.signs(db_path, now=later)
    assert slips.signs(db_path) is True


def test_a_no_show_gets_no_slip(db, office):
    _admin, supervisor, contingent, people = office
    contingents.mark_departed(db, supervisor, contingent.id, no_shows={people[2].id: "ill"})
    printed = slips.slips_pdf(db, supervisor, contingent.code)
    assert printed.people == 8 and printed.revision == 2
    assert people[2].cnic not in _text(printed.pdf)
    with pytest.raises(ValidationError, match="did not travel"):
        slips.slips_pdf(db, supervisor, contingent.code, [people[2].cnic])
