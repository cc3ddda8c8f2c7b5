"""The import wizard: a list is chosen, mapped, previewed, checked, and only then imported."""

import csv
import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWizard

from desktop import services
from desktop.core.errors import PermissionDenied, StorageError
from desktop.gui.import_wizard.problems import ProblemsModel
from desktop.gui.import_wizard.wizard import ImportWizard
from desktop.gui.tasks import SynchronousTasks, Tasks
from desktop.services import contingents, importing
from desktop.store import contingents as contingent_rows
from desktop.store import departures
from tests import factories
from tests.factories import person
from tests.gui.held_tasks import HeldTasks

HEADERS = [
    "Sr #",
    "Name of Candidate",
    "Father Name",
    "CNIC #",
    "PP No",
    "PP Expiry",
    "DOB",
    "Gender",
    "Trade",
    "Country",
    "Departure Date",
    "Channel",
    "OEP Licence",
]
WITHOUT_CHANNEL = [h for h in HEADERS if h not in ("Channel", "OEP Licence")]


def row(n, headers=HEADERS, **changes):
    """One candidate as an OEC list gives it; `changes` by header."""
    values = {
        "Sr #": n,
        "Name of Candidate": f"MUHAMMAD IMRAN KHAN{'A' * n}",
        "Father Name": "Abdul Rashid",
        "CNIC #": f"35202-{n:07d}-1",
        "PP No": f"AB{n:07d}",
        "PP Expiry": "2031-05-20",
        "DOB": "1990-04-12",
        "Gender": "M",
        "Trade": "Electrician",
        "Country": "KSA",
        "Departure Date": "2026-03-15",
        "Channel": "OEP",
        "OEP Licence": "1234/RWP",
    }
    values.update(changes)
    return [values[h] for h in headers]


def write_csv(path, rows, headers=HEADERS):
    return factories.write_csv(path, rows, headers)


@pytest.fixture
def mixed(tmp_path):
    """Five good rows and four bad ones of different kinds."""
    return write_csv(
        tmp_path / "OEC list March.csv",
        [
            row(1),
            row(2),
            row(3),
            row(4, **{"CNIC #": "35202-123"}),  # a CNIC too short
            row(5, DOB="2012-01-01"),  # a minor
            row(6, **{"PP No": "AB0000001"}),  # the same passport as line 2
            row(7),
            row(8),
            row(9, **{"PP Expiry": "2026-03-01"}),  # expired before departure
        ],
    )


@pytest.fixture
def make_wizard(qtbot, answers):
    def make(db, actor, path=None, *, tasks=None, contingent_id=None):
        wizard = ImportWizard(db, actor, tasks or SynchronousTasks(), contingent_id=contingent_id)
        qtbot.addWidget(wizard)
        wizard.show()
        if path is not None:
            answers.file(path)
            click(qtbot, wizard.file_page.ui.browseButton)
        return wizard

    return make


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def go_next(qtbot, wizard):
    before = wizard.currentPage()
    click(qtbot, next_button(wizard))
    assert wizard.currentPage() is not before


def to_check(qtbot, wizard):
    for _ in range(3):  # columns, preview, check
        go_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.check_page


def problems(wizard):
    return [
        (line, field, severity, message)
        for line, _name, _cnic, field, severity, message in wizard.check_page.model.rows
    ]


# -- a mixed list, end to end -------------------------------------------------------------------


def test_a_mixed_list_shows_each_bad_row_and_nothing_is_written_until_import(
    qtbot, make_wizard, db, clerk, mixed
):
    wizard = make_wizard(db, clerk, mixed)
    assert "9 rows and 13 columns found" in wizard.file_page.ui.fileMessage.text()

    to_check(qtbot, wizard)

    page = wizard.check_page.ui
    assert "9 rows — 5 can be imported, 4 refused" in page.checkSummary.text()
    assert "Nothing has been imported yet" in page.notImportedLabel.text()
    found = problems(wizard)
    assert [(line, field, severity) for line, field, severity, _ in found] == [
        ("5", "CNIC", "refused"),
        ("6", "Date of birth", "refused"),
        ("7", "Passport no.", "refused"),
        ("10", "Passport expiry", "refused"),
    ]
    assert "13 digits" in found[0][3]
    assert "line 2 of this list" in found[2][3]
    assert departures.count(db) == 0

    go_next(qtbot, wizard)
    ui = wizard.import_page.ui
    assert ui.importButton.text() == "&Import 5 departures"
    assert "4 refused rows are left out" in ui.importSummary.text()
    assert departures.count(db) == 0  # still nothing: the import waits for the button

    with qtbot.waitSignal(wizard.imported) as imported:
        click(qtbot, ui.importButton)

    assert imported.args == [5]
    assert departures.count(db) == 5
    assert "Imported 5 departures from OEC list March.csv" in ui.importMessage.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not ui.importButton.isEnabled()  # the same rows cannot go in twice


