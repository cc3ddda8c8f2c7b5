"""Starting the window: arguments, the Qt application, the database, the crash handler."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, QProcess, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__, logs, resources, services
from desktop.core.errors import RawangiError, StorageError
from desktop.core.roles import Actor
from desktop.gui import dialogs, user_settings
from desktop.gui.backups_window import choose_backup, office_label
from desktop.gui.language import apply_language
from desktop.gui.main_window import MainWindow
from desktop.gui.office_server import ask_password, chosen_target, local_file
from desktop.gui.sign_in import CredentialsDialog, SetupDialog, SignInDialog
from desktop.services import backups
from desktop.services.backups import Credentials
from desktop.store import Database, Use, audit, backup, health, lock
from desktop.store.db import (
    DatabaseDamaged,
    EngineError,
    ServerUnreachable,
    data_dir,
    default_path,
    storage_error,
)
from desktop.store.engine import PasswordNeeded, is_server_address

log = logging.getLogger("rawangi.gui")


def parse_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rawangi", description="Open the Rawangi window.")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file, or the office server (postgresql://USER@HOST:PORT/DATABASE)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME with the password in RAWANGI_PASSWORD, without the dialog",
    )
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="open the window, wait until it has painted, and exit 0 (smoke tests, benchmarks)",
    )
    return parser.parse_args(args)


# The database the window has open, for messages about failures met while reading it.
_open_path: str | Path | None = None


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """A bug: log the traceback and show it, so that it can be reported.

    A failure of the file itself that a read met (a damaged page, a lock held too long) is no
    bug: it gets the calm message that names the file and what to do.
    """
    if isinstance(error, EngineError):
        found = storage_error(error, str(_open_path or ""))
        if isinstance(found, StorageError):
            log.warning("the database failed a read: %s", error)
            dialogs.inform(
                None,
                QCoreApplication.translate("app", "Rawangi cannot use the database"),
                str(found),
                error=True,
            )
            return
    text = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error\n%s", text)
    if QApplication.instance() is not None:
        dialogs.fault(
            QCoreApplication.translate("app", "Rawangi — unexpected error"),
            str(error),
            note=QCoreApplication.translate(
                "app",
                "This is a fault in Rawangi, not in what you did. Your saved records are safe. "
                "Please report the details below.",
            ),
            details=text,
        )
    else:
        sys.__excepthook__(kind, error, tb)


def sign_in(db: Database, user: str | None) -> Actor | None:
    """First-run set-up when the file has no users, then sign-in (dialog or --user)."""
    if services.needs_setup(db):
        setup = SetupDialog(db)
        if not dialogs.run(setup):
            return None
        return setup.actor
    if user:
        password = os.environ.get("RAWANGI_PASSWORD")
        if password is None:
            dialogs.warn(
                None,
                QCoreApplication.translate("app", "Rawangi"),
                QCoreApplication.translate("app", "--user needs the password in RAWANGI_PASSWORD."),
            )
            return None
        try:
            return services.sign_in(db, user, password)
        except RawangiError as error:
            dialogs.warn(
                None, QCoreApplication.translate("app", "Rawangi cannot sign you in"), str(error)
            )
            return None
    dialog = SignInDialog(db)
    if not dialogs.run(dialog):
        return None
    return dialog.actor


class OpenDatabase:
    """The database as the window holds it: its lock, whether it is read-only, how it closed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: Database | None = None
        self.lock: lock.DatabaseLock | None = None
        self.read_only_reason: str | None = None
        self.unclean = False
        self.audit_at_start = 0

    def let_go(self) -> None:
        """Not opened after all: release the lock, leave every mark as it was."""
        if self.lock is not None:
            self.lock.release()

    def close(self) -> None:
        """At exit: a backup if anything changed, then the clean-close marks."""
        try:
            if self.db is not None and not self.read_only_reason:
                backups.backup_if_changed(self.db, self.audit_at_start)
        except RawangiError as error:
            log.warning("no backup at exit: %s", error)
        finally:
            if self.db is not None:
                self.db.close()
            if not self.read_only_reason:
                health.mark_closed(self.path)
            if self.lock is not None:
                self.lock.release()


class OpenServer(OpenDatabase):
    """The office server's database as the window holds it: no lock file, no marks, no backup
    by copy (the server has its own)."""

    def __init__(self, address: str) -> None:
        super().__init__(Path())
        self.address = address

    def let_go(self) -> None:
        return

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


