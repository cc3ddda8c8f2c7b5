import sqlite3
import subprocess
import sys

import pytest

from desktop import __version__
from desktop.__main__ import main
from desktop.core import rules
from desktop.core.departure import Departure
from desktop.store import departures, open_database


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"rawangi {__version__}"


def test_demo_fills_a_new_database_and_adds_more_when_run_again(tmp_path, capsys, fixed_today):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--count", "1500", "--seed", "1"]) == 0
    assert "Added 1,500 departures for ISB" in capsys.readouterr().out
    assert main(["demo", "--db", str(path), "--count", "300", "--office", "khi"]) == 0
    db = open_database(path)
    assert departures.count(db) == 1800
    assert (
        db.conn.execute("SELECT count(*) FROM audit WHERE action = 'record'").fetchone()[0] == 1800
    )
    offices = dict(db.conn.execute("SELECT office, count(*) FROM departures GROUP BY office"))
    assert offices == {"ISB": 1500, "KHI": 300}
    (distinct_cnics,) = db.conn.execute("SELECT count(DISTINCT cnic) FROM departures").fetchone()
    assert distinct_cnics == 1800
    for row in db.conn.execute("SELECT * FROM departures LIMIT 200"):
        names = [d[0] for d in db.conn.execute("SELECT * FROM departures LIMIT 0").description]
        person = Departure.from_row(dict(zip(names, row, strict=True)))
        assert rules.blocks(rules.check_departure(person, today=fixed_today)) == []


def test_demo_refuses_an_unknown_office_with_one_line(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "x.db"), "--office", "XYZ"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("rawangi: Unknown office 'XYZ'") and "\n" not in err


def test_wrong_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as done:
        main(["demo", "--count", "many"])
    assert done.value.code == 2


def test_a_file_that_is_not_a_database_gets_one_line_and_exit_1(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"%PDF-1.7 this is not a database" * 100)
    before = bogus.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--db", str(bogus), "--count", "1"],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert bogus.read_bytes() == before
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(bogus).execute("SELECT 1 FROM sqlite_master").fetchall()
