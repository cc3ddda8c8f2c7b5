"""The window on the office server: desks see each other, the server gone, the first-run choice,
and where the window says the register lives."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop import services
from desktop.gui import app, tasks, user_settings
from desktop.gui.about_dialog import AboutDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.office_server import FirstRunDialog, ServerPasswordDialog, chosen_target
from desktop.services import contingents
from desktop.store import departures, open_database
from desktop.store.engine import PasswordNeeded, server_address
from tests.conftest import server_cluster
from tests.factories import person

# The offscreen platform cannot raise a window; that is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
SERVER = pytest.mark.parametrize("engine", ["server"], indirect=True)

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
def nothing_chosen_yet():
    """This PC has not chosen where its register lives (QSettings outlives a test)."""
    for key in ("database/where", "database/server"):
        user_settings.store().remove(key)
    yield
    for key in ("database/where", "database/server"):
        user_settings.store().remove(key)


@pytest.fixture
def window(qtbot, db, clerk, tmp_path):
    win = MainWindow(db, clerk, tasks.SynchronousTasks(), backup_folder=tmp_path / "backups")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.other_desks.stop()
    tasks.close_readers()


@pytest.fixture
def other_desk(db_target):
    """A second desk: its own connection to the same register."""
    desk = open_database(db_target)
    yield desk
    desk.close()


def drop_connections(db):
    """The server gone for a moment: every connection to this database is ended."""
    with server_cluster().admin() as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (db.name,),
        )


# -- desks see each other ------------------------------------------------------------------------


@SERVER
def test_a_departure_saved_at_another_desk_shows_within_two_seconds(
    qtbot, window, other_desk, clerk
):
    window.show_view("register")
    assert window.other_desks.listening()
    assert window.register_view.model.rowCount() == 0
    services.record_departure(other_desk, clerk, person(surname="Baig", given_names="Sana"))
    qtbot.waitUntil(lambda: window.register_view.model.rowCount() == 1, timeout=2000)
    assert window.register_view.ui.countLabel.text() == "1 departure"


@SERVER
def test_a_contingent_made_at_another_desk_shows_in_the_contingents_view(
    qtbot, window, other_desk, supervisor
):
    window.show_view("contingents")
    view = window.contingents_view
    assert view.visible_codes() == []
    made = contingents.create_contingent(other_desk, supervisor, CONTINGENT)
    qtbot.waitUntil(lambda: view.visible_codes() == [made.code], timeout=2000)


@SERVER
def test_an_edit_at_another_desk_shows_in_the_row_already_listed(
    qtbot, db, window, other_desk, clerk
):
    stored = services.record_departure(db, clerk, person())
    window.register_view.model.refresh()
    column = next(
        c
        for c in range(window.register_view.model.columnCount())
        if window.register_view.model.index(0, c).data() == "Electrician"
    )
    services.update_departure(
        other_desk,
        clerk,
        str(stored.id),
        {**person(), "trade": "Welder"},
        version=stored.version,
    )
    qtbot.waitUntil(
        lambda: window.register_view.model.index(0, column).data() == "Welder", timeout=2000
    )


def test_on_a_file_nothing_listens(window):
    assert not window.other_desks.listening()
    assert "reconnect" not in [a.objectName() for a in window.menus["file"].actions()]
    assert window.actions["reconnect"] not in window.menus["file"].actions()


# -- where the window says the register lives ---------------------------------------------------


@SERVER
def test_the_status_bar_and_about_name_the_server_not_a_file(window, db, tmp_path):
    assert window.db_label.text().startswith("Office server: postgresql://postgres@")
    assert db.name in window.db_label.text()
    about = AboutDialog(db, tmp_path / "backups")
    facts = about.facts_text()
    assert "Office server" in facts and db.name in facts
    assert "Backup folder" not in facts
    assert "pg_dump" in facts


@SERVER
def test_file_only_parts_are_not_offered_on_the_server(db, tmp_path, qtbot, admin):
    win = MainWindow(db, admin, tasks.SynchronousTasks(), backup_folder=tmp_path / "backups")
    qtbot.addWidget(win)
    assert win.actions["backups"] not in win.menus["admin"].actions()
    assert "pg_dump" in win.refusal("backups")
    assert win.actions["reconnect"] in win.menus["file"].actions()
    win.start_checks()  # nothing to check by file: no banner, no backup
    assert win.banner_text() == ""
    assert not (tmp_path / "backups").exists()
    win.other_desks.stop()


# -- the server gone -----------------------------------------------------------------------------


@SERVER
@pytest.mark.expected_log("no rollback on")
def test_the_server_gone_mid_save_keeps_the_form_and_reconnect_saves(qtbot, window, db):
    form = window.departure_form
    window.show_view("departure")
    form.set_values(person(surname="Baig"))
    drop_connections(db)
    assert form.save(next_person=False) is None
    message = form.message()
    assert "cannot be reached" in message and db.name in message
    assert form.values()["surname"] == "Baig" and form.values()["cnic"] == person()["cnic"]
    assert "Reconnect" in window.banner_text()
    assert window.reconnect()
    assert window.banner_text() == ""
    assert departures.count(db) == 0  # nothing half-saved
    assert form.save(next_person=False) is not None
    assert departures.count(db) == 1


@SERVER
@pytest.mark.expected_log("no rollback on")
def test_the_next_save_reconnects_by_itself(qtbot, window, db):
    form = window.departure_form
    form.set_values(person())
    drop_connections(db)
    assert form.save(next_person=False) is None
    assert form.values()["surname"] == "Khan"
    assert form.save(next_person=False) is not None
    assert "Saved" in form.message()
    assert departures.count(db) == 1


@SERVER
def test_the_other_desks_listener_comes_back_after_a_reconnect(qtbot, window, db, other_desk):
    drop_connections(db)
    qtbot.waitUntil(lambda: not window.other_desks.listening(), timeout=2000)
    assert "cannot be reached" in window.banner_text()
    assert window.reconnect()
    assert window.other_desks.listening()


# -- the start: the first-run choice, the password, the server unreachable -----------------------


def _socket_parts(target):
    cluster = server_cluster()
    return {"host": str(cluster.folder), "port": cluster.port, "user": "postgres"}


@SERVER
def test_first_run_tests_the_server_before_it_is_kept(qtbot, db_target, db, tmp_path):
    dialog = FirstRunDialog(tmp_path / "rawangi.db")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.ui.fileRadio.isChecked() and ok.isEnabled()
    dialog.fill(database=db.name, **_socket_parts(db_target))
    assert not ok.isEnabled()  # not tested yet
    assert dialog.test_connection()
    assert "the register of office ISB" in dialog.ui.testLabel.text()
    assert ok.isEnabled()
    dialog.apply()
    assert user_settings.get("database/where") == "server"
    assert user_settings.get("database/server") == dialog.address()
    assert chosen_target(tmp_path / "rawangi.db") == dialog.address()


def test_first_run_names_an_unreachable_server_and_keeps_nothing(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "rawangi.db")
    qtbot.addWidget(dialog)
    dialog.fill(host=str(tmp_path / "nowhere"), port=5999, database="rawangi", user="desk")
    assert not dialog.test_connection()
    text = dialog.ui.testLabel.text()
    assert "cannot be reached" in text and "postgresql://desk@" in text
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.apply()  # tries again, in vain: nothing kept
    assert user_settings.get("database/where") == ""
    assert dialog.result() == 0


def test_first_run_this_pc_alone_keeps_the_file(qtbot, tmp_path, answers):
    answers.dialog(lambda d: d.apply() or True)
    assert chosen_target(tmp_path / "rawangi.db") == str(tmp_path / "rawangi.db")
    assert answers.dialogs == ["FirstRunDialog"]
    assert user_settings.get("database/where") == "file"
    # Asked once only: the next start goes straight to the file.
    assert chosen_target(tmp_path / "rawangi.db") == str(tmp_path / "rawangi.db")


def test_the_password_is_asked_when_the_server_wants_one(qtbot, tmp_path, answers, monkeypatch):
    given = []

    def check(address, password=None):
        given.append(password)
        if password is None:
            raise PasswordNeeded(address)
        return "Connected."

    monkeypatch.setattr(services, "check_server", check)
    dialog = FirstRunDialog(tmp_path / "rawangi.db")
    qtbot.addWidget(dialog)
    dialog.fill(host="192.168.1.10", database="rawangi", user="desk")

    def type_password(asked):
        assert isinstance(asked, ServerPasswordDialog)
        assert "postgresql://desk@192.168.1.10:5432/rawangi" in asked.ui.introLabel.text()
        asked.ui.passwordEdit.setText("s3cret")
        return True

    answers.dialog(type_password)
    assert dialog.test_connection()
    assert given == [None, "s3cret"]
    dialog.apply()
    stored = user_settings.store()
    stored.sync()
    kept = " ".join(str(stored.value(key)) for key in stored.allKeys())
    assert "s3cret" not in kept
    assert user_settings.get("database/server") == "postgresql://desk@192.168.1.10:5432/rawangi"


def test_an_unreachable_server_at_the_start_offers_a_local_file(tmp_path, answers):
    address = server_address(str(tmp_path / "nowhere"), 5999, "rawangi", "desk")
    answers.pick(0)  # Try again
    answers.pick(1)  # Work on a local file for today
    assert app.open_server_for_window(address) == app.LOCAL_FOR_TODAY
    titles = [title for title, _ in answers.asked]
    assert titles == ["The office server cannot be reached"] * 2
    assert "postgresql://desk@" in answers.asked[0][1]
    answers.pick(2)  # Quit
    assert app.open_server_for_window(address) is None


@SERVER
def test_the_window_opens_on_the_server_from_the_command_line(db_target, db):
    opened = app.open_target(db_target)
    assert isinstance(opened, app.OpenServer)
    assert opened.db is not None and opened.db.name == db.name
    opened.close()
