"""Tools > Verify a document: a scanner types a QR's text, Enter shows the verdict and the
signed fields; the trust list is chosen once and remembered; no database is needed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop.gui import user_settings
from desktop.gui.verify_window import TRUST_SETTING, VerifyWindow
from desktop.trust import keys, qr, trustlist
from desktop.trust.trustlist import Revoked
from tests.signed_office import headquarters

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

SLIP = {
    "kind": "slip",
    "office": "ISB",
    "code": "ISB-20260315-01",
    "revision": 1,
    "flight": "PK-731",
    "date": "2026-03-15",
    "name": "MUHAMMAD IMRAN KHAN",
    "father_name": "ABDUL RASHID KHAN",
    "cnic": "35202-1234567-1",
    "passport_no": "AB1234567",
}


@pytest.fixture(autouse=True)
def no_trust_list_kept():
    """Qt keeps one settings store per process: each test starts with no trust list chosen."""
    user_settings.store().remove(TRUST_SETTING)
    yield
    user_settings.store().remove(TRUST_SETTING)


def _office(hq, code="ISB", name="Islamabad"):
    key = keys.new_key()
    return key, keys.certify(keys.make_request(key, code, name), hq.key, hq.root)


@pytest.fixture
def world(tmp_path):
    """HQ's trust list (ISB certified, PEW certified and revoked) in a file; LHE uncertified."""
    hq = headquarters()
    isb, pew, lhe = _office(hq), _office(hq, "PEW", "Peshawar"), _office(hq, "LHE", "Lahore")
    document = trustlist.build(
        hq.key,
        hq.root,
        [isb[1], pew[1]],
        [Revoked(keys.key_id(pew[1]), "stolen", "2026-02-01T00:00:00Z")],
    )
    path = tmp_path / "trust.json"
    path.write_text(trustlist.dumps(document))
    return {"path": path, "isb": isb, "pew": pew, "lhe": lhe}


@pytest.fixture
def window(qtbot, world, answers):
    answers.file(world["path"])
    made = VerifyWindow()
    qtbot.addWidget(made)
    made.show()
    made.choose_trust_list()
    return made


def scan(qtbot, window, text):
    """What a keyboard-wedge 2D scanner does: type the text, then Enter."""
    window.ui.codeEdit.clear()
    qtbot.keyClicks(window.ui.codeEdit, text)
    qtbot.keyClick(window.ui.codeEdit, Qt.Key.Key_Return)
    return window.verdict


def test_a_genuine_slip_shows_genuine_and_its_signed_fields(qtbot, window, world):
    text = qr.sign(SLIP, *world["isb"])
    verdict = scan(qtbot, window, text)
    assert verdict.status is qr.Status.GENUINE
    assert window.ui.verdictLabel.text() == "GENUINE"
    assert window.ui.messageLabel.text().startswith("GENUINE: slip of MUHAMMAD IMRAN KHAN")
    shown = window.fields_shown()
    assert shown["Document"] == "departure slip"
    assert shown["Name"] == "MUHAMMAD IMRAN KHAN"
    assert shown["CNIC"] == "35202-1234567-1"
    assert shown["Contingent"] == "ISB-20260315-01" and shown["Revision"] == "1"
    assert shown["Signing key"] == keys.key_id(world["isb"][1]).hex()
    # The text stays selected: the next scan replaces it.
    assert window.ui.codeEdit.selectedText() == text


def test_caps_lock_on_the_scanner_changes_nothing(qtbot, window, world):
    text = qr.sign(SLIP, *world["isb"])
    assert scan(qtbot, window, text.lower()).genuine


def test_one_changed_character_is_forged_or_damaged_with_no_fields(qtbot, window, world):
    text = qr.sign(SLIP, *world["isb"])
    at = len(text) // 2
    changed = text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1 :]
    verdict = scan(qtbot, window, changed)
    assert verdict.status is qr.Status.FORGED
    assert window.ui.verdictLabel.text() == "FORGED OR DAMAGED"
    assert window.fields_shown() == {} and window.ui.fieldsTable.isHidden()


def test_a_revoked_key_says_so_and_still_shows_what_it_signed(qtbot, window, world):
    verdict = scan(qtbot, window, qr.sign(SLIP | {"office": "PEW"}, *world["pew"]))
    assert verdict.status is qr.Status.REVOKED
    assert window.ui.verdictLabel.text() == "REVOKED"
    assert "revoked on 2026-02-01T00:00:00Z (stolen)" in window.ui.messageLabel.text()
    assert window.fields_shown()["Office"] == "PEW"


def test_a_key_headquarters_never_certified_is_unknown(qtbot, window, world):
    verdict = scan(qtbot, window, qr.sign(SLIP | {"office": "LHE"}, *world["lhe"]))
    assert verdict.status is qr.Status.UNKNOWN_KEY
    assert window.ui.verdictLabel.text() == "UNKNOWN KEY"
    assert keys.key_id(world["lhe"][1]).hex() in window.ui.messageLabel.text()


@pytest.mark.parametrize("garbage", ["hello", "RW1:", "RW1:%%%%", "https://example.org/x"])
def test_garbage_is_forged_or_damaged_and_nothing_breaks(qtbot, window, garbage):
    verdict = scan(qtbot, window, garbage)
    assert verdict.status is qr.Status.FORGED
    assert window.ui.messageLabel.text().startswith("FORGED OR DAMAGED")


def test_the_trust_list_is_remembered_for_the_next_window(qtbot, window, world):
    assert user_settings.get(TRUST_SETTING) == str(world["path"])
    again = VerifyWindow()
    qtbot.addWidget(again)
    assert again.trust is not None
    assert "(office certificates: 2)" in again.ui.trustLabel.text()
    assert scan(qtbot, again, qr.sign(SLIP, *world["isb"])).genuine


def test_without_a_trust_list_it_asks_for_one_first(qtbot):
    window = VerifyWindow()
    qtbot.addWidget(window)
    assert "No trust list yet" in window.ui.trustLabel.text()
    assert scan(qtbot, window, "RW1:ABC") is None
    assert window.ui.verdictLabel.text() == "NO TRUST LIST"


def test_a_tampered_trust_list_is_refused_naming_the_file(qtbot, world, answers, tmp_path):
    document = json.loads(world["path"].read_text())
    document["offices"] = document["offices"][:1] * 2
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(document))
    answers.file(forged)
    window = VerifyWindow()
    qtbot.addWidget(window)
    window.choose_trust_list()
    assert window.trust is None
    assert f"{forged} cannot be used" in window.ui.trustLabel.text()
    assert user_settings.get(TRUST_SETTING) == ""
