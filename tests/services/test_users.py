import datetime as dt

import pytest
from argon2 import PasswordHasher

from desktop.core import clock
from desktop.core.errors import PermissionDenied, SignInRefused, ValidationError
from desktop.core.roles import Role
from desktop.services import audit_rows, users
from desktop.store import open_database
from desktop.store import users as user_rows
from desktop.store.engine import is_server

PASSWORD = "correct horse battery"


@pytest.fixture
def office(db):
    admin = users.initialize(db, office="ISB", admin_name="Root", password=PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    return admin


def audit_actions(db, user_id=None):
    sql = "SELECT action FROM audit WHERE entity = 'user'"
    args = ()
    if user_id:
        sql += " AND entity_id = ?"
        args = (user_id,)
    return [a for (a,) in db.conn.execute(sql + " ORDER BY id", args)]


def test_first_run_creates_the_office_setting_and_the_admin(db):
    assert users.needs_setup(db)
    admin = users.initialize(db, office="isb", admin_name="Root", password=PASSWORD)
    assert (admin.name, admin.role, admin.office) == ("root", Role.ADMIN, "ISB")
    assert not users.needs_setup(db)
    with pytest.raises(ValidationError, match="already set up"):
        users.initialize(db, office="ISB", admin_name="other", password=PASSWORD)


def test_first_run_can_create_a_new_office(db):
    admin = users.initialize(
        db, office="MUX", office_name="Multan", admin_name="root", password=PASSWORD
    )
    assert admin.office == "MUX"
    assert ("MUX", "Multan") in db.conn.execute("SELECT code, name FROM offices").fetchall()


def test_a_new_office_needs_a_name_and_a_password_a_minimum_length(db):
    with pytest.raises(ValidationError, match="name of the new office"):
        users.initialize(db, office="MUX", admin_name="root", password=PASSWORD)
    with pytest.raises(ValidationError, match="at least 8"):
        users.initialize(db, office="ISB", admin_name="root", password="short")
    assert users.needs_setup(db)


def test_sign_in_gives_the_users_role_and_office(db, office):
    actor = users.sign_in(db, "Amina", PASSWORD)
    assert (actor.name, actor.role, actor.office) == ("amina", Role.CLERK, "ISB")
    assert audit_actions(db)[-1] == "sign_in"


def test_a_wrong_password_says_how_many_attempts_are_left(db, office):
    with pytest.raises(SignInRefused, match="4 more wrong attempts"):
        users.sign_in(db, "amina", "wrong password")
    assert audit_actions(db)[-1] == "sign_in_failed"


def test_an_unknown_user_is_refused_like_a_wrong_password_and_logged(db, office):
    with pytest.raises(SignInRefused, match="Wrong user name or password"):
        users.sign_in(db, "nobody", PASSWORD)
    (row,) = db.conn.execute(
        "SELECT user, action FROM audit WHERE reason = 'unknown user'"
    ).fetchall()
    assert row == (audit_rows.name_marker("nobody"), "sign_in_failed")


def test_a_password_typed_as_the_user_name_is_kept_nowhere(db, office, caplog):
    # A name nobody has may be a password typed in the wrong box: the audit log (and so its
    # backups and the bundles sent to headquarters) and the log file keep only a marker.
    secret = "Zx9-winter-Sunrise"
    with caplog.at_level("DEBUG"), pytest.raises(SignInRefused):
        users.sign_in(db, secret, PASSWORD)
    with pytest.raises(SignInRefused):
        users.sign_in(db, f"  {secret.upper()} ", PASSWORD)
    rows = db.conn.execute("SELECT * FROM audit").fetchall()
    assert secret.lower() not in repr(rows).lower()
    assert secret.lower() not in caplog.text.lower()
    markers = db.conn.execute(
        "SELECT user FROM audit WHERE action = 'sign_in_failed' ORDER BY id"
    ).fetchall()
    assert markers[0] == markers[1]  # the same text, typed again, is recognisably the same


def test_five_failures_lock_the_account_and_the_lock_survives_a_restart(db, office, db_target):
    for _ in range(4):
        with pytest.raises(SignInRefused):
            users.sign_in(db, "amina", "wrong password")
    with pytest.raises(SignInRefused, match="now locked for 15 minutes"):
        users.sign_in(db, "amina", "wrong password")
    db.close()
    reopened = open_database(db_target)
    with pytest.raises(SignInRefused, match="locked"):
        users.sign_in(reopened, "amina", PASSWORD)
    assert "lock" in audit_actions(reopened)
    reopened.close()


def test_the_lock_runs_out_and_each_new_lock_lasts_longer(db, office, monkeypatch):
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    now = [start]
    monkeypatch.setattr(clock, "utc_now", lambda: now[0])
    for _ in range(5):
        with pytest.raises(SignInRefused):
            users.sign_in(db, "amina", "bad")
    now[0] = start + dt.timedelta(minutes=16)
    for _ in range(4):
        with pytest.raises(SignInRefused, match="Wrong"):
            users.sign_in(db, "amina", "bad")
    with pytest.raises(SignInRefused, match="locked for 30 minutes"):
        users.sign_in(db, "amina", "bad")
    now[0] = start + dt.timedelta(minutes=16 + 31)
    assert users.sign_in(db, "amina", PASSWORD).name == "amina"
    assert user_rows.by_name(db, "amina").lock_count == 0


def test_failures_older_than_fifteen_minutes_do_not_count(db, office, monkeypatch):
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    now = [start]
    monkeypatch.setattr(clock, "utc_now", lambda: now[0])
    for _ in range(4):
        with pytest.raises(SignInRefused):
            users.sign_in(db, "amina", "bad")
    now[0] = start + dt.timedelta(minutes=20)
    with pytest.raises(SignInRefused, match="4 more wrong attempts"):
        users.sign_in(db, "amina", "bad")


def test_an_admin_can_unlock(db, office):
    for _ in range(5):
        with pytest.raises(SignInRefused):
            users.sign_in(db, "amina", "bad")
    users.unlock(db, office, "amina")
    assert users.sign_in(db, "amina", PASSWORD).name == "amina"


def test_a_deactivated_account_cannot_sign_in(db, office):
    users.change_user(db, office, "amina", active=False)
    with pytest.raises(SignInRefused, match="deactivated"):
        users.sign_in(db, "amina", PASSWORD)
    with pytest.raises(ValidationError, match="your own account"):
        users.change_user(db, office, "root", active=False)


def test_role_and_office_changes_are_audited(db, office):
    users.change_user(db, office, "amina", role="supervisor", office="LHE")
    assert users.sign_in(db, "amina", PASSWORD).role == Role.SUPERVISOR
    row = db.conn.execute(
        "SELECT before, after FROM audit WHERE action = 'edit' AND entity = 'user'"
    ).fetchone()
    assert row == ('{"office":"ISB","role":"clerk"}', '{"office":"LHE","role":"supervisor"}')


def test_a_hash_made_with_other_parameters_is_redone_at_sign_in(db, office, monkeypatch):
    before = user_rows.password_hash(db, user_rows.by_name(db, "amina").id)
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=2, memory_cost=16, parallelism=1))
    users.sign_in(db, "amina", PASSWORD)
    after = user_rows.password_hash(db, user_rows.by_name(db, "amina").id)
    assert after != before and "m=16,t=2" in after and after.startswith("$argon2id$")