# What the person chose when the office server could not be reached at the start.
LOCAL_FOR_TODAY = "local"


def open_server_for_window(address: str) -> OpenServer | str | None:
    """Connect to the office server, asking for its password when libpq has none. When the
    server cannot be reached: one calm message naming it, and the choice of trying again,
    working on a local file for today (LOCAL_FOR_TODAY) or quitting (None)."""
    title = QCoreApplication.translate("app", "Rawangi cannot open the database")
    password: str | None = None
    while True:
        try:
            db = services.open_office_database(address, use=Use.WRITE, password=password)
        except PasswordNeeded:
            password = ask_password(None, address)
            if password is None:
                return None
            continue
        except ServerUnreachable as error:
            choice = dialogs.act(
                None,
                QCoreApplication.translate("app", "The office server cannot be reached"),
                str(error),
                [
                    QCoreApplication.translate("app", "Try again"),
                    QCoreApplication.translate("app", "Work on a local file for today"),
                    QCoreApplication.translate("app", "Quit"),
                ],
                error=True,
            )
            if choice == 0:
                continue
            return LOCAL_FOR_TODAY if choice == 1 else None
        except RawangiError as error:
            dialogs.inform(None, title, str(error), error=True)
            return None
        break
    opened = OpenServer(address)
    opened.db = db
    opened.audit_at_start = audit.last_id(db)
    global _open_path  # noqa: PLW0603 - one window, one database
    _open_path = address
    return opened


def open_target(target: str) -> OpenDatabase | None:
    """The file or the office server the window works on (a local file for today when the
    server is gone and the person chose so)."""
    if not is_server_address(target):
        return open_for_window(Path(target))
    opened = open_server_for_window(target)
    if opened == LOCAL_FOR_TODAY:
        log.info("the office server is gone: working on a local file for today")
        return open_for_window(local_file())
    return opened if isinstance(opened, OpenServer) else None


def open_for_window(path: Path) -> OpenDatabase | None:
    """Everything between a file name and an open database, with a word for each obstacle.

    The file is judged before anything writes to it (sign-in included): its bytes, its schema
    and SQLite's structural check (of the whole file when that takes well under a second, else
    of the small tables, the rest in the background once the window is open). A damaged file
    is never changed: the person is told what is wrong and offered the newest verified backup,
    restored into a new file (the damaged one is kept beside it). A read-only file opens
    read-only.
    """
    title = QCoreApplication.translate("app", "Rawangi cannot open the database")
    share = health.network_share_problem(path)
    if share:
        dialogs.inform(None, title, share, error=True)
        return None
    unreadable = health.unreadable_problem(path)
    if unreadable:
        dialogs.inform(None, title, unreadable, error=True)
        return None
    problem = health.file_problem(path, check=False)
    if problem and not offer_restore(path, problem):
        return None
    opened = OpenDatabase(path)
    opened.unclean = health.was_unclean(path)  # before any connection rolls a journal back
    opened.read_only_reason = health.read_only_reason(path) if path.exists() else None
    try:
        opened.lock = lock.acquire(path)
    except lock.LockNotWritable as error:
        if not opened.read_only_reason:
            dialogs.inform(None, title, str(error), error=True)
            return None
        # A read-only open writes nothing the lock would guard: SQLite's own locks keep its
        # reads consistent while another program writes.
    except RawangiError as error:
        dialogs.inform(None, title, str(error), error=True)
        return None
    try:
        opened.db = services.open_office_database(
            path,
            use=Use.READ if opened.read_only_reason else Use.CREATE,
            whole_check=health.worth_checking_whole(path),
            before_upgrade=backups.backup_before_migration,
        )
    except DatabaseDamaged as error:
        opened.let_go()
        if offer_restore(path, str(error)):
            return open_for_window(path)
        return None
    except RawangiError as error:
        opened.let_go()
        dialogs.inform(None, title, str(error), error=True)
        return None
    if not opened.read_only_reason:
        health.mark_open(path)
    opened.audit_at_start = audit.last_id(opened.db)
    global _open_path  # noqa: PLW0603 - one window, one database
    _open_path = path
    return opened


def ask_credentials() -> Credentials | None:
    """An admin's name and password (tests patch this)."""
    dialog = CredentialsDialog()
    if not dialogs.run(dialog):
        return None
    return dialog.credentials()


