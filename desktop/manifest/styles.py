"""How the manifest looks: every font, size, colour, margin and fixed wording in one place.

The drawing code in `pdf/` takes all its measures from here, so a change of look is a
change of this module only. Lengths are PDF points (1/72 inch).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from reportlab.lib.pagesizes import A4, landscape, letter

# --- paper -------------------------------------------------------------------------------

PAGE_SIZES: Final[dict[str, tuple[float, float]]] = {
    "A4": landscape(A4),  # 841.9 x 595.3
    "Letter": landscape(letter),  # 792 x 612
}

MARGIN_LEFT: Final = 30.0
MARGIN_RIGHT: Final = 30.0
MARGIN_TOP: Final = 26.0
MARGIN_BOTTOM: Final = 22.0

# --- fonts ---------------------------------------------------------------------------------
# Registered under our own names so that nothing else in the process can replace them.

FONT_REGULAR: Final = "Rawangi-NotoSans"
FONT_BOLD: Final = "Rawangi-NotoSans-Bold"
FONT_URDU: Final = "Rawangi-NotoNaskhArabic"
FONT_URDU_BOLD: Final = "Rawangi-NotoNaskhArabic-Bold"

FONT_FILES: Final[dict[str, str]] = {
    FONT_REGULAR: "fonts/NotoSans-Regular.ttf",
    FONT_BOLD: "fonts/NotoSans-Bold.ttf",
    FONT_URDU: "fonts/NotoNaskhArabic-Regular.ttf",
    FONT_URDU_BOLD: "fonts/NotoNaskhArabic-Bold.ttf",
}
URDU_FONTS: Final = frozenset({FONT_URDU, FONT_URDU_BOLD})

# How far the letters reach above and below the baseline, as a share of the font size: used
# to centre a line of text in its line box. Noto Sans capitals are 0.71 em tall; Naskh letters
# reach higher (alef, lam) and far lower (yeh barree, noon).
CAP_LATIN: Final = 0.72
DESCENT_LATIN: Final = 0.24
CAP_URDU: Final = 0.78
DESCENT_URDU: Final = 0.42

# --- colours (r, g, b in 0..1) ---------------------------------------------------------------
# Printed mostly on office laser printers in black and white: the green is an accent only,
# and every fill is light enough to keep black text readable on a grey print.

TEXT: Final = (0.0, 0.0, 0.0)
TEXT_MUTED: Final = (0.33, 0.33, 0.33)
ACCENT: Final = (0.004, 0.255, 0.110)  # Pakistan flag green, #01411C
RULE: Final = (0.45, 0.45, 0.45)
RULE_LIGHT: Final = (0.72, 0.72, 0.72)
HEADER_FILL: Final = (0.88, 0.91, 0.89)
STRIPE_FILL: Final = (0.965, 0.965, 0.965)
BOX_FILL: Final = (0.975, 0.98, 0.975)

RULE_WIDTH: Final = 0.6
RULE_WIDTH_LIGHT: Final = 0.35
ACCENT_RULE_WIDTH: Final = 1.6

# --- page 1 header ---------------------------------------------------------------------------

GOVERNMENT: Final = "Government of Pakistan"
MINISTRY: Final = "Ministry of Overseas Pakistanis & Human Resource Development"
# The formal Urdu of the two lines above, as printed on the ministry's letterheads.
GOVERNMENT_URDU: Final = "حکومتِ پاکستان"
MINISTRY_URDU: Final = "وزارتِ سمندر پار پاکستانیز و ترقی انسانی وسائل"
URDU_HEADER_LINE: Final = f"{GOVERNMENT_URDU} — {MINISTRY_URDU}"
TITLE: Final = "Contingent Manifest"
# "List of departure" in the formal izafat construction (as in فہرستِ مضامین); the program's
# own name, روانگی, is the word for departure. (منشور would mean a political manifesto.)
TITLE_URDU: Final = "فہرستِ روانگی"

SIZE_GOVERNMENT: Final = 13.0
SIZE_MINISTRY: Final = 9.5
SIZE_OFFICE: Final = 9.5
SIZE_URDU_HEADER: Final = 11.0
LEADING_URDU_HEADER: Final = 1.7
SIZE_TITLE: Final = 16.0
SIZE_TITLE_URDU: Final = 15.0
LEADING_HEADER: Final = 1.35  # times the font size, for the centred header lines

QR_SIZE: Final = 66.0
QR_CAPTION: Final = "Scan to verify"
# A signed manifest carries its signed QR on every page (DESIGN.md "Trust without the database").
QR_CAPTION_SIGNED: Final = "Signed · scan to verify"
SIZE_QR_CAPTION: Final = 6.0
GAP_AFTER_HEADER: Final = 12.0

# The facts box under the title: label above value, in a grid of cells.
SIZE_FACT_LABEL: Final = 6.5
SIZE_FACT_VALUE: Final = 9.0
LEADING_FACT_VALUE: Final = 11.25
FACT_PADDING: Final = 4.0
FACT_COLUMNS: Final = 4
FACT_FRACTIONS: Final = (0.2, 0.16, 0.18, 0.46)  # shares of the width, one per column

# --- running header on continuation pages and footer on every page ----------------------------

SIZE_RUNNING: Final = 9.0
RUNNING_HEIGHT: Final = 22.0  # from the top margin to the rule under the running header
# A signed manifest's continuation pages: the running header beside the page's signed QR code
# (as large as page 1's, so that every page scans from paper) and its caption.
RUNNING_HEIGHT_SIGNED: Final = QR_SIZE + 18.0

SIZE_FOOTER: Final = 7.0
FOOTER_HEIGHT: Final = 16.0  # from the bottom margin to the rule above the footer
FOOTER_GAP: Final = 6.0  # the least space between the body and the footer rule

# --- tables --------------------------------------------------------------------------------

SIZE_CELL: Final = 8.0
LEADING_CELL: Final = 9.8
SIZE_CELL_URDU: Final = 10.0
LEADING_CELL_URDU: Final = 14.0
SIZE_HEAD: Final = 7.2
LEADING_HEAD: Final = 8.6
CELL_PAD_X: Final = 3.0
CELL_PAD_Y: Final = 3.2
GAP_AFTER_TABLE: Final = 14.0
SIZE_SECTION: Final = 10.0
SECTION_HEIGHT: Final = 18.0  # a section heading ("Not travelled", "Totals") with its space

NO_PEOPLE: Final = "No people in this contingent"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table.

    Attributes:
        key: which value of the row it shows.
        title: the header text, one string per header line.
        width: the fixed width, or the minimum width of a flexible column.
        grow: the share of the spare width a flexible column takes (0 = fixed).
        align: "left", "right" or "center"; Urdu columns are "right".
        urdu: the column holds Urdu, drawn shaped and right to left.
    """

    key: str
    title: tuple[str, ...]
    width: float
    grow: float = 0.0
    align: str = "left"
    urdu: bool = False


