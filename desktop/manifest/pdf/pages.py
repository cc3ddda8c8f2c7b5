"""The page: its printable frame, and the parts of the manifest placed on pages, top to
bottom, never across the footer (a row never splits, the closing blocks stay together),
so that the page count is known before anything is drawn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.errors import ValidationError
from desktop.manifest import styles as st
from desktop.manifest.data import ManifestData
from desktop.manifest.pdf.closing import Entry, totals_height

if TYPE_CHECKING:
    from desktop.manifest.pdf.tables import Table


@dataclass(frozen=True, slots=True)
class Geometry:
    width: float
    height: float
    left: float
    right: float
    top: float  # top of the printable area
    body_bottom: float  # nothing but the footer goes below this line
    footer_rule: float

    @property
    def content_width(self) -> float:
        return self.right - self.left

    @classmethod
    def for_page(cls, page_size: str) -> Geometry:
        width, height = st.PAGE_SIZES[page_size]
        footer_rule = st.MARGIN_BOTTOM + st.FOOTER_HEIGHT
        return cls(
            width=width,
            height=height,
            left=st.MARGIN_LEFT,
            right=width - st.MARGIN_RIGHT,
            top=height - st.MARGIN_TOP,
            body_bottom=footer_rule + st.FOOTER_GAP,
            footer_rule=footer_rule,
        )


@dataclass(frozen=True, slots=True)
class Context:
    """What every page's drawing needs besides its own items."""

    data: ManifestData
    geo: Geometry
    print_hash: str
    lists: tuple[tuple[str, tuple[Entry, ...]], ...]
    page_count: int
    signed: bool = False  # the signed QR on every page, under a taller running header


@dataclass(slots=True)
class Slice:
    """Rows ``start:stop`` of a table, under a repeated header row, from ``top`` down."""

    table: Table
    start: int
    stop: int
    top: float


@dataclass(slots=True)
class Heading:
    title: str
    note: str
    top: float


@dataclass(slots=True)
class TotalsPart:
    start: int
    stop: int
    top: float


@dataclass(slots=True)
class SignaturesAt:
    top: float


Item = Slice | Heading | TotalsPart | SignaturesAt


class Flow:
    """Places the parts of the manifest on pages, top to bottom, never across the footer."""

    def __init__(self, geo: Geometry, first_top: float, next_top: float) -> None:
        self.geo = geo
        self.first_top = first_top
        self.next_top = next_top
        self.pages: list[list[Item]] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.first_top if len(self.pages) == 1 else self.next_top

    @property
    def room(self) -> float:
        return self.y - self.geo.body_bottom

    @property
    def fresh_room(self) -> float:
        return self.next_top - self.geo.body_bottom

    def table(self, table: Table) -> None:
        """Rows in order, as many per page as fit; each page repeats the header row.

        A table with a title gets it above its first rows and "(continued)" above the rows
        on each further page.
        """
        count = len(table.heights)
        index = 0
        while index < count:
            title_height = st.SECTION_HEIGHT if table.title else 0.0
            if title_height + table.head_height + table.heights[index] > self.room:
                if not self.pages[-1]:
                    serial = table.cells[index][0][0][0] if table.cells else ""
                    raise ValidationError(
                        f"Row {serial} of the manifest is too tall to fit on one page; "
                        "shorten its text."
                    )
                self.new_page()
                continue
            self._title(table, continued=index > 0)
            top = self.y
            self.y -= table.head_height
            stop = index
            while stop < count and table.heights[stop] <= self.room:
                self.y -= table.heights[stop]
                stop += 1
            self.pages[-1].append(Slice(table, index, stop, top))
            index = stop
            if index < count:
                self.new_page()
        self.y -= st.GAP_AFTER_TABLE

    def _title(self, table: Table, continued: bool) -> None:
        if table.title:
            title = table.continued_title if continued else table.title
            self.pages[-1].append(Heading(title, "" if continued else table.note, self.y))
            self.y -= st.SECTION_HEIGHT

    def closing(self, totals_lines: int) -> None:
        """Totals and signatures, kept together, on a page that also lists people."""
        closing_height = totals_height(totals_lines) + st.SIGN_GAP + st.SIGN_HEIGHT
        if closing_height <= self.room:
            self._place_closing(totals_lines)
            return
        if closing_height <= self.fresh_room:
            self._carry_rows(closing_height)
            self._place_closing(totals_lines)
            return
        # Totals longer than a page (hundreds of promoters): let them run over pages.
        line = 0
        while line < totals_lines:
            fit = int((self.room - totals_height(0)) // st.LEADING_TOTALS)
            if fit < 1:
                self.new_page()
                continue
            stop = min(totals_lines, line + fit)
            self.pages[-1].append(TotalsPart(line, stop, self.y))
            self.y -= totals_height(stop - line)
            line = stop
            if line < totals_lines:
                self.new_page()
        self.y -= st.SIGN_GAP
        if self.room < st.SIGN_HEIGHT:
            self.new_page()
        self.pages[-1].append(SignaturesAt(self.y))
        self.y -= st.SIGN_HEIGHT

    def _carry_rows(self, closing_height: float) -> None:
        """Start a new page, taking the last rows of the table along when possible.

        A signature page that lists nobody could be detached and put behind another list;
        carrying the last two people over ties the signatures to this list.
        """
        page = self.pages[-1]
        last = page[-1] if page else None
        self.new_page()
        if not isinstance(last, Slice) or last.table.message is not None:
            return
        table = last.table
        title_height = st.SECTION_HEIGHT if table.title else 0.0
        carry = min(2, last.stop - last.start - 1)
        while carry > 0:
            carried = title_height + table.head_height
            carried += sum(table.heights[last.stop - carry : last.stop])
            if carried + st.GAP_AFTER_TABLE + closing_height <= self.room:
                break
            carry -= 1
        if carry <= 0:
            return
        self._title(table, continued=True)
        moved = Slice(table, last.stop - carry, last.stop, self.y)
        last.stop -= carry
        self.pages[-1].append(moved)
        self.y -= table.head_height + sum(table.heights[moved.start : moved.stop])
        self.y -= st.GAP_AFTER_TABLE

    def _place_closing(self, totals_lines: int) -> None:
        self.pages[-1].append(TotalsPart(0, totals_lines, self.y))
        self.y -= totals_height(totals_lines) + st.SIGN_GAP
        self.pages[-1].append(SignaturesAt(self.y))
        self.y -= st.SIGN_HEIGHT
