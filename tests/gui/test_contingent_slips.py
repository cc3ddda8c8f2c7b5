"""Print slips… in the contingent window: signed with the office's key (its passphrase asked
once a session), built on a worker, saved where the supervisor chose."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.gui import tasks
from desktop.gui.contingent_window.window import ContingentWindow
from desktop.gui.signing_session import session
from desktop.services import contingents
from desktop.store import audit
from desktop.store.db import db_path
from desktop.trust import qr
from tests.gui.test_contingent_window import CONTINGENT, record
from tests.gui.test_signing_session import typed
from tests.signed_office import PASSPHRASE, certify_office, codes_in_pdf, headquarters

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture(autouse=True)
def new_session():
    session.forget()
    yield
    session.forget()


@pytest.fixture
def finalized(db, clerk, supervisor):
    contingent = contingents.create_contingent(db, supervisor, CONTINGENT)
    people = [record(db, clerk, n) for n in range(3)]
    contingents.add_people(db, supervisor, contingent.id, [p.id for p in people])
    contingents.finalize(db, supervisor, contingent.id)
    return contingent


@pytest.fixture
def trust(db, admin):
    hq = headquarters()
    return hq.trust_list([certify_office(db, admin, Path(db_path(db)), hq)])


@pytest.fixture
def window(qtbot, db, supervisor, finalized):
    made = ContingentWindow(db, supervisor, finalized.id, tasks.SynchronousTasks())
    qtbot.addWidget(made)
    made.show()
    yield made
    tasks.close_readers()


def test_the_selected_peoples_slips_are_signed_saved_and_verify(
    window, answers, trust, tmp_path, finalized
):
    window.select_rows([0, 2])
    answers.dialog(typed(PASSPHRASE))
    answers.file(tmp_path / "chosen")
    assert window.print_slips() == tmp_path / "chosen.pdf"
    assert window.message() == (
        f"Saved the signed departure slips of 2 people of {finalized.code} to "
        f"{tmp_path / 'chosen.pdf'} (A4 pages: 1, each cut in four)."
    )
    [codes] = codes_in_pdf((tmp_path / "chosen.pdf").read_bytes())
    verdicts = [qr.verify(text, trust) for text in codes]
    assert [v.genuine for v in verdicts] == [True, True]
    assert [v.fields["name"] for v in verdicts] == ["PERSON A KHAN", "PERSON C KHAN"]
    assert answers.offered[-1][0] == f"{finalized.code}-slips-2.pdf"
    # The passphrase is asked once a session; everyone's slips the second time.
    window.table.clearSelection()
    answers.file(tmp_path / "all.pdf")
    window.print_slips()
    [codes] = codes_in_pdf((tmp_path / "all.pdf").read_bytes())
    assert len(codes) == 3
    rows = [
        r
        for r in audit.history(window.db, "contingent", finalized.id)
        if r["action"] == "print_slips"
    ]
    assert [r["after"]["people"] for r in rows] == [2, 3]
    assert window.ui.slipsButton.isEnabled()


def test_a_wrong_passphrase_is_said_and_nothing_is_saved_or_kept(
    window, answers, questions, trust, tmp_path
):
    seen = []

    def read_then_cancel(dialog) -> bool:
        seen.append(dialog.message())
        return False  # the supervisor gives up

    answers.dialog(typed("not it"))
    answers.dialog(read_then_cancel)
    assert window.print_slips() is None
    assert "Wrong passphrase" in seen[0]
    assert "signed with the office's key" in window.message()
    assert list(tmp_path.glob("*.pdf")) == []
    answers.dialog(typed(PASSPHRASE))
    answers.file(tmp_path / "slips.pdf")
    assert window.print_slips() == tmp_path / "slips.pdf"


def test_without_a_key_the_supervisor_is_asked_before_unsigned_slips_print(
    window, answers, questions, tmp_path
):
    answers.no()
    assert window.print_slips() is None
    assert questions[-1][0] == "Print unsigned slips?"
    answers.yes()
    answers.file(tmp_path / "unsigned.pdf")
    window.print_slips()
    assert "Saved the UNSIGNED departure slips of 3 people" in window.message()
    assert codes_in_pdf((tmp_path / "unsigned.pdf").read_bytes()) == [[]]


def test_a_folder_that_cannot_be_written_is_said_and_the_window_is_free_again(
    window, answers, tmp_path
):
    answers.yes()
    answers.file(tmp_path / "missing" / "slips.pdf")
    window.print_slips()
    assert "Could not save" in window.message() and "Choose another folder" in window.message()
    assert not window.busy and window.ui.slipsButton.isEnabled()


def test_slips_wait_for_finalizing_and_for_a_supervisor(qtbot, db, clerk, supervisor):
    opened = contingents.create_contingent(db, supervisor, CONTINGENT)
    for actor in (supervisor, clerk):
        window = ContingentWindow(db, actor, opened.id, tasks.SynchronousTasks())
        qtbot.addWidget(window)
        assert not window.ui.slipsButton.isEnabled()
    assert "printed once it is finalized" in window.ui.slipsButton.toolTip()
    tasks.close_readers()
