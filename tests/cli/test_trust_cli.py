"""Headquarters, an office and a verifier, all from the command line."""

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core import clock
from desktop.services import signing
from desktop.trust import qr

PASSWORD = "cli-admin-password"
PASSPHRASE = "a key passphrase"
MANIFEST = {
    "kind": "manifest",
    "office": "LHE",
    "code": "LHE-20260305-01",
    "revision": 1,
    "flight": "PK-233",
    "date": "2026-03-05",
    "count": 3,
    "fingerprint": "ab" * 32,
}


@pytest.fixture
def setup(tmp_path, monkeypatch, capsys):
    """A database of office LHE with a certified key, HQ's folder and an exported trust list."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", PASSPHRASE)
    db = str(tmp_path / "office.db")
    hq = str(tmp_path / "hq")
    cert = str(tmp_path / "lhe.crt")
    trust = str(tmp_path / "trust.json")
    assert main(["init", "--db", db, "--office", "LHE", "--admin", "root"]) == 0
    assert main(["hq", "ca", "init", "--out", hq, "--name", "Test HQ"]) == 0
    assert main(["keys", "init", "--db", db, "--user", "root"]) == 0
    request = str(signing.key_files(Path(db)).request)
    assert main(["hq", "certify", request, "--ca", hq, "--out", cert]) == 0
    assert main(["keys", "import", cert, "--db", db, "--user", "root"]) == 0
    assert main(["trust", "export", "--ca", hq, "--out", trust]) == 0
    capsys.readouterr()
    return {"db": db, "hq": hq, "cert": cert, "trust": trust, "folder": tmp_path}


def _signed(setup, fields=MANIFEST):
    key, certificate = signing.office_signer(Path(setup["db"]), PASSPHRASE)
    return qr.sign(fields, key, certificate)


def _one_line(text):
    return text.count("\n") == 1


def test_the_whole_round_prints_what_to_do_at_each_step(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", PASSPHRASE)
    db = str(tmp_path / "office.db")
    main(["init", "--db", db, "--office", "LHE", "--admin", "root"])
    capsys.readouterr()
    assert main(["hq", "ca", "init", "--out", str(tmp_path / "hq")]) == 0
    out = capsys.readouterr().out
    assert "Publish its SHA-256 fingerprint:" in out
    assert main(["keys", "init", "--db", db, "--user", "root"]) == 0
    out = capsys.readouterr().out
    assert "office.db.signing/office.csr to headquarters" in out and "keys import" in out
    assert main(["keys", "show", "--db", db]) == 1
    assert "waiting for the certificate" in capsys.readouterr().out


def test_show_prints_the_key_id_subject_validity_and_status(setup, capsys):
    assert main(["keys", "show", "--db", setup["db"]]) == 0
    out = capsys.readouterr().out
    assert "subject:  Lahore (LHE)" in out and "status:   valid" in out and "key id:" in out


def test_a_genuine_code_exits_0_with_whose_and_what(setup, capsys):
    text = _signed(setup)
    assert main(["verify-qr", text, "--trust", setup["trust"]]) == 0
    captured = capsys.readouterr()
    assert _one_line(captured.out)
    assert captured.out.startswith("GENUINE: manifest LHE-20260305-01 rev 1")
    assert "Lahore (LHE)" in captured.out
    assert "root" in captured.err  # the fingerprint to compare with HQ's


def test_verify_reads_stdin_and_speaks_json(setup, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(_signed(setup) + "\n"))
    assert main(["verify-qr", "-", "--trust", setup["trust"], "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["verdict"] == "genuine" and said["fields"]["code"] == "LHE-20260305-01"
    assert said["office"] == "LHE"


def test_one_changed_character_exits_1_with_one_line(setup, capsys):
    text = _signed(setup)
    at = len(text) // 2
    changed = text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1 :]
    assert main(["verify-qr", changed, "--trust", setup["trust"]]) == 1
    out = capsys.readouterr().out
    assert _one_line(out) and out.startswith(("FORGED OR DAMAGED:", "UNKNOWN KEY:"))


def test_a_revoked_key_exits_1_once_hq_exports_again(setup, capsys):
    text = _signed(setup)
    assert main(["hq", "revoke", setup["cert"], "--ca", setup["hq"], "--reason", "stolen"]) == 0
    assert main(["trust", "export", "--ca", setup["hq"], "--out", setup["trust"]]) == 0
    capsys.readouterr()
    assert main(["verify-qr", text, "--trust", setup["trust"]]) == 1
    out = capsys.readouterr().out
    assert out.startswith("REVOKED:") and "stolen" in out


def test_a_superseded_revision_exits_1_naming_its_replacement(setup, capsys):
    listed = setup["folder"] / "superseded.txt"
    listed.write_text("LHE-20260305-01:1:2\n")
    export = ["trust", "export", "--ca", setup["hq"], "--out", setup["trust"]]
    assert main([*export, "--superseded", str(listed)]) == 0
    assert "1 superseded revision(s)" in capsys.readouterr().out
    assert main(["verify-qr", _signed(setup), "--trust", setup["trust"]]) == 1
    assert "superseded by revision 2" in capsys.readouterr().out


def test_an_expired_certificate_exits_1(setup, capsys, monkeypatch):
    text = _signed(setup)
    later = clock.utc_now() + dt.timedelta(days=800)
    monkeypatch.setattr(clock, "utc_now", lambda: later)
    assert main(["verify-qr", text, "--trust", setup["trust"]]) == 1
    assert capsys.readouterr().out.startswith("EXPIRED:")
    assert main(["keys", "show", "--db", setup["db"]]) == 1
    assert "status:   expired" in capsys.readouterr().out


def test_a_tampered_trust_list_exits_1_with_one_line(setup, capsys):
    path = Path(setup["trust"])
    document = json.loads(path.read_text())
    document["superseded"].append({"code": "LHE-X", "revision": 1, "by": 2})
    path.write_text(json.dumps(document))
    assert main(["verify-qr", _signed(setup), "--trust", setup["trust"]]) == 1
    err = capsys.readouterr().err
    assert _one_line(err) and "not signed by its root" in err


def test_a_list_from_another_root_is_caught_by_the_published_fingerprint(setup, capsys):
    other = str(setup["folder"] / "other-hq")
    assert main(["hq", "ca", "init", "--out", other]) == 0
    published = capsys.readouterr().out.split("fingerprint: ")[1].strip()
    command = ["verify-qr", _signed(setup), "--trust", setup["trust"]]
    assert main([*command, "--expect-root", published]) == 1
    assert "is not the one expected" in capsys.readouterr().err


def test_hq_refuses_a_folder_in_use_and_a_wrong_passphrase(setup, capsys, monkeypatch):
    assert main(["hq", "ca", "init", "--out", setup["hq"]]) == 1
    assert "is not empty" in capsys.readouterr().err
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", "not it")
    assert main(["trust", "export", "--ca", setup["hq"], "--out", setup["trust"]]) == 1
    err = capsys.readouterr().err
    assert _one_line(err) and "Wrong passphrase" in err and "ca.key" in err


def test_a_forged_request_is_refused_by_hq(setup, capsys):
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    request = signing.key_files(Path(setup["db"])).request
    der = bytearray(
        x509.load_pem_x509_csr(request.read_bytes()).public_bytes(serialization.Encoding.DER)
    )
    der[-4] ^= 0x01
    forged = setup["folder"] / "forged.csr"
    forged.write_bytes(x509.load_der_x509_csr(bytes(der)).public_bytes(serialization.Encoding.PEM))
    out = str(setup["folder"] / "forged.crt")
    assert main(["hq", "certify", str(forged), "--ca", setup["hq"], "--out", out]) == 1
    assert "signature does not hold" in capsys.readouterr().err
    assert not Path(out).exists()


def test_keys_are_for_admins_and_never_overwritten(setup, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_NEW_PASSWORD", PASSWORD)
    main(["user", "add", "amina", "--role", "clerk", "--db", setup["db"], "--user", "root"])
    capsys.readouterr()
    assert main(["keys", "init", "--db", setup["db"], "--user", "amina", "--renew"]) == 1
    err = capsys.readouterr().err
    assert _one_line(err) and "may not" in err
    assert main(["keys", "init", "--db", setup["db"], "--user", "root"]) == 1
    assert "--renew" in capsys.readouterr().err


def test_no_passphrase_and_no_terminal_is_one_clear_line(setup, capsys, monkeypatch):
    monkeypatch.delenv("RAWANGI_KEY_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["keys", "init", "--db", setup["db"], "--user", "root", "--renew"]) == 1
    err = capsys.readouterr().err
    assert _one_line(err) and "RAWANGI_KEY_PASSPHRASE" in err


def test_the_database_form_of_export_adds_its_superseded_revisions(setup, capsys):
    export = ["trust", "export", "--ca", setup["hq"], "--out", setup["trust"]]
    assert main([*export, "--db", setup["db"]]) == 0
    assert "0 superseded revision(s)" in capsys.readouterr().out
