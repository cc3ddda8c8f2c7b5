"""Headquarters bundles from the window: an office exports its records, headquarters imports them.

Each asks for a file (through `choose_export_file` / `choose_bundle_file`, which tests patch),
then works on a worker with its own database connection while a progress dialog names the
step; Cancel stops it and nothing is kept. The result is reported in words.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop import services
from desktop.core import clock
from desktop.core.errors import Cancelled, RawangiError
from desktop.core.roles import Action, Actor
from desktop.gui import changes, dialogs
from desktop.gui.export_dialog import documents_folder
from desktop.gui.tasks import Tasks
from desktop.services import bundles
from desktop.services.access import authorize
from desktop.store.db import connect, db_path

# Translated when shown (context "bundle_dialogs").
BUNDLE_FILTER = QT_TRANSLATE_NOOP("bundle_dialogs", "Rawangi bundle (*.zip)")
EXPORT_TITLE = QT_TRANSLATE_NOOP("bundle_dialogs", "Export for headquarters")
IMPORT_TITLE = QT_TRANSLATE_NOOP("bundle_dialogs", "Import an office's bundle")


def _tr(text: str) -> str:
    return QCoreApplication.translate("bundle_dialogs", text)


PROGRESS_DELAY_MS = 500

# What a worker runs: (report the step, cancelled?) -> the result to describe.
Work = Callable[[Callable[[str], object], Callable[[], bool]], Any]


def choose_export_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to write the bundle (tests patch this); None when the person cancels."""
    answer = dialogs.save_file(parent, _tr(EXPORT_TITLE), suggested, _tr(BUNDLE_FILTER))
    if answer is None:
        return None
    path = answer[0]
    return path if path.suffix else path.with_name(path.name + ".zip")


def choose_bundle_file(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask which bundle to import (tests patch this); None when the person cancels."""
    every_file = QCoreApplication.translate("bundle_dialogs", "All files (*)")
    return dialogs.open_file(
        parent, _tr(IMPORT_TITLE), folder, f"{_tr(BUNDLE_FILTER)};;{every_file}"
    )


class _Relay(QObject):
    """Carries the worker's step names to the GUI thread."""

    step = Signal(str)


class BundleJob(QObject):
    """One export or import on a worker, with its progress dialog; reports how it ended."""

    finished = Signal(object)  # the service's result (bundles.Made or bundles.Imported)
    failed = Signal(str)  # why not (also when cancelled)

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        label: str,
        work: Work,
        describe: Callable[[Any], str],
        tasks: Tasks,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.work = work
        self.describe = describe
        self.tasks = tasks
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.step.connect(self._show_step)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setMinimumWidth(420)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self.tasks.run(self._run, self._finished, self._failed)

    def cancel(self) -> None:
        """Stop at the next check; nothing is kept."""
        self._cancel.set()
        self.progress.setLabelText(self.tr("Cancelling…"))

    def _run(self) -> Any:
        # On a worker thread: no widgets, only the relay's signal.
        return self.work(self._relay.step.emit, self._cancel.is_set)

    def _show_step(self, text: str) -> None:
        if not self._cancel.is_set():
            self.progress.setLabelText(text)

    def _end(self) -> None:
        # Closing a progress dialog counts as Cancel: let go of it first.
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
        self.deleteLater()  # signals still reach whoever listens now

    def _finished(self, result: Any) -> None:
        self._end()
        dialogs.inform(self.parent_widget, self.title, self.describe(result))
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, Cancelled):
            self.failed.emit(str(error))
            return
        if not isinstance(error, RawangiError):
            raise error  # a bug: the crash handler shows and logs it
        dialogs.inform(self.parent_widget, self.title, str(error), error=True)
        self.failed.emit(str(error))


def _own_connection_work(db: sqlite_utils.Database, job: Callable[..., Any]) -> Work:
    """Run `job(db, progress=, cancelled=)` on the worker's own connection to the same file."""
    path = db_path(db)

    def work(progress: Callable[[str], object], cancelled: Callable[[], bool]) -> Any:
        own = connect(path) if path else db
        try:
            return job(own, progress=progress, cancelled=cancelled)
        finally:
            if own is not db:
                own.close()

    return work


