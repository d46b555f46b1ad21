"""The Excel term sheet: sheets, tables, values, formulas, safety and a LibreOffice round trip."""

from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import require_program
from workshop_app.analysis import analyse
from workshop_app.analysis.display import score
from workshop_app.domain import model
from workshop_app.domain.enums import ContributionCategory, RightCode
from workshop_app.domain.text import MAX_TEXT
from workshop_app.exchange.templates import default_template
from workshop_app.exports.term_sheet import SHEETS, write_term_sheet
from workshop_app.exports.xlsx_common import ExportError, safe_sheet_name

EXPECTED_TABLES = {
    "Annex F Analytics": {"Summary", "Partners", "ReadinessChecks"},
    "Annex A Goals and scope": {"GoalsAndScope"},
    "Annex B Contributions": {"Contributions", "ContributionSubtotals"},
    "Annex C Decision rights": {"DecisionRights", "RightCodes"},
    "Annex D Governance": {"GovernanceBodies", "EscalationPath", "ReviewPoints"},
    "Annex E Exit and change": {"ExitTerms", "ExitTriggers", "SharedAssets"},
    "Annex G Alignment": {"ElementScores", "Gaps"},
    "Heads of terms": {"BindingProvisions", "HeadsOfTerms"},
    "Open items": {
        "OpenGaps",
        "FailedChecks",
        "CapacityOverloads",
        "DecisionConflicts",
        "ActionItems",
    },
}
HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "=1+1"]


@pytest.fixture(scope="module")
def demo_sheet(tmp_path_factory: pytest.TempPathFactory, small_demo: model.Workshop) -> Path:
    path = tmp_path_factory.mktemp("term") / "term-sheet.xlsx"
    write_term_sheet(small_demo, analyse(small_demo), path)
    return path


def _table_rows(ws, name: str) -> list[dict[str, object]]:
    table = ws.tables[name]
    cells = list(ws[table.ref])
    headers = [c.value for c in cells[0]]
    return [dict(zip(headers, (c.value for c in row), strict=True)) for row in cells[1:]]


def test_every_sheet_and_table_is_present_named_and_filterable(demo_sheet: Path) -> None:
    wb = openpyxl.load_workbook(demo_sheet)
    assert wb.sheetnames == list(SHEETS)
    for sheet, tables in EXPECTED_TABLES.items():
        ws = wb[sheet]
        assert set(ws.tables) == tables, sheet
        for table in ws.tables.values():
            assert table.tableStyleInfo.name.startswith("TableStyle")
            assert table.autoFilter is not None or table.headerRowCount in (None, 1)
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        assert "Strictly confidential" in ws.oddHeader.right.text
        assert ws.oddHeader.left.text == "EV platform codevelopment"
    assert wb["Annex B Contributions"].freeze_panes == "A5"
    assert wb["Open items"].freeze_panes == "A3"


def test_document_properties_name_the_workshop_and_facilitator(
    demo_sheet: Path, small_demo: model.Workshop
) -> None:
    props = openpyxl.load_workbook(demo_sheet).properties
    assert props.title == f"Term sheet: {small_demo.details.title}"
    assert props.subject == "Partnership term sheet"
    assert props.creator == small_demo.details.facilitator


