"""The office key's passphrase in the window: asked once a session, kept in memory only (never
in settings, a file or a log), and forgotten when the session ends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.errors import RawangiError
from desktop.gui import dialogs
from desktop.services import signing

_kept: dict[Path, str] = {}  # database file -> the passphrase that opened its key


def ask_passphrase(parent: QWidget | None, db_path: Path) -> str | None:
    """The passphrase of the office's signing key beside `db_path`: the one given earlier in
    this session, else asked for and checked against the key. None when cancelled or wrong
    (a wrong one is said, and asked again next time)."""
    kept = _kept.get(db_path)
    if kept is not None:
        return kept
    title = QCoreApplication.translate("Passphrase", "The office's signing key")
    typed = dialogs.secret(
        parent,
        title,
        QCoreApplication.translate(
            "Passphrase",
            "Type the passphrase of the office's signing key. It is kept in memory until you "
            "sign out.",
        ),
    )
    if typed is None:
        return None
    try:
        signing.office_signer(db_path, typed)
    except RawangiError as error:
        dialogs.warn(parent, title, str(error))
        return None
    _kept[db_path] = typed
    return typed


def forget_passphrases() -> None:
    """The session ended: the next person types the passphrase again."""
    _kept.clear()
