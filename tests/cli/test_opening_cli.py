"""What the commands do with files beyond the corpus: who may read what, what they leave in the
audit log, what they create (and with which permissions), what a refusal leaves behind."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.services import demo, users
from desktop.store import audit, health, lock, open_database
from desktop.store import db as store_db
from tests import factories
from tests.store.fixtures import troubled

PASSWORD = troubled.PASSWORD
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> troubled.Corpus:
    return troubled.build(tmp_path_factory.mktemp("troubled"))


@pytest.fixture
def office(corpus, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    return troubled.place(corpus, troubled.SOUND, tmp_path / "desk")


def last_rows(path: Path, count: int = 1) -> list[dict]:
    db = open_database(path)
    try:
        return audit.browse(db, audit.AuditFilter(), limit=count)
    finally:
        db.close()


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err.strip()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- item 2: printing personal data is an export ---------------------------------------------


@pytest.mark.parametrize(
    ("args", "entity"),
    [
        (["find", "muh", "--limit", "7"], "departures"),
        (["contingent", "list", "--status", "finalized"], "contingents"),
        (["user", "list"], "users"),
    ],
)
def test_a_command_that_prints_personal_data_signs_in_and_is_audited(office, capsys, args, entity):
    with pytest.raises(SystemExit) as usage:
        main([*args, "--db", str(office)])  # no --user: wrong usage
    assert usage.value.code == 2
    capsys.readouterr()
    user = "root" if entity == "users" else "clerk"
    assert main([*args, "--db", str(office), "--user", user, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    (row,) = last_rows(office)
    assert (row["user"], row["action"], row["entity"]) == (user, "export", entity)
    assert (
        row["after"]["command"]
        == " ".join(a for a in args if not a.startswith("-"))[: len(row["after"]["command"])]
    )
    assert row["after"]["rows"] == len(printed) and row["after"]["to"] == "standard output"


def test_find_says_what_was_searched_for(office, capsys):
    assert main(["find", "muh", "--db", str(office), "--user", "clerk", "--limit", "3"]) == 0
    (row,) = last_rows(office)
    assert row["after"] == {
        "command": "find",
        "format": "table",
        "limit": 3,
        "query": "muh",
        "rows": 3,
        "to": "standard output",
    }


def test_a_wrong_password_prints_nothing(office, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", "not the password")
    assert main(["find", "muh", "--db", str(office), "--user", "clerk"]) == 1
    assert capsys.readouterr().out == ""


# -- item 1: demo ---------------------------------------------------------------------------


def test_demo_adds_to_a_demo_file_made_before_files_were_marked(tmp_path, monkeypatch, capsys):
    # bench/common.py runs `demo --count 0` on its register, made by an older demo.
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    path = tmp_path / "register.db"
    db = open_database(path)
    users.ensure_demo_users(db, PASSWORD)
    demo.fill(db, users.demo_actor(db), 20, office="ISB", seed=2)
    db.close()
    assert main(["demo", "--db", str(path), "--count", "0"]) == 0
    assert main(["demo", "--db", str(path), "--count", "5"]) == 0
    assert "Added 5 departures" in capsys.readouterr().out


def test_demo_refuses_a_file_with_records_but_no_users(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    path = tmp_path / "office.db"
    shutil.copyfile(troubled.office_database(tmp_path / "made.db"), path)
    db = open_database(path)
    db.conn.execute("DELETE FROM users")  # users table has no triggers: an odd but real file
    db.close()
    assert main(["demo", "--db", str(path), "--count", "1"]) == 1
    assert "holds an office's users or records" in one_line(capsys)


# -- item 4: files readable by their owner only -----------------------------------------------


def test_what_rawangi_creates_is_readable_by_its_owner_only(office, tmp_path, capsys):
    os.umask(0o022)  # an ordinary desk's umask: the modes must not depend on it
    new = tmp_path / "new" / "office.db"
    new.parent.mkdir()
    assert main(["init", "--db", str(new), "--office", "ISB", "--admin", "root"]) == 0
    assert mode(new) == 0o600
    backups = tmp_path / "backups"
    assert main(["backup", "--db", str(office), "--user", "supervisor", "--to", str(backups)]) == 0
    (taken,) = backups.iterdir()
    assert mode(backups) == 0o700 and mode(taken) == 0o600
    bundle = tmp_path / "isb.zip"
    assert main(["bundle", "export", "--db", str(office), "--user", "supervisor", "--out",
                 str(bundle)]) == 0  # fmt: skip
    assert mode(bundle) == 0o600
    logs = store_db.data_dir() / "logs"
    assert mode(store_db.data_dir()) == 0o700 and mode(logs) == 0o700
    assert mode(logs / "rawangi.log") == 0o600
    restored = tmp_path / "restored.db"
    assert main(["restore", str(taken), "--db", str(restored), "--user", "root"]) == 0
    assert mode(restored) == 0o600


def test_the_program_itself_runs_with_a_private_umask(tmp_path):
    # SQLite's journal, zip's temporary files and rotated logs get no mode from us: the umask
    # set at the entry point (window and command line) covers them.
    path = tmp_path / "demo.db"
    result = subprocess.run(
        [sys.executable, "-c", "import os, sys; from desktop.__main__ import main; "
         "sys.exit(main() or os.umask(0o022))", "demo", "--db", str(path), "--count", "1"],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=120,
        env={**os.environ, "RAWANGI_PASSWORD": PASSWORD, "XDG_DATA_HOME": str(tmp_path / "d")},
    )  # fmt: skip
    # main() returns 0 and the umask it set is handed back as the exit code.
    assert result.returncode == 0o077, result.stderr


# -- item 5: reading never creates ----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["find", "muh", "--user", "clerk"],
        ["audit", "verify"],
        ["check"],
        ["contingent", "list", "--user", "clerk"],
        ["export", "--user", "clerk", "--out", "x.csv"],
        ["backup", "--user", "supervisor"],
    ],
)
def test_a_command_on_a_missing_path_creates_nothing(tmp_path, monkeypatch, capsys, args):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "typo.db"
    assert main([*args, "--db", str(path)]) == 1
    assert f"There is no database at {path}" in one_line(capsys)
    assert list(tmp_path.iterdir()) == []


# -- item 8, 13: a locked file is not a damaged one -----------------------------------------


@pytest.mark.parametrize(
    "args", [["backup", "--user", "supervisor"], ["find", "muh", "--user", "clerk"]]
)
def test_a_locked_file_is_in_use_on_the_pc_holding_it(office, monkeypatch, capsys, args):
    with troubled.prepared("locked", office, monkeypatch):
        assert main([*args, "--db", str(office)]) == 1
    line = one_line(capsys)
    assert f"{office} is in use by Rawangi on desk-7" in line and "try again" in line
    assert "damaged" not in line and "restore" not in line and "nothing was saved" not in line


def test_the_lock_holder_is_named_from_its_lock_file(office):
    held = lock.acquire(office, host="front-desk")
    try:
        message = store_db.in_use_message(str(office))
    finally:
        held.release()
    assert "by Rawangi on front-desk (process" in message


# -- item 9: a read-only file can be read and printed from ----------------------------------


def test_a_supervisor_prints_a_stored_manifest_from_a_read_only_file(
    office, corpus, tmp_path, monkeypatch, capsys
):
    code = json.loads(
        subprocess_free_list(office, capsys, monkeypatch)
    )[0]["code"]  # fmt: skip
    before = troubled.snapshot(office.parent)
    out = tmp_path / "printed.pdf"
    with troubled.prepared(troubled.READ_ONLY, office, monkeypatch):
        assert main(["manifest", "print", code, "--db", str(office), "--out", str(out),
                     "--user", "supervisor"]) == 0  # fmt: skip
    assert out.read_bytes()[:5] == b"%PDF-"
    assert troubled.snapshot(office.parent) == before
    assert "log file" in capsys.readouterr().err


def subprocess_free_list(office: Path, capsys, monkeypatch) -> str:
    args = ["contingent", "list", "--db", str(office), "--user", "supervisor"]
    assert main([*args, "--status", "finalized", "--format", "json"]) == 0
    return capsys.readouterr().out


# -- item 10: a refused init leaves nothing -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--office", "HQ", "--admin", "root"], "three letters"),
        (["--office", "QTA", "--admin", "root"], "name of the new office"),
        (["--office", "ISB", "--admin", "x"], "user name"),
    ],
)
def test_a_refused_init_leaves_nothing_behind(tmp_path, monkeypatch, capsys, args, words):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    path = tmp_path / "office.db"
    assert main(["init", "--db", str(path), *args]) == 1
    assert words in one_line(capsys)
    assert list(tmp_path.iterdir()) == []


# -- item 11: an unreadable file, for real --------------------------------------------------


@pytest.fixture
def shared(corpus, monkeypatch):
    """An office file in a folder every account may enter (pytest's own folders are root's
    alone), owned by root as the file of another account would be."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    with tempfile.TemporaryDirectory(prefix="rawangi-shared-") as folder:
        top = Path(folder)
        top.chmod(0o755)
        yield troubled.place(corpus, troubled.SOUND, top / "desk")


