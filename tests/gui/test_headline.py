"""The headline figure is the same integer on the alignment page, the projector, the
leadership PDF and the term sheet: 74.4985 is 74 everywhere (it was 75 in Excel)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import openpyxl
import pytest

from tests.helpers import require_program
from workshop_app.analysis.display import score
from workshop_app.exports.pdf_report import write_pdf_report
from workshop_app.exports.term_sheet import write_term_sheet
from workshop_app.session import WorkshopSession
from workshop_app.ui.pages.alignment import AlignmentPage
from workshop_app.ui.presentation import PresentationWindow


@pytest.mark.external
def test_headline_integer_is_the_same_in_app_projector_pdf_and_workbook(
    qtbot, qapp, demo_store, tmp_path
) -> None:
    session = WorkshopSession(demo_store)
    workshop, analysis = session.workshop(), session.analysis()
    expected = score(analysis.overall_index)

    page = AlignmentPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    app_value = int(re.search(r"(\d+) of 100", page.index_label.text()).group(1))

    window = PresentationWindow()
    qtbot.addWidget(window)
    revealed = replace(workshop, details=replace(workshop.details, revealed=True))
    window.show_alignment(revealed, analysis)
    projector = int(re.search(r"(\d+)", window.heading.text()).group(1))

    pdf = write_pdf_report(workshop, analysis, tmp_path / "l.pdf")
    layout = subprocess.run(
        [require_program("pdftotext"), "-raw", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pdf_value = int(re.search(r"(\d+)\s*/ 100", layout).group(1))

    xlsx = write_term_sheet(workshop, analysis, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(xlsx)["Summary"]
    book_value = next(
        row[1].value for row in ws.iter_rows() if row[0].value == "Alignment index (0–100)"
    )
    assert isinstance(book_value, int)  # the integer itself, not 74.5 formatted as "0"

    assert app_value == projector == pdf_value == book_value == expected


def _pdf_and_book(workshop, analysis, tmp_path) -> tuple[int, int]:
    pdf = write_pdf_report(workshop, analysis, tmp_path / "l.pdf")
    raw = subprocess.run(
        [require_program("pdftotext"), "-raw", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    xlsx = write_term_sheet(workshop, analysis, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(xlsx)["Summary"]
    book = next(row[1].value for row in ws.iter_rows() if row[0].value == "Alignment index (0–100)")
    return int(re.search(r"(\d+)\s*/ 100", raw).group(1)), book


@pytest.mark.external
@pytest.mark.parametrize(("stored", "shown"), [(74.4985, 74), (74.5, 75), (92.5, 93)])
def test_half_way_scores_round_the_same_in_pdf_and_workbook(
    small_demo, tmp_path, stored: float, shown: int
) -> None:
    from workshop_app.analysis import analyse

    # The report said 74 while Excel showed 75 for a stored 74.5 (format "0").
    analysis = replace(analyse(small_demo), overall_index=stored)
    assert (
        _pdf_and_book(small_demo, analysis, tmp_path)
        == (shown, shown)
        == (score(stored), score(stored))
    )
