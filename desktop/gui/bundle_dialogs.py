"""Headquarters bundles from the window: an office exports its records, headquarters imports them.

Each asks for a file (through `choose_export_file` / `choose_bundle_file`, which tests patch);
an office with a certified key is asked the key's passphrase (`PassphraseDialog`) so that the
bundle is signed. Then each works on a worker with its own database connection while a
progress dialog names the step; Cancel stops it and nothing is kept. The result is reported
in words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import services
from desktop.core import clock
from desktop.core.errors import Cancelled, RawangiError
from desktop.core.roles import Action, Actor
from desktop.gui import changes, dialogs
from desktop.gui.export_dialog import documents_folder
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.signing_session import session
from desktop.gui.tasks import LongJob, Tasks
from desktop.services import bundles, signing
from desktop.services.access import authorize
from desktop.store import Database
from desktop.store.db import connect_again, db_path
from desktop.trust.seals import Signer

# Translated when shown (context "bundle_dialogs").
BUNDLE_FILTER = QT_TRANSLATE_NOOP("bundle_dialogs", "Rawangi bundle (*.zip)")
EXPORT_TITLE = QT_TRANSLATE_NOOP("bundle_dialogs", "Export for headquarters")
IMPORT_TITLE = QT_TRANSLATE_NOOP("bundle_dialogs", "Import an office's bundle")
ERROR_STYLE = "color: #b00020;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("bundle_dialogs", text)


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


def office_signer(parent: QWidget, db: Database) -> tuple[bool, Signer | None]:
    """The session's office key when this office has a certified one (its passphrase asked once a
    session, as for manifests and slips): (go on?, the signer or None).

    An office without one exports unsigned (said in the result); Cancel stops the export.
    """
    if not signing.has_certificate(signing.key_place(db)):
        return True, None
    go_on, opened = session.signer(parent, db)
    if not go_on:
        return False, None
    return True, None if opened is None else Signer(opened.key, opened.certificate)


class BundleJob(LongJob):
    """One export or import on a worker, with its progress dialog; reports how it ended."""

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
        super().__init__(
            parent, tasks, title=title, label=label, stops=(Cancelled,), failed_title=title
        )
        self.work = work
        self.describe_result = describe
        self.finished.connect(self._done)

    def start(self, work: Any = None) -> LongJob:
        # On a worker thread: no widgets; the steps are named through `step`.
        return super().start(work or (lambda job: self.work(job.step, job.is_cancelled)))

    def _done(self, result: Any) -> None:
        dialogs.inform(self.parent_widget, self.title, self.describe_result(result))


def _own_connection_work(db: Database, job: Callable[..., Any]) -> Work:
    """Run `job(db, progress=, cancelled=)` on the worker's own connection to the same file."""
    path = db_path(db)

    def work(progress: Callable[[str], object], cancelled: Callable[[], bool]) -> Any:
        own = connect_again(path) if path else db
        try:
            return job(own, progress=progress, cancelled=cancelled)
        finally:
            if own is not db:
                own.close()

    return work


def _started(
    parent: QWidget,
    db: Database,
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


def _allowed(parent: QWidget, db: Database, actor: Actor, action: Action, title: str) -> bool:
    """Refuse before asking for a file (the refusal is logged like any other)."""
    try:
        authorize(db, actor, action)
    except RawangiError as error:
        dialogs.inform(parent, title, str(error), error=True)
        return False
    return True


def describe_export(made: bundles.Made, signer: Signer | None = None) -> str:
    """The result of an export, in words, and whether it is signed."""
    if signer is not None:
        signed = QCoreApplication.translate(
            "bundle_dialogs", "It is signed with the key {kid} of {office}."
        ).format(kid=signer.kid, office=made.info.office)
    else:
        signed = QCoreApplication.translate(
            "bundle_dialogs",
            "It is not signed: this office has no certified key yet, and headquarters will "
            "refuse it. An admin sets the key up with `rawangi keys init`.",
        )
    return f"{_wrote(made)}\n\n{signed}"


def _wrote(made: bundles.Made) -> str:
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
    """The result of an import, in words, and what its seal and signature prove."""
    checked = imported.signature
    if checked is None:
        note = QCoreApplication.translate(
            "bundle_dialogs",
            "The seal shows that the bundle was not damaged on its way; it does not show who "
            "made it. This bundle is not signed with an office's key: anyone can change it and "
            "seal it again, so import it only if it reached you from the office itself.",
        )
    elif checked.trusted:
        note = QCoreApplication.translate(
            "bundle_dialogs", "Signed by {whose}, key {kid}, certified by headquarters."
        ).format(whose=checked.whose, kid=checked.kid)
    else:
        note = QCoreApplication.translate(
            "bundle_dialogs",
            "Signed by {whose}, key {kid}. Its signature was checked against the certificate "
            "it carries, not against headquarters' trust list: it shows the bundle was not "
            "changed since it was signed, not who signed it.",
        ).format(whose=checked.whose, kid=checked.kid)
    return "\n".join([*imported.lines(seal_note=False), "", note])


def export_bundle(parent: QWidget, db: Database, actor: Actor, tasks: Tasks) -> BundleJob | None:
    """Ask for a file, then write this office's bundle to it; None when not asked to."""
    if not _allowed(parent, db, actor, Action.EXPORT_BUNDLE, _tr(EXPORT_TITLE)):
        return None
    office = services.office_code(db)
    suggested = documents_folder() / f"rawangi-bundle-{office}-{clock.today().isoformat()}.zip"
    path = choose_export_file(parent, suggested)
    if path is None:
        return None
    go_on, signer = office_signer(parent, db)
    if not go_on:
        return None

    def job(own: Database, **options: Any) -> bundles.Made:
        return bundles.export_bundle(own, actor, path, signer=signer, **options)

    label = QCoreApplication.translate("bundle_dialogs", "Writing the bundle {name}…")
    return _started(
        parent,
        db,
        tasks,
        title=_tr(EXPORT_TITLE),
        label=label.format(name=path.name),
        job=job,
        describe=lambda made: describe_export(made, signer),
    )


def import_bundle(parent: QWidget, db: Database, actor: Actor, tasks: Tasks) -> BundleJob | None:
    """Ask for a bundle file, then check it and merge it into this database."""
    if not _allowed(parent, db, actor, Action.IMPORT_BUNDLE, _tr(IMPORT_TITLE)):
        return None
    path = choose_bundle_file(parent, documents_folder())
    if path is None:
        return None

    def job(own: Database, **options: Any) -> bundles.Imported:
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
