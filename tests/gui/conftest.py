"""The window's tests run in English as the program starts it: with its plural forms."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.gui.language import apply_language


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """ "1 person", not "1 person(s)": English's own translation holds the plural forms."""
    apply_language(qapp, "en")
