"""The office's signing key for a register in a file and on the office server alike: made,
certified and shown from the command line, then signing manifests, slips, bundles and audit
heads. For the server the key lives in the signing PC's data folder, never on the server."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop import services
from desktop.__main__ import main
from desktop.services import contingents, signing, users
from desktop.store import open_database
from desktop.store.db import data_dir
from tests.factories import person
from tests.signed_office import PASSPHRASE, codes_in_pdf

PASSWORD = "office-keys-password"
FLIGHT = {
    "flight_no": "PK 731",
    "carrier": "PIA",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "10",
}


def key_place(target: str) -> Path:
    db = open_database(target)
    try:
        return signing.key_place(db)
    finally:
        db.close()


@pytest.fixture
def office(db_target, tmp_path, monkeypatch, capsys):
    """Office ISB (in a file or on the server) with an open contingent of three people and a
    headquarters folder; no key yet."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", PASSPHRASE)
    db = open_database(db_target)
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "tariq", "supervisor", PASSWORD)
    supervisor = users.sign_in(db, "tariq", PASSWORD)
    people = [
        services.record_departure(
            db, supervisor, person(cnic=f"35202-{3000000 + n:07d}-1", passport_no=f"AC{n:07d}")
        )
        for n in range(3)
    ]
    contingent = contingents.create_contingent(db, supervisor, FLIGHT)
    contingents.add_people(db, supervisor, contingent.id, [p.id for p in people])
    db.close()
    hq = tmp_path / "hq"
    assert main(["hq", "ca", "init", "--out", str(hq), "--name", "Test HQ"]) == 0
    capsys.readouterr()
    return {"db": db_target, "code": contingent.code, "hq": str(hq), "folder": tmp_path}


def certified(office, capsys) -> str:
    """Run keys init, hq certify, keys import and trust export; the trust list's path."""
    db, hq, folder = office["db"], office["hq"], office["folder"]
    cert, trust = str(folder / "isb.crt"), str(folder / "trust.json")
    assert main(["keys", "init", "--db", db, "--user", "root"]) == 0
    request = str(signing.key_files(key_place(db)).request)
    assert main(["hq", "certify", request, "--ca", hq, "--out", cert]) == 0
    assert main(["keys", "import", cert, "--db", db, "--user", "root"]) == 0
    assert main(["trust", "export", "--ca", hq, "--out", trust]) == 0
    capsys.readouterr()
    return trust


def finalize(office, out: Path) -> int:
    args = ["manifest", "print", office["code"], "--db", office["db"], "--out", str(out)]
    return main([*args, "--user", "tariq", "--finalize"])


