"""What happens between a file name and the window: damaged files, a second program, a
read-only file, the check at start that writes wait for, the daily backup."""

import datetime as dt

import pytest

from desktop import services
from desktop.core.errors import StorageError
from desktop.core.roles import Actor, Role
from desktop.gui import app, tasks
from desktop.gui.main_window import MainWindow
from desktop.services import backups, users
from desktop.store import audit, backup, health, lock
from desktop.store import db as store_db
from tests.factories import person
from tests.store.fixtures import damaged

PASSWORD = "start-admin-password"


@pytest.fixture
def office_file(tmp_path):
    path = tmp_path / "office.db"
    db = services.open_office_database(path)
    users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.ensure_demo_users(db, PASSWORD)
    db.close()
    return path


@pytest.fixture
def backup_folder(tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "default_folder", lambda: folder)
    return folder


def test_a_second_program_on_the_same_file_is_told_who_holds_it(office_file, questions):
    held = lock.acquire(office_file)
    try:
        assert app.open_for_window(office_file) is None
    finally:
        held.release()
    _title, text = questions[-1]
    assert "already open in Rawangi" in text and "process" in text


@pytest.fixture(scope="module")
def damaged_files(tmp_path_factory):
    healthy = damaged.healthy_database(tmp_path_factory.mktemp("healthy") / "h.db")
    return damaged.variants(healthy.read_bytes())


@pytest.mark.parametrize("kind", ["pdf-renamed", "empty", "cut-in-half"])
def test_a_damaged_file_is_never_changed_and_without_backup_says_so(
    tmp_path, kind, questions, backup_folder, damaged_files
):
    path = tmp_path / "office.db"
    path.write_bytes(damaged_files[kind])
    before = path.read_bytes()
    assert app.open_for_window(path) is None
    assert path.read_bytes() == before
    assert "There is no verified backup" in questions[-1][1]


def test_a_damaged_file_is_restored_from_the_newest_verified_backup(
    office_file, backup_folder, monkeypatch, questions
):
    db = services.open_office_database(office_file)
    clerk = services.sign_in(db, "clerk", PASSWORD)
    kept = services.record_departure(db, clerk, person())
    taken = backups.take_backup(db, services.sign_in(db, "supervisor", PASSWORD), backup_folder)
    db.close()
    damaged_bytes = office_file.read_bytes()[:8192]
    office_file.write_bytes(damaged_bytes)
    monkeypatch.setattr(app, "ask_credentials", lambda: backups.Credentials("root", PASSWORD))
    opened = app.open_for_window(office_file)
    assert opened is not None and opened.db is not None
    try:
        assert services.get_departure(opened.db, kept.id).cnic == kept.cnic
    finally:
        opened.close()
    replaced = [p for p in office_file.parent.iterdir() if ".replaced-" in p.name]
    assert len(replaced) == 1 and replaced[0].read_bytes() == damaged_bytes
    assert any(t == "Backup restored" for t, _ in questions)
    assert taken.path.exists()


