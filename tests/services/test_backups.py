import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from desktop import services
from desktop.core.errors import PermissionDenied, SignInRefused, StorageError
from desktop.core.roles import Actor, Role
from desktop.services import backups, users
from desktop.services.backups import Credentials
from desktop.store import audit, backup, departures, open_database, write
from desktop.store.db import connect
from desktop.store.schema import migrations
from tests.factories import person
from tests.store.fixtures import damaged

PASSWORD = "a-long-password-1"
NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def office(tmp_path):
    """A set-up office database: admin "boss", supervisor "tariq", clerk "amina"."""
    path = tmp_path / "office.db"
    db = open_database(path)
    boss = users.initialize(db, office="ISB", admin_name="boss", password=PASSWORD)
    users.create_user(db, boss, "tariq", "supervisor", PASSWORD)
    users.create_user(db, boss, "amina", "clerk", PASSWORD)
    yield db
    db.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


def rows(db, action: str) -> list[dict]:
    return audit.browse(db, audit.AuditFilter(action=action))


def record(db, n: int):
    actor = Actor("amina", Role.CLERK, "ISB")
    return services.record_departure(
        db, actor, person(cnic=f"35202-{n:07d}-1", passport_no=f"AB{n:07d}")
    )


# -- taking backups -------------------------------------------------------------------------------


def test_a_supervisor_takes_a_backup_and_it_is_audited(office, folder, supervisor):
    record(office, 1)
    info = backups.take_backup(office, supervisor, folder)
    assert info.path.parent == folder and info.verified and info.reason == "on demand"
    (row,) = rows(office, "backup")
    assert row["user"] == "tariq"
    assert row["after"]["path"] == str(info.path)
    assert row["after"]["head"] == info.audit_head
    # The backup holds everything before its own audit row.
    copy = connect(info.path, readonly=True)
    assert departures.count(copy) == 1
    assert audit.verify(office, expect_head=info.audit_head).ok
    copy.close()


def test_a_clerk_may_not_take_a_backup(office, folder, clerk):
    with pytest.raises(PermissionDenied, match="only supervisors or admins may"):
        backups.take_backup(office, clerk, folder)
    assert not folder.exists()
    assert rows(office, "refused")[0]["entity_id"] == "take_backup"


def test_the_default_folder_is_in_the_data_folder(office, admin, private_settings):
    info = backups.take_backup(office, admin)
    assert info.path.parent == backup.default_folder()
    assert info.path.parent.name == "backups"


def test_taking_a_backup_applies_retention(office, folder, admin):
    for days in range(30, 90, 3):
        backup.take(office, folder, reason="daily", now=NOW - dt.timedelta(days=days))
    before = len(backup.list_backups(folder))
    backups.take_backup(office, admin, folder)
    assert len(backup.list_backups(folder)) < before


@pytest.mark.expected_log("taken of a read-only database")
def test_a_backup_of_a_read_only_database_is_taken_without_its_audit_row(tmp_path, office, folder):
    readonly = connect(tmp_path / "office.db", readonly=True)
    try:
        info = backups.take_backup(readonly, Actor("boss", Role.ADMIN, "ISB"), folder)
    finally:
        readonly.close()
    assert info.verified
    assert rows(office, "backup") == []


def test_backup_if_due(office, folder):
    first = backups.backup_if_due(office, folder, now=NOW)
    assert first is not None and first.reason == "daily"
    assert rows(office, "backup")[0]["user"] == "rawangi"
    assert backups.backup_if_due(office, folder, now=NOW + dt.timedelta(hours=23)) is None
    later = backups.backup_if_due(office, folder, now=NOW + dt.timedelta(hours=25))
    assert later is not None and later.path != first.path


def test_backup_if_due_looks_only_at_this_database(tmp_path, office, folder):
    other = open_database(tmp_path / "other.db")
    backups.backup_if_due(other, folder, now=NOW)
    other.close()
    assert backups.backup_if_due(office, folder, now=NOW) is not None


def test_backup_if_due_knows_this_database_wherever_its_file_went(tmp_path, office, folder):
    assert backups.backup_if_due(office, folder, now=NOW) is not None
    office.close()
    shutil.move(tmp_path / "office.db", tmp_path / "moved.db")
    moved = open_database(tmp_path / "moved.db")
    try:
        # Its backup of an hour ago is still its own: none is due.
        assert backups.backup_if_due(moved, folder, now=NOW + dt.timedelta(hours=1)) is None
    finally:
        moved.close()


def test_backup_if_changed(office, folder):
    start = audit.last_id(office)
    assert backups.backup_if_changed(office, start, folder) is None
    with write(office):  # a session that changed no record: nothing to keep
        audit.append(
            office, at="2026-03-01T09:00:00Z", user="clerk", action="sign_in", entity="user"
        )
    assert backups.backup_if_changed(office, start, folder) is None
    record(office, 1)
    info = backups.backup_if_changed(office, start, folder)
    assert info is not None and info.reason == "at exit"


def test_backup_before_migration(tmp_path, folder):
    path = tmp_path / "old.db"
    db = connect(path)
    migrations.apply(db, stop_before=migrations._migrations[-1].name)
    head = audit.head(db)
    db.close()
    before = path.read_bytes()
    info = backups.backup_before_migration(path, folder)
    assert info is not None and info.verified
    assert info.reason == f"before upgrade to {migrations._migrations[-1].name}"
    assert info.audit_head == head
    copy = connect(info.path, readonly=True)
    assert len(migrations.pending(copy)) == 1  # the file as it was, before the upgrade
    copy.close()
    db = connect(path, readonly=True)
    (row,) = rows(db, "backup")
    assert row["user"] == "rawangi"
    db.close()
    assert path.read_bytes() != before  # only its audit row was added
    # Once upgraded, nothing is pending: no backup.
    open_database(path).close()
    assert backups.backup_before_migration(path, folder) is None


