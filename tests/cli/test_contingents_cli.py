import json

import pytest

from desktop.__main__ import main
from desktop.services.signing import DEMO_PASSPHRASE

PASSWORD = "demo-password"


@pytest.fixture
def path(db_target, monkeypatch, capsys):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    # The demo's office signs its manifests with a key under the demo passphrase.
    monkeypatch.setenv("RAWANGI_KEY_PASSPHRASE", DEMO_PASSPHRASE)
    db = db_target
    assert (
        main(["demo", "--db", db, "--count", "700", "--seed", "3", "--contingent-size", "120"]) == 0
    )
    capsys.readouterr()
    return db


def listed(path, capsys, *extra):
    args = ["contingent", "list", "--db", path, "--user", "clerk", "--format", "json", *extra]
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_leaves_open_and_finalized_contingents_of_the_asked_size(path, capsys):
    found = listed(path, capsys)
    statuses = {c["status"] for c in found}
    assert {"open", "finalized"} <= statuses
    for c in found:
        assert {"code", "status", "count", "flight", "departure_date", "revision"} <= c.keys()
        assert c["count"] == 120 or c["count"] == 700 - 5 * 120
    assert all(c["revision"] == 1 for c in found if c["status"] == "finalized")


def test_print_the_current_revision_and_verify_it(path, capsys, tmp_path):
    finalized = listed(path, capsys, "--status", "finalized")[0]
    out = tmp_path / "m.pdf"
    assert (
        main(
            [
                "manifest",
                "print",
                finalized["code"],
                "--db",
                path,
                "--out",
                str(out),
                "--user",
                "supervisor",
            ]
        )
        == 0
    )
    assert f"Wrote {finalized['code']} revision 1 to" in capsys.readouterr().out
    assert main(["manifest", "verify", str(out), "--db", path]) == 0
    assert "Genuine copy" in capsys.readouterr().out
    out.write_bytes(out.read_bytes().replace(b"/Producer", b"/Producor"))
    assert main(["manifest", "verify", str(out), "--db", path]) == 1


def test_a_clerk_cannot_print(path, capsys, tmp_path):
    finalized = listed(path, capsys, "--status", "finalized")[0]
    code = main(
        [
            "manifest",
            "print",
            finalized["code"],
            "--db",
            path,
            "--out",
            str(tmp_path / "x.pdf"),
            "--user",
            "clerk",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "may not print a manifest" in err
    assert not (tmp_path / "x.pdf").exists()


def test_an_open_contingent_needs_finalize_and_only_a_supervisor_can(path, capsys, tmp_path):
    open_one = listed(path, capsys, "--status", "open")[0]
    out = str(tmp_path / "o.pdf")
    assert (
        main(
            [
                "manifest",
                "print",
                open_one["code"],
                "--db",
                path,
                "--out",
                out,
                "--user",
                "supervisor",
            ]
        )
        == 1
    )
    assert "add --finalize" in capsys.readouterr().err
    assert (
        main(
            [
                "manifest",
                "print",
                open_one["code"],
                "--db",
                path,
                "--out",
                out,
                "--user",
                "supervisor",
                "--finalize",
            ]
        )
        == 0
    )
    assert "revision 1" in capsys.readouterr().out
    assert open_one["code"] in [c["code"] for c in listed(path, capsys, "--status", "finalized")]


def test_unknown_code_and_unreadable_file_exit_1(path, capsys, tmp_path):
    assert (
        main(
            [
                "manifest",
                "print",
                "ISB-19990101-01",
                "--db",
                path,
                "--out",
                str(tmp_path / "x.pdf"),
                "--user",
                "supervisor",
            ]
        )
        == 1
    )
    assert "There is no contingent ISB-19990101-01" in capsys.readouterr().err
    assert main(["manifest", "verify", str(tmp_path / "missing.pdf"), "--db", path]) == 1
    (tmp_path / "note.pdf").write_text("hello")
    assert main(["manifest", "verify", str(tmp_path / "note.pdf"), "--db", path]) == 1
    assert "not a Rawangi manifest" in capsys.readouterr().out
