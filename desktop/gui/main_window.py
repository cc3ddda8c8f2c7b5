"""The main window: the views of the desk, the menus and the status bar."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from desktop import __version__, services
from desktop.core.errors import RawangiError
from desktop.core.roles import Actor
from desktop.gui import dialogs, settings
from desktop.gui.departure_form import DepartureForm
from desktop.gui.register_view import RegisterView
from desktop.gui.tasks import Tasks
from desktop.store import settings as office_settings
from desktop.store.db import db_path


class MainWindow(QMainWindow):
    """Rawangi's one main window."""

    def __init__(self, db: sqlite_utils.Database, actor: Actor, tasks: Tasks | None = None) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.tasks = tasks or Tasks(parent=self)
        self.setWindowTitle(f"Rawangi — {actor.office}")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.register_view = RegisterView(db, actor, self.tasks, self)
        self.register_view.open_requested.connect(self.open_departure)
        self.departure_form = DepartureForm(db, actor, self)
        self.departure_form.saved.connect(self._saved)
        self.departure_form.open_requested.connect(self.open_departure)
        self.tabs.addTab(self.register_view, "&Register")
        self.tabs.addTab(self.departure_form, "&Departure")
        self.views = {"register": self.register_view, "departure": self.departure_form}
        self.show_view(settings.get("ui/last_view"))
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
        view_menu = self.menuBar().addMenu("&View")
        for number, (name, text) in enumerate(
            (("register", "&Register"), ("departure", "&Departure form")), start=1
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, name=name: self.show_view(name))
            action.setToolTip(f"Show the {text.replace('&', '').lower()} (Ctrl+{number})")
            view_menu.addAction(action)
        find = QAction("&Find…", self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.find)
        view_menu.addAction(find)
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

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.views.get(name, self.register_view))

    def current_view(self) -> str:
        widget = self.tabs.currentWidget()
        return next(name for name, view in self.views.items() if view is widget)

    def find(self) -> None:
        self.show_view("register")
        self.register_view.focus_search()

    def open_departure(self, departure_id: str) -> None:
        """Open a departure in the form (from the register or a duplicate's message)."""
        try:
            departure = services.get_departure(self.db, departure_id)
        except RawangiError as error:
            dialogs.inform(self, "Cannot open the departure", str(error), error=True)
            return
        self.departure_form.load(departure)
        self.show_view("departure")
        self.departure_form.ui.surnameEdit.setFocus()

    def show_new_departure(self) -> None:
        self.tabs.setCurrentWidget(self.departure_form)
        self.departure_form.new()

    def _saved(self, departure: object) -> None:
        self.statusBar().showMessage("Saved.", 5000)
        self.register_view.refresh()

    def show_about(self) -> None:
        dialogs.inform(
            self,
            "About Rawangi",
            f"Rawangi {__version__}\nDatabase: {db_path(self.db)}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_geometry(self, "main_window")
        settings.put("ui/last_view", self.current_view())
        super().closeEvent(event)
