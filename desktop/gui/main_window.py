"""The main window: the views of the desk, the menus, the status bar and the lock screen."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import warnings
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import services
from desktop.core.errors import RawangiError
from desktop.core.roles import Action, Actor, allowed
from desktop.gui import bundle_dialogs, dialogs, export_dialog, user_settings
from desktop.gui.about_dialog import AboutDialog
from desktop.gui.audit_window import AuditWindow
from desktop.gui.backups_window import BackupsWindow
from desktop.gui.contingents_view import ContingentsView
from desktop.gui.dashboard import DashboardWindow
from desktop.gui.departure_form import DepartureForm
from desktop.gui.drafts import FormDrafts
from desktop.gui.import_wizard.wizard import ImportWizard
from desktop.gui.language import role_text
from desktop.gui.messages import error_text
from desktop.gui.register_view import RegisterView
from desktop.gui.settings_dialog import SettingsDialog
from desktop.gui.sign_in import IdleWatcher, LockScreen
from desktop.gui.sign_out import LockAndSignOut
from desktop.gui.tasks import Tasks, close_readers
from desktop.gui.users_window import UsersWindow
from desktop.gui.verify_window import VerifyWindow
from desktop.gui.windows import KeptMainWindow
from desktop.services import backups, office
from desktop.services import contingents as services_contingents
from desktop.store import Database, health, office_settings
from desktop.store import contingents as contingent_rows
from desktop.store.backup import default_folder as default_backup_folder
from desktop.store.db import connect as store_connect
from desktop.store.db import db_path, gate

log = logging.getLogger("rawangi.gui")

STATUS_MS = 10_000  # how long a word in the status bar stays

# The role an action of the menus needs (DESIGN.md "Roles"); the others are for everyone. An
# action a role may not use is left out of its menus, and its shortcut says why in the status bar.
ACTION_RULES: dict[str, Action] = {
    "new_departure": Action.RECORD_DEPARTURE,
    "departure": Action.RECORD_DEPARTURE,
    "import": Action.IMPORT_LIST,
    "export": Action.EXPORT_DATA,
    "export_contingent": Action.EXPORT_DATA,
    "export_bundle": Action.EXPORT_BUNDLE,
    "import_bundle": Action.IMPORT_BUNDLE,
    "new_contingent": Action.MANAGE_CONTINGENT,
    "add_to_contingent": Action.MANAGE_CONTINGENT,
    "audit": Action.VIEW_AUDIT,
    "backups": Action.TAKE_BACKUP,
    "users": Action.MANAGE_USERS,
}
# What each menu lists, in order (None: a separator), for the roles that may use the actions.
MENUS: dict[str, tuple[str | None, ...]] = {
    "file": (
        "new_departure",
        None,
        "import",
        "export",
        "export_contingent",
        None,
        "export_bundle",
        "import_bundle",
        None,
        "settings",
        "lock",
        "sign_out",
        "quit",
    ),
    "view": ("register", "departure", "contingents", "find", "dashboard"),
    "contingent": ("new_contingent", "add_to_contingent"),
    "admin": ("audit", "backups", "users"),
    "tools": ("verify",),
    "help": ("about",),
}


def local_time(stamp: str) -> str:
    """A stored UTC moment (2026-03-01T04:30:00Z) in this PC's time, to the minute."""
    try:
        moment = dt.datetime.fromisoformat(stamp.removesuffix("Z")).replace(tzinfo=dt.UTC)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class MainWindow(LockAndSignOut, KeptMainWindow):
    """Rawangi's one main window."""

    geometry_key = "main_window"
    default_size = QSize(1366, 800)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: Tasks | None = None,
        *,
        read_only_reason: str | None = None,
        backup_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.read_only_reason = read_only_reason
        self.backup_folder = backup_folder or default_backup_folder()
        self.tasks = tasks or Tasks(parent=self)
        self.windows: dict[str, QWidget] = {}
        self._jobs: list[object] = []  # background jobs with their progress dialogs, kept alive
        self.restart_requested = False
        self.closing_without_questions = False
        self.signed_out = False  # after File > Sign out, until the next person signs in
        self._build(db, actor)
        if read_only_reason:
            self.say(self.tr("Read-only: {reason}").format(reason=read_only_reason))
        last_view = user_settings.get("ui/last_view")
        self.show_view(last_view if self._may_show(last_view) else "register")
        idle_minutes = float(office.office_settings(db).idle_minutes)
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()
        self.restore_geometry()
        self.drafts = FormDrafts(self.departure_form, db_path(db), actor.name, self)
        self.drafts.failed.connect(self._draft_failed)
        # Offered once the window is up, not from inside the constructor.
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.timeout.connect(self.offer_draft)
        self._offer_timer.start(0)

    def _build(self, db: Database, actor: Actor) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.lock_screen = LockScreen(db, self)
        self.lock_screen.signed_in.connect(self._signed_in_again)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs)
        self.content = content
        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.register_view = RegisterView(db, actor, self.tasks, self)
        self.register_view.open_requested.connect(self.open_departure)
        self.departure_form = DepartureForm(db, actor, self)
        self.departure_form.saved.connect(self._saved)
        self.departure_form.open_requested.connect(self.open_departure)
        # The form's own New button asks first too, as File > New does.
        new_button = self.departure_form.ui.newButton
        with warnings.catch_warnings(), contextlib.suppress(RuntimeError):
            warnings.simplefilter("ignore")  # nothing connected yet: nothing to take off
            new_button.clicked.disconnect()
        new_button.clicked.connect(lambda _=False: self.show_new_departure())
        self.contingents_view = ContingentsView(db, actor, self.tasks, self)
        self.tabs.addTab(self.register_view, self.tr("Register"))
        self.tabs.addTab(self.departure_form, self.tr("Departure"))
        self.tabs.addTab(self.contingents_view, self.tr("Contingents"))
        self.views = {
            "register": self.register_view,
            "departure": self.departure_form,
            "contingents": self.contingents_view,
        }
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # hides QWidget.actions()
        self._handlers: dict[str, Callable[[], object]] = {}
        self.menus: dict[str, QMenu] = {}
        self._menus()
        self._status_bar()
        self._apply_role()

    # -- menus -------------------------------------------------------------------------------

    def _action(
        self, key: str, text: str, shortcut: str, handler: Callable[[], object], tip: str
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({keys})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: self._trigger(key))
        self.addAction(action)  # its shortcut works also while its menu leaves it out
        self.actions[key] = action
        self._handlers[key] = handler
        return action

    def _trigger(self, key: str) -> None:
        """Run an action, or say in the status bar why it does nothing now."""
        if self.is_locked() and key != "quit":
            self.statusBar().showMessage(self.tr("Rawangi is locked: sign in first."), STATUS_MS)
            return
        refusal = self.refusal(key)
        if refusal:
            self.statusBar().showMessage(refusal, STATUS_MS)
            return
        self._handlers[key]()

    def refusal(self, key: str) -> str:
        """Why this user's role may not use an action ('' when it may)."""
        rule = ACTION_RULES.get(key)
        if rule is None or allowed(self.actor, rule):
            return ""
        shortcut = self.actions[key].shortcut()
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr("{keys} does nothing for {name} ({role}): {reason}").format(
            keys=keys or self.actions[key].text().replace("&", ""),
            name=self.actor.name,
            role=role_text(self.actor.role.value),
            reason=self._reason(rule),
        )

    def _reason(self, rule: Action) -> str:
        reasons = {
            Action.RECORD_DEPARTURE: self.tr("only clerks and supervisors record departures."),
            Action.IMPORT_LIST: self.tr("only clerks and supervisors import lists."),
            Action.EXPORT_BUNDLE: self.tr(
                "only supervisors and admins export headquarters bundles."
            ),
            Action.IMPORT_BUNDLE: self.tr(
                "only supervisors and admins import headquarters bundles."
            ),
            Action.MANAGE_CONTINGENT: self.tr(
                "only clerks and supervisors create contingents and put people in them."
            ),
            Action.VIEW_AUDIT: self.tr("only supervisors and admins browse the audit log."),
            Action.TAKE_BACKUP: self.tr("only supervisors and admins see the backups."),
            Action.MANAGE_USERS: self.tr("only admins manage users."),
        }
        return reasons.get(rule, "")

    def _menus(self) -> None:
        bar = self.menuBar()
        for key, title in (
            ("file", self.tr("&File")),
            ("view", self.tr("&View")),
            ("contingent", self.tr("&Contingent")),
            ("admin", self.tr("&Administration")),
            # No Alt letter: every letter of "Tools" is taken by the Register view's buttons.
            ("tools", self.tr("Tools")),
            ("help", self.tr("&Help")),
        ):
            self.menus[key] = bar.addMenu(title)
        self.admin_menu = self.menus["admin"]
        self._action(
            "new_departure",
            self.tr("&New departure"),
            "Ctrl+N",
            self.show_new_departure,
            self.tr("Clear the form for a new person"),
        )
        self._action(
            "import",
            self.tr("&Import list…"),
            "Ctrl+I",
            self.import_list,
            self.tr("Check a CSV or XLSX list of selected candidates and import its valid rows"),
        )
        self._action(
            "export",
            self.tr("&Export register…"),
            "Ctrl+E",
            self.export_register,
            self.tr("Save the departures the register's filter shows as CSV or XLSX"),
        )
        self._action(
            "export_contingent",
            self.tr("Export &contingent…"),
            "Ctrl+Shift+E",
            self.export_contingent,
            self.tr("Save the people of the contingent selected in the Contingents view"),
        )
        self._action(
            "export_bundle",
            self.tr("Export &headquarters bundle…"),
            "Ctrl+Shift+H",
            self.export_bundle,
            self.tr("One file with this office's records for headquarters (supervisors, admins)"),
        )
        self._action(
            "import_bundle",
            self.tr("Import headquarters &bundle…"),
            "Ctrl+Shift+I",
            self.import_bundle,
            self.tr("Merge an office's bundle into this database (supervisors, admins)"),
        )
        self._action(
            "settings",
            self.tr("S&ettings…"),
            "Ctrl+,",
            self.show_settings,
            self.tr("Language of this PC; the office's idle lock, passport and manifest settings"),
        )
        self._action(
            "lock",
            self.tr("&Lock screen"),
            "Ctrl+L",
            self.lock,
            self.tr("Hide the window until you sign in again"),
        )
        self._action(
            "sign_out",
            self.tr("Sign &out"),
            "Ctrl+Shift+L",
            self.sign_out,
            self.tr("End your session and let another person sign in, without closing Rawangi"),
        )
        self._action("quit", self.tr("&Quit"), "Ctrl+Q", self.close, self.tr("Close Rawangi"))
        self._action(
            "register",
            self.tr("&Register"),
            "Ctrl+1",
            lambda: self.show_view("register"),
            self.tr("Show the register of departures"),
        )
        self._action(
            "departure",
            self.tr("&Departure form"),
            "Ctrl+2",
            lambda: self.show_view("departure"),
            self.tr("Show the departure form"),
        )
        self._action(
            "contingents",
            self.tr("&Contingents"),
            "Ctrl+3",
            lambda: self.show_view("contingents"),
            self.tr("Show the contingents: people who leave together"),
        )
        self._action(
            "find",
            self.tr("&Find…"),
            "Ctrl+F",
            self.find,
            self.tr("Search by CNIC, passport no. or name"),
        )
        self._action(
            "dashboard",
            self.tr("Das&hboard"),
            "Ctrl+4",
            self.show_dashboard,
            self.tr("Departures by office, destination, trade, channel and month"),
        )
        self._action(
            "new_contingent",
            self.tr("&New contingent…"),
            "Ctrl+Shift+N",
            self._new_contingent,
            self.tr("Create a contingent for a flight"),
        )
        self._action(
            "add_to_contingent",
            self.tr("&Add selected departure to a contingent…"),
            "Ctrl+Shift+C",
            self.add_selected_to_contingent,
            self.tr("Put the departure selected in the register into an open contingent"),
        )
        self._action(
            "audit",
            self.tr("&Audit log…"),
            "Ctrl+Shift+A",
            self.show_audit,
            self.tr("Browse who did what and check the audit chain"),
        )
        self._action(
            "backups",
            self.tr("&Backups…"),
            "Ctrl+Shift+B",
            self.show_backups,
            self.tr("Take a verified backup now, see the backups, restore one (admins)"),
        )
        self._action(
            "users",
            self.tr("&Users…"),
            "Ctrl+Shift+U",
            self.show_users,
            self.tr("Add users, set roles, reset passwords, unlock accounts"),
        )
        self._action(
            "verify",
            self.tr("&Verify a document…"),
            "Ctrl+Shift+V",
            self.show_verify,
            self.tr(
                "Check the QR code of a manifest or a departure slip against headquarters' "
                "trust list, with a 2D scanner"
            ),
        )
        self._action(
            "about",
            self.tr("&About Rawangi"),
            "F1",
            self.show_about,
            self.tr("Version, database, audit head hash"),
        )
        for index, key in enumerate(("register", "departure", "contingents")):
            self.tabs.setTabToolTip(index, self.actions[key].toolTip())

    def _apply_role(self) -> None:
        """Show only the tabs and menu entries this user's role may use (the services refuse
        the rest anyway); a shortcut left out says why in the status bar."""
        records = allowed(self.actor, Action.RECORD_DEPARTURE)
        self.tabs.setTabVisible(self.tabs.indexOf(self.departure_form), records)
        if not records and self.tabs.currentWidget() is self.departure_form:
            self.tabs.setCurrentWidget(self.register_view)
        self._fill_menus()
        self.departure_form.set_actor(self.actor)
        self.register_view.set_actor(self.actor)
        self.contingents_view.set_actor(self.actor)
        self.setWindowTitle(
            self.tr("Rawangi — {office} — {user}").format(
                office=self.actor.office, user=self.actor.name
            )
        )

    def _fill_menus(self) -> None:
        for key, entries in MENUS.items():
            menu = self.menus[key]
            menu.clear()
            wanted = [e for e in entries if e is None or not self.refusal(e)]
            for index, entry in enumerate(wanted):
                if entry is not None:
                    menu.addAction(self.actions[entry])
                elif index and wanted[index - 1] is not None and any(wanted[index + 1 :]):
                    menu.addSeparator()  # between two groups, never at an end or twice
            menu.menuAction().setVisible(not menu.isEmpty())

    def _status_bar(self) -> None:
        self.office_label = QLabel()
        self.db_label = QLabel(
            self.tr("Database: {path}").format(path=db_path(self.db) or self.tr("in memory"))
        )
        self.user_label = QLabel()
        for label in (self.office_label, self.user_label, self.db_label):
            self.statusBar().addPermanentWidget(label)
        self._show_actor()

    def _show_actor(self) -> None:
        offices = dict(office_settings.offices(self.db))
        self.office_label.setText(
            self.tr("Office {code} — {name}").format(
                code=self.actor.office, name=offices.get(self.actor.office, "")
            )
        )
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(
                name=self.actor.name, role=role_text(self.actor.role.value)
            )
        )

    def say(self, text: str, *, error: bool = False) -> None:
        """A line above the views that stays until replaced: read-only, checks, damage."""
        self.banner.setText(text)
        self.banner.setStyleSheet(
            (
                "background: #fde7e9; color: #8a1020;"
                if error
                else "background: #fff4ce; color: #5c4400;"
            )
            + " padding: 6px 10px; border-bottom: 1px solid #e0c060;"
        )
        self.banner.setVisible(bool(text))

    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisibleTo(self) else ""

    # -- checks at start -------------------------------------------------------------------

    def start_checks(self, *, full: bool = False) -> None:
        """Once the window is usable: check the file in the background (writes wait for the
        verdict), then take the daily backup if it is due."""
        path = db_path(self.db)
        if not path or self.read_only_reason:
            return
        gate.hold(path)
        kind = "full" if full else "quick"
        if full:
            self.say(
                self.tr(
                    "Rawangi was not closed properly last time: checking the whole "
                    "database file before anything is saved…"
                )
            )

        def check() -> str | None:
            own = store_connect(path, readonly=True)
            try:
                return health.full_check(own) if full else health.quick_check(own)
            finally:
                own.close()

        def checked(problem: str | None) -> None:
            gate.release(path, problem)
            log.info("%s check at start: %s", kind, "damaged" if problem else "ok")
            if problem:
                self.say(
                    self.tr(
                        "The database is damaged: {problem} Nothing can be saved. "
                        "Open Administration > Backups to restore the newest verified "
                        "backup."
                    ).format(problem=problem),
                    error=True,
                )
                return
            if full:
                self.say("")
            self._backup_if_due()

        def failed(error: BaseException) -> None:
            gate.release(path, str(error))
            self.say(str(error), error=True)

        self.tasks.run(check, checked, failed)

    def _backup_if_due(self) -> None:
        path, folder = db_path(self.db), self.backup_folder

        def take() -> object:
            own = store_connect(path)
            try:
                return backups.backup_if_due(own, folder)
            finally:
                own.close()

        def taken(info: object) -> None:
            if info is not None:
                self.statusBar().showMessage(self.tr("Daily backup taken."), 8000)

        def failed(error: BaseException) -> None:
            log.warning("daily backup failed: %s", error)
            self.statusBar().showMessage(
                self.tr("The daily backup failed: {error}").format(error=error), 15000
            )

        self.tasks.run(take, taken, failed)

    # -- views ---------------------------------------------------------------------------------

    def _may_show(self, name: str) -> bool:
        return name in self.views and not (name == "departure" and self.refusal("departure"))

    def show_view(self, name: str) -> None:
        """Bring a view forward; one the role may not use is not shown, and the status bar
        says why."""
        if not self._may_show(name):
            self.statusBar().showMessage(self.refusal(name), STATUS_MS)
            return
        self.tabs.setCurrentWidget(self.views[name])

    def current_view(self) -> str:
        widget = self.tabs.currentWidget()
        return next(name for name, view in self.views.items() if view is widget)

    def find(self) -> None:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.show_view("register")
        self.register_view.focus_search()

    def open_departure(self, departure_id: str) -> None:
        """Open a departure in the form (from the register or a duplicate's message)."""
        if not self._may_show("departure"):
            self.statusBar().showMessage(
                self.tr(
                    "{name} ({role}) cannot open a departure in the form: {reason} The "
                    "register's History shows who recorded what."
                ).format(
                    name=self.actor.name,
                    role=role_text(self.actor.role.value),
                    reason=self._reason(Action.RECORD_DEPARTURE),
                ),
                STATUS_MS,
            )
            return
        form = self.departure_form
        editing = form.current is not None and str(form.current.id) == departure_id
        if not editing and not self.may_drop_typing("open"):
            return
        try:
            departure = services.get_departure(self.db, departure_id)
        except RawangiError as error:
            dialogs.inform(
                self, self.tr("Cannot open the departure"), error_text(error), error=True
            )
            return
        if not editing:
            self.drafts.discard()
            form.load(departure)
        self.tabs.setCurrentWidget(form)
        form.ui.surnameEdit.setFocus()

    def show_new_departure(self) -> None:
        if not self.may_drop_typing("new"):
            return
        self.drafts.discard()
        self.show_view("departure")
        self.departure_form.new()

    def may_drop_typing(self, reason: str) -> bool:
        """True when the form holds no unsaved typing, or the person chose to discard it; on
        "Keep editing" the form is shown with the typing as it was."""
        form = self.departure_form
        if not form.is_dirty():
            return True
        person = self._typed_person()
        questions = {
            "new": self.tr(
                "The departure form holds typing that is not saved ({person}). Keep editing "
                "to save it first, or discard it and start a new departure."
            ),
            "open": self.tr(
                "The departure form holds typing that is not saved ({person}). Keep editing "
                "to save it first, or discard it and open the other departure."
            ),
            "sign_out": self.tr(
                "The departure form holds typing that is not saved ({person}). Keep editing "
                "to save it first, or discard it and sign out."
            ),
            "quit": self.tr(
                "The departure form holds typing that is not saved ({person}). Keep editing "
                "to save it first, or discard it and quit."
            ),
        }
        # The harmless answer is the default one (Enter, Esc): typing is never lost by a key.
        if dialogs.ask(
            self,
            self.tr("Discard the unsaved departure?"),
            questions[reason].format(person=person),
            yes=self.tr("Discard it"),
            no=self.tr("Keep editing"),
        ):
            self.drafts.discard()
            return True
        self.tabs.setCurrentWidget(form)
        form.setFocus()
        return False

    def _typed_person(self) -> str:
        values = self.departure_form.values()
        name = f"{values.get('given_names', '')} {values.get('surname', '')}".strip()
        return name or self.tr("no name typed yet")

    def _saved(self, departure: object) -> None:
        self.drafts.discard()  # saved: nothing to offer back after a crash
        self.statusBar().showMessage(self.tr("Saved."), 5000)  # the views hear of it (changes)

    def _draft_failed(self, why: str) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Your typing could not be kept in case of a power cut ({why}); save the "
                "departure soon, and free space on the disk."
            ).format(why=why),
            STATUS_MS,
        )

    def offer_draft(self) -> None:
        """At sign-in: typing left unsaved by a crash, a power cut or a session ended at the
        lock screen comes back into the form, or is discarded, as the person chooses."""
        draft = self.drafts.pending()
        if draft is None or self.is_locked():
            return
        if not self._may_show("departure"):
            return  # kept for when this user may record again; never shown to another role
        when = local_time(draft.saved_at)
        values = draft.values
        person = f"{values.get('given_names', '')} {values.get('surname', '')}".strip()
        if dialogs.ask(
            self,
            self.tr("Carry on with the unsaved departure?"),
            self.tr(
                "When Rawangi last stopped ({when}), the departure form held typing that was "
                "not saved ({person}). Put it back in the form, or discard it?"
            ).format(when=when, person=person or self.tr("no name typed yet")),
            yes=self.tr("Discard it"),
            no=self.tr("Put it back"),
        ):
            self.drafts.discard()
            return
        form = self.departure_form
        form.new()
        if draft.departure_id:
            try:
                form.load(services.get_departure(self.db, draft.departure_id))
            except RawangiError:
                log.info("the draft's departure is no longer stored: put back as a new one")
        form.set_values(values)
        self.tabs.setCurrentWidget(form)
        form.ui.surnameEdit.setFocus()
        self.drafts.keep()

    def _window(self, key: str, make: Callable[[], QWidget]) -> None:
        window = self.windows.get(key)
        if window is None:
            window = make()
            self.windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def show_audit(self) -> None:
        def make() -> AuditWindow:
            window = AuditWindow(self.db, self.actor, self, tasks=self.tasks)
            window.open_requested.connect(self.open_departure)
            return window

        self._window("audit", make)

    def _new_contingent(self) -> None:
        self.show_view("contingents")
        self.contingents_view.new_contingent()

    def add_selected_to_contingent(self) -> None:
        """Put the register's selected departure into an open contingent chosen from a list."""
        departure_id = self.register_view.selected_id()
        if departure_id is None:
            dialogs.inform(
                self,
                self.tr("Add to a contingent"),
                self.tr("Select a departure in the register first (Ctrl+1)."),
            )
            return
        listed = contingent_rows.listing(self.db, status="open")
        if not listed:
            dialogs.inform(
                self,
                self.tr("Add to a contingent"),
                self.tr("There is no open contingent; create one first (Ctrl+Shift+N)."),
            )
            return
        labels = [
            f"{item.contingent.code} — {item.contingent.flight_no} "
            f"{item.contingent.departure_date} — {item.count}/{item.contingent.capacity}"
            for item in listed
        ]
        index = dialogs.choose(
            self, self.tr("Add to a contingent"), self.tr("Open contingent:"), labels
        )
        if index is None:
            return
        window = self.contingents_view.open_contingent(listed[index].contingent.id)
        window.add_departures([departure_id])

    def show_backups(self) -> None:
        def make() -> BackupsWindow:
            window = BackupsWindow(self.db, self.actor, self.backup_folder, self, tasks=self.tasks)
            window.restore_requested.connect(self.restore_from)
            return window

        self._window("backups", make)

    def restore_from(self, backup_file: Path) -> None:
        """Replace the database with a backup: every connection closes, the file is swapped
        (the old one kept beside it), and Rawangi starts again on the restored file."""
        path = db_path(self.db)
        for window in self.windows.values():
            window.close()
        self.contingents_view.close_windows()
        self.tasks.wait(60_000)
        close_readers()
        self.db.close()
        try:
            restored = backups.restore_backup(path, self.actor, backup_file)
        except RawangiError as error:
            dialogs.inform(self, self.tr("The backup was not restored"), str(error), error=True)
            self.restart_requested = True  # the connection is closed: start again either way
        else:
            dialogs.inform(
                self,
                self.tr("Backup restored"),
                self.tr(
                    "The backup is now the database; the file it replaced was kept as "
                    "{kept}. Rawangi starts again on the restored file."
                ).format(kept=restored.replaced),
            )
            self.restart_requested = True
        self.closing_without_questions = True
        self.close()

    def show_users(self) -> None:
        self._window("users", lambda: UsersWindow(self.db, self.actor, self))

    def import_list(self) -> None:
        wizard = self.windows.get("import")
        if wizard is None or not wizard.isVisible():
            wizard = ImportWizard(self.db, self.actor, self.tasks, self)
            self.windows["import"] = wizard
        wizard.show()
        wizard.raise_()

    def export_bundle(self) -> None:
        self._jobs.append(bundle_dialogs.export_bundle(self, self.db, self.actor, self.tasks))

    def import_bundle(self) -> None:
        self._jobs.append(bundle_dialogs.import_bundle(self, self.db, self.actor, self.tasks))

    def export_register(self) -> None:
        self._jobs.append(
            export_dialog.export_register(
                self, self.db, self.actor, self.register_view.current_filter(), self.tasks
            )
        )

    def export_contingent(self) -> None:
        contingent_id = self.contingents_view.selected_id()
        if contingent_id is None:
            dialogs.inform(
                self,
                self.tr("Export a contingent"),
                self.tr("Select a contingent in the Contingents view first (Ctrl+3)."),
            )
            return
        contingent = services_contingents.get_contingent(self.db, contingent_id)
        self._jobs.append(
            export_dialog.export_contingent(
                self, self.db, self.actor, contingent_id, code=contingent.code, tasks=self.tasks
            )
        )

    def show_dashboard(self) -> None:
        self._window(
            "dashboard", lambda: DashboardWindow(self.db, self.actor, self, tasks=self.tasks)
        )

    def show_verify(self) -> None:
        self._window("verify", lambda: VerifyWindow(self))

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.db, self.actor, self)
        if not dialogs.run(dialog):
            return
        self.idle.timer.setInterval(office.office_settings(self.db).idle_minutes * 60_000)
        if dialog.language_changed:
            dialogs.inform(
                self,
                self.tr("Language"),
                self.tr("The new language is used from the next start of Rawangi."),
            )

    def show_about(self) -> None:
        dialogs.run(AboutDialog(self.db, self.backup_folder, self))

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closing_without_questions or self.is_locked():
            self.drafts.keep()  # locked, signed out, restoring: offered at the next sign-in
        elif not self.may_drop_typing("quit"):
            event.ignore()
            return
        elif not self.departure_form.is_dirty():
            self.drafts.keep()  # nothing unsaved: a draft written earlier goes
        self.drafts.stop()
        # A closed window never locks itself later (its database may be closed by then).
        self.idle.stop()
        user_settings.put("ui/last_view", self.current_view())
        for window in self.windows.values():
            window.close()
        self.contingents_view.close_windows()
        self.tasks.wait(5000)
        super().closeEvent(event)