def test_the_problems_can_be_filtered_and_saved_as_csv(
    qtbot, make_wizard, db, clerk, mixed, *, tmp_path, answers
):
    wizard = make_wizard(db, clerk, mixed)
    to_check(qtbot, wizard)
    page = wizard.check_page.ui

    qtbot.keyClicks(page.filterEdit, "passport")
    assert [p[0] for p in problems(wizard)] == ["7", "10"]
    page.severityCombo.setCurrentIndex(page.severityCombo.findData("warning"))
    assert problems(wizard) == []
    assert "No problem matches" in page.problemsTable.placeholder
    page.filterEdit.clear()
    page.severityCombo.setCurrentIndex(page.severityCombo.findData("all"))
    assert len(problems(wizard)) == 4

    target = tmp_path / "for the promoter.csv"
    answers.file(target)
    click(qtbot, page.saveReportButton)

    assert [name for name, _ in answers.offered][-1] == "OEC list March-problems.csv"
    assert f"saved to {target}" in page.reportMessage.text()
    with target.open(encoding="utf-8-sig") as saved:
        lines = list(csv.reader(saved))
    assert [line[0] for line in lines[1:]] == ["5", "6", "7", "10"]
    assert departures.count(db) == 0


def test_preview_shows_values_as_they_will_be_read_and_field_problems_in_red(
    qtbot, make_wizard, db, clerk, tmp_path
):
    path = write_csv(
        tmp_path / "list.csv",
        [row(1, **{"CNIC #": "3520200000011"}), row(2, DOB="31/02/1990")],
    )
    wizard = make_wizard(db, clerk, path)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    table = wizard.preview_page.ui.previewTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]

    def cell(line, header):
        return table.item(line - 2, headers.index(header))

    assert headers[0] == "Problems"
    assert cell(2, "CNIC").text() == "35202-0000001-1"
    assert cell(2, "Destination country").text() == "Saudi Arabia (SA)"
    assert cell(2, "Surname").text() == "KHANA"
    bad = cell(3, "Date of birth")
    assert bad.text() == "31/02/1990"  # what the list says, since it cannot be read
    assert bad.foreground().color().name() == "#b00020"
    assert "not a real calendar date" in bad.toolTip()
    assert "Date of birth 31/02/1990" in cell(3, "Problems").text()
    assert cell(2, "Problems").text() == "✓"
    assert "1 row of these cannot be read" in wizard.preview_page.ui.previewMessage.text()


