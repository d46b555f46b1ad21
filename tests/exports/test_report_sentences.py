"""The analysis's sentences (readiness checks, conflicts, position words) in a report
written with ``--lang``: read back from the PDF (pdftotext) and the term sheet (openpyxl)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers import require_program
from workshop_app.analysis import analyse
from workshop_app.domain.model import Workshop

# The demo's one shared asset without a treatment, as each reader reads the check.
ASSET_LINE = {
    "en": "'Validation and fleet data' has no treatment on exit.",
    "de": "'Validation and fleet data' hat keine Regelung für den Ausstieg.",
    "zh_CN": "'Validation and fleet data' 没有退出时的处置方式。",
    "ko": "'Validation and fleet data'에 탈퇴 시 처리 방식이 없습니다.",
}
ASSET_CHECK = {
    "en": "Every shared asset has a treatment on exit",
    "de": "Jedes gemeinsame Asset hat eine Regelung für den Ausstieg",
    "zh_CN": "每项共享资产都已有退出时的处置方式",
    "ko": "모든 공유 자산에 탈퇴 시 처리 방식이 있습니다",
}


def _export(workshop: Path, out: Path, lang: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "workshop_app", "export", str(workshop), "--reveal",
         "--pdf", str(out / "r.pdf"), "--xlsx", str(out / "t.xlsx"), "--lang", lang],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


def _cells(path: Path, sheet_words: str) -> list[str]:
    wb = load_workbook(path, read_only=True)
    ws = next(ws for ws in wb.worksheets if sheet_words in ws.title)
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


@pytest.mark.parametrize("lang", ["en", "de", "zh_CN", "ko"])
def test_a_readiness_check_is_written_in_the_reports_language(
    lang: str, demo_path: Path, small_demo: Workshop, tmp_path: Path
) -> None:
    require_program("pdftotext")
    check = next(c for c in analyse(small_demo).readiness.checks if c.id == "exit.shared_assets")
    assert check.missing == (ASSET_LINE["en"],)  # the demo's state this test reads
    _export(demo_path, tmp_path, lang)

    # The term sheet's checklist (Annex F) names the check and what is missing.
    sheet = {"en": "Annex F", "de": "Anlage F", "zh_CN": "附件F", "ko": "부속서 F"}[lang]
    cells = _cells(tmp_path / "t.xlsx", sheet)
    assert ASSET_CHECK[lang] in cells
    assert ASSET_LINE[lang] in cells
    if lang != "en":
        assert not any("has no treatment on exit" in c for c in cells)
        assert not any(c.startswith("Every ") for c in cells)

    # Page 1 of the PDF lists every failed check with its first missing line.
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "r.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    flat = "".join(text.split())
    assert "".join(ASSET_CHECK[lang].split()) in flat
    assert "".join(ASSET_LINE[lang].split()) in flat
    if lang != "en":
        assert "hasnotreatmentonexit" not in flat


def test_gap_and_conflict_sentences_use_the_domains_translated_words(
    demo_path: Path, tmp_path: Path
) -> None:
    """The status and gap kinds inside a sentence are the domain's labels in German."""
    _export(demo_path, tmp_path, "de")
    cells = _cells(tmp_path / "t.xlsx", "Anlage F")
    gap_lines = [
        line
        for c in cells
        for line in c.split("\n")
        if "Status Offen: keine verantwortliche Person und kein Fälligkeitsdatum." in line
    ]
    assert gap_lines, "the demo's unowned gaps are listed in German"
    assert any("Partner weichen voneinander ab, Abstimmung 0 %" in line for line in gap_lines)
    assert not any("is open with no owner" in c for c in cells)


def test_clause_statuses_and_position_words_are_in_german(demo_path: Path, tmp_path: Path) -> None:
    _export(demo_path, tmp_path, "de")
    wb = load_workbook(tmp_path / "t.xlsx", read_only=True)
    cells = [
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v
    ]
    assert "Noch nicht definiert" in cells and "Vereinbart" in cells
    assert "Not yet defined" not in cells and "Agreed" not in cells
    # A partner's position on a scale question, and an aligned question's clause text.
    assert any(" von 1–5 (" in c for c in cells)
    assert not any(" of 1–5" in c for c in cells)
    assert any(c.startswith("Übereinstimmend: ") for c in cells)


@pytest.mark.parametrize(
    ("lang", "passed", "open_"), [("de", "Bestanden", "Offen"), ("ko", "통과", "미결")]
)
def test_the_full_reports_readiness_table_says_passed_and_open_in_the_reports_language(
    lang: str, passed: str, open_: str, demo_path: Path, tmp_path: Path
) -> None:
    require_program("pdftotext")
    subprocess.run(
        [sys.executable, "-m", "workshop_app", "export", str(demo_path), "--reveal",
         "--pdf", str(tmp_path / "r.pdf"), "--variant", "full", "--lang", lang],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    at = text.rindex(ASSET_CHECK[lang][:20])  # the readiness table (page 1 lists it first)
    table = text[at - 3000 : at + 3000]
    rows = [line.strip() for line in table.splitlines()]
    assert any(line.startswith(passed) for line in rows), "a passed check's status"
    assert any(line.startswith(open_) for line in rows), "an open check's status"
    assert not any(line.startswith(("Passed", "Open ")) for line in rows)