def test_keys_init_import_show_keep_the_key_on_this_pc(office, engine, capsys):
    db = office["db"]
    assert main(["keys", "show", "--db", db]) == 1
    assert "No signing key in" in capsys.readouterr().out
    assert main(["keys", "init", "--db", db, "--user", "root"]) == 0
    said = capsys.readouterr().out
    place = key_place(db)
    folder = signing.signing_folder(place)
    if engine == "server":
        # In this PC's data folder, one folder per server database (by its id).
        assert folder.parent.parent == data_dir() / "signing"
        assert folder.is_relative_to(data_dir())
        assert "postgresql://" in said and ":" + PASSWORD not in said
    else:
        assert folder == Path(db).with_name("office.db.signing")
    assert f"{folder}/office.csr to headquarters" in said
    assert (folder / "office.key").is_file() and folder.stat().st_mode & 0o077 == 0
    assert main(["keys", "show", "--db", db]) == 1
    assert "waiting for the certificate" in capsys.readouterr().out

    cert = str(office["folder"] / "isb.crt")
    request = str(folder / "office.csr")
    assert main(["hq", "certify", request, "--ca", office["hq"], "--out", cert]) == 0
    assert main(["keys", "import", cert, "--db", db, "--user", "root"]) == 0
    assert "this office signs from now on" in capsys.readouterr().out
    assert main(["keys", "show", "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "status:   valid" in shown and "ISB" in shown


def test_a_certificate_for_another_key_is_refused_in_one_line(office, capsys, tmp_path):
    db = office["db"]
    assert main(["keys", "init", "--db", db, "--user", "root"]) == 0
    request = signing.key_files(key_place(db)).request
    cert = str(tmp_path / "isb.crt")
    assert main(["hq", "certify", str(request), "--ca", office["hq"], "--out", cert]) == 0
    # The key is made again: the certificate issued is for the old one.
    assert main(["keys", "init", "--db", db, "--user", "root", "--renew"]) == 0
    capsys.readouterr()
    assert main(["keys", "import", cert, "--db", db, "--user", "root"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is for another key" in err
    assert not signing.key_files(key_place(db)).certificate.exists()
    assert main(["keys", "show", "--db", db]) == 1
    assert "waiting for the certificate" in capsys.readouterr().out


def page_one_qr(pdf: Path) -> str:
    import zxingcpp
    from PIL import Image

    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
         str(prefix)],
        check=True,
    )  # fmt: skip
    with Image.open(f"{prefix}.png") as image:
        found = zxingcpp.read_barcodes(image)
    assert len(found) == 1
    return found[0].text


def test_finalize_stores_a_signed_manifest_whose_qr_verifies(office, capsys, tmp_path):
    trust = certified(office, capsys)
    out = tmp_path / "manifest.pdf"
    assert finalize(office, out) == 0
    said = capsys.readouterr().out
    assert "unsigned" not in said
    text = page_one_qr(out)
    assert main(["verify-qr", text, "--trust", trust]) == 0
    assert capsys.readouterr().out.startswith(f"GENUINE: manifest {office['code']} rev 1")


def test_an_office_without_a_key_finalizes_unsigned_and_is_told(office, capsys, tmp_path):
    assert finalize(office, tmp_path / "manifest.pdf") == 0
    assert "The manifest is unsigned: this office has no signing key" in capsys.readouterr().out


def test_slips_are_signed_and_verify_with_the_trust_list(office, capsys, tmp_path, qapp):
    trust = certified(office, capsys)
    assert finalize(office, tmp_path / "manifest.pdf") == 0
    out = tmp_path / "slips.pdf"
    command = ["slips", "print", office["code"], "--db", office["db"], "--out", str(out)]
    assert main([*command, "--user", "tariq"]) == 0
    assert capsys.readouterr().err == ""
    [codes] = codes_in_pdf(out.read_bytes())
    assert len(codes) == 3
    for text in codes:
        assert main(["verify-qr", text, "--trust", trust]) == 0
        assert capsys.readouterr().out.startswith("GENUINE: slip of")


def test_a_signed_bundle_is_imported_at_headquarters(office, capsys, tmp_path):
    trust = certified(office, capsys)
    hq_db = str(tmp_path / "hq.db")
    db = open_database(hq_db)
    users.initialize(db, office="HQS", admin_name="boss", password=PASSWORD, office_name="HQ")
    db.close()
    assert main(["trust", "import", trust, "--db", hq_db, "--user", "boss"]) == 0
    out = tmp_path / "isb.zip"
    bundle = ["bundle", "export", "--db", office["db"], "--user", "tariq", "--out", str(out)]
    assert main(bundle) == 0
    kid = signing.key_status(key_place(office["db"])).kid
    assert f"Signed with the key {kid} of ISB." in capsys.readouterr().out
    assert "signature.json" in zipfile.ZipFile(out).namelist()
    assert main(["bundle", "import", str(out), "--db", hq_db, "--user", "boss"]) == 0
    assert f"key {kid}, certified by headquarters." in capsys.readouterr().out


def test_the_first_sign_in_of_the_day_seals_the_audit_head(office, capsys):
    certified(office, capsys)  # its sign-ins came before the certificate: nothing sealed
    db = office["db"]
    assert main(["audit", "verify", "--db", db]) == 0
    assert "not yet sealed" in capsys.readouterr().out
    assert main(["find", "zz", "--db", db, "--user", "tariq"]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--db", db]) == 0
    assert "sealed: 1 signed head holds" in capsys.readouterr().out