def test_values_match_the_workshop_and_the_analysis(
    demo_sheet: Path, small_demo: model.Workshop
) -> None:
    analysis = analyse(small_demo)
    wb = openpyxl.load_workbook(demo_sheet)
    summary = {r["Item"]: r["Value"] for r in _table_rows(wb["Annex F Analytics"], "Summary")}
    # The integer every medium shows, stored as such (not 74.5 with the format "0").
    assert summary["Alignment index (0–100)"] == score(analysis.overall_index)
    assert summary["Readiness (checks passed)"] == pytest.approx(analysis.readiness.score)
    partners = [r["Partner"] for r in _table_rows(wb["Annex F Analytics"], "Partners")]
    assert partners == [p.name for p in small_demo.partners]

    contributions = _table_rows(wb["Annex B Contributions"], "Contributions")
    assert len(contributions) == len(small_demo.contributions)
    first = small_demo.contributions[0]
    assert contributions[0]["Description"] == first.description
    assert contributions[0]["Valuation"] == first.valuation
    assert contributions[0]["Currency"] == first.currency
    starts = [r["Start"] for r in contributions if r["Start"] is not None]
    assert starts and all(isinstance(s, datetime) for s in starts)  # real dates, not text

    rights = _table_rows(wb["Annex C Decision rights"], "DecisionRights")
    decision = small_demo.decisions[0]
    partner = small_demo.partners[0]
    code = decision.right_of(partner.id)
    assert rights[0]["Decision"] == decision.title
    assert rights[0][partner.label] == (code.value if code else None)

    gaps = _table_rows(wb["Annex G Alignment"], "Gaps")
    assert [g["ID"] for g in gaps] == [g.question_id for g in analysis.gaps]
    element_rows = _table_rows(wb["Annex G Alignment"], "ElementScores")
    scores = {r["Element"]: r["All partners"] for r in element_rows}
    for element, value in analysis.element_scores.items():
        assert scores[element.label] == score(value)


def test_decision_cells_offer_the_codes_and_a_legend(demo_sheet: Path, small_demo) -> None:
    ws = openpyxl.load_workbook(demo_sheet)["Annex C Decision rights"]
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    dv = validations[0]
    assert dv.type == "list" and dv.formula1 == '"D,J,C,I"'
    last_col = openpyxl.utils.get_column_letter(5 + len(small_demo.partners))
    assert str(dv.sqref) == f"F5:{last_col}{4 + len(small_demo.decisions)}"
    legend = _table_rows(ws, "RightCodes")
    assert [r["Code"] for r in legend] == ["D", "J", "C", "I"]


def test_subtotals_are_formulas_over_the_whole_table_with_cached_values(
    demo_sheet: Path, small_demo: model.Workshop
) -> None:
    from python_calamine import CalamineWorkbook

    ws = openpyxl.load_workbook(demo_sheet)["Annex B Contributions"]
    table = ws.tables["ContributionSubtotals"]
    rows = list(ws[table.ref])[1:]
    assert rows, "a subtotal per partner"
    for row in rows:
        r = row[0].row
        p, c = row[0].column_letter, row[1].column_letter
        total, count = row[2].value, row[3].value
        # Structured references: a row added to the table in Excel is counted too.
        match = f"(Contributions[Partner]=${p}{r})*(Contributions[Currency]=${c}{r})"
        assert total == f"=SUMPRODUCT({match},Contributions[Valuation])"
        assert count == f"=SUMPRODUCT({match}*1)"
    labels = {row[0].value for row in rows}
    assert labels == {p.label for p in small_demo.partners}
    # A reader that does not calculate (calamine) sees each subtotal's value.
    sheet = CalamineWorkbook.from_path(str(demo_sheet)).get_sheet_by_name("Annex B Contributions")
    values = sheet.to_python()
    for row in rows:
        label, currency = row[0].value, row[1].value
        partner = next(p for p in small_demo.partners if p.label == label)
        expected = sum(
            x.valuation or 0
            for x in small_demo.contributions
            if x.partner_id == partner.id and x.currency == currency and x.valuation is not None
        )
        cached = values[row[0].row - 1][row[2].column - 1]
        assert cached == pytest.approx(expected)
        assert values[row[0].row - 1][row[3].column - 1] > 0


