"""Signed bundles from the command line: an office signs, headquarters checks against its
trust list and refuses what it cannot trust, one line each, importing nothing."""

import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core import clock
from desktop.services import bundles, demo, signing, users
from desktop.store import audit, open_database
from desktop.store.bundle import seal
from desktop.trust import authority, keys, trustlist
from desktop.trust.seals import Signer
from tests.trust.conftest import make_headquarters

PASSWORD = "a-long-password-1"
PASSPHRASE = "the office key passphrase"


def _office(path: Path, code: str) -> str:
    db = open_database(path)
    users.initialize(db, office=code, admin_name="boss", password=PASSWORD)
    users.ensure_demo_users(db, PASSWORD)
    demo.fill(db, users.demo_actor(db), 12, office=code, seed=8, contingent_size=6)
    db.close()
    return str(path)


@pytest.fixture
def world(tmp_path, monkeypatch, capsys):
    """Karachi with a certified key, headquarters' folder and trust list, and an HQ database
    that keeps that list; Peshawar with no key."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", PASSPHRASE)
    khi = _office(tmp_path / "khi.db", "KHI")
    pew = _office(tmp_path / "pew.db", "PEW")
    ca, cert, trust = tmp_path / "ca", tmp_path / "khi.crt", tmp_path / "trust.json"
    assert main(["hq", "ca", "init", "--out", str(ca), "--name", "Test HQ"]) == 0
    assert main(["keys", "init", "--db", khi, "--user", "boss"]) == 0
    request = str(signing.key_files(Path(khi)).request)
    assert main(["hq", "certify", request, "--ca", str(ca), "--out", str(cert)]) == 0
    assert main(["keys", "import", str(cert), "--db", khi, "--user", "boss"]) == 0
    assert main(["trust", "export", "--ca", str(ca), "--out", str(trust)]) == 0
    hq = str(tmp_path / "hq.db")
    db = open_database(hq)
    users.initialize(db, office="HQS", admin_name="boss", password=PASSWORD, office_name="HQ")
    users.ensure_demo_users(db, PASSWORD)
    db.close()
    assert main(["trust", "import", str(trust), "--db", hq, "--user", "boss"]) == 0
    capsys.readouterr()
    return {"khi": khi, "pew": pew, "ca": str(ca), "cert": str(cert), "trust": str(trust),
            "hq": hq, "folder": tmp_path}  # fmt: skip


def export(db: str, out: Path, *more: str) -> int:
    return main(["bundle", "export", "--db", db, "--user", "supervisor", "--out", str(out), *more])


def import_(bundle: Path, db: str, *more: str) -> int:
    return main(["bundle", "import", str(bundle), "--db", db, "--user", "admin", *more])


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.strip()


def departures_at(path: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM departures").fetchone()[0]
    finally:
        conn.close()


def bundle_imports(path: str) -> int:
    db = open_database(path)
    try:
        return len(audit.browse(db, audit.AuditFilter(action="import_bundle")))
    finally:
        db.close()


def refused(capsys, world, bundle: Path, *more: str) -> str:
    """The import is refused in one line, and headquarters holds no departure afterwards."""
    assert import_(bundle, world["hq"], *more) == 1
    line = one_line(capsys)
    assert line.startswith(f"rawangi: {bundle.name} was refused: ")
    assert line.endswith("; nothing was imported.")
    assert departures_at(world["hq"]) == 0 and bundle_imports(world["hq"]) == 0
    return line


def test_a_signed_bundle_is_imported_at_headquarters(world, capsys):
    out = world["folder"] / "khi.zip"
    assert export(world["khi"], out) == 0
    said = capsys.readouterr().out
    kid = signing.key_status(Path(world["khi"])).kid
    assert f"Signed with the key {kid} of KHI." in said
    assert "signature.json" in zipfile.ZipFile(out).namelist()

    assert import_(out, world["hq"]) == 0
    said = capsys.readouterr().out
    assert f"Signed by Karachi (KHI), key {kid}, certified by headquarters." in said
    assert "does not show who made it" not in said
    assert departures_at(world["hq"]) == 12


def test_an_unsigned_bundle_is_refused_at_headquarters(world, capsys):
    out = world["folder"] / "pew.zip"
    assert export(world["pew"], out) == 0
    assert "not signed" in capsys.readouterr().err
    line = refused(capsys, world, out)
    assert "it is not signed" in line


def test_a_bundle_signed_by_a_key_headquarters_never_certified_is_refused(world, capsys):
    stranger = make_headquarters("Another root").certify("KHI", "Karachi", days=3650)
    db = open_database(world["khi"])
    out = world["folder"] / "stranger.zip"
    signer = Signer(stranger.key, stranger.certificate)
    boss = users.sign_in(db, "boss", PASSWORD)
    bundles.export_bundle(db, boss, out, signer=signer)
    db.close()
    line = refused(capsys, world, out)
    assert f"signed by key {signer.kid}, which headquarters never certified" in line


def test_a_bundle_signed_by_a_revoked_key_is_refused(world, capsys):
    out = world["folder"] / "khi.zip"
    assert export(world["khi"], out) == 0
    assert main(["hq", "revoke", world["cert"], "--ca", world["ca"], "--reason", "stolen"]) == 0
    assert main(["trust", "export", "--ca", world["ca"], "--out", world["trust"]]) == 0
    assert main(["trust", "import", world["trust"], "--db", world["hq"], "--user", "boss"]) == 0
    capsys.readouterr()
    line = refused(capsys, world, out)
    assert "the key of Karachi (KHI), revoked on" in line and "(stolen)" in line


def test_a_bundle_signed_by_an_expired_certificate_is_refused(world, capsys, monkeypatch):
    out = world["folder"] / "khi.zip"
    assert export(world["khi"], out) == 0
    capsys.readouterr()
    later = clock.utc_now() + dt.timedelta(days=800)
    monkeypatch.setattr(clock, "utc_now", lambda: later)
    line = refused(capsys, world, out)
    assert "the certificate of Karachi (KHI), valid only from" in line


def _forge(bundle: Path, target: Path) -> None:
    """Change a departure in the payload, write the new SHA-256 into bundle.json, keep the
    signature and seal the zip again: every check but the signature passes."""
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    payload = target.with_suffix(".sqlite")
    payload.write_bytes(members["payload.sqlite"])
    conn = sqlite3.connect(payload)
    conn.execute("UPDATE departures SET surname = 'FORGED' WHERE rowid = 1")
    conn.commit()
    conn.close()
    members["payload.sqlite"] = payload.read_bytes()
    info = json.loads(members["bundle.json"])
    info["payload_sha256"] = hashlib.sha256(members["payload.sqlite"]).hexdigest()
    members["bundle.json"] = (json.dumps(info, indent=2, ensure_ascii=False) + "\n").encode()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    seal(target)


def test_a_resealed_forged_bundle_is_refused(world, capsys):
    out = world["folder"] / "khi.zip"
    assert export(world["khi"], out) == 0
    forged = world["folder"] / "forged.zip"
    _forge(out, forged)
    line = refused(capsys, world, forged)
    assert "its contents do not match the signature of Karachi (KHI)" in line


def test_a_forged_bundle_is_refused_office_to_office_too(world, capsys):
    out = world["folder"] / "khi.zip"
    assert export(world["khi"], out) == 0
    forged = world["folder"] / "forged.zip"
    _forge(out, forged)
    capsys.readouterr()
    assert import_(forged, world["pew"]) == 1
    assert "its contents do not match the signature" in one_line(capsys)


def test_without_a_trust_list_offices_still_pass_bundles_to_each_other(world, capsys):
    unsigned, signed = world["folder"] / "pew.zip", world["folder"] / "khi.zip"
    assert export(world["pew"], unsigned) == 0
    assert export(world["khi"], signed) == 0
    capsys.readouterr()
    assert import_(unsigned, world["khi"]) == 0
    assert bundles.SEAL_NOTE in capsys.readouterr().out
    assert import_(signed, world["pew"]) == 0
    said = capsys.readouterr().out
    assert "Signed by Karachi (KHI)" in said and "not who signed it" in said


def test_a_trust_list_given_for_one_import_is_used(world, capsys, tmp_path):
    plain = tmp_path / "plain.db"
    db = open_database(plain)
    users.initialize(db, office="HQS", admin_name="boss", password=PASSWORD, office_name="HQ")
    users.ensure_demo_users(db, PASSWORD)
    db.close()
    unsigned, signed = world["folder"] / "pew.zip", world["folder"] / "khi.zip"
    assert export(world["pew"], unsigned) == 0
    assert export(world["khi"], signed) == 0
    capsys.readouterr()
    assert import_(unsigned, str(plain), "--trust", world["trust"]) == 1
    assert "it is not signed" in one_line(capsys)
    assert import_(signed, str(plain), "--trust", world["trust"]) == 0
    assert "certified by headquarters" in capsys.readouterr().out


def test_a_trust_list_of_another_root_is_refused(world, capsys, tmp_path):
    other = make_headquarters("Another root")
    document = trustlist.build(other.key, other.root, [])
    path = tmp_path / "other.json"
    path.write_text(trustlist.dumps(document))
    signed = world["folder"] / "khi.zip"
    assert export(world["khi"], signed) == 0
    capsys.readouterr()
    assert import_(signed, world["hq"], "--trust", str(path)) == 1
    assert "not the root this database trusts" in one_line(capsys)
    assert main(["trust", "import", str(path), "--db", world["hq"], "--user", "boss"]) == 1
    assert "not the root this database trusts" in one_line(capsys)
    assert departures_at(world["hq"]) == 0


def test_trust_import_checks_the_published_root_and_refuses_an_older_list(world, capsys):
    hq = world["hq"]
    command = ["trust", "import", world["trust"], "--db", hq, "--user", "boss"]
    assert main([*command, "--expect-root", "00" * 32]) == 1
    assert "is not the one expected" in one_line(capsys)
    stored = json.loads(Path(world["trust"]).read_text())
    older = world["folder"] / "older.json"
    ca = authority.Authority(Path(world["ca"]))
    document = trustlist.build(
        ca.key(PASSPHRASE),
        ca.root(),
        [],
        now=dt.datetime.fromisoformat(stored["issued_at"].replace("Z", "+00:00"))
        - dt.timedelta(days=1),
    )
    older.write_text(trustlist.dumps(document))
    assert main(["trust", "import", str(older), "--db", hq, "--user", "boss"]) == 1
    assert "before the one kept here" in one_line(capsys)
    assert main(["trust", "import", str(older), "--db", hq, "--user", "clerk"]) == 1
    assert "rawangi: " in one_line(capsys)


def test_a_wrong_passphrase_writes_no_bundle(world, capsys, monkeypatch):
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", "not the passphrase")
    out = world["folder"] / "khi.zip"
    assert export(world["khi"], out) == 1
    assert "Wrong passphrase" in one_line(capsys)
    assert not out.exists()


def test_the_bundle_and_its_signature_never_carry_the_private_key(world, capsys):
    out = world["folder"] / "khi.zip"
    assert export(world["khi"], out) == 0
    key = keys.load_key(signing.key_files(Path(world["khi"])).key, PASSPHRASE)
    secret = key.private_numbers().private_value.to_bytes(32, "big")
    with zipfile.ZipFile(out) as archive:
        assert all(secret not in archive.read(name) for name in archive.namelist())


# -- signed audit heads, checked by `audit verify` ---------------------------------------------


def verify(db: str, *more: str) -> int:
    return main(["audit", "verify", "--db", db, *more])


def sign_in_today(db: str, capsys) -> None:
    """A clerk's first command of the day, with the office's passphrase at hand."""
    assert main(["find", "zz", "--db", db, "--user", "clerk"]) == 0
    capsys.readouterr()


def _tamper(path: str, sql: str = "") -> None:
    """Someone with an SQLite tool: appends a row with a correct hash, or rewrites rows and
    recomputes the whole chain."""
    db = open_database(path)
    if sql:
        db.conn.executescript("DROP TRIGGER audit_no_update;")
        db.conn.execute(sql)
        audit.chain_existing(db)
    else:
        audit.append(db, at="2026-12-31T23:59:00Z", user="boss", action="print", entity="x")
    db.conn.commit()
    db.close()


def test_audit_verify_reports_rows_after_the_last_signed_head_as_not_yet_sealed(world, capsys):
    sign_in_today(world["khi"], capsys)
    assert verify(world["khi"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The head signed at the sign-in; `find` then logged what it read.
    assert lines[2].startswith("sealed: 1 signed head holds")
    assert lines[2].endswith("; 1 row after it not yet sealed")
    _tamper(world["khi"])
    assert verify(world["khi"]) == 0
    assert "; 2 rows after it not yet sealed" in capsys.readouterr().out
    # An office without a key has nothing signed: not yet sealed, not broken.
    assert verify(world["pew"]) == 0
    assert "not yet sealed:" in capsys.readouterr().out


def test_audit_verify_calls_a_chain_rewritten_before_a_signed_head_broken(world, capsys):
    sign_in_today(world["khi"], capsys)
    _tamper(world["khi"], "UPDATE audit SET user = 'nobody' WHERE id = 2")
    assert verify(world["khi"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("audit log OK")  # the chain alone cannot tell
    assert "BROKEN: audit row" in out and "the rows up to it were rewritten" in out


def test_audit_verify_checks_heads_with_the_trust_list_where_the_key_folder_is_not(world, capsys):
    sign_in_today(world["khi"], capsys)
    folder = signing.key_files(Path(world["khi"])).folder
    folder.rename(folder.with_name("elsewhere"))
    assert verify(world["khi"]) == 1
    assert "cannot be checked" in capsys.readouterr().out
    assert verify(world["khi"], "--trust", world["trust"]) == 0
    assert "sealed: 1 signed head holds" in capsys.readouterr().out


def test_a_bundle_export_signs_the_head_after_it(world, capsys):
    assert export(world["khi"], world["folder"] / "khi.zip") == 0
    assert verify(world["khi"]) == 0
    # The export's sign-in was today's first (one head), the export signed another.
    assert "sealed: 2 signed heads hold" in capsys.readouterr().out
