"""Every modal question goes through desktop/gui/dialogs.py, where tests answer it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui import dialogs

GUI = Path(dialogs.__file__).parent
# A dialog run, a message box or a file chooser opened anywhere else than dialogs.py.
MODAL = re.compile(r"\.exec\(\)|\.exec_\(\)|QMessageBox|QFileDialog|QInputDialog")
# The one exec() that is not a question: the application's event loop.
EVENT_LOOP = "code = int(app.exec())"


def test_no_window_opens_a_modal_question_by_itself():
    found = []
    for source in sorted(GUI.rglob("*.py")):
        if source.name == "dialogs.py" or source.parent.name == "forms":
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if MODAL.search(line) and line.strip() != EVENT_LOOP:
                found.append(f"{source.relative_to(GUI)}:{number}: {line.strip()}")
    assert found == [], "ask through desktop/gui/dialogs.py instead:\n" + "\n".join(found)


def test_a_dialog_nobody_expected_fails_the_test(qtbot, answers):
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(pytest.fail.Exception, match="a dialog nobody expected"):
        dialogs.run(QDialog(parent))


def test_the_answers_given_are_used_in_order(qtbot, answers, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    answers.no()
    answers.pick(1)
    answers.dialog(True)
    answers.file(tmp_path / "list.csv")
    assert dialogs.ask(parent, "Discard?", "Discard the typing?") is False
    assert dialogs.ask(parent, "Go on?", "Go on?") is True  # nothing given: yes
    assert dialogs.choose(parent, "Which?", "Which one?", ["a", "b"]) == 1
    dialog = QDialog(parent)
    assert dialogs.run(dialog) is True
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialogs.open_file(parent, "Import a list", "", "CSV (*.csv)") == tmp_path / "list.csv"
    assert answers.unanswered() == []
    assert [title for title, _ in answers.asked] == ["Discard?", "Go on?", "Which?"]
    assert answers.offered == [("", "CSV (*.csv)")]  # the folder it opened in, its types
