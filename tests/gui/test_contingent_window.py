import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop import services
from desktop.core import mrz
from desktop.core.errors import StorageError
from desktop.gui import dialogs, tasks
from desktop.gui.contingent_window.questions import MoveDialog, NoShowsDialog, ReasonDialog
from desktop.gui.contingent_window.window import ContingentWindow
from desktop.services import contingents
from desktop.store import audit
from desktop.store import contingents as contingent_rows
from tests.factories import person
from tests.gui.held_tasks import HeldTasks

# The offscreen platform cannot raise a window; that is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

CONTINGENT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "10",
}


def record(db, clerk, number, **changes):
    """A recorded departure with its own CNIC and passport number."""
    values = person(
        cnic=f"35202-{1234500 + number:07d}-1",
        passport_no=f"AB{1234500 + number:07d}",
        given_names=changes.pop("given_names", f"Person {chr(65 + number)}"),
        **changes,
    )
    return services.record_departure(db, clerk, values)


@pytest.fixture
def contingent(db, supervisor):
    return contingents.create_contingent(db, supervisor, CONTINGENT)


@pytest.fixture
def make_window(qtbot, db, contingent):
    made = []

    def make(actor, contingent_id=None):
        window = ContingentWindow(
            db, actor, contingent_id or contingent.id, tasks.SynchronousTasks()
        )
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    tasks.close_readers()


def names_in(window):
    model = window.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def type_and_enter(qtbot, window, text):
    qtbot.keyClicks(window.ui.addEdit, text)
    qtbot.keyClick(window.ui.addEdit, Qt.Key.Key_Return)


def test_the_header_shows_the_facts_and_the_empty_state_says_what_to_do(
    make_window, supervisor, contingent
):
    window = make_window(supervisor)
    assert window.ui.titleLabel.text() == f"{contingent.code}  ·  open"
    assert "PK-731 (Pakistan International Airlines) from ISB" in window.ui.factsLabel.text()
    assert "To Saudi Arabia" in window.ui.factsLabel.text()
    assert window.ui.countLabel.text() == "0 of 10 seats"
    assert window.ui.revisionLabel.text() == "No manifest yet"
    assert "Type or scan a CNIC" in window.table.placeholder
    assert not window.ui.finalizeButton.isEnabled()  # nobody to finalize yet


def test_add_by_cnic_typed_with_spaces(qtbot, make_window, db, clerk):
    stored = services.record_departure(db, clerk, person(cnic="35202-1234567-1"))
    window = make_window(clerk)
    with qtbot.waitSignal(window.changed):
        type_and_enter(qtbot, window, "35202 1234567 1")
    assert names_in(window) == ["MUHAMMAD IMRAN KHAN"]
    assert window.add_message() == "Added MUHAMMAD IMRAN KHAN."
    assert window.ui.addEdit.text() == ""  # ready for the next one
    assert window.ui.countLabel.text() == "1 of 10 seats"
    assert services.get_departure(db, str(stored.id)).contingent_id == window.contingent_id


def test_add_by_passport_number_in_lower_case(qtbot, make_window, db, clerk):
    record(db, clerk, 3)
    window = make_window(clerk)
    type_and_enter(qtbot, window, "ab1234503")
    assert names_in(window) == ["PERSON D KHAN"]


def test_add_by_a_scanned_passport_strip(qtbot, make_window, db, clerk):
    record(db, clerk, 1, surname="Raza", given_names="Ali")
    strip = mrz.compose(
        surname="Raza",
        given_names="Ali",
        document_number="AB1234501",
        nationality="PAK",
        birth_date=dt.date(1990, 4, 12),
        sex="M",
        expiry_date=dt.date(2031, 5, 20),
        personal_number="3520212345011",
    )
    line1, line2 = strip.split("\n")
    window = make_window(clerk)
    type_and_enter(qtbot, window, line1)
    assert "waiting for line 2" in window.add_message()
    assert names_in(window) == []
    type_and_enter(qtbot, window, line2)
    assert names_in(window) == ["ALI RAZA"]
    assert window.add_message() == "Added ALI RAZA."


def test_a_scan_with_a_wrong_check_digit_says_which_field(qtbot, make_window, db, clerk):
    strip = mrz.compose(
        surname="Raza",
        given_names="Ali",
        document_number="AB1234501",
        nationality="PAK",
        birth_date=dt.date(1990, 4, 12),
        sex="M",
        expiry_date=dt.date(2031, 5, 20),
    )
    line1, line2 = strip.split("\n")
    broken = line2[:9] + str((int(line2[9]) + 1) % 10) + line2[10:]
    window = make_window(clerk)
    assert window.add_text(f"{line1}\n{broken}") == 0
    assert "passport number" in window.add_message()