# The people table. Fixed columns are wide enough for their fixed-form values (a CNIC in
# 8-point Noto Sans is 64.6 points wide, plus padding); the flexible ones share what the page
# has left. The minimum widths, Urdu column included, add up to 726 points: they fit the
# narrowest page (Letter landscape, 732 points between the margins), so no column is ever
# squeezed below its minimum and "OEP 1234/RWP" always fits on one line.
MAIN_COLUMNS: Final[tuple[Column, ...]] = (
    Column("serial", ("S.No",), 26.0, align="right"),
    Column("name", ("Name",), 90.0, grow=3.0),
    Column("father_name", ("Father's name",), 74.0, grow=2.4),
    Column("cnic", ("CNIC",), 72.0),
    Column("passport", ("Passport no.", "expiry"), 56.0),
    Column("birth_date", ("Date of", "birth"), 50.0),
    Column("sex", ("Sex",), 22.0, align="center"),
    Column("trade", ("Trade",), 56.0, grow=1.6),
    Column("destination", ("Destination", "employer"), 76.0, grow=2.4),
    Column("channel", ("Channel",), 62.0, grow=0.6),
    Column("protector_no", ("Protector no.",), 62.0, grow=0.4),
)
URDU_COLUMN: Final = Column("name_urdu", ("Name (Urdu)",), 80.0, grow=1.2, align="right", urdu=True)

NOT_TRAVELLED_COLUMNS: Final[tuple[Column, ...]] = (
    Column("serial", ("S.No",), 26.0, align="right"),
    Column("name", ("Name",), 150.0, grow=2.0),
    Column("cnic", ("CNIC",), 72.0),
    Column("passport_no", ("Passport no.",), 60.0),
    Column("reason", ("Reason",), 200.0, grow=3.0),
)

NOT_TRAVELLED_TITLE: Final = "Not travelled"
NOT_TRAVELLED_NOTE: Final = (
    "Recorded for this contingent but did not board; not counted in the totals."
)

# --- totals and signatures -------------------------------------------------------------------

TOTALS_TITLE: Final = "Totals"
TOTALS_WIDTH: Final = 190.0  # each of the three small tables (sex, destination, channel)
TOTALS_GAP: Final = 24.0
SIZE_TOTALS: Final = 8.0
TOTALS_HEAD_HEIGHT: Final = 16.0
LEADING_TOTALS: Final = 12.0

# Room for two lines of name and two of designation above the signature line.
SIGN_HEIGHT: Final = 108.0
SIGN_GAP: Final = 18.0
SIZE_SIGN_TITLE: Final = 8.5
SIZE_SIGN: Final = 8.0
SIGN_TITLE_HEIGHT: Final = 16.0  # the shaded band with the block's title
SIGN_LABEL_WIDTH: Final = 56.0  # "Name", "Designation", ... before their values / lines
LEADING_SIGN: Final = 10.0
PREPARED_BY: Final = "Prepared by"
VERIFIED_BY: Final = "Verified by"
OFFICE_STAMP: Final = "Office stamp"

# --- the "SUPERSEDED" reprint ------------------------------------------------------------------

STAMP_COLOR: Final = (0.75, 0.05, 0.05)
STAMP_ALPHA: Final = 0.22  # the big diagonal word: the list stays readable through it
STAMP_NOTE_ALPHA: Final = 0.6
STAMP_LENGTH: Final = 0.72  # share of the body's diagonal the word spans at most
SIZE_STAMP_MIN: Final = 40.0  # the word never gets smaller, however long the reason
SIZE_STAMP_NOTE_MIN: Final = 9.0
SIZE_STAMP_NOTE_MAX: Final = 15.0
STAMP_NOTE_LINES: Final = 6  # a longer reason is cut (the file's metadata keeps it whole)
