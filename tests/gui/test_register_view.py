import pytest
from PySide6.QtCore import Qt

from desktop import services
from desktop.gui import tasks
from desktop.gui.main_window import MainWindow
from desktop.gui.register_model import RegisterModel
from desktop.gui.register_view import StatusDialog
from desktop.store.db import db_path
from desktop.store.register import RegisterFilter
from tests.factories import person

PEOPLE = [
    person(
        surname="Khan",
        given_names="Muhammad Imran",
        cnic="35202-1234567-1",
        passport_no="AB1234567",
        destination="SA",
    ),
    person(
        surname="Khan",
        given_names="Ayesha",
        father_name="Tariq Khan",
        sex="F",
        cnic="35202-7654321-2",
        passport_no="CD7654321",
        destination="AE",
    ),
    person(
        surname="Raza",
        given_names="Muhammad Ali",
        cnic="61101-1111111-3",
        passport_no="EF1111111",
        destination="SA",
        channel="OEC",
        oep_licence_no="",
    ),
    person(
        surname="Muhammadi",
        given_names="Bilal",
        cnic="42101-2222222-5",
        passport_no="GH2222222",
        destination="QA",
    ),
]


@pytest.fixture
def filled(db, clerk):
    for values in PEOPLE:
        services.record_departure(db, clerk, values)
    return db


@pytest.fixture
def window(qtbot, filled, clerk):
    win = MainWindow(filled, clerk, tasks.SynchronousTasks())
    qtbot.addWidget(win)
    win.show()
    win.show_view("register")
    yield win
    tasks.close_readers()


def visible_names(view):
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def search(qtbot, view, text):
    view.ui.searchEdit.setText(text)
    view.apply_filter()  # what the typing pause triggers


def test_the_model_passes_the_model_tester(qtmodeltester, filled):
    model = RegisterModel(db_path(filled), tasks.SynchronousTasks())
    model.refresh()
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(text="muh"))
    qtmodeltester.check(model)
    tasks.close_readers()


def test_every_departure_is_listed_newest_first(window):
    view = window.register_view
    assert visible_names(view) == [
        "BILAL MUHAMMADI",
        "MUHAMMAD ALI RAZA",
        "AYESHA KHAN",
        "MUHAMMAD IMRAN KHAN",
    ]
    assert view.ui.countLabel.text() == "4 departures"


def test_a_cnic_typed_in_the_search_box_finds_exactly_that_person(qtbot, window):
    view = window.register_view
    search(qtbot, view, "35202 7654321 2")
    assert visible_names(view) == ["AYESHA KHAN"]
    assert view.ui.countLabel.text() == "1 departure match"


def test_a_name_prefix_finds_all_matching_names(qtbot, window):
    view = window.register_view
    search(qtbot, view, "muh")
    assert sorted(visible_names(view)) == [
        "BILAL MUHAMMADI",
        "MUHAMMAD ALI RAZA",
        "MUHAMMAD IMRAN KHAN",
    ]


def test_filters_combine(qtbot, window):
    view = window.register_view
    search(qtbot, view, "muh")
    view.ui.destinationCombo.setCurrentIndex(view.ui.destinationCombo.findData("SA"))
    view.apply_filter()
    assert sorted(visible_names(view)) == ["MUHAMMAD ALI RAZA", "MUHAMMAD IMRAN KHAN"]
    view.ui.statusCombo.setCurrentIndex(view.ui.statusCombo.findData("withdrawn"))
    assert visible_names(view) == []
    assert view.ui.countLabel.text() == "No departures match “muh”."


def test_an_empty_result_says_so(qtbot, window):
    view = window.register_view
    search(qtbot, view, 'NEAR( "')
    assert visible_names(view) == []
    assert "No departures match" in view.ui.countLabel.text()
    assert "Try fewer letters" in view.table.placeholder


def test_sorting_by_a_column(qtbot, window):
    view = window.register_view
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert visible_names(view) == [
        "AYESHA KHAN",
        "MUHAMMAD IMRAN KHAN",
        "BILAL MUHAMMADI",
        "MUHAMMAD ALI RAZA",
    ]


def test_a_status_change_with_its_reason_shows_in_history(qtbot, window, monkeypatch):
    view = window.register_view
    search(qtbot, view, "EF1111111")
    view.table.selectRow(0)
    departure = services.get_departure(window.db, view.selected_id())
    dialog = StatusDialog(window.db, window.actor, departure, view)
    qtbot.addWidget(dialog)
    dialog.choose("withdrawn", "")
    dialog.apply()
    assert "reason" in dialog.message()
    dialog.choose("withdrawn", "Visa cancelled by the employer")
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    view.refresh()
    view.table.selectRow(0)
    lines = view.history_lines()
    assert lines[0] == "Recorded"
    assert (
        lines[-1] == "Status changed: recorded → withdrawn (reason: Visa cancelled by the employer)"
    )
    assert view.model.index(0, 8).data() == "withdrawn"


def test_enter_opens_the_record_in_the_form_and_an_edit_reruns_the_rules(qtbot, window):
    view = window.register_view
    search(qtbot, view, "35202-1234567-1")
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = window.departure_form
    assert window.current_view() == "departure"
    assert form.values()["passport_no"] == "AB1234567"
    form.set_values({"passport_expiry": "2026-03-10"})
    assert form.save(next_person=False) is None
    assert "expires on 2026-03-10" in form.problem_text("passport_expiry")
    stored = services.get_departure(window.db, form.current.id)
    assert stored.passport_expiry.isoformat() == "2031-05-20"


def test_an_edit_that_saves_updates_the_register(qtbot, window):
    view = window.register_view
    search(qtbot, view, "GH2222222")
    view.table.selectRow(0)
    view.open_selected()
    window.departure_form.set_values({"trade": "Welder"})
    assert window.departure_form.save(next_person=False) is not None
    assert view.model.index(0, 4).data() == "Welder"
    view.table.selectRow(0)
    assert view.history_lines()[-1] == "Edited: Trade / profession: Electrician → Welder"


def test_search_as_you_type_answers_from_a_worker_thread(qtbot, filled, clerk):
    win = MainWindow(filled, clerk, tasks.Tasks())
    qtbot.addWidget(win)
    view = win.register_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    with qtbot.waitSignal(view.model.counted, timeout=5000):
        qtbot.keyClicks(view.ui.searchEdit, "raza")
    qtbot.waitUntil(lambda: visible_names(view) == ["MUHAMMAD ALI RAZA"])
    win.tasks.wait()
