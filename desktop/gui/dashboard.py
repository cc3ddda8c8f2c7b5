"""The dashboard: departures of a period by office, destination, trade, channel and month.

Each dimension is a tab with its chart (bars for the 15 largest and "Other"; a line for the
months) beside the table behind it. Counting runs on a worker: the window stays responsive,
and an answer that arrives after the period changed again is dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import Any, Final

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QMargins,
    QObject,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsSimpleTextItem,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import clock, countries, dates
from desktop.core.departure import DEPARTED, NO_SHOW, RECORDED
from desktop.core.errors import RawangiError
from desktop.core.roles import Actor
from desktop.core.spreadsheet import csv_cell
from desktop.gui import changes
from desktop.gui.export_dialog import choose_file, documents_folder
from desktop.gui.forms.ui_dashboard import Ui_DashboardWindow
from desktop.gui.language import QT_TRANSLATE_NOOP
from desktop.gui.tasks import Tasks, reader
from desktop.gui.windows import KeptWindow
from desktop.store import Database, office_settings, stats
from desktop.store.db import db_path

# The words below are translated when shown (context "DashboardWindow"); exported CSV files
# keep the English headings for the spreadsheets that read them.
# (key, what the person sees)
PRESETS: Final = (
    ("this_month", QT_TRANSLATE_NOOP("DashboardWindow", "This month")),
    ("last_3_months", QT_TRANSLATE_NOOP("DashboardWindow", "Last 3 months")),
    ("this_year", QT_TRANSLATE_NOOP("DashboardWindow", "This year")),
    ("last_12_months", QT_TRANSLATE_NOOP("DashboardWindow", "Last 12 months")),
    ("custom", QT_TRANSLATE_NOOP("DashboardWindow", "Chosen dates")),
)
DEFAULT_PRESET: Final = "last_12_months"
STATUS_CHOICES: Final = (
    (QT_TRANSLATE_NOOP("DashboardWindow", "Every status"), ()),
    (QT_TRANSLATE_NOOP("DashboardWindow", "All but withdrawn"), (RECORDED, DEPARTED, NO_SHOW)),
    (QT_TRANSLATE_NOOP("DashboardWindow", "Departed only"), (DEPARTED,)),
)
# (dimension, tab, table heading, chart title)
DIMENSIONS: Final = (
    (
        "office",
        QT_TRANSLATE_NOOP("DashboardWindow", "By office"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Office"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Departures by office · {period}"),
    ),
    (
        "destination",
        QT_TRANSLATE_NOOP("DashboardWindow", "By destination"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Destination"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Departures by destination · {period}"),
    ),
    (
        "trade",
        QT_TRANSLATE_NOOP("DashboardWindow", "By trade"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Trade"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Departures by trade · {period}"),
    ),
    (
        "channel",
        QT_TRANSLATE_NOOP("DashboardWindow", "By channel"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Channel"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Departures by channel · {period}"),
    ),
    (
        "month",
        QT_TRANSLATE_NOOP("DashboardWindow", "By month"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Month"),
        QT_TRANSLATE_NOOP("DashboardWindow", "Departures by month · {period}"),
    ),
)
TOP: Final = 15
CHANNEL_NAMES: Final = {
    "OEC": QT_TRANSLATE_NOOP("DashboardWindow", "OEC (government)"),
    "OEP": QT_TRANSLATE_NOOP("DashboardWindow", "OEP (private promoter)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardWindow", text)


BAR_COLOUR: Final = QColor("#2e6f95")
LABEL_BACKING: Final = QColor(255, 255, 255, 220)
LABEL_Z: Final = 100.0  # above QtCharts' own items (series, grid, axes)
ERROR_STYLE: Final = "color: #b00020;"
EDIT_DELAY_MS: Final = 300


def preset_period(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The dates of a named period: "this …" are whole calendar periods, "last …" the months
    up to and including today (in December the last 12 months are not the calendar year)."""
    first = today.replace(day=1)
    month_end = dates.add_months(first, 1) - dt.timedelta(days=1)
    if preset == "this_month":
        return first, month_end
    if preset == "last_3_months":
        return dates.add_months(today, -3) + dt.timedelta(days=1), today
    if preset == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if preset == "last_12_months":
        return dates.add_months(today, -12) + dt.timedelta(days=1), today
    raise ValueError(f"unknown period {preset!r}")


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def month_name(month: str) -> str:
    """'2026-01' as 'Jan 2026'."""
    return f"{dt.date.fromisoformat(month + '-01'):%b %Y}"


