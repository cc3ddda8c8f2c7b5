import json

import pytest

from desktop import services
from desktop.core.errors import (
    PermissionDenied,
    RuleViolation,
    StaleRecord,
    ValidationError,
    WarningsNotAcknowledged,
)
from desktop.store import departures
from tests.factories import person


def audit_rows(db, entity_id=None):
    sql = "SELECT user, action, entity, entity_id, before, after, reason FROM audit"
    args = ()
    if entity_id:
        sql += " WHERE entity_id = ?"
        args = (entity_id,)
    return [
        dict(
            zip(
                ("user", "action", "entity", "entity_id", "before", "after", "reason"),
                r,
                strict=True,
            )
        )
        for r in db.conn.execute(sql + " ORDER BY id", args)
    ]


def test_recording_saves_the_person_and_one_audit_row(db, clerk, valid_values):
    stored = services.record_departure(db, clerk, valid_values)
    assert departures.get(db, stored.id).cnic == "35202-1234567-1"
    assert stored.office == "ISB" and stored.status == "recorded"
    (row,) = audit_rows(db)
    assert row["user"] == "amina" and row["action"] == "record" and row["entity_id"] == stored.id
    assert json.loads(row["after"])["passport_no"] == "AB1234567"


def test_a_blocked_departure_is_not_saved(db, clerk):
    with pytest.raises(RuleViolation) as refused:
        services.record_departure(db, clerk, person(cnic="35202-1234567", birth_date="2010-01-01"))
    assert {p.field for p in refused.value.problems} == {"cnic", "birth_date"}
    assert departures.count(db) == 0 and audit_rows(db) == []


def test_warnings_must_be_acknowledged_and_the_acknowledgement_is_recorded(db, clerk):
    values = person(passport_expiry="2026-08-01")
    with pytest.raises(WarningsNotAcknowledged) as pending:
        services.record_departure(db, clerk, values)
    assert departures.count(db) == 0
    keys = [services.warning_key(p) for p in pending.value.problems]
    stored = services.record_departure(db, clerk, values, acknowledged=keys)
    (row,) = audit_rows(db, stored.id)
    assert "acknowledged" in row["reason"] and "6 months" in row["reason"]


def test_a_second_recording_of_the_same_person_is_refused_and_names_the_first(db, clerk):
    first = services.record_departure(db, clerk, person())
    with pytest.raises(RuleViolation) as refused:
        services.record_departure(db, clerk, person(passport_no="CD7654321"))
    (dupe,) = refused.value.problems
    assert dupe.other_id == first.id and "MUHAMMAD IMRAN KHAN" in dupe.message
    assert departures.count(db) == 1


def test_review_shows_problems_without_saving(db, clerk):
    review = services.review_departure(db, clerk, person(cnic="1"))
    assert [p.field for p in review.blocks] == ["cnic"]
    assert departures.count(db) == 0


def test_an_edit_runs_the_rules_again(db, clerk):
    stored = services.record_departure(db, clerk, person())
    with pytest.raises(RuleViolation, match="expires"):
        services.update_departure(
            db, clerk, stored.id, {"passport_expiry": "2026-03-10"}, version=stored.version
        )
    assert departures.get(db, stored.id).passport_expiry.isoformat() == "2031-05-20"


def test_an_edit_records_old_and_new_values(db, clerk, supervisor):
    stored = services.record_departure(db, clerk, person())
    changed = services.update_departure(
        db, supervisor, stored.id, person(trade="Welder"), version=stored.version
    )
    assert changed.version == 2 and changed.trade == "Welder"
    edit = audit_rows(db, stored.id)[-1]
    assert edit["action"] == "edit" and edit["user"] == "tariq"
    assert json.loads(edit["before"]) == {"trade": "Electrician"}
    assert json.loads(edit["after"]) == {"trade": "Welder"}


def test_an_edit_of_an_outdated_copy_is_refused(db, clerk):
    stored = services.record_departure(db, clerk, person())
    services.update_departure(db, clerk, stored.id, person(trade="Welder"), version=1)
    with pytest.raises(StaleRecord):
        services.update_departure(db, clerk, stored.id, person(trade="Cook"), version=1)


def test_status_change_needs_a_reason_and_is_audited(db, clerk):
    stored = services.record_departure(db, clerk, person())
    with pytest.raises(ValidationError, match="reason"):
        services.change_status(db, clerk, stored.id, "withdrawn")
    services.change_status(db, clerk, stored.id, "withdrawn", reason="Visa cancelled")
    assert departures.get(db, stored.id).status == "withdrawn"
    last = audit_rows(db, stored.id)[-1]
    assert last["action"] == "status" and last["reason"] == "Visa cancelled"
    assert json.loads(last["before"]) == {"status": "recorded", "status_reason": ""}


def test_an_admin_may_not_record_departures(db, admin):
    with pytest.raises(PermissionDenied, match="may not record a departure"):
        services.record_departure(db, admin, person())
    assert departures.count(db) == 0
