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
# English's own file: the plural forms of counted phrases only ("%n person(s)").
TS_EN = ROOT / "resources" / "translations" / "rawangi_en.ts"
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
    "{field}: {message}",  # a field's label and its message, both translated on their own
    "'{char}'",  # a character quoted: Urdu quotes it with its own marks, and no words
}


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a Qt Linguist file.

    A counted message's translation is given as one element whose text is its plural forms,
    one per line (each must be there: an empty form makes the whole text empty).
    """
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if forms:
                joined = ET.Element("translation", {**translation.attrib, "numerus": "yes"})
                joined.text = "\n".join(forms) if all(forms) else ""
                joined.extend(translation.iter("numerusform"))
                translation = joined
            found.append((name, message.findtext("source", ""), translation))
    return found


def lupdate(target: Path, *options: str) -> Path:
    """What `make translations` collects from the sources into `target`."""
    gui = [path for path in (ROOT / "desktop/gui").rglob("*.py") if path.parent.name != "forms"]
    sources = [*sorted((ROOT / "ui").glob("*.ui")), *sorted(gui)]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none",
         *options, "-ts", str(target)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return target


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ('&File' -> 'f'); None without one ('&&' is a plain '&')."""
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_the_translation_holds_exactly_the_strings_of_the_sources(tmp_path):
    """As `make translations` collects them: a string added in code and not yet translated,
    or a translation of a string that is gone, fails here by name."""
    fresh = lupdate(tmp_path / "fresh.ts", "-source-language", "en", "-target-language", "ur_PK")
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
        # Each plural form of a counted phrase says the whole sentence, with every value.
        forms = [f.text or "" for f in translation] if translation.get("numerus") else []
        for text in forms or [translation.text or ""]:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                broken.append((context, source, "placeholders"))
            if ("%n" in source) != ("%n" in text):
                broken.append((context, source, "count"))
            if mnemonic(source) != mnemonic(text):
                broken.append((context, source, "Alt letter"))
    assert broken == []


@pytest.mark.parametrize("source", [TS, TS_EN], ids=["ur", "en"])
def test_the_compiled_translation_is_the_committed_one(tmp_path, source):
    compiled = tmp_path / "compiled.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(source), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        "run `make translations`"
    )
    assert resources.path(f"translations/{source.stem}.qm") == source.with_suffix(".qm")


def test_english_has_the_plural_forms_of_every_counted_phrase(tmp_path):
    fresh = lupdate(
        tmp_path / "fresh.ts", "-pluralonly", "-source-language", "en", "-target-language", "en"
    )
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    committed = messages(TS_EN)
    assert {(context, source) for context, source, _ in committed} == wanted, (
        "run `make translations`"
    )
    unfinished = [
        (context, source)
        for context, source, translation in committed
        if translation.get("type") is not None or not translation.text
    ]
    assert unfinished == []
    for _, source, translation in committed:
        one, many = (translation.text or "").split("\n")[-2:]
        assert "(s)" not in one + many and one != many, source


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
