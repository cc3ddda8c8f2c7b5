import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop import services
from desktop.gui import tasks
from desktop.gui.manifest_window import ManifestWindow
from desktop.services import contingents, manifests
from desktop.store import audit
from tests.factories import person

PEOPLE = 30  # enough for a manifest of several pages

CONTINGENT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "ISB",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "40",
}


@pytest.fixture
def finalized(db, supervisor):
    """A contingent of PEOPLE people, finalized once (manifest revision 1)."""
    contingent = contingents.create_contingent(db, supervisor, CONTINGENT)
    ids = [
        str(
            services.record_departure(
                db,
                supervisor,
                person(cnic=f"35202-{1000000 + n:07d}-1", passport_no=f"AB{1000000 + n:07d}"),
            ).id
        )
        for n in range(PEOPLE)
    ]
    contingents.add_people(db, supervisor, contingent.id, ids)
    contingents.finalize(db, supervisor, contingent.id)
    return contingent


@pytest.fixture
def revised(db, supervisor, finalized):
    """Reopened with a reason and finalized again: revision 1 superseded, 2 current."""
    contingents.reopen(db, supervisor, finalized.id, reason="Flight time changed")
    contingents.finalize(db, supervisor, finalized.id)
    return finalized


@pytest.fixture
def make_window(qtbot, db):
    def make(actor, contingent_id, **kwargs):
        window = ManifestWindow(db, actor, contingent_id, **kwargs)
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        return window

    yield make
    tasks.close_readers()


def test_shows_the_page_count_and_pages_through(make_window, supervisor, finalized):
    window = make_window(supervisor, finalized.id)
    pages = window.page_count()
    assert pages >= 3
    assert window.page_text() == f"Page 1 of {pages}"
    assert not window.ui.previousButton.isEnabled()
    window.ui.nextButton.click()
    assert window.current_page() == 1
    assert window.page_text() == f"Page 2 of {pages}"
    window.ui.lastButton.click()
    assert window.page_text() == f"Page {pages} of {pages}"
    assert not window.ui.nextButton.isEnabled()
    window.ui.previousButton.click()
    assert window.page_text() == f"Page {pages - 1} of {pages}"
    window.ui.firstButton.click()
    assert window.page_text() == f"Page 1 of {pages}"
    assert window.windowTitle() == f"Manifest — {finalized.code} revision 1"


def test_the_preview_is_not_audited(make_window, db, supervisor, finalized):
    before = audit.history(db, "contingent", finalized.id)
    make_window(supervisor, finalized.id)
    assert audit.history(db, "contingent", finalized.id) == before


def test_zoom_in_out_and_fit_width(make_window, supervisor, finalized):
    window = make_window(supervisor, finalized.id)
    assert not window.ui.fitWidthButton.isEnabled()  # it opens fitted to the width
    fitted = window.zoom()
    window.ui.zoomInButton.click()
    assert window.zoom() == pytest.approx(fitted * 1.25)
    assert window.ui.zoomLabel.text() == f"{fitted * 1.25:.0%}"
    window.ui.zoomOutButton.click()
    window.ui.zoomOutButton.click()
    assert window.zoom() == pytest.approx(fitted / 1.25)
    window.ui.fitWidthButton.click()
    assert window.zoom() == pytest.approx(fitted)
    assert not window.ui.fitWidthButton.isEnabled()


def test_every_control_names_its_shortcut(make_window, supervisor, finalized):
    window = make_window(supervisor, finalized.id)
    ui = window.ui
    for button, keys in (
        (ui.printButton, "Ctrl+P"),
        (ui.saveButton, "Ctrl+Shift+S"),
        (ui.previousButton, "PgUp"),
        (ui.nextButton, "PgDown"),
        (ui.zoomInButton, "Ctrl+="),
        (ui.zoomOutButton, "Ctrl+-"),
    ):
        assert f"({keys})" in button.toolTip()


def test_the_revision_chooser_shows_revision_1_as_superseded(make_window, supervisor, revised):
    window = make_window(supervisor, revised.id, tasks=tasks.SynchronousTasks())
    assert window.revision_items() == [
        f"Revision 2 (current) · {PEOPLE} people",
        f"Revision 1 (superseded) · {PEOPLE} people",
    ]
    assert window.shown.revision == 2
    assert not window.ui.supersededLabel.isVisible()
    window.ui.revisionCombo.setCurrentIndex(1)
    window.ui.revisionCombo.activated.emit(1)
    assert window.shown.revision == 1
    assert window.shown.superseded
    assert window.ui.supersededLabel.isVisible()
    assert "Reopened: Flight time changed" in window.ui.supersededLabel.text()
    assert window.windowTitle().endswith("revision 1 (superseded)")


