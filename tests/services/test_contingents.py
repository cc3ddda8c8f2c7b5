import io

import pytest
from pypdf import PdfReader

from desktop import services
from desktop.core.errors import (
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
    WarningsNotAcknowledged,
)
from desktop.manifest import read_metadata
from desktop.services import contingents, manifests
from desktop.store import audit, departures
from tests.factories import person

FLIGHT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "isb",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia, UAE",
    "capacity": "3",
}


def people(db, clerk, count, **changes):
    stored = []
    for i in range(count):
        values = person(cnic=f"35202-{i + 1:07d}-1", passport_no=f"AB{i + 1:07d}", **changes)
        values["surname"] = f"Khan{'x' * i}"
        stored.append(services.record_departure(db, clerk, values))
    return stored


@pytest.fixture
def contingent(db, clerk):
    return contingents.create_contingent(db, clerk, FLIGHT)


def test_codes_are_numbered_per_office_and_day(db, clerk, supervisor):
    first = contingents.create_contingent(db, clerk, FLIGHT)
    second = contingents.create_contingent(db, supervisor, FLIGHT)
    other_day = contingents.create_contingent(db, clerk, {**FLIGHT, "departure_date": "2026-03-16"})
    assert (first.code, second.code, other_day.code) == (
        "ISB-20260315-01",
        "ISB-20260315-02",
        "ISB-20260316-01",
    )
    assert first.airport == "ISB" and first.destinations == ("SA", "AE")
    assert first.flight_no == "PK-731"


def test_the_hundredth_of_a_day_gets_three_digits(db, clerk):
    from desktop.store import contingents as rows
    from desktop.store import write

    with write(db):
        for n in range(1, 100):
            db.conn.execute(
                "INSERT INTO contingents(id, code, office, departure_date) VALUES (?, ?, 'ISB', "
                "'2026-03-15')",
                (f"id{n}", f"ISB-20260315-{n:02d}"),
            )
    assert contingents.create_contingent(db, clerk, FLIGHT).code == "ISB-20260315-100"
    assert rows.next_code(db, "ISB", __import__("datetime").date(2026, 3, 15)) == "ISB-20260315-101"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("flight_no", "731", "Flight no."),
        ("airport", "Islamabad", "IATA"),
        ("departure_time", "25:00", "HH:MM"),
        ("destinations", "", "destination"),
        ("capacity", "many", "whole number"),
    ],
)
def test_a_bad_contingent_field_is_named(db, clerk, field, value, words):
    with pytest.raises(ValidationError, match=words) as refused:
        contingents.create_contingent(db, clerk, {**FLIGHT, field: value})
    assert refused.value.field == field


def test_people_join_and_the_register_shows_the_code(db, clerk, contingent):
    a, b = people(db, clerk, 2)
    assert contingents.add_people(db, clerk, contingent.id, [a.id, b.id]) == 2
    assert departures.get(db, a.id).contingent_id == contingent.id
    from desktop.store import register

    (row,) = register.search(db, a.cnic)
    assert row["contingent_code"] == contingent.code


def test_a_person_is_in_at_most_one_open_contingent(db, clerk, contingent):
    (a,) = people(db, clerk, 1)
    contingents.add_people(db, clerk, contingent.id, [a.id])
    other = contingents.create_contingent(db, clerk, FLIGHT)
    with pytest.raises(RuleViolation, match="already in the open contingent ISB-20260315-01"):
        contingents.add_people(db, clerk, other.id, [a.id])
    assert contingents.move_people(db, clerk, contingent.id, other.id, [a.id]) == 1
    assert departures.get(db, a.id).contingent_id == other.id


