"""Departure slips: one A6 slip per traveller, four to an A4 sheet with cut marks.

Plain data in, PDF bytes out, as for the manifest: a service fills `SlipsData` (values already
formatted, each slip's QR text already signed) and calls `build_slips_pdf`. The text is drawn
through the manifest's own typesetting (`pdf.typesetting`: escaped operands only, the shipped
Noto fonts, Urdu shaped and ordered right to left); the QR code is drawn from reportlab's
encoder as filled runs, one path per code, so a thousand slips stay quick.

A slip whose QR text is empty is printed *unsigned*: in place of the code a box says so
plainly, and that it can only be checked against the contingent's manifest.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Final

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.core.errors import ValidationError
from desktop.manifest import styles as st
from desktop.manifest.data import MAX_FIELD_LENGTH
from desktop.manifest.pdf import register_fonts, save_canvas, wrap
from desktop.manifest.pdf.metadata import pdf_date
from desktop.manifest.pdf.typesetting import Ink, Typesetter

Progress = Callable[[int, int], None]

# --- how a slip looks (points; A4 portrait cut into four A6 slips) ---------------------------

SHEET: Final = A4  # 595.3 x 841.9, portrait
SLIP_WIDTH: Final = SHEET[0] / 2  # 297.6 = 105 mm
SLIP_HEIGHT: Final = SHEET[1] / 2  # 420.9 = 148.5 mm
SLIPS_PER_SHEET: Final = 4
# Room inside each slip's edges: clear of the cut (a cut is never exact) and, on the sheet's
# outer edges, of the 4-5 mm that office printers leave unprinted.
PADDING: Final = 22.0
CONTENT_WIDTH: Final = SLIP_WIDTH - 2 * PADDING

MARK_FROM: Final = 14.0  # cut marks start this far in from the sheet's edge...
MARK_LENGTH: Final = 16.0  # ...and are this long
CROSS: Final = 7.0  # half the arms of the cross at the sheet's centre

QR_SIZE: Final = 132.0  # 46.5 mm: 2.2 points (0.76 mm) a module for a long slip payload
QR_OVERLAP: Final = 0.15  # points a run of dark modules reaches into the row below
QR_LEVEL: Final = "M"  # survives a crease or a smudge, as the manifest's does
QR_MASK: Final = 0  # any of the eight masks is valid (ISO/IEC 18004); see _draw_qr

TITLE: Final = "Departure Slip"
TITLE_URDU: Final = "روانگی کی پرچی"  # "slip of departure"
SIZE_HEADER: Final = 7.0
SIZE_TITLE: Final = 13.5
SIZE_TITLE_URDU: Final = 13.0
SIZE_LABEL: Final = 6.3
SIZES_NAME: Final = (11.5, 10.0, 8.5, 7.0)  # the name shrinks to fit two lines, then wraps
SIZE_VALUE: Final = 9.0
SIZE_URDU_NAME: Final = 13.0
SIZE_CAPTION: Final = 6.5
SIZE_UNSIGNED: Final = 15.0
LEADING: Final = 1.22  # times the font size
LABEL_GAP: Final = 2.0  # between a label and its value
FIELD_GAP: Final = 7.0  # between two fields
COLUMN_GAP: Final = 10.0
MAX_LINES: Final = 4  # a value longer than this is cut with an ellipsis (never in the QR)

UNSIGNED: Final = "UNSIGNED"
UNSIGNED_NOTE: Final = (
    "This office had no certified signing key when the slip was printed. It cannot be "
    "verified offline: check the person against the contingent's manifest."
)
VERIFY_NOTE: Final = (
    "Scan to verify offline: Rawangi's Tools > Verify a document, or rawangi verify-qr."
)


@dataclass(frozen=True, slots=True)
class SlipPerson:
    """One traveller's slip, every value formatted for print.

    Attributes:
        serial: the person's S.No on the manifest.
        name: full name as in the passport.
        father_name: father's name.
        cnic: ``XXXXX-XXXXXXX-X``.
        passport_no: passport number.
        name_urdu: the name in Urdu script, or empty.
        qr_text: the signed QR text (``RW1:…``) of the slip's fields; empty for unsigned.
    """

    serial: int
    name: str
    father_name: str
    cnic: str
    passport_no: str
    name_urdu: str = ""
    qr_text: str = ""

    def __post_init__(self) -> None:
        _check_lengths(self, f"Slip {self.serial}", skip=("qr_text",))


@dataclass(frozen=True, slots=True)
class SlipsData:
    """Everything the slips of one contingent revision print.

    Attributes:
        office_code: ``ISB``, ``KHI``, ...
        office_name: the office as printed.
        contingent_code: ``ISB-20240319-01``.
        revision: the manifest revision the slips belong to.
        flight: ``PK-731``.
        airport: departure airport, IATA code.
        departure_date: ``YYYY-MM-DD``.
        departure_time: ``HH:MM``.
        destinations: the contingent's destination(s) as one line.
        printed_at: when the slips were made, UTC ISO-8601.
        people: the slips, in print order.
        signed_by: whose key signed the QR codes ("Islamabad (ISB), key 3f09…"); "" unsigned.
    """

    office_code: str
    office_name: str
    contingent_code: str
    revision: int
    flight: str
    airport: str
    departure_date: str
    departure_time: str
    destinations: str
    printed_at: str
    people: tuple[SlipPerson, ...]
    signed_by: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.people, tuple):
            object.__setattr__(self, "people", tuple(self.people))
        if not self.people:
            raise ValidationError("There is nobody to print a departure slip for.", "people")
        _check_lengths(self, "The slips' header", skip=())


def _check_lengths(record: object, where: str, *, skip: tuple[str, ...]) -> None:
    for spec in fields(record):  # type: ignore[arg-type]
        value = getattr(record, spec.name)
        if spec.name in skip or not isinstance(value, str):
            continue
        if len(value) > MAX_FIELD_LENGTH:
            raise ValidationError(
                f"{where}: {spec.name.replace('_', ' ')} is longer than "
                f"{MAX_FIELD_LENGTH} characters.",
                spec.name,
            )


def sheets(count: int) -> int:
    """How many A4 sheets `count` slips take."""
    return -(-count // SLIPS_PER_SHEET)


def build_slips_pdf(data: SlipsData, progress: Progress | None = None) -> bytes:
    """Draw the slips, four to a sheet (left to right, top to bottom), with cut marks.

    Args:
        data: the slips and what they share.
        progress: called with (slips drawn, slips in all) after each sheet, from the
            calling thread; first (0, total), last (total, total).

    Returns:
        The PDF bytes; the same data (same QR texts) always gives the same bytes.
    """
    register_fonts()
    total = len(data.people)
    if progress is not None:
        progress(0, total)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, data)
    typesetter = Typesetter(canvas._doc)
    for first in range(0, total, SLIPS_PER_SHEET):
        ink = Ink(typesetter)
        _cut_marks(ink)
        for place, person in enumerate(data.people[first : first + SLIPS_PER_SHEET]):
            column, row = place % 2, place // 2
            left = column * SLIP_WIDTH
            top = SHEET[1] - row * SLIP_HEIGHT
            _Slip(ink, data, person, left, top).draw()
        ink.flush(canvas)
        canvas.showPage()
        if progress is not None:
            progress(min(first + SLIPS_PER_SHEET, total), total)
    save_canvas(canvas)
    return buffer.getvalue()


def _canvas(buffer: io.BytesIO, data: SlipsData) -> Canvas:
    canvas = Canvas(
        buffer,
        pagesize=SHEET,
        invariant=1,
        pageCompression=1,
        lang="en",
        initialFontName=st.FONT_REGULAR,  # else each page selects Helvetica, not embedded
    )
    # Invariant mode dates every file 2000-01-01: the print time is as reproducible.
    printed = pdf_date(data.printed_at)
    canvas._doc.setDateFormatter(lambda *_parts: printed)
    canvas.setTitle(f"Departure slips {data.contingent_code} rev {data.revision}")
    canvas.setAuthor(f"{data.office_name} ({data.office_code})")
    canvas.setSubject(
        f"Departure slips of contingent {data.contingent_code}, flight {data.flight} on "
        f"{data.departure_date}: {len(data.people)} people"
        + ("" if data.signed_by else " (unsigned)")
    )
    canvas.setCreator("Rawangi")
    return canvas


def _cut_marks(ink: Ink) -> None:
    """Marks where the sheet is cut in four: at its edges, a cross at its centre, and a faint
    dashed line between them for scissors."""
    width, height = SHEET
    middle_x, middle_y = width / 2, height / 2
    for x1, y1, x2, y2 in (
        (middle_x, height - MARK_FROM, middle_x, height - MARK_FROM - MARK_LENGTH),
        (middle_x, MARK_FROM, middle_x, MARK_FROM + MARK_LENGTH),
        (MARK_FROM, middle_y, MARK_FROM + MARK_LENGTH, middle_y),
        (width - MARK_FROM, middle_y, width - MARK_FROM - MARK_LENGTH, middle_y),
        (middle_x - CROSS, middle_y, middle_x + CROSS, middle_y),
        (middle_x, middle_y - CROSS, middle_x, middle_y + CROSS),
    ):
        ink.line(x1, y1, x2, y2, color=st.TEXT, width=0.5)
    reach = MARK_FROM + MARK_LENGTH + 4
    for x1, y1, x2, y2 in (
        (middle_x, height - reach, middle_x, middle_y + CROSS + 4),
        (middle_x, middle_y - CROSS - 4, middle_x, reach),
        (reach, middle_y, middle_x - CROSS - 4, middle_y),
        (middle_x + CROSS + 4, middle_y, width - reach, middle_y),
    ):
        ink.line(x1, y1, x2, y2, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT, dashed=True)


def _lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    lines = wrap(text, font, size, width)
    if len(lines) > MAX_LINES:
        lines = (*lines[: MAX_LINES - 1], lines[MAX_LINES - 1] + " …")
    return lines


class _Slip:
    """One slip drawn top down in its quarter of the sheet."""

    def __init__(
        self, ink: Ink, data: SlipsData, person: SlipPerson, left: float, top: float
    ) -> None:
        self.ink = ink
        self.data = data
        self.person = person
        self.left = left + PADDING
        self.right = left + SLIP_WIDTH - PADDING
        self.top = top - PADDING
        self.bottom = top - SLIP_HEIGHT + PADDING
        self.y = self.top

    def draw(self) -> None:
        self._header()
        self._name()
        self._field(self.left, CONTENT_WIDTH, "Father's name", self.person.father_name)
        half = (CONTENT_WIDTH - COLUMN_GAP) / 2
        right_column = self.left + half + COLUMN_GAP
        data = self.data
        when = " ".join(part for part in (data.departure_date, data.departure_time) if part)
        for (label_a, value_a), (label_b, value_b) in (
            (("CNIC", self.person.cnic), ("Passport no.", self.person.passport_no)),
            (
                ("Contingent", f"{data.contingent_code} rev {data.revision}"),
                ("Flight", data.flight),
            ),
            (("Departure", f"{when} from {data.airport}"), ("To", data.destinations)),
        ):
            top = self.y
            self._field(self.left, half, label_a, value_a, bold=True)
            low = self.y
            self.y = top
            self._field(right_column, half, label_b, value_b, bold=True)
            self.y = min(low, self.y)
        self._code()

    def _text(self, x: float, text: str, size: float, **style: object) -> None:
        self.y -= size * LEADING
        self.ink.text(x, self.y + size * 0.25, text, size=size, **style)  # type: ignore[arg-type]

    def _header(self) -> None:
        ink, data = self.ink, self.data
        self._text(
            self.left, st.GOVERNMENT.upper(), SIZE_HEADER, font=st.FONT_BOLD, color=st.ACCENT
        )
        for line in wrap(st.MINISTRY, st.FONT_REGULAR, SIZE_HEADER, CONTENT_WIDTH):
            self._text(self.left, line, SIZE_HEADER, color=st.TEXT_MUTED)
        office = f"{data.office_name} ({data.office_code})"
        self._text(self.left, office, SIZE_HEADER + 0.5, font=st.FONT_BOLD)
        self.y -= 4
        baseline = self.y - SIZE_TITLE
        ink.text(self.left, baseline, TITLE, font=st.FONT_BOLD, size=SIZE_TITLE, color=st.ACCENT)
        ink.urdu(
            self.right,
            baseline,
            TITLE_URDU,
            font=st.FONT_URDU_BOLD,
            size=SIZE_TITLE_URDU,
            color=st.ACCENT,
        )
        self.y = baseline - SIZE_TITLE * 0.45
        ink.line(
            self.left,
            self.y,
            self.right,
            self.y,
            color=st.ACCENT,
            width=st.ACCENT_RULE_WIDTH,
        )
        self.y -= FIELD_GAP + 2

    def _label(self, x: float, label: str) -> None:
        self.y -= SIZE_LABEL
        self.ink.text(x, self.y, label.upper(), size=SIZE_LABEL, color=st.TEXT_MUTED)
        self.y -= LABEL_GAP

    def _name(self) -> None:
        person = self.person
        self._label(self.left, "Name")
        for size in SIZES_NAME:
            lines = _lines(person.name, st.FONT_BOLD, size, CONTENT_WIDTH)
            if len(lines) <= 2:
                break
        for line in lines:
            self._text(self.left, line, size, font=st.FONT_BOLD)
        if person.name_urdu:
            self.y -= SIZE_URDU_NAME * 1.5
            self.ink.urdu(
                self.right, self.y + SIZE_URDU_NAME * 0.45, person.name_urdu, size=SIZE_URDU_NAME
            )
        self.y -= FIELD_GAP

    def _field(self, x: float, width: float, label: str, value: str, *, bold: bool = False) -> None:
        self._label(x, label)
        font = st.FONT_BOLD if bold else st.FONT_REGULAR
        for line in _lines(value, font, SIZE_VALUE, width) or ("—",):
            self._text(x, line, SIZE_VALUE, font=font)
        self.y -= FIELD_GAP

    def _code(self) -> None:
        """The signed QR code at the bottom left, what it is beside it; or "UNSIGNED"."""
        ink, data, person = self.ink, self.data, self.person
        x, y = self.left, self.bottom
        caption_x = x + QR_SIZE + COLUMN_GAP
        caption_width = self.right - caption_x
        if person.qr_text:
            _draw_qr(ink, person.qr_text, x, y, QR_SIZE)
            notes = [f"Signed by {data.signed_by}.", VERIFY_NOTE]
        else:
            ink.box(x, y, QR_SIZE, QR_SIZE, color=st.TEXT, width=1.2, dashed=True)
            middle = x + QR_SIZE / 2
            ink.text(
                middle,
                y + QR_SIZE - 28,
                UNSIGNED,
                font=st.FONT_BOLD,
                size=SIZE_UNSIGNED,
                align="center",
            )
            note_y = y + QR_SIZE - 46
            for line in wrap(UNSIGNED_NOTE, st.FONT_REGULAR, SIZE_CAPTION + 0.5, QR_SIZE - 16):
                ink.text(middle, note_y, line, size=SIZE_CAPTION + 0.5, align="center")
                note_y -= (SIZE_CAPTION + 0.5) * LEADING
            notes = ["Not signed."]
        count = len(data.people)
        notes += [
            f"S.No {person.serial} of contingent {data.contingent_code}"
            f" ({count} {'slip' if count == 1 else 'slips'} printed).",
            f"Printed {data.printed_at.replace('T', ' ').removesuffix('Z')} UTC.",
        ]
        caption_y = y + QR_SIZE - SIZE_CAPTION
        for note in notes:
            for line in wrap(note, st.FONT_REGULAR, SIZE_CAPTION, caption_width):
                ink.text(caption_x, caption_y, line, size=SIZE_CAPTION, color=st.TEXT_MUTED)
                caption_y -= SIZE_CAPTION * LEADING
            caption_y -= 3


def _draw_qr(ink: Ink, text: str, x: float, y: float, size: float) -> None:
    """A QR code (byte-exact text, alphanumeric mode for RW1:…) filling a square, as runs of
    dark modules; the slip's white around it is the quiet zone."""
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL))
    code.addData(text)
    # One fixed mask instead of reportlab's trial of all eight (`make`): a scanner reads the
    # mask from the code itself, and the trial was four fifths of the time of a slip.
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    count = code.getModuleCount()
    module = size / count
    for row_number, row in enumerate(code.modules):
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            # Each run reaches a hair into the row below: abutting rows would show hairline
            # seams in an anti-aliased rendering, which a camera can take for light modules.
            ink.fill_rect(
                x + start * module,
                y + size - (row_number + 1) * module - QR_OVERLAP,
                (column - start) * module,
                module + QR_OVERLAP,
                st.TEXT,
            )
