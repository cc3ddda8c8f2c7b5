"""A contingent's own window: its facts, its people, and what a clerk or supervisor does to it.

Clerks add people (by CNIC, passport number, a scanned passport strip, or a register selection),
remove and move them; supervisors also finalize (in the background, with progress), reopen with
a reason, mark the contingent departed with its no-shows, and open the manifest. Every change
goes through `desktop.services.contingents`, which applies the rules; this window asks the
questions those rules raise (warnings to acknowledge, overrides that need a reason).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from desktop import services
from desktop.core import cnic as cnic_rules
from desktop.core import mrz
from desktop.core.contingent import DEPARTED, FINALIZED, OPEN, Contingent, Step, refusals
from desktop.core.departure import NO_SHOW, RECORDED, Departure
from desktop.core.errors import (
    NotFound,
    RawangiError,
    RuleViolation,
    ValidationError,
    WarningsNotAcknowledged,
)
from desktop.core.messages import Message
from desktop.core.roles import Action, Actor, allowed
from desktop.core.rules import Problem, Severity
from desktop.core.search import Kind, classify
from desktop.gui import changes, dialogs
from desktop.gui.forms.ui_contingent_move_dialog import Ui_ContingentMoveDialog
from desktop.gui.forms.ui_contingent_reason_dialog import Ui_ContingentReasonDialog
from desktop.gui.forms.ui_contingent_window import Ui_ContingentWindow
from desktop.gui.forms.ui_no_shows_dialog import Ui_NoShowsDialog
from desktop.gui.language import QT_TRANSLATE_NOOP, status_text
from desktop.gui.messages import error_text, problem_text, said
from desktop.gui.register_model import HEADERS, RegisterModel
from desktop.gui.tasks import LongJob, Tasks
from desktop.gui.widgets import mono_when_typed
from desktop.gui.windows import KeptDialog, KeptWindow
from desktop.services import contingents
from desktop.store import contingents as contingent_rows
from desktop.store import register
from desktop.store.contingents import Listed, StoredManifest
from desktop.store.db import connect, db_path
from desktop.store.register import Count, RegisterFilter, Sort

if TYPE_CHECKING:
    from desktop.gui.manifest_window import ManifestWindow

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


class PeopleModel(RegisterModel):
    """The register model of one contingent, its rows numbered as the manifest's S.No."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)