def test_a_date_or_destination_that_does_not_fit_needs_a_supervisors_override(
    db, clerk, supervisor, contingent
):
    (a,) = people(db, clerk, 1, departure_date="2026-03-20", destination="QA")
    with pytest.raises(RuleViolation, match="needs an override with a reason by a supervisor"):
        contingents.add_people(db, clerk, contingent.id, [a.id])
    with pytest.raises(PermissionDenied):
        contingents.add_people(db, clerk, contingent.id, [a.id], override_reason="same flight")
    contingents.add_people(
        db, supervisor, contingent.id, [a.id], override_reason="Employer rebooked to PK731"
    )
    (entry,) = [e for e in audit.history(db, "departure", a.id) if e["action"] == "assign"]
    assert entry["user"] == "tariq" and "Override: Employer rebooked to PK731" in entry["reason"]


def test_over_capacity_is_a_warning(db, clerk, contingent):
    crowd = people(db, clerk, 4)
    with pytest.raises(WarningsNotAcknowledged, match="more than its capacity of 3"):
        contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])
    added = contingents.add_people(
        db, clerk, contingent.id, [p.id for p in crowd], acknowledged=[":contingent.capacity"]
    )
    assert added == 4


def test_only_recorded_people_join(db, clerk, contingent):
    (a,) = people(db, clerk, 1)
    services.change_status(db, clerk, a.id, "withdrawn", reason="visa refused")
    with pytest.raises(RuleViolation, match="is withdrawn"):
        contingents.add_people(db, clerk, contingent.id, [a.id])


def test_finalize_stores_revision_1_and_makes_people_read_only(db, clerk, supervisor, contingent):
    crowd = people(db, clerk, 3)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])
    with pytest.raises(PermissionDenied):
        contingents.finalize(db, clerk, contingent.id)
    stored = contingents.finalize(db, supervisor, contingent.id)
    assert stored.revision == 1 and stored.people == 3
    current = contingents.get_contingent(db, contingent.id)
    assert (current.status, current.revision) == ("finalized", 1)
    with pytest.raises(ValidationError, match="reopen"):
        services.update_departure(db, clerk, crowd[0].id, {"trade": "Cook"}, version=2)
    with pytest.raises(ValidationError, match="reopen"):
        contingents.remove_people(db, clerk, contingent.id, [crowd[0].id])
    copy = manifests.manifest_copy(db, supervisor, contingent.id)
    facts = read_metadata(copy.pdf)
    assert (facts["code"], facts["revision"], facts["count"]) == (contingent.code, "1", "3")
    assert facts["fingerprint"] == stored.fingerprint
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(copy.pdf)).pages)
    for p in crowd:
        assert text.count(p.cnic) == 1 and p.passport_no in text


def test_an_empty_contingent_cannot_be_finalized(db, supervisor, contingent):
    with pytest.raises(ValidationError, match="nobody travelling in it"):
        contingents.finalize(db, supervisor, contingent.id)


def test_a_contingent_whose_people_are_all_no_shows_is_not_finalized_and_says_why(
    db, clerk, supervisor, contingent
):
    crowd = people(db, clerk, 2)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])
    for p in crowd:
        services.change_status(db, supervisor, p.id, "no-show", reason="missed the bus")
    with pytest.raises(ValidationError) as refused:
        contingents.finalize(db, supervisor, contingent.id)
    assert str(refused.value) == f"{contingent.code} has nobody travelling in it; add people first."
    assert contingents.get_contingent(db, contingent.id).status == "open"


