import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core import clock
from desktop.core.roles import Actor, Role
from desktop.gui import backups_window, dialogs, tasks
from desktop.gui.backups_window import BackupsModel, BackupsWindow, human_size
from desktop.gui.tasks import SynchronousTasks
from desktop.services import demo
from desktop.store import audit, backup, office_settings, open_database, write
from desktop.store.backup import BackupCancelled

NOW = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def filled(db, clerk):
    demo.fill(db, clerk, 40, office="ISB", seed=4)
    return db


def make_window(qtbot, db, actor, folder) -> BackupsWindow:
    window = BackupsWindow(db, actor, folder, tasks=SynchronousTasks())
    qtbot.addWidget(window)
    window.show()
    return window


def cells(window: BackupsWindow) -> list[list[str]]:
    model = window.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_list_shows_time_size_verified_reason_and_head(qtbot, filled, supervisor, folder):
    older = backup.take(filled, folder, reason="daily", now=NOW - dt.timedelta(days=1))
    newer = backup.take(filled, folder, reason="on demand", now=NOW)
    (folder / "rawangi-20260215-080000.db").write_bytes(b"copied by hand")
    window = make_window(qtbot, filled, supervisor, folder)
    shown = cells(window)
    assert [row[0] for row in shown] == [
        NOW.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        (NOW - dt.timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        dt.datetime(2026, 2, 15, 8, tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S"),
    ]
    assert [row[1] for row in shown] == ["ISB — Islamabad", "ISB — Islamabad", "—"]
    assert shown[0][2] == human_size(newer.size)
    assert [row[3] for row in shown] == ["✓ verified", "✓ verified", "✗ not verified"]
    assert [row[4] for row in shown] == ["on demand", "daily", ""]
    assert shown[1][5] == older.audit_head[:12] + "…"
    assert shown[2][5] == "—"
    tip = window.model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not verified: unreadable" in tip
    assert str(folder) in window.ui.folderLabel.text()
    assert window.selected() == window.model.backups[0]  # the newest is chosen


def test_only_this_databases_backups_are_listed(qtbot, filled, supervisor, folder, tmp_path):
    other = open_database(tmp_path / "demo.db")
    try:
        demo.fill(other, Actor("amina", Role.CLERK, "KHI"), 5, office="KHI", seed=2)
        with write(other):
            office_settings.put(other, "office", "KHI")
        for days in range(10):  # a demo file's many backups, in the same folder
            backup.take(other, folder, reason="daily", now=NOW - dt.timedelta(days=days))
    finally:
        other.close()
    mine = backup.take(filled, folder, reason="on demand", now=NOW - dt.timedelta(days=20))

    window = make_window(qtbot, filled, supervisor, folder)

    assert [info.path for info in window.model.backups] == [mine.path]
    assert cells(window)[0][1] == "ISB — Islamabad"
    assert "of this database" in window.ui.folderLabel.text()


def test_an_empty_folder_says_what_to_do(qtbot, db, supervisor, folder):
    window = make_window(qtbot, db, supervisor, folder)
    assert window.model.rowCount() == 0
    assert "No backups yet" in window.table.placeholder
    assert "Back up now" in window.table.placeholder


def test_back_up_now(qtbot, filled, supervisor, folder):
    window = make_window(qtbot, filled, supervisor, folder)
    with qtbot.waitSignal(window.backup_taken) as taken:
        qtbot.mouseClick(window.ui.backUpButton, Qt.MouseButton.LeftButton)
    info = taken.args[0]
    assert info.verified and info.path.exists()
    assert window.model.rowCount() == 1
    assert window.selected().path == info.path
    assert "integrity check passed" in window.ui.messageLabel.text()
    assert info.path.name in window.ui.messageLabel.text()
    assert window.ui.backUpButton.isEnabled()  # ready for another
    # Done on the worker's own connection, audited in the database.
    row = audit.browse(filled, audit.AuditFilter(action="backup"))[0]
    assert row["user"] == supervisor.name and row["after"]["path"] == str(info.path)


def test_a_failed_backup_is_explained(qtbot, filled, supervisor, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    window = make_window(qtbot, filled, supervisor, blocker / "backups")
    window.back_up_now()
    text = window.ui.messageLabel.text()
    assert text.startswith("No backup was taken: The backup folder")
    assert "cannot be created" in text
    assert window.ui.backUpButton.isEnabled()


def test_a_cancelled_backup(qtbot, filled, supervisor, folder, monkeypatch):
    def cancelled(*args, **kwargs):
        raise BackupCancelled

    monkeypatch.setattr(backups_window.backup_service, "take_backup", cancelled)
    window = make_window(qtbot, filled, supervisor, folder)
    window.back_up_now()
    assert window.ui.messageLabel.text() == "The backup was cancelled; no backup was kept."


def test_progress_reaches_the_dialog(qtbot, filled, supervisor, folder, monkeypatch):
    seen = []
    window = make_window(qtbot, filled, supervisor, folder)
    real_take = backup.take

    def take_in_small_steps(*args, **kwargs):
        return real_take(*args, **kwargs, pages_per_step=4)

    monkeypatch.setattr(backup, "take", take_in_small_steps)

    class Watched(tasks.LongJob):
        def report(self, done, total, text=""):
            seen.append((done, total))
            super().report(done, total, text)

    monkeypatch.setattr(backups_window, "LongJob", Watched)
    window.back_up_now()
    assert len(seen) > 3 and seen[-1][0] == seen[-1][1]
    assert window.job is None  # its progress dialog closed when done


@pytest.mark.parametrize(
    "case",
    [(Role.CLERK, False, False), (Role.SUPERVISOR, True, False), (Role.ADMIN, True, True)],
    ids=["clerk", "supervisor", "admin"],
)
def test_buttons_follow_the_role(qtbot, db, folder, case):
    role, may_back_up, may_restore = case
    backup.take(db, folder, reason="x")
    window = make_window(qtbot, db, Actor("someone", role, "ISB"), folder)
    assert window.ui.backUpButton.isEnabled() is may_back_up
    assert window.ui.restoreButton.isVisible() is may_restore
    assert window.ui.openFolderButton.isEnabled()
    assert ("Only a supervisor or an admin" in window.ui.messageLabel.text()) is not may_back_up


def test_restore_asks_then_hands_over_to_the_main_window(qtbot, filled, admin, folder, questions):
    taken = backup.take(filled, folder, reason="daily", now=NOW)
    window = make_window(qtbot, filled, admin, folder)
    with qtbot.waitSignal(window.restore_requested) as requested:
        qtbot.mouseClick(window.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert requested.args == [taken.path]
    title, text = questions[-1]
    assert title == "Restore a backup"
    assert NOW.astimezone().strftime("%Y-%m-%d %H:%M:%S") in text


def test_restore_answered_no_does_nothing(qtbot, filled, admin, folder, monkeypatch):
    backup.take(filled, folder, reason="daily")
    window = make_window(qtbot, filled, admin, folder)
    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: False)
    with qtbot.assertNotEmitted(window.restore_requested):
        window.restore_selected()


def test_restore_explains_the_restart_and_the_kept_file(qtbot, filled, admin, folder, monkeypatch):
    backup.take(filled, folder, reason="daily")
    window = make_window(qtbot, filled, admin, folder)
    asked = {}

    def ask(parent, title, text, **kwargs):
        asked.update(kwargs, text=text)
        return False

    monkeypatch.setattr(dialogs, "ask", ask)
    window.restore_selected()
    details = " ".join(asked["details"])
    assert "starts again" in details and "not deleted" in details
    assert asked["yes"] == "Restore and restart"


def test_open_folder(qtbot, db, supervisor, folder, monkeypatch):
    opened = []
    monkeypatch.setattr(backups_window, "open_folder", lambda path: opened.append(path) or True)
    window = make_window(qtbot, db, supervisor, folder)
    qtbot.mouseClick(window.ui.openFolderButton, Qt.MouseButton.LeftButton)
    assert opened == [folder] and folder.is_dir()


def test_the_model(qtmodeltester, db, folder):
    backup.take(db, folder, reason="x", now=NOW)
    backup.take(db, folder, reason="y")
    model = BackupsModel()
    model.set_backups(backup.list_backups(folder))
    qtmodeltester.check(model)


def test_sizes_read_well():
    assert human_size(2_000) == "2 KB"
    assert human_size(1_500_000) == "1.4 MB"
    assert human_size(3 * 1024**3) == "3.0 GB"


def test_screenshot(qtbot, filled, admin, folder):
    now = clock.utc_now()  # "Back up now" applies retention with the real clock
    for days in (1, 2, 9, 40):
        backup.take(filled, folder, reason="daily", now=now - dt.timedelta(days=days))
    window = make_window(qtbot, filled, admin, folder)
    window.resize(820, 360)
    window.back_up_now()
    window.grab().save(str(folder.parent / "backups-window.png"))
    assert window.model.rowCount() == 5
    assert window.selected() == window.model.backups[0]  # the one just taken
