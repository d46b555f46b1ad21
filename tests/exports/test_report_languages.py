"""Reports in a chosen language: ``export --lang`` writes the PDF and the term sheet in
German, Chinese or Korean, with that language's dates; read back as a reader would."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers import require_program
from workshop_app.domain.model import Workshop

# What a reader of each language sees, for the demo (workshop date 24 Nov 2026).
EXPECTED = {
    "en": {
        "pdf": ["To decide before signing", "Page 1 of", "Leadership summary"],
        "date": "24 Nov 2026",
        "sheets": ["Annex F Analytics", "Heads of terms", "Annex B Contributions", "Open items"],
        "heads": ["Part A: Binding provisions", "Purpose and scope", "Agreed text"],
        "summary": ["Primary purpose", "Phase"],
        "date_format": "yyyy-mm-dd",
    },
    "de": {
        "pdf": ["Vor der Unterzeichnung zu entscheiden", "Seite 1 von", "Abstimmungsindex"],
        "date": "24. Nov. 2026",
        "sheets": ["Anlage F Analysen", "Eckpunkte", "Anlage B Beiträge", "Offene Punkte"],
        "heads": ["Teil A: Verbindliche Bestimmungen", "Zweck und Umfang", "Vereinbarter Wortlaut"],
        "summary": ["Hauptzweck", "Vertragsgestaltung und Umsetzung"],
        "date_format": "dd.mm.yyyy",
    },
    "zh_CN": {
        "pdf": ["签约前需决定的事项", "第 1 页，共", "一致性指数"],
        "date": "2026年11月24日",
        "sheets": ["附件F 分析", "条款清单", "附件B 投入", "未决事项"],
        "heads": ["A部分：具有约束力的条款", "目的与范围", "商定文本"],
        "summary": ["主要目的", "交易结构设计与实施"],
        "date_format": 'yyyy"年"m"月"d"日"',
    },
    "ko": {
        "pdf": ["서명 전 결정 사항", "쪽 중 1쪽", "정렬 지수"],
        "date": "2026년 11월 24일",
        "sheets": ["부속서 F 분석", "주요 조건", "부속서 B 기여", "미결 사항"],
        "heads": ["A부: 구속력 있는 조항", "목적 및 범위", "합의 문안"],
        "summary": ["주요 목적", "거래 구조화 및 실행"],
        "date_format": 'yyyy"년" m"월" d"일"',
    },
}


def _export(workshop: Path, out: Path, lang: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "workshop_app", "export", str(workshop), "--reveal",
         "--pdf", str(out / "r.pdf"), "--xlsx", str(out / "t.xlsx"), "--lang", lang],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_export_writes_the_pdf_and_term_sheet_in_the_chosen_language(
    lang: str, demo_path: Path, small_demo: Workshop, tmp_path: Path
) -> None:
    require_program("pdftotext")
    assert small_demo.details.date == date(2026, 11, 24)
    _export(demo_path, tmp_path, lang)
    want = EXPECTED[lang]

    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "r.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    flat = " ".join(text.split())
    for words in [*want["pdf"], want["date"]]:
        assert " ".join(words.split()) in flat, f"{words!r} not on page 1 ({lang})"
    if lang != "en":
        assert "To decide before signing" not in flat

    wb = load_workbook(tmp_path / "t.xlsx")
    assert [s for s in want["sheets"] if s not in wb.sheetnames] == []
    summary = wb[want["sheets"][0]]
    cells = [c.value for row in summary.iter_rows() for c in row if c.value is not None]
    for words in want["summary"]:
        assert words in cells, f"{words!r} not on the summary sheet ({lang})"
    dated = [c for row in summary.iter_rows() for c in row if c.is_date]
    assert dated and {c.number_format for c in dated} == {want["date_format"]}
    # The heads of terms: part titles, the heads' own titles and the column headings.
    heads = wb[want["sheets"][1]]
    cells = [c.value for row in heads.iter_rows() for c in row if c.value is not None]
    for words in want["heads"]:
        assert words in cells, f"{words!r} not on the heads of terms sheet ({lang})"
    # Links between sheets name the sheets as this language names them.
    links = [c.hyperlink.target for row in heads.iter_rows() for c in row if c.hyperlink]
    assert links and [x for x in links if x.split("'")[1] not in wb.sheetnames] == []


def test_an_unknown_language_is_refused_with_the_known_ones(
    demo_path: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "export", str(demo_path), "--reveal",
         "--pdf", str(tmp_path / "r.pdf"), "--lang", "fr"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2
    assert "en, de, zh_CN, ko" in result.stderr.replace("'", "")
    assert not (tmp_path / "r.pdf").exists()
