"""The contingent window's people actions: add (typed, scanned or chosen), remove, move."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import services
from desktop.core import cnic as cnic_rules
from desktop.core import mrz
from desktop.core.contingent import OPEN
from desktop.core.departure import RECORDED
from desktop.core.errors import (
    RawangiError,
    RuleViolation,
    ValidationError,
    WarningsNotAcknowledged,
)
from desktop.core.roles import Action, allowed
from desktop.core.rules import Problem, Severity
from desktop.core.search import Kind, classify
from desktop.gui import changes, dialogs
from desktop.gui.contingent_window.common import (
    _MRZ_LINE,
    DONE_STYLE,
    ERROR_STYLE,
    WARNING_STYLE,
    WindowPart,
    _people,
)
from desktop.gui.contingent_window.questions import ask_reason, choose_contingent
from desktop.gui.messages import error_text, problem_text, said
from desktop.services import contingents
from desktop.store import contingents as contingent_rows
from desktop.store import register


class PeopleActions(WindowPart):
    """Adding, removing and moving the contingent's people (a part of ContingentWindow)."""

    # What else of the window these actions use.
    _scanned_line: str

    if TYPE_CHECKING:

        def message(self) -> str: ...
        def selected_ids(self) -> list[str]: ...

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
                QCoreApplication.translate(
                    "ContingentWindow", "Passport strip: line 1 read, waiting for line 2…"
                ),
                WARNING_STYLE,
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
                QCoreApplication.translate(
                    "ContingentWindow", "Type a CNIC or passport number, or scan the passport."
                ),
                WARNING_STYLE,
            )
            return 0
        if term.kind is Kind.CNIC and not term.exact:
            self._add_says(
                QCoreApplication.translate(
                    "ContingentWindow", "Type the whole CNIC: 13 digits, e.g. 35202-1234567-1."
                ),
                WARNING_STYLE,
            )
            return 0
        if term.kind is Kind.NAME:
            self._add_says(
                QCoreApplication.translate(
                    "ContingentWindow",
                    "Type a CNIC or passport number, or scan the passport. To add people by "
                    "name, select them in the Register and add them from there.",
                ),
                WARNING_STYLE,
            )
            return 0
        described = (
            QCoreApplication.translate("ContingentWindow", "CNIC {number}")
            if term.kind is Kind.CNIC
            else QCoreApplication.translate("ContingentWindow", "passport no. {number}")
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
        described = QCoreApplication.translate(
            "ContingentWindow", "{given_names} {surname}, passport {passport_no}"
        ).format(
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
                QCoreApplication.translate(
                    "ContingentWindow",
                    "Nobody with {described} is recorded. Record the departure first (Departure "
                    "tab), then add it here.",
                ).format(described=described),
                ERROR_STYLE,
            )
            return 0
        name = f"{row['given_names']} {row['surname']}".strip()
        if row["contingent_id"] == self.contingent_id:
            self._add_says(
                QCoreApplication.translate(
                    "ContingentWindow", "{name} is already in this contingent."
                ).format(name=name),
                WARNING_STYLE,
            )
            return 0
        added = self.add_departures([str(row["id"])])
        if added:
            self._add_says(
                QCoreApplication.translate("ContingentWindow", "Added {name}.").format(name=name),
                DONE_STYLE,
            )
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
            self.say(
                QCoreApplication.translate(
                    "ContingentWindow", "They are already in this contingent."
                ),
                style=WARNING_STYLE,
            )
        else:
            self.say(
                QCoreApplication.translate("ContingentWindow", "Added {name}.").format(
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
                    QCoreApplication.translate("ContingentWindow", "Go ahead despite the warning?"),
                    QCoreApplication.translate("ContingentWindow", "Please check this first:"),
                    details=[problem_text(p) for p in warning.problems],
                    yes=QCoreApplication.translate("ContingentWindow", "Go ahead"),
                    no=QCoreApplication.translate("ContingentWindow", "Go back"),
                ):
                    self.say(
                        self._not_done(
                            verb,
                            QCoreApplication.translate(
                                "ContingentWindow", "the warning was not confirmed."
                            ),
                        ),
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
                            QCoreApplication.translate(
                                "ContingentWindow",
                                "{problems} A supervisor must override this with a reason: "
                                "ask one to sign in and do it.",
                            ).format(problems=" ".join(problem_text(p) for p in pending)),
                        ),
                        error=True,
                    )
                    return None
                typed = ask_reason(
                    self,
                    QCoreApplication.translate("ContingentWindow", "Override needed"),
                    QCoreApplication.translate(
                        "ContingentWindow",
                        "This does not fit the contingent. As a supervisor you may override it; "
                        "your reason is kept in the audit log.",
                    ),
                    details=[problem_text(p) for p in pending],
                    ok=QCoreApplication.translate("ContingentWindow", "Override"),
                )
                if typed is None or not typed.strip():
                    self.say(
                        self._not_done(
                            verb,
                            QCoreApplication.translate(
                                "ContingentWindow", "an override needs a reason."
                            ),
                        ),
                        style=WARNING_STYLE,
                    )
                    return None
                reason = typed.strip()
            except RawangiError as error:
                self.say(self._not_done(verb, error_text(error)), error=True)
                return None

    def _not_done(self, verb: str, why: str) -> str:
        """'Not added: …' or 'Not moved: …'."""
        template = (
            QCoreApplication.translate("ContingentWindow", "Not added: {why}")
            if verb == "added"
            else QCoreApplication.translate("ContingentWindow", "Not moved: {why}")
        )
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
            QCoreApplication.translate("ContingentWindow", "Remove from the contingent?"),
            QCoreApplication.translate(
                "ContingentWindow",
                "Remove {who} from {code}? Their departures stay in the register.",
            ).format(who=who, code=self.contingent.code),
            yes=QCoreApplication.translate("ContingentWindow", "Remove"),
            no=QCoreApplication.translate("ContingentWindow", "Keep"),
        ):
            return 0
        try:
            removed = changes.perform(
                contingents.remove_people, self.db, self.actor, self.contingent_id, ids
            )
        except RawangiError as error:
            self.say(
                QCoreApplication.translate("ContingentWindow", "Not removed: {error}").format(
                    error=error_text(error)
                ),
                error=True,
            )
            return 0
        self.changed.emit(self.contingent_id)
        self.say(
            QCoreApplication.translate("ContingentWindow", "Removed {who} from {code}.").format(
                who=who, code=self.contingent.code
            )
        )
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
                QCoreApplication.translate(
                    "ContingentWindow",
                    "There is no other open contingent. Create one in the Contingents view first.",
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
        self.say(
            QCoreApplication.translate("ContingentWindow", "Moved {who} to {code}.").format(
                who=_people(moved), code=target.code
            )
        )
        return moved
