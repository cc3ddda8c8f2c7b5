"""Tools > Verify a document: a 2D scanner types a manifest's or a slip's QR text into the box
(as the passport scanner types the MRZ) and Enter shows the verdict and the signed fields.

It needs no database: only the trust list headquarters publishes, chosen once and remembered
for this PC's user, so that an airline or immigration desk can use it as well as the office.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from desktop.core.errors import RawangiError
from desktop.gui import dialogs, user_settings
from desktop.gui.forms.ui_verify_window import Ui_VerifyWindow
from desktop.gui.widgets import mono_when_typed
from desktop.gui.windows import KeptWindow
from desktop.trust import qr, trustlist

TRUST_SETTING = "verify/trust_list"
STYLES = {
    qr.Status.GENUINE: "background: #1b5e20; color: white; padding: 8px;",
    qr.Status.SUPERSEDED: "background: #8a5a00; color: white; padding: 8px;",
}
REFUSED_STYLE = "background: #b00020; color: white; padding: 8px;"
WAITING_STYLE = "color: #8a5a00;"


class VerifyWindow(KeptWindow):
    """Check the QR codes of manifests and slips against headquarters' trust list, offline."""

    geometry_key = "verify_window"
    default_size = QSize(760, 580)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_VerifyWindow()
        self.ui.setupUi(self)
        self.trust: trustlist.TrustList | None = None
        self.verdict: qr.Verdict | None = None
        ui = self.ui
        ui.codeEdit.returnPressed.connect(self.verify)
        ui.verifyButton.clicked.connect(self.verify)
        ui.trustButton.clicked.connect(self.choose_trust_list)
        ui.trustButton.setToolTip(self.tr("Choose the trust list headquarters sent (trust.json)"))
        ui.codeEdit.setToolTip(
            self.tr(
                "Scan the code with a 2D scanner: it types the text and Enter. A code typed "
                "with Caps Lock on is read all the same."
            )
        )
        mono_when_typed(ui.codeEdit)
        header = ui.fieldsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.fieldsTable.hide()
        big = ui.verdictLabel.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setWeight(QFont.Weight.Bold)
        ui.verdictLabel.setFont(big)
        ui.verdictLabel.hide()
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.load_trust_list(user_settings.get(TRUST_SETTING), remember=False)
        ui.codeEdit.setFocus()

    # -- the trust list --------------------------------------------------------------------

    def choose_trust_list(self) -> None:
        current = user_settings.get(TRUST_SETTING)
        chosen = dialogs.open_file(
            self,
            self.tr("The trust list from headquarters"),
            str(Path(current).parent) if current else str(Path.home()),
            self.tr("Trust lists (*.json);;All files (*)"),
        )
        if chosen is not None:
            self.load_trust_list(str(chosen))
        self.ui.codeEdit.setFocus()

    def load_trust_list(self, path: str, *, remember: bool = True) -> bool:
        """Read and check a trust list (signed by the root it carries); kept for next time."""
        ui = self.ui
        if not path:
            self.trust = None
            ui.trustLabel.setText(
                self.tr("No trust list yet: choose the trust.json headquarters sent (Trust list…).")
            )
            ui.trustLabel.setStyleSheet(WAITING_STYLE)
            return False
        try:
            found = trustlist.load(Path(path).read_bytes())
        except (RawangiError, OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self.trust = None
            ui.trustLabel.setText(
                self.tr("{path} cannot be used: {reason} Choose the trust list again.").format(
                    path=path, reason=reason
                )
            )
            ui.trustLabel.setStyleSheet(REFUSED_STYLE)
            return False
        self.trust = found
        if remember:
            user_settings.put(TRUST_SETTING, path)
        ui.trustLabel.setText(
            self.tr(
                "Trust list of {issued} from {path} (office certificates: {offices}), root {root}."
            ).format(
                issued=found.issued_at,
                path=path,
                offices=len(found.offices),
                root=found.root_fingerprint,
            )
        )
        ui.trustLabel.setStyleSheet("")
        return True

    # -- verifying -------------------------------------------------------------------------

    def verify(self) -> qr.Verdict | None:
        """The verdict on the text in the box (None without a trust list)."""
        ui = self.ui
        # base45 has no lower-case letters: a scanner typing with Caps Lock on loses nothing.
        text = ui.codeEdit.text().strip().upper()
        if not text:
            return None
        if self.trust is None:
            self._show(
                self.tr("NO TRUST LIST"),
                WAITING_STYLE,
                self.tr("Choose the trust list headquarters sent first (Trust list…)."),
                {},
            )
            return None
        verdict = qr.verify(text, self.trust)
        self.verdict = verdict
        self._show(
            self._status_word(verdict.status),
            STYLES.get(verdict.status, REFUSED_STYLE),
            verdict.message,
            verdict.fields | ({"kid": verdict.kid} if verdict.kid else {}),
        )
        ui.codeEdit.selectAll()  # the next scan replaces it
        return verdict

    def _status_word(self, status: qr.Status) -> str:
        return {
            qr.Status.GENUINE: self.tr("GENUINE"),
            qr.Status.SUPERSEDED: self.tr("SUPERSEDED"),
            qr.Status.REVOKED: self.tr("REVOKED"),
            qr.Status.UNKNOWN_KEY: self.tr("UNKNOWN KEY"),
            qr.Status.EXPIRED: self.tr("EXPIRED"),
            qr.Status.FORGED: self.tr("FORGED OR DAMAGED"),
        }[status]

    def _field_names(self) -> dict[str, str]:
        return {
            "kind": self.tr("Document"),
            "office": self.tr("Office"),
            "code": self.tr("Contingent"),
            "revision": self.tr("Revision"),
            "flight": self.tr("Flight"),
            "date": self.tr("Date"),
            "count": self.tr("People"),
            "name": self.tr("Name"),
            "father_name": self.tr("Father's name"),
            "cnic": self.tr("CNIC"),
            "passport_no": self.tr("Passport no."),
            "fingerprint": self.tr("Fingerprint"),
            "kid": self.tr("Signing key"),
        }

    def _show(self, word: str, style: str, message: str, fields: dict[str, Any]) -> None:
        ui = self.ui
        ui.verdictLabel.setText(word)
        ui.verdictLabel.setStyleSheet(style)
        ui.verdictLabel.show()
        ui.messageLabel.setText(message)
        names = self._field_names()
        kinds = {"manifest": self.tr("manifest"), "slip": self.tr("departure slip")}
        table = ui.fieldsTable
        table.setRowCount(0)
        for key, name in names.items():
            if key not in fields:
                continue
            value = fields[key]
            shown = kinds.get(value, str(value)) if key == "kind" else str(value)
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(shown))
        table.setVisible(table.rowCount() > 0)

    def fields_shown(self) -> dict[str, str]:
        """What the table of signed fields says, name -> value (for tests and a glance)."""
        table = self.ui.fieldsTable
        return {
            table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())
        }
