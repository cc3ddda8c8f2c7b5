"""The committed Python of each Designer form must be what pyside6-uic makes of its .ui."""

import pytest

from desktop.gui import forms

UI_FILES = sorted(forms.UI_DIR.glob("*.ui"))


def test_there_are_forms():
    assert UI_FILES


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_up_to_date(ui_file):
    committed = forms.target(ui_file)
    assert committed.exists(), f"{committed.name} is missing: run `make forms`"
    assert forms.comparable(committed.read_text(encoding="utf-8")) == forms.comparable(
        forms.compile_form(ui_file)
    ), f"{committed.name} is out of date with {ui_file.name}: run `make forms`"
