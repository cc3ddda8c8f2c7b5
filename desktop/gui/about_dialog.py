"""Help > About: the version, where the data is, the audit head hash, the licences."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QWidget

from desktop import __version__, resources
from desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from desktop.gui.windows import KeptDialog
from desktop.store import Database, audit
from desktop.store.db import db_path
from desktop.store.engine import is_server


class AboutDialog(KeptDialog):
    """What is installed, where its data lives, and under which licences it is shipped."""

    def __init__(self, db: Database, backup_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.head = audit.head(db)
        self.ui.iconLabel.setPixmap(QIcon(str(resources.path("icons/rawangi.png"))).pixmap(64))
        self.ui.titleLabel.setText(
            "<b style='font-size:15pt'>Rawangi {version}</b><br>{what}".format(
                version=html.escape(__version__),
                what=html.escape(
                    self.tr(
                        "Departures, contingents and manifests of an overseas-employment field "
                        "office."
                    )
                ),
            )
        )
        facts = (
            (self.tr("Version"), __version__),
            *self._where(db, backup_folder),
            (self.tr("Audit head hash"), self.head),
        )
        rows = "".join(
            f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in facts
        )
        note = self.tr(
            "Keep the head hash to prove later that no recent audit rows were removed: "
            "rawangi audit verify --expect-head HASH"
        )
        self.ui.factsText.setHtml(f"<table>{rows}</table><p>{html.escape(note)}</p>")
        self.ui.licencesText.setPlainText(
            resources.path("licences.txt").read_text(encoding="utf-8")
            + "\n\n"
            + resources.path("fonts/OFL.txt").read_text(encoding="utf-8")
        )
        self.ui.copyHeadButton.setToolTip(self.tr("Put the audit head hash on the clipboard"))
        self.ui.copyHeadButton.clicked.connect(self.copy_head)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _where(self, db: Database, backup_folder: Path) -> list[tuple[str, str]]:
        if is_server(db):
            return [
                (self.tr("Office server"), db_path(db)),
                (self.tr("Database"), db.name),
                (
                    self.tr("Backups"),
                    self.tr("on the server: rawangi backup (PostgreSQL's pg_dump)"),
                ),
            ]
        return [
            (self.tr("Database"), db_path(db) or self.tr("in memory")),
            (self.tr("Backup folder"), str(backup_folder)),
        ]

    def copy_head(self) -> None:
        QGuiApplication.clipboard().setText(self.head)

    def facts_text(self) -> str:
        return self.ui.factsText.toPlainText()

    def licences(self) -> str:
        return self.ui.licencesText.toPlainText()