def test_no_backup_before_migration_of_a_new_file(tmp_path, folder):
    assert backups.backup_before_migration(tmp_path / "missing.db", folder) is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert backups.backup_before_migration(tmp_path / "empty.db", folder) is None
    assert not folder.exists()


# -- restore --------------------------------------------------------------------------------------


def restored_rows(path: Path, action: str) -> list[dict]:
    db = connect(path, readonly=True)
    try:
        return rows(db, action)
    finally:
        db.close()


def test_an_admin_signed_in_restores_and_it_is_audited_in_the_restored_file(
    tmp_path, office, folder, admin
):
    record(office, 1)
    taken = backups.take_backup(office, admin, folder)
    record(office, 2)
    office.close()
    path = tmp_path / "office.db"
    result = backups.restore_backup(path, admin, taken.path)
    assert result.replaced is not None and result.replaced.exists()
    assert result.actor == admin and result.signed_in_against == "current database"
    db = open_database(path)
    assert departures.count(db) == 1
    (row,) = rows(db, "restore")
    assert row["user"] == admin.name
    assert row["after"]["backup"] == str(taken.path)
    assert row["after"]["backup_head"] == taken.audit_head
    assert row["after"]["replaced"] == str(result.replaced)
    assert row["after"]["signed_in_against"] == "current database"
    assert audit.verify(db).ok
    db.close()


def test_a_supervisor_may_not_restore_and_the_refusal_is_logged(tmp_path, office, folder):
    taken = backups.take_backup(office, Actor("tariq", Role.SUPERVISOR, "ISB"), folder)
    office.close()
    path = tmp_path / "office.db"
    before = path.read_bytes()
    with pytest.raises(PermissionDenied):
        backups.restore_backup(path, Actor("tariq", Role.SUPERVISOR, "ISB"), taken.path)
    assert restored_rows(path, "refused")[0]["entity_id"] == "restore_backup"
    assert path.read_bytes() != before  # only the refusal was added
    assert sorted(p.name for p in tmp_path.glob("office*")) == ["office.db"]


def test_with_a_sound_database_the_password_is_checked_there(tmp_path, office, folder):
    boss = users.demo_actor(office, "boss")
    users.create_user(office, boss, "former", "admin", PASSWORD)
    taken = backups.take_backup(office, boss, folder)
    # Deactivated since the backup: the backup still lists "former" as an active admin.
    users.change_user(office, boss, "former", active=False)
    office.close()
    path = tmp_path / "office.db"
    with pytest.raises(SignInRefused, match="deactivated"):
        backups.restore_backup(path, Credentials("former", PASSWORD), taken.path)
    result = backups.restore_backup(path, Credentials("boss", PASSWORD), taken.path)
    assert result.signed_in_against == "current database"
    assert [r["user"] for r in restored_rows(result.replaced, "sign_in")] == ["boss"]


@pytest.mark.expected_log("Restore refused: amina is not an admin")
@pytest.mark.parametrize("damage", ["zeroed-middle-pages", "empty", "pdf-renamed", "missing"])
def test_with_a_damaged_database_the_admin_signs_in_against_the_backup(
    tmp_path, office, folder, damage
):
    record(office, 1)
    taken = backups.take_backup(office, users.demo_actor(office, "boss"), folder)
    office.close()
    path = tmp_path / "office.db"
    corpus = damaged.build(tmp_path / "corpus")
    if damage == "missing":
        path.unlink()
    else:
        shutil.copyfile(corpus[damage], path)
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(SignInRefused):
        backups.restore_backup(path, Credentials("boss", "wrong password!"), taken.path)
    with pytest.raises(PermissionDenied):
        backups.restore_backup(path, Credentials("amina", PASSWORD), taken.path)
    assert (path.read_bytes() if path.exists() else None) == before  # untouched
    assert not list(tmp_path.glob("*.partial"))
    result = backups.restore_backup(path, Credentials("boss", PASSWORD), taken.path, now=NOW)
    assert result.signed_in_against == "backup"
    assert result.actor.name == "boss"
    if before is None:
        assert result.replaced is None
    else:
        assert result.replaced.read_bytes() == before  # the damaged file, kept as it was
    db = open_database(path)
    assert departures.count(db) == 1
    assert rows(db, "sign_in")[0]["user"] == "boss"  # the newest: in the restored file
    (row,) = rows(db, "restore")
    assert row["after"]["signed_in_against"] == "backup"
    assert audit.verify(db).ok
    db.close()


def test_a_damaged_backup_is_refused_before_anything_else(tmp_path, office, admin):
    corpus = damaged.build(tmp_path / "corpus")
    office.close()
    with pytest.raises(StorageError, match="cannot be restored"):
        backups.restore_backup(tmp_path / "office.db", admin, corpus["cut-in-half"])


def test_credentials_never_show_the_password():
    assert PASSWORD not in repr(Credentials("boss", PASSWORD))
    assert "boss" in json.dumps(repr(Credentials("boss", PASSWORD)))
