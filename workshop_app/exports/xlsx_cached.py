"""Formula cells that carry their computed value, so that readers which do not calculate
(calamine, pandas, previewers, a phone) see the subtotal instead of an empty cell.

openpyxl writes a formula with an empty value. ``put_formula`` writes a formula and keeps
its value beside the sheet; the cell writer wrapped here writes ``<f>`` and then ``<v>``.
Excel and LibreOffice recalculate on opening anyway, so the cached value is only what a
non-calculating reader shows, and it is computed by the same rule as the formula.
"""

from __future__ import annotations

from typing import Any

import openpyxl.worksheet._writer as _sheet_writer
from openpyxl.cell import _writer as _cell_writer
from openpyxl.compat import safe_string

# The stubs declare only the public cell writers; the private helpers used below and the
# sheet writer's imported ``write_cell`` exist at runtime, so both modules are used untyped.
_cells: Any = _cell_writer
_sheets: Any = _sheet_writer


def put_formula(ws: Any, row: int, column: int, formula: str, cached: float) -> Any:
    """Write ``formula`` into a cell and remember the value it evaluates to."""
    cell = ws.cell(row=row, column=column)
    cell.value = formula
    values: dict[str, float] = ws.__dict__.setdefault("_cached_values", {})
    values[cell.coordinate] = cached
    return cell


_original = _cell_writer.write_cell


def _write_cell(xf: Any, worksheet: Any, cell: Any, styled: Any = None) -> None:
    if cell.data_type != "f":  # most cells: no formula, nothing to look up
        _original(xf, worksheet, cell, styled)
        return
    value = cell._value
    cached = getattr(worksheet, "_cached_values", {}).get(cell.coordinate)
    if cached is None or not isinstance(value, str):
        _original(xf, worksheet, cell, styled)
        return
    _, attributes = _cells._set_attributes(cell, styled)
    if hasattr(xf, "element"):  # lxml's incremental writer
        with xf.element("c", attributes):
            with xf.element("f"):
                xf.write(str(value)[1:])
            with xf.element("v"):
                xf.write(safe_string(cached))
        return
    el = _cells.Element("c", attributes)  # pragma: no cover - without lxml
    _cells.SubElement(el, "f").text = str(value)[1:]
    _cells.SubElement(el, "v").text = safe_string(cached)
    xf.write(el)


if _sheets.write_cell is not _write_cell:
    _sheets.write_cell = _write_cell
