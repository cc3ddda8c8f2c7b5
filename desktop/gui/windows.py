"""The bases of every top-level window and dialog: each comes back where and as large as it
was left, never larger than its screen.

The size and position are kept with the per-user settings (`user_settings.restore_geometry`,
`user_settings.save_geometry`), under the class's `geometry_key`, or its object name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget, QWizard

from desktop.gui import user_settings

if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class _Kept(_Base):
    """Restores the geometry when first shown (or when asked, `restore_geometry`), saves it
    when the window closes."""

    geometry_key = ""  # the settings key; the object name when empty
    default_size: QSize | None = None  # the first time, before anything was kept
    _geometry_restored = False

    @property
    def keeps_geometry(self) -> bool:
        """False for a window that refused to open (no permission): it keeps nothing."""
        return True

    def geometry_name(self) -> str:
        return self.geometry_key or self.objectName() or type(self).__name__

    def restore_geometry(self) -> bool:
        """Back to the kept size and place (the first time: `default_size`); False the first
        time. Called by the constructor of a window that must be placed before it is shown."""
        self._geometry_restored = True
        return user_settings.restore_geometry(self, self.geometry_name(), self.default_size)

    def save_geometry(self) -> None:
        if self.keeps_geometry:
            user_settings.save_geometry(self, self.geometry_name())

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored and self.keeps_geometry:
            self.restore_geometry()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)


class KeptWindow(_Kept, QWidget):
    """A top-level window that is a plain widget (the audit log, a contingent, …)."""


class KeptMainWindow(_Kept, QMainWindow):
    """The main window."""


class _KeptDone(_Kept):
    # A dialog accepted or rejected hides without a close event: it keeps its geometry here.
    def done(self, result: Any) -> None:
        self.save_geometry()
        super().done(result)  # type: ignore[misc]


class KeptDialog(_KeptDone, QDialog):
    """A dialog."""


class KeptWizard(_KeptDone, QWizard):
    """A wizard (importing a list)."""


KEPT = (KeptWindow, KeptMainWindow, KeptDialog, KeptWizard)
