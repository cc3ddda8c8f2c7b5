"""The contingent window's small dialogs and the questions it asks through them: a reason, the
contingent to move people to, who did not travel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.contingent import Contingent
from desktop.core.departure import NO_SHOW, Departure
from desktop.gui import dialogs
from desktop.gui.contingent_window.common import ERROR_STYLE
from desktop.gui.forms.ui_contingent_move_dialog import Ui_ContingentMoveDialog
from desktop.gui.forms.ui_contingent_reason_dialog import Ui_ContingentReasonDialog
from desktop.gui.forms.ui_no_shows_dialog import Ui_NoShowsDialog
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.windows import KeptDialog
from desktop.store.contingents import Listed

# -- the questions this window asks (tests patch these) ------------------------------------


def ask_reason(
    parent: QWidget,
    title: str,
    text: str,
    *,
    details: Sequence[str] = (),
    ok: str = "",
) -> str | None:
    """A reason typed in a small dialog; None when cancelled."""
    dialog = ReasonDialog(parent, title, text, details=details, ok=ok)
    if not dialogs.run(dialog):
        return None
    return dialog.reason()


def choose_contingent(parent: QWidget, source: Contingent, choices: Sequence[Listed]) -> str | None:
    """The open contingent to move people to; None when cancelled."""
    dialog = MoveDialog(parent, source, choices)
    if not dialogs.run(dialog):
        return None
    return dialog.target_id()


def choose_no_shows(
    parent: QWidget, contingent: Contingent, people: Sequence[Departure]
) -> dict[str, str] | None:
    """Who did not travel, with a reason each; None when cancelled."""
    dialog = NoShowsDialog(parent, contingent, people)
    if not dialogs.run(dialog):
        return None
    return dialog.no_shows()


# -- small dialogs -----------------------------------------------------------------------------


class ReasonDialog(KeptDialog):
    """A reason for an override or a reopening (required)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        details: Sequence[str] = (),
        ok: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContingentReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.introLabel.setText(text)
        self.ui.detailsLabel.setText("\n".join(f"• {line}" for line in details))
        self.ui.detailsLabel.setVisible(bool(details))
        self.ui.messageLabel.hide()
        if ok:
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()
        self.setMinimumWidth(460)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def apply(self) -> None:
        if not self.reason():
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.setText(self.tr("Give a reason: it is kept in the audit log."))
            self.ui.messageLabel.show()
            self.ui.reasonEdit.setFocus()
            return
        self.accept()


class MoveDialog(KeptDialog):
    """Choose the open contingent to move people to."""

    def __init__(self, parent: QWidget | None, source: Contingent, choices: Sequence[Listed]):
        super().__init__(parent)
        self.ui = Ui_ContingentMoveDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "Move the selected people from {code} to another open contingent. Its rules "
                "apply: a date or destination that does not fit needs a supervisor's override."
            ).format(code=source.code)
        )
        for listed in choices:
            c = listed.contingent
            self.ui.targetCombo.addItem(
                self.tr(
                    "{code} — {flight_no}, {date} {time}, to {destinations} ({count}/{capacity})"
                ).format(
                    code=c.code,
                    flight_no=c.flight_no,
                    date=c.departure_date,
                    time=c.departure_time,
                    destinations=c.destination_names,
                    count=f"{listed.count:,}",
                    capacity=f"{c.capacity:,}",
                ),
                c.id,
            )
        self.ui.messageLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def choose(self, contingent_id: str) -> None:
        self.ui.targetCombo.setCurrentIndex(self.ui.targetCombo.findData(contingent_id))

    def target_id(self) -> str | None:
        data = self.ui.targetCombo.currentData()
        return str(data) if data else None


