"""The blocks after the tables: the totals (by sex, destination and channel) and the
signature blocks with the box for the office stamp."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.manifest import styles as st
from desktop.manifest.data import ManifestTotals
from desktop.manifest.pdf.fonts import text_width, wrap
from desktop.manifest.pdf.typesetting import Ink

if TYPE_CHECKING:
    from desktop.manifest.pdf.pages import Context, Geometry, TotalsPart

# One entry of a totals list: (label, count, style) with style "", "bold" or "muted".
Entry = tuple[str, int, str]


def totals_lists(totals: ManifestTotals) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
    by_sex: list[Entry] = [("Male", totals.male, ""), ("Female", totals.female, "")]
    if totals.other:
        by_sex.append(("Other (X)", totals.other, ""))
    by_sex.append(("Total", totals.total, "bold"))
    by_destination: list[Entry] = [(name, count, "") for name, count in totals.by_destination]
    by_destination.append(("Total", totals.total, "bold"))
    by_channel: list[Entry] = [(name, count, "") for name, count in totals.by_channel]
    if sum(1 for name, _count in totals.by_channel if name.startswith("OEP")) > 1:
        by_channel.append(("OEP, all promoters", totals.oep_total, "muted"))
    by_channel.append(("Total", totals.total, "bold"))
    return (
        ("By sex", tuple(by_sex)),
        ("By destination", tuple(by_destination)),
        ("By channel", tuple(by_channel)),
    )


def totals_height(lines: int) -> float:
    return st.SECTION_HEIGHT + st.TOTALS_HEAD_HEIGHT + lines * st.LEADING_TOTALS + 4


def draw_section_title(ink: Ink, geo: Geometry, top: float, title: str, note: str) -> None:
    baseline = top - st.SIZE_SECTION - 1
    drawn = ink.text(
        geo.left, baseline, title, font=st.FONT_BOLD, size=st.SIZE_SECTION, color=st.ACCENT
    )
    if note:
        ink.text(geo.left + drawn + 10, baseline, note, color=st.TEXT_MUTED)


def draw_totals(ink: Ink, context: Context, part: TotalsPart) -> None:
    geo = context.geo
    title = st.TOTALS_TITLE + (" (continued)" if part.start else "")
    draw_section_title(ink, geo, part.top, title, "")
    head_top = part.top - st.SECTION_HEIGHT
    for index, (heading, entries) in enumerate(context.lists):
        shown = entries[part.start : part.stop]
        if not shown:
            continue  # a short list already ended on an earlier page
        left = geo.left + index * (st.TOTALS_WIDTH + st.TOTALS_GAP)
        right = left + st.TOTALS_WIDTH
        baseline = head_top - 10
        ink.text(left, baseline, heading, font=st.FONT_BOLD, size=st.SIZE_TOTALS)
        ink.text(right, baseline, "People", font=st.FONT_BOLD, size=st.SIZE_TOTALS, align="right")
        y = head_top - st.TOTALS_HEAD_HEIGHT + 2
        ink.line(left, y, right, y)
        for label, count, style in shown:
            font = st.FONT_BOLD if style == "bold" else st.FONT_REGULAR
            color = st.TEXT_MUTED if style == "muted" else st.TEXT
            if style == "bold":
                ink.line(left, y, right, y, width=st.RULE_WIDTH_LIGHT)
            baseline = y - st.LEADING_TOTALS + 3.5
            label_lines = wrap(label, font, st.SIZE_TOTALS, st.TOTALS_WIDTH - 40) or ("",)
            ink.text(left, baseline, label_lines[0], font=font, size=st.SIZE_TOTALS, color=color)
            ink.text(
                right,
                baseline,
                f"{count:,}",
                font=font,
                size=st.SIZE_TOTALS,
                color=color,
                align="right",
            )
            y -= st.LEADING_TOTALS
            if style != "bold":
                ink.line(left, y, right, y, color=st.RULE_LIGHT, width=st.RULE_WIDTH_LIGHT)


def _at_most(lines: tuple[str, ...], count: int, font: str, size: float, width: float) -> list[str]:
    """The first ``count`` lines; the last one shortened with an ellipsis if more follow."""
    if len(lines) <= count:
        return list(lines)
    last = " ".join(lines[count - 1 :])
    while last and text_width(last + "…", font, size) > width:
        last = last[:-1].rstrip()
    return [*lines[: count - 1], last + "…"]


def draw_signatures(ink: Ink, context: Context, top: float) -> None:
    """Prepared by, Verified by (name, designation, signature, date) and the office stamp."""
    data, geo = context.data, context.geo
    width = (geo.content_width - 2 * st.SIGN_GAP) / 3
    bottom = top - st.SIGN_HEIGHT
    blocks = (
        (st.PREPARED_BY, data.prepared_by, data.prepared_by_designation),
        (st.VERIFIED_BY, data.verified_by, data.verified_by_designation),
        (st.OFFICE_STAMP, None, ""),
    )
    for index, (title, name, designation) in enumerate(blocks):
        left = geo.left + index * (width + st.SIGN_GAP)
        right = left + width
        ink.fill_rect(left, top - st.SIGN_TITLE_HEIGHT, width, st.SIGN_TITLE_HEIGHT, st.HEADER_FILL)
        ink.text(left + 6, top - 11, title, font=st.FONT_BOLD, size=st.SIZE_SIGN_TITLE)
        ink.box(left, bottom, width, st.SIGN_HEIGHT)
        if name is None:
            # The stamp goes in the empty box; a dashed inner frame shows where.
            ink.box(
                left + 10,
                bottom + 8,
                width - 20,
                st.SIGN_HEIGHT - 32,
                color=st.RULE_LIGHT,
                width=st.RULE_WIDTH_LIGHT,
                dashed=True,
            )
            continue
        label_x = left + 6
        value_x = label_x + st.SIGN_LABEL_WIDTH
        value_width = right - 6 - value_x
        baseline = top - st.SIGN_TITLE_HEIGHT - 14
        # Two lines each at most, so that the block keeps its size whatever the names.
        name_lines = wrap(name, st.FONT_BOLD, st.SIZE_SIGN, value_width) or ("",)
        ink.text(label_x, baseline, "Name", size=st.SIZE_SIGN, color=st.TEXT_MUTED)
        for line in _at_most(name_lines, 2, st.FONT_BOLD, st.SIZE_SIGN, value_width):
            ink.text(value_x, baseline, line, font=st.FONT_BOLD, size=st.SIZE_SIGN)
            baseline -= st.LEADING_SIGN
        if designation:
            lines = wrap(designation, st.FONT_REGULAR, st.SIZE_SIGN, value_width)
            ink.text(label_x, baseline, "Designation", size=st.SIZE_SIGN, color=st.TEXT_MUTED)
            for line in _at_most(lines, 2, st.FONT_REGULAR, st.SIZE_SIGN, value_width):
                ink.text(value_x, baseline, line, size=st.SIZE_SIGN)
                baseline -= st.LEADING_SIGN
        for label, line_y in (("Signature", bottom + 34), ("Date", bottom + 12)):
            ink.text(label_x, line_y + 2, label, size=st.SIZE_SIGN, color=st.TEXT_MUTED)
            ink.line(value_x, line_y, right - 10, line_y, width=st.RULE_WIDTH_LIGHT)
