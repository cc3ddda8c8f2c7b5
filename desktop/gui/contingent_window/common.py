"""What the contingent window and its dialogs share: styles, widths and count words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence

from desktop.core.contingent import DEPARTED, FINALIZED, OPEN, Contingent
from desktop.core.roles import Actor
from desktop.gui.forms.ui_contingent_window import Ui_ContingentWindow
from desktop.store import Database

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
DONE_STYLE = "color: #1b5e20;"
BANNER_STYLES = {
    OPEN: "",
    FINALIZED: "background: #e8eef7; color: #1f3b63; border: 1px solid #b9c9e0; padding: 6px;",
    DEPARTED: "background: #eeeeee; color: #333333; border: 1px solid #cccccc; padding: 6px;",
}
HEADER_STYLES = {
    OPEN: "QFrame#headerFrame { background: #f4f8f4; }",
    FINALIZED: "QFrame#headerFrame { background: #e8eef7; }",
    DEPARTED: "QFrame#headerFrame { background: #eeeeee; }",
}
COLUMN_WIDTHS = {"name": 210, "father_name": 180, "cnic": 118, "passport_no": 92, "trade": 150,
                 "destination": 120, "departure_date": 86, "status": 72}  # fmt: skip
HIDDEN_COLUMNS = ("contingent_code", "office")  # every row would say the same
_MRZ_LINE = re.compile(r"^[A-Z0-9<]{44}$")


def _keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def _people(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("ContingentWindow", "1 person")
    return QCoreApplication.translate("ContingentWindow", "{count} people").format(
        count=f"{count:,}"
    )


if TYPE_CHECKING:
    from desktop.gui.windows import KeptWindow as _Window
else:
    _Window = object  # a part of ContingentWindow; its type is checked as a window's


class WindowPart(_Window):
    """A part of ContingentWindow kept in a module of its own (a mixin): what the window holds,
    which every part uses. A part is not a QObject: its words name the window's translation
    context ("ContingentWindow") themselves."""

    ui: Ui_ContingentWindow
    db: Database
    actor: Actor
    contingent_id: str
    contingent: Contingent | None
    changed: Signal

    if TYPE_CHECKING:

        def say(self, text: str, error: bool = False, *, style: str | None = None) -> None: ...
