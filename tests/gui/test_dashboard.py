"""The dashboard: the numbers on screen are the register's, exports work, empty periods say so."""

import csv
import dataclasses
import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from desktop.core import countries
from desktop.core.departure import Departure
from desktop.gui import dashboard, tasks
from desktop.gui.dashboard import DashboardWindow, preset_period
from desktop.gui.tasks import SynchronousTasks, Tasks
from desktop.store import departures, write
from tests.gui.held_tasks import HeldTasks

DESTINATIONS = ("SA", "AE", "QA", "OM", "MY", "GB", "IT", "RO", "DE", "KW", "BH", "JP", "KR",
                "PL", "GR", "ES", "TR", "US")  # fmt: skip
TRADES = ("Electrician", "Driver", "Mason", "Nurse", "Welder", "Cook", "Plumber")


def departure(rng: random.Random, serial: int) -> Departure:
    return Departure(
        surname="KHAN",
        father_name="ALI KHAN",
        cnic=f"35202-{serial:07d}-1",
        passport_no=f"AB{serial:07d}",
        passport_expiry=dt.date(2032, 1, 1),
        birth_date=dt.date(1990, 1, 1),
        sex="M",
        trade=rng.choice(TRADES),
        # Skewed, so that the largest come first and a long tail makes "Other".
        destination=DESTINATIONS[min(int(rng.expovariate(0.25)), len(DESTINATIONS) - 1)],
        channel=rng.choice(("OEC", "OEP")),
        departure_date=dt.date(2025, 10, 1) + dt.timedelta(days=rng.randrange(180)),
        status=rng.choice(("recorded", "departed", "withdrawn")),
        office=rng.choice(("ISB", "KHI", "LHE")),
    )


@pytest.fixture
def register(db):
    rng = random.Random(5)
    with write(db):
        departures.insert_many(
            db, [departure(rng, n) for n in range(800)], user="amina", at="2026-03-01T09:00:00Z"
        )
    return db


@pytest.fixture
def window(qtbot, register, supervisor):
    win = DashboardWindow(register, supervisor, tasks=SynchronousTasks())
    qtbot.addWidget(win)
    yield win
    tasks.close_readers()  # the read-only connection counting used on this thread


def direct(db, column, date_from, date_to, status=None):
    sql = f"SELECT {column}, count(*) FROM departures WHERE departure_date BETWEEN ? AND ?"
    params = [date_from.isoformat(), date_to.isoformat()]
    if status:
        sql += " AND status = ?"
        params.append(status)
    return dict(db.conn.execute(sql + " GROUP BY 1", params).fetchall())


def table(win, dimension):
    """{label: count} as read in the table beside the chart."""
    _, *rows = win.panels[dimension].table_values()
    return {label: int(count.replace(",", "")) for label, count, _ in rows}


def test_the_tables_show_the_registers_numbers(window, register):
    date_from, date_to = dt.date(2025, 11, 1), dt.date(2026, 1, 31)

    window.set_period(date_from, date_to)

    destinations = direct(register, "destination", date_from, date_to)
    assert table(window, "destination") == {
        countries.name(code): n for code, n in destinations.items()
    }
    assert "Saudi Arabia" in table(window, "destination")
    trades = direct(register, "trade", date_from, date_to)
    assert table(window, "trade") == trades
    assert table(window, "office") == {
        "Islamabad (ISB)": direct(register, "office", date_from, date_to)["ISB"],
        "Karachi (KHI)": direct(register, "office", date_from, date_to)["KHI"],
        "Lahore (LHE)": direct(register, "office", date_from, date_to)["LHE"],
    }
    months = direct(register, "substr(departure_date, 1, 7)", date_from, date_to)
    assert table(window, "month") == {
        "Nov 2025": months["2025-11"],
        "Dec 2025": months["2025-12"],
        "Jan 2026": months["2026-01"],
    }
    total = sum(destinations.values())
    assert window.ui.summaryLabel.text() == f"{total:,} departures · 1 Nov 2025 – 31 Jan 2026"


