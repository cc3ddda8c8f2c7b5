"""PySide6 6.12.0 on CPython 3.11 dies after a few thousand calls of a method returning None
(Fatal Python error: none_dealloc). The pin in pyproject.toml avoids it; this proves it."""

from PySide6.QtWidgets import QLabel


def test_a_hundred_thousand_calls_returning_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for number in range(100_000):
        label.setText(str(number))
    assert label.text() == "99999"
