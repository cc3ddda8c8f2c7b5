"""The tops and bottoms of pages: page 1's letterhead, QR code and the contingent's
facts; the running header of further pages; every page's footer.

An unsigned manifest has its QR code on page 1 only. A signed one carries the signed QR on
every page: it is drawn once, as a form (a PDF XObject) that each page places, so that 650
pages cost one QR code, not 650.
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from desktop.manifest import styles as st
from desktop.manifest.data import ManifestData
from desktop.manifest.pdf.fonts import wrap
from desktop.manifest.pdf.pages import Context, Geometry
from desktop.manifest.pdf.typesetting import Ink

SIGNED_QR_FORM = "RawangiSignedQR"


def _qr_drawing(qr_text: str) -> Drawing:
    widget = QrCodeWidget(
        qr_text, barLevel="M", barWidth=st.QR_SIZE, barHeight=st.QR_SIZE, barBorder=0
    )
    # The drawing would select Helvetica (not embedded) for text it does not have.
    drawing = Drawing(st.QR_SIZE, st.QR_SIZE, initialFontName=st.FONT_REGULAR)
    drawing.add(widget)
    return drawing


def define_signed_qr(canvas: Canvas, qr_text: str) -> None:
    """The signed QR code as a form that every page places (call before the first page)."""
    canvas.beginForm(SIGNED_QR_FORM, 0, 0, st.QR_SIZE, st.QR_SIZE)
    renderPDF.draw(_qr_drawing(qr_text), canvas, 0, 0)
    canvas.endForm()


def _place_signed_qr(ink: Ink, canvas: Canvas, x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(SIGNED_QR_FORM)
    canvas.restoreState()
    _qr_caption(ink, x, y, st.QR_CAPTION_SIGNED)


def _qr_caption(ink: Ink, x: float, y: float, caption: str) -> None:
    ink.text(
        x + st.QR_SIZE / 2,
        y - 8,
        caption,
        size=st.SIZE_QR_CAPTION,
        color=st.TEXT_MUTED,
        align="center",
    )


class FirstHeader:
    """Page 1: the government and ministry, the office, the title, the contingent's facts."""

    def __init__(self, data: ManifestData, geo: Geometry) -> None:
        self.geo = geo
        people = f"{len(data.rows)} travelling"
        if data.not_travelled:
            people += f", {len(data.not_travelled)} not travelled"
        self.facts = (
            ("Contingent", data.contingent_code),
            ("Revision", str(data.revision)),
            ("Flight", data.flight),
            ("Carrier", data.carrier),
            ("Departure airport", data.airport),
            ("Date and time", f"{data.departure_date}  {data.departure_time}"),
            ("People", people),
            ("Destination(s)", data.destinations),
        )
        self.fact_x = [geo.left]
        for fraction in st.FACT_FRACTIONS[:-1]:
            self.fact_x.append(self.fact_x[-1] + fraction * geo.content_width)
        widths = [
            fraction * geo.content_width - 2 * st.FACT_PADDING for fraction in st.FACT_FRACTIONS
        ]
        self.fact_lines = [
            wrap(value, st.FONT_BOLD, st.SIZE_FACT_VALUE, widths[index % st.FACT_COLUMNS])
            for index, (_label, value) in enumerate(self.facts)
        ]
        self.fact_row_heights = []
        for row in range(2):
            lines = self.fact_lines[row * st.FACT_COLUMNS : (row + 1) * st.FACT_COLUMNS]
            tallest = max(1, *(len(cell) for cell in lines))
            self.fact_row_heights.append(
                2 * st.FACT_PADDING + st.SIZE_FACT_LABEL * 1.4 + tallest * st.LEADING_FACT_VALUE
            )
        # The letterhead, centred: (text, font, size).
        self.letterhead: tuple[tuple[str, str, float], ...] = (
            (st.GOVERNMENT, st.FONT_BOLD, st.SIZE_GOVERNMENT),
            (st.MINISTRY, st.FONT_REGULAR, st.SIZE_MINISTRY),
            (f"{data.office_name} ({data.office_code})", st.FONT_REGULAR, st.SIZE_OFFICE),
        )
        letterhead = sum(size * st.LEADING_HEADER for _text, _font, size in self.letterhead)
        letterhead += st.SIZE_URDU_HEADER * st.LEADING_URDU_HEADER
        self.letterhead_height = max(letterhead, st.QR_SIZE + 10)
        self.title_height = st.SIZE_TITLE * 2.0
        self.height = (
            self.letterhead_height
            + 8
            + self.title_height
            + sum(self.fact_row_heights)
            + st.GAP_AFTER_HEADER
        )

    def draw(self, ink: Ink, canvas: Canvas, qr_text: str, *, signed: bool = False) -> None:
        """Draw page 1's top; `signed`: place the signed QR's form instead of `qr_text`."""
        geo = self.geo
        centre = (geo.left + geo.right) / 2
        y = geo.top
        for text, font, size in self.letterhead:
            y -= size * st.LEADING_HEADER
            color = st.ACCENT if font == st.FONT_BOLD else st.TEXT
            ink.text(
                centre, y + size * 0.3, text, font=font, size=size, color=color, align="center"
            )
        y -= st.SIZE_URDU_HEADER * (st.LEADING_URDU_HEADER - 0.15)
        # Two phrases, right to left: the government, then its ministry.
        header_width = ink.urdu_width(
            st.URDU_HEADER_LINE, font=st.FONT_URDU, size=st.SIZE_URDU_HEADER
        )
        ink.urdu(
            centre + header_width / 2,
            y + 3,
            st.URDU_HEADER_LINE,
            font=st.FONT_URDU,
            size=st.SIZE_URDU_HEADER,
        )
        if signed:
            _place_signed_qr(ink, canvas, geo.right - st.QR_SIZE, geo.top - st.QR_SIZE)
        else:
            self._draw_qr(ink, canvas, qr_text)

        y = geo.top - self.letterhead_height - 4
        ink.line(geo.left, y, geo.right, y, color=st.ACCENT, width=st.ACCENT_RULE_WIDTH)
        y -= 4 + self.title_height * 0.72
        ink.text(geo.left, y, st.TITLE, font=st.FONT_BOLD, size=st.SIZE_TITLE, color=st.ACCENT)
        ink.urdu(
            geo.right,
            y,
            st.TITLE_URDU,
            font=st.FONT_URDU_BOLD,
            size=st.SIZE_TITLE_URDU,
            color=st.ACCENT,
        )
        self._draw_facts(ink, y - self.title_height * 0.28 - 6)

    def _draw_qr(self, ink: Ink, canvas: Canvas, qr_text: str) -> None:
        """The QR code in the top right corner, clear of the centred letterhead."""
        geo = self.geo
        x = geo.right - st.QR_SIZE
        y = geo.top - st.QR_SIZE
        renderPDF.draw(_qr_drawing(qr_text), canvas, x, y)
        _qr_caption(ink, x, y, st.QR_CAPTION)

    def _draw_facts(self, ink: Ink, top: float) -> None:
        """The contingent's facts, label above value, in a boxed 4 x 2 grid."""
        geo = self.geo
        y = top
        for row, row_height in enumerate(self.fact_row_heights):
            ink.fill_rect(geo.left, y - row_height, geo.content_width, row_height, st.BOX_FILL)
            for column in range(st.FACT_COLUMNS):
                index = row * st.FACT_COLUMNS + column
                x = self.fact_x[column] + st.FACT_PADDING
                label_y = y - st.FACT_PADDING - st.SIZE_FACT_LABEL * 0.8
                ink.text(
                    x,
                    label_y,
                    self.facts[index][0].upper(),
                    size=st.SIZE_FACT_LABEL,
                    color=st.TEXT_MUTED,
                )
                value_y = label_y - st.SIZE_FACT_LABEL * 0.6 - st.SIZE_FACT_VALUE
                for line in self.fact_lines[index]:
                    ink.text(x, value_y, line, font=st.FONT_BOLD, size=st.SIZE_FACT_VALUE)
                    value_y -= st.LEADING_FACT_VALUE
            y -= row_height
            if row == 0:
                ink.line(geo.left, y, geo.right, y, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)
        for x in self.fact_x[1:]:
            ink.line(x, top, x, y, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)
        ink.box(geo.left, y, geo.content_width, top - y)