def test_counting_only_departed_people(window, register):
    date_from, date_to = dt.date(2025, 10, 1), dt.date(2026, 3, 31)
    window.set_period(date_from, date_to)

    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findText("Departed only"))

    assert table(window, "channel") == {
        dashboard.CHANNEL_NAMES[code]: n
        for code, n in direct(register, "channel", date_from, date_to, "departed").items()
    }


def test_bar_charts_show_the_top_15_and_other(window):
    window.set_period(dt.date(2025, 10, 1), dt.date(2026, 3, 31))

    chart = window.panels["destination"].chart_view.chart()
    (axis,) = chart.axes(Qt.Orientation.Vertical)
    shown = axis.categories()
    assert len(shown) == 16
    assert shown[0] == "Other"  # drawn at the bottom
    assert shown[-1] == "Saudi Arabia"  # the largest, on top
    assert len(table(window, "destination")) == len(DESTINATIONS)


def test_presets_end_today_or_are_whole_calendar_months(window):
    today = dt.date(2026, 3, 1)
    assert preset_period("this_month", today) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert preset_period("this_year", today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # "Last …" periods are the months up to and including today.
    assert preset_period("last_3_months", today) == (dt.date(2025, 12, 2), dt.date(2026, 3, 1))
    assert preset_period("last_12_months", today) == (dt.date(2025, 3, 2), dt.date(2026, 3, 1))
    assert window.period() == (dt.date(2025, 3, 2), dt.date(2026, 3, 1))  # the default

    window.choose_preset("this_month")

    assert window.period() == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert window.ui.summaryLabel.text().endswith("1 Mar 2026 – 31 Mar 2026")


def test_in_december_the_last_12_months_are_not_the_calendar_year(
    qtbot, register, supervisor, monkeypatch
):
    monkeypatch.setattr(dashboard.clock, "today", lambda: dt.date(2026, 12, 6))
    win = DashboardWindow(register, supervisor, tasks=SynchronousTasks())
    qtbot.addWidget(win)

    assert win.period() == (dt.date(2025, 12, 7), dt.date(2026, 12, 6))
    assert win.ui.summaryLabel.text().endswith("7 Dec 2025 – 6 Dec 2026")
    months = [label for label, _ in win.panels["month"].rows]
    # Both Decembers, each named with the days it counts.
    assert months[0] == "Dec 2025 (from 7 Dec)"
    assert months[-1] == "Dec 2026 (to 6 Dec)"
    assert len(months) == 13
    win.choose_preset("this_year")
    assert win.period() == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    tasks.close_readers()


def test_point_labels_stay_in_the_plot_clear_of_the_month_names(window, register):
    # August has departures, September none, October many: September is a valley at 0.
    rng = random.Random(9)
    extra = [departure(rng, 10_000 + n) for n in range(12)]
    extra = [dataclasses.replace(d, departure_date=dt.date(2025, 8, 10)) for d in extra]
    with write(register):
        departures.insert_many(register, extra, user="amina", at="2026-03-01T09:00:00Z")

    window.show()
    window.set_period(dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    window.show_dimension("month")

    panel = window.panels["month"]
    assert dict(panel.rows)["Sep 2025"] == 0
    chart = panel.chart_view.chart()
    plot = chart.plotArea()
    labels = [
        (item.text(), item.mapRectToParent(item.boundingRect()))
        for item in chart.childItems()
        if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible()
    ]
    assert sorted(text for text, _ in labels) == sorted(f"{n:,}" for _, n in panel.rows)
    for text, box in labels:
        # Inside the plot: never down among the month names under it.
        assert box.bottom() <= plot.bottom() + 0.5, (text, box, plot)
        assert box.top() >= plot.top() - 0.5, (text, box, plot)


def test_an_empty_period_says_so(window):
    window.set_period(dt.date(2030, 1, 1), dt.date(2030, 12, 31))

    assert window.is_empty()
    assert window.empty_text().startswith("No departures in this period")
    assert not window.ui.exportChartButton.isEnabled()
    assert not window.ui.exportTableButton.isEnabled()


def test_a_period_that_ends_before_it_starts_is_explained(window):
    window.set_period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))

    assert window.is_empty()
    assert "ends before it starts" in window.empty_text()


