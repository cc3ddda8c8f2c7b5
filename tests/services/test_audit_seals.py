"""Signed audit heads (services/audit_seals.py): stored in the log, checked by `audit verify`."""

import datetime as dt

import pytest

from desktop import services
from desktop.manifest.signature import SigningKey
from desktop.services import audit_seals, backups, bundles, contingents, users
from desktop.store import audit, write
from desktop.trust.seals import Signer
from tests import engines
from tests.factories import person
from tests.trust.conftest import make_headquarters

PASSWORD = "a-long-password-1"


@pytest.fixture(scope="module")
def office():
    """Islamabad's key, certified by a test headquarters, and another office's."""
    hq = make_headquarters()
    isb, khi = hq.certify("ISB", "Islamabad"), hq.certify("KHI", "Karachi")
    return Signer(isb.key, isb.certificate), Signer(khi.key, khi.certificate)


@pytest.fixture
def signer(office):
    return office[0]


def _write_rows(db, count=3, user="tariq"):
    with write(db):
        for n in range(count):
            audit.append(db, at=f"2026-03-01T09:0{n}:00Z", user=user, action="print", entity="x")


def _check(db, signer):
    chain = audit.verify(db)
    return audit_seals.check(db, [signer.certificate], chain_ok=chain.ok)


def _rewrite(db, sql, *params):
    """What someone with an SQLite tool (or the server's superuser) does: change rows, then
    recompute the whole chain."""
    engines.unguard(db, "audit")
    engines.behind_the_back(db, sql, *params)
    audit.chain_existing(db)
    assert audit.verify(db).ok  # the chain alone cannot tell


def test_a_log_without_signed_heads_is_not_yet_sealed_and_not_broken(db, signer):
    _write_rows(db)
    found = _check(db, signer)
    assert found.ok and found.seals == 0
    assert found.message.startswith("not yet sealed:")
    assert found.unsealed == audit.last_id(db)


def test_a_signed_head_holds_and_rows_after_it_are_not_yet_sealed(db, signer):
    _write_rows(db)
    audit_seals.seal_now(db, signer, user="tariq", reason="backup")
    found = _check(db, signer)
    assert (found.ok, found.seals, found.unsealed) == (True, 1, 0)

    # Someone with the file appends a row with a correct hash: the chain verifies, the
    # signed head says how much came after it.
    _write_rows(db, 2, user="intruder")
    assert audit.verify(db).ok
    found = _check(db, signer)
    assert found.ok and found.unsealed == 2
    assert "; 2 rows after it not yet sealed" in found.message


def test_rows_rewritten_before_a_signed_head_with_a_recomputed_chain_are_broken(db, signer):
    _write_rows(db)
    audit_seals.seal_now(db, signer, user="tariq", reason="backup")
    _write_rows(db, 1)
    _rewrite(db, "UPDATE audit SET user = 'someone else' WHERE id = 2")
    found = _check(db, signer)
    assert not found.ok
    assert "audit row 3 is not the head signed at row 4" in found.message


def test_a_changed_seal_row_does_not_hold(db, signer):
    _write_rows(db)
    audit_seals.seal_now(db, signer, user="tariq", reason="backup")
    _rewrite(db, "UPDATE audit SET after = replace(after, '\"head_id\":3', '\"head_id\":2')")
    found = _check(db, signer)
    assert not found.ok and "does not hold" in found.message


def test_a_head_signed_by_another_key_is_broken(db, office):
    ours, theirs = office
    _write_rows(db)
    audit_seals.seal_now(db, theirs, user="tariq", reason="backup")
    found = audit_seals.check(db, [ours.certificate], chain_ok=True)
    assert not found.ok and f"key {theirs.kid}" in found.message


def test_a_signed_head_without_any_certificate_cannot_be_checked(db, signer):
    _write_rows(db)
    audit_seals.seal_now(db, signer, user="tariq", reason="backup")
    found = audit_seals.check(db, [], chain_ok=True)
    assert not found.ok and "cannot be checked" in found.message


def test_without_a_signer_nothing_is_signed(db):
    _write_rows(db)
    audit_seals.seal_now(db, None, user="tariq", reason="backup")
    assert audit.seals(db) == []


def test_the_first_sign_in_of_a_day_signs_the_head_and_the_next_does_not(db, signer):
    users.initialize(db, office="ISB", admin_name="boss", password=PASSWORD)
    users.sign_in(db, "boss", PASSWORD, signer=signer)
    users.sign_in(db, "boss", PASSWORD, signer=signer)
    [(seal_id, _at, after)] = audit.seals(db)
    assert after["kid"] == signer.kid and after["office"] == "ISB"
    assert audit.history(db, "audit head", signer.kid)[0]["reason"] == "first sign-in today"
    assert audit.hash_at(db, after["head_id"]) == after["head"] and seal_id == after["head_id"] + 1
    # Tomorrow's first sign-in signs again.
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert audit_seals.due_today(db, tomorrow)


@pytest.mark.file_only("a backup by copy; the office server's backups are pg_dump's, unsealed")
def test_finalizing_a_backup_and_a_bundle_each_sign_the_head(
    db, tmp_path, signer, clerk, supervisor
):
    users.initialize(db, office="ISB", admin_name="boss", password=PASSWORD)
    flight = {
        "flight_no": "PK 731",
        "carrier": "Pakistan International Airlines",
        "airport": "isb",
        "departure_date": "2026-03-15",
        "departure_time": "09:30",
        "destinations": "Saudi Arabia",
        "capacity": "3",
    }
    contingent = contingents.create_contingent(db, clerk, flight)
    someone = services.record_departure(db, clerk, person())
    contingents.add_people(db, clerk, contingent.id, [someone.id])
    contingents.finalize(
        db, supervisor, contingent.id, signing=SigningKey(signer.key, signer.certificate)
    )
    backups.take_backup(db, supervisor, tmp_path / "backups", signer=signer)
    bundles.export_bundle(db, supervisor, tmp_path / "isb.zip", signer=signer)
    reasons = [row["reason"] for row in audit.history(db, "audit head", signer.kid)]
    assert reasons == [f"finalized {contingent.code}", "backup", "bundle export"]
    found = _check(db, signer)
    assert found.ok and found.seals == 3 and found.unsealed == 0