def draw_running_header(ink: Ink, context: Context, canvas: Canvas) -> None:
    """Continuation pages: title, office, code and revision on one line over a rule; a signed
    manifest's in two lines beside the page's signed QR code."""
    if context.signed:
        _draw_signed_running_header(ink, context, canvas)
        return
    data, geo = context.data, context.geo
    baseline = geo.top - st.SIZE_RUNNING
    _draw_running_title(ink, data, geo.left, baseline)
    ink.text(
        geo.right,
        baseline,
        f"{data.contingent_code}  ·  Revision {data.revision}  ·  Flight {data.flight}  ·  "
        f"{data.departure_date}",
        font=st.FONT_BOLD,
        size=st.SIZE_RUNNING,
        align="right",
    )
    rule = geo.top - st.RUNNING_HEIGHT + 6
    ink.line(geo.left, rule, geo.right, rule, color=st.ACCENT)


def _draw_running_title(ink: Ink, data: ManifestData, left: float, baseline: float) -> None:
    """ "Contingent Manifest" and the government and office beside it, at a page's top left."""
    drawn = ink.text(
        left, baseline, st.TITLE, font=st.FONT_BOLD, size=st.SIZE_RUNNING, color=st.ACCENT
    )
    ink.text(
        left + drawn + 10,
        baseline,
        f"{st.GOVERNMENT} · {data.office_name} ({data.office_code})",
        size=st.SIZE_RUNNING - 1,
        color=st.TEXT_MUTED,
    )