def test_nobody_recorded_says_to_record_first(qtbot, make_window, clerk):
    window = make_window(clerk)
    type_and_enter(qtbot, window, "35202-7777777-1")
    assert "Nobody with CNIC 35202-7777777-1 is recorded" in window.add_message()
    assert window.ui.addEdit.text() == "35202-7777777-1"  # kept, to correct a typo


def test_a_partial_cnic_or_a_name_asks_for_the_whole_number(qtbot, make_window, clerk):
    window = make_window(clerk)
    window.add_text("35202-12")
    assert "whole CNIC" in window.add_message()
    window.add_text("Khan")
    assert "select them in the Register" in window.add_message()


def give_reason(answers, reason, asked=None):
    """The next reason dialog is answered with `reason` and OK (what it showed kept)."""

    def fill(dialog):
        assert isinstance(dialog, ReasonDialog)
        if asked is not None:
            asked.append((dialog.windowTitle(), dialog.ui.detailsLabel.text()))
        dialog.ui.reasonEdit.setPlainText(reason)
        dialog.apply()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.dialog(fill if reason is not None else False)


def test_a_date_mismatch_asks_a_supervisor_for_a_reason_and_records_the_override(
    make_window, db, clerk, supervisor, answers
):
    late = record(db, clerk, 2, departure_date="2026-03-20")
    asked = []
    give_reason(answers, "Airline moved the booking", asked)
    window = make_window(supervisor)
    assert window.add_departures([str(late.id)]) == 1
    assert asked[0][0] == "Override needed"
    assert "departs on 2026-03-20" in asked[0][1]
    entry = audit.history(db, "departure", str(late.id))[-1]
    assert entry["action"] == "assign"
    assert entry["reason"].startswith("Override: Airline moved the booking")


def test_a_supervisor_who_gives_no_reason_adds_nobody(make_window, db, clerk, supervisor, answers):
    late = record(db, clerk, 2, destination="QA")
    give_reason(answers, None)  # Cancel
    window = make_window(supervisor)
    assert window.add_departures([str(late.id)]) == 0
    assert window.message() == "Not added: an override needs a reason."
    assert names_in(window) == []


def test_a_clerk_is_told_that_a_supervisor_must_override(make_window, db, clerk, answers):
    late = record(db, clerk, 2, departure_date="2026-03-20")
    window = make_window(clerk)
    assert window.add_departures([str(late.id)]) == 0
    assert "departs on 2026-03-20" in window.message()
    assert "A supervisor must override this" in window.message()
    assert names_in(window) == []
    assert answers.dialogs == []  # no reason asked of a clerk


def test_over_capacity_asks_to_acknowledge(make_window, db, clerk, questions):
    small = contingents.create_contingent(db, clerk, {**CONTINGENT, "capacity": "1"})
    people = [record(db, clerk, n) for n in (1, 2)]
    window = make_window(clerk, small.id)
    assert window.add_departures([str(p.id) for p in people]) == 2
    assert questions[-1][0] == "Go ahead despite the warning?"
    assert window.ui.countLabel.text() == "2 people — 1 over capacity"


def test_declining_the_capacity_warning_adds_nobody(make_window, db, clerk, monkeypatch):
    small = contingents.create_contingent(db, clerk, {**CONTINGENT, "capacity": "1"})
    people = [record(db, clerk, n) for n in (1, 2)]
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    window = make_window(clerk, small.id)
    assert window.add_departures([str(p.id) for p in people]) == 0
    assert "warning was not confirmed" in window.message()
    assert contingent_rows.member_count(db, small.id) == 0


def test_someone_in_another_open_contingent_is_refused_with_the_reason(
    make_window, db, clerk, contingent
):
    other = contingents.create_contingent(db, clerk, CONTINGENT)
    taken = record(db, clerk, 1)
    contingents.add_people(db, clerk, other.id, [str(taken.id)])
    window = make_window(clerk)
    assert window.add_departures([str(taken.id)]) == 0
    assert f"already in the open contingent {other.code}" in window.message()


def test_remove_with_the_delete_key_after_confirmation(qtbot, make_window, db, clerk, questions):
    people = [record(db, clerk, n) for n in (1, 2)]
    window = make_window(clerk)
    window.add_departures([str(p.id) for p in people])
    window.table.setFocus()
    window.table.selectRow(0)
    assert window.ui.removeButton.isEnabled()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert questions[-1][0] == "Remove from the contingent?"
    assert names_in(window) == ["PERSON C KHAN"]
    assert window.message().startswith("Removed PERSON B KHAN")