def _hostile_workshop() -> model.Workshop:
    q = default_template()
    details = model.WorkshopDetails(
        id="w1",
        title="=Title & more",
        facilitator="@facilitator",
        date=date(2026, 3, 1),
        confidentiality="-Confidential",
    )
    partners = (
        model.Partner("p1", HOSTILE[0], short_name="+Short"),
        model.Partner("p2", "王芳 Motors", colour=model.PARTNER_COLOURS[1]),
    )
    people = (model.Participant("a", "p1", "=Person"), model.Participant("b", "p2", "王芳"))
    contributions = tuple(
        model.Contribution(
            f"c{i}",
            "p1" if i % 2 else "p2",
            ContributionCategory.ENGINEERING,
            text,
            valuation=1000.0 * (i + 1),
            unit=HOSTILE[(i + 1) % len(HOSTILE)],
            owner=text,
            start=date(2027, 1, 1),
        )
        for i, text in enumerate(HOSTILE)
    )
    decisions = (
        model.Decision(
            "d1",
            HOSTILE[3],
            seam=HOSTILE[4],
            rights=(("p1", RightCode.DECIDES), ("p2", RightCode.INFORMED)),
        ),
    )
    actions = (model.ActionItem("x1", HOSTILE[5], owner=HOSTILE[1], due=date(2026, 5, 1)),)
    bodies = (model.GovernanceBody("b1", HOSTILE[2], members=HOSTILE[0]),)
    return model.Workshop(
        details=details,
        questionnaire=q,
        partners=partners,
        participants=people,
        contributions=contributions,
        decisions=decisions,
        action_items=actions,
        bodies=bodies,
        exit_terms=model.ExitTerms(notice_period=HOSTILE[0]),
    )


