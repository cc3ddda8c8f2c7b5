"""Exporting from the window: a file chooser, work in the background, progress, cancel."""

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from desktop import services
from desktop.gui import export_dialog
from desktop.gui.tasks import SynchronousTasks
from desktop.store.register import RegisterFilter
from tests.factories import person
from tests.gui.held_tasks import HeldTasks


@pytest.fixture
def recorded(db, clerk):
    for values in (
        person(),
        person(cnic="35202-7654321-3", passport_no="AB7654321", destination="AE"),
        person(cnic="42101-1111111-5", passport_no="CD1111111", remarks="=1+1"),
    ):
        services.record_departure(db, clerk, values)
    return db


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_exports_the_filtered_register_and_says_so(
    recorded, clerk, parent, *, tmp_path, answers, questions
):
    target = tmp_path / "gulf.csv"
    answers.file(target)

    job = export_dialog.export_register(
        parent, recorded, clerk, RegisterFilter(destination="SA"), SynchronousTasks()
    )

    assert job is not None
    assert answers.offered == [
        ("departures-2026-03-01.xlsx", f"{export_dialog.XLSX_FILTER};;{export_dialog.CSV_FILTER}")
    ]
    assert questions == [("Export", f"Exported 2 departures to {target}.")]
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(r["cnic"] for r in rows) == ["35202-1234567-1", "42101-1111111-5"]
    assert "'=1+1" in [r["remarks"] for r in rows]


def test_a_contingent_file_is_named_by_its_code(recorded, clerk, parent, answers, tmp_path):
    recorded.conn.execute(
        "INSERT INTO contingents(id, code, office) VALUES ('c1', 'ISB-20260315-01', 'ISB')"
    )
    recorded.conn.execute("UPDATE departures SET contingent_id = 'c1'")
    target = tmp_path / "c.xlsx"
    answers.file(target)

    job = export_dialog.export_contingent(
        parent, recorded, clerk, "c1", code="ISB-20260315-01", tasks=SynchronousTasks()
    )

    assert [name for name, _ in answers.offered] == ["ISB-20260315-01-2026-03-01.xlsx"]
    assert job is not None
    assert target.exists()


def test_nothing_happens_when_no_file_is_chosen(recorded, clerk, parent, answers, questions):
    answers.file(None)

    assert (
        export_dialog.export_register(parent, recorded, clerk, RegisterFilter(), SynchronousTasks())
        is None
    )
    assert questions == []


def test_a_name_of_another_type_is_refused_with_a_message(
    recorded, clerk, parent, *, tmp_path, answers, questions
):
    answers.file(tmp_path / "list.ods")

    assert (
        export_dialog.export_register(parent, recorded, clerk, RegisterFilter(), SynchronousTasks())
        is None
    )
    ((title, text),) = questions
    assert title == "Export" and "list.ods: an export is a .csv or .xlsx file" in text


def test_progress_is_shown_while_the_worker_runs(qtbot, recorded, parent, tmp_path):
    tasks = HeldTasks()

    def work(db, progress, cancelled):
        progress(1000, 4000)
        return 4000

    job = export_dialog.ExportJob(parent, recorded, tmp_path / "big.csv", work, tasks)
    job.start()
    fn, on_done, _ = tasks.jobs.pop()
    written = fn()  # the worker's part

    qtbot.waitUntil(lambda: job.progress.value() == 1000, timeout=2000)
    assert job.progress.maximum() == 4000
    assert "1,000 of 4,000" in job.progress.labelText()
    with qtbot.waitSignal(job.finished) as finished:
        on_done(written)
    assert finished.args == [4000]


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot, recorded, clerk, parent, *, tmp_path, answers, questions
):
    target = tmp_path / "all.xlsx"
    answers.file(target)
    tasks = HeldTasks()
    job = export_dialog.export_register(parent, recorded, clerk, RegisterFilter(), tasks)

    job.progress.findChild(QPushButton).click()  # Cancel
    with qtbot.waitSignal(job.failed) as failed:
        tasks.finish()

    assert failed.args == ["Export cancelled; all.xlsx was not written."]
    assert not target.exists()
    assert questions == []
    assert (
        recorded.conn.execute("SELECT count(*) FROM audit WHERE action = 'export'").fetchone()[0]
        == 0
    )


def test_a_failed_export_is_explained(recorded, clerk, parent, *, tmp_path, answers, questions):
    answers.file(tmp_path / "gone" / "x.csv")

    export_dialog.export_register(parent, recorded, clerk, RegisterFilter(), SynchronousTasks())

    ((title, text),) = questions
    assert title == "Export failed" and "does not exist" in text


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [
        ("/data/list", export_dialog.XLSX_FILTER, "/data/list.xlsx"),
        ("/data/list", export_dialog.CSV_FILTER, "/data/list.csv"),
        ("/data/list.csv", export_dialog.XLSX_FILTER, "/data/list.csv"),
        ("", export_dialog.XLSX_FILTER, None),
    ],
)
def test_the_chosen_type_gives_a_bare_name_its_extension(parent, answers, typed, chosen, expected):
    answers.file(typed or None, chosen)

    found = export_dialog.choose_file(
        parent, "Export", Path("x.xlsx"), (export_dialog.XLSX_FILTER, export_dialog.CSV_FILTER)
    )

    assert found == (Path(expected) if expected else None)
