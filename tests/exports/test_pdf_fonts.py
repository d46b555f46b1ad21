"""Font selection and escaping for the PDF reports."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from workshop_app.exports.pdf_fonts import (
    CJK,
    SANS,
    SANS_BOLD,
    fit,
    font_for_text,
    markup,
    register_fonts,
    runs,
    string_width,
)


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    register_fonts()


def test_latin_with_umlauts_stays_in_the_latin_font() -> None:
    assert runs("Jürgen Weiß, Köln") == [(SANS, "Jürgen Weiß, Köln")]
    assert runs("Jürgen", bold=True) == [(SANS_BOLD, "Jürgen")]


def test_chinese_and_korean_runs_switch_to_the_cjk_font() -> None:
    assert runs("华辰汽车 Huachen") == [(CJK, "华辰汽车"), (SANS, " Huachen")]
    assert runs("한빛배터리") == [(CJK, "한빛배터리")]


def test_right_to_left_text_keeps_its_characters() -> None:
    text = "שלום مرحبا"
    assert "".join(chunk for _, chunk in runs(text)) == text
    assert {font for font, _ in runs(text)} == {SANS}


def test_emoji_without_a_glyph_falls_back_without_error() -> None:
    text = "Launch 🚀🧩 done"
    assert "".join(chunk for _, chunk in runs(text)) == text
    assert string_width(text, 9) > 0


def test_markup_escapes_user_text_and_wraps_cjk_runs() -> None:
    out = markup("<b>R&D</b> 王芳\nline two")
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in out
    assert f'<font name="{CJK}">王芳</font>' in out
    assert "<br/>" in out
    # reportlab accepts it and keeps the literal text
    para = Paragraph(out, ParagraphStyle("t", fontName=SANS))
    text = "".join(getattr(f, "text", "") for f in para.frags)
    assert "<b>R&D</b> 王芳" in text
    assert {f.fontName for f in para.frags if getattr(f, "text", "").strip()} == {SANS, CJK}


def test_a_chart_label_with_any_cjk_uses_the_cjk_font() -> None:
    assert font_for_text("Nordwerk vs 华辰") == CJK
    assert font_for_text("Nordwerk vs Kierto") == SANS


def test_fit_shortens_with_an_ellipsis() -> None:
    long = "Strictly confidential " * 20
    short = fit(long, 8, 100)
    assert short.endswith("…")
    assert string_width(short, 8) <= 100
    assert fit("Short", 8, 100) == "Short"


def test_emoji_become_names_and_rtl_lines_visual_order() -> None:
    from workshop_app.exports.pdf_fonts import printable, register_fonts

    register_fonts()
    assert printable("Launch 🚗 now") == "Launch [automobile] now"
    assert printable("👍🏽 ok") == "[thumbs up sign] ok"  # skin tone dropped with it
    assert printable("🇩🇪 team") == "[flag DE] team"
    assert printable("Nordwerk 华辰 한빛 Grüße") == "Nordwerk 华辰 한빛 Grüße"
    assert printable("שלום") == "םולש"  # drawn right to left