def _draw_signed_running_header(ink: Ink, context: Context, canvas: Canvas) -> None:
    data, geo = context.data, context.geo
    qr_x = geo.right - st.QR_SIZE
    _place_signed_qr(ink, canvas, qr_x, geo.top - st.QR_SIZE)
    baseline = geo.top - st.SIZE_RUNNING
    _draw_running_title(ink, data, geo.left, baseline)
    ink.text(
        geo.left,
        baseline - st.SIZE_RUNNING * 1.6,
        f"{data.contingent_code}  ·  Revision {data.revision}  ·  Flight {data.flight}  ·  "
        f"{data.departure_date}",
        font=st.FONT_BOLD,
        size=st.SIZE_RUNNING,
    )
    rule = geo.top - st.RUNNING_HEIGHT_SIGNED + 6
    ink.line(geo.left, rule, geo.right, rule, color=st.ACCENT)


def draw_footer(ink: Ink, context: Context, page: int) -> None:
    data, geo = context.data, context.geo
    ink.line(geo.left, geo.footer_rule, geo.right, geo.footer_rule, width=st.RULE_WIDTH_LIGHT)
    baseline = st.MARGIN_BOTTOM + 4
    ink.text(
        geo.left,
        baseline,
        f"Generated {data.generated_at}   ·   {data.contingent_code} rev {data.revision}",
        size=st.SIZE_FOOTER,
        color=st.TEXT_MUTED,
    )
    ink.text(
        (geo.left + geo.right) / 2,
        baseline,
        f"Fingerprint {context.print_hash[:16]}…   ·   Audit {data.audit_head[:12]}",
        size=st.SIZE_FOOTER,
        color=st.TEXT_MUTED,
        align="center",
    )
    ink.text(
        geo.right,
        baseline,
        f"Page {page} of {context.page_count}",
        font=st.FONT_BOLD,
        size=st.SIZE_FOOTER + 0.5,
        align="right",
    )
