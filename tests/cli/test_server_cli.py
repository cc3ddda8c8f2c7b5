"""`rawangi server init` and the desks' login, the server's address on the command line (sslmode,
an unreachable server, a password asked for), and backups through pg_dump / pg_restore."""

from __future__ import annotations

import socket
import subprocess
import threading
from pathlib import Path

import psycopg
import pytest

from desktop import services
from desktop.__main__ import main
from desktop.cli import common
from desktop.core.roles import Actor, Role
from desktop.store import open_database, server_admin
from desktop.store.engine import PasswordNeeded, describe_address
from tests.factories import person

ADMIN_PASSWORD = "server-admin-password"
DESK_PASSWORD = "desk-login-password-1"


@pytest.fixture
def office(cluster, monkeypatch, capsys):
    """A database made by `server init` (as the cluster's superuser): office ISB, admin boss,
    a clerk amina; yields (the superuser's address, the desks' address)."""
    monkeypatch.setenv("RAWANGI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("RAWANGI_DESK_PASSWORD", DESK_PASSWORD)
    name = f"office_{cluster.new_database(template=None)}"
    admin = cluster.address(name)
    assert main(["server", "init", admin, "--office", "ISB", "--admin", "boss"]) == 0
    desk = cluster.address(name, user=server_admin.DESK_ROLE)
    monkeypatch.setenv("RAWANGI_NEW_PASSWORD", ADMIN_PASSWORD)
    assert main(["user", "add", "amina", "--role", "clerk", "--db", desk, "--user", "boss"]) == 0
    assert (
        main(["user", "add", "tariq", "--role", "supervisor", "--db", desk, "--user", "boss"]) == 0
    )
    capsys.readouterr()
    yield admin, desk
    cluster.drop(name)


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_server_init_makes_the_database_roles_schema_and_first_admin(cluster, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("RAWANGI_DESK_PASSWORD", DESK_PASSWORD)
    name = f"fresh_{cluster.new_database(template=None)}"  # a name the server does not have yet
    admin = cluster.address(name)
    assert main(["server", "init", admin, "--office", "LHE", "--admin", "boss"]) == 0
    said = capsys.readouterr()
    assert "database created" in said.out and "admin boss can now sign in" in said.out
    assert f"Point the desks at: postgresql://rawangi_desk@{cluster.folder}/{name}" in said.out
    assert DESK_PASSWORD not in said.out + said.err and ADMIN_PASSWORD not in said.out
    with cluster.admin() as conn:
        owner = conn.execute(
            "SELECT r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
            "WHERE d.datname = %s",
            (name,),
        ).fetchone()
        desk = conn.execute(
            "SELECT rolcanlogin, rolsuper, rolcreatedb, rolpassword FROM pg_authid "
            "WHERE rolname = 'rawangi_desk'"
        ).fetchone()
    assert owner == ("rawangi_owner",)
    assert desk[:3] == (True, False, False)
    assert desk[3].startswith("SCRAM-SHA-256$")  # a verifier, never the password itself
    # Running it again (after an upgrade) keeps the users and says so.
    assert main(["server", "init", admin, "--office", "LHE", "--admin", "boss"]) == 0
    assert "users were kept" in capsys.readouterr().out
    desk_address = cluster.address(name, user="rawangi_desk")
    assert main(["user", "list", "--db", desk_address, "--user", "boss", "--format", "json"]) == 0
    assert '"name": "boss"' in capsys.readouterr().out
    cluster.drop(name)


@pytest.mark.parametrize(
    ("statement", "refused"),
    [
        ("ALTER TABLE departures ADD COLUMN note TEXT", "must be owner"),
        ("DROP TABLE departures", "must be owner"),
        ("TRUNCATE departures", "permission denied"),
        ("UPDATE audit SET reason = 'hidden' WHERE id = 1", "permission denied"),
        ("DELETE FROM audit WHERE id = 1", "permission denied"),
        ("ALTER TABLE audit DISABLE TRIGGER audit_no_update", "must be owner"),
        ("CREATE TABLE notes (x TEXT)", "permission denied"),
        ("UPDATE _rawangi_steps SET name = 'x'", "permission denied"),
    ],
)
def test_the_desks_login_may_not_change_the_schema_or_the_audit_log(office, statement, refused):
    _, desk = office
    with psycopg.connect(desk, autocommit=True) as conn:
        (rows_before,) = conn.execute("SELECT count(*) FROM audit").fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=refused):
            conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM audit").fetchone() == (rows_before,)
        assert conn.execute("SELECT count(*) FROM departures").fetchone() == (0,)


def test_the_desks_login_saves_what_the_program_saves(office, capsys):
    _, desk = office
    db = open_database(desk)
    try:
        clerk = Actor("amina", Role.CLERK, "ISB")
        saved = services.record_departure(db, clerk, person())
        renamed = {**person(), "surname": "Qureshi"}  # the name keys are deleted and made again
        services.update_departure(db, clerk, saved.id, renamed, version=saved.version)
        services.change_status(db, clerk, saved.id, "withdrawn", reason="visa cancelled")
    finally:
        db.close()
    assert main(["audit", "verify", "--db", desk]) == 0
    assert capsys.readouterr().out.startswith("audit log OK")


def test_server_init_needs_a_superuser_and_changes_nothing(office, capsys):
    _, desk = office
    assert main(["server", "init", desk, "--office", "ISB", "--admin", "other"]) == 1
    assert "needs a PostgreSQL superuser" in one_line(capsys)


def test_server_init_refuses_another_programs_database(cluster, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("RAWANGI_DESK_PASSWORD", DESK_PASSWORD)
    name = cluster.new_database(template=None)
    with psycopg.connect(cluster.address(name), autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (n INT)")
    assert main(["server", "init", cluster.address(name), "--office", "ISB", "--admin", "b"]) == 1
    assert "holds tables of another program" in one_line(capsys)
    with psycopg.connect(cluster.address(name), autocommit=True) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchall() == [("invoices",)]
    cluster.drop(name)


def test_a_short_or_missing_desk_password_is_refused_before_anything(cluster, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("RAWANGI_DESK_PASSWORD", "short")
    address = cluster.address("never_made")
    assert main(["server", "init", address, "--office", "ISB", "--admin", "boss"]) == 1
    assert "12 characters or more" in one_line(capsys)
    monkeypatch.delenv("RAWANGI_DESK_PASSWORD")
    assert main(["server", "init", address, "--office", "ISB", "--admin", "boss"]) == 1
    assert "set RAWANGI_DESK_PASSWORD" in one_line(capsys)
    with cluster.admin() as conn:
        assert (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = 'never_made'").fetchone()
            is None
        )


def test_sslmode_disable_is_accepted(office, capsys):
    _, desk = office
    assert main(["user", "list", "--db", f"{desk}&sslmode=disable", "--user", "boss"]) == 0
    assert "amina" in capsys.readouterr().out


@pytest.fixture
def server_without_tls():
    """A TCP port that answers as a PostgreSQL server without TLS does: 'N' to the SSL request."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def answer() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(8)  # length + SSLRequest code
                conn.sendall(b"N")

    threading.Thread(target=answer, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()


def test_sslmode_require_against_a_server_without_tls_is_one_line(server_without_tls, capsys):
    address = f"postgresql://rawangi_desk@127.0.0.1:{server_without_tls}/office?sslmode=require"
    assert main(["user", "list", "--db", address, "--user", "boss"]) == 1
    err = one_line(capsys)
    assert (
        f"The office server postgresql://rawangi_desk@127.0.0.1:{server_without_tls}/office" in err
    )
    assert "SSL" in err and "cannot be reached" in err


def test_a_server_that_does_not_answer_is_one_line_naming_it(cluster, tmp_path, capsys):
    address = f"postgresql://rawangi_desk@/office?host={tmp_path}&port=1"
    assert main(["audit", "verify", "--db", address]) == 1
    err = one_line(capsys)
    assert f"The office server postgresql://rawangi_desk@{tmp_path}/office cannot be reached" in err


def test_a_password_in_the_address_is_never_printed(cluster, tmp_path, capsys):
    address = f"postgresql://rawangi_desk:sekret-pw@/office?host={tmp_path}&port=1"
    assert main(["audit", "verify", "--db", address]) == 1
    assert "sekret-pw" not in one_line(capsys)


def test_the_servers_password_is_asked_for_at_a_terminal_only(office, monkeypatch, capsys):
    _, desk = office
    given: list[str | None] = []
    real = services.open_office_database

    def wants_password(target, **kwargs):
        given.append(kwargs.get("password"))
        if kwargs.get("password") is None:
            raise PasswordNeeded(describe_address(str(target)))
        return real(target, **{k: v for k, v in kwargs.items() if k != "password"})

    monkeypatch.setattr(services, "open_office_database", wants_password)
    assert main(["user", "list", "--db", desk, "--user", "boss"]) == 1
    err = one_line(capsys)
    assert "asks for a password: set PGPASSWORD, put it in ~/.pgpass" in err
    monkeypatch.setattr(common.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: "typed-server-password")
    assert main(["user", "list", "--db", desk, "--user", "boss"]) == 0
    said = capsys.readouterr()
    assert given[-1] == "typed-server-password"
    assert "typed-server-password" not in said.out + said.err


# -- backups -----------------------------------------------------------------------------------


def test_backup_writes_a_verified_pg_dump_and_restore_makes_a_new_database(
    office, cluster, tmp_path, capsys
):
    _, desk = office
    db = open_database(desk)
    services.record_departure(db, Actor("amina", Role.CLERK, "ISB"), person())
    db.close()
    folder = tmp_path / "backups"
    assert main(["backup", "--db", desk, "--user", "tariq", "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    (dump,) = folder.glob("rawangi-office_*.dump")
    assert f"to {dump}" in out and "pg_restore --list read its" in out
    assert dump.stat().st_mode & 0o777 == 0o600
    listed = subprocess.run(
        [str(server_admin.find_tool("pg_restore")), "--list", str(dump)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "TABLE DATA public departures" in listed
    live = open_database(desk)
    assert live.conn.execute(
        "SELECT count(*) FROM audit WHERE action = 'backup' AND entity_id = ?", (dump.name,)
    ).fetchone() == (1,)
    live.close()

    restored = f"restored_{cluster.new_database(template=None)}"
    target = cluster.address(restored)
    assert main(["restore", str(dump), "--db", target, "--user", "boss"]) == 0
    assert "The live database was not touched" in capsys.readouterr().out
    copy = open_database(target)
    try:
        assert copy.conn.execute("SELECT count(*) FROM departures").fetchone() == (1,)
        last = copy.conn.execute("SELECT user, action FROM audit ORDER BY id DESC LIMIT 1")
        assert last.fetchone() == ("boss", "restore")
    finally:
        copy.close()
    assert main(["audit", "verify", "--db", target]) == 0
    capsys.readouterr()
    cluster.drop(restored)


def test_restore_never_goes_over_a_database_that_holds_tables(office, tmp_path, capsys):
    admin, desk = office
    folder = tmp_path / "backups"
    assert main(["backup", "--db", desk, "--user", "boss", "--to", str(folder)]) == 0
    (dump,) = folder.glob("*.dump")
    capsys.readouterr()
    with psycopg.connect(admin) as conn:
        before = conn.execute("SELECT count(*), max(hash) FROM audit").fetchone()
    assert main(["restore", str(dump), "--db", admin, "--user", "boss"]) == 1
    assert "restored only into a new, empty database" in one_line(capsys)
    with psycopg.connect(admin) as conn:
        assert conn.execute("SELECT count(*), max(hash) FROM audit").fetchone() == before


def test_a_restore_the_user_may_not_make_leaves_no_database(office, cluster, tmp_path, capsys):
    _, desk = office
    folder = tmp_path / "backups"
    assert main(["backup", "--db", desk, "--user", "boss", "--to", str(folder)]) == 0
    (dump,) = folder.glob("*.dump")
    capsys.readouterr()
    address = cluster.address("restored_by_a_supervisor")
    assert main(["restore", str(dump), "--db", address, "--user", "tariq"]) == 1
    assert "may not restore a backup" in one_line(capsys)
    with cluster.admin() as conn:
        found = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = 'restored_by_a_supervisor'"
        ).fetchone()
    assert found is None


def test_a_file_that_is_not_a_dump_is_refused_before_anything(cluster, tmp_path, capsys):
    bogus = tmp_path / "rawangi-office-x.dump"
    bogus.write_bytes(b"PGDMP" + b"\0" * 100)
    address = cluster.address("never_restored")
    assert main(["restore", str(bogus), "--db", address, "--user", "boss"]) == 1
    assert "is not a backup of the office server that pg_restore can read" in one_line(capsys)


def test_missing_tools_name_the_package_to_install(office, monkeypatch, tmp_path, capsys):
    _, desk = office
    monkeypatch.setattr(server_admin, "_tool_candidates", lambda name: [])
    assert main(["backup", "--db", desk, "--user", "boss", "--to", str(tmp_path)]) == 1
    err = one_line(capsys)
    assert "pg_dump is not installed" in err
    assert "postgresql-client" in err and "bin folder" in err and "PATH" in err
    assert list(tmp_path.iterdir()) == []


def test_a_pg_dump_older_than_the_server_is_named(office, monkeypatch, tmp_path, capsys):
    _, desk = office
    monkeypatch.setattr(server_admin, "tool_version", lambda tool: 12)
    assert main(["backup", "--db", desk, "--user", "boss", "--to", str(tmp_path)]) == 1
    err = one_line(capsys)
    assert "pg_dump here is version 12, older than the office server" in err
    assert list(tmp_path.iterdir()) == []


def test_a_clerk_may_not_take_a_backup(office, tmp_path, capsys):
    _, desk = office
    assert main(["backup", "--db", desk, "--user", "amina", "--to", str(tmp_path)]) == 1
    assert "may not take a backup" in one_line(capsys)
    assert list(Path(tmp_path).iterdir()) == []
