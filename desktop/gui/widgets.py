"""Small input widgets the Designer forms use (declared there as custom widgets)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop import resources

_URDU_FAMILY: list[str] = []


def urdu_font(point_size: float = 11.0) -> QFont:
    """The shipped Noto Naskh Arabic (registered once), for names and text in Urdu."""
    if not _URDU_FAMILY:
        for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resources.path(f"fonts/{name}")))
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families and not _URDU_FAMILY:
                _URDU_FAMILY.append(families[0])
    font = QFont(_URDU_FAMILY[0] if _URDU_FAMILY else "Noto Naskh Arabic")
    font.setPointSizeF(point_size)
    return font


MONO_FAMILIES = ("DejaVu Sans Mono", "Consolas", "Courier New", "monospace")


def mono_when_typed(edit: QLineEdit | QPlainTextEdit) -> QFont:
    """Typed text (a passport strip, a CNIC) in a fixed-width font, so that the strip's two
    lines line up; the placeholder, Urdu in the Urdu interface, in the interface's own font.
    Returns the fixed-width font."""
    plain = QFont(edit.font())
    mono = QFont(edit.font())
    mono.setFamilies(list(MONO_FAMILIES))

    def follow() -> None:
        typed = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        wanted = mono if typed else plain
        if edit.font() != wanted:
            edit.setFont(wanted)

    edit.textChanged.connect(follow)
    follow()
    return mono


def ascii_digit(text: str) -> str | None:
    """'5' for '۵' (Urdu) or '٥' (Arabic-Indic); None for anything that is not a digit."""
    if len(text) != 1 or not text.isdecimal():
        return None
    return str(unicodedata.decimal(text))


class DigitsAsAscii(QObject):
    """Lets an input mask accept the Urdu and Arabic-Indic digits clerks type."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            digit = ascii_digit(event.text())
            if digit is not None and digit != event.text():
                QApplication.sendEvent(
                    watched,
                    QKeyEvent(
                        QEvent.Type.KeyPress,
                        Qt.Key.Key_0 + int(digit),
                        event.modifiers(),
                        digit,
                    ),
                )
                return True
        return False


class OpenOnEnter(QObject):
    """Enter or Return on a list opens its selected row, as a double click does."""

    def __init__(self, table: QTableView, open_selected: Callable[[], object]) -> None:
        super().__init__(table)
        self._open_selected = open_selected
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_selected()
            return True
        return False


class MaskedEdit(QLineEdit):
    """A line edit whose mask shows the expected shape; `value()` is '' while nothing is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Digits and dashes in a fixed shape read left to right in the Urdu interface too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._digits = DigitsAsAscii(self)
        self.installEventFilter(self._digits)

    def value(self) -> str:
        text = self.text()
        return text if any(ch.isdigit() for ch in text) else ""

    def set_value(self, text: str) -> None:
        self.setText(text)
        if not text:
            self.setCursorPosition(0)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        if not self.value():
            self.setCursorPosition(0)  # so that typing starts at the first digit


class CnicEdit(MaskedEdit):
    """CNIC in the 35202-1234567-1 shape."""

    MASK = "99999-9999999-9;_"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(self.MASK)


class DateEdit(MaskedEdit):
    """A date typed as yyyy-MM-dd; blank until something is typed."""

    MASK = "9999-99-99;_"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(self.MASK)
        self.setPlaceholderText(self.tr("yyyy-mm-dd"))


def reads_right_to_left(text: str) -> bool:
    """Whether a text holds Urdu (or other right-to-left) letters."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


class ReadingOrderDelegate(QStyledItemDelegate):
    """Right to left, a cell of English text (a name, a code, a country) is still read left to
    right: cut at its end with "…" after what is shown, not before it; it stays where the
    right-to-left layout puts it."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction != Qt.LayoutDirection.RightToLeft or reads_right_to_left(option.text):
            return
        placed = QStyle.visualAlignment(option.direction, option.displayAlignment)
        option.displayAlignment = placed | Qt.AlignmentFlag.AlignAbsolute
        option.direction = Qt.LayoutDirection.LeftToRight


class RegisterTable(QTableView):
    """A table for very long lists: fixed row heights, and a sentence when it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        header = self.verticalHeader()
        header.setVisible(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setItemDelegate(ReadingOrderDelegate(self))

    def selectRow(self, row: int) -> None:
        """Select a whole row, also right to left: Qt's own asks for the column at the
        viewport's far edge, one pixel past it in a right-to-left layout, and selects nothing."""
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None or not 0 <= row < model.rowCount():
            return
        edge = self.viewport().width() - 1 if self.isRightToLeft() else 0
        column = max(0, self.horizontalHeader().logicalIndexAt(edge))
        selection.setCurrentIndex(
            model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(12, 24, -12, -12),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()
