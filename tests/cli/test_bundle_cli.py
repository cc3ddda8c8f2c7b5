"""`rawangi bundle export` and `rawangi bundle import`."""

import zipfile
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.services import demo, users
from desktop.store import open_database, register

PASSWORD = "a-long-password-1"


@pytest.fixture
def office(db_target, monkeypatch) -> str:
    """Karachi's register (a file or the office server): 30 departures; users boss (admin),
    supervisor, clerk."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    path = db_target
    db = open_database(path)
    users.initialize(db, office="KHI", admin_name="boss", password=PASSWORD)
    users.ensure_demo_users(db, PASSWORD)
    demo.fill(db, users.demo_actor(db), 30, office="KHI", seed=8, contingent_size=15)
    db.close()
    return path


@pytest.fixture
def hq(tmp_path) -> Path:
    path = tmp_path / "hq.db"
    db = open_database(path)
    users.initialize(
        db, office="HQS", admin_name="boss", password=PASSWORD, office_name="Headquarters"
    )
    users.ensure_demo_users(db, PASSWORD)
    db.close()
    return path


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("rawangi: ")
    return err.strip()


def export(office: Path, out: Path, user: str = "supervisor", *more: str) -> int:
    return main(["bundle", "export", "--db", str(office), "--user", user, "--out", str(out), *more])


def test_export_then_import_twice(office, hq, tmp_path, capsys):
    out = tmp_path / "khi.zip"

    assert export(office, out) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote the bundle of KHI to {out}: 30 departures, ")
    assert zipfile.is_zipfile(out)

    assert main(["bundle", "import", str(out), "--db", str(hq), "--user", "admin"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Imported the bundle of KHI (Karachi) made ")
    assert "departures: 30 added, 0 updated, 0 unchanged" in lines

    assert main(["bundle", "import", str(out), "--db", str(hq), "--user", "supervisor"]) == 0
    line, *_ = capsys.readouterr().out.splitlines()
    assert line.startswith("Nothing new: all ")
    assert " records were already here (30 departures, " in line

    db = open_database(hq)
    try:
        assert register.count(db, register.RegisterFilter(office="KHI")).value == 30
    finally:
        db.close()


def test_export_since_a_day(office, tmp_path, capsys):
    assert export(office, tmp_path / "none.zip", "supervisor", "--since", "2099-01-01") == 0
    assert ": 0 departures, 0 contingents, 0 manifests, " in capsys.readouterr().out


def test_a_damaged_bundle_is_one_line_and_the_hq_file_stays_as_it_was(office, hq, tmp_path, capsys):
    out = tmp_path / "khi.zip"
    assert export(office, out) == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    capsys.readouterr()
    before = hq.read_bytes()

    assert main(["bundle", "import", str(out), "--db", str(hq), "--user", "admin"]) == 1

    line = one_line(capsys)
    assert line.startswith("rawangi: khi.zip was refused: it was changed or damaged")
    assert hq.read_bytes() == before


def test_a_file_that_is_not_a_bundle_is_one_line(hq, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    other = tmp_path / "list.csv"
    other.write_text("surname,cnic\n")
    assert main(["bundle", "import", str(other), "--db", str(hq), "--user", "admin"]) == 1
    assert "list.csv was refused: it is not a zip file" in one_line(capsys)


def test_a_clerk_may_neither_export_nor_import(office, hq, tmp_path, capsys):
    assert export(office, tmp_path / "x.zip", "clerk") == 1
    assert "may not export a headquarters bundle" in one_line(capsys)
    assert not (tmp_path / "x.zip").exists()

    assert export(office, tmp_path / "khi.zip") == 0
    capsys.readouterr()
    assert (
        main(["bundle", "import", str(tmp_path / "khi.zip"), "--db", str(hq), "--user", "clerk"])
        == 1
    )
    assert "may not import a headquarters bundle" in one_line(capsys)


def test_a_wrong_date_or_a_missing_database_is_one_line(office, tmp_path, capsys):
    assert export(office, tmp_path / "x.zip", "supervisor", "--since", "yesterday") == 1
    assert "since" in one_line(capsys)
    assert export(tmp_path / "none.db", tmp_path / "x.zip") == 1
    assert "There is no database at" in one_line(capsys)
    assert not (tmp_path / "none.db").exists()


def test_bundle_without_an_action_is_wrong_usage(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["bundle"])
    assert exited.value.code == 2


def test_import_says_the_seal_catches_damage_not_forgery(office, hq, tmp_path, capsys):
    out = tmp_path / "khi.zip"
    assert export(office, out) == 0
    capsys.readouterr()

    assert main(["bundle", "import", str(out), "--db", str(hq), "--user", "admin"]) == 0

    said = capsys.readouterr().out
    assert (
        "The seal shows that the bundle was not damaged on its way; it does not show who made "
        "it." in said
    )
    assert "import it only if it reached you from the office itself" in said