def test_an_excel_list_is_read_like_a_csv(qtbot, make_wizard, db, clerk, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    values = row(1)
    values[3] = 3520200000011  # a CNIC that Excel stored as a number
    values[6] = dt.datetime(1990, 4, 12)
    sheet.append(values)
    sheet.append(row(2))
    path = tmp_path / "promoter list.xlsx"
    book.save(path)

    wizard = make_wizard(db, clerk, path)
    assert "2 rows and 13 columns found" in wizard.file_page.ui.fileMessage.text()
    go_next(qtbot, wizard)
    table = wizard.columns_page.ui.columnsTable
    assert (table.item(3, 0).text(), table.item(3, 1).text()) == ("CNIC #", "3520200000011")
    assert table.item(6, 1).text() == "1990-04-12"
    to_import = [go_next(qtbot, wizard) for _ in range(3)]
    assert len(to_import) == 3
    click(qtbot, wizard.import_page.ui.importButton)
    assert departures.count(db) == 2


# -- cancel --------------------------------------------------------------------------------------


def test_cancel_during_the_check_writes_nothing_and_the_check_can_run_again(
    qtbot, make_wizard, db, clerk, mixed
):
    tasks = HeldTasks(hold=False)
    wizard = make_wizard(db, clerk, mixed, tasks=tasks)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    tasks.hold = True
    go_next(qtbot, wizard)
    page = wizard.check_page.ui
    assert "Checking 9 rows of OEC list March.csv" in page.checkSummary.text()
    assert not next_button(wizard).isEnabled()

    click(qtbot, page.cancelCheckButton)
    tasks.finish()  # the worker sees the flag at its next step

    assert "The check was cancelled." in page.checkSummary.text()
    assert "Nothing has been imported." in page.notImportedLabel.text()
    assert not next_button(wizard).isEnabled()
    assert departures.count(db) == 0
    tasks.hold = False
    click(qtbot, page.checkAgainButton)
    assert "5 can be imported" in page.checkSummary.text()
    assert next_button(wizard).isEnabled()


def test_cancel_during_the_import_writes_nothing(qtbot, make_wizard, db, clerk, mixed):
    tasks = HeldTasks(hold=False)
    wizard = make_wizard(db, clerk, mixed, tasks=tasks)
    to_check(qtbot, wizard)
    go_next(qtbot, wizard)
    ui = wizard.import_page.ui
    tasks.hold = True
    click(qtbot, ui.importButton)
    assert "Importing 5 departures" in ui.importMessage.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()

    click(qtbot, ui.cancelImportButton)
    tasks.finish()

    assert "cancelled; nothing was written" in ui.importMessage.text()
    assert departures.count(db) == 0
    assert db.conn.execute("SELECT count(*) FROM audit WHERE action = 'import'").fetchone() == (0,)
    assert ui.importButton.isEnabled()  # the person may still import
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_closing_the_wizard_stops_a_running_import(qtbot, make_wizard, db, clerk, mixed):
    tasks = HeldTasks(hold=False)
    wizard = make_wizard(db, clerk, mixed, tasks=tasks)
    to_check(qtbot, wizard)
    go_next(qtbot, wizard)
    tasks.hold = True
    click(qtbot, wizard.import_page.ui.importButton)

    wizard.reject()
    tasks.finish()

    assert departures.count(db) == 0


# -- the columns ---------------------------------------------------------------------------------


def test_a_list_without_a_channel_column_waits_for_a_value_for_every_row(
    qtbot, make_wizard, db, clerk, tmp_path
):
    path = write_csv(
        tmp_path / "list.csv", [row(n, WITHOUT_CHANNEL) for n in (1, 2)], WITHOUT_CHANNEL
    )
    wizard = make_wizard(db, clerk, path)
    go_next(qtbot, wizard)
    page = wizard.columns_page.ui

    assert not next_button(wizard).isEnabled()
    assert "Still missing: Channel." in page.mappingMessage.text()
    assert "color: #b00020" in page.channelLabel.styleSheet()

    page.channelCombo.setCurrentIndex(page.channelCombo.findData("OEC"))

    assert next_button(wizard).isEnabled()
    assert "Every required field is filled" in page.mappingMessage.text()
    to_import = [go_next(qtbot, wizard) for _ in range(3)]
    assert len(to_import) == 3
    click(qtbot, wizard.import_page.ui.importButton)
    assert departures.count(db) == 2
    channels = db.conn.execute("SELECT DISTINCT channel FROM departures").fetchall()
    assert channels == [("OEC",)]


def test_two_columns_for_one_field_are_refused_by_name(qtbot, make_wizard, db, clerk, mixed):
    wizard = make_wizard(db, clerk, mixed)
    go_next(qtbot, wizard)
    page = wizard.columns_page
    father = page.combos[HEADERS.index("Father Name")]
    father.setCurrentIndex(father.findData("cnic"))

    assert "Two columns fill CNIC" in page.ui.mappingMessage.text()
    assert not next_button(wizard).isEnabled()


def test_the_corrected_mapping_is_remembered_for_the_next_list_of_that_layout(
    qtbot, make_wizard, db, clerk, tmp_path
):
    headers = [*WITHOUT_CHANNEL, "Sponsor Company (KSA)"]

    def candidates(numbers):
        return [[*row(n, WITHOUT_CHANNEL), "Al Rajhi Construction"] for n in numbers]

    first = write_csv(tmp_path / "march.csv", candidates((1, 2)), headers)
    wizard = make_wizard(db, clerk, first)
    go_next(qtbot, wizard)
    page = wizard.columns_page
    sponsor = page.combos[-1]
    assert sponsor.currentData() == ""  # a header the guess does not know
    sponsor.setCurrentIndex(sponsor.findData("employer"))
    page.ui.channelCombo.setCurrentIndex(page.ui.channelCombo.findData("OEC"))
    for _ in range(3):
        go_next(qtbot, wizard)
    click(qtbot, wizard.import_page.ui.importButton)
    assert departures.count(db) == 2

    second = write_csv(tmp_path / "april.csv", candidates((3, 4)), headers)
    again = make_wizard(db, clerk, second)
    go_next(qtbot, again)

    assert again.columns_page.combos[-1].currentText() == "Foreign employer"
    assert again.columns_page.ui.channelCombo.currentData() == "OEC"
    assert next_button(again).isEnabled()


@pytest.fixture
def saudia(db, clerk):
    return contingents.create_contingent(
        db,
        clerk,
        {
            "flight_no": "SV-727",
            "carrier": "Saudia",
            "airport": "ISB",
            "departure_date": "2026-03-15",
            "departure_time": "09:30",
            "destinations": "SA",
            "capacity": "10",
        },
    )


def test_importing_into_a_contingent_chosen_by_the_caller(
    qtbot, make_wizard, db, clerk, *, tmp_path, saudia
):
    contingent = saudia
    path = write_csv(tmp_path / "list.csv", [row(1), row(2, Country="Qatar")])
    wizard = make_wizard(db, clerk, path, contingent_id=contingent.id)
    go_next(qtbot, wizard)
    assert wizard.columns_page.ui.contingentCombo.currentText().startswith(contingent.code)
    for _ in range(2):
        go_next(qtbot, wizard)
    found = problems(wizard)
    assert [(line, severity) for line, _, severity, _ in found] == [("3", "refused")]
    assert "without the contingent" in found[0][3]
    go_next(qtbot, wizard)
    assert f"into contingent {contingent.code}" in wizard.import_page.ui.importSummary.text()
    click(qtbot, wizard.import_page.ui.importButton)
    assert contingent_rows.member_count(db, contingent.id) == 1


# -- what goes wrong -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("list.xlsx", b"not a zip", "list.xlsx is not a readable Excel workbook"),
        ("list.csv", b"Name,CNIC\n", "list.csv has a header but no rows to import"),
        ("list.pdf", b"%PDF-1.4", "list.pdf: import a .csv or .xlsx file"),
    ],
)
def test_an_unreadable_file_shows_its_message(
    qtbot, make_wizard, db, clerk, tmp_path, *, name, content, words
):
    path = tmp_path / name
    path.write_bytes(content)
    wizard = make_wizard(db, clerk, path)

    assert words in wizard.file_page.ui.fileMessage.text()
    assert not next_button(wizard).isEnabled()


