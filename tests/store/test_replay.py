"""The replay: records changed behind the program's back no longer pass `audit verify`."""

import pytest

from desktop import services
from desktop.__main__ import main
from desktop.core.departure import BULK_RECORDED_COLUMNS, Departure
from desktop.core.roles import Actor, Role
from desktop.services import contingents, demo, importing, users
from desktop.store import audit, departures, open_database, replay, write
from tests import engines
from tests.factories import person
from tests.services.test_importing import row, write_csv

FLIGHT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "isb",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "10",
}


def behind_the_back(db, sql, *args):
    """What anyone with an SQLite tool can do to the file (or a superuser to the server)."""
    engines.behind_the_back(db, sql, *args)


def serial(db, departure_id):
    (rowid,) = db.conn.execute(
        "SELECT rowid FROM departures WHERE id = ?", (departure_id,)
    ).fetchone()
    return rowid


@pytest.fixture
def office(db, clerk, supervisor, tmp_path):
    """A register that has seen every kind of change the program makes."""
    admin = Actor("root", Role.ADMIN, "ISB")
    users.create_user(db, admin, "amina", "clerk", "a-long-password-1")
    users.change_user(db, admin, "amina", role="supervisor")
    users.change_user(db, admin, "amina", active=False)
    saved = [
        services.record_departure(
            db, clerk, person(cnic=f"35202-100000{i}-1", passport_no=f"CD100000{i}")
        )
        for i in range(4)
    ]
    services.update_departure(db, clerk, saved[0].id, {"trade": "Welder"}, version=1)
    services.change_status(db, clerk, saved[1].id, "withdrawn", reason="visa refused")
    services.change_status(db, clerk, saved[1].id, "recorded", reason="visa granted")
    first = contingents.create_contingent(db, clerk, FLIGHT)
    second = contingents.create_contingent(db, clerk, FLIGHT)
    contingents.add_people(db, clerk, first.id, [d.id for d in saved])
    contingents.move_people(db, clerk, first.id, second.id, [saved[3].id])
    contingents.remove_people(db, clerk, second.id, [saved[3].id], reason="later flight")
    contingents.finalize(db, supervisor, first.id)
    contingents.reopen(db, supervisor, first.id, reason="one more")
    contingents.finalize(db, supervisor, first.id)
    contingents.mark_departed(db, supervisor, first.id, no_shows={saved[2].id: "missed it"})
    path = write_csv(tmp_path / "list.csv", [row(n) for n in range(1, 6)])
    source = importing.read_source(path)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    importing.commit(db, clerk, report)
    imported = [r.departure for r in report.valid]
    (imported_id,) = db.conn.execute(
        "SELECT id FROM departures WHERE cnic = ?", (imported[0].cnic,)
    ).fetchone()
    services.update_departure(db, clerk, imported_id, {"remarks": "called"}, version=1)
    demo.fill(db, clerk, 30, office="ISB", seed=1, contingent_size=10)
    return db


def test_a_register_changed_only_by_the_program_replays(office):
    found = replay.replay(office)
    assert found.ok, found.message
    assert found.replayed["departure"] == 4 + 5 + 30
    assert found.replayed["contingent"] >= 2 and found.replayed["user"] == 1
    assert found.message.startswith("replay OK: 39 departures")


def test_a_status_changed_with_an_sqlite_tool_is_named(office):
    (rowid, key) = office.conn.execute("SELECT rowid, id FROM departures LIMIT 1").fetchone()
    behind_the_back(
        office,
        "UPDATE departures SET status = CASE status WHEN 'departed' THEN 'recorded' "
        "ELSE 'departed' END WHERE id = ?",
        key,
    )
    assert audit.verify(office).ok  # the log itself is untouched
    found = replay.replay(office)
    assert not found.ok
    assert found.differing == [f"departure No. {rowid} (status)"]


def test_a_field_changed_after_a_logged_change_is_caught(office):
    # The trade was edited through the program; the edit's "after" no longer holds.
    (rowid, key) = office.conn.execute(
        "SELECT rowid, id FROM departures WHERE trade = 'Welder'"
    ).fetchone()
    behind_the_back(office, "UPDATE departures SET trade = 'Pilot' WHERE id = ?", key)
    assert replay.replay(office).differing == [f"departure No. {rowid} (trade)"]