def month_label(month: str, date_from: dt.date, date_to: dt.date) -> str:
    """A month of the period as read in the table: 'Dec 2025', or with the days it counts
    when the period starts or ends inside it ('Dec 2025 (from 7 Dec)')."""
    first = dt.date.fromisoformat(month + "-01")
    last = dates.add_months(first, 1) - dt.timedelta(days=1)
    name = month_name(month)
    start, end = f"{date_from.day} {date_from:%b}", f"{date_to.day} {date_to:%b}"
    starts_inside = first < date_from <= last
    ends_inside = first <= date_to < last
    if starts_inside and ends_inside:
        text = QCoreApplication.translate("DashboardWindow", "{month} ({start} – {end})")
        return text.format(month=name, start=start, end=end)
    if starts_inside:
        text = QCoreApplication.translate("DashboardWindow", "{month} (from {day})")
        return text.format(month=name, day=start)
    if ends_inside:
        text = QCoreApplication.translate("DashboardWindow", "{month} (to {day})")
        return text.format(month=name, day=end)
    return name


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _month_ticks(labels: list[str]) -> list[str]:
    """Labels under the months of a line chart, short enough to fit and all different (the
    axis drops a repeated one, and the line's points with it).

    Up to a year (and the part-months at both ends of a year up to today): "Dec ’25" under
    the first month and each January, the month alone under the others. Up to three years:
    "Apr ’26" under the first month of each quarter; longer: under each January. The months
    between get distinct invisible labels. A label may go on after the month and year
    ("Dec 2025 (from 7 Dec)"): only those two words are used.
    """
    shown: tuple[str, ...] | None
    if len(labels) <= 13:
        shown = None
    elif len(labels) <= 36:
        shown = ("Jan", "Apr", "Jul", "Oct")
    else:
        shown = ("Jan",)
    ticks = []
    for number, label in enumerate(labels):
        month, year = label.split()[:2]
        if shown is None:
            ticks.append(f"{month} ’{year[2:]}" if number == 0 or month == "Jan" else month)
        elif month in shown:
            ticks.append(f"{month} ’{year[2:]}")
        else:
            ticks.append("\u200b" * (number + 1))
    return ticks


class _Count(QGraphicsSimpleTextItem):
    """A count drawn on a light backing, so that a line passing behind never hides it."""

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), LABEL_BACKING)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt takes None here


class _PointLabels(QObject):
    """The count beside each point of a line: above a peak, below a valley, so that the line
    never runs through a number (QtCharts always puts them above); always inside the plot,
    never down among the month names under it."""

    def __init__(self, chart: QChart, line: QLineSeries, counts: list[int]) -> None:
        super().__init__(chart)
        self.chart = chart
        self.line = line
        self.counts = counts
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        self.items = []
        for count in counts:
            item = _Count(locale.toString(count), chart)
            item.setZValue(LABEL_Z)  # over the line, which it interrupts where they meet
            item.setBrush(QColor("#222222"))
            self.items.append(item)
        chart.plotAreaChanged.connect(self.place)

    def place(self) -> None:
        plot = self.chart.plotArea()
        last = len(self.counts) - 1
        for index, (item, count) in enumerate(zip(self.items, self.counts, strict=True)):
            point = self.chart.mapToPosition(QPointF(index, count), self.line)
            before = self.counts[index - 1] if index > 0 else None
            after = self.counts[index + 1] if index < last else None
            box = item.boundingRect()
            above = point.y() - box.height() - 6
            x, y = point.x() - box.width() / 2, above  # a peak: centred above
            if (before is None or count < before) and (after is None or count < after):
                y = point.y() + 8  # a valley: below
            elif before is not None and after is not None and before <= count < after:
                x = point.x() - box.width() - 6  # rising: above on the left, off the line
            elif before is not None and after is not None and before > count >= after:
                x = point.x() + 6  # falling: above on the right
            if y + box.height() > plot.bottom():
                y = above  # a valley on the axis: no room below it
            x = min(max(x, plot.left()), plot.right() - box.width())
            y = max(y, plot.top())
            item.setPos(x, y)


