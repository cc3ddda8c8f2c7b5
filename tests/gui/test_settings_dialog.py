from desktop.gui import user_settings
from desktop.gui.settings_dialog import SettingsDialog
from desktop.services import office


def test_an_admin_changes_the_office_settings_and_the_change_is_audited(qtbot, db, admin):
    dialog = SettingsDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.ui.idleSpin.setValue(10)
    dialog.ui.paperCombo.setCurrentIndex(dialog.ui.paperCombo.findData("Letter"))
    dialog.ui.urduNamesCheck.setChecked(True)
    dialog.apply()
    assert office.office_settings(db) == office.OfficeSettings(10, 6, "Letter", True)
    (entry,) = db.conn.execute("SELECT after FROM audit WHERE entity = 'settings'").fetchall()
    assert '"idle_minutes":"10"' in entry[0]


def test_a_clerk_changes_only_the_language_of_this_pc(qtbot, db, clerk):
    dialog = SettingsDialog(db, clerk)
    qtbot.addWidget(dialog)
    assert not dialog.ui.officeGroup.isEnabled()
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("ur"))
    dialog.apply()
    assert user_settings.get("ui/language") == "ur" and dialog.language_changed
    assert office.office_settings(db) == office.OfficeSettings()
