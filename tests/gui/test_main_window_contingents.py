import pytest

from desktop import services
from desktop.gui import tasks
from desktop.gui.main_window import MainWindow
from desktop.services import contingents
from tests.factories import person

FLIGHT = {"flight_no": "PK-731", "carrier": "PIA", "airport": "ISB",
          "departure_date": "2026-03-15", "departure_time": "09:30", "destinations": "SA",
          "capacity": "10"}  # fmt: skip


@pytest.fixture
def window(qtbot, db, supervisor):
    win = MainWindow(db, supervisor, tasks.SynchronousTasks())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.contingents_view.close_windows()
    tasks.close_readers()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_register_selection_joins_the_chosen_open_contingent(window, db, supervisor, questions):
    stored = services.record_departure(db, supervisor, person())
    contingent = contingents.create_contingent(db, supervisor, FLIGHT)
    window.show_view("register")
    view = window.register_view
    view.ui.searchEdit.setText(stored.cnic)
    view.apply_filter()
    view.table.selectRow(0)
    window.add_selected_to_contingent()
    assert services.get_departure(db, stored.id).contingent_id == contingent.id
    assert view.model.index(0, 7).data() == contingent.code


def test_without_a_selection_it_says_what_to_do(window, questions):
    window.add_selected_to_contingent()
    assert "Select a departure in the register first" in questions[-1][1]


def test_ctrl_3_shows_the_contingents(window, qtbot):
    window.actions["contingents"].trigger()
    assert window.current_view() == "contingents"
