"""The leadership PDF names the heads of terms not yet agreed, by number and title."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

from tests.helpers import require_program
from workshop_app.analysis import analyse
from workshop_app.domain.heads import HEADS, HeadOfTerms, HeadStatus
from workshop_app.domain.model import Workshop
from workshop_app.exports.pdf_report import write_pdf_report


def _text(path: Path, *args: str) -> str:
    exe = require_program("pdftotext")
    out = subprocess.run([exe, *args, str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", out.stdout)


def test_page_one_and_the_body_name_every_head_not_yet_agreed(
    tmp_path: Path, small_demo: Workshop
) -> None:
    analysis = analyse(small_demo)
    path = write_pdf_report(small_demo, analysis, tmp_path / "summary.pdf")
    first = _text(path, "-f", "1", "-l", "1")
    line = first.split("Heads of terms not yet agreed (9 of 16)")[1].split("Capacity overloads")[0]
    expected = [2, 4, 5, 6, 7, 8, 10, 12, 14]  # 12: recorded agreed, held open by its gaps
    assert [int(n) for n in re.findall(r"\b(\d+) [A-Z]", line)] == expected
    for h in HEADS:
        assert (f"{h.number} {h.title}" in line) is (h.number in expected), h.title
    assert "9 of the 16 heads" not in _text(path)  # the summary keeps to page one
    full = write_pdf_report(small_demo, analysis, tmp_path / "full.pdf", variant="full")
    body = _text(full)
    section = body.split("Heads of terms not yet agreed 9 of the 16")[1]
    assert "4 Contributions and valuation Proposed by 华辰 S06" in section
    assert "12 Exit Open (recorded as agreed)" in section


def test_with_every_head_settled_the_pdf_says_so(tmp_path: Path, small_demo: Workshop) -> None:
    settled = dataclasses.replace(
        small_demo,
        heads_of_terms=(
            *(HeadOfTerms(h.key, HeadStatus.NOT_APPLICABLE) for h in HEADS if h.key != "binding"),
            HeadOfTerms("binding", HeadStatus.AGREED, agreed_text="Confidentiality only."),
        ),
    )
    path = write_pdf_report(settled, analyse(settled), tmp_path / "settled.pdf", variant="full")
    text = _text(path)
    assert "Heads of terms not yet agreed (" not in text
    assert "Every head of terms is agreed or not applicable." in text
