import pytest
from PySide6.QtCore import Qt

from desktop import services
from desktop.gui import tasks
from desktop.gui.contingents_view import ContingentDialog, ContingentsModel, ContingentsView
from desktop.services import contingents
from desktop.store import contingents as contingent_rows
from tests.factories import person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

TYPED = {
    "flight_no": "pk 731",
    "carrier": "Pakistan International Airlines",
    "airport": "isb",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia, Qatar",
    "capacity": "150",
}


@pytest.fixture
def make_view(qtbot, db):
    def make(actor):
        view = ContingentsView(db, actor, tasks.SynchronousTasks())
        qtbot.addWidget(view)
        view.show()
        return view

    yield make
    tasks.close_readers()


@pytest.fixture
def two(db, clerk, supervisor):
    """An open contingent with one person, and a finalized one with one person."""
    first = contingents.create_contingent(db, clerk, TYPED)
    second = contingents.create_contingent(
        db, clerk, {**TYPED, "flight_no": "EK 613", "carrier": "Emirates", "capacity": "2"}
    )
    for contingent, number in ((first, 1), (second, 2)):
        stored = services.record_departure(
            db,
            clerk,
            person(cnic=f"35202-123456{number}-1", passport_no=f"AB123456{number}"),
        )
        contingents.add_people(db, clerk, contingent.id, [str(stored.id)])
    contingents.finalize(db, supervisor, second.id)
    return first, second


def test_the_model_passes_the_model_tester(qtmodeltester, db, two):
    model = ContingentsModel()
    model.set_listed(contingent_rows.listing(db))
    qtmodeltester.check(model)


def test_the_list_shows_each_contingent_at_a_glance(make_view, supervisor, two):
    first, second = two
    view = make_view(supervisor)
    assert view.visible_codes() == [second.code, first.code]  # the latest first
    row = [view.model.index(1, column).data() for column in range(view.model.columnCount())]
    assert row == [
        first.code,
        "2026-03-15 09:30",
        "PK-731 Pakistan International Airlines",
        "1 / 150",
        "open",
        "—",
        "Saudi Arabia, Qatar",
    ]
    assert view.model.index(0, 4).data() == "finalized"
    assert view.model.index(0, 5).data() == "1"
    assert view.ui.countLabel.text() == "2 contingents"


def test_counts_in_the_tooltip_are_said_in_the_singular_and_the_plural(make_view, supervisor, two):
    view = make_view(supervisor)
    tip = view.model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "1 person travelling; 149 seats free"


def test_the_status_filter(make_view, supervisor, two):
    first, _ = two
    view = make_view(supervisor)
    view.set_status_filter("open")
    assert view.visible_codes() == [first.code]
    assert view.ui.countLabel.text() == "1 open contingent"
    view.set_status_filter("departed")
    assert view.visible_codes() == []
    assert view.table.placeholder.startswith("No departed contingents.")


def test_the_empty_list_says_what_to_do(make_view, clerk):
    view = make_view(clerk)
    assert view.visible_codes() == []
    assert "New contingent…" in view.table.placeholder
    assert "add people to it" in view.table.placeholder


def test_a_bad_flight_number_shows_its_message_next_to_the_field(qtbot, db, clerk):
    dialog = ContingentDialog(db, clerk)
    qtbot.addWidget(dialog)
    assert dialog.ui.airportEdit.text() == "ISB"  # the office's own airport
    dialog.fill(**{**TYPED, "flight_no": "731"})
    dialog.apply()
    assert dialog.contingent is None
    assert dialog.problem_text("flight_no") == "Flight no. looks like PK-731 or EK 613."
    assert dialog.problem_text("carrier") == ""
    assert contingent_rows.listing(db) == []
    dialog.fill(flight_no="PK731", destinations="Atlantis")
    dialog.apply()
    assert dialog.problem_text("flight_no") == ""
    assert "Atlantis" in dialog.problem_text("destinations")


def test_the_dialog_creates_the_contingent(qtbot, db, clerk):
    dialog = ContingentDialog(db, clerk)
    qtbot.addWidget(dialog)
    dialog.fill(**TYPED)
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    created = dialog.contingent
    assert created.code == "ISB-20260315-01"
    assert (created.flight_no, created.airport, created.destinations) == (
        "PK-731",
        "ISB",
        ("SA", "QA"),
    )


def test_new_contingent_creates_lists_and_opens_it(make_view, clerk, answers):
    def fill_in(dialog):
        dialog.fill(**TYPED)
        dialog.apply()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.dialog(fill_in)
    view = make_view(clerk)
    opened = []
    view.open_requested.connect(opened.append)
    created = view.new_contingent()
    assert view.visible_codes() == [created.code]
    assert view.selected_id() == created.id
    assert view.message() == f"Created {created.code}. Add its people in the window that opened."
    assert opened == [created.id]
    assert view.windows[created.id].isVisible()


def test_cancelling_the_dialog_creates_nothing(make_view, db, clerk, answers):
    answers.dialog(False)
    view = make_view(clerk)
    assert view.new_contingent() is None
    assert contingent_rows.listing(db) == []


def test_enter_opens_the_selected_contingent_in_one_window(qtbot, make_view, supervisor, two):
    first, _ = two
    view = make_view(supervisor)
    view.select(first.id)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [first.id]
    window = view.windows[first.id]
    assert window.isVisible()
    assert window.contingent.code == first.code
    assert view.open_contingent(first.id) is window  # one window per contingent
    assert len(view.windows) == 1


def test_a_change_in_a_window_refreshes_the_list(make_view, db, clerk, two):
    first, _ = two
    view = make_view(clerk)
    window = view.open_contingent(first.id)
    other = services.record_departure(
        db, clerk, person(cnic="35202-1234563-1", passport_no="AB1234563")
    )
    window.add_departures([str(other.id)])
    row = view.model.row_of(first.id)
    assert view.model.index(row, 3).data() == "2 / 150"


def test_an_admin_may_look_but_not_create(make_view, admin, two):
    view = make_view(admin)
    assert not view.ui.newButton.isEnabled()
    assert view.new_contingent() is None
    assert len(view.visible_codes()) == 2


def test_the_new_button_names_its_shortcut(make_view, clerk):
    view = make_view(clerk)
    assert "Ctrl+Shift+N" in view.ui.newButton.toolTip()


def test_locking_hides_the_windows_and_another_user_gets_their_own_buttons(
    make_view, supervisor, clerk, two
):
    _, finalized = two
    view = make_view(supervisor)
    window = view.open_contingent(finalized.id)
    manifest = window.open_manifest()
    assert window.ui.reopenButton.isEnabled()
    view.hide_windows()
    assert not window.isVisible()
    assert not manifest.isVisible()
    view.set_actor(clerk)
    assert not window.ui.reopenButton.isEnabled()
    assert not window.ui.manifestButton.isEnabled()
    assert window.manifest_window is None  # the supervisor's manifest is not left open
