"""Every top-level window and dialog of the program: a real window with a title, that fits an
office PC's 1366×768 screen and closes from the keyboard (Esc for dialogs, Ctrl+W for windows).

The list is checked against the classes of `desktop.gui`: a new window or dialog that is not
listed here fails `test_every_window_class_is_listed`, so none is forgotten.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget, QWizardPage

import desktop.gui
from desktop import services
from desktop.core.roles import Actor
from desktop.gui import tasks, user_settings
from desktop.services import contingents, users
from desktop.store import contingents as contingent_rows
from tests.factories import person

# The offscreen platform cannot raise a window; that is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)

PASSWORD = "windows-test-password"
# The smallest screen of the offices' PCs, less a taskbar and a window's title bar and border.
SCREEN = QSize(1366, 768)
TASKBAR, TITLE_BAR, BORDER = 40, 32, 8
ROOM = QSize(SCREEN.width() - 2 * BORDER, SCREEN.height() - TASKBAR - TITLE_BAR - BORDER)

CONTINGENT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "10",
}


@pytest.fixture(autouse=True)
def small_screen(monkeypatch):
    """The offices' smallest screen, whatever the test platform's is."""
    room = QRect(0, 0, SCREEN.width(), SCREEN.height() - TASKBAR)
    monkeypatch.setattr(user_settings, "screen_room", lambda widget: room, raising=False)


@dataclass
class Office:
    """A small office: its users, a finalized contingent of two people and an open one."""

    db: object
    admin: Actor
    supervisor: Actor
    clerk: Actor
    finalized: object
    open: object
    people: list
    folder: Path


@pytest.fixture
def office(db, tmp_path) -> Office:
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    users.create_user(db, admin, "tariq", "supervisor", PASSWORD)
    supervisor = users.sign_in(db, "tariq", PASSWORD)
    clerk = users.sign_in(db, "amina", PASSWORD)
    people = [
        services.record_departure(
            db,
            supervisor,
            person(cnic=f"35202-{1000000 + n:07d}-1", passport_no=f"AB{1000000 + n:07d}"),
        )
        for n in range(2)
    ]
    finalized = contingents.create_contingent(db, supervisor, CONTINGENT)
    contingents.add_people(db, supervisor, finalized.id, [str(p.id) for p in people])
    contingents.finalize(db, supervisor, finalized.id)
    opened = contingents.create_contingent(db, supervisor, CONTINGENT)
    yield Office(db, admin, supervisor, clerk, finalized, opened, people, tmp_path / "backups")
    tasks.close_readers()


def _main_window(o: Office, actor: Actor) -> QWidget:
    from desktop.gui.main_window import MainWindow

    main = MainWindow(o.db, actor, tasks.SynchronousTasks(), backup_folder=o.folder)
    _OWNERS.append(main)
    return main


def _export_progress(o: Office) -> QWidget:
    from desktop.gui.export_dialog import ExportJob

    job = ExportJob(_owner(), o.db, o.folder / "register.csv", lambda *_: 0, _held())
    return job.progress


def _bundle_progress(o: Office) -> QWidget:
    from desktop.gui.bundle_dialogs import BundleJob

    job = BundleJob(
        _owner(),
        title="Export a headquarters bundle",
        label="Writing the bundle…",
        work=lambda *_: None,
        describe=str,
        tasks=_held(),
    )
    return job.progress


_OWNERS: list[QWidget] = []


def _owner() -> QWidget:
    """A parent window for what must have one (a progress dialog)."""
    owner = QWidget()
    _OWNERS.append(owner)
    return owner


def _held() -> tasks.Tasks:
    """A task pool that never runs its work: the dialog stays as it is while looked at."""
    from tests.gui.held_tasks import HeldTasks

    return HeldTasks()


def _window(module: str, name: str, make: Callable[[type, Office], QWidget]):
    return (module, name, make)


def _opened_by_main_window(key: str, actor: str) -> Callable[[type, Office], QWidget]:
    """A window as the main window opens it (Administration > Users, …), owned by it."""

    def make(cls: type, o: Office) -> QWidget:
        main = _main_window(o, getattr(o, actor))
        {
            "users": main.show_users,
            "audit": main.show_audit,
            "backups": main.show_backups,
            "dashboard": main.show_dashboard,
            "verify": main.show_verify,
        }[key]()
        window = main.windows[key]
        assert isinstance(window, cls)
        return window

    return make


def _contingent_window(cls: type, o: Office) -> QWidget:
    main = _main_window(o, o.supervisor)
    window = main.contingents_view.open_contingent(o.finalized.id)
    assert isinstance(window, cls)
    return window


def _manifest_window(cls: type, o: Office) -> QWidget:
    window = _contingent_window(
        importlib.import_module("desktop.gui.contingent_window.window").ContingentWindow, o
    ).open_manifest()
    assert isinstance(window, cls)
    return window


# (module, class, how to make one) for every window and dialog of desktop.gui.
WINDOWS = [
    _window("main_window", "MainWindow", lambda cls, o: _main_window(o, o.supervisor)),
    _window("about_dialog", "AboutDialog", lambda cls, o: cls(o.db, o.folder)),
    _window("settings_dialog", "SettingsDialog", lambda cls, o: cls(o.db, o.admin)),
    _window("sign_in", "SetupDialog", lambda cls, o: cls(o.db)),
    _window("sign_in", "SignInDialog", lambda cls, o: cls(o.db)),
    _window("sign_in", "CredentialsDialog", lambda cls, o: cls()),
    _window("users_window", "UsersWindow", _opened_by_main_window("users", "admin")),
    _window("users_window", "UserDialog", lambda cls, o: cls(o.db, o.admin, "add")),
    _window("audit_window", "AuditWindow", _opened_by_main_window("audit", "admin")),
    _window("backups_window", "BackupsWindow", _opened_by_main_window("backups", "admin")),
    _window("dashboard", "DashboardWindow", _opened_by_main_window("dashboard", "supervisor")),
    _window("verify_window", "VerifyWindow", _opened_by_main_window("verify", "clerk")),
    _window("contingent_window.window", "ContingentWindow", _contingent_window),
    _window("manifest_window", "ManifestWindow", _manifest_window),
    _window(
        "contingent_window.questions",
        "ReasonDialog",
        lambda cls, o: cls(None, "Reopen", "Why is the contingent reopened?"),
    ),
    _window(
        "contingent_window.questions",
        "MoveDialog",
        lambda cls, o: cls(None, o.open, contingent_rows.listing(o.db, status="open")),
    ),
    _window(
        "contingent_window.questions",
        "NoShowsDialog",
        lambda cls, o: cls(None, o.finalized, o.people),
    ),
    _window("contingents_view", "ContingentDialog", lambda cls, o: cls(o.db, o.supervisor)),
    _window(
        "signing_session", "PassphraseDialog", lambda cls, o: cls(None, o.folder / "office.key")
    ),
    _window("register_view", "StatusDialog", lambda cls, o: cls(o.db, o.clerk, o.people[0], None)),
    _window(
        "import_wizard.wizard",
        "ImportWizard",
        lambda cls, o: cls(o.db, o.clerk, tasks.SynchronousTasks()),
    ),
]
# Progress dialogs of long jobs (Qt's own class, made by the jobs of these modules).
PROGRESS = [
    ("export_dialog", _export_progress),
    ("bundle_dialogs", _bundle_progress),
]
# Widgets that live inside a window, never on their own: (module, class) and where they live.
EMBEDDED = {
    ("register_view", "RegisterView"): "the main window's Register tab",
    ("departure_form", "DepartureForm"): "the main window's Departure tab",
    ("contingents_view", "ContingentsView"): "the main window's Contingents tab",
    ("sign_in", "LockScreen"): "the main window, in place of its tabs",
    ("dashboard", "DimensionPanel"): "the dashboard",
    ("widgets", "MaskedEdit"): "forms",
    ("widgets", "CnicEdit"): "forms",
    ("widgets", "DateEdit"): "forms",
    ("widgets", "RegisterTable"): "lists",
}


def gui_classes() -> set[tuple[str, str]]:
    """Every QWidget subclass defined in a module of desktop.gui (the generated forms aside)."""
    found = set()
    for info in pkgutil.walk_packages(desktop.gui.__path__, "desktop.gui."):
        name = info.name.removeprefix("desktop.gui.")
        if name.split(".")[0] == "forms":
            continue
        module = importlib.import_module(info.name)
        if name == "windows":
            continue  # the bases every window and dialog is made from
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, QWidget)
                and not issubclass(cls, QWizardPage)  # the pages of a wizard, inside it
            ):
                found.add((name, cls_name))
    return found


def test_every_window_class_is_listed():
    listed = {(module, name) for module, name, _ in WINDOWS} | set(EMBEDDED)
    assert gui_classes() - listed == set(), (
        "a window or dialog this test does not know: add it to WINDOWS (or to EMBEDDED if it "
        "only ever lives inside another window)"
    )
    assert listed - gui_classes() == set(), "listed here but no longer in desktop.gui"
    for module, name in gui_classes() - set(EMBEDDED):
        cls = getattr(importlib.import_module(f"desktop.gui.{module}"), name)
        assert issubclass(cls, (QDialog, QMainWindow)) or name.endswith("Window"), name


def shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    assert window.isWindow(), "drawn inside its parent, not as a window of its own"
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def fits(size: QSize) -> bool:
    return size.width() <= ROOM.width() and size.height() <= ROOM.height()


def check_window(qtbot, window: QWidget) -> None:
    for owner in _OWNERS:
        qtbot.addWidget(owner)
    _OWNERS.clear()
    shown(qtbot, window)
    assert window.windowTitle().strip(), "no title"
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert fits(smallest), f"cannot be smaller than {smallest.toTuple()}"
    assert fits(window.size()), f"opens at {window.size().toTuple()}"


@pytest.mark.parametrize(
    ("module", "name", "make"), WINDOWS, ids=[f"{m}.{n}" for m, n, _ in WINDOWS]
)
def test_a_window_with_a_title_that_fits_and_closes_from_the_keyboard(
    qtbot, office, module, name, make
):
    cls = getattr(importlib.import_module(f"desktop.gui.{module}"), name)
    window = make(cls, office)
    check_window(qtbot, window)
    focus = QApplication.focusWidget() or window
    if isinstance(window, QMainWindow):
        keys = (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # the program's own Quit
    elif isinstance(window, QDialog):
        keys = (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    else:
        keys = (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focus, *keys)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


@pytest.mark.parametrize(("module", "make"), PROGRESS, ids=[m for m, _ in PROGRESS])
def test_a_progress_dialog_has_a_title_fits_and_esc_cancels_it(qtbot, office, module, make):
    progress = make(office)
    check_window(qtbot, progress)
    with qtbot.waitSignal(progress.canceled, timeout=2000):
        qtbot.keyClick(QApplication.focusWidget() or progress, Qt.Key.Key_Escape)


def test_every_window_and_dialog_keeps_its_size_and_place():
    from desktop.gui.windows import KEPT

    for module, name, _ in WINDOWS:
        cls = getattr(importlib.import_module(f"desktop.gui.{module}"), name)
        assert issubclass(cls, KEPT), f"{name} does not keep its geometry (desktop.gui.windows)"


def test_a_dialog_comes_back_as_it_was_left_but_never_off_the_screen(qtbot, office):
    from desktop.gui.register_view import StatusDialog

    first = StatusDialog(office.db, office.clerk, office.people[0], None)
    shown(qtbot, first)
    first.resize(first.width() + 40, first.height() + 30)
    size = first.size()
    first.reject()  # Cancel: closed without a close event, kept all the same
    again = StatusDialog(office.db, office.clerk, office.people[0], None)
    shown(qtbot, again)
    assert again.size() == size
    again.resize(3000, 2000)  # as if left so on a larger screen
    again.close()
    last = StatusDialog(office.db, office.clerk, office.people[0], None)
    check_window(qtbot, last)  # fits the office's 1366×768 screen
