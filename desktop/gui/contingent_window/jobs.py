"""The contingent window's supervisor actions: finalize (in the background), reopen, departed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.core.contingent import Contingent
from desktop.core.errors import RawangiError
from desktop.gui import changes, dialogs
from desktop.gui.contingent_window.common import WARNING_STYLE, WindowPart, _keys, _people
from desktop.gui.contingent_window.questions import ask_reason, choose_no_shows
from desktop.gui.messages import error_text
from desktop.gui.signing_session import session, unsigned_note
from desktop.gui.tasks import LongJob, Tasks
from desktop.services import contingents
from desktop.store import Database
from desktop.store import contingents as contingent_rows
from desktop.store.contingents import StoredManifest
from desktop.store.db import connect_again, db_path


class ContingentJobs(WindowPart):
    """Finalizing, reopening and marking departed (a part of ContingentWindow)."""

    # What else of the window these actions use.
    tasks: Tasks
    count: int
    busy: bool
    job: LongJob | None

    if TYPE_CHECKING:

        def refresh(self, *, in_place: bool = False) -> None: ...
        def _update_buttons(self) -> None: ...
        def _building(self, done: int, total: int, _text: str) -> str: ...

    # -- finalize, reopen, departed --------------------------------------------------------

    def finalize(self) -> None:
        """Ask, then finalize in the background with a progress dialog."""
        contingent = self.contingent
        if contingent is None or self.busy or not self.ui.finalizeButton.isEnabled():
            return
        revision = contingent.revision + 1
        if not dialogs.ask(
            self,
            QCoreApplication.translate("ContingentWindow", "Finalize the contingent?"),
            QCoreApplication.translate(
                "ContingentWindow",
                "Finalize {code} with {who}? The contingent and its people become read-only, "
                "and manifest revision {revision} is stored for printing.",
            ).format(code=contingent.code, who=_people(self.count), revision=revision),
            yes=QCoreApplication.translate("ContingentWindow", "Finalize"),
        ):
            return
        go_on, signed = self._signing()
        if not go_on:
            return
        actor, contingent_id = self.actor, self.contingent_id
        self.say(
            QCoreApplication.translate("ContingentWindow", "Finalizing {code}…").format(
                code=contingent.code
            ),
            style=WARNING_STYLE,
        )
        self._start_job(
            title=QCoreApplication.translate("ContingentWindow", "Finalizing"),
            label=QCoreApplication.translate(
                "ContingentWindow",
                "Building manifest revision {revision} of {code}…\n"
                "This cannot be cancelled: the contingent and its manifest are written together.",
            ).format(revision=revision, code=contingent.code),
            work=lambda job, connection: changes.perform(
                contingents.finalize,
                connection,
                actor,
                contingent_id,
                progress=job.report,
                **signed,
            ),
            done=self._finalized,
            failed=lambda _: self._not_done_in_background(
                QCoreApplication.translate("ContingentWindow", "Not finalized: {error}")
            ),
        )

    def _signing(self) -> tuple[bool, dict[str, Any]]:
        """Whether to go on, and the office's key for a manifest made now (asked once per
        session); no key: unsigned, and the result says so."""
        go_on, signer = session.signer(self, self.db)
        if not go_on:
            self.say(
                QCoreApplication.translate(
                    "ContingentWindow",
                    "Nothing was done: the manifest is signed with the office's key, whose "
                    "passphrase was not given.",
                ),
                style=WARNING_STYLE,
            )
        return go_on, ({"signing": signer} if signer is not None else {})

    def _start_job(
        self,
        *,
        title: str,
        label: str,
        work: Callable[[LongJob, Database], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        """Run a change that builds a manifest on a worker, through its own connection, with
        the progress dialog of long jobs; the window is busy until it ends."""
        path = db_path(self.db)

        def run(job: LongJob) -> Any:
            connection = connect_again(path)  # opened and closed on the worker
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

    def _cannot_cancel(self) -> None:
        self.say(
            QCoreApplication.translate(
                "ContingentWindow",
                "Finalizing cannot be cancelled once it has started writing; it finishes on its "
                "own in a moment.",
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
            QCoreApplication.translate(
                "ContingentWindow",
                "Finalized {code}: manifest revision {revision} is stored ({who}). "
                "Open it with Manifest… ({keys}).",
            ).format(
                code=code,
                revision=stored.revision,
                who=_people(stored.people),
                keys=_keys("Ctrl+M"),
            )
            + self._signed_or_not()
        )

    def _signed_or_not(self) -> str:
        note = unsigned_note(self.db)
        if note:
            return " " + note
        return " " + QCoreApplication.translate(
            "ContingentWindow", "It is signed with the office's key."
        )

    def reopen(self) -> bool:
        """Reopen with a reason; True when reopened."""
        contingent = self.contingent
        if contingent is None or not self.ui.reopenButton.isEnabled():
            return False
        reason = ask_reason(
            self,
            QCoreApplication.translate("ContingentWindow", "Reopen {code}").format(
                code=contingent.code
            ),
            QCoreApplication.translate(
                "ContingentWindow",
                "Reopening makes manifest revision {revision} superseded (its copies print "
                "stamped SUPERSEDED); finalizing again makes revision {next}. Why is it reopened?",
            ).format(revision=contingent.revision, next=contingent.revision + 1),
            ok=QCoreApplication.translate("ContingentWindow", "Reopen"),
        )
        if reason is None:
            return False
        try:
            changes.perform(
                contingents.reopen, self.db, self.actor, self.contingent_id, reason=reason
            )
        except RawangiError as error:
            self.say(
                QCoreApplication.translate("ContingentWindow", "Not reopened: {error}").format(
                    error=error_text(error)
                ),
                error=True,
            )
            return False
        self.changed.emit(self.contingent_id)
        self.say(
            QCoreApplication.translate(
                "ContingentWindow", "Reopened {code}: people can be added, removed and moved again."
            ).format(code=contingent.code)
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
        signed: dict[str, Any] = {}
        if no_shows:  # a new revision is made: it is signed as finalizing signs
            go_on, signed = self._signing()
            if not go_on:
                return False
        actor, contingent_id = self.actor, self.contingent_id
        self._start_job(
            title=QCoreApplication.translate("ContingentWindow", "Marking departed"),
            label=QCoreApplication.translate("ContingentWindow", "Marking {code} departed…").format(
                code=contingent.code
            ),
            work=lambda job, connection: changes.perform(
                contingents.mark_departed,
                connection,
                actor,
                contingent_id,
                no_shows=no_shows,
                progress=job.report,
                **signed,
            ),
            done=lambda changed: self._departed(contingent, len(people), no_shows, changed),
            failed=lambda _: self._not_done_in_background(
                QCoreApplication.translate("ContingentWindow", "Not marked departed: {error}")
            ),
        )
        return True

    def _departed(
        self, contingent: Contingent, people: int, no_shows: dict[str, str], changed: Contingent
    ) -> None:
        self.changed.emit(self.contingent_id)
        flew = people - len(no_shows)
        if no_shows:
            text = (
                QCoreApplication.translate(
                    "ContingentWindow",
                    "{code} departed: {who} travelled, {absent} did not; manifest revision "
                    "{revision} lists them under “Not travelled”.",
                ).format(
                    code=contingent.code,
                    who=_people(flew),
                    absent=f"{len(no_shows):,}",
                    revision=changed.revision,
                )
                + self._signed_or_not()
            )
        else:
            text = QCoreApplication.translate(
                "ContingentWindow", "{code} departed: {who} travelled."
            ).format(code=contingent.code, who=_people(flew))
        self.say(text)
