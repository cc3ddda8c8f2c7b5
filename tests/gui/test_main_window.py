import re
import subprocess
import sys

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel

from desktop.gui import user_settings
from desktop.gui.main_window import MainWindow
from desktop.gui.tasks import SynchronousTasks


def test_status_bar_names_the_office_and_the_database(qtbot, db, clerk, tmp_path):
    window = MainWindow(db, clerk)
    qtbot.addWidget(window)
    window.show()
    assert "ISB — Islamabad" in window.office_label.text()
    assert str(tmp_path / "office.db") in window.db_label.text()
    assert "amina" in window.user_label.text()


def test_the_window_opens_signs_in_paints_and_quits(tmp_path):
    """`rawangi --user NAME --quit-after-paint` is what smoke tests and benchmarks start."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
        "RAWANGI_PASSWORD": "smoke-test-password",
    }
    db = str(tmp_path / "smoke.db")
    run = [sys.executable, "-m", "desktop"]
    setup = subprocess.run(
        [*run, "init", "--db", db, "--office", "KHI", "--admin", "root"],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env=env,
    )
    assert setup.returncode == 0, setup.stderr
    result = subprocess.run(
        [*run, "--db", db, "--user", "root", "--quit-after-paint"],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr


def test_every_action_has_a_shortcut_its_tooltip_names_and_none_is_shared(qtbot, db, supervisor):
    window = MainWindow(db, supervisor, SynchronousTasks())
    qtbot.addWidget(window)
    assert [key for key, action in window.actions.items() if action.shortcut().isEmpty()] == []
    taken: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            assert f"({keys})" in action.toolTip(), action.text()
            assert keys not in taken, f"{keys} is both {taken.get(keys)} and {action.text()}"
            taken[keys] = action.text()
    # The views' own shortcuts act in the same window: a shared key would do neither.
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys not in taken, f"{keys} is both {taken.get(keys)} and a shortcut of a view"
        taken[keys] = "a view's shortcut"


def test_no_two_alt_letters_meet_in_one_view(qtbot, db, supervisor):
    """The menus' Alt letters and those of the view shown never compete for one key."""
    window = MainWindow(db, supervisor, SynchronousTasks())
    qtbot.addWidget(window)
    window.show()
    menus = [mnemonic(action.text()) for action in window.menuBar().actions()]
    for name in window.views:
        window.show_view(name)
        view = window.tabs.currentWidget()
        texts = [b.text() for b in view.findChildren(QAbstractButton) if b.isVisibleTo(window)]
        texts += [
            label.text()
            for label in view.findChildren(QLabel)
            if label.buddy() is not None and label.isVisibleTo(window)
        ]
        letters = [*menus, *(mnemonic(text) for text in texts)]
        letters = [letter for letter in letters if letter]
        assert len(letters) == len(set(letters)), (name, sorted(letters))


def mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_the_window_comes_back_with_its_size_and_last_view(qtbot, db, supervisor):
    first = MainWindow(db, supervisor, SynchronousTasks())
    qtbot.addWidget(first)
    first.show()
    first.show_view("contingents")
    shape = first.saveGeometry()
    first.close()
    # The offscreen screen is smaller than the window: compare what is kept, not pixels.
    assert user_settings.store().value("geometry/main_window") == shape
    again = MainWindow(db, supervisor, SynchronousTasks())
    qtbot.addWidget(again)
    assert again.current_view() == "contingents"


def test_about_names_the_version_data_backups_head_and_licences(qtbot, db, clerk, tmp_path):
    from desktop import __version__
    from desktop.gui.about_dialog import AboutDialog
    from desktop.store import audit

    dialog = AboutDialog(db, tmp_path / "backups")
    qtbot.addWidget(dialog)
    facts = dialog.facts_text()
    assert __version__ in facts and str(tmp_path / "office.db") in facts
    assert str(tmp_path / "backups") in facts and audit.head(db) in facts
    assert "SIL Open Font License" in dialog.licences() and "GNU LGPL 3" in dialog.licences()
    dialog.copy_head()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == audit.head(db)
