"""The departure form's unsaved typing, kept on disk every few seconds (`desktop.store.drafts`)
so that a power cut or a crash does not lose it; offered back at the next sign-in."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core import clock
from desktop.gui.departure_form import DepartureForm
from desktop.store import drafts
from desktop.store.db import data_dir
from desktop.store.drafts import Draft

log = logging.getLogger("rawangi.gui")

INTERVAL_MS = 2000  # a power cut loses at most the last two seconds of typing


def drafts_folder() -> Path:
    """The drafts of every user of this PC, in the platform's data folder."""
    return data_dir() / "drafts"


class FormDrafts(QObject):
    """Writes the form's draft while it holds unsaved typing, and removes it once it does not.

    Only a draft written by this object is removed by it when the form is clean; a draft left by
    an earlier run stays until it is offered, then taken back or discarded.
    """

    failed = Signal(str)  # why a draft could not be written (a full disk, no permission)

    def __init__(self, form: DepartureForm, database: str, user: str, parent: QObject) -> None:
        super().__init__(parent)
        self.form = form
        self.database = database
        self.path = self._path_for(user)
        self._written: Draft | None = None  # what this object last wrote
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.keep)
        if self.path is not None:
            self.timer.start()

    def _path_for(self, user: str) -> Path | None:
        # An in-memory database has nothing to come back to after a crash.
        return drafts.draft_path(drafts_folder(), self.database, user) if self.database else None

    def _draft(self) -> Draft:
        current = self.form.current
        return Draft(dict(self.form.values()), str(current.id) if current else None)

    def keep(self) -> None:
        """Write the form's typing if it changed since the last write; forget a draft of ours
        once the form holds nothing unsaved."""
        if self.path is None:
            return
        if not self.form.is_dirty():
            if self._written is not None:
                self.discard()
            return
        draft = self._draft()
        if draft == self._written:
            return
        try:
            drafts.write_draft(self.path, replace(draft, saved_at=clock.utc_stamp()))
        except OSError as error:
            log.warning("the form's draft could not be written: %s", error.strerror)
            if not self._failing:
                self._failing = True
                self.failed.emit(str(error.strerror or error))
            return
        self._failing = False
        self._written = draft

    def pending(self) -> Draft | None:
        """A draft left for this user on this database (by a crash, a power cut, a lock)."""
        return drafts.read_draft(self.path) if self.path is not None else None

    def discard(self) -> None:
        """Forget the draft: it was saved, or the person chose to discard it."""
        self._written = None
        if self.path is None:
            return
        try:
            drafts.remove_draft(self.path)
        except OSError as error:
            log.warning("the form's draft could not be removed: %s", error.strerror)

    def switch_user(self, user: str) -> None:
        """Another person signs in: what the form holds now is no longer theirs to keep."""
        self._written = None
        self.path = self._path_for(user)

    def stop(self) -> None:
        self.timer.stop()
