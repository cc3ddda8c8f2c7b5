"""Bundles from the window: a file chooser, the work in the background, the result in words."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from desktop.gui import bundle_dialogs
from desktop.gui.signing_session import session
from desktop.gui.tasks import SynchronousTasks
from desktop.services import bundles, demo, signing, users
from desktop.store import audit, open_database, register
from desktop.trust import keys, trustlist
from tests.gui.held_tasks import HeldTasks
from tests.trust.conftest import make_headquarters


@pytest.fixture
def office(db, clerk):
    demo.fill(db, clerk, 20, office="ISB", seed=4, contingent_size=10)
    return db


@pytest.fixture
def hq(tmp_path):
    database = open_database(tmp_path / "hq.db")
    yield database
    database.close()


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def bundle_file(office, supervisor, tmp_path):
    return bundles.export_bundle(office, supervisor, tmp_path / "isb.zip").path


def test_export_asks_where_and_says_what_it_wrote(
    office, supervisor, parent, *, tmp_path, answers, questions
):
    target = tmp_path / "for-hq.zip"
    answers.file(target)

    job = bundle_dialogs.export_bundle(parent, office, supervisor, SynchronousTasks())

    assert job is not None
    assert [name for name, _ in answers.offered] == ["rawangi-bundle-ISB-2026-03-01.zip"]
    ((title, text),) = questions
    assert title == "Export for headquarters"
    assert text.startswith(f"Wrote the bundle of ISB to {target}: 20 departures, ")
    assert "Send this file to headquarters as it is." in text
    assert text.endswith("It is not signed: this office has no certified key yet, and "
                         "headquarters will refuse it. An admin sets the key up with `rawangi "
                         "keys init`.")  # fmt: skip
    with bundles.checked(target) as checked:
        assert checked.info.created_by == "tariq"
        assert checked.signature is None


def test_import_asks_which_file_and_reports_the_counts(
    hq, admin, bundle_file, parent, *, answers, questions
):
    answers.file(bundle_file)

    job = bundle_dialogs.import_bundle(parent, hq, admin, SynchronousTasks())

    assert job is not None
    ((title, text),) = questions
    assert title == "Import an office's bundle"
    assert text.startswith("Imported the bundle of ISB (Islamabad) made ")
    assert "\ndepartures: 20 added, 0 updated, 0 unchanged\n" in text
    assert register.count(hq, register.RegisterFilter(office="ISB")).value == 20

    answers.file(bundle_file)  # the same bundle again
    bundle_dialogs.import_bundle(parent, hq, admin, SynchronousTasks())

    assert questions[-1][1].startswith("Nothing new: all ")


def test_import_says_the_seal_catches_damage_not_forgery(
    hq, admin, bundle_file, parent, *, answers, questions
):
    answers.file(bundle_file)

    bundle_dialogs.import_bundle(parent, hq, admin, SynchronousTasks())

    ((_, text),) = questions
    assert (
        "The seal shows that the bundle was not damaged on its way; it does not show who made "
        "it." in text
    )


def test_a_damaged_bundle_is_refused_in_words(
    hq, admin, bundle_file, parent, *, answers, questions, tmp_path
):
    data = bytearray(bundle_file.read_bytes())
    data[100] ^= 0x20
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    answers.file(damaged)

    bundle_dialogs.import_bundle(parent, hq, admin, SynchronousTasks())

    ((_, text),) = questions
    assert text.startswith("damaged.zip was refused: it was changed or damaged after it was made")
    assert register.count(hq, register.RegisterFilter()).value == 0


def test_a_clerk_is_told_before_any_file_is_asked_for(office, clerk, parent, answers, questions):

    assert bundle_dialogs.export_bundle(parent, office, clerk, SynchronousTasks()) is None
    assert bundle_dialogs.import_bundle(parent, office, clerk, SynchronousTasks()) is None

    (export_refusal, import_refusal) = [text for _, text in questions]
    assert export_refusal.startswith("amina (clerk) may not export a headquarters bundle")
    assert import_refusal.startswith("amina (clerk) may not import a headquarters bundle")
    assert len(audit.browse(office, audit.AuditFilter(action="refused"))) == 2
    assert answers.offered == []  # no file box was opened


def test_choosing_no_file_does_nothing(office, supervisor, parent, answers, questions):
    answers.file(None)
    answers.file(None)

    assert bundle_dialogs.export_bundle(parent, office, supervisor, SynchronousTasks()) is None
    assert bundle_dialogs.import_bundle(parent, office, supervisor, SynchronousTasks()) is None
    assert questions == []


def test_cancel_keeps_no_bundle(office, supervisor, parent, *, tmp_path, answers, questions):
    target = tmp_path / "for-hq.zip"
    answers.file(target)
    tasks = HeldTasks()
    job = bundle_dialogs.export_bundle(parent, office, supervisor, tasks)
    failures = []
    job.failed.connect(failures.append)

    job.progress.findChild(QPushButton).click()  # Cancel, while the worker is busy
    tasks.finish()

    assert failures == ["Cancelled; no bundle was written."]
    assert questions == []
    assert list(tmp_path.glob("for-hq.zip*")) == []
    assert audit.browse(office, audit.AuditFilter(action="export_bundle")) == []


def test_the_progress_dialog_names_the_step(hq, admin, bundle_file, parent, *, answers, questions):
    answers.file(bundle_file)
    tasks = HeldTasks()
    job = bundle_dialogs.import_bundle(parent, hq, admin, tasks)
    parent.resize(640, 400)
    parent.show()
    job.progress.show()

    job.step("Checking the audit log…")  # as the worker names it

    assert job.progress.labelText() == "Checking the audit log…"
    assert job.progress.windowTitle() == "Import an office's bundle"
    assert not job.progress.grab().isNull()
    tasks.finish()
    assert questions[-1][1].startswith("Imported the bundle of ISB")


# -- signed bundles ------------------------------------------------------------------------------

PASSPHRASE = "the key passphrase"


@pytest.fixture
def certified(office, admin, tmp_path):
    """The office's key, certified by a test headquarters; its trust list's text."""
    path = tmp_path / "office.db"
    hq_root = make_headquarters()
    files = signing.init_keys(office, admin, path, PASSPHRASE)
    certificate = keys.certify(keys.read_request(files.request), hq_root.key, hq_root.root)
    issued = tmp_path / "isb.crt"
    issued.write_bytes(keys.pem(certificate) + keys.pem(hq_root.root))
    signing.import_certificate(office, admin, path, issued)
    return trustlist.dumps(trustlist.build(hq_root.key, hq_root.root, [certificate]))


def _type(passphrase: str | None):
    """What a person does in the session's passphrase dialog: type and press OK (None: Cancel).
    A wrong passphrase is refused inside the dialog, which then asks again."""

    def fill(dialog) -> bool:
        if passphrase is None:
            dialog.reject()
            return False
        dialog.ui.passphraseEdit.setText(passphrase)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return bool(dialog.result())

    return fill


@pytest.fixture(autouse=True)
def new_session():
    session.forget()
    yield
    session.forget()


def test_an_office_with_a_key_signs_its_bundle_after_the_passphrase(
    office, supervisor, certified, parent, *, tmp_path, answers, questions
):
    target = tmp_path / "for-hq.zip"
    answers.file(target)
    answers.dialog(_type("a wrong one"))
    answers.dialog(_type(PASSPHRASE))

    bundle_dialogs.export_bundle(parent, office, supervisor, SynchronousTasks())

    assert answers.dialogs == ["PassphraseDialog", "PassphraseDialog"]
    kid = signing.key_status(tmp_path / "office.db").kid
    assert questions[-1][1].endswith(f"It is signed with the key {kid} of ISB.")
    with bundles.checked(target) as checked:
        assert checked.signature is not None
    # The head after the export is signed too.
    assert [row["reason"] for row in audit.history(office, "audit head", kid)] == ["bundle export"]


def test_cancelling_the_passphrase_writes_no_bundle(
    office, supervisor, certified, parent, *, tmp_path, answers, questions
):
    target = tmp_path / "for-hq.zip"
    answers.file(target)
    answers.dialog(_type("a wrong one"))
    answers.dialog(_type(None))

    assert bundle_dialogs.export_bundle(parent, office, supervisor, SynchronousTasks()) is None
    assert not target.exists() and questions == []


def test_headquarters_with_a_trust_list_refuses_an_unsigned_bundle_in_words(
    hq, admin, office, supervisor, *, certified, parent, tmp_path, answers, questions
):
    users.initialize(hq, office="HQS", admin_name="boss", password="a-long-password-1",
                     office_name="Headquarters")  # fmt: skip
    signing.keep_trust_list(hq, admin, certified)
    unsigned = bundles.export_bundle(office, supervisor, tmp_path / "unsigned.zip").path
    answers.file(unsigned)

    bundle_dialogs.import_bundle(parent, hq, admin, SynchronousTasks())

    ((_, text),) = questions
    assert text == (
        "unsigned.zip was refused: it is not signed, and headquarters takes only bundles signed "
        "with an office's certified key; nothing was imported."
    )
    assert register.count(hq, register.RegisterFilter()).value == 0

    signer = signing.signer(tmp_path / "office.db", PASSPHRASE)
    signed = bundles.export_bundle(office, supervisor, tmp_path / "signed.zip", signer=signer)
    answers.file(signed.path)
    bundle_dialogs.import_bundle(parent, hq, admin, SynchronousTasks())
    assert questions[-1][1].endswith(
        f"Signed by Islamabad (ISB), key {signer.kid}, certified by headquarters."
    )
    assert register.count(hq, register.RegisterFilter()).value == 20