class DimensionPanel(QSplitter):
    """One tab: the chart, and beside it the table it is drawn from."""

    def __init__(self, dimension: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.dimension = dimension
        self.heading = heading
        self.rows: list[tuple[str, int]] = []
        self._point_labels: _PointLabels | None = None
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName(f"{dimension}Chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName(f"{dimension}Table")
        self.table.setHorizontalHeaderLabels(
            [_tr(heading), self.tr("Departures"), self.tr("Share")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.addWidget(self.chart_view)
        self.addWidget(self.table)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([880, 360])

    def show_counts(self, rows: list[tuple[str, int]], total: int, title: str) -> None:
        """Fill the table with every row and draw the chart."""
        self.rows = rows
        self.table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for number, (label, count) in enumerate(rows):
            share = 100 * count / total if total else 0.0
            percent = self.tr("{share} %").format(share=f"{share:.1f}")
            cells = (QTableWidgetItem(label), QTableWidgetItem(f"{count:,}"),
                     QTableWidgetItem(percent))  # fmt: skip
            cells[1].setTextAlignment(right)
            cells[2].setTextAlignment(right)
            for column, cell in enumerate(cells):
                self.table.setItem(number, column, cell)
        self._point_labels = None
        chart = self._line_chart(rows) if self.dimension == "month" else self._bar_chart(rows)
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().hide()
        # Thousands separators on bars and axes (11,016, not 11016), in the English the
        # program speaks whatever the PC's locale.
        chart.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        chart.setLocalizeNumbers(True)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(8, 8, 16, 8))
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _bar_chart(self, rows: list[tuple[str, int]]) -> QChart:
        shown = list(stats.top(rows, TOP, stats.OTHER))
        shown.reverse()  # horizontal bars are drawn bottom-up: the largest goes on top
        bars = QBarSet("Departures")
        bars.setColor(BAR_COLOUR)
        bars.setBorderColor(BAR_COLOUR)
        bars.setLabelColor(QColor("#222222"))
        bars.append([float(count) for _, count in shown])
        series = QHorizontalBarSeries()
        series.append(bars)
        # Few bars would be fat slabs: keep them about as thick as in a longer list.
        series.setBarWidth(0.7 * min(1.0, max(len(shown), 3) / 8))
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)  # whole numbers, never 1.2e+05
        chart = QChart()
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(
            [self.tr("Other") if label == stats.OTHER else label for label, _ in shown]
        )
        # QtCharts cuts every name to "…" in a short window although each fits its row.
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        # Room on the right for the largest bar's label.
        values.setRange(0, max((count for _, count in shown), default=0) * 1.15 or 1)
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        return chart

    def _line_chart(self, rows: list[tuple[str, int]]) -> QChart:
        line = QLineSeries()
        pen = QPen(BAR_COLOUR)
        pen.setWidth(3)
        line.setPen(pen)
        line.setPointsVisible(len(rows) <= 60)
        for index, (_, count) in enumerate(rows):
            line.append(float(index), float(count))
        chart = QChart()
        chart.addSeries(line)
        months = QBarCategoryAxis()
        months.append(_month_ticks([label for label, _ in rows]))
        small = QFont(months.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        months.setLabelsFont(small)
        months.setTruncateLabels(False)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(months)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setRange(0, max((count for _, count in rows), default=0) * 1.15 or 1)
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(values)
        if len(rows) <= 24:
            self._point_labels = _PointLabels(chart, line, [count for _, count in rows])
        return chart

    def table_values(self) -> list[list[str]]:
        """The table as read on screen, heading first."""
        heading = [self.table.horizontalHeaderItem(c).text() for c in range(3)]
        body = [
            [self.table.item(r, c).text() for c in range(3)] for r in range(self.table.rowCount())
        ]
        return [heading, *body]


class DashboardWindow(KeptWindow):
    """Departures of a chosen period, counted five ways, as charts and tables."""

    geometry_key = "dashboard"
    default_size = QSize(1280, 800)

    updated = Signal()  # the counts on screen are those of the period shown

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        tasks: Tasks | None = None,
    ) -> None:
        # Its own top-level window, although the main window owns it.
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.actor = actor
        self.tasks = tasks or Tasks(parent=self)
        self.path = db_path(db)
        self.totals: stats.Totals | None = None
        self._generation = 0
        self._shown = False
        self.office_names = dict(office_settings.offices(db))
        self.ui = Ui_DashboardWindow()
        self.ui.setupUi(self)
        self.panels: dict[str, DimensionPanel] = {}
        for dimension, tab, heading, _ in DIMENSIONS:
            panel = DimensionPanel(dimension, heading, self)
            self.panels[dimension] = panel
            self.ui.dimensionTabs.addTab(panel, _tr(tab))
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._fill_choices()
        self._connect()
        changes.hub(db).changed.connect(self._records_changed)
        self.restore_geometry()
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W and Ctrl+F4
        self.choose_preset(DEFAULT_PRESET)

    # -- set-up ----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        for key, text in PRESETS:
            self.ui.presetCombo.addItem(_tr(text), key)
        for text, statuses in STATUS_CHOICES:
            self.ui.statusCombo.addItem(_tr(text), statuses)
        self.ui.statusCombo.setToolTip(self.tr("Which departures to count, by their status"))
        font = QFont(self.ui.emptyLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.ui.emptyLabel.setFont(font)
        summary = QFont(self.ui.summaryLabel.font())
        summary.setBold(True)
        self.ui.summaryLabel.setFont(summary)

    def _connect(self) -> None:
        ui = self.ui
        ui.presetCombo.activated.connect(lambda _: self._preset_chosen())
        ui.statusCombo.currentIndexChanged.connect(lambda _: self.refresh())
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.dateChanged.connect(lambda _: self._dates_edited())
        self._edit_timer.timeout.connect(self.refresh)
        ui.exportChartButton.clicked.connect(self.export_chart)
        ui.exportTableButton.clicked.connect(self.export_table)

    # -- the period ------------------------------------------------------------------------

    def choose_preset(self, key: str) -> None:
        """Show a named period ("this_month", "last_12_months", …)."""
        self.ui.presetCombo.setCurrentIndex(self.ui.presetCombo.findData(key))
        self._preset_chosen()

    def _preset_chosen(self) -> None:
        key = self.ui.presetCombo.currentData()
        if key == "custom":
            self.ui.fromDateEdit.setFocus()
            return
        self._set_dates(*preset_period(key, clock.today()))
        self.refresh()

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        """Show chosen dates (as if typed) and count at once."""
        self.ui.presetCombo.setCurrentIndex(self.ui.presetCombo.findData("custom"))
        self._set_dates(date_from, date_to)
        self.refresh()

    def _set_dates(self, date_from: dt.date, date_to: dt.date) -> None:
        for edit, day in ((self.ui.fromDateEdit, date_from), (self.ui.toDateEdit, date_to)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.ui.presetCombo.setCurrentIndex(self.ui.presetCombo.findData("custom"))
        self._edit_timer.start()

    def period(self) -> tuple[dt.date, dt.date]:
        return _date(self.ui.fromDateEdit.date()), _date(self.ui.toDateEdit.date())

    def statuses(self) -> tuple[str, ...]:
        return tuple(self.ui.statusCombo.currentData() or ())

    # -- counting --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the period shown again, in the background."""
        self._edit_timer.stop()
        self._generation += 1
        generation = self._generation
        date_from, date_to = self.period()
        self.ui.messageLabel.clear()
        if date_from > date_to:
            self._show_empty(
                self.tr(
                    "The period ends before it starts: choose a “To” date after the “From” date."
                )
            )
            self.ui.summaryLabel.clear()
            return
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.summaryLabel.setText(self.tr("Counting…"))
        statuses = self.statuses()

        def count() -> stats.Totals:
            source = reader(self.path) if self.path else self.db
            return stats.totals(source, date_from, date_to, statuses=statuses)

        self.tasks.run(
            count,
            lambda totals: self._counted(generation, totals),
            lambda error: self._failed(generation, error),
        )

    def _records_changed(self, change: changes.Change) -> None:
        """Departures saved, imported or marked elsewhere: the counts shown, counted again."""
        if change.touches(changes.DEPARTURES) and self.isVisible():
            self.refresh()  # hidden: counted again when shown (showEvent)

    def _counted(self, generation: int, totals: stats.Totals) -> None:
        if generation != self._generation:
            return  # the period changed while counting
        self.totals = totals
        period = f"{long_date(totals.date_from)} – {long_date(totals.date_to)}"
        if not totals.total:
            self.ui.summaryLabel.setText(self.tr("No departures · {period}").format(period=period))
            self._show_empty(
                self.tr("No departures in this period ({period}).\nChoose another period.").format(
                    period=period
                )
            )
        else:
            summary = (
                self.tr("{count} departure · {period}")
                if totals.total == 1
                else self.tr("{count} departures · {period}")
            )
            self.ui.summaryLabel.setText(summary.format(count=f"{totals.total:,}", period=period))
            self.ui.contentStack.setCurrentWidget(self.ui.chartsPage)
            self._set_exports_enabled(True)
            for dimension, _, _, title in DIMENSIONS:
                rows = [(self.label(dimension, v), n) for v, n in totals.of(dimension)]
                self.panels[dimension].show_counts(
                    rows, totals.total, _tr(title).format(period=period)
                )
        self.updated.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, RawangiError):
            raise error  # a bug: the crash handler shows and logs it
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE)
        self.ui.summaryLabel.setText(self.tr("Counting failed: {error}").format(error=error))
        self.updated.emit()

    def _show_empty(self, text: str) -> None:
        self.ui.emptyLabel.setText(text)
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
        self._set_exports_enabled(False)

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.ui.exportChartButton.setEnabled(enabled)
        self.ui.exportTableButton.setEnabled(enabled)

    def label(self, dimension: str, value: str) -> str:
        """A stored value as people read it: country and office names, months in words."""
        if dimension == "month" and self.totals is not None:
            return month_label(value, self.totals.date_from, self.totals.date_to)
        return self._label(dimension, value)

    def _label(self, dimension: str, value: str) -> str:
        """A stored value as people read it: country and office names, months in words."""
        if dimension == "destination":
            return countries.name(value)
        if dimension == "office":
            name = self.office_names.get(value)
            return f"{name} ({value})" if name else value
        if dimension == "channel":
            return _tr(CHANNEL_NAMES[value]) if value in CHANNEL_NAMES else value
        if dimension == "month":
            return month_name(value)
        return value

    def is_empty(self) -> bool:
        return self.ui.contentStack.currentWidget() is self.ui.emptyPage

    def empty_text(self) -> str:
        return self.ui.emptyLabel.text() if self.is_empty() else ""

    # -- exports ---------------------------------------------------------------------------

    def current_panel(self) -> DimensionPanel:
        panel = self.ui.dimensionTabs.currentWidget()
        assert isinstance(panel, DimensionPanel)
        return panel

    def show_dimension(self, dimension: str) -> None:
        self.ui.dimensionTabs.setCurrentWidget(self.panels[dimension])

    def _suggested(self, panel: DimensionPanel, extension: str) -> str:
        date_from, date_to = self.period()
        return f"departures-by-{panel.dimension}-{date_from}-to-{date_to}.{extension}"

    def export_chart(self) -> None:
        """Save the chart on screen as a PNG picture."""
        panel = self.current_panel()
        path = choose_file(
            self,
            self.tr("Export chart as PNG"),
            documents_folder() / self._suggested(panel, "png"),
            (self.tr("PNG image (*.png)"),),
        )
        if path is None:
            return
        if panel.chart_view.grab().save(str(path), "PNG"):
            self._say(self.tr("Saved the chart to {path}.").format(path=path))
        else:
            self._say(
                self.tr("{path} cannot be written: choose another folder or name.").format(
                    path=path
                ),
                error=True,
            )

    def export_table(self) -> None:
        """Save the table beside the chart as CSV (numbers plain, for spreadsheets)."""
        panel = self.current_panel()
        path = choose_file(
            self,
            self.tr("Export table as CSV"),
            documents_folder() / self._suggested(panel, "csv"),
            (self.tr("CSV, comma-separated values (*.csv)"),),
        )
        if path is None:
            return
        total = sum(count for _, count in panel.rows) or 1
        try:
            # UTF-8 with a byte-order mark, so that Excel reads country names right.
            with path.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow([panel.heading, "Departures", "Share (%)"])
                writer.writerows(
                    [csv_cell(label), count, f"{100 * count / total:.1f}"]
                    for label, count in panel.rows
                )
        except OSError as error:
            self._say(
                self.tr("{path} cannot be written ({error}).").format(
                    path=path, error=error.strerror
                ),
                error=True,
            )
            return
        self._say(self.tr("Saved the table to {path}.").format(path=path))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setText(text)

    def message(self) -> str:
        return self.ui.messageLabel.text()

    # -- window ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown:
            self.refresh()  # shown again: there may be new departures by now
        self._shown = True
