"""Formula cells of the term sheet carry their values; no other workbook is touched."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell import _writer as openpyxl_cell_writer
from openpyxl.worksheet import _writer as openpyxl_sheet_writer

from workshop_app.analysis import analyse
from workshop_app.domain import model
from workshop_app.exports.term_sheet import build_term_sheet, write_term_sheet
from workshop_app.exports.xlsx_cached import fill_values, put_formula
from workshop_app.exports.xlsx_common import save_atomically

SUBTOTALS = "Annex B Contributions"


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_a_reader_that_does_not_calculate_sees_the_subtotals(
    tmp_path: Path, small_demo: model.Workshop
) -> None:
    path = write_term_sheet(small_demo, analyse(small_demo), tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path, data_only=True)[SUBTOTALS]
    rows = list(ws[ws.tables["ContributionSubtotals"].ref])[1:]
    assert rows
    for label, currency, total, count in rows:
        partner = next(p for p in small_demo.partners if p.label == label.value)
        items = [
            c
            for c in small_demo.contributions
            if c.partner_id == partner.id
            and c.currency == currency.value
            and c.valuation is not None  # without a valuation the currency cell is blank
        ]
        assert total.value == pytest.approx(sum(c.valuation or 0 for c in items))
        assert count.value == len(items) > 0
    # The formulas themselves are there for Excel, which calculates.
    formulas = openpyxl.load_workbook(path)[SUBTOTALS]
    assert str(formulas[rows[0][2].coordinate].value).startswith("=SUMPRODUCT(")


def test_our_save_is_openpyxls_save_with_the_values_beside_the_formulas(
    tmp_path: Path, small_demo: model.Workshop
) -> None:
    analysis = analyse(small_demo)
    # Two builds of one workbook (a second save of a workbook differs: openpyxl's first
    # save adds to its sheet format).
    build_term_sheet(small_demo, analysis, lang="de").save(tmp_path / "plain.xlsx")
    wb = build_term_sheet(small_demo, analysis, lang="de")
    ours = _parts(save_atomically(wb, tmp_path / "ours.xlsx"))
    plain = _parts(tmp_path / "plain.xlsx")
    assert list(ours) == list(plain)
    differing = {name for name in plain if ours[name] != plain[name]}
    subtotals = next(ws for ws in wb.worksheets if "ContributionSubtotals" in ws.tables)
    sheet = f"xl/worksheets/sheet{wb.worksheets.index(subtotals) + 1}.xml"
    assert differing <= {sheet, "docProps/core.xml"}  # the save time is in core.xml
    values = re.findall(rb"</f><v>([^<]+)</v>", ours[sheet])
    assert len(values) == 2 * (len(subtotals[subtotals.tables["ContributionSubtotals"].ref]) - 1)
    assert len(values) == len(re.findall(rb"<f>", plain[sheet]))
    # Only the values differ: without them the sheet is byte for byte openpyxl's own.
    assert re.sub(rb"</f><v>[^<]+</v>", b"</f><v />", ours[sheet]) == plain[sheet]


def test_other_workbooks_saved_in_the_same_process_get_no_values(
    tmp_path: Path, small_demo: model.Workshop
) -> None:
    write_term_sheet(small_demo, analyse(small_demo), tmp_path / "t.xlsx")
    # openpyxl's own cell writer, not one of ours put in its place.
    assert openpyxl_sheet_writer.write_cell is openpyxl_cell_writer.write_cell
    assert openpyxl_cell_writer.write_cell.__module__ == "openpyxl.cell._writer"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = 21
    ws["A2"] = "=A1*2"
    # A formula noted by put_formula but overwritten since keeps openpyxl's empty value.
    put_formula(ws, 3, 1, "=A1*3", 63)
    ws["A3"] = "=A1*4"
    put_formula(ws, 4, 1, "=A1*5", 105)
    for path in (tmp_path / "saved.xlsx", tmp_path / "atomic.xlsx"):
        if path.name == "saved.xlsx":
            wb.save(path)
        else:
            save_atomically(wb, path)
        read = openpyxl.load_workbook(path, data_only=True).active
        assert read is not None
        assert [read[f"A{r}"].value for r in (2, 3)] == [None, None]
        # openpyxl's own save knows nothing of noted values; ours writes the one noted.
        assert read["A4"].value == (105 if path.name == "atomic.xlsx" else None)


@pytest.mark.parametrize(
    ("cell", "filled"),
    [
        (b'<c r="B2" s="1"><f>A1*2</f><v /></c>', b'<c r="B2" s="1"><f>A1*2</f><v>42</v></c>'),
        (b'<c r="B2"><f>A1*2</f><v></v></c>', b'<c r="B2"><f>A1*2</f><v>42</v></c>'),
        (b'<c r="B2"><f>A1*2</f></c>', b'<c r="B2"><f>A1*2</f><v>42</v></c>'),
        (
            b'<x:c r="B2"><x:f>A1*2</x:f><x:v/></x:c>',
            b'<x:c r="B2"><x:f>A1*2</x:f><x:v>42</x:v></x:c>',
        ),
        (b'<c r="B2" t="n"><v>7</v></c>', b'<c r="B2" t="n"><v>7</v></c>'),  # not a formula
    ],
)
def test_a_value_goes_into_the_formula_cell_whatever_its_empty_value_looks_like(
    cell: bytes, filled: bytes
) -> None:
    def sheet(c: bytes) -> bytes:
        tag = b"x:" if c.startswith(b"<x:") else b""
        main = b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        root = b"<%sworksheet xmlns%s=%s" % (tag, b":x" if tag else b"", main)
        other = b'<%sc r="C2"><%sf>B2</%sf><%sv /></%sc>' % ((tag,) * 5)
        return b'%s><%ssheetData><%srow r="2">%s%s</%srow></%ssheetData></%sworksheet>' % (
            root,
            tag,
            tag,
            c,
            other,
            tag,
            tag,
            tag,
        )

    out, done = fill_values(sheet(cell), {"B2": "42"})
    assert out == sheet(filled)
    assert done == ({"B2"} if cell != filled else set())
