"""Settings: this PC's language, and (for admins) the office's shared settings."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import QWidget

from desktop.core.errors import RawangiError
from desktop.core.roles import Action, Actor, allowed
from desktop.gui import changes, user_settings
from desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop.gui.windows import KeptDialog
from desktop.services import office

# Each language is named in itself, whatever the interface's language.
LANGUAGES = (("en", "English"), ("ur", "اردو (Urdu)"))


class SettingsDialog(KeptDialog):
    """Language for this PC; idle lock, passport validity and manifest options for the office."""

    def __init__(self, db: sqlite_utils.Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.language_changed = False
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(user_settings.get("ui/language")))
        )
        for paper, text in (("A4", self.tr("A4")), ("Letter", self.tr("Letter"))):
            self.ui.paperCombo.addItem(text, paper)
        current = office.office_settings(db)
        self.ui.idleSpin.setValue(current.idle_minutes)
        self.ui.validitySpin.setValue(current.validity_months)
        self.ui.paperCombo.setCurrentIndex(self.ui.paperCombo.findData(current.manifest_page_size))
        self.ui.urduNamesCheck.setChecked(current.manifest_urdu_names)
        self.ui.urduNamesCheck.setToolTip(
            self.tr("Add a column with each person's name in Urdu to the manifest (Alt+U)")
        )
        admin = allowed(actor, Action.OFFICE_SETTINGS)
        self.ui.officeGroup.setEnabled(admin)
        if not admin:
            self.ui.officeGroup.setToolTip(self.tr("Only an admin changes the office's settings."))
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)

    def apply(self) -> None:
        language = self.ui.languageCombo.currentData()
        self.language_changed = language != user_settings.get("ui/language")
        if allowed(self.actor, Action.OFFICE_SETTINGS):
            try:
                changes.perform(
                    office.change_office_settings,
                    self.db,
                    self.actor,
                    office.OfficeSettings(
                        idle_minutes=self.ui.idleSpin.value(),
                        validity_months=self.ui.validitySpin.value(),
                        manifest_page_size=self.ui.paperCombo.currentData(),
                        manifest_urdu_names=self.ui.urduNamesCheck.isChecked(),
                    ),
                )
            except RawangiError as error:
                self.ui.messageLabel.setStyleSheet("color: #b00020;")
                self.ui.messageLabel.setText(str(error))
                return
        user_settings.put("ui/language", language)
        self.accept()
