"""The contingent's people as a table, numbered as the manifest's S.No."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.gui.register_model import RegisterModel


class PeopleModel(RegisterModel):
    """The register model of one contingent, its rows numbered as the manifest's S.No."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)
