"""A contingent's own window: its facts, its people, and what a clerk or supervisor does to it.

Clerks add people (by CNIC, passport number, a scanned passport strip, or a register selection),
remove and move them; supervisors also finalize (in the background, with progress), reopen with
a reason, mark the contingent departed with its no-shows, and open the manifest. Every change
goes through `desktop.services.contingents`, which applies the rules; this window asks the
questions those rules raise (warnings to acknowledge, overrides that need a reason).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QWidget,
)

from desktop.core.contingent import DEPARTED, FINALIZED, OPEN, Contingent, Step, refusals
from desktop.core.errors import NotFound
from desktop.core.messages import Message
from desktop.core.roles import Action, Actor, allowed
from desktop.gui import changes
from desktop.gui.contingent_window.common import (
    BANNER_STYLES,
    COLUMN_WIDTHS,
    DONE_STYLE,
    ERROR_STYLE,
    HEADER_STYLES,
    HIDDEN_COLUMNS,
    WARNING_STYLE,
    _keys,
)
from desktop.gui.contingent_window.jobs import ContingentJobs
from desktop.gui.contingent_window.people import PeopleActions
from desktop.gui.contingent_window.people_model import PeopleModel
from desktop.gui.contingent_window.slips import ContingentSlips
from desktop.gui.forms.ui_contingent_window import Ui_ContingentWindow
from desktop.gui.language import status_text
from desktop.gui.messages import said
from desktop.gui.register_model import HEADERS
from desktop.gui.tasks import LongJob, Tasks
from desktop.gui.widgets import mono_when_typed
from desktop.gui.windows import KeptWindow
from desktop.services import contingents
from desktop.store import Database
from desktop.store import contingents as contingent_rows
from desktop.store.db import db_path
from desktop.store.register import Count, RegisterFilter, Sort

if TYPE_CHECKING:
    from desktop.gui.manifest_window import ManifestWindow


class ContingentWindow(PeopleActions, ContingentJobs, ContingentSlips, KeptWindow):
    """One contingent: its facts, its people, and the actions its status and the role allow."""

    geometry_key = "contingent_window"
    default_size = QSize(1180, 720)

    changed = Signal(str)  # the contingent's id, after any change made here

    def __init__(
        self,
        db: Database,
        actor: Actor,
        contingent_id: str,
        tasks: Tasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.actor = actor
        self.contingent_id = contingent_id
        self.tasks = tasks
        self.contingent: Contingent | None = None
        self.count = 0  # people travelling (no-shows are off the list)
        self._tips: dict[str, str] = {}  # each button's own tooltip, before any refusal
        self.manifest_window: ManifestWindow | None = None
        self.busy = False  # finalizing or marking departed in the background
        self._scanned_line = ""  # line 1 of a passport strip, waiting for line 2
        self.job: LongJob | None = None  # finalizing or marking departed, on a worker
        self.slips_job: LongJob | None = None  # departure slips, on a worker
        self.ui = Ui_ContingentWindow()
        self.ui.setupUi(self)
        self.table = self.ui.peopleTable
        self.model = PeopleModel(db_path(db), tasks, self)
        # The manifest's order (surname, given names, entry), so that row n is S.No n.
        self.model.filter = RegisterFilter(contingent_id=contingent_id)
        self.model.sort_order = Sort("name")
        self.table.setModel(self.model)
        self._set_up()
        self.restore_geometry()
        self.refresh()
        changes.hub(db).changed.connect(self._records_changed)
        self.ui.addEdit.setFocus()

    # -- set-up ----------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, (key, _) in enumerate(HEADERS):
            if key in COLUMN_WIDTHS:
                self.table.setColumnWidth(column, COLUMN_WIDTHS[key])
            self.table.setColumnHidden(column, key in HIDDEN_COLUMNS)
        numbers = self.table.verticalHeader()
        numbers.setVisible(True)  # the row number is the manifest's S.No
        numbers.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        numbers.setToolTip(self.tr("S.No on the manifest (no-shows are left out there)"))
        title = ui.titleLabel.font()
        title.setPointSizeF(title.pointSizeF() * 1.5)
        title.setBold(True)
        ui.titleLabel.setFont(title)
        count = ui.countLabel.font()
        count.setPointSizeF(count.pointSizeF() * 1.3)
        count.setBold(True)
        ui.countLabel.setFont(count)
        for label in (ui.countLabel, ui.revisionLabel):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        ui.addEdit.setToolTip(
            self.tr(
                "Type a CNIC (any dashes or spaces, Urdu digits too) or a passport number and "
                "press Enter, or scan the passport: both lines of its strip are read."
            )
        )
        mono_when_typed(ui.addEdit)
        ui.addEdit.returnPressed.connect(self._add_entered)
        ui.addButton.clicked.connect(self._add_entered)
        ui.addButton.setToolTip(
            self.tr("Add the person whose CNIC or passport no. is typed (Enter)")
        )
        buttons: list[tuple[QAbstractButton, str, str, Callable[[], object]]] = [
            (ui.removeButton, "Del",
             self.tr("Take the selected people out of this contingent (their departures stay in "
                     "the register)"), self.remove_selected),
            (ui.moveButton, "Alt+V",
             self.tr("Move the selected people to another open contingent"), self.move_selected),
            (ui.finalizeButton, "Alt+F",
             self.tr("Close the contingent and store its manifest as the next revision "
                     "(supervisors)"), self.finalize),
            (ui.reopenButton, "Alt+O",
             self.tr("Open a finalized contingent again, with a reason; its manifest becomes "
                     "superseded (supervisors)"), self.reopen),
            (ui.departedButton, "Alt+P",
             self.tr("After the flight: record who travelled and who did not (supervisors)"),
             self.mark_departed),
            (ui.manifestButton, "Ctrl+M",
             self.tr("Preview, print or save the manifest (supervisors)"), self.open_manifest),
            (ui.slipsButton, "Alt+L",
             self.tr("Save the departure slips of the selected people, or of everyone who "
                     "travels, as a PDF to print: four A6 slips to an A4 sheet, each with a QR "
                     "code signed by the office (supervisors, admins)"), self.print_slips),
        ]  # fmt: skip
        for button, keys, tip, handler in buttons:
            button.setToolTip(f"{tip} ({_keys(keys)})" if keys else tip)
            button.clicked.connect(lambda _=False, act=handler: act())
        QShortcut(QKeySequence("Ctrl+M"), self, ui.manifestButton.click)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W and Ctrl+F4
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(
            lambda text: self.say(
                self.tr("Could not read the people: {error}").format(error=text), True
            )
        )
        ui.addMessage.hide()

    def set_actor(self, actor: Actor) -> None:
        """Someone else signed in: the buttons follow their role."""
        self.actor = actor
        if self.manifest_window is not None:
            self.manifest_window.close()
            self.manifest_window.deleteLater()
            self.manifest_window = None
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------------

    def _records_changed(self, change: changes.Change) -> None:
        """This contingent or its people changed (here or elsewhere): read again, in place."""
        if change.touches_contingent(self.contingent_id):
            self.refresh(in_place=True)

    def refresh(self, *, in_place: bool = False) -> None:
        """Read the contingent and its people again (`in_place`: keeping selection and scroll
        when the same number of people are listed)."""
        try:
            self.contingent = contingents.get_contingent(self.db, self.contingent_id)
        except NotFound as gone:
            self.contingent = None
            self.say(str(gone), error=True)
            self._update_buttons()
            return
        self.count = contingent_rows.member_count(self.db, self.contingent_id)
        self._show_facts()
        self._update_buttons()
        self.model.refresh(in_place=in_place)

    def _show_facts(self) -> None:
        contingent = self.contingent
        if contingent is None:
            return
        ui = self.ui
        status = status_text(contingent.status)
        self.setWindowTitle(
            self.tr("Contingent {code} — {status}").format(code=contingent.code, status=status)
        )
        ui.titleLabel.setText(
            self.tr("{code}  ·  {status}").format(code=contingent.code, status=status)
        )
        day = contingent.departure_date
        ui.factsLabel.setText(
            self.tr(
                "Flight {flight_no} ({carrier}) from {airport}, {date} at {time}\nTo {destinations}"
            ).format(
                flight_no=contingent.flight_no,
                carrier=contingent.carrier,
                airport=contingent.airport,
                date=f"{day:%a} {day.day} {day:%b %Y}",
                time=contingent.departure_time,
                destinations=contingent.destination_names,
            )
        )
        free = contingent.capacity - self.count
        if free >= 0:
            ui.countLabel.setText(
                self.tr("{count} of {capacity} seat(s)", "", contingent.capacity).format(
                    count=f"{self.count:,}", capacity=f"{contingent.capacity:,}"
                )
            )
            ui.countLabel.setStyleSheet("")
            ui.countLabel.setToolTip(
                (
                    self.tr("{count} seat free") if free == 1 else self.tr("{count} seats free")
                ).format(count=f"{free:,}")
            )
        else:
            ui.countLabel.setText(
                self.tr("{count} people — {over} over capacity").format(
                    count=f"{self.count:,}", over=f"{-free:,}"
                )
            )
            ui.countLabel.setStyleSheet(WARNING_STYLE)
            ui.countLabel.setToolTip(
                self.tr("Capacity {capacity}").format(capacity=f"{contingent.capacity:,}")
            )
        ui.revisionLabel.setText(self.revision_text())
        ui.headerFrame.setStyleSheet(HEADER_STYLES.get(contingent.status, ""))
        banner = self.state_text()
        ui.stateLabel.setText(banner)
        ui.stateLabel.setStyleSheet(BANNER_STYLES.get(contingent.status, ""))
        ui.stateLabel.setVisible(bool(banner))
        editable = contingent.status == OPEN
        # Read-only shows as read-only: nothing offers to change the people.
        for widget in (ui.addLabel, ui.addEdit, ui.addButton, ui.removeButton, ui.moveButton):
            widget.setVisible(editable)
        if not editable:
            ui.addMessage.hide()

    def revision_text(self) -> str:
        contingent = self.contingent
        if contingent is None or contingent.revision == 0:
            return self.tr("No manifest yet")
        if contingent.status == OPEN:
            return self.tr(
                "Manifest revision {revision} superseded; finalizing makes revision {next}"
            ).format(revision=contingent.revision, next=contingent.revision + 1)
        return self.tr("Manifest revision {revision}").format(revision=contingent.revision)

    def state_text(self) -> str:
        """The banner over the people: what the status means for what can be done."""
        contingent = self.contingent
        if contingent is None:
            return ""
        if contingent.status == FINALIZED:
            return self.tr(
                "Finalized — read-only: nobody can be added, removed or changed. A supervisor "
                "can reopen it with a reason, or mark it departed after the flight."
            )
        if contingent.status == DEPARTED:
            return self.tr(
                "Departed — closed for good. Its manifest stays available to supervisors."
            )
        return ""

    def _counted(self, found: Count) -> None:
        if found.value == 0:
            editable = self.contingent is not None and self.contingent.status == OPEN
            self.table.set_placeholder(
                self.tr(
                    "Nobody in this contingent yet. Type or scan a CNIC or passport number "
                    "above, or select people in the Register and add them from there."
                )
                if editable
                else self.tr("Nobody in this contingent.")
            )
        else:
            self.table.set_placeholder("")
        self._update_buttons()

    # -- the selection and the buttons -------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.departure_id(row) for row in rows)
        return [departure_id for departure_id in found if departure_id]

    def select_rows(self, rows: Sequence[int]) -> None:
        self.table.clearSelection()
        flags = (
            self.table.selectionModel().SelectionFlag.Select
            | self.table.selectionModel().SelectionFlag.Rows
        )
        for row in rows:
            self.table.selectionModel().select(self.model.index(row, 0), flags)

    def _update_buttons(self) -> None:
        ui = self.ui
        contingent = self.contingent
        idle = not self.busy and contingent is not None
        may = {action: allowed(self.actor, action) for action in Action}
        chosen = bool(self.table.selectionModel().selectedRows())
        # What the contingent's state allows, and why not, is core's to say (Step, refusal).
        refused: dict[Step, Message | None] = refusals(contingent, self.count) if contingent else {}
        for step, button, action, selection in (
            (Step.ADD, ui.addEdit, Action.MANAGE_CONTINGENT, False),
            (Step.ADD, ui.addButton, Action.MANAGE_CONTINGENT, False),
            (Step.REMOVE, ui.removeButton, Action.MANAGE_CONTINGENT, True),
            (Step.REMOVE, ui.moveButton, Action.MANAGE_CONTINGENT, True),
            (Step.FINALIZE, ui.finalizeButton, Action.FINALIZE, False),
            (Step.REOPEN, ui.reopenButton, Action.REOPEN, False),
            (Step.MARK_DEPARTED, ui.departedButton, Action.FINALIZE, False),
            (Step.PRINT, ui.manifestButton, Action.PRINT_MANIFEST, False),
            (Step.SLIPS, ui.slipsButton, Action.PRINT_SLIPS, False),
        ):
            reason = refused.get(step)
            button.setEnabled(idle and reason is None and may[action] and (chosen or not selection))
            tip = self._tips.setdefault(button.objectName(), button.toolTip())
            button.setToolTip(f"{tip}\n{said(reason)}" if reason else tip)

    def say(self, text: str, error: bool = False, *, style: str | None = None) -> None:
        """The line under the buttons: what was done, or why it was not."""
        self.ui.messageLabel.setStyleSheet(style or (ERROR_STYLE if error else DONE_STYLE))
        self.ui.messageLabel.setText(text)

    def message(self) -> str:
        return self.ui.messageLabel.text()

    # A counted phrase stays in the window's own class: Qt's lupdate reads its plural forms only
    # from self.tr() (the finalizing job's progress text, in `jobs`).
    def _building(self, done: int, total: int, _text: str) -> str:
        return self.tr(
            "Building the manifest: {done} of {total} person(s)…\n"
            "This cannot be cancelled: the contingent and its manifest are written together.",
            "",
            total,
        ).format(done=f"{done:,}", total=f"{total:,}")

    # -- the manifest ----------------------------------------------------------------------

    def open_manifest(self) -> ManifestWindow | None:
        """The manifest window of this contingent, at its current revision (one window)."""
        if self.contingent is None or not self.ui.manifestButton.isEnabled():
            return None
        window = self.manifest_window
        if window is None:
            from desktop.gui.manifest_window import ManifestWindow

            window = ManifestWindow(self.db, self.actor, self.contingent_id, self, tasks=self.tasks)
            self.manifest_window = window
        else:
            window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # -- keys and the window ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            # Delete here, not as a window shortcut: in the Add box it deletes characters.
            if event.matches(QKeySequence.StandardKey.Delete):
                self.ui.removeButton.click()
                return True
            if event.key() == Qt.Key.Key_Escape and self.ui.addEdit.isVisible():
                self.ui.addEdit.setFocus()
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self._cannot_cancel()
            event.ignore()
            return
        if self.manifest_window is not None:
            self.manifest_window.close()
        super().closeEvent(event)
