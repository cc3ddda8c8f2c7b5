"""The manifest window: a stored revision of a contingent's manifest, shown with QtPdf, printed
at the printer's resolution or saved as a PDF file.

The bytes always come from `desktop.services.manifests.manifest_copy`: the preview is not
audited, every print and save is (as a print, or a reprint when that revision was handed out
before). A superseded revision is shown, printed and saved with "SUPERSEDED" across each page.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QWidget,
)

from desktop.core.errors import PermissionDenied, RawangiError
from desktop.core.roles import Action, Actor
from desktop.gui import dialogs
from desktop.gui.forms.ui_manifest_window import Ui_ManifestWindow
from desktop.gui.messages import error_text
from desktop.gui.tasks import Progress, Tasks, reader
from desktop.gui.windows import KeptWindow
from desktop.services import manifests
from desktop.services.access import authorize
from desktop.services.manifests import Printed
from desktop.store import Database
from desktop.store import contingents as contingent_rows
from desktop.store.contingents import StoredManifest
from desktop.store.db import db_path

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
SUPERSEDED_STYLE = (
    "background: #fdecea; color: #8e1b10; border: 1px solid #e6b0aa; padding: 6px; "
    "font-weight: 600;"
)
# A page rendered at 1,200 dpi is about 560 MB of pixels: 600 dpi is sharper than the
# manifest's 7-point type needs and keeps a page near 140 MB at most.
MAX_PRINT_DPI = 600
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


def choose_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The print dialog; True when the person chose Print (tests patch this)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ManifestWindow", "Print the manifest"))
    dialog.setMinMax(1, max(1, printer.toPage()))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage)
    return dialogs.run(dialog)


def choose_save_path(parent: QWidget, suggested: str) -> str:
    """The file chooser for Save as PDF; '' when cancelled (tests patch this)."""
    answer = dialogs.save_file(
        parent,
        QCoreApplication.translate("ManifestWindow", "Save the manifest as PDF"),
        suggested,
        QCoreApplication.translate("ManifestWindow", "PDF files (*.pdf)"),
    )
    return "" if answer is None else str(answer[0])


def write_atomically(path: Path, content: bytes) -> None:
    """Write through `path.partial` and rename, so that a failure never leaves half a file."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


