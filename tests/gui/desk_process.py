"""The real Rawangi window in a process of its own, for tests that kill it (see test_drafts.py).

    python tests/gui/desk_process.py type --db FILE --user NAME
        signs in, types half a person into the departure form, and runs until killed;
    python tests/gui/desk_process.py offer --db FILE --user NAME
        signs in, takes back what the window offers, prints the questions asked and the form's
        values as one line of JSON, and quits.

Everything else is the program as people start it (`rawangi --db FILE --user NAME`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.gui import app, dialogs
from desktop.gui.main_window import MainWindow

HALF_TYPED = {"surname": "Half-Typed", "given_names": "Person Before The Power Cut"}


def type_half_a_person(window: MainWindow) -> None:
    window.show_view("departure")
    form = window.departure_form
    for name, text in HALF_TYPED.items():
        QTest.keyClicks(form.field_widget(name), text)
    print("typed", flush=True)


def report_and_quit(window: MainWindow, questions: list[str]) -> None:
    print(json.dumps({"questions": questions, "values": window.departure_form.values()}))
    sys.stdout.flush()
    window.closing_without_questions = True  # the typing put back stays in its draft
    QApplication.quit()


def main(mode: str, arguments: list[str]) -> int:
    questions: list[str] = []
    offer = MainWindow.offer_draft

    def take_back(parent: object, title: str, text: str, **kwargs: object) -> bool:
        questions.append(title)
        return False  # the harmless answer: "Put it back"

    def offered(window: MainWindow) -> None:
        offer(window)
        if mode == "type":
            type_half_a_person(window)
        else:
            report_and_quit(window, questions)

    if mode == "offer":
        dialogs.ask = take_back  # type: ignore[assignment]
    MainWindow.offer_draft = offered  # type: ignore[method-assign]
    return app.run(arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
