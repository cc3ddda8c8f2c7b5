"""The Urdu translation: complete, current, compiled, and shown right to left."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop import resources, services
from desktop.gui.language import apply_language
from desktop.gui.main_window import MainWindow
from desktop.gui.tasks import SynchronousTasks

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "rawangi_ur.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}")
# Invisible bidi marks the Urdu texts carry: right-to-left marks, and isolates that keep
# English values (paths, CNICs, messages) whole inside Urdu sentences.
BIDI_MARKS = re.compile("[\u200e\u200f\u2066-\u2069]")
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")

# Sources whose Urdu is, rightly, the same text (bidi marks aside).
SAME_IN_URDU = {
    "A4",  # the ISO paper size is written so in Urdu too
    "yyyy-mm-dd",  # dates are typed in this form, with Latin digits, whatever the language
    "{code}  ·  {status}",  # only values: the status is translated where it is filled in
    "{name} — {status}",  # likewise
}


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a Qt Linguist file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation))
    return found


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ('&File' -> 'f'); None without one ('&&' is a plain '&')."""
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_the_translation_holds_exactly_the_strings_of_the_sources(tmp_path):
    """As `make translations` collects them: a string added in code and not yet translated,
    or a translation of a string that is gone, fails here by name."""
    fresh = tmp_path / "fresh.ts"
    sources = [*sorted((ROOT / "ui").glob("*.ui")), *sorted((ROOT / "desktop/gui").glob("*.py"))]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", "ur_PK", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    committed = {(context, source) for context, source, _ in messages(TS)}
    assert sorted(wanted - committed) == [], "not in rawangi_ur.ts: run `make translations`"
    assert sorted(committed - wanted) == [], "no longer in the sources: run `make translations`"


def test_every_message_is_translated_and_finished():
    unfinished = [
        (context, source)
        for context, source, translation in messages(TS)
        if translation.get("type") is not None or not BIDI_MARKS.sub("", translation.text or "")
    ]
    assert unfinished == []


def test_no_translation_is_its_english_source_unless_allowed():
    same = [
        (context, source)
        for context, source, translation in messages(TS)
        if BIDI_MARKS.sub("", translation.text or "") == source and source not in SAME_IN_URDU
    ]
    assert same == []
    words = [t.text or "" for _, s, t in messages(TS) if s not in SAME_IN_URDU]
    assert all(ARABIC_LETTER.search(text) for text in words)


def test_placeholders_and_alt_letters_survive_the_translation():
    """`.format()` finds every value, and Alt+letter works the same in both languages."""
    broken = []
    for context, source, translation in messages(TS):
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            broken.append((context, source, "placeholders"))
        if mnemonic(source) != mnemonic(text):
            broken.append((context, source, "Alt letter"))
    assert broken == []


def test_the_compiled_translation_is_the_committed_one(tmp_path):
    compiled = tmp_path / "rawangi_ur.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations`"
    assert resources.path("translations/rawangi_ur.qm") == QM


@pytest.fixture
def urdu(qapp: QApplication):
    apply_language(qapp, "ur")
    yield qapp
    apply_language(qapp, "en")


def test_the_main_window_speaks_urdu_right_to_left(qtbot, db, supervisor, urdu):
    window = MainWindow(db, supervisor, SynchronousTasks())
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["فائل (&F)", "منظر (&V)"]
    assert window.isRightToLeft()
    assert window.tabs.tabText(0) == "رجسٹر"
    assert "Naskh" in QApplication.font().families()[0]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ٹھیک ہے"


def test_english_is_back_after_urdu(qtbot, db, supervisor, qapp):
    apply_language(qapp, "ur")
    apply_language(qapp, "en")
    window = MainWindow(db, supervisor, SynchronousTasks())
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("Status", "recorded") == "recorded"


def test_right_to_left_the_down_key_still_selects_the_first_departure(
    qtbot, db, clerk, valid_values, urdu
):
    services.record_departure(db, clerk, valid_values)
    window = MainWindow(db, clerk, SynchronousTasks())
    qtbot.addWidget(window)
    window.resize(900, 600)  # narrower than the columns: the table scrolls sideways
    window.show()
    view = window.register_view
    qtbot.keyClick(view.ui.searchEdit, Qt.Key.Key_Down)
    assert view.selected_id() is not None
    assert "—" in view.ui.historyTitle.text()
