import json

import pytest

from desktop.__main__ import main
from desktop.store import is_server_address, open_database
from desktop.store.engine import describe_address

PASSWORD = "cli-admin-password"


def shown(target: str) -> str:
    """How messages name a --db: the file's path, or the server's address without secrets."""
    return describe_address(target) if is_server_address(target) else target


@pytest.fixture
def path(db_target, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    db = db_target
    assert main(["init", "--db", db, "--office", "LHE", "--admin", "root"]) == 0
    return db


def test_init_sets_up_the_office_and_its_admin(db_target, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    db = db_target
    assert main(["init", "--db", db, "--office", "PEW", "--admin", "root"]) == 0
    assert "Set up for office PEW; admin root can now sign in." in capsys.readouterr().out
    assert main(["init", "--db", db, "--office", "PEW", "--admin", "other"]) == 1
    assert "already set up" in capsys.readouterr().err


def test_an_admin_adds_and_lists_users(path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_NEW_PASSWORD", "new-clerk-password")
    assert main(["user", "add", "amina", "--role", "clerk", "--db", path, "--user", "root"]) == 0
    assert "Added clerk amina (LHE)." in capsys.readouterr().out
    assert main(["user", "list", "--db", path, "--user", "root", "--format", "json"]) == 0
    listed = {u["name"]: u["role"] for u in json.loads(capsys.readouterr().out)}
    assert listed == {"amina": "clerk", "root": "admin"}


def test_a_refused_action_exits_1_with_one_line(path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_NEW_PASSWORD", PASSWORD)
    main(["user", "add", "amina", "--role", "clerk", "--db", path, "--user", "root"])
    capsys.readouterr()
    assert main(["user", "list", "--db", path, "--user", "amina"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "amina (clerk) may not manage users" in err


def test_a_wrong_password_exits_1(path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", "not-the-password")
    assert main(["user", "list", "--db", path, "--user", "root"]) == 1
    assert "Wrong user name or password" in capsys.readouterr().err


def test_no_password_and_no_terminal_says_what_to_do(path, capsys, monkeypatch):
    monkeypatch.delenv("RAWANGI_PASSWORD")
    monkeypatch.setattr("sys.stdin", None)
    assert main(["user", "list", "--db", path, "--user", "root"]) == 1
    assert "set RAWANGI_PASSWORD" in capsys.readouterr().err


def test_audit_verify_reports_ok_and_a_broken_row(path, capsys):
    assert main(["audit", "verify", "--db", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith("audit log OK")
    head = out.split("head ")[1].split()[0]
    db = open_database(path)
    if is_server_address(path):  # as the server's superuser could (the desks' login cannot)
        db.conn.execute("ALTER TABLE audit DISABLE TRIGGER audit_no_update")
    else:
        db.conn.execute("DROP TRIGGER audit_no_update")
    db.conn.execute("UPDATE audit SET user = 'mallory' WHERE id = 1")
    db.close()
    assert main(["audit", "verify", "--db", path]) == 1
    assert "BROKEN: audit row 1 does not match its hash" in capsys.readouterr().out
    assert main(["audit", "verify", "--db", path, "--expect-head", head]) == 1


def test_demo_makes_its_users_in_its_own_file_and_adds_more_when_run_again(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("RAWANGI_PASSWORD", raising=False)
    path = str(tmp_path / "demo.db")
    assert main(["demo", "--db", path, "--count", "20"]) == 0
    out = capsys.readouterr().out
    assert "Created user clerk (password: " in out and "Added 20 departures for ISB" in out
    assert main(["demo", "--db", path, "--count", "5"]) == 0
    assert "Created user" not in capsys.readouterr().out


def test_demo_never_makes_users_in_an_office_file(path, capsys):
    # Demo users would be admins nobody appointed, with a password the caller chose.
    before = users_of(path)
    assert main(["demo", "--db", path, "--count", "5"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{shown(path)} holds an office's users or records" in err and "new file" in err
    assert users_of(path) == before == ["root"]
    db = open_database(path)
    try:
        refusal = db.conn.execute(
            "SELECT user, action, entity FROM audit ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert refusal == ("rawangi", "refused", "demo")
        assert db.conn.execute("SELECT count(*) FROM departures").fetchone()[0] == 0
    finally:
        db.close()


def users_of(path: str) -> list[str]:
    db = open_database(path)
    try:
        return [name for (name,) in db.conn.execute("SELECT name FROM users ORDER BY name")]
    finally:
        db.close()


def test_a_user_is_added_with_a_full_name_and_designation(path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_NEW_PASSWORD", "new-clerk-password")
    command = ["user", "add", "amina", "--role", "clerk", "--db", path, "--user", "root",
               "--full-name", "Amina Khatoon", "--designation", "Data Entry Clerk"]  # fmt: skip
    assert main(command) == 0
    assert "Added clerk amina (LHE): Amina Khatoon, Data Entry Clerk." in capsys.readouterr().out
    assert main(["user", "list", "--db", path, "--user", "root", "--format", "json"]) == 0
    listed = {u["name"]: u for u in json.loads(capsys.readouterr().out)}
    assert (listed["amina"]["full_name"], listed["amina"]["designation"]) == (
        "Amina Khatoon",
        "Data Entry Clerk",
    )
    assert listed["root"]["full_name"] == ""
    assert main(["user", "list", "--db", path, "--user", "root"]) == 0
    assert "Amina Khatoon" in capsys.readouterr().out


def test_a_too_long_full_name_exits_1_naming_it(path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_NEW_PASSWORD", "new-clerk-password")
    command = ["user", "add", "amina", "--role", "clerk", "--db", path, "--user", "root",
               "--full-name", "A" * 81]  # fmt: skip
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "A full name has at most 80 characters" in err


def test_init_gives_the_first_admin_a_full_name(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    db = str(tmp_path / "new.db")
    command = ["init", "--db", db, "--office", "PEW", "--admin", "root",
               "--full-name", "Farah Naz", "--designation", "Deputy Director"]  # fmt: skip
    assert main(command) == 0
    capsys.readouterr()
    assert main(["user", "list", "--db", db, "--user", "root", "--format", "json"]) == 0
    (root,) = json.loads(capsys.readouterr().out)
    assert (root["full_name"], root["designation"]) == ("Farah Naz", "Deputy Director")