def _started(
    parent: QWidget,
    db: sqlite_utils.Database,
    tasks: Tasks,
    *,
    title: str,
    label: str,
    job: Callable[..., Any],
    describe: Callable[[Any], str],
) -> BundleJob:
    """Start `job` on a worker's own connection, with its progress dialog."""
    started = BundleJob(
        parent,
        title=title,
        label=label,
        work=_own_connection_work(db, job),
        describe=describe,
        tasks=tasks,
    )
    started.start()
    return started


def _allowed(
    parent: QWidget, db: sqlite_utils.Database, actor: Actor, action: Action, title: str
) -> bool:
    """Refuse before asking for a file (the refusal is logged like any other)."""
    try:
        authorize(db, actor, action)
    except RawangiError as error:
        dialogs.inform(parent, title, str(error), error=True)
        return False
    return True


def describe_export(made: bundles.Made) -> str:
    """The result of an export, in words."""
    counts = made.info.counts
    values = {
        "office": made.info.office,
        "path": made.path,
        "departures": f"{counts['departures']:,}",
        "contingents": f"{counts['contingents']:,}",
        "manifests": f"{counts['manifests']:,}",
        "audit": f"{counts['audit']:,}",
        "since": made.info.since,
    }
    if made.info.since:
        return QCoreApplication.translate(
            "bundle_dialogs",
            "Wrote the bundle of {office} to {path}: {departures} departures, {contingents} "
            "contingents, {manifests} manifests and {audit} audit rows changed since {since}. "
            "Send this file to headquarters as it is.",
        ).format(**values)
    return QCoreApplication.translate(
        "bundle_dialogs",
        "Wrote the bundle of {office} to {path}: {departures} departures, {contingents} "
        "contingents, {manifests} manifests and {audit} audit rows. Send this file to "
        "headquarters as it is.",
    ).format(**values)


def describe_import(imported: bundles.Imported) -> str:
    """The result of an import, in words, and what its seal does not prove."""
    note = QCoreApplication.translate(
        "bundle_dialogs",
        "The seal shows that the bundle was not damaged on its way; it does not show who made "
        "it. Anyone can change a bundle and seal it again until bundles are signed with the "
        "office's key, so import only bundles that reached you from the office itself.",
    )
    return "\n".join([*imported.lines(seal_note=False), "", note])


def export_bundle(
    parent: QWidget, db: sqlite_utils.Database, actor: Actor, tasks: Tasks
) -> BundleJob | None:
    """Ask for a file, then write this office's bundle to it; None when not asked to."""
    if not _allowed(parent, db, actor, Action.EXPORT_BUNDLE, _tr(EXPORT_TITLE)):
        return None
    office = services.office_code(db)
    suggested = documents_folder() / f"rawangi-bundle-{office}-{clock.today().isoformat()}.zip"
    path = choose_export_file(parent, suggested)
    if path is None:
        return None

    def job(own: sqlite_utils.Database, **options: Any) -> bundles.Made:
        return bundles.export_bundle(own, actor, path, **options)

    label = QCoreApplication.translate("bundle_dialogs", "Writing the bundle {name}…")
    return _started(
        parent,
        db,
        tasks,
        title=_tr(EXPORT_TITLE),
        label=label.format(name=path.name),
        job=job,
        describe=describe_export,
    )


def import_bundle(
    parent: QWidget, db: sqlite_utils.Database, actor: Actor, tasks: Tasks
) -> BundleJob | None:
    """Ask for a bundle file, then check it and merge it into this database."""
    if not _allowed(parent, db, actor, Action.IMPORT_BUNDLE, _tr(IMPORT_TITLE)):
        return None
    path = choose_bundle_file(parent, documents_folder())
    if path is None:
        return None

    def job(own: sqlite_utils.Database, **options: Any) -> bundles.Imported:
        return changes.perform(bundles.import_bundle, own, actor, path, **options)

    label = QCoreApplication.translate("bundle_dialogs", "Checking {name}…")
    return _started(
        parent,
        db,
        tasks,
        title=_tr(IMPORT_TITLE),
        label=label.format(name=path.name),
        job=job,
        describe=describe_import,
    )
