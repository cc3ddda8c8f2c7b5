import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop import services
from desktop.core.errors import PermissionDenied
from desktop.gui import audit_window, tasks
from desktop.gui.audit_window import AuditModel, AuditWindow, day_bounds
from desktop.services import users
from desktop.store import audit, write
from tests.factories import person


@pytest.fixture
def logged(db, clerk, supervisor):
    """A log with departures recorded by a clerk and a status change by a supervisor."""
    first = services.record_departure(db, clerk, person())
    services.record_departure(
        db, clerk, person(surname="Raza", cnic="61101-1111111-3", passport_no="EF1111111")
    )
    services.change_status(db, supervisor, str(first.id), "withdrawn", reason="visa cancelled")
    with pytest.raises(PermissionDenied):
        users.list_users(db, clerk)  # a refusal is logged too
    return db


@pytest.fixture
def window(qtbot, logged, supervisor):
    win = AuditWindow(logged, supervisor, tasks=tasks.SynchronousTasks())
    qtbot.addWidget(win)
    win.show()
    yield win
    tasks.close_readers()


def column(win, key):
    number = [k for k, _ in audit_window.HEADERS].index(key)
    model = win.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def rows_of(win):
    return [win.model.entry(row) for row in range(win.model.rowCount())]


def pick(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def fill_log(db, count, *, at="2026-02-01T08:00:00Z"):
    with write(db):
        audit.append_many(
            db,
            (
                {"at": at, "user": "bulk", "action": "export", "entity": "bundle",
                 "reason": f"row {n}"}
                for n in range(count)
            ),
        )  # fmt: skip


def test_the_model_passes_the_model_tester(qtmodeltester, logged):
    model = AuditModel(lambda: logged, tasks.SynchronousTasks())
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_is_a_window_of_its_own(qtbot, logged, admin):
    owner = QWidget()
    qtbot.addWidget(owner)
    win = AuditWindow(logged, admin, owner, tasks=tasks.SynchronousTasks())
    assert win.isWindow()
    tasks.close_readers()


def test_rows_come_newest_first_with_what_changed(window):
    entries = rows_of(window)
    ids = [entry["id"] for entry in entries]
    assert ids == sorted(ids, reverse=True)
    changes = column(window, "change")
    assert "Status changed: recorded → withdrawn" in changes
    assert "Recorded" in changes
    newest_status = column(window, "action").index("status")
    assert column(window, "reason")[newest_status] == "visa cancelled"
    assert column(window, "record")[newest_status] == "departure MUHAMMAD IMRAN KHAN"


def test_the_time_is_local_with_the_utc_stamp_in_its_tooltip(window):
    entry = window.model.entry(0)
    index = window.model.index(0, 0)
    assert index.data() == audit_window.local_time(entry["at"])
    assert entry["at"] in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "UTC" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_clerk_is_refused_and_sees_no_rows(qtbot, logged, clerk):
    win = AuditWindow(logged, clerk, tasks=tasks.SynchronousTasks())
    qtbot.addWidget(win)
    win.show()
    assert not win.table.isVisible()
    assert win.model.rowCount() == 0
    assert "may not browse the audit log" in win.ui.refusedLabel.text()
    refused = logged.conn.execute(
        "SELECT user FROM audit WHERE action = 'refused' AND entity_id = 'view_audit'"
    ).fetchall()
    assert refused == [(clerk.name,)]


def test_filter_by_user_and_by_action(window, clerk, supervisor):
    assert {clerk.name, supervisor.name} <= set(column(window, "user"))
    pick(window.ui.userCombo, clerk.name)
    assert set(column(window, "user")) == {clerk.name}
    assert "3 rows match" in window.ui.countLabel.text()  # two records, one refusal
    pick(window.ui.userCombo, "")
    pick(window.ui.actionCombo, "status")
    assert column(window, "action") == ["status"]
    assert column(window, "user") == [supervisor.name]
    pick(window.ui.userCombo, clerk.name)
    assert window.model.rowCount() == 0
    assert "No audit rows match" in window.table.placeholder
    window.clear_filters()
    assert len(set(column(window, "user"))) > 1


def test_the_filter_lists_offer_what_occurs(window, clerk):
    names = [window.ui.userCombo.itemText(i) for i in range(window.ui.userCombo.count())]
    actions = [window.ui.actionCombo.itemData(i) for i in range(window.ui.actionCombo.count())]
    assert names[0] == "All"
    assert clerk.name in names
    assert {"record", "status", "refused"} <= set(actions)


def test_filter_by_date(window):
    fill_log(window.db, 3, at="2026-01-10T08:00:00Z")
    window.ui.fromDateEdit.setText("2026-01-10")
    window.ui.toDateEdit.setText("2026-01-10")
    window.apply_filter()
    assert column(window, "user") == ["bulk"] * 3
    window.ui.fromDateEdit.setText("2026-01-11")
    window.apply_filter()
    assert window.model.rowCount() == 0


def test_an_unreadable_date_is_left_out_and_said(window):
    window.ui.fromDateEdit.setText("2026-13-45")
    window.apply_filter()
    assert window.model.rowCount() > 0
    assert "From:" in window.ui.countLabel.text()


@pytest.fixture
def karachi(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Karachi")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_are_local_days(karachi):
    import datetime as dt

    day = dt.date(2026, 3, 1)
    start, end = day_bounds(day, day)
    assert (start, end) == ("2026-02-28T19:00:00Z", "2026-03-01T18:59:59Z")
    assert audit_window.local_time("2026-02-28T20:00:00Z") == "2026-03-01 01:00:00"


def test_a_local_day_keeps_the_rows_of_that_day(qtbot, logged, supervisor, karachi):
    fill_log(logged, 1, at="2026-02-28T18:59:59Z")  # 23:59:59 on 28 February in Karachi
    fill_log(logged, 2, at="2026-02-28T19:00:00Z")  # midnight: 1 March
    fill_log(logged, 4, at="2026-03-01T18:59:59Z")  # 23:59:59 on 1 March
    fill_log(logged, 8, at="2026-03-01T19:00:00Z")  # 2 March
    win = AuditWindow(logged, supervisor, tasks=tasks.SynchronousTasks())
    qtbot.addWidget(win)
    pick(win.ui.userCombo, "bulk")
    win.ui.fromDateEdit.setText("2026-03-01")
    win.ui.toDateEdit.setText("2026-03-01")
    win.apply_filter()
    assert win.model.rowCount() == 6
    tasks.close_readers()


def test_load_more_pages_with_before_id(window):
    fill_log(window.db, 1200)
    window.refresh()
    assert window.model.rowCount() == audit_window.PAGE_SIZE
    assert window.ui.loadMoreButton.isEnabled()
    assert "Load more" in window.ui.countLabel.text()
    window.ui.loadMoreButton.click()
    assert window.model.rowCount() == 2 * audit_window.PAGE_SIZE
    window.ui.loadMoreButton.click()
    total = window.db.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert window.model.rowCount() == total
    ids = [entry["id"] for entry in rows_of(window)]
    assert ids == sorted(set(ids), reverse=True)
    assert not window.ui.loadMoreButton.isEnabled()


def test_the_window_never_reads_more_than_a_page_at_a_time(window, monkeypatch):
    fill_log(window.db, 1200)
    limits = []
    browse = audit.browse

    def counting(db, flt, *, limit=500, before_id=None):
        limits.append(limit)
        return browse(db, flt, limit=limit, before_id=before_id)

    monkeypatch.setattr(audit, "browse", counting)
    window.refresh()
    window.load_more()
    assert limits == [audit_window.PAGE_SIZE] * 2


def test_verify_shows_ok_and_the_head(window):
    head = audit.head(window.db)
    assert window.head() == head
    window.ui.verifyButton.click()
    assert window.verdict().startswith("Chain OK")
    assert head in window.verdict()
    assert window.ui.verifyButton.isEnabled()


def test_verify_shows_the_first_broken_row(window):
    db = window.db
    second = db.conn.execute("SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    db.conn.execute("DROP TRIGGER audit_no_update")
    db.conn.execute("UPDATE audit SET reason = 'nothing to see' WHERE id = ?", (second,))
    window.refresh()
    window.ui.verifyButton.click()
    assert window.verdict().startswith("Chain BROKEN")
    assert f"audit row {second} " in window.verdict()
    assert f"Row {second} says" in window.verdict()
    selected = window.selected_entry()
    assert selected is not None
    assert selected["id"] == second


def test_the_head_hash_can_be_copied(window):
    window.ui.copyHeadButton.click()
    assert QGuiApplication.clipboard().text() == audit.head(window.db)
    assert window.ui.headEdit.isReadOnly()


def departure_row(win):
    return next(row for row, entry in enumerate(rows_of(win)) if entry["entity"] == "departure")


def test_double_click_on_a_departure_row_opens_it(qtbot, window):
    row = departure_row(window)
    entry = window.model.entry(row)
    rect = window.table.visualRect(window.model.index(row, 0))
    viewport = window.table.viewport()
    # A view takes a double click only on the row the first click pressed, as with a mouse.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.open_requested) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [entry["entity_id"]]


def test_enter_on_a_departure_row_opens_it(qtbot, window):
    row = departure_row(window)
    window.table.selectRow(row)
    assert window.ui.openButton.isEnabled()
    with qtbot.waitSignal(window.open_requested) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args == [window.model.entry(row)["entity_id"]]


def test_rows_about_other_records_do_not_open(qtbot, window):
    row = next(r for r, e in enumerate(rows_of(window)) if e["entity"] != "departure")
    window.table.selectRow(row)
    assert not window.ui.openButton.isEnabled()
    with qtbot.assertNotEmitted(window.open_requested):
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