def as_nobody(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The command as an account without rights to the root-owned test files."""
    site = next(Path(sys.prefix, "lib").glob("python3*/site-packages"))
    env = {"PYTHONPATH": f"{ROOT}:{site}", "RAWANGI_PASSWORD": PASSWORD, "PATH": "/usr/bin:/bin",
           "XDG_DATA_HOME": str(tmp_path / "nobody-data"), "HOME": str(tmp_path)}  # fmt: skip
    python = sys.executable if os.geteuid() else "/usr/bin/python3"
    runuser = shutil.which("runuser", path="/usr/sbin:/sbin:/usr/bin:/bin") or "runuser"
    prefix = [runuser, "-u", "nobody", "--"] if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, python, "-m", "desktop", *args],
        capture_output=True, text=True, check=False, cwd="/", timeout=120, env=env,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [["find", "muh", "--user", "clerk"], ["audit", "verify"], ["check"], ["backup", "--user", "x"]],
)
def test_a_file_this_account_may_not_read_is_one_line_naming_it(shared, args):
    office = shared
    office.parent.chmod(0o755)
    office.chmod(0o600)  # root's, and the command runs as nobody
    before = troubled.snapshot(office.parent)
    result = as_nobody([*args, "--db", str(office)], office.parent.parent)
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"Rawangi may not read {office}" in result.stderr
    assert "ask whoever looks after this computer" in result.stderr.lower()
    assert troubled.snapshot(office.parent) == before


def test_a_read_only_file_for_real_is_searched_and_the_search_logged(shared):
    office = shared
    home = office.parent.parent / "home"
    home.mkdir()
    home.chmod(0o777)  # nobody's data folder and log go there
    office.parent.chmod(0o755)  # nobody may not write the folder: SQLite's journal cannot go
    office.chmod(0o644)
    before = troubled.snapshot(office.parent)
    result = as_nobody(["find", "muh", "--db", str(office), "--user", "clerk"], home)
    assert result.returncode == 0, result.stderr
    assert "read-only here" in result.stderr and "MUHAMMAD" in result.stdout
    assert troubled.snapshot(office.parent) == before
    log = (home / "nobody-data" / "Rawangi" / "logs" / "rawangi.log").read_text()
    assert "export (departures) by clerk is not in the audit log" in log


# -- item 12: damage is not tampering -------------------------------------------------------


def test_a_changed_audit_row_is_called_changed(office, capsys):
    conn = sqlite3.connect(office)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET reason = 'nothing to see' WHERE id = 5")
    conn.commit()
    conn.close()
    assert main(["audit", "verify", "--db", str(office)]) == 1
    assert "BROKEN: audit row 5 does not match its hash: it was changed" in capsys.readouterr().out


def test_a_damaged_audit_page_is_called_damaged_not_changed(corpus, tmp_path, capsys):
    path = troubled.place(corpus, "damaged-audit-page", tmp_path / "desk")
    assert main(["audit", "verify", "--db", str(path)]) == 1
    line = one_line(capsys)
    assert f"{path} is damaged" in line and "changed" not in line.split("Nothing was")[0]


# -- item 14: every refusal is in the audit log ---------------------------------------------


def test_init_on_a_database_already_set_up_is_refused_and_audited(office, capsys):
    assert main(["init", "--db", str(office), "--office", "ISB", "--admin", "other"]) == 1
    assert "already set up" in one_line(capsys)
    (row,) = last_rows(office)
    assert (row["user"], row["action"], row["entity"]) == ("rawangi", "refused", "setup")


def test_an_import_into_a_finalized_contingent_is_refused_and_audited(
    office, tmp_path, capsys, monkeypatch
):
    finalized = json.loads(subprocess_free_list(office, capsys, monkeypatch))[0]["code"]
    headers = ["Name", "Father Name", "CNIC", "Passport No", "Passport Expiry", "DOB", "Gender",
               "Trade", "Country", "Departure Date", "Channel", "OEP Licence"]  # fmt: skip
    listed = factories.write_csv(
        tmp_path / "list.csv",
        [["Imran Khan", "Rashid", "35202-9999999-1", "AB9999999", "2031-05-20", "1990-04-12",
          "M", "Electrician", "KSA", "2026-03-15", "OEP", "1234/RWP"]],
        headers,
    )  # fmt: skip
    args = ["import", str(listed), "--db", str(office), "--user", "clerk"]
    assert main([*args, "--contingent", finalized]) == 1
    assert "open contingent only" in one_line(capsys)
    (row,) = last_rows(office)
    assert (row["user"], row["action"], row["entity"]) == ("clerk", "refused", "contingent")


# -- the check command ------------------------------------------------------------------------


def test_check_reads_the_whole_file_and_writes_nothing(office, capsys):
    before = troubled.snapshot(office.parent)
    assert main(["check", "--db", str(office)]) == 0
    assert capsys.readouterr().out.startswith(f"{office} is sound: SQLite's integrity check")
    assert troubled.snapshot(office.parent) == before


def test_check_tells_its_progress_table_by_table(office):
    told: list[tuple[str, int, int]] = []
    db = store_db.connect(office, readonly=True)
    try:
        assert health.integrity_check(db, progress=lambda *step: told.append(step)) is None
    finally:
        db.close()
    assert told[0][1] == 0 and told[-1][1] == told[-1][2]  # from nothing to all
    assert "departures" in [what for what, _done, _steps in told]
