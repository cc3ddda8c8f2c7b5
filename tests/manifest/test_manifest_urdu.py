"""Urdu on the manifest: joined letters, right-to-left order, right-aligned, copyable."""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from desktop.manifest import build_pdf, sample_manifest, urdu
from desktop.manifest import styles as st
from desktop.manifest.pdf import register_fonts

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts()


def test_visual_order_puts_the_first_word_on_the_right() -> None:
    assert urdu.visual("محمد علی") == "یلع دمحم"
    # Digits inside Urdu keep their own left-to-right order.
    assert urdu.visual("دستہ 12") == "12 ہتسد"


def test_letters_are_joined() -> None:
    shaped = urdu.shape("محمد", st.FONT_URDU)
    # Four letters, four glyphs, none of them the isolated letter: initial, medial, medial,
    # final forms (presentation forms B), in visual order: the last letter on the left.
    assert len(shaped.chars) == 4
    assert not set(shaped.chars) & set("محمد")
    names = [unicodedata.name(char) for char in shaped.chars]
    assert names[0].endswith("FINAL FORM") and "DAL" in names[0]
    assert names[-1].endswith("INITIAL FORM") and "MEEM" in names[-1]


def test_lam_alef_and_urdu_letters_have_real_glyphs() -> None:
    for text in ("غلام رسول", "عبداللہ", "چوہدری", "ٹیپو", "لاہور"):
        shaped = urdu.shape(text, st.FONT_URDU)
        assert shaped.width > 0
        # No glyph is the font's "missing" box (glyph 0).
        assert "\x00" not in shaped.chars


def test_dash_missing_from_the_urdu_font_comes_from_the_latin_font() -> None:
    shaped = urdu.shape(st.URDU_HEADER_LINE, st.FONT_URDU)
    dash = shaped.chars.index("—")
    assert shaped.fonts[dash] == st.FONT_REGULAR
    assert set(shaped.fonts) == {st.FONT_URDU, st.FONT_REGULAR}


def test_wrap_keeps_the_first_words_on_the_first_line() -> None:
    text = "محمد عمران حسین رحمان چوہدری"
    lines = urdu.wrap(text, st.FONT_URDU, st.SIZE_CELL_URDU, 60)
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert lines[0].startswith("محمد")
    for line in lines:
        assert urdu.width(line, st.FONT_URDU, st.SIZE_CELL_URDU) <= 60


@pytest.fixture(scope="module")
def urdu_pdf() -> PdfReader:
    data = sample_manifest(60, urdu_names=True)
    rows = list(data.rows)
    # Lam-alef (in غلام), heh goal and do-chashmi heh, noon ghunna: the hard cases.
    rows[0] = dataclasses.replace(rows[0], name_urdu="غلام رسول چوہدری")
    rows[1] = dataclasses.replace(rows[1], name_urdu="عبداللہ خان")
    rows[2] = dataclasses.replace(rows[2], name_urdu="بھائی جان")
    return PdfReader(io.BytesIO(build_pdf(dataclasses.replace(data, rows=tuple(rows)))))


def test_urdu_header_title_and_names_can_be_read_back(urdu_pdf: PdfReader) -> None:
    first = urdu_pdf.pages[0].extract_text()
    assert "حکومتِ پاکستان" in first
    assert "وزارتِ سمندر پار پاکستانیز و ترقی انسانی وسائل" in first
    assert st.TITLE_URDU in first
    assert "Name (Urdu)" in first
    document = " ".join(" ".join(page.extract_text().split()) for page in urdu_pdf.pages)
    for name in ("غلام رسول چوہدری", "عبداللہ خان", "بھائی جان"):
        assert name in document
    data = sample_manifest(60, urdu_names=True)
    for row in data.rows[3:]:
        assert row.name_urdu in document, row.name_urdu


def test_urdu_names_are_right_aligned_in_their_column(urdu_pdf: PdfReader) -> None:
    page_width = st.PAGE_SIZES["A4"][0]
    column_right = page_width - st.MARGIN_RIGHT - st.CELL_PAD_X
    for page in urdu_pdf.pages:
        runs: list[tuple[str, float, float]] = []

        def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
            runs.append((text.strip(), tm[4], tm[5]))  # noqa: B023 - used at once

        page.extract_text(visitor_text=visit)
        head_y = next(y for text, _x, y in runs if "Name (Urdu)" in text)
        cells = [(text, x) for text, x, y in runs if ARABIC.search(text) and y < head_y - 5]
        assert cells
        assert len({round(x) for _text, x in cells}) > 1  # not left-aligned
        for text, x in cells:
            end = x + urdu.width(text, st.FONT_URDU, st.SIZE_CELL_URDU)
            assert end == pytest.approx(column_right, abs=0.2), text


def test_draw_right_on_any_canvas_ends_at_the_given_x() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    drawn = urdu.draw_right(canvas, "غلام رسول", 400, 700, font_name=st.FONT_URDU, size=14)
    canvas.showPage()
    canvas.save()
    starts: list[float] = []
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    text = page.extract_text(
        visitor_text=lambda t, _cm, tm, _f, _s: starts.append(tm[4]) if t.strip() else None
    )
    assert "غلام رسول" in text
    assert starts[0] + drawn == pytest.approx(400, abs=0.05)