def test_reopen_and_finalize_again_makes_revision_2_and_keeps_revision_1(
    db, clerk, supervisor, contingent
):
    crowd = people(db, clerk, 3)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd[:2]])
    contingents.finalize(db, supervisor, contingent.id)
    first = manifests.manifest_copy(db, supervisor, contingent.id).pdf
    with pytest.raises(ValidationError, match="reason"):
        contingents.reopen(db, supervisor, contingent.id, reason=" ")
    contingents.reopen(db, supervisor, contingent.id, reason="One more passenger")
    contingents.add_people(db, clerk, contingent.id, [crowd[2].id])
    second = contingents.finalize(db, supervisor, contingent.id)
    assert second.revision == 2
    latest = manifests.manifest_copy(db, supervisor, contingent.id).pdf
    assert latest != first
    old = manifests.manifest_copy(db, supervisor, contingent.id, revision=1)
    assert old.superseded
    from desktop.store import contingents as rows

    assert rows.manifest_bytes(db, contingent.id, 1) == first  # byte for byte
    assert manifests.verify_pdf(db, first).verdict is manifests.Verdict.SUPERSEDED
    assert manifests.verify_pdf(db, old.pdf).verdict is manifests.Verdict.SUPERSEDED
    assert manifests.verify_pdf(db, latest).verdict is manifests.Verdict.CURRENT
    text = PdfReader(io.BytesIO(old.pdf)).pages[0].extract_text()
    assert "SUPERSEDED" in text


def test_an_altered_pdf_is_called_altered(db, clerk, supervisor, contingent):
    crowd = people(db, clerk, 2)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])
    contingents.finalize(db, supervisor, contingent.id)
    pdf = manifests.manifest_copy(db, supervisor, contingent.id).pdf
    middle = len(pdf) // 2  # one changed byte inside the pages; the metadata still reads
    tampered = pdf[:middle] + bytes([pdf[middle] ^ 1]) + pdf[middle + 1 :]
    assert read_metadata(tampered)["fingerprint"] == read_metadata(pdf)["fingerprint"]
    assert manifests.verify_pdf(db, tampered).verdict is manifests.Verdict.ALTERED
    assert manifests.verify_pdf(db, b"not a pdf").verdict is manifests.Verdict.ALTERED


def test_departed_with_no_shows_makes_a_revision_with_not_travelled(
    db, clerk, supervisor, contingent
):
    crowd = people(db, clerk, 3)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])
    contingents.finalize(db, supervisor, contingent.id)
    with pytest.raises(ValidationError, match="reason"):
        contingents.mark_departed(db, supervisor, contingent.id, no_shows={crowd[1].id: ""})
    done = contingents.mark_departed(
        db, supervisor, contingent.id, no_shows={crowd[1].id: "Did not report at the airport"}
    )
    assert (done.status, done.revision) == ("departed", 2)
    assert departures.get(db, crowd[0].id).status == "departed"
    assert departures.get(db, crowd[1].id).status == "no-show"
    pdf = manifests.manifest_copy(db, supervisor, contingent.id).pdf
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Not travelled" in text and "Did not report at the airport" in text
    assert read_metadata(pdf)["count"] == "2"


def test_every_print_and_reprint_is_audited_and_clerks_cannot_print(
    db, clerk, supervisor, contingent
):
    (a,) = people(db, clerk, 1)
    contingents.add_people(db, clerk, contingent.id, [a.id])
    contingents.finalize(db, supervisor, contingent.id)
    with pytest.raises(PermissionDenied):
        manifests.manifest_copy(db, clerk, contingent.id)
    manifests.manifest_copy(db, supervisor, contingent.id)
    manifests.manifest_copy(db, supervisor, contingent.id, purpose="save")
    actions = [e["action"] for e in audit.history(db, "contingent", contingent.id)]
    assert actions.count("print") == 1 and actions.count("reprint") == 1
    with pytest.raises(NotFound):
        manifests.manifest_copy(db, supervisor, contingent.id, revision=7)


def test_the_urdu_name_column_is_printed_when_the_office_asks_for_it(
    db, clerk, supervisor, admin, contingent
):
    from desktop.services import office

    urdu = people(db, clerk, 1, name_urdu="محمد عمران خان")
    office.change_office_settings(db, admin, office.OfficeSettings(manifest_urdu_names=True))
    contingents.add_people(db, clerk, contingent.id, [urdu[0].id])
    contingents.finalize(db, supervisor, contingent.id)
    pdf = manifests.manifest_copy(db, supervisor, contingent.id).pdf
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Name (Urdu)" in text
    assert "عمران" in text


