"""A database that does not say which office it serves is refused, never taken for ISB."""

from __future__ import annotations

import pytest

from desktop import services
from desktop.core.options import SettingMissing
from desktop.services import bundles, office
from desktop.store import office_settings, write


def forget_the_office(db) -> None:
    with write(db):
        office_settings.delete(db, "office")


def test_the_office_is_what_the_file_says(db):
    with write(db):
        office_settings.put(db, "office", "KHI")
    assert services.office_code(db) == "KHI"


def test_a_file_without_its_office_setting_is_refused_naming_it(db):
    forget_the_office(db)
    with pytest.raises(SettingMissing) as refused:
        services.office_code(db)
    message = str(refused.value)
    assert "`office`" in message and "ISB" not in message
    assert "Restore the newest verified backup" in message


def test_a_bundle_is_not_exported_under_a_guessed_office(db, supervisor, tmp_path):
    forget_the_office(db)
    with pytest.raises(SettingMissing):
        bundles.export_bundle(db, supervisor, tmp_path / "out.zip")


def test_office_settings_not_stored_read_as_declared(db):
    assert office.office_settings(db) == office.OfficeSettings()
    assert office.OfficeSettings().idle_minutes == 5
