"""A demo office finalizes and prints signed manifests: poppler's pdfsig calls them valid and
names the office, the page-1 QR read from a 150 dpi rendering verifies against the trust list,
a superseded revision stays recognisable, and an office without a key still finalizes
(unsigned, and told so)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.services import contingents, signing, users
from desktop.store import contingents as contingent_rows
from desktop.store import open_database

PASSWORD = "demo-password"


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    """A demo database (its office key certified by the demo root), and its trust list."""
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", signing.DEMO_PASSPHRASE)
    db = tmp_path / "demo.db"
    args = ["demo", "--db", str(db), "--count", "260", "--seed", "5", "--contingent-size", "130"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert f"key passphrase: {signing.DEMO_PASSPHRASE}" in printed
    return db


def codes(db: Path, capsys, status: str) -> list[str]:
    args = ["contingent", "list", "--db", str(db), "--user", "clerk", "--format", "json"]
    assert main([*args, "--status", status]) == 0
    return [c["code"] for c in json.loads(capsys.readouterr().out)]


def print_manifest(db: Path, code: str, out: Path, *extra: str) -> int:
    args = ["manifest", "print", code, "--db", str(db), "--out", str(out), "--user"]
    return main([*args, "supervisor", *extra])


def pdfsig(pdf: Path) -> str:
    done = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def page_one_qr(pdf: Path) -> str:
    """What an officer's scanner reads off page 1, printed at 150 dpi."""
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


def export_trust(db: Path, out: Path) -> None:
    hq = signing.demo_headquarters(db)
    assert main(["trust", "export", "--ca", str(hq), "--db", str(db), "--out", str(out)]) == 0


def test_a_finalized_manifest_is_signed_pdfsig_says_valid_and_names_the_office(
    office, capsys, tmp_path
):
    code = codes(office, capsys, "open")[0]
    out = tmp_path / "manifest.pdf"
    assert print_manifest(office, code, out, "--finalize") == 0
    said = capsys.readouterr().out
    assert "unsigned" not in said
    checked = pdfsig(out)
    assert "Signature is Valid." in checked
    assert "Signer Certificate Common Name: Islamabad" in checked
    assert "OU=ISB" in checked
    assert "Total document signed" in checked
    # The stored bytes stay the reprint.
    again = tmp_path / "again.pdf"
    assert print_manifest(office, code, again) == 0
    assert again.read_bytes() == out.read_bytes()

    damaged = bytearray(out.read_bytes())
    at = damaged.index(b"stream", len(damaged) // 3) + 20
    damaged[at] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(damaged))
    checked = pdfsig(changed)
    assert "Signature is Valid." not in checked
    assert "Signature Validation: Digest Mismatch." in checked


def test_the_page_one_qr_verifies_offline_and_one_changed_character_does_not(
    office, capsys, tmp_path
):
    code = codes(office, capsys, "open")[0]
    out = tmp_path / "manifest.pdf"
    assert print_manifest(office, code, out, "--finalize") == 0
    trust = tmp_path / "trust.json"
    export_trust(office, trust)
    capsys.readouterr()

    text = page_one_qr(out)
    assert text.startswith("RW1:")
    assert main(["verify-qr", text, "--trust", str(trust)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"GENUINE: manifest {code} rev 1 (130 people)")
    assert "signed by Islamabad (ISB)" in said

    position = len(text) // 2
    other = "A" if text[position] != "A" else "B"
    forged = text[:position] + other + text[position + 1 :]
    assert main(["verify-qr", forged, "--trust", str(trust)]) == 1
    said = capsys.readouterr().out
    assert said.count("\n") == 1
    assert said.startswith("FORGED OR DAMAGED")


def test_a_superseded_signed_revision_is_stamped_and_still_recognised(office, capsys, tmp_path):
    code = codes(office, capsys, "finalized")[0]  # the demo finalized it, signed
    first = tmp_path / "rev1.pdf"
    assert print_manifest(office, code, first) == 0
    qr_of_first = page_one_qr(first)
    db = open_database(office)
    try:
        supervisor = users.demo_actor(db, "supervisor")
        contingent = contingent_rows.by_code(db, code)
        contingents.reopen(db, supervisor, contingent.id, reason="a passport number was wrong")
    finally:
        db.close()
    assert print_manifest(office, code, tmp_path / "rev2.pdf", "--finalize") == 0
    stamped = tmp_path / "rev1-superseded.pdf"
    assert print_manifest(office, code, stamped, "--revision", "1") == 0
    capsys.readouterr()

    assert stamped.read_bytes().startswith(first.read_bytes())
    checked = pdfsig(stamped)
    assert "Signature is Valid." in checked  # over revision 1 as it was signed
    assert "Not total document signed" in checked  # the stamp came after
    assert main(["manifest", "verify", str(stamped), "--db", str(office)]) == 1
    said = capsys.readouterr().out
    assert said.startswith("Genuine, superseded by revision 2:")
    assert "signed by Islamabad (ISB)" in said
    assert main(["manifest", "verify", str(first), "--db", str(office)]) == 1
    assert capsys.readouterr().out.startswith("Genuine, superseded by revision 2:")

    trust = tmp_path / "trust.json"
    export_trust(office, trust)
    capsys.readouterr()
    assert main(["verify-qr", qr_of_first, "--trust", str(trust)]) == 1
    assert "superseded by revision 2" in capsys.readouterr().out


def test_an_office_without_a_key_finalizes_unsigned_and_is_told_how_to_set_keys_up(
    office, capsys, tmp_path
):
    shutil.rmtree(signing.key_files(office).folder)
    code = codes(office, capsys, "open")[0]
    out = tmp_path / "manifest.pdf"
    assert print_manifest(office, code, out, "--finalize") == 0
    said = capsys.readouterr().out
    assert "The manifest is unsigned: this office has no signing key." in said
    assert "rawangi keys init" in said
    assert "Signature #1" not in pdfsig(out)
    assert page_one_qr(out).startswith("RAWANGI-MANIFEST|")
    assert main(["manifest", "verify", str(out), "--db", str(office)]) == 0
    assert "the current revision, unsigned" in capsys.readouterr().out


def test_a_wrong_passphrase_refuses_in_one_line_and_finalizes_nothing(
    office, capsys, tmp_path, monkeypatch
):
    code = codes(office, capsys, "open")[0]
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", "not the passphrase")
    out = tmp_path / "manifest.pdf"
    assert print_manifest(office, code, out, "--finalize") == 1
    said = capsys.readouterr()
    assert said.err.count("\n") == 1
    assert "Wrong passphrase for the key file" in said.err
    assert "office.key" in said.err
    assert not out.exists()
    assert code in codes(office, capsys, "open")  # still open: nothing was stored
