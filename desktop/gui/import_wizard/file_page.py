"""The wizard's first page: choose the list and read it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWizardPage

from desktop.core.errors import PermissionDenied, RawangiError
from desktop.core.roles import Action, require
from desktop.gui.forms.ui_import_wizard_file import Ui_ImportWizardFilePage
from desktop.gui.import_wizard.common import (
    ERROR_STYLE,
    OK_STYLE,
    _Job,
    choose_file,
    columns_text,
    rows_text,
)
from desktop.services import importing
from desktop.services.importing import Source

if TYPE_CHECKING:
    from desktop.gui.import_wizard.wizard import ImportWizard


class FilePage(QWizardPage):
    """1. Choose the list; it is read on a worker."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.ui = Ui_ImportWizardFilePage()
        self.ui.setupUi(self)
        self._job = _Job()
        self.ui.browseButton.setToolTip(self.tr("Choose the list file (Alt+R)"))
        self.ui.pathEdit.setToolTip(self.tr("The list to import: a .csv or .xlsx file"))
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.pathEdit.returnPressed.connect(self.read)
        self.ui.pathEdit.textChanged.connect(lambda _: self.completeChanged.emit())
        self._say(
            self.tr(
                "Rawangi recognizes the usual English headers (Name, Father Name, CNIC, PP No, "
                "Country…) and remembers how you matched a list's columns for the next list "
                "laid out the same way. Nothing is written until the last page."
            )
        )
        try:
            require(owner.actor, Action.IMPORT_LIST)
        except PermissionDenied as refusal:
            # The services refuse it too; saying so first spares the mapping work.
            self.ui.pathEdit.setEnabled(False)
            self.ui.browseButton.setEnabled(False)
            self._say(
                self.tr("{refusal} Ask a clerk or a supervisor to import the list.").format(
                    refusal=refusal
                ),
                ERROR_STYLE,
            )

    def _say(self, text: str, style: str = "") -> None:
        self.ui.fileMessage.setStyleSheet(style)
        self.ui.fileMessage.setText(text)

    def path(self) -> Path | None:
        text = self.ui.pathEdit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        chosen = choose_file(self)
        if chosen is not None:
            self.ui.pathEdit.setText(str(chosen))
            self.read()

    def read(self) -> None:
        """Read the named file on a worker; its rows and columns, or why not, appear below."""
        path = self.path()
        if path is None:
            self._say(
                self.tr("Type the path of a list, or choose Browse… to find it."), ERROR_STYLE
            )
            return
        if not self.ui.pathEdit.isEnabled():
            return
        self._job.drop()
        job = self._job = _Job()
        self.owner.set_source(None)
        self._say(self.tr("Reading {name}…").format(name=path.name))
        self.owner.tasks.run(
            lambda: importing.read_source(path),
            lambda found: self._read(job, found),
            lambda error: self._failed(job, error),
        )

    def _read(self, job: _Job, source: Source) -> None:
        if not job.current:
            return
        self.owner.set_source(source)
        headers = ", ".join(source.headers[:8]) + (", …" if len(source.headers) > 8 else "")
        self._say(
            self.tr(
                "{name}: {rows} and {columns} found ({headers}). Choose Next to match its columns."
            ).format(
                name=source.name,
                rows=rows_text(len(source.rows)),
                columns=columns_text(len(source.headers)),
                headers=headers,
            ),
            OK_STYLE,
        )
        self.completeChanged.emit()

    def _failed(self, job: _Job, error: BaseException) -> None:
        if not job.current:
            return
        if not isinstance(error, RawangiError):
            raise error  # a bug: the crash handler shows and logs it
        self._say(self.tr("{error} Choose another file.").format(error=error), ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        source = self.owner.source
        return source is not None and source.path == self.path()

    def validatePage(self) -> bool:
        return self.isComplete()
