"""The term sheet builder's shared state and helpers, which every sheet writer uses.

``term_sheet._Builder`` writes the sheets; its sheet mixins (``term_sheet_terms``) and
``term_open_items`` build on this class, so they are typed without importing the builder
(which imports them).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.analysis.capacity import CapacityOverload, capacity_overloads
from workshop_app.analysis.results import Analysis
from workshop_app.domain.heads import head_of_clause
from workshop_app.domain.model import Workshop
from workshop_app.exports.term_clauses import Clause, Clauses
from workshop_app.exports.term_sheet_names import Sheet, sheet_name
from workshop_app.exports.xlsx_common import (
    Column,
    ExportError,
    print_setup,
    put_text,
    set_style,
    write_table,
)


def _write_blank(cell: Cell | MergedCell, align: Alignment, value: str | None) -> None:
    """An empty table cell, written as the table would have: its alignment, and empty
    text where the table's row held empty text."""
    set_style(cell, align=align)
    if value is not None:
        put_text(cell, value, "Empty cell")


class SheetBuilder:
    # Row of each gap on the Alignment sheet, by question id; set once that sheet is written.
    gap_rows: dict[str, int]
    # Row of each head on the Heads of terms sheet, by head number.
    head_rows: dict[int, int]

    def __init__(self, workshop: Workshop, analysis: Analysis) -> None:
        self.w = workshop
        self.a = analysis
        self.d = workshop.details
        self.wb = Workbook()
        self.labels = {p.id: p.label for p in workshop.partners}
        self.clauses = Clauses(workshop, analysis)
        self.sheet_keys: dict[str, str] = {}  # sheet name -> key of ``Sheet``
        # Empty table cells not yet written, per sheet: (row, column) -> alignment.
        self.blanks: dict[str, dict[tuple[int, int], tuple[Alignment, str | None]]] = {}
        self._head_numbers: dict[str, list[str]] = {}

    @cached_property
    def overloads(self) -> list[CapacityOverload]:
        """The capacity overloads, found once for the sheets that name them."""
        return capacity_overloads(self.w)

    def partner_label(self, partner_id: str | None, none: str = "") -> str:
        if partner_id is None:
            return none
        return self.labels.get(partner_id, partner_id)

    def head_link(self, number: str) -> str:
        return f"#'{sheet_name(Sheet.HEADS)}'!A{self.head_rows[int(number)]}"

    def head_numbers(self, question_id: str) -> list[str]:
        """The head of terms a question informs, as a clause number (["12"]), if any."""
        found = self._head_numbers.get(question_id)
        if found is None:  # asked per gap by several sheets: worked out once
            q = self.w.questionnaire
            head = (
                head_of_clause(q.question(question_id).clause)
                if q.has_question(question_id)
                else None
            )
            found = self._head_numbers[question_id] = [str(head.number)] if head else []
        return list(found)

    def pair_label(self, pair: tuple[str, str] | None) -> str:
        if pair is None:
            return ""
        return f"{self.partner_label(pair[0])} ↔ {self.partner_label(pair[1])}"

    def new_sheet(self, sheet: str) -> Worksheet:
        """A new sheet for a key of ``Sheet``, named in the report's language."""
        title = sheet_name(sheet)
        self.sheet_keys[title] = sheet
        if self.wb.worksheets and self.wb.active is not None and self.wb.active.title == "Sheet":
            ws = self.wb.active
            ws.title = title
        else:
            ws = self.wb.create_sheet(title)
        return ws

    def sheet_key(self, ws: Worksheet) -> str:
        return self.sheet_keys.get(ws.title, ws.title)

    def cell(self, ws: Worksheet, row: int, column: int) -> Cell | MergedCell:
        """The cell at (row, column); an empty table cell is written first, with its look."""
        blank = self.blanks.get(ws.title, {}).pop((row, column), None)
        cell = ws.cell(row=row, column=column)
        if blank is not None:
            _write_blank(cell, *blank)
        return cell

    def align(self, ws: Worksheet, row: int, column: int, align: Alignment) -> None:
        """Align a table cell; an empty one stays unwritten, with its new look."""
        blanks = self.blanks.get(ws.title, {})
        blank = blanks.get((row, column))
        if blank is not None:
            blanks[row, column] = (align, blank[1])
        else:
            set_style(ws.cell(row=row, column=column), align=align)

    def finish(self, ws: Worksheet, *, freeze: str | None, repeat_rows: str | None = None) -> None:
        if freeze:
            ws.freeze_panes = freeze
        print_setup(ws, self.d.title, self.d.confidentiality, repeat_rows=repeat_rows)
        self._place_blanks(ws)

    def _place_blanks(self, ws: Worksheet) -> None:
        """Give the empty table cells their alignment (wrapped, top) without a cell each:
        each column gets the look most of its empty cells have, and text typed into any
        of them later takes it, as it would in a written cell. Only the empty cells that
        look otherwise (tables of different columns above each other) are written."""
        blanks = self.blanks.pop(ws.title, {})
        counts: dict[int, dict[int, list[Any]]] = {}  # column -> id(look) -> [count, look]
        for (_, column), (align, _) in blanks.items():
            seen = counts.setdefault(column, {}).setdefault(id(align), [0, align])
            seen[0] += 1
        common: dict[int, Alignment] = {}
        for column, looks in counts.items():
            # The most common look; of equally common ones the first (top) one.
            common[column] = max(looks.values(), key=lambda seen: seen[0])[1]
            set_style(ws.column_dimensions[get_column_letter(column)], align=common[column])
        for (row, column), (align, value) in blanks.items():
            if align is not common[column]:
                _write_blank(ws.cell(row=row, column=column), align, value)

    def _place(self, ws: Worksheet, first: int, clauses: Sequence[Clause]) -> None:
        for i, clause in enumerate(clauses):
            clause.sheet, clause.row = self.sheet_key(ws), first + i

    def _table(
        self,
        ws: Worksheet,
        top: int,
        name: str,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Any]],
        where: Any,
        left: int = 1,
    ) -> tuple[int, int]:
        try:
            blanks = self.blanks.setdefault(ws.title, {})
            return write_table(ws, top, name, columns, rows, where, left=left, blanks=blanks)
        except ExportError as exc:
            raise ExportError(f"{exc} (sheet '{ws.title}')") from None