def test_a_typed_path_is_read_on_enter_and_a_missing_file_is_named(
    qtbot, make_wizard, db, clerk, tmp_path
):
    wizard = make_wizard(db, clerk)
    edit = wizard.file_page.ui.pathEdit
    qtbot.keyClicks(edit, str(tmp_path / "nowhere.csv"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert "Cannot read nowhere.csv" in wizard.file_page.ui.fileMessage.text()
    assert wizard.currentPage() is wizard.file_page


def test_an_admin_sees_that_only_clerks_and_supervisors_import(
    qtbot, make_wizard, db, admin, mixed
):
    wizard = make_wizard(db, admin)

    message = wizard.file_page.ui.fileMessage.text()
    assert "root-admin (admin) may not import a list" in message
    assert "Ask a clerk or a supervisor" in message
    assert not wizard.file_page.ui.browseButton.isEnabled()
    assert not next_button(wizard).isEnabled()


def test_someone_recorded_meanwhile_stops_the_import_and_says_so(
    qtbot, make_wizard, db, clerk, mixed
):
    wizard = make_wizard(db, clerk, mixed)
    to_check(qtbot, wizard)
    go_next(qtbot, wizard)
    services.record_departure(db, clerk, person(cnic="35202-0000002-1", passport_no="ZZ1234567"))

    click(qtbot, wizard.import_page.ui.importButton)

    message = wizard.import_page.ui.importMessage.text()
    assert "Nothing was imported: 1 of these people were recorded since the check" in message
    assert "line 3: " in message and "Go back and check the list again" in message
    assert departures.count(db) == 1
    assert wizard.currentPage() is wizard.import_page
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()


@pytest.mark.parametrize(
    "error",
    [
        StorageError("The database is busy with another task; nothing was saved."),
        PermissionDenied("amina (clerk) may not import a list; only a supervisor may."),
    ],
)
def test_a_refused_import_is_shown_in_words(
    qtbot, make_wizard, db, clerk, mixed, *, monkeypatch, error
):
    wizard = make_wizard(db, clerk, mixed)
    to_check(qtbot, wizard)
    go_next(qtbot, wizard)

    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(importing, "commit", refuse)
    click(qtbot, wizard.import_page.ui.importButton)

    assert f"Nothing was imported: {error}" in wizard.import_page.ui.importMessage.text()
    assert wizard.import_page.ui.importButton.isEnabled()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_refused_check_is_shown_in_words(qtbot, make_wizard, db, clerk, mixed, *, monkeypatch):
    wizard = make_wizard(db, clerk, mixed)

    def refuse(*args, **kwargs):
        raise PermissionDenied("amina (clerk) may not import a list; only a supervisor may.")

    monkeypatch.setattr(importing, "validate", refuse)
    to_check(qtbot, wizard)

    assert "may not import a list" in wizard.check_page.ui.checkSummary.text()
    assert not next_button(wizard).isEnabled()


# -- keyboard, tooltips, size ----------------------------------------------------------------


def test_next_and_back_work_from_the_keyboard(qtbot, make_wizard, db, clerk, mixed):
    wizard = make_wizard(db, clerk, mixed)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)

    # A mnemonic "animates" the click: the button goes down, then clicks a moment later.
    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page)
    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)
    qtbot.keyClick(wizard, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page)


