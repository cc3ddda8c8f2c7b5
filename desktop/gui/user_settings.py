"""Per-user settings of this PC, each declared once with its default, kept with QSettings (INI)
in the platform's config folder. Office-wide settings live in the database instead."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.core.options import Scope, option

# The least a window's title bar and borders take (Windows 10: 31 + 8 px at 100 %).
FRAME = QSize(16, 40)


# Where each window's place is kept: a family of per-user settings (`desktop.core.options`).
GEOMETRY: str = option("geometry/main_window", Scope.USER).name  # the family of window places


def store() -> QSettings:
    return QSettings()


def get(name: str) -> Any:
    """A per-user setting through its declaration: the stored value, else its default.

    Raises:
        KeyError: nothing declares it.
    """
    setting = option(name, Scope.USER)
    value = store().value(name, setting.default)
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(name: str, value: Any) -> None:
    """Keep a per-user setting (KeyError when nothing declares it)."""
    option(name, Scope.USER)
    store().setValue(name, value)


def restore_geometry(widget: QWidget, key: str, default: QSize | None = None) -> bool:
    """Put a window back where it was (the first time: at its default size), never larger than
    its screen; False the first time."""
    saved = store().value(GEOMETRY + key)
    restored = False
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        restored = bool(widget.restoreGeometry(saved))
    if not restored and default is not None:
        widget.resize(default)
    fit_on_screen(widget)
    return restored


def screen_room(widget: QWidget) -> QRect:
    """The part of the widget's screen a window may take (the taskbar left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def fit_on_screen(widget: QWidget) -> None:
    """Shrink and move a window so that all of it, frame included, is on its screen: office PCs
    have 1366×768 screens, and a size kept on a larger one must not hide the window's buttons."""
    room = screen_room(widget)
    if room.isEmpty():
        return
    # A frame is known only once shown, and not always then: never count on less than FRAME.
    frame = (widget.frameGeometry().size() - widget.size()).expandedTo(FRAME)
    width = max(widget.minimumWidth(), min(widget.width(), room.width() - frame.width()))
    height = max(widget.minimumHeight(), min(widget.height(), room.height() - frame.height()))
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    place = widget.frameGeometry()
    x = min(max(place.x(), room.left()), room.right() + 1 - width - frame.width())
    y = min(max(place.y(), room.top()), room.bottom() + 1 - height - frame.height())
    if (x, y) != (place.x(), place.y()) and widget.isWindow():
        widget.move(max(x, room.left()), max(y, room.top()))


def save_geometry(widget: QWidget, key: str) -> None:
    store().setValue(GEOMETRY + key, widget.saveGeometry())
