"""Every modal question goes through here, and only here: tests answer them in one place
(the `answers` fixture of tests/conftest.py patches this module's functions).

No other module of desktop/gui calls `exec()` on a dialog, a QMessageBox or QFileDialog static
function (tests/gui/test_dialogs.py checks).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    details: Sequence[str] = (),
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    """A yes/no question; True when the person chose `yes` (OK and Cancel by default)."""
    yes = yes or QCoreApplication.translate("dialogs", "OK")
    no = no or QCoreApplication.translate("dialogs", "Cancel")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if details:
        box.setInformativeText("\n".join(f"• {line}" for line in details))
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def act(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Sequence[str],
    *,
    error: bool = False,
) -> int | None:
    """A message with several ways on (Try again, Work on a local file, Quit …): the index of
    the button chosen, the first being the default; None when the box was closed."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, parent=parent)
    made = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in buttons]
    if made:
        box.setDefaultButton(made[0])
    box.exec()
    clicked = box.clickedButton()
    return next((index for index, button in enumerate(made) if button is clicked), None)


def inform(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    """A message to read and close."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A message about something that went wrong, to read and close."""
    inform(parent, title, text, error=True)


def fault(title: str, text: str, *, note: str, details: str) -> None:
    """A fault in Rawangi (the crash hook): what happened, a note, the traceback to report."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setInformativeText(note)
    box.setDetailedText(details)
    box.exec()


def run(dialog: QDialog) -> bool:
    """Show a dialog modally; True when the person accepted it (OK, Save, Print…)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_file(parent: QWidget | None, title: str, folder: str | Path, filters: str) -> Path | None:
    """Which file to read; None when cancelled. `filters`: "CSV files (*.csv);;All files (*)"."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None


def save_file(
    parent: QWidget | None, title: str, suggested: str | Path, filters: str
) -> tuple[Path, str] | None:
    """Where to write a file, and the file type chosen; None when cancelled."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return (Path(name), chosen) if name else None


def pick_folder(parent: QWidget | None, title: str, folder: str | Path) -> Path | None:
    """A folder; None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(folder))
    return Path(name) if name else None


def choose(parent: QWidget | None, title: str, text: str, items: Sequence[str]) -> int | None:
    """Pick one of several items; its index, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415 - rarely needed

    chosen, ok = QInputDialog.getItem(parent, title, text, list(items), 0, False)
    return list(items).index(chosen) if ok and chosen in items else None
