"""Finalizing in the window signs with the office's key: its passphrase asked once per session
(a wrong one is refused in the dialog, Cancel does nothing), forgotten when the screen locks;
an office without a key finalizes unsigned and the window says how to set keys up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import services
from desktop.gui import tasks
from desktop.gui.contingent_window.window import ContingentWindow
from desktop.gui.main_window import MainWindow
from desktop.gui.signing_session import PassphraseDialog, session
from desktop.manifest.signature import read_signature
from desktop.services import contingents, signing, users
from desktop.store import contingents as contingent_rows
from desktop.store.db import db_path
from tests.factories import person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

PASSWORD = "signing-window-password"
CONTINGENT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "10",
}


@pytest.fixture(autouse=True)
def fresh_session():
    session.forget()
    yield
    session.forget()


@pytest.fixture
def office(db):
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "tariq", "supervisor", PASSWORD)
    users.create_user(db, admin, "amina", "clerk", PASSWORD)
    return db, admin


@pytest.fixture
def keyed(office):
    """The office has a certified key (the demo's root and passphrase)."""
    db, admin = office
    signing.set_up_demo_keys(db, admin, Path(db_path(db)))
    return db


def contingent_with_one_person(db):
    clerk = users.sign_in(db, "amina", PASSWORD)
    supervisor = users.sign_in(db, "tariq", PASSWORD)
    made = contingents.create_contingent(db, supervisor, CONTINGENT)
    departure = services.record_departure(db, clerk, person(cnic="35202-1234501-1"))
    contingents.add_people(db, supervisor, made.id, [departure.id])
    return supervisor, made


@pytest.fixture
def open_window(qtbot):
    def open_for(db, actor, contingent_id):
        window = ContingentWindow(db, actor, contingent_id, tasks.SynchronousTasks())
        qtbot.addWidget(window)
        window.show()
        return window

    yield open_for
    tasks.close_readers()


def typed(passphrase):
    def fill(dialog: PassphraseDialog) -> bool:
        dialog.ui.passphraseEdit.setText(passphrase)
        dialog.apply()
        return dialog.result() == PassphraseDialog.DialogCode.Accepted

    return fill


def stored_pdf(db, contingent_id, revision=1):
    return contingent_rows.manifest_bytes(db, contingent_id, revision)


def test_the_passphrase_is_asked_once_and_the_manifest_is_signed(keyed, open_window, answers):
    supervisor, made = contingent_with_one_person(keyed)
    window = open_window(keyed, supervisor, made.id)
    answers.dialog(typed(signing.DEMO_PASSPHRASE))
    window.finalize()
    assert answers.dialogs == ["PassphraseDialog"]
    assert window.contingent.status == "finalized"
    assert window.message().endswith("It is signed with the office's key.")
    signature = read_signature(stored_pdf(keyed, made.id))
    assert signature is not None and signature.holds
    assert signature.office == "ISB"

    # The same session: reopened and finalized again, nobody is asked twice.
    contingents.reopen(keyed, supervisor, made.id, reason="a name was misspelt")
    window.refresh()
    window.finalize()
    assert answers.dialogs == ["PassphraseDialog"]
    assert window.contingent.revision == 2
    assert read_signature(stored_pdf(keyed, made.id, 2)).holds


def test_a_wrong_passphrase_is_refused_in_the_dialog_and_may_be_typed_again(
    keyed, open_window, answers
):
    supervisor, made = contingent_with_one_person(keyed)
    window = open_window(keyed, supervisor, made.id)
    seen = []

    def second_try(dialog):
        seen.append(dialog.message())
        return typed(signing.DEMO_PASSPHRASE)(dialog)

    answers.dialog(typed("not the passphrase"))
    answers.dialog(second_try)
    window.finalize()
    assert seen[0].startswith("Wrong passphrase for the key file")
    assert window.contingent.status == "finalized"


def test_cancelling_the_passphrase_finalizes_nothing(keyed, open_window, answers):
    supervisor, made = contingent_with_one_person(keyed)
    window = open_window(keyed, supervisor, made.id)
    answers.dialog(False)
    window.finalize()
    assert window.contingent.status == "open"
    assert contingent_rows.manifests(keyed, made.id) == []
    assert "passphrase was not given" in window.message()


def test_an_empty_passphrase_is_not_taken(qtbot, keyed):
    dialog = PassphraseDialog(None, Path("office.key"))
    qtbot.addWidget(dialog)
    dialog.apply()
    assert dialog.message() == "Type the passphrase."
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted


def test_an_office_without_a_key_finalizes_unsigned_and_is_told_how_to_set_one_up(
    office, open_window, answers
):
    db, _admin = office
    supervisor, made = contingent_with_one_person(db)
    window = open_window(db, supervisor, made.id)
    window.finalize()
    assert answers.dialogs == []  # nothing to ask
    assert window.contingent.status == "finalized"
    assert "The manifest is unsigned: this office has no certified signing key" in (
        window.message()
    )
    assert "rawangi keys init" in window.message()
    assert read_signature(stored_pdf(db, made.id)) is None


def test_locking_the_screen_forgets_the_opened_key(qtbot, keyed, answers):
    supervisor, _made = contingent_with_one_person(keyed)
    answers.dialog(typed(signing.DEMO_PASSPHRASE))
    assert session.signer(None, keyed)[1] is not None
    assert session.remembers(keyed)
    window = MainWindow(keyed, supervisor, tasks.SynchronousTasks())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.lock()
    assert not session.remembers(keyed)
    tasks.close_readers()
