"""Text cells of our workbooks: what ``put_text`` stores is what openpyxl itself would store
for the text, it reads back the same from the file, and bad text is refused by name."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from workshop_app.domain.text import MAX_TEXT
from workshop_app.exports.xlsx_common import ExportError, put_text

TEXTS = [
    "Plain words",
    "",
    "=SUM(A1:A3)",  # a formula to openpyxl's setter
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\tcmd",
    "#N/A",  # an error code to openpyxl's setter
    "Zwei Zeilen:\nÄrger & Übermut",
    "合作伙伴的目标 · 파트너",
    "x" * MAX_TEXT,
]


class _Text(str):
    """A str subclass (as an enum's value can be): stored as the plain str it is."""


@pytest.mark.parametrize("text", TEXTS)
def test_put_text_stores_what_the_value_setter_would(tmp_path: Path, text: str) -> None:
    # put_text fills openpyxl's value slot itself (the setter would scan the text a second
    # time); if openpyxl ever stored text differently, this comparison fails.
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ours = put_text(ws.cell(row=1, column=1), text, "Test cell")
    theirs = ws.cell(row=1, column=2)
    theirs.value = text
    theirs.data_type = "s"
    assert (ours.value, ours.data_type) == (theirs.value, "s")
    assert ours.value == text and type(ours.value) is str
    path = tmp_path / "t.xlsx"
    wb.save(path)
    back = openpyxl.load_workbook(path).active
    assert back is not None
    cell = back.cell(row=1, column=1)
    expected = text or None  # an empty string is an empty cell in the file, as before
    assert (cell.value, back.cell(row=1, column=2).value) == (expected, expected)
    if text:
        assert cell.data_type == "s"
    assert cell.quotePrefix == (text[:1] in ("=", "+", "-", "@", "\t"))


def test_put_text_stores_a_str_subclass_as_plain_text() -> None:
    ws = Workbook().active
    assert ws is not None
    cell = put_text(ws.cell(row=1, column=1), _Text("=1+1"), "Test cell")
    assert type(cell.value) is str and cell.value == "=1+1"
    assert cell.data_type == "s" and cell.quotePrefix


def test_text_with_a_control_character_is_refused_by_name() -> None:
    ws = Workbook().active
    assert ws is not None
    cell = ws.cell(row=1, column=1)
    with pytest.raises(ExportError) as info:
        put_text(cell, "Bad\x07bell", lambda: "Goals, row 3")
    assert str(info.value) == (
        "Cannot write the workbook. Goals, row 3: contains the control character U+0007 at "
        "position 4, which cannot be stored; remove it and try again."
    )
    assert cell.value is None  # nothing half-written


def test_text_longer_than_a_cell_is_refused_by_name() -> None:
    ws = Workbook().active
    assert ws is not None
    with pytest.raises(ExportError, match=r"^Cannot write the workbook\. Notes: is 32,768 "):
        put_text(ws.cell(row=1, column=1), "y" * (MAX_TEXT + 1), "Notes")