def test_only_admins_manage_users_and_refusals_are_logged(db, office):
    clerk = users.sign_in(db, "amina", PASSWORD)
    with pytest.raises(PermissionDenied, match="amina \\(clerk\\) may not manage users"):
        users.create_user(db, clerk, "bilal", "clerk", PASSWORD)
    (reason,) = db.conn.execute(
        "SELECT reason FROM audit WHERE action = 'refused' ORDER BY id DESC"
    ).fetchone()
    assert "manage users" in reason


def test_demo_users_are_added_to_a_file_that_already_has_users(db, office):
    created = users.ensure_demo_users(db, None)
    assert set(created) == {"clerk", "supervisor", "admin"}
    assert all(len(secret) >= 8 for secret in created.values())
    assert users.ensure_demo_users(db, None) == {}
    assert users.sign_in(db, "supervisor", created["supervisor"]).role == Role.SUPERVISOR


@pytest.fixture
def logging_to_file(private_settings):
    from desktop import logs
    from desktop.store.db import data_dir

    return logs.configure(data_dir())


def test_no_plain_password_is_stored_or_logged(
    db, office, tmp_path, private_settings, logging_to_file
):
    secret = "Unique-Secret-4711"
    users.create_user(db, office, "bilal", "clerk", secret)
    users.sign_in(db, "bilal", secret)
    with pytest.raises(SignInRefused):
        users.sign_in(db, "bilal", secret + "x")
    users.reset_password(db, office, "bilal", secret + "-new")
    stored = [db.conn.execute(f"SELECT * FROM {table}").fetchall() for table in ("users", "audit")]
    assert secret.lower() not in repr(stored).lower()
    db.close()
    import logging

    logging.getLogger("rawangi").info("after the sign-ins")  # the log file exists and is searched
    files = [p for folder in (tmp_path, private_settings) for p in folder.rglob("*") if p.is_file()]
    assert is_server(db) or any(p.suffix == ".db" for p in files)
    for path in files:
        assert secret.encode() not in path.read_bytes(), path