def test_quantities_show_no_stray_decimal_point_in_excel(tmp_path: Path, small_demo) -> None:
    # Excel renders "#,##0.##" for 120 as "120." (LibreOffice hides the point).
    first = small_demo.contributions[0]
    halves = replace(first, id="half", quantity=2.5)
    workshop = replace(small_demo, contributions=(*small_demo.contributions, halves))
    path = write_term_sheet(workshop, analyse(workshop), tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["Annex B Contributions"]
    formats = {
        cell.value: cell.number_format
        for (cell,) in ws.iter_rows(min_row=5, min_col=6, max_col=6)
        if isinstance(cell.value, int | float)
    }
    assert formats[2.5] == "#,##0.##"
    whole = [f for v, f in formats.items() if float(v).is_integer()]
    assert whole and all(f == "#,##0" for f in whole)


def test_text_typed_into_an_empty_table_cell_sits_and_wraps_like_its_column(
    demo_sheet: Path,
) -> None:
    """An empty table cell is written only where its look differs from the one most empty
    cells of its column have; the column carries that one. Either way, what someone types
    there later sits at the top and wraps (or not) like the filled cells of its table column."""
    wb = openpyxl.load_workbook(demo_sheet)
    empty = carried = 0
    for ws in wb.worksheets:
        for table in ws.tables.values():
            rows = list(ws[table.ref])[1:]
            for j in range(len(rows[0])):
                filled = {
                    (c.alignment.wrap_text, c.alignment.horizontal)
                    for c in (row[j] for row in rows)
                    if c.value not in (None, "")
                }
                for cell in (row[j] for row in rows):
                    if cell.value not in (None, ""):
                        continue
                    empty += 1
                    if not cell.has_style:
                        carried += 1
                    column = ws.column_dimensions[cell.column_letter]
                    align = cell.alignment if cell.has_style else column.alignment
                    where = f"{ws.title}!{cell.coordinate} in {table.name}"
                    assert align.vertical == "top", where
                    if filled:
                        assert (align.wrap_text, align.horizontal) in filled, where
    # Nearly all empty cells are carried by their column; the test saw both kinds.
    assert empty > carried > empty * 9 // 10 > 100


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    workshop = _hostile_workshop()
    path = write_term_sheet(workshop, analyse(workshop), tmp_path / "t.xlsx")
    formulas: list[str] = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet"):
                formulas += re.findall(r"<f>(.*?)</f>", zf.read(name).decode("utf-8"))
    # The only formulas are our subtotals, two per partner/currency row.
    assert formulas and all(f.startswith("SUMPRODUCT(") for f in formulas)
    assert len(formulas) == 2 * 2
    wb = openpyxl.load_workbook(path)
    ws = wb["Annex B Contributions"]
    descriptions = [r["Description"] for r in _table_rows(ws, "Contributions")]
    assert descriptions == HOSTILE
    for row in ws.iter_rows(min_row=5, max_row=4 + len(HOSTILE)):
        assert row[4].data_type == "s"
        if row[4].value[:1] in "=+-@\t":
            assert row[4].quotePrefix
    assert wb["Annex F Analytics"]["B5"].value == "=Title & more"
    # '&' would start a header code; it is doubled so that the title prints as typed.
    assert wb["Annex F Analytics"].oddHeader.left.text == "=Title && more"


def test_text_longer_than_an_excel_cell_is_refused_not_cut(tmp_path: Path) -> None:
    workshop = _hostile_workshop()
    # The domain refuses this at input; build it behind its back to test the guard.
    long = "a" * (MAX_TEXT + 1)
    workshop = replace(workshop, exit_terms=model.ExitTerms(obligations=long))
    target = tmp_path / "t.xlsx"
    # Named where it is first written: the heads of terms quote the obligations (12.4).
    with pytest.raises(ExportError, match=r"Heads of terms, clause 12\.4.*32,767"):
        write_term_sheet(workshop, analyse(workshop), target)
    assert list(tmp_path.iterdir()) == []  # no half file, no temp file left


def test_an_unwritable_target_gives_a_clear_error(tmp_path: Path, small_demo) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_term_sheet(small_demo, analyse(small_demo), tmp_path / "missing" / "t.xlsx")


def test_sheet_names_are_sanitised_and_unique() -> None:
    assert safe_sheet_name("Li/Wei: [R&D]?", []) == "Li_Wei_ _R&D__"
    assert safe_sheet_name("王芳", ["王芳"]) == "王芳 (2)"
    long = "Jürgen Weiß " * 5
    name = safe_sheet_name(long, [long[:31].strip()])
    assert len(name) <= 31 and name.endswith("(2)")
    assert safe_sheet_name("'quoted'", []) == "quoted"
    assert safe_sheet_name("History", []) == "History_"


@pytest.mark.external
def test_libreoffice_opens_it_and_a_second_reader_sees_the_values(
    demo_sheet: Path, small_demo: model.Workshop, tmp_path: Path
) -> None:
    office = require_program("libreoffice")
    from python_calamine import CalamineWorkbook

    out = tmp_path / "out"
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(demo_sheet),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = out / demo_sheet.name
    assert done.returncode == 0 and converted.exists(), done.stderr
    book = CalamineWorkbook.from_path(str(converted))
    assert book.sheet_names == list(SHEETS)
    summary = book.get_sheet_by_name("Annex F Analytics").to_python()
    flat = [str(v) for row in summary for v in row]
    for partner in small_demo.partners:  # German, Chinese and Korean names
        assert partner.name in flat
    index = next(row[1] for row in summary if row[0] == "Alignment index (0–100)")
    assert index == score(analyse(small_demo).overall_index)

    contributions = book.get_sheet_by_name("Annex B Contributions").to_python()
    first = small_demo.contributions[0]
    row = next(r for r in contributions if r[4] == first.description)
    assert row[13] == pytest.approx(first.valuation)
    # The subtotal formulas were calculated by LibreOffice: each partner's valuations sum.
    label = small_demo.partner(first.partner_id).label
    expected = sum(
        c.valuation or 0
        for c in small_demo.contributions
        if c.partner_id == first.partner_id and c.currency == first.currency
    )
    subtotal = next(r for r in contributions if r[11] == label and r[12] == first.currency)
    assert subtotal[13] == pytest.approx(expected)