def test_a_damaged_copy_elsewhere_is_offered_the_offices_backups_by_office_and_date(
    office_file, backup_folder, monkeypatch, questions, tmp_path
):
    db = services.open_office_database(office_file)
    services.record_departure(db, services.sign_in(db, "clerk", PASSWORD), person())
    now = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    older = backup.take(db, backup_folder, reason="daily", now=now - dt.timedelta(days=1))
    newer = backup.take(db, backup_folder, reason="at exit", now=now)
    db.close()
    # A copy of the office's file, at another path, cut short (its first pages are whole).
    data = office_file.read_bytes()
    copy = tmp_path / "usb" / "copy-of-office.db"
    copy.parent.mkdir()
    copy.write_bytes(data[: len(data) // damaged.PAGE // 2 * damaged.PAGE])
    offered = []

    def choose(parent, title, text, items):
        offered.extend(items)
        return 1  # the older one

    monkeypatch.setattr(app.dialogs, "choose", choose)
    monkeypatch.setattr(app, "ask_credentials", lambda: backups.Credentials("root", PASSWORD))

    opened = app.open_for_window(copy)

    assert opened is not None
    opened.close()
    assert not any("There is no verified backup" in text for _, text in questions)
    assert len(offered) == 2
    for item, info in zip(offered, (newer, older), strict=True):
        assert item.startswith(
            f"ISB — Islamabad, taken {info.taken_at.astimezone():%Y-%m-%d %H:%M} "
        )
        assert info.path.name in item and "office.db" in item
    restored = services.open_office_database(copy)
    try:
        row = audit.browse(restored, audit.AuditFilter(action="restore"))[0]
    finally:
        restored.close()
    assert row["after"]["backup"] == str(older.path)


def test_a_read_only_file_opens_read_only_with_a_banner_and_saves_are_refused(
    qtbot, office_file, monkeypatch
):
    monkeypatch.setattr(health, "read_only_reason", lambda path: "the folder is read-only.")
    opened = app.open_for_window(office_file)
    assert opened is not None
    try:
        actor = Actor("clerk", Role.CLERK, "ISB")  # signing in would write: it is read-only
        window = MainWindow(
            opened.db, actor, tasks.SynchronousTasks(), read_only_reason=opened.read_only_reason
        )
        qtbot.addWidget(window)
        assert "Read-only: the folder is read-only." in window.banner_text()
        form = window.departure_form
        form.set_values(person())
        assert form.save(next_person=False) is None
        assert "read-only" in form.message() and form.values()["surname"] == "Khan"
    finally:
        tasks.close_readers()
        opened.close()


def test_saves_wait_for_the_check_at_start(qtbot, office_file, monkeypatch):
    monkeypatch.setattr(store_db.WriteGate, "WAIT_SECONDS", 0.05)
    db = services.open_office_database(office_file)
    clerk = services.sign_in(db, "clerk", PASSWORD)
    path = str(office_file)
    store_db.gate.hold(path)
    try:
        with pytest.raises(StorageError, match="still being checked"):
            services.record_departure(db, clerk, person())
        store_db.gate.release(path, None)
        assert services.record_departure(db, clerk, person()).cnic
        store_db.gate.hold(path)
        store_db.gate.release(path, "row 12 is damaged")
        with pytest.raises(StorageError, match="damaged database"):
            services.record_departure(
                db, clerk, person(cnic="61101-1111111-3", passport_no="ZZ1111111")
            )
    finally:
        store_db.gate._verdicts.pop(path, None)
        store_db.gate._problems.pop(path, None)
        db.close()


def test_the_check_at_start_frees_saves_and_takes_the_daily_backup(
    qtbot, office_file, backup_folder
):
    db = services.open_office_database(office_file)
    window = MainWindow(
        db,
        services.sign_in(db, "clerk", PASSWORD),
        tasks.SynchronousTasks(),
        backup_folder=backup_folder,
    )
    qtbot.addWidget(window)
    try:
        window.start_checks(full=True)
        assert window.banner_text() == ""
        assert [b.reason for b in backup.list_backups(backup_folder)] == ["daily"]
        assert services.record_departure(db, window.actor, person()).cnic
    finally:
        store_db.gate._verdicts.clear()
        tasks.close_readers()
        db.close()


def test_a_clean_exit_leaves_no_marker_and_a_crash_is_noticed(office_file):
    opened = app.open_for_window(office_file)
    assert opened is not None and not opened.unclean
    assert health.marker_path(office_file).exists()  # what a crash would leave behind
    opened.lock.release()
    opened.db.close()
    again = app.open_for_window(office_file)
    assert again is not None and again.unclean  # so the window runs the full check
    again.close()
    assert not health.marker_path(office_file).exists() and not health.was_unclean(office_file)
