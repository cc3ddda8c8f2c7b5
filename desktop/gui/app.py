"""Starting the window: arguments, the Qt application, the database, the crash handler."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, logs, services
from desktop.core.errors import RawangiError
from desktop.gui.main_window import MainWindow
from desktop.store.db import data_dir

log = logging.getLogger("rawangi.gui")


def parse_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rawangi", description="Open the Rawangi window.")
    parser.add_argument("--db", metavar="PATH", help="the database file")
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="open the window, wait until it has painted, and exit 0 (smoke tests, benchmarks)",
    )
    return parser.parse_args(args)


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """A bug: log the traceback and show it, so that it can be reported."""
    text = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error\n%s", text)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, "Rawangi — unexpected error", str(error))
        box.setInformativeText(
            "This is a fault in Rawangi, not in what you did. Your saved records are safe. "
            "Please report the details below."
        )
        box.setDetailedText(text)
        box.exec()
    else:
        sys.__excepthook__(kind, error, tb)


def run(args: list[str]) -> int:
    options = parse_args(args)
    QCoreApplication.setOrganizationName("Rawangi")
    QCoreApplication.setApplicationName("Rawangi")
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(["rawangi"])
    logs.configure(data_dir())
    sys.excepthook = excepthook
    try:
        db = services.open_office_database(options.db)
    except RawangiError as error:
        QMessageBox.critical(None, "Rawangi cannot open the database", str(error))
        return 1
    actor = services.local_actor(db)
    window = MainWindow(db, actor)
    window.show()
    if options.quit_after_paint:
        # Smoke tests and benchmarks: done once the register has painted real rows.
        window.register_view.first_painted.connect(app.quit)
        window.show_view("register")
    return int(app.exec())