def test_typed_dates_count_after_a_pause(window, qtbot):
    window.ui.fromDateEdit.setDate(dt.date(2025, 12, 1))
    window.ui.toDateEdit.setDate(dt.date(2025, 12, 31))

    assert window.ui.presetCombo.currentData() == "custom"
    with qtbot.waitSignal(window.updated, timeout=2000):
        pass
    assert window.ui.summaryLabel.text().endswith("1 Dec 2025 – 31 Dec 2025")


def test_the_chart_exports_as_png(window, tmp_path, answers):
    window.set_period(dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    window.show_dimension("month")
    target = tmp_path / "months.png"
    answers.file(target)

    window.ui.exportChartButton.click()

    assert [name for name, _ in answers.offered] == [
        "departures-by-month-2025-10-01-to-2026-03-31.png"
    ]
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100
    assert window.message() == f"Saved the chart to {target}."


def test_the_table_exports_as_csv_and_reads_back(window, tmp_path, answers):
    window.set_period(dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    window.show_dimension("destination")
    target = tmp_path / "destinations.csv"
    answers.file(target)

    window.ui.exportTableButton.click()

    with target.open(encoding="utf-8-sig", newline="") as stream:
        heading, *rows = list(csv.reader(stream))
    assert heading == ["Destination", "Departures", "Share (%)"]
    assert {label: int(count) for label, count, _ in rows} == table(window, "destination")
    assert sum(float(share) for _, _, share in rows) == pytest.approx(100, abs=0.1)


def test_a_cancelled_file_choice_writes_nothing(window, tmp_path, answers):
    window.set_period(dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    answers.file(None)

    window.ui.exportTableButton.click()

    assert window.message() == ""


def test_an_unwritable_file_is_named(window, tmp_path, answers):
    window.set_period(dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    target = tmp_path / "missing" / "table.csv"
    answers.file(target)

    window.ui.exportTableButton.click()

    assert window.message().startswith(f"{target} cannot be written")


def test_counting_runs_in_the_background(qtbot, register, supervisor):
    pool = Tasks()
    win = DashboardWindow(register, supervisor, tasks=pool)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.updated, timeout=5000):
        assert win.ui.summaryLabel.text() == "Counting…"
    assert win.ui.summaryLabel.text().endswith("2 Mar 2025 – 1 Mar 2026")
    assert pool.wait()


def test_an_answer_for_an_older_period_is_dropped(qtbot, register, supervisor):
    held = HeldTasks()
    win = DashboardWindow(register, supervisor, tasks=held)
    qtbot.addWidget(win)
    win.set_period(dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    (old, on_old, _), (new, on_new, _) = held.jobs[-2:]

    on_new(new())
    on_old(old())

    assert win.ui.summaryLabel.text().endswith("1 Dec 2025 – 31 Dec 2025")
    tasks.close_readers()


@pytest.mark.parametrize(
    ("date_from", "date_to", "visible"),
    [
        (
            dt.date(2025, 10, 1),
            dt.date(2026, 3, 31),
            ["Oct ’25", "Nov", "Dec", "Jan ’26", "Feb", "Mar"],
        ),
        (
            dt.date(2025, 2, 1),
            dt.date(2026, 6, 30),
            ["Apr ’25", "Jul ’25", "Oct ’25", "Jan ’26", "Apr ’26"],
        ),
        (dt.date(2023, 1, 1), dt.date(2026, 12, 31), ["Jan ’23", "Jan ’24", "Jan ’25", "Jan ’26"]),
    ],
)
def test_every_month_keeps_its_point_and_labels_fit(window, date_from, date_to, visible):
    window.set_period(date_from, date_to)

    chart = window.panels["month"].chart_view.chart()
    (axis,) = chart.axes(Qt.Orientation.Horizontal)
    months = window.panels["month"].rows
    assert axis.count() == len(months)  # a repeated label would drop a month
    assert chart.series()[0].count() == len(months)
    assert [label for label in axis.categories() if label.strip("\u200b")] == visible
