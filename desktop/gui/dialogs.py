"""Every modal question goes through here, so that tests can answer it (patch `ask`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


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


def inform(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    """A message to read and close."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()


def choose(parent: QWidget | None, title: str, text: str, items: Sequence[str]) -> int | None:
    """Pick one of several items; its index, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415 - rarely needed

    chosen, ok = QInputDialog.getItem(parent, title, text, list(items), 0, False)
    return list(items).index(chosen) if ok and chosen in items else None
