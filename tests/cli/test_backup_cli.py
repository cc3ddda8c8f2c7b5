import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core.roles import Actor, Role
from desktop.services import demo, users
from desktop.store import audit, backup, departures, lock, open_database
from desktop.store.db import connect
from tests.store.fixtures import damaged

PASSWORD = "a-long-password-1"
ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


@pytest.fixture
def office(tmp_path, monkeypatch) -> Path:
    """A set-up office file with 50 departures; admin boss, supervisor tariq, clerk amina."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    path = tmp_path / "office.db"
    db = open_database(path)
    boss = users.initialize(db, office="ISB", admin_name="boss", password=PASSWORD)
    users.create_user(db, boss, "tariq", "supervisor", PASSWORD)
    users.create_user(db, boss, "amina", "clerk", PASSWORD)
    demo.fill(db, Actor("amina", Role.CLERK, "ISB"), 50, office="ISB", seed=5)
    db.close()
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return damaged.build(tmp_path_factory.mktemp("corpus"))


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("rawangi: ")
    return err.strip()


def test_backup_by_a_supervisor(office, tmp_path, capsys):
    to = tmp_path / "usb"
    assert main(["backup", "--db", str(office), "--user", "tariq", "--to", str(to)]) == 0
    out = capsys.readouterr().out
    (info,) = backup.list_backups(to)
    assert out.startswith(f"Backed up {office} to {info.path} (")
    assert "integrity check passed" in out
    assert info.verified and info.reason == "on demand"


def test_backup_to_the_default_folder(office, capsys, private_settings):
    assert main(["backup", "--db", str(office), "--user", "boss"]) == 0
    assert len(backup.list_backups(backup.default_folder())) == 1


def test_a_clerk_may_not_back_up(office, tmp_path, capsys):
    assert main(["backup", "--db", str(office), "--user", "amina", "--to", str(tmp_path)]) == 1
    assert "may not take a backup" in one_line(capsys)


def test_a_wrong_password_is_one_line(office, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", "not the password")
    assert main(["backup", "--db", str(office), "--user", "tariq", "--to", str(tmp_path)]) == 1
    assert "Wrong user name or password" in one_line(capsys)


def test_a_missing_database(tmp_path, capsys):
    assert main(["backup", "--db", str(tmp_path / "none.db"), "--user", "x"]) == 1
    assert "There is no database at" in one_line(capsys)


@pytest.mark.parametrize("name", sorted(damaged.KINDS))
def test_backup_meets_each_damaged_file_with_one_line(corpus, tmp_path, capsys, name, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    path = tmp_path / "office.db"
    shutil.copyfile(corpus[name], path)
    before = path.read_bytes()
    to = tmp_path / "backups"
    assert main(["backup", "--db", str(path), "--user", "boss", "--to", str(to)]) == 1
    line = one_line(capsys)
    assert damaged.KINDS[name] in line and str(path) in line
    assert path.read_bytes() == before
    assert not to.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db"]


@pytest.mark.parametrize("name", sorted(damaged.KINDS))
def test_find_meets_each_damaged_file_with_one_line(corpus, tmp_path, capsys, name):
    path = tmp_path / "office.db"
    shutil.copyfile(corpus[name], path)
    before = path.read_bytes()
    # The whole file is checked before the search: damage the search itself would not meet
    # is still damage (a clerk told "No departures match." would record the person again).
    assert main(["find", "khan", "--db", str(path), "--user", "amina"]) == 1
    assert damaged.KINDS[name] in one_line(capsys)
    assert path.read_bytes() == before


def test_the_real_program_prints_no_traceback(corpus, tmp_path):
    path = tmp_path / "office.db"
    shutil.copyfile(corpus["zeroed-middle-pages"], path)
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "backup", "--db", str(path), "--user", "boss"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
        env={"RAWANGI_PASSWORD": PASSWORD, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "is damaged" in result.stderr
    assert path.read_bytes() == before


# -- restore --------------------------------------------------------------------------------------


def take(office: Path, folder: Path) -> backup.BackupInfo:
    db = connect(office)
    try:
        return backup.take(db, folder, reason="test")
    finally:
        db.close()


def test_restore_by_an_admin(office, tmp_path, capsys):
    taken = take(office, tmp_path / "backups")
    db = open_database(office)
    demo.fill(db, Actor("amina", Role.CLERK, "ISB"), 10, office="ISB", seed=9)
    db.close()
    assert main(["restore", str(taken.path), "--db", str(office), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Restored {office} from the backup of ")
    assert "The previous file is kept as" in out
    (kept,) = tmp_path.glob("office.replaced-*.db")
    assert str(kept) in out
    db = open_database(office)
    assert departures.count(db) == 50
    assert audit.browse(db, audit.AuditFilter(action="restore"))[0]["user"] == "boss"
    db.close()
    assert not lock.lock_path(office).exists()  # the lock was let go


def test_restore_refuses_a_supervisor(office, tmp_path, capsys):
    taken = take(office, tmp_path / "backups")
    assert main(["restore", str(taken.path), "--db", str(office), "--user", "tariq"]) == 1
    assert "may not restore a backup" in one_line(capsys)
    assert not list(tmp_path.glob("office.replaced-*"))


def test_restore_refuses_a_damaged_backup(office, corpus, tmp_path, capsys):
    before = office.read_bytes()
    assert main(["restore", str(corpus["pdf-renamed"]), "--db", str(office), "--user", "boss"]) == 1
    assert "cannot be restored" in one_line(capsys)
    assert office.read_bytes() == before


def test_restore_refuses_while_rawangi_has_the_file_open(office, tmp_path, capsys):
    taken = take(office, tmp_path / "backups")
    with lock.acquire(office):
        assert main(["restore", str(taken.path), "--db", str(office), "--user", "boss"]) == 1
    assert "is already open in Rawangi on" in one_line(capsys)
    assert not list(tmp_path.glob("office.replaced-*"))


def test_restore_over_a_damaged_database_signs_in_against_the_backup(
    office, corpus, tmp_path, capsys
):
    taken = take(office, tmp_path / "backups")
    shutil.copyfile(corpus["zeroed-middle-pages"], office)
    damaged_bytes = office.read_bytes()
    assert main(["restore", str(taken.path), "--db", str(office), "--user", "boss"]) == 0
    (kept,) = tmp_path.glob("office.replaced-*.db")
    assert kept.read_bytes() == damaged_bytes
    db = open_database(office)
    assert departures.count(db) == 50
    db.close()


def test_restore_without_a_backup_lists_those_of_the_database(office, tmp_path, capsys):
    db = connect(office)
    try:
        older = backup.take(db, backup.default_folder(), reason="daily", now=NOW - DAY)
        newer = backup.take(db, backup.default_folder(), reason="at exit", now=NOW)
    finally:
        db.close()
    other = open_database(tmp_path / "demo.db")
    backup.take(other, backup.default_folder(), reason="daily", now=NOW)
    other.close()
    # The office's file, copied elsewhere and cut short on the way.
    data = office.read_bytes()
    copy = tmp_path / "usb" / "office-copy.db"
    copy.parent.mkdir()
    copy.write_bytes(data[: len(data) // 2 // damaged.PAGE * damaged.PAGE])

    assert main(["restore", "--db", str(copy), "--user", "boss"]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"Verified backups of the database of {copy} (office ISB) in {backup.default_folder()}, "
        "newest first:"
    )
    for line, info in zip(lines[1:3], (newer, older), strict=True):
        assert line.split() == [
            info.path.name,
            "ISB",
            "(Islamabad)",
            *info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M").split(),
            info.reason.split()[0],
            *info.reason.split()[1:],
        ]
    assert lines[3] == f"Restore one with: rawangi restore BACKUP --db {copy} --user ADMIN"
    assert len(lines) == 4
    assert copy.read_bytes() == data[: len(data) // 2 // damaged.PAGE * damaged.PAGE]


def test_restore_without_a_backup_says_when_there_is_none(tmp_path, capsys):
    path = tmp_path / "new.db"
    open_database(path).close()
    assert main(["restore", "--db", str(path), "--user", "boss"]) == 1
    assert "There is no verified backup of" in one_line(capsys)
