"""The office's signing key in the window: its passphrase asked once per session, the key kept
in memory only until sign-out or the screen locks (then forgotten), never written anywhere."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.core.errors import RawangiError
from desktop.gui import dialogs
from desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from desktop.gui.messages import error_text
from desktop.gui.windows import KeptDialog
from desktop.services import signing

if TYPE_CHECKING:
    from desktop.manifest.signature import SigningKey
    from desktop.store import Database

ERROR_STYLE = "color: #b00020;"


class PassphraseDialog(KeptDialog):
    """The passphrase of the office's signing key, to sign a manifest."""

    def __init__(self, parent: QWidget | None, key_file: Path) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "This office signs its manifests. Type the passphrase of its signing key "
                "({file}) once: Rawangi keeps the key in memory until you sign out or the screen "
                "locks, and never writes the passphrase anywhere."
            ).format(file=key_file)
        )
        self.ui.messageLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign"))
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passphraseEdit.setFocus()
        self.setMinimumWidth(460)
        self.adjustSize()  # the wrapped introduction whole

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def message(self) -> str:
        return "" if self.ui.messageLabel.isHidden() else self.ui.messageLabel.text()

    def refuse(self, text: str) -> None:
        """Say why the passphrase did not open the key; the dialog stays for another try."""
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()
        self.adjustSize()
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()

    def apply(self) -> None:
        if not self.passphrase():
            self.refuse(self.tr("Type the passphrase."))
            return
        self.accept()


class SigningSession:
    """The opened office key of this session, by the key's place (`signing.key_place`: beside a
    database file, or in this PC's data folder for the office server); forgotten at sign-out and
    lock."""

    def __init__(self) -> None:
        self._opened: dict[Path, SigningKey] = {}

    def forget(self) -> None:
        self._opened.clear()

    def remembers(self, db: Database) -> bool:
        return signing.key_place(db) in self._opened

    def signer(self, parent: QWidget | None, db: Database) -> tuple[bool, SigningKey | None]:
        """What signs a manifest made now: (go on, the key or None for unsigned).

        An office without a usable certified key makes unsigned manifests (go on, None). One
        with a key asks its passphrase once per session; cancelling stops the action (False):
        an office that signs must not hand out an unsigned manifest by a slip of the hand.
        """
        place = signing.key_place(db)
        if not signing.can_sign(place):
            return True, None
        if place in self._opened:
            return True, self._opened[place]
        dialog = PassphraseDialog(parent, signing.key_files(place).key)
        while dialogs.run(dialog):
            try:
                opened = signing.manifest_signer(place, dialog.passphrase())
            except RawangiError as error:
                dialog.refuse(error_text(error))
                continue
            self._opened[place] = opened
            return True, opened
        return False, None


def unsigned_note(db: Database) -> str:
    """Why a manifest made now is unsigned and how the office sets signing up; "" when it signs."""
    status = signing.key_status(signing.key_place(db))
    if status.state == "valid":
        return ""
    if status.state == "waiting":
        return QCoreApplication.translate(
            "Signing",
            "The manifest is unsigned: the office's key awaits its certificate from "
            "headquarters (an admin imports it with rawangi keys import).",
        )
    if status.state == "expired":
        return QCoreApplication.translate(
            "Signing",
            "The manifest is unsigned: the office's certificate expired on {date} (an admin "
            "renews it with rawangi keys init --renew).",
        ).format(date=status.not_after[:10])
    return QCoreApplication.translate(
        "Signing",
        "The manifest is unsigned: this office has no certified signing key (an admin sets "
        "one up with rawangi keys init; see README, Signed documents).",
    )


# One per program: the window is one person's session at a time.
session = SigningSession()
