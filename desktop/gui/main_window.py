"""The main window: the views of the desk, the menus and the status bar."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from desktop import __version__
from desktop.core.roles import Actor
from desktop.gui import dialogs, settings
from desktop.gui.departure_form import DepartureForm
from desktop.store import settings as office_settings
from desktop.store.db import db_path


class MainWindow(QMainWindow):
    """Rawangi's one main window."""

    painted = Signal()

    def __init__(self, db: sqlite_utils.Database, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.setWindowTitle(f"Rawangi — {actor.office}")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.departure_form = DepartureForm(db, actor, self)
        self.departure_form.saved.connect(self._saved)
        self.tabs.addTab(self.departure_form, "&Departure")
        self._menus()
        self._status_bar()
        if not settings.restore_geometry(self, "main_window"):
            self.resize(1180, 780)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        new_departure = QAction("&New departure", self)
        new_departure.setShortcut(QKeySequence("Ctrl+N"))
        new_departure.triggered.connect(self.show_new_departure)
        file_menu.addAction(new_departure)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Rawangi", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        for action in (new_departure, quit_action):
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")

    def _status_bar(self) -> None:
        offices = dict(office_settings.offices(self.db))
        office = f"Office {self.actor.office} — {offices.get(self.actor.office, '')}"
        self.office_label = QLabel(office)
        self.db_label = QLabel(f"Database: {db_path(self.db) or 'in memory'}")
        self.user_label = QLabel(f"User: {self.actor.name} ({self.actor.role.value})")
        for label in (self.office_label, self.user_label, self.db_label):
            self.statusBar().addPermanentWidget(label)

    def show_new_departure(self) -> None:
        self.tabs.setCurrentWidget(self.departure_form)
        self.departure_form.new()

    def _saved(self, departure: object) -> None:
        self.statusBar().showMessage("Saved.", 5000)

    def show_about(self) -> None:
        dialogs.inform(
            self,
            "About Rawangi",
            f"Rawangi {__version__}\nDatabase: {db_path(self.db)}",
        )

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_geometry(self, "main_window")
        super().closeEvent(event)