def test_move_to_another_open_contingent(make_window, db, clerk, contingent, answers):
    target = contingents.create_contingent(db, clerk, CONTINGENT)
    people = [record(db, clerk, n) for n in (1, 2)]
    window = make_window(clerk)
    window.add_departures([str(p.id) for p in people])
    choices = []

    def choose(dialog):
        assert isinstance(dialog, MoveDialog)
        combo = dialog.ui.targetCombo
        choices.extend(combo.itemText(i).split(" ")[0] for i in range(combo.count()))
        dialog.choose(target.id)
        dialog.accept()
        return True

    answers.dialog(choose)
    window.select_rows([0, 1])
    assert window.move_selected() == 2
    assert choices == [target.code]  # not the contingent itself
    assert names_in(window) == []
    assert contingent_rows.member_count(db, target.id) == 2
    assert window.message() == f"Moved 2 people to {target.code}."


@pytest.mark.parametrize("engine", ["file", "server"], indirect=True)
def test_finalize_runs_in_the_background_on_its_own_connection(
    make_window, db, clerk, supervisor, monkeypatch
):
    record(db, clerk, 1)
    window = make_window(supervisor)
    window.add_text("35202-1234501-1")
    seen = {}
    real = contingents.finalize

    def spy(connection, actor, contingent_id, *, progress):
        seen["own connection"] = connection is not db
        seen["progress"] = progress
        return real(connection, actor, contingent_id, progress=progress)

    monkeypatch.setattr(contingents, "finalize", spy)
    window.finalize()
    assert seen["own connection"]
    assert callable(seen["progress"])
    assert not window.busy
    assert window.contingent.status == "finalized"
    assert window.contingent.revision == 1
    assert window.message().startswith(f"Finalized {window.contingent.code}: manifest revision 1")
    # Read-only from now on, and it looks it.
    assert window.ui.stateLabel.isVisible()
    assert window.ui.stateLabel.text().startswith("Finalized — read-only")
    for widget in (window.ui.addEdit, window.ui.removeButton, window.ui.moveButton):
        assert not widget.isVisible()
    assert not window.ui.finalizeButton.isEnabled()
    assert window.ui.reopenButton.isEnabled()
    assert window.ui.departedButton.isEnabled()
    assert window.ui.manifestButton.isEnabled()
    assert window.ui.revisionLabel.text() == "Manifest revision 1"


def test_a_failed_finalization_says_why_and_leaves_the_window_usable(
    make_window, db, clerk, supervisor, monkeypatch
):
    record(db, clerk, 1)
    window = make_window(supervisor)
    window.add_text("35202-1234501-1")

    def refuse(connection, actor, contingent_id, *, progress):
        raise StorageError("The database is busy with another task; nothing was saved.")

    monkeypatch.setattr(contingents, "finalize", refuse)
    window.finalize()
    assert window.message() == "Not finalized: The database is busy with another task; " + (
        "nothing was saved."
    )
    assert window.contingent.status == "open"
    assert window.ui.finalizeButton.isEnabled()


def test_reopen_asks_for_a_reason(make_window, db, clerk, supervisor, answers):
    record(db, clerk, 1)
    window = make_window(supervisor)
    window.add_text("35202-1234501-1")
    window.finalize()
    give_reason(answers, None)  # Cancel
    assert not window.reopen()
    assert window.contingent.status == "finalized"
    give_reason(answers, "Wrong flight number on the ticket")
    assert window.reopen()
    assert window.contingent.status == "open"
    assert window.ui.addEdit.isVisible()
    assert "superseded" in window.ui.revisionLabel.text()
    entry = audit.history(db, "contingent", window.contingent_id)[-1]
    assert (entry["action"], entry["reason"]) == ("reopen", "Wrong flight number on the ticket")


def test_the_reason_dialog_needs_a_reason(qtbot):
    dialog = ReasonDialog(None, "Reopen", "Why?", details=["one thing"], ok="Reopen")
    qtbot.addWidget(dialog)
    dialog.apply()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.messageLabel.text() == "Give a reason: it is kept in the audit log."
    dialog.ui.reasonEdit.setPlainText("  Seats changed  ")
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.reason() == "Seats changed"


