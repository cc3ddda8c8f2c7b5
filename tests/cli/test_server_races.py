"""Eight desks at once on the office server (issue 14, item 9): each desk is a process of its own,
started together (each waits, loaded and signed in, until the test says go)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.services import users
from desktop.store import open_database
from tests.factories import person, write_csv

PASSWORD = "race-desk-password"
DESK = Path(__file__).with_name("race_desk.py")
DESKS = 8


@pytest.fixture
def office(cluster, monkeypatch):
    """A fresh register on the test server with a clerk, as every desk signs in."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    name = cluster.new_database()
    address = cluster.address(name)
    db = open_database(address)
    admin = users.initialize(db, office="ISB", admin_name="boss", password=PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    db.close()
    yield address
    cluster.drop(name)


def run_together(commands: list[list[str]]) -> list[tuple[int, str, str]]:
    """Start every command, wait until each says it is ready, then let them all go at once."""
    env = {**os.environ, "RAWANGI_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    desks = [
        subprocess.Popen(
            [sys.executable, str(DESK), *command],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for command in commands
    ]
    for desk in desks:
        assert desk.stdout is not None
        assert desk.stdout.readline().strip() == "ready", desk.communicate()[1]
    for desk in desks:
        assert desk.stdin is not None
        desk.stdin.write("go\n")
        desk.stdin.flush()
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=600)
        results.append((desk.returncode, out, err))
    return results


def test_eight_desks_importing_the_same_person_store_them_once(office, tmp_path, capsys):
    one = person()
    headers = list(one)
    listed = write_csv(tmp_path / "list.csv", [[one[h] for h in headers]], headers)
    results = run_together([["import", office, "amina", str(listed)] for _ in range(DESKS)])
    imported = [out for code, out, _ in results if "Imported 1 departures" in out]
    assert len(imported) == 1, results
    refused = [err for code, _, err in results if code == 1]
    assert len(refused) + len(imported) == DESKS
    db = open_database(office)
    try:
        found = db.conn.execute("SELECT count(*) FROM departures WHERE cnic = ?", (one["cnic"],))
        assert found.fetchone() == (1,)
    finally:
        db.close()
    assert main(["audit", "verify", "--db", office]) == 0
    capsys.readouterr()


def test_eight_desks_saving_200_each_leave_1600_rows_one_chain_and_no_code_twice(office, capsys):
    results = run_together([["save", office, "amina", str(desk), "200"] for desk in range(DESKS)])
    assert [code for code, _, _ in results] == [0] * DESKS, [err for _, _, err in results]
    codes = [code for _, out, _ in results for code in out.split()[2:]]
    assert len(codes) == 2 * DESKS and len(set(codes)) == len(codes)
    db = open_database(office)
    try:
        assert db.conn.execute("SELECT count(*) FROM departures").fetchone() == (1600,)
        stored = db.conn.execute("SELECT count(DISTINCT code), count(*) FROM contingents")
        assert stored.fetchone() == (2 * DESKS, 2 * DESKS)
    finally:
        db.close()
    assert main(["audit", "verify", "--db", office]) == 0
    assert capsys.readouterr().out.startswith("audit log OK")