def signature_page(pdf):
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(pages[len(pages) - 1].extract_text().split())


def test_the_manifest_is_signed_with_full_names_and_designations(
    db, clerk, supervisor, contingent, admin
):
    from desktop.services import users

    users.initialize(db, office="ISB", admin_name=admin.name, password="admin-password-1")
    users.create_user(
        db,
        admin,
        "tariq",
        "supervisor",
        "tariq-password-1",
        full_name="Tariq Mehmood Awan",
        designation="Protector of Emigrants",
    )
    crowd = people(db, clerk, 2)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])

    contingents.finalize(db, supervisor, contingent.id)

    text = signature_page(manifests.manifest_copy(db, supervisor, contingent.id).pdf)
    assert "Verified by Name Tariq Mehmood Awan Designation Protector of Emigrants" in text
    # amina has no user row here (nor a full name): her login name is printed, as before.
    assert "Prepared by Name amina Signature" in text


def test_a_stored_manifest_keeps_the_names_it_was_made_with(
    db, clerk, supervisor, contingent, admin
):
    from desktop.services import users

    users.initialize(db, office="ISB", admin_name=admin.name, password="admin-password-1")
    users.create_user(db, admin, "amina", "clerk", "amina-password-1")
    crowd = people(db, clerk, 2)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])
    contingents.finalize(db, supervisor, contingent.id)
    before = manifests.manifest_copy(db, supervisor, contingent.id).pdf

    users.change_user(db, admin, "amina", full_name="Amina Khatoon", designation="Data Clerk")

    after = manifests.manifest_copy(db, supervisor, contingent.id).pdf
    assert after == before  # byte for byte
    assert "Name amina" in signature_page(after)
    contingents.reopen(db, supervisor, contingent.id, reason="Names on the manifest")
    contingents.finalize(db, supervisor, contingent.id)
    latest = signature_page(manifests.manifest_copy(db, supervisor, contingent.id).pdf)
    assert "Prepared by Name Amina Khatoon Designation Data Clerk" in latest


def test_the_manifest_shows_a_visa_that_says_another_job(db, clerk, supervisor, contingent):
    worker = services.record_departure(
        db,
        clerk,
        person(visa_profession="Mason", trade="Electrician"),
        acknowledged=["visa_profession:visa.profession"],
    )
    agreeing = services.record_departure(
        db,
        clerk,
        person(cnic="35202-7654321-1", passport_no="CD7654321", visa_profession="Electrician"),
    )
    contingents.add_people(db, clerk, contingent.id, [str(worker.id), str(agreeing.id)])
    contingents.finalize(db, supervisor, contingent.id)
    copy = manifests.manifest_copy(db, supervisor, contingent.id)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(copy.pdf)).pages)
    assert "Visa: Mason" in text
    assert text.count("Visa:") == 1  # the visa that agrees is not remarked on


def test_marking_departed_reports_progress_and_audits_everyone_in_one_verified_chain(
    db, clerk, supervisor, contingent
):
    crowd = people(db, clerk, 3)
    contingents.add_people(db, clerk, contingent.id, [p.id for p in crowd])
    contingents.finalize(db, supervisor, contingent.id)
    steps = []
    contingents.mark_departed(
        db,
        supervisor,
        contingent.id,
        no_shows={crowd[2].id: "Missed the flight"},
        progress=lambda done, total: steps.append((done, total)),
    )
    assert steps[:3] == [(1, 3), (2, 3), (3, 3)]  # the people marked, then the manifest's
    assert len(steps) > 3
    for someone, status in ((crowd[0], "departed"), (crowd[2], "no-show")):
        (change,) = [
            e for e in audit.history(db, "departure", someone.id) if e["action"] == "status"
        ]
        assert change["after"]["status"] == status
    assert audit.verify(db).ok