def offer_restore(path: Path, problem: str) -> bool:
    """A damaged file: say so, and offer its database's verified backups. True when restored."""
    offered = backup.offered(backup.default_folder(), path)  # its own, by id or office
    if not offered:
        dialogs.inform(
            None,
            QCoreApplication.translate("app", "The database is damaged"),
            QCoreApplication.translate(
                "app",
                "{problem}\n\nThere is no verified backup of this file in {folder}. Keep the "
                "file as it is and ask for help: nothing has been changed.",
            ).format(problem=problem, folder=backup.default_folder()),
            error=True,
        )
        return False
    newest = offered[0]
    when = newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if not dialogs.ask(
        None,
        QCoreApplication.translate("app", "The database is damaged"),
        problem,
        details=[
            QCoreApplication.translate(
                "app", "The newest verified backup, of {office}, was taken on {when}."
            ).format(office=office_label(newest), when=when),
            QCoreApplication.translate(
                "app", "Restoring it writes a new file; the damaged one is kept beside it."
            ),
            QCoreApplication.translate("app", "An admin's name and password are needed."),
        ],
        yes=QCoreApplication.translate("app", "Restore the backup…"),
        no=QCoreApplication.translate("app", "Quit"),
    ):
        return False
    chosen = choose_backup(None, offered)
    if chosen is None:
        return False
    when = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    credentials = ask_credentials()
    if credentials is None:
        return False
    try:
        restored = backups.restore_backup(path, credentials, chosen.path)
    except RawangiError as error:
        dialogs.inform(
            None,
            QCoreApplication.translate("app", "The backup was not restored"),
            str(error),
            error=True,
        )
        return False
    dialogs.inform(
        None,
        QCoreApplication.translate("app", "Backup restored"),
        QCoreApplication.translate(
            "app", "The backup of {when} is now the database. The damaged file was kept as {kept}."
        ).format(when=when, kept=restored.replaced),
    )
    return True


def run(args: list[str]) -> int:
    options = parse_args(args)
    QCoreApplication.setOrganizationName("Rawangi")
    QCoreApplication.setApplicationName("Rawangi")
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if QApplication.instance() is None:
        # Fractional Windows scaling (125 %, 150 %) is drawn at that size, not rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = cast(QApplication, QApplication.instance() or QApplication(["rawangi"]))
    app.setWindowIcon(QIcon(str(resources.path("icons/rawangi.png"))))
    logs.configure(data_dir())
    try:
        apply_language(app, user_settings.get("ui/language"))
    except FileNotFoundError as missing:  # a packaging mistake: work on, in English
        log.warning("%s", missing)
        apply_language(app, "en")
    sys.excepthook = excepthook
    target = options.db or chosen_target(default_path())
    if target is None:
        return 1
    opened = open_target(target)
    if opened is None or opened.db is None:
        return 1
    try:
        actor = sign_in(opened.db, options.user)
        if actor is None:
            return 1
        window = MainWindow(opened.db, actor, read_only_reason=opened.read_only_reason)
        window.show()
        if options.quit_after_paint:
            # Smoke tests and benchmarks measure the start: the file check and the daily backup,
            # which run in the background after a real start, are left out.
            log.info("--quit-after-paint: no check or backup at start")
        else:
            window.start_checks(full=opened.unclean)
        if options.quit_after_paint:
            # Smoke tests and benchmarks: done once the register has painted real rows. The
            # moment is printed (seconds since the epoch) for benchmarks to measure the start.
            window.register_view.first_painted.connect(
                lambda: print(f"painted at {time.time():.3f}", file=sys.stderr, flush=True)
            )
            window.register_view.first_painted.connect(app.quit)
            window.show_view("register")
        code = int(app.exec())
        window.tasks.wait(30_000)
        if window.restart_requested:  # a restore replaced the file, or a local file for today
            opened.db = None if window.restart_on is None else opened.db
            start_again(window.restart_on)
        return code
    finally:
        opened.close()


def start_again(database: str | None = None) -> None:
    """Start Rawangi anew with the same arguments (after a restore), or on another database."""
    given = sys.argv[1:]
    if database is not None:
        given = [
            a for i, a in enumerate(given) if a != "--db" and (i == 0 or given[i - 1] != "--db")
        ]
        given = [a for a in given if not a.startswith("--db=")] + ["--db", database]
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, given
    else:
        program, arguments = sys.executable, ["-m", "desktop", *given]
    QProcess.startDetached(program, arguments)