def no_show(answers, absent, shown):
    """The next no-shows dialog: `absent` missed the flight; what it counted is kept."""

    def fill(dialog):
        assert isinstance(dialog, NoShowsDialog)
        dialog.mark(absent, "Missed the flight")
        shown["count"] = dialog.count_text()
        dialog.apply()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.dialog(fill)


def test_mark_departed_with_one_no_show_makes_revision_2(make_window, db, supervisor, answers):
    people = [record(db, supervisor, n) for n in (1, 2, 3)]
    window = make_window(supervisor)
    window.add_departures([str(p.id) for p in people])
    window.finalize()
    absent = str(people[1].id)
    shown = {}
    no_show(answers, absent, shown)
    assert window.mark_departed()
    assert shown["count"] == "2 travelled, 1 did not travel (of 3 in the contingent)."
    assert window.contingent.status == "departed"
    assert window.contingent.revision == 2
    assert services.get_departure(db, absent).status == "no-show"
    assert "1 did not; manifest revision 2" in window.message()
    assert window.ui.stateLabel.text().startswith("Departed")
    assert not window.ui.departedButton.isEnabled()
    assert window.ui.manifestButton.isEnabled()


def test_the_no_shows_dialog_refuses_a_no_show_without_a_reason(qtbot, db, clerk, contingent):
    people = [record(db, clerk, n) for n in (1, 2)]
    dialog = NoShowsDialog(None, contingent, people)
    qtbot.addWidget(dialog)
    dialog.mark(str(people[0].id), "")
    dialog.apply()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.message() == (
        "Give a reason for each person who did not travel: PERSON B KHAN has none."
    )
    dialog.ui.filterEdit.setText("1234502")
    table = dialog.ui.peopleTable
    assert [table.isRowHidden(row) for row in range(2)] == [True, False]


def test_a_clerk_manages_people_but_cannot_finalize_reopen_or_print(make_window, db, clerk):
    record(db, clerk, 1)
    window = make_window(clerk)
    window.add_text("35202-1234501-1")
    assert window.ui.addEdit.isEnabled()
    for button in (
        window.ui.finalizeButton,
        window.ui.reopenButton,
        window.ui.departedButton,
        window.ui.manifestButton,
    ):
        assert not button.isEnabled()


def test_the_manifest_button_opens_one_manifest_window(make_window, db, clerk, supervisor):
    record(db, clerk, 1)
    window = make_window(supervisor)
    window.add_text("35202-1234501-1")
    window.finalize()
    manifest = window.open_manifest()
    assert manifest is not None
    assert manifest.shown.revision == 1
    assert window.open_manifest() is manifest


def test_a_departed_person_typed_in_says_once_why_they_were_not_added(
    qtbot, make_window, db, clerk
):
    gone = record(db, clerk, 2)
    services.change_status(db, clerk, str(gone.id), "departed")
    window = make_window(clerk)
    type_and_enter(qtbot, window, gone.cnic)
    said = window.add_message()
    assert said == (
        "Not added: PERSON C KHAN is departed; only recorded departures can join a contingent."
    )


def test_marking_departed_builds_the_new_revision_on_a_worker_with_a_progress_dialog(
    qtbot, db, supervisor, contingent, *, answers, monkeypatch
):
    people = [record(db, supervisor, n) for n in (1, 2, 3)]
    contingents.add_people(db, supervisor, contingent.id, [str(p.id) for p in people])
    contingents.finalize(db, supervisor, contingent.id)
    pool = HeldTasks()
    window = ContingentWindow(db, supervisor, contingent.id, pool)
    qtbot.addWidget(window)
    window.show()
    pool.finish()  # the people's list
    no_show(answers, str(people[0].id), {})
    now = [100.0]
    monkeypatch.setattr(tasks, "clock", lambda: now[0])  # the progress dialogs' clock
    assert window.mark_departed()
    # Nothing is written on the GUI thread: the window waits for the worker.
    assert contingent_rows.get(db, contingent.id).status == "finalized"
    assert window.busy and not window.ui.departedButton.isEnabled()
    window.job.tick()
    assert window.job._dialog is None  # not yet: most jobs end before anyone needs a dialog
    now[0] += 0.6
    window.job.tick()
    assert window.job.progress.isVisible()
    assert window.job.progress.windowTitle() == "Marking departed"
    window.job.cancel()  # Esc: it cannot stop half-way, and says so
    assert "cannot be cancelled" in window.message()
    pool.finish()
    assert window.contingent.status == "departed"
    assert window.contingent.revision == 2
    assert not window.busy
    assert window.job is None
