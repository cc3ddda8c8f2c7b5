"""`rawangi slips print`: the slips of a finalized contingent, refusals in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import services
from desktop.__main__ import main
from desktop.services import contingents, signing, users
from desktop.store import open_database
from desktop.trust import trustlist
from tests.factories import person
from tests.signed_office import PASSPHRASE, codes_in_pdf

PASSWORD = "slips-cli-password"
FLIGHT = {
    "flight_no": "PK 731",
    "carrier": "PIA",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "10",
}


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    """Office ISB with a finalized contingent of three, an open one, and the CLI's variables."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "office.db"
    db = open_database(path)
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "tariq", "supervisor", PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    supervisor = users.sign_in(db, "tariq", PASSWORD)
    people = [
        services.record_departure(
            db, supervisor, person(cnic=f"35202-{2000000 + n:07d}-1", passport_no=f"AB{n:07d}")
        )
        for n in range(3)
    ]
    finalized = contingents.create_contingent(db, supervisor, FLIGHT)
    contingents.add_people(db, supervisor, finalized.id, [p.id for p in people])
    contingents.finalize(db, supervisor, finalized.id)
    opened = contingents.create_contingent(db, supervisor, FLIGHT)
    db.close()
    capsys.readouterr()
    return {"db": str(path), "finalized": finalized.code, "open": opened.code, "people": people}


def _print(office, *extra, user="tariq"):
    target = str(Path(office["db"]).with_name("slips.pdf"))
    command = ["slips", "print", office["finalized"], "--db", office["db"], "--out", target]
    return target, main([*command, "--user", user, *extra])


def test_slips_are_written_signed_and_verify_with_the_trust_list(office, tmp_path, capsys, qapp):
    hq, cert, trust = (str(tmp_path / name) for name in ("hq", "isb.crt", "trust.json"))
    assert main(["hq", "ca", "init", "--out", hq]) == 0
    assert main(["keys", "init", "--db", office["db"], "--user", "root"]) == 0
    request = str(signing.key_files(Path(office["db"])).request)
    assert main(["hq", "certify", request, "--ca", hq, "--out", cert]) == 0
    assert main(["keys", "import", cert, "--db", office["db"], "--user", "root"]) == 0
    assert main(["trust", "export", "--ca", hq, "--out", trust]) == 0
    capsys.readouterr()
    out, code = _print(office)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out == (
        f"Wrote 3 departure slips of {office['finalized']} revision 1 (1 A4 sheet) to {out}.\n"
    )
    assert captured.err == ""
    [codes] = codes_in_pdf(Path(out).read_bytes())
    assert len(codes) == 3
    for text in codes:
        assert main(["verify-qr", text, "--trust", trust]) == 0
        assert capsys.readouterr().out.startswith("GENUINE: slip of MUHAMMAD IMRAN KHAN")
    changed = codes[0][:40] + ("A" if codes[0][40] != "A" else "B") + codes[0][41:]
    assert main(["verify-qr", changed, "--trust", trust]) == 1
    assert capsys.readouterr().out.count("\n") == 1
    assert trustlist.load(Path(trust).read_bytes()).offices  # the list the verifier used


def test_chosen_people_only_and_unsigned_said_on_stderr(office, capsys):
    cnic = office["people"][1].cnic.replace("-", "")
    out, code = _print(office, "--person", cnic)
    captured = capsys.readouterr()
    assert code == 0
    assert "Wrote 1 departure slip of" in captured.out
    assert captured.err.count("\n") == 1 and "UNSIGNED" in captured.err
    assert Path(out).read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "user", "said"),
    [
        (["--open"], "tariq", "is open: departure slips are printed once it is finalized"),
        ([], "amina", "amina (clerk) may not print departure slips"),
        (["--person", "35202-7777777-1"], "tariq", "35202-7777777-1 is not in contingent"),
        (["--out-txt"], "tariq", "--out must name a .pdf file"),
    ],
    ids=["open", "clerk", "stranger", "not-pdf"],
)
def test_refusals_are_one_line_and_write_nothing(office, capsys, args, user, said):
    target = Path(office["db"]).with_name("slips.pdf")
    code = office["finalized"]
    out = str(target)
    if args == ["--open"]:
        code, args = office["open"], []
    if args == ["--out-txt"]:
        out, args = str(target.with_suffix(".txt")), []
    status = main(
        ["slips", "print", code, "--db", office["db"], "--out", out, "--user", user, *args]
    )
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and said in err
    assert not target.exists() and not target.with_suffix(".txt").exists()


def test_a_wrong_passphrase_is_refused_in_one_line(office, tmp_path, capsys, monkeypatch):
    hq, cert = str(tmp_path / "hq"), str(tmp_path / "isb.crt")
    main(["hq", "ca", "init", "--out", hq])
    main(["keys", "init", "--db", office["db"], "--user", "root"])
    request = str(signing.key_files(Path(office["db"])).request)
    main(["hq", "certify", request, "--ca", hq, "--out", cert])
    main(["keys", "import", cert, "--db", office["db"], "--user", "root"])
    capsys.readouterr()
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", "not the passphrase")
    out, code = _print(office)
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Wrong passphrase" in err
    assert not Path(out).exists()


def test_usage_errors_exit_2(office, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["slips", "print", office["finalized"], "--db", office["db"], "--user", "tariq"])
    assert raised.value.code == 2
    assert "--out" in capsys.readouterr().err