def test_every_button_says_what_it_does(qtbot, make_wizard, db, clerk, mixed):
    wizard = make_wizard(db, clerk, mixed)
    to_check(qtbot, wizard)
    go_next(qtbot, wizard)

    on_pages = [
        button
        for page in (wizard.page(n) for n in wizard.pageIds())
        for button in page.findChildren(QPushButton)
    ]
    used = [
        wizard.button(which)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    assert len(on_pages) == 6
    assert [b.text() for b in on_pages + used if not b.toolTip()] == []


def test_the_wizard_remembers_its_size(qtbot, make_wizard, db, clerk):
    wizard = make_wizard(db, clerk)
    wizard.resize(780, 580)  # the offscreen screen is 800 × 600
    wizard.reject()
    assert QSettings().value("geometry/import_wizard") is not None

    again = make_wizard(db, clerk)

    assert (again.width(), again.height()) == (780, 580)


def test_the_problems_model_is_a_proper_model(qtmodeltester, db, clerk, mixed):
    source = importing.read_source(mixed)
    report = importing.validate(db, clerk, source, importing.mapping_for(db, source))
    model = ProblemsModel()
    model.set_results(report.results)
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_a_list_without_dates_takes_the_date_of_its_contingent(
    qtbot, make_wizard, db, clerk, *, tmp_path, saudia
):
    headers = [h for h in HEADERS if h != "Departure Date"]
    path = write_csv(tmp_path / "list.csv", [row(1, headers)], headers)
    wizard = make_wizard(db, clerk, path, contingent_id=saudia.id)
    go_next(qtbot, wizard)

    assert wizard.columns_page.ui.departureDateEdit.value() == "2026-03-15"
    assert next_button(wizard).isEnabled()


def test_the_work_runs_on_worker_threads(qtbot, make_wizard, db, clerk, mixed):
    tasks = Tasks()
    wizard = make_wizard(db, clerk, mixed, tasks=tasks)
    qtbot.waitUntil(lambda: next_button(wizard).isEnabled())  # the file is read
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.report is not None)
    assert len(wizard.report.valid) == 5
    go_next(qtbot, wizard)

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        click(qtbot, wizard.import_page.ui.importButton)

    assert imported.args == [5]
    assert departures.count(db) == 5
    assert tasks.wait()


def test_the_check_report_says_which_encoding_the_list_was_read_in(
    qtbot, make_wizard, db, clerk, tmp_path
):
    path = tmp_path / "old excel list.csv"
    cells = [[str(c) for c in row(n, Trade="Café cook")] for n in (1, 2)]
    lines = [",".join(HEADERS), *(",".join(r) for r in cells)]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    wizard = make_wizard(db, clerk, path)
    to_check(qtbot, wizard)
    summary = wizard.check_page.ui.checkSummary.text()
    assert "old excel list.csv (read as CSV, Windows-1252): 2 rows — 2 can be imported" in summary
    assert wizard.report.valid[0].departure.trade == "Café cook"
