"""A change saved in one window shows at once in every open view of those records."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from desktop import services
from desktop.gui import changes, tasks
from desktop.gui.contingent_window.questions import NoShowsDialog
from desktop.gui.contingents_view import STATUS
from desktop.gui.main_window import MainWindow
from desktop.gui.register_model import HEADERS
from desktop.gui.register_view import StatusDialog
from desktop.services import contingents
from tests.factories import person
from tests.gui.test_import_wizard import row, write_csv

# The offscreen platform cannot raise a window; that is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

SHOTS = Path("/tmp/shots")
STATUS_COLUMN = next(i for i, (key, _) in enumerate(HEADERS) if key == "status")
FLIGHT = {"flight_no": "PK-731", "carrier": "PIA", "airport": "ISB",
          "departure_date": "2026-03-15", "departure_time": "09:30", "destinations": "SA",
          "capacity": "10"}  # fmt: skip


def record(db, actor, number):
    return services.record_departure(
        db,
        actor,
        person(
            cnic=f"35202-{1234500 + number:07d}-1",
            passport_no=f"AB{1234500 + number:07d}",
            given_names=f"Person {chr(65 + number)}",
        ),
    )


@pytest.fixture
def people(db, supervisor):
    return [record(db, supervisor, n) for n in range(3)]


@pytest.fixture
def contingent(db, supervisor, people):
    made = contingents.create_contingent(db, supervisor, FLIGHT)
    contingents.add_people(db, supervisor, made.id, [p.id for p in people])
    return made


@pytest.fixture
def desk(qtbot, db, supervisor):
    """The main window with every view of the records open: register, contingents list,
    dashboard (departed only, March 2026) and the audit log."""
    window = MainWindow(db, supervisor, tasks.SynchronousTasks())
    qtbot.addWidget(window)
    window.resize(1366, 760)
    window.show()
    window.show_view("contingents")
    window.show_view("register")
    window.show_dashboard()
    dashboard = window.windows["dashboard"]
    dashboard.ui.statusCombo.setCurrentIndex(2)  # Departed only
    dashboard.set_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    window.show_audit()
    yield window
    window.contingents_view.close_windows()
    for opened in window.windows.values():
        opened.close()
    tasks.close_readers()


def statuses(view):
    model = view.model
    return [model.index(row, STATUS_COLUMN).data() for row in range(model.rowCount())]


def contingent_status(window, contingent_id):
    view = window.contingents_view
    row = view.model.row_of(contingent_id)
    return view.model.index(row, STATUS).data()


def test_marking_departed_in_its_window_shows_in_every_open_view(
    desk, db, supervisor, contingent, *, people, answers
):
    contingents.finalize(db, supervisor, contingent.id)
    desk.contingents_view.refresh()
    desk.register_view.refresh()
    register = desk.register_view
    register.table.selectRow(1)
    chosen = register.selected_id()
    audit = desk.windows["audit"]
    audit.refresh()
    audit.table.selectRow(0)
    newest_before = audit.selected_entry()["id"]
    rows_before = audit.model.rowCount()
    dashboard = desk.windows["dashboard"]
    assert dashboard.totals.total == 0
    assert statuses(register) == ["recorded"] * 3
    SHOTS.mkdir(exist_ok=True)
    register.grab().save(str(SHOTS / "register-before-departed.png"))

    absent = people[2].id

    def fill(dialog):
        assert isinstance(dialog, NoShowsDialog)
        dialog.mark(absent, "Missed the flight")
        dialog.apply()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.dialog(fill)
    window = desk.contingents_view.open_contingent(contingent.id)
    assert window.mark_departed()

    register.grab().save(str(SHOTS / "register-after-departed.png"))
    # The register shows the new statuses without a reload, the same person still selected.
    assert sorted(statuses(register)) == ["departed", "departed", "no-show"]
    assert register.selected_id() == chosen
    now = services.get_departure(db, chosen).status
    assert f"recorded → {now}" in register.history_lines()[-1]  # its History, read again
    assert register.ui.historyTitle.text().endswith(f"— {now}")
    # The contingents list, the dashboard's counts and the audit log follow.
    assert contingent_status(desk, contingent.id) == "departed"
    assert dashboard.totals.total == 2
    assert audit.model.rowCount() > rows_before
    assert audit.selected_entry()["id"] == newest_before  # the selection stayed on its row


def test_finalizing_shows_in_the_contingents_list_and_the_audit_log(
    qtbot, desk, contingent, answers
):
    desk.contingents_view.refresh()
    audit = desk.windows["audit"]
    audit.refresh()
    rows_before = audit.model.rowCount()
    assert contingent_status(desk, contingent.id) == "open"
    answers.yes()  # Finalize?
    window = desk.contingents_view.open_contingent(contingent.id)
    window.finalize()
    assert contingent_status(desk, contingent.id) == "finalized"
    assert window.ui.titleLabel.text().endswith("finalized")
    assert audit.model.rowCount() > rows_before
    assert audit.model.entry(0)["action"] == "finalized"


def test_a_status_change_in_the_register_shows_in_its_list_history_and_the_contingent_window(
    desk, db, contingent, *, answers
):
    register = desk.register_view
    register.refresh()
    register.table.selectRow(0)
    chosen = register.selected_id()
    window = desk.contingents_view.open_contingent(contingent.id)
    in_window_before = statuses(window)
    history_before = len(register.history_lines())

    def fill(dialog):
        assert isinstance(dialog, StatusDialog)
        dialog.choose("withdrawn", "The visa was cancelled")
        dialog.apply()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.dialog(fill)
    register.ui.statusButton.click()  # the Change status button, as a person presses it

    assert answers.dialogs == ["StatusDialog"]
    assert services.get_departure(db, chosen).status == "withdrawn"
    row = next(
        r for r in range(register.model.rowCount()) if register.model.departure_id(r) == chosen
    )
    assert register.model.index(row, STATUS_COLUMN).data() == "withdrawn"
    assert register.selected_id() == chosen
    assert len(register.history_lines()) == history_before + 1
    assert "withdrawn" in register.ui.historyTitle.text()
    assert sorted(statuses(window)) != sorted(in_window_before)
    assert "withdrawn" in statuses(window)


def test_a_cancelled_status_change_changes_nothing(qtbot, desk, db, people, answers):
    register = desk.register_view
    register.refresh()
    register.table.selectRow(0)
    chosen = register.selected_id()
    answers.dialog(False)
    register.change_status()
    assert services.get_departure(db, chosen).status == "recorded"
    assert statuses(register) == ["recorded"] * 3


def test_an_import_shows_in_the_register_the_contingents_and_the_dashboard(
    qtbot, desk, tmp_path, answers
):
    register = desk.register_view
    dashboard = desk.windows["dashboard"]
    dashboard.ui.statusCombo.setCurrentIndex(0)  # every status
    assert register.model.rowCount() == 0
    assert dashboard.totals.total == 0
    listed = write_csv(tmp_path / "OEC list.csv", [row(n) for n in (1, 2)])
    answers.file(listed)
    desk.import_list()
    wizard = desk.windows["import"]
    wizard.file_page.ui.browseButton.click()
    for _ in range(4):  # columns, preview, check, import
        wizard.button(QWizard.WizardButton.NextButton).click()
    with qtbot.waitSignal(wizard.imported):
        wizard.import_page.ui.importButton.click()
    wizard.close()
    assert register.model.rowCount() == 2
    assert statuses(register) == ["recorded"] * 2
    assert dashboard.totals.total == 2


def test_a_change_published_from_a_worker_arrives_on_the_gui_thread(qtbot, db):
    hub = changes.hub(db)
    heard = []
    hub.changed.connect(lambda change: heard.append((change, threading.current_thread())))
    sent = changes.change(changes.DEPARTURES, departure_ids=["d1"])
    worker = threading.Thread(target=changes.publish, args=(db, sent))
    with qtbot.waitSignal(hub.changed):
        worker.start()
        worker.join()
    assert heard == [(sent, threading.main_thread())]


def test_every_service_in_the_table_exists_and_names_real_kinds():
    import importlib

    for name, kinds in changes.SERVICE_CHANGES.items():
        module, function = name.split(".")
        assert callable(getattr(importlib.import_module(f"desktop.services.{module}"), function))
        assert set(kinds) <= set(changes.KINDS)


def test_a_change_says_which_records_from_the_service_arguments():
    found = changes.change_of(
        contingents.move_people, (None, None, "c1", "c2", ["d1", "d2"]), {}, 2
    )
    assert found.contingent_ids == {"c1", "c2"}
    assert found.departure_ids == {"d1", "d2"}
    assert found.touches_contingent("c1") and not found.touches_contingent("c3")
    assert found.touches(changes.AUDIT)
