"""The main window's lock screen and sign-out: cover the window, end a session in the audit log,
and hand the desk over to whoever signs in next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desktop.core.roles import Actor
from desktop.gui import dialogs
from desktop.gui.contingents_view import ContingentsView
from desktop.gui.departure_form import DepartureForm
from desktop.gui.drafts import FormDrafts
from desktop.gui.register_view import RegisterView
from desktop.gui.sign_in import IdleWatcher, LockScreen
from desktop.gui.signing_session import session as signing_session
from desktop.services.audit_rows import screen_locked, session_ended
from desktop.store import Database

if TYPE_CHECKING:
    from desktop.gui.windows import KeptMainWindow as _Window
else:
    _Window = object  # a mixin of MainWindow; its type is checked as a main window's


class LockAndSignOut(_Window):
    """Locking the window and signing out (a part of MainWindow)."""

    # Its words keep the window's translation context ("MainWindow"): this is not a QObject.

    # What the main window holds, which locking and signing out use.
    db: Database
    actor: Actor
    signed_out: bool
    stack: QStackedWidget
    content: QWidget
    lock_screen: LockScreen
    idle: IdleWatcher
    windows: dict[str, QWidget]
    tabs: QTabWidget
    drafts: FormDrafts
    departure_form: DepartureForm
    register_view: RegisterView
    contingents_view: ContingentsView
    user_label: QLabel
    _focus_before_lock: QWidget | None

    if TYPE_CHECKING:

        def may_drop_typing(self, reason: str) -> bool: ...
        def _apply_role(self) -> None: ...
        def _show_actor(self) -> None: ...
        def show_view(self, name: str) -> None: ...
        def offer_draft(self) -> None: ...

    # -- the lock screen -------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide the contents; no widget takes focus or keys until someone signs in. The form
        keeps its typing, and its draft is written at once in case the power goes meanwhile."""
        if self.is_locked():
            return
        self.drafts.keep()
        signing_session.forget()  # the office key's passphrase is asked again after a lock
        self._focus_before_lock = QApplication.focusWidget()
        self._cover()
        self.lock_screen.prepare(self.actor)
        # On a file that is read-only here the row goes to the log file instead.
        screen_locked(self.db, self.actor.name)

    def _cover(self) -> None:
        """The lock screen in place of the tabs; the windows hidden, the menus out of reach."""
        self.idle.stop()
        for window in self.windows.values():
            window.hide()
        self.contingents_view.hide_windows()
        self.tabs.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self.activateWindow()  # the windows hidden, the keys come here: the password is typed

    def sign_out(self) -> None:
        """End this person's session without closing Rawangi: their windows close, and the
        lock screen waits for the next person (File > Sign out)."""
        if not self.may_drop_typing("sign_out"):
            return
        self._end_session(self.actor, "signed out")
        self.departure_form.new()
        self.drafts.discard()
        self.register_view.clear_filters()  # the next person does not see this one's search
        self.signed_out = True
        self._focus_before_lock = None
        self._cover()
        self.lock_screen.prepare(None)
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Rawangi — {office}").format(
                office=self.actor.office
            )
        )
        self.user_label.setText(QCoreApplication.translate("MainWindow", "Nobody is signed in"))

    def _end_session(self, previous: Actor, reason: str) -> None:
        """The audit log's word that a session ended; every window of that person closes."""
        # On a file that is read-only here the row goes to the log file instead.
        session_ended(self.db, previous.name, reason)
        signing_session.forget()  # the opened office key goes with the session
        for window in self.windows.values():
            window.close()
        self.windows.clear()
        self.contingents_view.close_windows()

    def _signed_in_again(self, actor: Actor) -> None:
        if self.signed_out or actor.name != self.actor.name:
            if not self.signed_out:
                self._hand_over(self.actor)
            self.signed_out = False
            self.actor = actor
            self.drafts.switch_user(actor.name)
            self._apply_role()
            self._show_actor()
            self.departure_form.new()
            self.register_view.refresh()
            self.show_view("register")
            self._focus_before_lock = None
        self.tabs.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.stack.setCurrentWidget(self.content)
        focus = getattr(self, "_focus_before_lock", None)
        if isinstance(focus, QWidget) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.currentWidget().setFocus()
        self.idle.start()
        self.offer_draft()

    def _hand_over(self, previous: Actor) -> None:
        """Another person signs in at the lock screen: what the first one left unsaved in the
        form is saved for them, or kept as their draft for their next sign-in."""
        form = self.departure_form
        if form.is_dirty() and dialogs.ask(
            self,
            QCoreApplication.translate("MainWindow", "Save the open departure?"),
            QCoreApplication.translate(
                "MainWindow",
                "{name} left a departure open in the form with changes that are not "
                "saved. Save it for them now, or keep it for them: it is offered back when "
                "they next sign in.",
            ).format(name=previous.name),
            yes=QCoreApplication.translate("MainWindow", "Save it for them"),
            no=QCoreApplication.translate("MainWindow", "Keep it for them"),
        ):
            form.save(next_person=False)
        self.drafts.keep()  # still unsaved (kept, or refused by a rule): theirs to take back
        self._end_session(previous, "another user signed in at the lock screen")
