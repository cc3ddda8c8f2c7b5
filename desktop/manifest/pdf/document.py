"""The contingent manifest as PDF bytes: plain data in, the signed official list out.

Speed is the reason for the shape of this package. A manifest of 10,000 people is some 650
pages and 150,000 pieces of text; one platypus ``Table`` (or even one ``drawString`` per
cell) is several times too slow for the budgets in DESIGN.md. So the work is split:

1. **Layout.** Every cell is wrapped to its column once (widths and wrapped lines are cached;
   names, trades and dates repeat a lot) and every row gets its height.
2. **Pagination.** Rows are placed page by page; a row never splits, the header row is
   repeated on every page, the closing blocks (totals, signatures) never split and never reach
   the footer. The page count is known before anything is drawn, so "Page x of y" is written
   in the same single drawing pass.
3. **Drawing.** Each page's content is written as raw PDF operators (one batch of fills and
   rules, one text object) through ``canvas.addLiteral``, the text encoded through the
   embedded fonts' own subsets; the QR code uses reportlab's graphics as usual.

User text never meets a markup parser (no ``Paragraph``): it is written as escaped PDF string
operands only, so no value can change the layout or inject content.

The output is deterministic (reportlab's invariant mode): the same data gives the same bytes.
"""

from __future__ import annotations

import contextlib
import gc
import io
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from reportlab.pdfgen.canvas import Canvas

from desktop.manifest import styles as st
from desktop.manifest.canonical import fingerprint
from desktop.manifest.data import ManifestData, compute_totals
from desktop.manifest.pdf.closing import (
    Entry,
    draw_section_title,
    draw_signatures,
    draw_totals,
    totals_lists,
)
from desktop.manifest.pdf.fonts import register_fonts
from desktop.manifest.pdf.headers import (
    FirstHeader,
    define_signed_qr,
    draw_footer,
    draw_running_header,
)
from desktop.manifest.pdf.metadata import new_canvas, qr_payload, save_canvas
from desktop.manifest.pdf.pages import Context, Flow, Geometry, Heading, Item, Slice, TotalsPart
from desktop.manifest.pdf.tables import Table, draw_table, main_table, not_travelled_table
from desktop.manifest.pdf.typesetting import Ink, Typesetter

Progress = Callable[[int, int], None]
_PROGRESS_EVERY: Final = 250  # rows between two progress reports


_gc_lock = threading.Lock()
_gc_pausers = 0  # builds running now
_gc_was_enabled = True  # the collector's state before the first of them


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a manifest is built.

    The layout of 10,000 people makes some half a million small tuples that hold no cycles;
    the collector would walk them again and again (a third of a cold 10,000-person build).
    Nested and concurrent builds share one pause; the last one out turns it back on, and
    only if it was on before.
    """
    global _gc_pausers, _gc_was_enabled  # noqa: PLW0603 - one pause shared by all builds
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


@dataclass(frozen=True, slots=True)
class _Layout:
    first_header: FirstHeader
    main: Table
    pages: list[list[Item]]
    lists: tuple[tuple[str, tuple[Entry, ...]], ...]


def _lay_out(data: ManifestData, geo: Geometry, *, signed: bool) -> _Layout:
    """Wrap every cell and place everything on pages; nothing is drawn yet."""
    first_header = FirstHeader(data, geo)
    main = main_table(data, geo)
    running = st.RUNNING_HEIGHT_SIGNED if signed else st.RUNNING_HEIGHT
    flow = Flow(geo, geo.top - first_header.height, geo.top - running - 6)
    flow.table(main)
    if data.not_travelled:
        flow.table(not_travelled_table(data, geo))
    lists = totals_lists(compute_totals(data.rows))
    flow.closing(max(len(entries) for _heading, entries in lists))
    return _Layout(first_header, main, flow.pages, lists)


def _draw_top(
    ink: Ink,
    canvas: Canvas,
    layout: _Layout,
    context: Context,
    number: int,
    *,
    signed_qr: str | None,
) -> None:
    """Page 1's letterhead and QR code, or a further page's running header."""
    if number == 1:
        qr_text = signed_qr or qr_payload(context.data, context.print_hash)
        layout.first_header.draw(ink, canvas, qr_text, signed=signed_qr is not None)
    else:
        draw_running_header(ink, context, canvas)


def build_pdf(
    data: ManifestData, progress: Progress | None = None, *, signed_qr: str | None = None
) -> bytes:
    """Draw the manifest of one contingent revision.

    Args:
        data: everything the manifest says, already formatted.
        progress: called now and then (every few hundred rows, not per row) with
            (rows drawn, rows in all), from the calling thread; first (0, total), last
            (total, total).
        signed_qr: the office's signed QR text (``RW1:…``) to print on every page, for a
            manifest that is then signed; None for today's QR on page 1 only.

    Returns:
        The PDF bytes; the same data always gives the same bytes.

    Raises:
        ValidationError: a row is too tall to fit on a page.
    """
    register_fonts()
    with _gc_paused():
        return _build(data, progress, signed_qr)


def _build(data: ManifestData, progress: Progress | None, signed_qr: str | None) -> bytes:
    total_rows = len(data.rows)
    if progress is not None:
        progress(0, total_rows)
    print_hash = fingerprint(data)
    geo = Geometry.for_page(data.page_size)
    signed = signed_qr is not None
    layout = _lay_out(data, geo, signed=signed)
    context = Context(data, geo, print_hash, layout.lists, len(layout.pages), signed)

    buffer = io.BytesIO()
    canvas = new_canvas(buffer, data, geo, print_hash)
    typesetter = Typesetter(canvas._doc)
    if signed_qr is not None:
        define_signed_qr(canvas, signed_qr)
    drawn_rows = reported = 0
    for number, items in enumerate(layout.pages, start=1):
        ink = Ink(typesetter)
        _draw_top(ink, canvas, layout, context, number, signed_qr=signed_qr)
        for item in items:
            if isinstance(item, Slice):
                draw_table(ink, item.table, item.start, item.stop, item.top)
                if item.table is layout.main and item.table.message is None:
                    drawn_rows += item.stop - item.start
            elif isinstance(item, Heading):
                draw_section_title(ink, geo, item.top, item.title, item.note)
            elif isinstance(item, TotalsPart):
                draw_totals(ink, context, item)
            else:
                draw_signatures(ink, context, item.top)
        draw_footer(ink, context, number)
        ink.flush(canvas)
        canvas.showPage()
        if progress is not None and drawn_rows - reported >= _PROGRESS_EVERY:
            progress(drawn_rows, total_rows)
            reported = drawn_rows
    save_canvas(canvas)
    if progress is not None:
        progress(total_rows, total_rows)
    return buffer.getvalue()
