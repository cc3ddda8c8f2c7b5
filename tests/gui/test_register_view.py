import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop import services
from desktop.gui import tasks, user_settings
from desktop.gui.language import apply_language
from desktop.gui.main_window import MainWindow
from desktop.gui.register_model import HEADERS, RegisterModel
from desktop.gui.register_view import StatusDialog
from desktop.services import contingents
from desktop.store.db import db_path
from desktop.store.register import RegisterFilter
from tests.factories import person

CONTINGENT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia, United Arab Emirates, Qatar",
    "capacity": "10",
}
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


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
def test_the_model_passes_the_model_tester(qtmodeltester, filled):
    model = RegisterModel(db_path(filled), tasks.SynchronousTasks())
    model.refresh()
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(text="muh"))
    qtmodeltester.check(model)
    tasks.close_readers()


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
def test_every_departure_is_listed_newest_first(window):
    view = window.register_view
    assert visible_names(view) == [
        "BILAL MUHAMMADI",
        "MUHAMMAD ALI RAZA",
        "AYESHA KHAN",
        "MUHAMMAD IMRAN KHAN",
    ]
    assert view.ui.countLabel.text() == "4 departures"


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
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


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
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


CODE_COLUMNS = ("cnic", "passport_no", "departure_date", "contingent_code")


@pytest.fixture
def urdu_on_a_small_screen(qapp, monkeypatch):
    """The Urdu interface on a 1366×768 screen, in a font a size larger than the test
    platform's (as on the offices' PCs): columns are measured, not counted in pixels."""
    room = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(user_settings, "screen_room", lambda widget: room)
    apply_language(qapp, "ur")
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() + 2)
    qapp.setFont(font)
    yield qapp
    apply_language(qapp, "en")


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_urdu_register_shows_whole_codes_in_columns_within_the_view(
    qtbot, db, clerk, supervisor, urdu_on_a_small_screen
):
    contingent = contingents.create_contingent(db, supervisor, CONTINGENT)
    ids = [str(services.record_departure(db, clerk, values).id) for values in PEOPLE]
    contingents.add_people(db, supervisor, contingent.id, ids)
    win = MainWindow(db, clerk, tasks.SynchronousTasks())
    qtbot.addWidget(win)
    win.resize(1366 - 16, 728 - 40)  # the whole screen but the taskbar and the frame
    win.show()
    win.show_view("register")
    qtbot.waitExposed(win)
    view = win.register_view
    table, header, model = view.table, view.table.horizontalHeader(), view.model
    assert table.isRightToLeft() and model.rowCount() == len(PEOPLE)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.viewport().width()
    for key in CODE_COLUMNS:
        column = [k for k, _ in HEADERS].index(key)
        start, width = header.sectionViewportPosition(column), header.sectionSize(column)
        assert start >= 0 and start + width <= room, f"the {key} column is cut by the view's edge"
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            assert text, key
            metrics = QFontMetrics(table.font())
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * margin)
            assert shown == text, f"{text} is shown as {shown}"
    assert (
        model.index(0, [k for k, _ in HEADERS].index("contingent_code")).data() == contingent.code
    )


def test_right_to_left_a_latin_name_too_long_for_its_column_is_cut_at_its_end(
    qtbot, filled, clerk, urdu_on_a_small_screen
):
    """English text in an Urdu list reads left to right: the "…" goes after what is shown."""
    win = MainWindow(filled, clerk, tasks.SynchronousTasks())
    qtbot.addWidget(win)
    table = win.register_view.table
    option = QStyleOptionViewItem()
    table.itemDelegate().initStyleOption(option, table.model().index(0, 0))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # still at the Urdu side