def test_print_goes_through_the_printer_and_is_audited(
    make_window, db, supervisor, finalized, *, tmp_path, answers
):
    outputs = []

    def fake_printer(parent, printer):
        # What choosing a printer and pressing Print does: here, print into a PDF file.
        out = tmp_path / f"printed-{len(outputs)}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)  # a quick test; real printers give 300 or 600
        outputs.append((out, printer.pageLayout().orientation()))
        return True

    for _ in range(2):  # a print, then a reprint: Print pressed in the print dialog each time
        answers.dialog(lambda dialog: fake_printer(None, dialog.printer()))
    window = make_window(supervisor, finalized.id)
    assert window.print_manifest()
    assert window.print_manifest()
    assert answers.dialogs == ["QPrintDialog", "QPrintDialog"]
    actions = [e["action"] for e in audit.history(db, "contingent", finalized.id)]
    assert actions[-2:] == ["print", "reprint"]
    out, orientation = outputs[0]
    printed = QPdfDocument()
    assert printed.load(str(out)) == QPdfDocument.Error.None_
    assert printed.pageCount() == window.page_count()  # every page, one sheet each
    printed.close()
    assert orientation.name == "Landscape"
    assert window.message().startswith(f"Sent {finalized.code} revision 1 to the printer")


def test_cancelling_the_print_dialog_prints_nothing(
    make_window, db, supervisor, finalized, answers
):
    answers.dialog(False)  # Cancel in the print dialog
    window = make_window(supervisor, finalized.id)
    before = audit.history(db, "contingent", finalized.id)
    assert not window.print_manifest()
    assert audit.history(db, "contingent", finalized.id) == before
    assert window.message() == "Not printed."


def test_save_writes_the_same_bytes_as_a_saved_copy(
    make_window, db, supervisor, finalized, *, tmp_path, answers
):
    chosen = tmp_path / "manifest"
    answers.file(chosen)
    window = make_window(supervisor, finalized.id)
    assert window.suggested_name() == f"{finalized.code}-rev1.pdf"
    written = window.save_pdf()
    assert written == tmp_path / "manifest.pdf"
    expected = manifests.manifest_copy(db, supervisor, finalized.id, purpose="save").pdf
    assert written.read_bytes() == expected
    assert list(tmp_path.glob("*.partial")) == []
    entry = audit.history(db, "contingent", finalized.id)[-2]
    assert (entry["action"], entry["after"]["purpose"]) == ("print", "save")
    assert window.message() == f"Saved {finalized.code} revision 1 to {written}."


def test_a_save_that_fails_says_which_file_and_what_to_do(
    make_window, supervisor, finalized, tmp_path, answers
):
    target = tmp_path / "no such folder" / "manifest.pdf"
    answers.file(target)
    window = make_window(supervisor, finalized.id)
    assert window.save_pdf() is None
    assert window.message().startswith(f"Could not save {target}: ")
    assert "Choose another folder" in window.message()
    assert not target.exists()


def test_a_clerk_cannot_open_the_manifest(make_window, db, clerk, finalized):
    window = make_window(clerk, finalized.id)
    assert not window.permitted
    assert window.shown is None
    assert not window.view.isVisible()
    assert not window.ui.printButton.isVisible()
    assert "may not print a manifest" in window.message()
    assert "Ask a supervisor" in window.message()
    assert window.windowTitle() == "Manifest — not allowed"


def test_an_open_contingent_without_a_manifest_says_so(make_window, db, supervisor):
    contingent = contingents.create_contingent(db, supervisor, CONTINGENT)
    window = make_window(supervisor, contingent.id)
    assert window.page_count() == 0
    assert "has no manifest yet" in window.message()
    assert not window.ui.printButton.isEnabled()


def test_print_only_the_pages_chosen(make_window, supervisor, finalized, *, tmp_path, answers):
    out = tmp_path / "page-2.pdf"

    def pages_2_to_3(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    answers.dialog(lambda dialog: pages_2_to_3(None, dialog.printer()))
    window = make_window(supervisor, finalized.id)
    assert window.print_manifest()
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == 2
    printed.close()
    assert "(2 pages)" in window.message()