class NoShowsDialog(KeptDialog):
    """Everyone in a finalized contingent; tick who did NOT travel and say why."""

    CHECK, SERIAL, NAME, CNIC, PASSPORT, REASON = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("NoShowsDialog", "Did not travel"),
        QT_TRANSLATE_NOOP("NoShowsDialog", "S.No"),
        QT_TRANSLATE_NOOP("NoShowsDialog", "Name"),
        QT_TRANSLATE_NOOP("NoShowsDialog", "CNIC"),
        QT_TRANSLATE_NOOP("NoShowsDialog", "Passport no."),
        QT_TRANSLATE_NOOP("NoShowsDialog", "Reason (required)"),
    )

    def __init__(
        self, parent: QWidget | None, contingent: Contingent, people: Sequence[Departure]
    ) -> None:
        super().__init__(parent)
        self.contingent = contingent
        self.people = list(people)
        self.ui = Ui_NoShowsDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Mark {code} departed").format(code=contingent.code))
        self.ui.introLabel.setText(
            self.tr(
                "Everyone in {code} is recorded as departed on {date}, except those ticked "
                "here. Tick each person who did NOT travel and give the reason; they are listed "
                "under “Not travelled” in the next manifest revision."
            ).format(code=contingent.code, date=contingent.departure_date)
        )
        table = self.ui.peopleTable
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("NoShowsDialog", text) for text in self.HEADERS]
        )
        table.setRowCount(len(self.people))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, person in enumerate(self.people):
            check = QTableWidgetItem()
            check.setFlags(fixed | Qt.ItemFlag.ItemIsUserCheckable)
            absent = person.status == NO_SHOW
            check.setCheckState(Qt.CheckState.Checked if absent else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, str(person.id))
            table.setItem(row, self.CHECK, check)
            for column, text in (
                (self.SERIAL, str(row + 1)),
                (self.NAME, person.full_name),
                (self.CNIC, person.cnic),
                (self.PASSPORT, person.passport_no),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(fixed)
                table.setItem(row, column, item)
            reason = QTableWidgetItem(person.status_reason if absent else "")
            reason.setFlags(fixed | Qt.ItemFlag.ItemIsEditable)
            reason.setToolTip(
                self.tr("Double-click or press F2 to type why this person did not travel")
            )
            table.setItem(row, self.REASON, reason)
        header = table.horizontalHeader()
        for column, width in ((0, 104), (1, 48), (2, 230), (3, 120), (4, 100)):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.ui.filterEdit.textChanged.connect(self._filter)
        table.itemChanged.connect(self._item_changed)
        self.ui.messageLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Mark departed")
        )
        self.ui.buttonBox.accepted.connect(self.apply)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._count()
        self.resize(900, 600)

    def _row_of(self, departure_id: str) -> int:
        for row in range(self.ui.peopleTable.rowCount()):
            item = self.ui.peopleTable.item(row, self.CHECK)
            if item.data(Qt.ItemDataRole.UserRole) == departure_id:
                return row
        raise KeyError(departure_id)

    def mark(self, departure_id: str, reason: str, *, absent: bool = True) -> None:
        """Tick (or untick) one person and give the reason, as a supervisor would."""
        row = self._row_of(departure_id)
        table = self.ui.peopleTable
        table.item(row, self.CHECK).setCheckState(
            Qt.CheckState.Checked if absent else Qt.CheckState.Unchecked
        )
        table.item(row, self.REASON).setText(reason)

    def no_shows(self) -> dict[str, str]:
        """departure id -> reason, for everyone ticked."""
        table = self.ui.peopleTable
        found = {}
        for row in range(table.rowCount()):
            check = table.item(row, self.CHECK)
            if check.checkState() == Qt.CheckState.Checked:
                found[str(check.data(Qt.ItemDataRole.UserRole))] = (
                    table.item(row, self.REASON).text().strip()
                )
        return found

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == self.CHECK:
            self._count()
            if item.checkState() == Qt.CheckState.Checked:
                reason = self.ui.peopleTable.item(item.row(), self.REASON)
                if reason is not None and not reason.text().strip():
                    self.ui.peopleTable.setCurrentItem(reason)

    def _count(self) -> None:
        absent = len(self.no_shows())
        travelled = len(self.people) - absent
        self.ui.countLabel.setText(
            self.tr(
                "{travelled} travelled, {absent} did not travel (of {total} in the contingent)."
            ).format(
                travelled=f"{travelled:,}", absent=f"{absent:,}", total=f"{len(self.people):,}"
            )
        )

    def count_text(self) -> str:
        return self.ui.countLabel.text()

    def _filter(self, text: str) -> None:
        wanted = re.sub(r"[\s\-]+", "", text).upper()
        table = self.ui.peopleTable
        for row in range(table.rowCount()):
            haystack = "".join(
                table.item(row, column).text() for column in (self.NAME, self.CNIC, self.PASSPORT)
            )
            shown = not wanted or wanted in re.sub(r"[\s\-]+", "", haystack).upper()
            table.setRowHidden(row, not shown)

    def apply(self) -> None:
        missing = [
            row
            for row in range(self.ui.peopleTable.rowCount())
            if self.ui.peopleTable.item(row, self.CHECK).checkState() == Qt.CheckState.Checked
            and not self.ui.peopleTable.item(row, self.REASON).text().strip()
        ]
        if missing:
            name = self.ui.peopleTable.item(missing[0], self.NAME).text()
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.setText(
                self.tr(
                    "Give a reason for each person who did not travel: {name} has none."
                ).format(name=name)
            )
            self.ui.messageLabel.show()
            reason = self.ui.peopleTable.item(missing[0], self.REASON)
            if reason is not None:
                self.ui.peopleTable.setCurrentItem(reason)
                self.ui.peopleTable.editItem(reason)
            return
        self.accept()

    def message(self) -> str:
        return "" if self.ui.messageLabel.isHidden() else self.ui.messageLabel.text()