class ManifestWindow(KeptWindow):
    """Preview, print and save one contingent's stored manifest revisions (supervisors only)."""

    geometry_key = "manifest_window"
    default_size = QSize(1180, 860)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        contingent_id: str,
        parent: QWidget | None = None,
        *,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.actor = actor
        self.contingent_id = contingent_id
        self.tasks = tasks
        self.ui = Ui_ManifestWindow()
        self.ui.setupUi(self)
        self.view: QPdfView = self.ui.pdfView
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.shown: Printed | None = None  # the copy on screen
        self.revisions: list[StoredManifest] = []
        self.permitted = True
        self._buffer: QBuffer | None = None
        self._wanted = 0  # the revision being read; a late answer for another one is dropped
        self._set_up()
        self.restore_geometry()
        try:
            # Checked here, on the window's own connection, so that a refusal is logged.
            authorize(db, actor, Action.PRINT_MANIFEST)
        except PermissionDenied as refusal:
            self._refuse(str(refusal))
            return
        self.reload()

    # -- set-up ----------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        keys: list[tuple[QAbstractButton, tuple[str, ...], str, Callable[[], object]]] = [
            (ui.firstButton, ("Ctrl+Home",), self.tr("First page"), self.first_page),
            (ui.previousButton, ("PgUp",), self.tr("Previous page"), self.previous_page),
            (ui.nextButton, ("PgDown",), self.tr("Next page"), self.next_page),
            (ui.lastButton, ("Ctrl+End",), self.tr("Last page"), self.last_page),
            (ui.zoomOutButton, ("Ctrl+-",), self.tr("Zoom out"), self.zoom_out),
            (ui.zoomInButton, ("Ctrl+=", "Ctrl++"), self.tr("Zoom in"), self.zoom_in),
            (ui.fitWidthButton, ("Ctrl+0",), self.tr("Fit the page to the window's width"),
             self.fit_width),
            (ui.printButton, ("Ctrl+P",),
             self.tr("Print this revision at the printer's resolution (recorded in the audit "
                     "log)"),
             self.print_manifest),
            (ui.saveButton, ("Ctrl+Shift+S",),
             self.tr("Save this revision as a PDF file (recorded in the audit log)"),
             self.save_pdf),
        ]  # fmt: skip
        for button, shortcuts, tip, handler in keys:
            shown = QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({shown})")
            button.clicked.connect(lambda _=False, act=handler: act())
            for sequence in shortcuts:
                # Through the button, so that a disabled button ignores its keys too.
                QShortcut(QKeySequence(sequence), self, button.click)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W and Ctrl+F4
        ui.revisionCombo.setToolTip(self.tr("Every stored revision; superseded ones print stamped"))
        ui.revisionCombo.activated.connect(lambda _: self._revision_chosen())
        ui.supersededLabel.setStyleSheet(SUPERSEDED_STYLE)
        ui.supersededLabel.hide()
        ui.pageLabel.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(
                self.tr("Page {page} of {count}").format(page="0000", count="0000")
            )
        )
        ui.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ui.zoomLabel.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000%"))
        ui.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.pageNavigator().currentPageChanged.connect(lambda _: self._update_controls())
        self.document.statusChanged.connect(lambda _: self._document_changed())
        self.view.zoomFactorChanged.connect(lambda _: self._update_controls())
        self.view.zoomModeChanged.connect(lambda _: self._update_controls())
        self._update_controls()

    def _refuse(self, message: str) -> None:
        """Not a supervisor: say so and show nothing of the manifest."""
        self.permitted = False
        for widget in (self.view, self.ui.revisionCombo, self.ui.revisionLabel):
            widget.hide()
        for index in range(self.ui.toolLayout.count()):
            item = self.ui.toolLayout.itemAt(index).widget()
            if item is not None:
                item.hide()
        self.ui.manifestLayout.addStretch()
        self.say(
            self.tr("{refusal} Ask a supervisor to preview, print or save the manifest.").format(
                refusal=message
            ),
            error=True,
        )
        self.setWindowTitle(self.tr("Manifest — not allowed"))
        self.resize(560, 120)

    # -- revisions -------------------------------------------------------------------------

    def reload(self, revision: int | None = None) -> None:
        """Read the stored revisions again and show one (the current one by default)."""
        if not self.permitted:
            return
        try:
            contingent = contingent_rows.get(self.db, self.contingent_id)
            self.revisions = manifests.revisions(self.db, self.contingent_id)
        except RawangiError as error:
            self.say(str(error), error=True)
            return
        if contingent is None:
            self.say(self.tr("This contingent no longer exists."), error=True)
            return
        self.code = contingent.code
        self.current_revision = contingent.revision
        combo = self.ui.revisionCombo
        combo.clear()
        for stored in self.revisions:
            combo.addItem(self.revision_text(stored), stored.revision)
            combo.setItemData(
                combo.count() - 1, self.revision_tip(stored), Qt.ItemDataRole.ToolTipRole
            )
        if not self.revisions:
            self.setWindowTitle(self.tr("Manifest — {code}").format(code=contingent.code))
            self.say(
                self.tr(
                    "{code} has no manifest yet: a supervisor finalizes the contingent to store "
                    "revision 1."
                ).format(code=contingent.code),
                error=True,
            )
            self._update_controls()
            return
        wanted = revision or contingent.revision or self.revisions[0].revision
        self.show_revision(wanted)

    def revision_text(self, stored: StoredManifest) -> str:
        """How the revision chooser names a revision."""
        text = (
            self.tr("Revision {revision} (superseded) · {count} person(s)", "", stored.people)
            if stored.superseded
            else self.tr("Revision {revision} (current) · {count} person(s)", "", stored.people)
        )
        return text.format(revision=stored.revision, count=f"{stored.people:,}")

    def revision_tip(self, stored: StoredManifest) -> str:
        when = stored.generated_at[:16].replace("T", " ")
        tip = self.tr("Generated {when} UTC by {user}").format(when=when, user=stored.generated_by)
        if stored.superseded:
            tip += f"\n{manifests.superseded_note(stored)}"
        return tip

    def revision_items(self) -> list[str]:
        """The revision chooser's entries, as read on screen."""
        combo = self.ui.revisionCombo
        return [combo.itemText(i) for i in range(combo.count())]

    def _revision_chosen(self) -> None:
        revision = self.ui.revisionCombo.currentData()
        if revision is not None and (self.shown is None or revision != self.shown.revision):
            self.show_revision(int(revision))

    def stored(self, revision: int) -> StoredManifest | None:
        return next((m for m in self.revisions if m.revision == revision), None)

    def show_revision(self, revision: int) -> None:
        """Show a stored revision (read in the background when the window has tasks)."""
        self._wanted = revision
        combo = self.ui.revisionCombo
        combo.setCurrentIndex(max(0, combo.findData(revision)))
        path = db_path(self.db)
        actor, contingent_id = self.actor, self.contingent_id
        if self.tasks is None or not path:
            try:
                copy = manifests.manifest_copy(
                    self.db, actor, contingent_id, revision=revision, purpose="preview"
                )
            except RawangiError as error:
                self._failed(error)
                return
            self._loaded(copy)
            return
        self.say(self.tr("Reading revision {revision}…").format(revision=revision))

        def read() -> Printed:
            # A worker reads through its own read-only connection; a preview writes nothing.
            return manifests.manifest_copy(
                reader(path), actor, contingent_id, revision=revision, purpose="preview"
            )

        self.tasks.run(read, self._loaded, self._failed)

    def _loaded(self, copy: Printed) -> None:
        if copy.revision != self._wanted:
            return  # another revision was chosen meanwhile
        old = self._buffer
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(copy.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.shown = copy
        stored = self.stored(copy.revision)
        if copy.superseded and stored is not None:
            self.ui.supersededLabel.setText(
                self.tr(
                    "Revision {revision} is superseded (on {date}: {reason}). Every copy of it is "
                    "stamped SUPERSEDED; the current revision is {current}."
                ).format(
                    revision=copy.revision,
                    date=stored.superseded_at[:10],
                    reason=stored.superseded_reason,
                    current=self.current_revision,
                )
            )
            self.ui.supersededLabel.show()
        else:
            self.ui.supersededLabel.hide()
        title = (
            self.tr("Manifest — {code} revision {revision} (superseded)")
            if copy.superseded
            else self.tr("Manifest — {code} revision {revision}")
        )
        self.setWindowTitle(title.format(code=copy.code, revision=copy.revision))
        self.say("")
        self.go_to(0)
        self._update_controls()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, RawangiError):
            raise error
        self.say(str(error), error=True)
        self._update_controls()

    # -- pages and zoom --------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self.shown is not None else 0

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def page_text(self) -> str:
        return self.ui.pageLabel.text()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count:
            self.view.pageNavigator().jump(max(0, min(page, count - 1)), QPointF(), 0)
        self._update_controls()

    def first_page(self) -> None:
        self.go_to(0)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def last_page(self) -> None:
        self.go_to(self.page_count() - 1)

    def zoom(self) -> float:
        """The scale on screen (1.0 = the page's size in points at the screen's resolution)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return float(self.view.zoomFactor())
        page = self.document.pagePointSize(max(0, self.current_page()))
        dpi = self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        return max(width / (page.width() * dpi), 0.01) if page.width() else 1.0

    def _set_zoom(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(low, min(high, factor)))
        self._update_controls()

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def _document_changed(self) -> None:
        # The document also reports while it is being destroyed with the window.
        if shiboken6.isValid(self.document):
            self._update_controls()

    def _update_controls(self) -> None:
        ui = self.ui
        count = self.page_count()
        page = self.current_page() if count else -1
        ui.pageLabel.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count)
            if count
            else self.tr("No pages")
        )
        ui.firstButton.setEnabled(count > 0 and page > 0)
        ui.previousButton.setEnabled(count > 0 and page > 0)
        ui.nextButton.setEnabled(count > 0 and page < count - 1)
        ui.lastButton.setEnabled(count > 0 and page < count - 1)
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        ui.zoomLabel.setText(f"{self.zoom():.0%}" if count else "")
        for button in (ui.zoomInButton, ui.zoomOutButton, ui.fitWidthButton):
            button.setEnabled(count > 0)
        ui.fitWidthButton.setEnabled(count > 0 and not fitting)
        ready = self.shown is not None and self.permitted
        ui.printButton.setEnabled(ready)
        ui.saveButton.setEnabled(ready)

    # -- print and save --------------------------------------------------------------------

    def _printer_for(self, copy: Printed, pages: int) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{copy.code} manifest revision {copy.revision}")
        printer.setCreator("Rawangi")
        # The manifest's own margins are part of the page: lay the page out edge to edge.
        printer.setFullPage(True)
        size = self.document.pagePointSize(0)
        if size.width() > 0:
            landscape = size.width() > size.height()
            page_size = QPageSize(
                QSize(
                    round(min(size.width(), size.height())), round(max(size.width(), size.height()))
                ),
                "",
                QPageSize.SizeMatchPolicy.FuzzyMatch,
            )
            orientation = (
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
            printer.setPageSize(page_size)
            printer.setPageOrientation(orientation)
        # The dialog offers "pages from … to …" within the manifest's own pages.
        printer.setFromTo(1, pages)
        printer.setPrintRange(QPrinter.PrintRange.AllPages)
        return printer

    def print_manifest(self) -> bool:
        """Choose a printer, then print the revision shown; True when it went to the printer."""
        if self.shown is None or not self.page_count():
            return False
        shown = self.shown
        count = self.page_count()
        printer = self._printer_for(shown, count)
        if not choose_printer(self, printer):
            self.say(self.tr("Not printed."))
            return False
        painter = QPainter()
        if not painter.begin(printer):
            self.say(
                self.tr(
                    "The printer could not start. Check that it is switched on and connected, "
                    "then print again."
                ),
                error=True,
            )
            return False
        try:
            copy = manifests.manifest_copy(
                self.db, self.actor, self.contingent_id, revision=shown.revision, purpose="print"
            )
        except RawangiError as error:
            printer.abort()
            painter.end()
            self.say(error_text(error), error=True)
            return False
        pages = self._chosen_pages(printer, count)
        try:
            self._render(painter, printer, copy, pages)
        finally:
            painter.end()
        sent = (
            self.tr(
                "Sent {code} revision {revision} to the printer ({count} page); the audit log "
                "records the print."
            )
            if len(pages) == 1
            else self.tr(
                "Sent {code} revision {revision} to the printer ({count} pages); the audit log "
                "records the print."
            )
        )
        self.say(sent.format(code=copy.code, revision=copy.revision, count=len(pages)))
        return True

    def _chosen_pages(self, printer: QPrinter, count: int) -> list[int]:
        """The pages the print dialog asked for, counted from 0."""
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            return [max(0, self.current_page())]
        first, last = printer.fromPage(), printer.toPage()
        if chosen != QPrinter.PrintRange.PageRange or first <= 0 or last <= 0:
            return list(range(count))
        return list(range(first - 1, min(last, count)))

    def _render(
        self, painter: QPainter, printer: QPrinter, copy: Printed, pages: list[int]
    ) -> None:
        """Draw each page as an image at the printer's resolution (capped at MAX_PRINT_DPI)."""
        document = QPdfDocument(self)
        buffer = QBuffer(document)
        buffer.setData(QByteArray(copy.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        # Painting stays on the GUI thread; the progress dialog of long jobs shows its steps
        # (pages already sent cannot be taken back: no Cancel).
        progress = Progress(
            self,
            title=self.tr("Printing the manifest"),
            label=self.tr("Printing…"),
            cancellable=False,
        )
        try:
            for done, page in enumerate(pages):
                progress.report(
                    done,
                    len(pages),
                    self.tr("Printing page {page} ({done} of {count})…").format(
                        page=page + 1, done=done + 1, count=len(pages)
                    ),
                )
                if done:
                    printer.newPage()
                points = document.pagePointSize(page)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(page, pixels)
                target = painter.viewport()
                scaled = pixels.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                rect = QRect(target.topLeft(), scaled)
                # QtPdf renders on a transparent background; paper is white.
                painter.fillRect(rect, Qt.GlobalColor.white)
                painter.drawImage(rect, image)
        finally:
            progress.end()
            document.close()
            document.deleteLater()

    def suggested_name(self) -> str:
        if self.shown is None:
            return "manifest.pdf"
        state = "-superseded" if self.shown.superseded else ""
        return f"{self.shown.code}-rev{self.shown.revision}{state}.pdf"

    def save_pdf(self) -> Path | None:
        """Choose a file and write the revision shown to it; the written path, or None."""
        if self.shown is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / self.suggested_name())
        chosen = choose_save_path(self, suggested)
        if not chosen:
            self.say(self.tr("Not saved."))
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            copy = manifests.manifest_copy(
                self.db,
                self.actor,
                self.contingent_id,
                revision=self.shown.revision,
                purpose="save",
            )
        except RawangiError as error:
            self.say(error_text(error), error=True)
            return None
        try:
            write_atomically(path, copy.pdf)
        except OSError as error:
            reason = error.strerror or str(error)
            self.say(
                self.tr(
                    "Could not save {path}: {reason}. Choose another folder (one you may write "
                    "to, with free space) and save again."
                ).format(path=path, reason=reason),
                error=True,
            )
            return None
        self.say(
            self.tr("Saved {code} revision {revision} to {path}.").format(
                code=copy.code, revision=copy.revision, path=path
            )
        )
        return path

    # -- messages and the window -----------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text()

    @property
    def keeps_geometry(self) -> bool:  # a refused window is not placed, nor kept
        return self.permitted