def test_a_user_has_a_full_name_and_a_designation(db, office):
    bilal = users.create_user(
        db,
        office,
        "bilal",
        "supervisor",
        PASSWORD,
        full_name="  Bilal   Ahmed  Qureshi ",
        designation="Assistant Protector of Emigrants",
    )
    assert (bilal.full_name, bilal.designation) == (
        "Bilal Ahmed Qureshi",
        "Assistant Protector of Emigrants",
    )
    stored = user_rows.by_name(db, "bilal")
    assert (stored.full_name, stored.designation) == (bilal.full_name, bilal.designation)
    assert stored.printed_name == "Bilal Ahmed Qureshi"
    # A user without a full name prints the login name, as before.
    assert user_rows.by_name(db, "amina").printed_name == "amina"
    (after,) = db.conn.execute(
        "SELECT after FROM audit WHERE action = 'create' AND entity_id = ?", (bilal.id,)
    ).fetchone()
    assert '"full_name":"Bilal Ahmed Qureshi"' in after


def test_the_admin_changes_a_full_name_and_designation_and_it_is_audited(db, office):
    users.change_user(db, office, "amina", full_name="Amina Khatoon", designation="Data Clerk")
    amina = user_rows.by_name(db, "amina")
    assert (amina.full_name, amina.designation, amina.role) == (
        "Amina Khatoon",
        "Data Clerk",
        Role.CLERK,
    )
    row = db.conn.execute(
        "SELECT before, after FROM audit WHERE action = 'edit' AND entity = 'user'"
    ).fetchone()
    assert row == (
        '{"designation":"","full_name":""}',
        '{"designation":"Data Clerk","full_name":"Amina Khatoon"}',
    )


def test_the_first_admin_can_have_a_full_name(db):
    users.initialize(
        db,
        office="ISB",
        admin_name="root",
        password=PASSWORD,
        full_name="Farah Naz",
        designation="Deputy Director",
    )
    root = user_rows.by_name(db, "root")
    assert (root.printed_name, root.designation) == ("Farah Naz", "Deputy Director")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("full_name", "N" * 81, "A full name has at most 80 characters"),
        ("designation", "D" * 81, "A designation has at most 80 characters"),
        ("full_name", "Amina\nKhan", "A full name is one line"),
    ],
)
def test_a_bad_full_name_or_designation_is_refused_naming_the_field(
    db, office, field, value, words
):
    with pytest.raises(ValidationError, match=words) as refused:
        users.create_user(db, office, "bilal", "clerk", PASSWORD, **{field: value})
    assert refused.value.field == field
    assert user_rows.by_name(db, "bilal") is None


def test_demo_users_have_full_names_and_designations(db, office):
    users.ensure_demo_users(db, None)
    for name in ("clerk", "supervisor", "admin"):
        user = user_rows.by_name(db, name)
        assert user.full_name and user.full_name != name
        assert user.designation
