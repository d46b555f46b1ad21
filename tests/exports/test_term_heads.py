"""The heads of terms in the exported term sheet, read as a lawyer's tools read it: Part A
first, every head with its fixed number in order, no head agreed while a linked gap is
open, positions side by side, and numbers that survive unrelated edits."""

from __future__ import annotations

import csv
import dataclasses
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import require_program
from workshop_app.analysis import analyse
from workshop_app.analysis.heads import head_states
from workshop_app.domain import model
from workshop_app.domain.enums import ContributionCategory, GapStatus
from workshop_app.domain.heads import HEADS, HeadOfTerms, HeadStatus
from workshop_app.exports.term_sheet import SHEETS, write_term_sheet

HEADS_SHEET = SHEETS[0]


def _export(workshop: model.Workshop, path: Path) -> Path:
    return write_term_sheet(workshop, analyse(workshop), path)


def _rows(path: Path, table: str) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path)[HEADS_SHEET]
    cells = list(ws[ws.tables[table].ref])
    headers = [c.value for c in cells[0]]
    return [dict(zip(headers, (c.value for c in row), strict=True)) for row in cells[1:]]


def _expected_numbers() -> list[str]:
    out: list[str] = []
    for h in HEADS:
        out.append(str(h.number))
        if not h.binding:  # head 16's points are Part A
            out.extend(f"{h.number}.{k}" for k in range(1, len(h.points) + 1))
    return out


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory, small_demo: model.Workshop) -> Path:
    return _export(small_demo, tmp_path_factory.mktemp("heads") / "term sheet.xlsx")


def test_part_a_comes_first_then_every_head_in_order(sheet: Path) -> None:
    wb = openpyxl.load_workbook(sheet)
    assert wb.sheetnames[0] == "Heads of terms"
    ws = wb[HEADS_SHEET]
    column_a = [str(c.value) for c in ws["A"] if c.value is not None]
    assert column_a.index("Part A: Binding provisions") < column_a.index(
        "Part B: Heads of terms (not binding)"
    )
    part_a = _rows(sheet, "BindingProvisions")
    assert [r["Clause"] for r in part_a] == ["A", "A.1", "A.2", "A.3", "A.4", "A.5"]
    assert [r["Heading"] for r in part_a[1:]] == list(HEADS[-1].points)
    assert "not binding" in str(part_a[-1]["Today's terms (annex)"])
    part_b = _rows(sheet, "HeadsOfTerms")
    assert [r["Clause"] for r in part_b] == _expected_numbers()
    titles = {r["Clause"]: r["Heading"] for r in part_b}
    assert [titles[str(h.number)] for h in HEADS] == [h.title for h in HEADS]
    assert titles["9.3"] == "Duration"
    assert ws.tables["HeadsOfTerms"].ref.startswith("A")


def test_no_head_is_agreed_while_a_linked_gap_is_open(
    sheet: Path, small_demo: model.Workshop
) -> None:
    analysis = analyse(small_demo)
    unresolved = {g.question_id for g in analysis.gaps if g.status is not GapStatus.RESOLVED}
    rows = {r["Clause"]: r for r in _rows(sheet, "HeadsOfTerms")}
    for state in head_states(small_demo, analysis.gaps):
        row = rows[str(state.spec.number)]
        linked_open = set(state.question_ids) & unresolved
        if linked_open:
            assert row["Status"] != "Agreed", state.spec.title
            assert str(row["Gaps"]).startswith("Open: "), state.spec.title
    # The demo records exit as agreed, but two of its gaps are open: shown open, with the
    # draft marked as not agreed and the partners' positions asked for.
    exit_row = rows["12"]
    assert small_demo.head("exit").status is HeadStatus.AGREED
    assert exit_row["Status"].startswith("Open")
    assert exit_row["Agreed text"].startswith("Not agreed (draft on file: ")


def test_positions_stand_side_by_side_where_a_head_is_not_agreed(
    sheet: Path, small_demo: model.Workshop
) -> None:
    rows = {r["Clause"]: r for r in _rows(sheet, "HeadsOfTerms")}
    columns = [f"{p.label}: position" for p in small_demo.partners]
    ip = small_demo.head("ip")
    assert [rows["8"][c] for c in columns] == [text for _, text in ip.positions]
    assert rows["8"]["Status"] == "Open"
    assert rows["10"]["Status"] == "Proposed by 한빛"
    assert rows["10"]["Actions"] == "A5"  # linked by hand: the capacity check
    assert rows["10.4"]["Today's terms (annex)"].startswith("한빛 promises 13 GWh/year")
    # Agreed and not-applicable heads show the text, not the positions.
    assert rows["15"]["Agreed text"] == small_demo.head("disputes").agreed_text
    assert all(rows["15"][c] is None for c in columns)
    assert rows["11"]["Status"] == "Not applicable"
    # The parties: one column per partner, a row per particular.
    assert [rows["1.3"][c] for c in columns] == [
        small_demo.party(p.id).register_number for p in small_demo.partners
    ]


def test_clause_numbers_do_not_move_after_unrelated_edits(
    tmp_path: Path, small_demo: model.Workshop
) -> None:
    before = _rows(_export(small_demo, tmp_path / "v1.xlsx"), "HeadsOfTerms")
    first = small_demo.partners[0].id
    edited = dataclasses.replace(
        small_demo,
        contributions=(
            *small_demo.contributions,
            model.Contribution(
                "new-c", first, ContributionCategory.ENGINEERING, "Extra test rigs", 4, "rigs"
            ),
        ),
        action_items=(
            model.ActionItem("new-a", "Ask the antitrust counsel", position=-1),
            *small_demo.action_items,
        ),
        heads_of_terms=tuple(
            HeadOfTerms("purpose", HeadStatus.AGREED, agreed_text="EU compact EV platform.")
            if h.key == "purpose"
            else h
            for h in small_demo.heads_of_terms
            if h.key != "ip"  # a head no longer recorded is still listed, open
        ),
    )
    edited.validate()
    after = _rows(_export(edited, tmp_path / "v2.xlsx"), "HeadsOfTerms")
    assert [(r["Clause"], r["Heading"]) for r in after] == [
        (r["Clause"], r["Heading"]) for r in before
    ]
    assert {r["Clause"]: r["Status"] for r in after}["8"] == "Open"


@pytest.mark.external
def test_libreoffice_reads_the_heads_in_order(sheet: Path, tmp_path: Path) -> None:
    office = require_program("libreoffice")
    done = subprocess.run(
        [
            office,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
            "--outdir",
            str(tmp_path),
            str(sheet),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    # The filter's last option (1) writes the first sheet only: the heads of terms.
    out = tmp_path / f"{sheet.stem}-Heads of terms.csv"
    if not out.exists():
        out = tmp_path / f"{sheet.stem}.csv"
    assert done.returncode == 0 and out.exists(), (done.stderr, list(tmp_path.iterdir()))
    with out.open(encoding="utf-8", newline="") as f:
        cells = [row[0] for row in csv.reader(f) if row]
    assert cells.index("Part A: Binding provisions") < cells.index("A.5")
    assert cells.index("A.5") < cells.index("Part B: Heads of terms (not binding)")
    numbers = [c for c in cells if c and (c[0].isdigit())]
    assert numbers == _expected_numbers()
