"""Per-user settings of this PC, each declared once with its default, kept with QSettings (INI)
in the platform's config folder. Office-wide settings live in the database instead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    help: str


SETTINGS = {
    s.name: s
    for s in (
        Setting("ui/last_view", str, "register", "The view shown when the window last closed."),
        Setting("ui/language", str, "en", "The language of the interface: en or ur (Urdu)."),
    )
}


def store() -> QSettings:
    return QSettings()


def get(name: str) -> Any:
    setting = SETTINGS[name]
    value = store().value(name, setting.default)
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(name: str, value: Any) -> None:
    if name not in SETTINGS:
        raise KeyError(f"undeclared setting {name!r}")
    store().setValue(name, value)


def restore_geometry(widget: QWidget, key: str) -> bool:
    """Put a window back where it was; False the first time."""
    saved = store().value(f"geometry/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        return bool(widget.restoreGeometry(saved))
    return False


def save_geometry(widget: QWidget, key: str) -> None:
    store().setValue(f"geometry/{key}", widget.saveGeometry())
