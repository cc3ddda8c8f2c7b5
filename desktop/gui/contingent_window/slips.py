"""The contingent window's departure slips: for everyone who travels or the selected people,
signed with the office's key, built and saved on a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import RawangiError
from desktop.gui import dialogs
from desktop.gui.contingent_window.common import WARNING_STYLE, WindowPart, _people
from desktop.gui.export_dialog import documents_folder
from desktop.gui.messages import error_text
from desktop.gui.signing_session import session
from desktop.gui.tasks import LongJob, Tasks
from desktop.services import signing, slips
from desktop.store.db import connect_again, db_path

if TYPE_CHECKING:
    from desktop.services.slips import PrintedSlips


class ContingentSlips(WindowPart):
    """Print slips… (a part of ContingentWindow)."""

    tasks: Tasks
    busy: bool
    slips_job: LongJob | None

    if TYPE_CHECKING:

        def selected_ids(self) -> list[str]: ...
        def _update_buttons(self) -> None: ...

    def print_slips(self) -> Path | None:
        """Ask where, then build and save the slips on a worker: of the selected people, or of
        everyone who travels. The file's path once started (with the tasks of tests: done)."""
        contingent = self.contingent
        if contingent is None or self.busy or not self.ui.slipsButton.isEnabled():
            return None
        chosen = self.selected_ids() or None
        try:
            signs = slips.signs(signing.key_place(self.db))
        except RawangiError as error:
            self.say(
                QCoreApplication.translate("ContingentWindow", "No slips printed: {error}").format(
                    error=error_text(error)
                ),
                True,
            )
            return None
        # The one key of the session: asked once, for manifests and slips alike.
        go_on, opened = session.signer(self, self.db) if signs else (True, None)
        if not go_on:
            self.say(
                QCoreApplication.translate(
                    "ContingentWindow",
                    "No slips printed: the slips are signed with the office's key.",
                )
            )
            return None
        if not signs and not dialogs.ask(
            self,
            QCoreApplication.translate("ContingentWindow", "Print unsigned slips?"),
            QCoreApplication.translate(
                "ContingentWindow",
                "This office has no certified signing key yet, so the slips print UNSIGNED: "
                "without a QR code, they cannot be verified at the airport. An admin sets the "
                "key up (rawangi keys init, then keys import). Print them unsigned?",
            ),
            yes=QCoreApplication.translate("ContingentWindow", "Print unsigned"),
        ):
            return None
        suffix = "" if chosen is None else f"-{len(chosen)}"
        answer = dialogs.save_file(
            self,
            QCoreApplication.translate("ContingentWindow", "Save the departure slips"),
            documents_folder() / f"{contingent.code}-slips{suffix}.pdf",
            QCoreApplication.translate("ContingentWindow", "PDF files (*.pdf)"),
        )
        if answer is None:
            return None
        target = answer[0]
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        actor, code, path = self.actor, contingent.code, db_path(self.db)

        def work(job: LongJob) -> PrintedSlips:
            from desktop.gui.manifest_window import write_atomically

            connection = connect_again(path)  # a file or the server; closed on the worker
            try:
                from desktop.trust.seals import Signer

                signer = Signer(opened.key, opened.certificate) if opened else None
                printed = slips.slips_pdf(
                    connection, actor, code, chosen, signer, progress=job.report
                )
            finally:
                connection.close()
            try:
                write_atomically(target, printed.pdf)
            except OSError as error:
                raise _NotSaved(target, error) from None
            return printed

        job = LongJob(
            self,
            self.tasks,
            title=QCoreApplication.translate("ContingentWindow", "Departure slips"),
            label=QCoreApplication.translate(
                "ContingentWindow", "Building the departure slips of {code}…"
            ).format(code=code),
            cancellable=False,
            describe=lambda done, total, _text: QCoreApplication.translate(
                "ContingentWindow", "Building the departure slips: {done} of {total}…"
            ).format(done=f"{done:,}", total=f"{total:,}"),
            stops=(_NotSaved,),
        )
        job.finished.connect(lambda printed: self._slips_done(printed, target))
        job.failed.connect(self._slips_failed)
        self.slips_job = job
        self.busy = True
        self._update_buttons()
        self.say(
            QCoreApplication.translate(
                "ContingentWindow", "Building the departure slips of {code}…"
            ).format(code=code),
            style=WARNING_STYLE,
        )
        job.start(work)
        return target

    def _slips_done(self, printed: PrintedSlips, target: Path) -> None:
        self.busy = False
        self.slips_job = None
        self._update_buttons()
        sheets = -(-printed.people // 4)
        if printed.signed:
            text = QCoreApplication.translate(
                "ContingentWindow",
                "Saved the signed departure slips of {who} of {code} to {path} "
                "(A4 pages: {sheets}, each cut in four).",
            )
        else:
            text = QCoreApplication.translate(
                "ContingentWindow",
                "Saved the UNSIGNED departure slips of {who} of {code} to {path} "
                "(A4 pages: {sheets}, each cut in four).",
            )
        self.say(
            text.format(who=_people(printed.people), code=printed.code, sheets=sheets, path=target)
        )

    def _slips_failed(self, message: str) -> None:
        self.busy = False
        error = self.slips_job.error if self.slips_job is not None else None
        self.slips_job = None
        self._update_buttons()
        if isinstance(error, _NotSaved):
            message = QCoreApplication.translate(
                "ContingentWindow",
                "Could not save {path}: {reason}. Choose another folder (one you may write to, "
                "with free space) and print again.",
            ).format(path=error.path, reason=error.reason)
        elif error is not None:
            message = error_text(error)
        self.say(
            QCoreApplication.translate("ContingentWindow", "No slips printed: {error}").format(
                error=message
            ),
            True,
        )


class _NotSaved(RawangiError):
    """The slips were built but the file could not be written."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.reason = error.strerror or str(error)
        super().__init__(f"Could not save {path}: {self.reason}.")