class ContingentWindow(KeptWindow):
    """One contingent: its facts, its people, and the actions its status and the role allow."""

    geometry_key = "contingent_window"
    default_size = QSize(1180, 720)

    changed = Signal(str)  # the contingent's id, after any change made here

    def __init__(
        self,
        db: sqlite_utils.Database,
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
        refused: dict[Step, Message | None] = (
            refusals(contingent, self.count) if contingent else {}
        )
        for step, button, action, selection in (
            (Step.ADD, ui.addEdit, Action.MANAGE_CONTINGENT, False),
            (Step.ADD, ui.addButton, Action.MANAGE_CONTINGENT, False),
            (Step.REMOVE, ui.removeButton, Action.MANAGE_CONTINGENT, True),
            (Step.REMOVE, ui.moveButton, Action.MANAGE_CONTINGENT, True),
            (Step.FINALIZE, ui.finalizeButton, Action.FINALIZE, False),
            (Step.REOPEN, ui.reopenButton, Action.REOPEN, False),
            (Step.MARK_DEPARTED, ui.departedButton, Action.FINALIZE, False),
            (Step.PRINT, ui.manifestButton, Action.PRINT_MANIFEST, False),
        ):
            reason = refused.get(step)
            button.setEnabled(
                idle and reason is None and may[action] and (chosen or not selection)
            )
            tip = self._tips.setdefault(button.objectName(), button.toolTip())
            button.setToolTip(f"{tip}\n{said(reason)}" if reason else tip)

    def say(self, text: str, error: bool = False, *, style: str | None = None) -> None:
        """The line under the buttons: what was done, or why it was not."""
        self.ui.messageLabel.setStyleSheet(style or (ERROR_STYLE if error else DONE_STYLE))
        self.ui.messageLabel.setText(text)

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def _add_says(self, text: str, style: str) -> None:
        self.ui.addMessage.setStyleSheet(style)
        self.ui.addMessage.setText(text)
        self.ui.addMessage.setVisible(bool(text))

    def add_message(self) -> str:
        """The line next to the Add box."""
        return "" if self.ui.addMessage.isHidden() else self.ui.addMessage.text()

    # -- adding --------------------------------------------------------------------------------

    def _add_entered(self) -> None:
        text = self.ui.addEdit.text()
        line = text.strip().upper()
        if self._scanned_line:
            # A keyboard-wedge scanner types line 1, Enter, line 2, Enter.
            strip = f"{self._scanned_line}\n{line}"
            self._scanned_line = ""
            self.ui.addEdit.clear()
            self.add_text(strip)
            return
        if _MRZ_LINE.match(line) and line.startswith("P"):
            self._scanned_line = line
            self.ui.addEdit.clear()
            self._add_says(
                self.tr("Passport strip: line 1 read, waiting for line 2…"), WARNING_STYLE
            )
            return
        if self.add_text(text):
            self.ui.addEdit.clear()

    def add_text(self, text: str) -> int:
        """Add whom a CNIC, a passport number or a scanned strip names; how many were added."""
        lines = [line for line in re.split(r"[\r\n]+", text) if line.strip()]
        if len(lines) >= 2:
            return self._add_scanned(text)
        term = classify(text)
        if term.kind is Kind.EMPTY:
            self._add_says(
                self.tr("Type a CNIC or passport number, or scan the passport."), WARNING_STYLE
            )
            return 0
        if term.kind is Kind.CNIC and not term.exact:
            self._add_says(
                self.tr("Type the whole CNIC: 13 digits, e.g. 35202-1234567-1."), WARNING_STYLE
            )
            return 0
        if term.kind is Kind.NAME:
            self._add_says(
                self.tr(
                    "Type a CNIC or passport number, or scan the passport. To add people by "
                    "name, select them in the Register and add them from there."
                ),
                WARNING_STYLE,
            )
            return 0
        described = (
            self.tr("CNIC {number}") if term.kind is Kind.CNIC else self.tr("passport no. {number}")
        ).format(number=term.value)
        return self._add_found(text, term.kind, term.value, described)

    def _add_scanned(self, text: str) -> int:
        try:
            strip = mrz.parse(text)
        except ValidationError as error:
            self._add_says(error_text(error), ERROR_STYLE)
            return 0
        if not strip.valid:
            self._add_says(said(mrz.message(strip)), ERROR_STYLE)
            return 0
        described = self.tr("{given_names} {surname}, passport {passport_no}").format(
            given_names=strip.given_names, surname=strip.surname, passport_no=strip.document_number
        )
        found = self._lookup(strip.document_number, Kind.PASSPORT, strip.document_number)
        if found is None and cnic_rules.is_valid(strip.personal_number):
            value = cnic_rules.normalize(strip.personal_number)
            found = self._lookup(value, Kind.CNIC, value)
        return self._add_departure(found, described)

    def _lookup(self, text: str, kind: Kind, value: str) -> dict[str, object] | None:
        """The register row a CNIC or passport number names: a recorded one first."""
        column = "cnic" if kind is Kind.CNIC else "passport_no"
        rows = [row for row in register.search(self.db, text, limit=50) if row[column] == value]
        if not rows:
            return None
        here = [row for row in rows if row["contingent_id"] == self.contingent_id]
        recorded = [row for row in rows if row["status"] == RECORDED]
        return (here or recorded or rows)[0]

    def _add_found(self, text: str, kind: Kind, value: str, described: str) -> int:
        return self._add_departure(self._lookup(text, kind, value), described)

    def _add_departure(self, row: dict[str, object] | None, described: str) -> int:
        if row is None:
            self._add_says(
                self.tr(
                    "Nobody with {described} is recorded. Record the departure first (Departure "
                    "tab), then add it here."
                ).format(described=described),
                ERROR_STYLE,
            )
            return 0
        name = f"{row['given_names']} {row['surname']}".strip()
        if row["contingent_id"] == self.contingent_id:
            self._add_says(
                self.tr("{name} is already in this contingent.").format(name=name), WARNING_STYLE
            )
            return 0
        added = self.add_departures([str(row["id"])])
        if added:
            self._add_says(self.tr("Added {name}.").format(name=name), DONE_STYLE)
        else:
            # The window's line already says "Not added:" and why, naming the person.
            self._add_says(self.message(), ERROR_STYLE)
        return added

    def add_departures(self, departure_ids: Sequence[str]) -> int:
        """Add people (a register selection, or one found by number); how many were added.

        Warnings are asked about and acknowledged; a date or destination that does not fit
        asks a supervisor for an override reason (a clerk is told a supervisor must do it).
        """
        ids = list(dict.fromkeys(departure_ids))
        if not ids or self.contingent is None:
            return 0

        def act(acknowledged: list[str], reason: str) -> int:
            return changes.perform(
                contingents.add_people,
                self.db,
                self.actor,
                self.contingent_id,
                ids,
                acknowledged=acknowledged,
                override_reason=reason,
            )

        added = self._confirmed(act, self.contingent_id, ids, verb="added")
        if added is None:
            return 0
        self.changed.emit(self.contingent_id)
        if added == 0:
            self.say(self.tr("They are already in this contingent."), style=WARNING_STYLE)
        else:
            self.say(
                self.tr("Added {name}.").format(
                    name=_people(added) if added > 1 else self._name_of(ids)
                )
            )
        return added

    def _name_of(self, ids: Sequence[str]) -> str:
        try:
            return services.get_departure(self.db, ids[0]).full_name
        except RawangiError:
            return _people(1)

    def _confirmed(
        self,
        act: Callable[[list[str], str], int],
        target_id: str,
        ids: Sequence[str],
        *,
        verb: str,
    ) -> int | None:
        """Run an add or move, asking what its refusals need; None when it did not happen."""
        acknowledged: list[str] = []
        reason = ""
        while True:
            try:
                return act(acknowledged, reason)
            except WarningsNotAcknowledged as warning:
                keys = [services.warning_key(p) for p in warning.problems]
                fresh = [key for key in keys if key not in acknowledged]
                if not fresh or not dialogs.ask(
                    self,
                    self.tr("Go ahead despite the warning?"),
                    self.tr("Please check this first:"),
                    details=[problem_text(p) for p in warning.problems],
                    yes=self.tr("Go ahead"),
                    no=self.tr("Go back"),
                ):
                    self.say(
                        self._not_done(verb, self.tr("the warning was not confirmed.")),
                        style=WARNING_STYLE,
                    )
                    return None
                acknowledged += fresh
            except RuleViolation as violation:
                pending = None if reason else self._overrides_only(violation, target_id, ids)
                if pending is None:
                    self.say(self._not_done(verb, error_text(violation)), error=True)
                    return None
                if not allowed(self.actor, Action.OVERRIDE):
                    self.say(
                        self._not_done(
                            verb,
                            self.tr(
                                "{problems} A supervisor must override this with a reason: "
                                "ask one to sign in and do it."
                            ).format(problems=" ".join(problem_text(p) for p in pending)),
                        ),
                        error=True,
                    )
                    return None
                typed = ask_reason(
                    self,
                    self.tr("Override needed"),
                    self.tr(
                        "This does not fit the contingent. As a supervisor you may override it; "
                        "your reason is kept in the audit log."
                    ),
                    details=[problem_text(p) for p in pending],
                    ok=self.tr("Override"),
                )
                if typed is None or not typed.strip():
                    self.say(
                        self._not_done(verb, self.tr("an override needs a reason.")),
                        style=WARNING_STYLE,
                    )
                    return None
                reason = typed.strip()
            except RawangiError as error:
                self.say(self._not_done(verb, error_text(error)), error=True)
                return None

    def _not_done(self, verb: str, why: str) -> str:
        """'Not added: …' or 'Not moved: …'."""
        template = self.tr("Not added: {why}") if verb == "added" else self.tr("Not moved: {why}")
        return template.format(why=why)

    def _overrides_only(
        self, violation: RuleViolation, target_id: str, ids: Sequence[str]
    ) -> list[Problem] | None:
        """The override problems behind a refusal, when an override is all it takes."""
        try:
            review = contingents.review_joining(self.db, target_id, ids)
        except RawangiError:
            return None
        pending = review.of(Severity.OVERRIDE)
        codes = {p.code for p in pending}
        if not codes or any(p.code not in codes for p in violation.problems):
            return None
        return pending

    # -- remove and move ---------------------------------------------------------------------

    def remove_selected(self) -> int:
        """Take the selected people out (after a confirmation); how many were removed."""
        ids = self.selected_ids()
        if not ids or self.contingent is None or not self.ui.removeButton.isEnabled():
            return 0
        who = self._name_of(ids) if len(ids) == 1 else _people(len(ids))
        if not dialogs.ask(
            self,
            self.tr("Remove from the contingent?"),
            self.tr("Remove {who} from {code}? Their departures stay in the register.").format(
                who=who, code=self.contingent.code
            ),
            yes=self.tr("Remove"),
            no=self.tr("Keep"),
        ):
            return 0
        try:
            removed = changes.perform(
                contingents.remove_people, self.db, self.actor, self.contingent_id, ids
            )
        except RawangiError as error:
            self.say(self.tr("Not removed: {error}").format(error=error_text(error)), error=True)
            return 0
        self.changed.emit(self.contingent_id)
        self.say(self.tr("Removed {who} from {code}.").format(who=who, code=self.contingent.code))
        return removed

    def move_selected(self) -> int:
        """Move the selected people to another open contingent; how many moved."""
        ids = self.selected_ids()
        source = self.contingent
        if not ids or source is None or not self.ui.moveButton.isEnabled():
            return 0
        choices = [
            listed
            for listed in contingent_rows.listing(self.db, status=OPEN)
            if listed.contingent.id != self.contingent_id
        ]
        if not choices:
            self.say(
                self.tr(
                    "There is no other open contingent. Create one in the Contingents view first."
                ),
                style=WARNING_STYLE,
            )
            return 0
        target_id = choose_contingent(self, source, choices)
        if not target_id:
            return 0
        target = next(c.contingent for c in choices if c.contingent.id == target_id)

        def act(acknowledged: list[str], reason: str) -> int:
            return changes.perform(
                contingents.move_people,
                self.db,
                self.actor,
                self.contingent_id,
                target_id,
                ids,
                acknowledged=acknowledged,
                override_reason=reason,
            )

        moved = self._confirmed(act, target_id, ids, verb="moved")
        if moved is None:
            return 0
        self.changed.emit(self.contingent_id)
        self.changed.emit(target_id)
        self.say(self.tr("Moved {who} to {code}.").format(who=_people(moved), code=target.code))
        return moved

    # -- finalize, reopen, departed --------------------------------------------------------

    def finalize(self) -> None:
        """Ask, then finalize in the background with a progress dialog."""
        contingent = self.contingent
        if contingent is None or self.busy or not self.ui.finalizeButton.isEnabled():
            return
        revision = contingent.revision + 1
        if not dialogs.ask(
            self,
            self.tr("Finalize the contingent?"),
            self.tr(
                "Finalize {code} with {who}? The contingent and its people become read-only, "
                "and manifest revision {revision} is stored for printing."
            ).format(code=contingent.code, who=_people(self.count), revision=revision),
            yes=self.tr("Finalize"),
        ):
            return
        actor, contingent_id = self.actor, self.contingent_id
        self.say(self.tr("Finalizing {code}…").format(code=contingent.code), style=WARNING_STYLE)
        self._start_job(
            title=self.tr("Finalizing"),
            label=self.tr(
                "Building manifest revision {revision} of {code}…\n"
                "This cannot be cancelled: the contingent and its manifest are written together."
            ).format(revision=revision, code=contingent.code),
            work=lambda job, connection: changes.perform(
                contingents.finalize, connection, actor, contingent_id, progress=job.report
            ),
            done=self._finalized,
            failed=lambda _: self._not_done_in_background(self.tr("Not finalized: {error}")),
        )

    def _start_job(
        self,
        *,
        title: str,
        label: str,
        work: Callable[[LongJob, sqlite_utils.Database], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        """Run a change that builds a manifest on a worker, through its own connection, with
        the progress dialog of long jobs; the window is busy until it ends."""
        path = db_path(self.db)

        def run(job: LongJob) -> Any:
            connection = connect(path)  # opened and closed on the worker
            try:
                return work(job, connection)
            finally:
                connection.close()

        job = LongJob(
            self, self.tasks, title=title, label=label, cancellable=False, describe=self._building
        )
        job.cancel_refused.connect(self._cannot_cancel)
        job.finished.connect(lambda result: self._job_over(done, result))
        job.failed.connect(lambda text: self._job_over(failed, text))
        self.job = job
        self.busy = True
        self._update_buttons()
        job.start(run)

    def _job_over(self, then: Callable[[Any], None], answer: Any) -> None:
        self.busy = False
        self._update_buttons()  # the change itself was read when published (changes)
        then(answer)
        self.job = None

    def _building(self, done: int, total: int, _text: str) -> str:
        return self.tr(
            "Building the manifest: {done} of {total} person(s)…\n"
            "This cannot be cancelled: the contingent and its manifest are written together.",
            "",
            total,
        ).format(done=f"{done:,}", total=f"{total:,}")

    def _cannot_cancel(self) -> None:
        self.say(
            self.tr(
                "Finalizing cannot be cancelled once it has started writing; it finishes on its "
                "own in a moment."
            ),
            style=WARNING_STYLE,
        )

    def _not_done_in_background(self, template: str) -> None:
        error = self.job.error if self.job is not None else None
        self.refresh()
        self.say(template.format(error=error_text(error) if error else ""), error=True)

    def _finalized(self, stored: StoredManifest) -> None:
        code = self.contingent.code if self.contingent else ""
        self.changed.emit(self.contingent_id)
        self.say(
            self.tr(
                "Finalized {code}: manifest revision {revision} is stored ({who}). "
                "Open it with Manifest… ({keys})."
            ).format(
                code=code,
                revision=stored.revision,
                who=_people(stored.people),
                keys=_keys("Ctrl+M"),
            )
        )

    def reopen(self) -> bool:
        """Reopen with a reason; True when reopened."""
        contingent = self.contingent
        if contingent is None or not self.ui.reopenButton.isEnabled():
            return False
        reason = ask_reason(
            self,
            self.tr("Reopen {code}").format(code=contingent.code),
            self.tr(
                "Reopening makes manifest revision {revision} superseded (its copies print "
                "stamped SUPERSEDED); finalizing again makes revision {next}. Why is it reopened?"
            ).format(revision=contingent.revision, next=contingent.revision + 1),
            ok=self.tr("Reopen"),
        )
        if reason is None:
            return False
        try:
            changes.perform(
                contingents.reopen, self.db, self.actor, self.contingent_id, reason=reason
            )
        except RawangiError as error:
            self.say(self.tr("Not reopened: {error}").format(error=error_text(error)), error=True)
            return False
        self.changed.emit(self.contingent_id)
        self.say(
            self.tr("Reopened {code}: people can be added, removed and moved again.").format(
                code=contingent.code
            )
        )
        return True

    def mark_departed(self) -> bool:
        """Record who flew and who did not, on a worker (a manifest revision may be built);
        True when it started (with the tasks of tests: when it is done)."""
        contingent = self.contingent
        if contingent is None or not self.ui.departedButton.isEnabled():
            return False
        people = contingent_rows.members(self.db, self.contingent_id)
        no_shows = choose_no_shows(self, contingent, people)
        if no_shows is None:
            return False
        actor, contingent_id = self.actor, self.contingent_id
        self._start_job(
            title=self.tr("Marking departed"),
            label=self.tr("Marking {code} departed…").format(code=contingent.code),
            work=lambda job, connection: changes.perform(
                contingents.mark_departed,
                connection,
                actor,
                contingent_id,
                no_shows=no_shows,
                progress=job.report,
            ),
            done=lambda changed: self._departed(contingent, len(people), no_shows, changed),
            failed=lambda _: self._not_done_in_background(self.tr("Not marked departed: {error}")),
        )
        return True

    def _departed(
        self, contingent: Contingent, people: int, no_shows: dict[str, str], changed: Contingent
    ) -> None:
        self.changed.emit(self.contingent_id)
        flew = people - len(no_shows)
        if no_shows:
            text = self.tr(
                "{code} departed: {who} travelled, {absent} did not; manifest revision "
                "{revision} lists them under “Not travelled”."
            ).format(
                code=contingent.code,
                who=_people(flew),
                absent=f"{len(no_shows):,}",
                revision=changed.revision,
            )
        else:
            text = self.tr("{code} departed: {who} travelled.").format(
                code=contingent.code, who=_people(flew)
            )
        self.say(text)

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