@pytest.mark.parametrize("column", ["trade", "employer", "birth_date", "status_reason"])
def test_an_imported_or_demo_record_changed_behind_the_back_is_named(office, column):
    # Bulk creations log only a few fields and a hash of all of them.
    rows = office.conn.execute(
        "SELECT rowid, id FROM departures WHERE created_by = 'amina' ORDER BY rowid DESC LIMIT 2"
    ).fetchall()
    for _, key in rows:
        behind_the_back(
            office, f"UPDATE departures SET {column} = {column} || '0' WHERE id = ?", key
        )
    found = replay.replay(office)
    assert sorted(found.differing) == sorted(f"departure No. {rowid}" for rowid, _ in rows)


def test_contingents_and_users_changed_behind_the_back_are_named_by_code_and_name(office):
    (code,) = office.conn.execute(
        "SELECT code FROM contingents WHERE status = 'departed'"
    ).fetchone()
    behind_the_back(office, "UPDATE contingents SET status = 'open' WHERE code = ?", code)
    behind_the_back(office, "UPDATE users SET role = 'admin' WHERE name = 'amina'")
    found = replay.replay(office)
    assert found.differing == [f"contingent {code} (status)", "user amina (role)"]


def test_records_added_or_removed_behind_the_back_are_named(office):
    stored = departures.get_row(office, office.conn.execute(
        "SELECT id FROM departures LIMIT 1"
    ).fetchone()[0])  # fmt: skip
    stored |= {"id": "forged-key", "cnic": "35202-9999999-1", "passport_no": "ZZ9999999"}
    columns = ", ".join(stored)
    behind_the_back(
        office,
        f"INSERT INTO departures({columns}) VALUES ({', '.join('?' * len(stored))})",
        *stored.values(),
    )
    (forged,) = office.conn.execute(
        "SELECT rowid FROM departures WHERE id = 'forged-key'"
    ).fetchone()
    (code,) = office.conn.execute(
        "SELECT code FROM contingents c WHERE NOT EXISTS "
        "(SELECT 1 FROM departures d WHERE d.contingent_id = c.id) "
        "AND NOT EXISTS (SELECT 1 FROM manifests m WHERE m.contingent_id = c.id) LIMIT 1"
    ).fetchone()
    behind_the_back(office, "DELETE FROM contingents WHERE code = ?", code)
    found = replay.replay(office)
    assert found.differing == [
        f"departure No. {forged} (not in the audit log)",
        f"contingent {code} (in the audit log, missing from the file)",
    ]


def test_records_of_old_files_are_counted_as_not_replayable_not_as_changed(db, clerk):
    # Files from before the replay hash: bulk creation rows named the person, no more.
    people = list(demo.people(3, "ISB", seed=2, start=1))
    with write(db):
        staged = departures.stage(db, people)
        created = audit.CreatedRows(
            db, staged.columns, at="2025-01-01T00:00:00Z", user="amina", reason="import",
            columns=BULK_RECORDED_COLUMNS,
        )  # fmt: skip
        departures.insert_staged(db, staged, user="amina", at="2025-01-01T00:00:00Z")
        created.write(db)
    services.record_departure(db, clerk, person())
    found = replay.replay(db)
    assert found.ok
    assert found.replayed["departure"] == 1 and found.old["departure"] == 3
    assert "not replayable: 3 departures" in found.message


def test_audit_verify_prints_both_verdicts_and_exits_1_naming_the_record(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("RAWANGI_PASSWORD", "demo-password-for-tests")
    path = str(tmp_path / "office.db")
    assert main(["demo", "--db", path, "--count", "40", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--db", path]) == 0
    chain, replayed = capsys.readouterr().out.strip().splitlines()[:2]
    assert chain.startswith("audit log OK") and replayed.startswith("replay OK: 40 departures")
    db = open_database(path)
    query = "SELECT rowid, cnic FROM departures LIMIT 1 OFFSET 7"
    (rowid, cnic) = db.conn.execute(query).fetchone()
    behind_the_back(db, "UPDATE departures SET status = 'withdrawn' WHERE rowid = ?", rowid)
    db.close()
    assert main(["audit", "verify", "--db", path]) == 1
    out = capsys.readouterr().out
    chain, replayed = out.strip().splitlines()[:2]
    assert chain.startswith("audit log OK")
    assert replayed.startswith("CHANGED: replay: 1 record differs")
    assert f"departure No. {rowid}" in replayed
    assert cnic not in out  # no personal data


def test_a_password_hash_replaced_behind_the_back_is_named(office):
    admin = Actor("root", Role.ADMIN, "ISB")
    users.create_user(office, admin, "bilal", "clerk", "first-password-1")
    users.reset_password(office, admin, "bilal", "second-password-2")
    assert replay.replay(office).ok
    (stolen,) = office.conn.execute(
        "SELECT password_hash FROM users WHERE name = 'amina'"
    ).fetchone()
    behind_the_back(office, "UPDATE users SET password_hash = ? WHERE name = 'bilal'", stolen)
    assert replay.replay(office).differing == ["user bilal (password)"]


def test_a_password_rehashed_at_sign_in_still_replays(db, monkeypatch):
    from argon2 import PasswordHasher

    users.initialize(db, office="ISB", admin_name="root", password="a-long-password-1")
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=2, memory_cost=16, parallelism=1))
    users.sign_in(db, "root", "a-long-password-1")  # parameters changed: the hash is redone
    found = replay.replay(db)
    assert found.ok and found.replayed["user"] == 1


def test_records_merged_at_headquarters_are_counted_apart_not_as_changed(
    db, clerk, supervisor, tmp_path
):
    from desktop.services import bundles

    demo.fill(db, clerk, 25, office="ISB", seed=4, contingent_size=25, supervisor=supervisor)
    out = tmp_path / "isb.zip"
    bundles.export_bundle(db, supervisor, out)
    hq = open_database(tmp_path / "hq.db")
    users.initialize(hq, office="HQS", admin_name="boss", password="a-long-password-1",
                     office_name="Headquarters")  # fmt: skip
    bundles.import_bundle(hq, Actor("boss", Role.ADMIN, "HQS"), out)
    found = replay.replay(hq)
    assert found.ok, found.message
    assert found.merged["departure"] == 25 and found.replayed["user"] == 1
    assert "from office bundles (their history is at their office): 25 departures" in (
        found.message
    )


def test_status_changes_logged_by_older_versions_are_not_called_changes(db, clerk):
    # Before the replay, a status change logged the status alone, not its reason.
    stored = services.record_departure(db, clerk, person())
    with write(db):
        departures.update(
            db, stored.replace(status="withdrawn", status_reason="visa refused"),
            user="amina", at="2025-01-01T00:00:00Z",
        )  # fmt: skip
        audit.append(
            db, at="2025-01-01T00:00:00Z", user="amina", action="status", entity="departure",
            entity_id=stored.id, before={"status": "recorded"}, after={"status": "withdrawn"},
            reason="visa refused",
        )  # fmt: skip
    found = replay.replay(db)
    assert found.ok and found.old["departure"] == 1 and found.replayed["departure"] == 0


def test_saves_logged_by_the_first_versions_without_their_empty_fields_replay(db, clerk):
    from desktop.core.departure import recorded_fields

    services.record_departure(db, clerk, person())
    # The first versions left empty values (remarks, employer…) out of the creation row.
    key = "kept-key"
    with write(db):
        values = person(cnic="35202-7777777-1", passport_no="ZZ7777777", remarks="")
        old = departures.insert(
            db, Departure.from_row({**values, "office": "ISB", "id": key}),
            user="amina", at="2025-01-01T00:00:00Z",
        )  # fmt: skip
        sparse = {k: v for k, v in recorded_fields(old).items() if v not in ("", None)}
        audit.append(db, at="2025-01-01T00:00:00Z", user="amina", action="record",
                     entity="departure", entity_id=key, after=sparse)  # fmt: skip
    assert "remarks" not in sparse
    found = replay.replay(db)
    assert found.ok and found.replayed["departure"] == 2
    behind_the_back(db, "UPDATE departures SET remarks = 'x' WHERE id = ?", key)
    assert replay.replay(db).differing == [f"departure No. {serial(db, key)} (remarks)"]
