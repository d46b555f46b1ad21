"""Shared pieces of the workbooks we write: safe text cells, tables, print set-up, saving.

Every string that came from a person goes through ``put_text``: openpyxl turns any string
starting with '=' into a formula, so the cell is forced to a string (and marked with a
quote prefix, so Excel keeps it text when someone edits it later).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import ColumnDimension, RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.atomic import atomic_target, describe_os_error, remove_leftovers
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.text import MAX_TEXT, check_text
from workshop_app.exports import report_language
from workshop_app.exports.report_language import tr
from workshop_app.exports.xlsx_cached import save_workbook

TABLE_STYLE = "TableStyleMedium2"
FONT_NAME = "Calibri"  # named: without it LibreOffice falls back to a serif font
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
# Explicit header fill: LibreOffice and some viewers do not draw table styles, and white
# heading text would vanish there.
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14, color="1F3B5C")
SUBTITLE_FONT = Font(name=FONT_NAME, bold=True, size=11, color="1F3B5C")
NOTE_FONT = Font(name=FONT_NAME, italic=True, color="5A6470")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
MONEY_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
# Dates as each language writes them; numbers keep neutral codes ("#,##0"), which the
# reader's Excel or LibreOffice shows with its own grouping and decimal marks.
_DATE_FORMATS = {"de": "dd.mm.yyyy", "zh_CN": 'yyyy"年"m"月"d"日"', "ko": 'yyyy"년" m"월" d"일"'}


def date_format() -> str:
    """The date format of cells in the report's language."""
    return _DATE_FORMATS.get(report_language.code(), DATE_FORMAT)


PERCENT_FORMAT = "0%"
SCORE_FORMAT = "0"
THIN = Side(style="thin", color="B7C3D0")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SOFT_FILL = PatternFill("solid", fgColor="EEF3F8")

# Excel sheet names: at most 31 characters, none of these, not starting/ending with '.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
SHEET_NAME_MAX = 31
# Excel refuses page headers and footers longer than this (all three parts together).
HEADER_FOOTER_MAX = 255


class ExportError(WorkshopError):
    """A workbook could not be written; the message names what and where."""


Where = str | Callable[[], str]


def _where(where: Where) -> str:
    return where if isinstance(where, str) else where()


def put_text(cell: Cell | MergedCell, value: str, where: Where) -> Cell:
    """Write text typed by a person as text, never as a formula; refuse what Excel cannot hold.

    ``where`` names the text for a message; a function giving the name is called only
    when there is something to say (a table names thousands of cells that are fine).
    """
    if isinstance(cell, MergedCell):  # read-only: a layout mistake, not the user's input
        raise TypeError(f"{_where(where)}: {cell.coordinate} is inside a merged range")
    # Printable ASCII within the limit (most cells) is what check_text lets through as is.
    if not (
        type(value) is str and len(value) <= MAX_TEXT and value.isascii() and value.isprintable()
    ):
        try:
            check_text(value, where if isinstance(where, str) else "")
        except WorkshopError:
            try:
                check_text(value, _where(where))
            except WorkshopError as exc:
                raise ExportError(f"Cannot write the workbook. {exc}") from None
    if len(value) > MAX_TEXT:  # pragma: no cover - check_text already enforces MAX_TEXT
        raise ExportError(f"{_where(where)}: longer than an Excel cell can hold.")
    if type(value) is not str:  # a str subclass: the setter makes a plain str of it
        cell.value = value
        value = cell.value
    _store_text(cell, value)
    return cell


def _store_text(cell: Cell, value: str) -> None:
    """Store a str that ``check_text`` has passed as a text cell (``put_text``'s last step).

    This is what openpyxl's value setter stores for a str, minus its second scan of the
    text: check_text refuses a superset of the characters openpyxl refuses, and the same
    length. ``_value`` is the slot the setter fills (openpyxl 3.1.0 on);
    tests/exports/test_xlsx_cells.py checks that both agree and read back the same.
    """
    text_cell: Any = cell
    text_cell._value = value
    # Text, always: the setter makes a formula of '=...', an error of '#N/A'.
    cell.data_type = "s"
    if value[:1] in ("=", "+", "-", "@", "\t"):
        cell.quotePrefix = True


def put_value(
    cell: Cell | MergedCell, value: Any, where: Where, number_format: str | None = None
) -> Cell:
    """Write a number, date or text; text goes through ``put_text``."""
    if isinstance(cell, MergedCell):  # read-only: a layout mistake, not the user's input
        raise TypeError(f"{_where(where)}: {cell.coordinate} is inside a merged range")
    if type(value) is str or isinstance(value, str):
        put_text(cell, value, where)
    elif value is None:
        cell.value = None
    elif isinstance(value, datetime | date | int | float) and not isinstance(value, bool):
        cell.value = value
        if isinstance(value, date) and not isinstance(value, datetime):
            cell.number_format = date_format()
    elif isinstance(value, bool):
        put_text(cell, tr("Yes") if value else tr("No"), where)
    else:
        raise TypeError(f"unexpected cell value {type(value).__name__}")
    if number_format and value is not None:
        if (
            number_format.endswith(".##")
            and isinstance(value, int | float)
            and float(value).is_integer()
        ):
            # Excel shows 120 as "120." under "#,##0.##"; whole numbers drop the decimals.
            number_format = number_format[:-3]
        cell.number_format = number_format
    return cell


@cache
def alignment(
    *, wrap_text: bool | None = None, vertical: str | None = None, horizontal: str | None = None
) -> Alignment:
    """One shared ``Alignment`` per look: a table styles thousands of cells alike."""
    return Alignment(wrap_text=wrap_text, vertical=vertical, horizontal=horizontal)


def ready_style(
    book: Workbook | None,
    align: Alignment | None = None,
    font: Font | None = None,
    fill: PatternFill | None = None,
) -> StyleArray:
    """The style array of a cell given these style objects in ``book`` (looked up once);
    ``book`` is a sheet's parent, typed optional by openpyxl but always there."""
    wb: Any = book  # its style lists are openpyxl's own, not in its stubs
    ready: dict[tuple[int, int, int], tuple[StyleArray, Any]] = wb.__dict__.setdefault(
        "_ready_styles", {}
    )
    key = (id(align), id(font), id(fill))
    entry = ready.get(key)
    if entry is None:
        template = StyleArray()
        if align is not None:
            template.alignmentId = wb._alignments.add(align)
        if font is not None:
            template.fontId = wb._fonts.add(font)
        if fill is not None:
            template.fillId = wb._fills.add(fill)
        # The style objects are kept with their array: their ids are the key.
        entry = ready[key] = (template, (align, font, fill))
    return entry[0]


def set_style(
    cell: Cell | MergedCell | ColumnDimension,
    *,
    align: Alignment | None = None,
    font: Font | None = None,
    fill: PatternFill | None = None,
) -> None:
    """``cell.alignment = align`` (and font, fill) for the shared style objects above.

    openpyxl's style setters hash the style object and look it up in the workbook for every
    cell. Here each combination is looked up once per workbook into a ready style array
    (openpyxl's own record of a cell's style indexes); a new cell takes a copy of it, a
    styled cell gets the given indexes written into its array. The workbook is the same.
    """
    template = ready_style(cell.parent.parent, align, font, fill)
    styled: Any = cell  # the style array is openpyxl's own, not in its stubs
    style = styled._style
    if style is None:  # a new cell: no style array until its first style is set
        styled._style = StyleArray(template)
        return
    if align is not None:
        style.alignmentId = template.alignmentId
    if font is not None:
        style.fontId = template.fontId
    if fill is not None:
        style.fillId = template.fillId


@dataclass(frozen=True)
class Column:
    """One column of a table: header, width in characters, and how to format its cells."""

    header: str
    width: float = 14
    number_format: str | None = None
    wrap: bool = False
    align: str | None = None  # "left" for numbers in a column shared with wide text above


def unique_headers(headers: Iterable[str]) -> list[str]:
    """Table headers must be unique (case-insensitively) and single-line; keep them readable."""
    out: list[str] = []
    seen: set[str] = set()
    for h in headers:
        base = " ".join(h.split()) or "Column"
        name, n = base, 2
        while name.casefold() in seen:
            name = f"{base} ({n})"
            n += 1
        seen.add(name.casefold())
        out.append(name)
    return out


def write_table(
    ws: Worksheet,
    top: int,
    name: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    where: Callable[[int, int], str],
    *,
    left: int = 1,
    blanks: dict[tuple[int, int], tuple[Alignment, str | None]] | None = None,
) -> tuple[int, int]:
    """Write a styled, filterable Excel table; return (first data row, last data row).

    ``where(row_index, column_index)`` names a cell's content for error messages.
    An empty table keeps one blank row: Excel needs at least one data row.
    With ``blanks``, an empty cell (None or "") is not written but noted there with its
    alignment ((row, column) -> (alignment, value)), for the caller to give the alignment
    to its column or to write the cell.
    """
    headers = unique_headers(c.header for c in columns)
    head_align = alignment(wrap_text=True, vertical="center")
    dims = ws.column_dimensions
    widths: list[float] = []
    for j, (col, header) in enumerate(zip(columns, headers, strict=True)):
        cell = ws.cell(row=top, column=left + j)
        put_text(cell, header, f"Column heading '{header[:40]}'")
        set_style(cell, align=head_align, font=HEADER_FONT, fill=HEADER_FILL)
        letter = get_column_letter(left + j)
        dim = dims.get(letter)  # as ``dims[letter]``, without making a default one first
        if dim is None:
            # A new column starts at openpyxl's default width (13): narrower ones stay that wide.
            dim = dims[letter] = ColumnDimension(ws, index=letter)
        if (dim.width or 0) < col.width:
            dim.width = col.width
        widths.append(dim.width)
    fit_row_height(ws, top, headers, widths, bold=True)
    body = list(rows) or [[None] * len(columns)]
    aligns = [
        alignment(wrap_text=c.wrap or None, vertical="top", horizontal=c.align) for c in columns
    ]
    # Only wrapped columns make a row taller (as ``fit_row_height`` of the wrapped values),
    # with the characters a line holds (``text_lines``): most cells fit, found at a glance.
    wrapped = [
        (j, widths[j] or 10, _per_line(widths[j] or 10)) for j, c in enumerate(columns) if c.wrap
    ]
    # Per column: its place, look, style array (looked up once: a new cell takes a copy
    # of it) and number format.
    plan = [
        (j, left + j, align, ready_style(ws.parent, align), col.number_format)
        for j, (col, align) in enumerate(zip(columns, aligns, strict=True))
    ]
    for i, row in enumerate(body):
        r = top + 1 + i
        n = len(row)
        for j, column, align, style, number_format in plan:
            value = row[j] if j < n else None
            if blanks is not None and (value is None or value == ""):
                blanks[r, column] = (align, value)
                continue
            body_cell: Any = ws.cell(r, column)  # its style array is not in stubs
            if body_cell._style is None:
                body_cell._style = StyleArray(style)
            else:
                set_style(body_cell, align=align)
            if number_format is None and type(value) is str:
                # As put_value does, directly; printable ASCII within the limit (most
                # cells) is what put_text's check lets through as is.
                if len(value) <= MAX_TEXT and value.isascii() and value.isprintable():
                    _store_text(body_cell, value)
                else:
                    put_text(body_cell, value, partial(where, i, j))
            else:
                put_value(body_cell, value, partial(where, i, j), number_format)
        lines = 1
        for j, width, per_line in wrapped:
            value = row[j] if j < n else None
            if isinstance(value, str) and (2 * len(value) > per_line or "\n" in value):
                lines = max(lines, text_lines(value, width))
        if lines > 1:
            _grow_row(ws, r, lines)
    last = top + len(body)
    ref = f"{get_column_letter(left)}{top}:{get_column_letter(left + len(columns) - 1)}{last}"
    table = Table(
        displayName=name,
        ref=ref,
        tableStyleInfo=TableStyleInfo(name=TABLE_STYLE, showRowStripes=True),
        # The headings as written above (numbered by sheet column, as openpyxl numbers
        # them), so that saving does not read every cell of the table back to find them.
        tableColumns=[_table_column(ws, left + j, h) for j, h in enumerate(headers)],
        autoFilter=AutoFilter(ref=ref),
    )
    ws.add_table(table)
    return top + 1, last


def _table_column(ws: Worksheet, column: int, heading: str) -> TableColumn:
    """A table's column (``TableColumn(id=column, name=heading)``), one per workbook: the
    annexes' tables share most columns, and saving only reads them."""
    wb: Any = ws.parent  # a sheet's parent, typed optional by openpyxl but always there
    made: dict[tuple[int, str], TableColumn] = wb.__dict__.setdefault("_table_columns", {})
    found = made.get((column, heading))
    if found is None:
        found = made[column, heading] = TableColumn(id=column, name=heading)
    return found


_MAYBE_WIDE = re.compile("[\u0378-\U0010ffff]")  # found by the regex engine, not a loop


def _display_width(text: str) -> int:
    # East Asian wide characters take about two columns.
    # No character below U+0378 is wide: plain and accented Latin letters are not looked up.
    if text.isascii():
        return len(text)
    return len(text) + sum(
        1 for ch in _MAYBE_WIDE.findall(text) if unicodedata.east_asian_width(ch) in "WF"
    )


def _per_line(width: float, *, bold: bool = False) -> int:
    """How many characters of average text a line of a column ``width`` wide holds."""
    return max(int(width * (0.95 if bold else 1.2)), 4)


def text_lines(text: str, width: float, *, bold: bool = False) -> int:
    """Roughly how many lines ``text`` wraps to in a column ``width`` characters wide.

    Column widths count the digit '0'; average text is narrower, bold text wider.
    """
    per_line = _per_line(width, bold=bold)
    if "\n" not in text:
        if 2 * len(text) <= per_line:
            return 1  # fits even if every character were wide: most cells, nothing to measure
        return max(1, math.ceil(_display_width(text) / per_line))
    return sum(max(1, math.ceil(_display_width(part) / per_line)) for part in text.split("\n"))


def fit_row_height(
    ws: Worksheet, row: int, values: Sequence[Any], widths: Sequence[float], *, bold: bool = False
) -> None:
    """Set a row's height for its wrapped text: neither Excel files from openpyxl nor
    LibreOffice's import grow rows by themselves, so wrapped text would overlap."""
    lines = 1
    for value, width in zip(values, widths, strict=False):
        if isinstance(value, str) and value:
            lines = max(lines, text_lines(value, width or 10, bold=bold))
    if lines > 1:
        _grow_row(ws, row, lines)


def _grow_row(ws: Worksheet, row: int, lines: int) -> None:
    """Make a row tall enough for ``lines`` lines of text (never lower it)."""
    height = min(15 * lines + 3, 409)
    dims = ws.row_dimensions
    dim = dims.get(row)  # as ``dims[row]``, without making a default one first
    if dim is None:
        dims[row] = RowDimension(ws, index=row, ht=height)
    else:
        dim.height = min(max(dim.height or 0, height), 409)


def sheet_title(ws: Worksheet, title: str, subtitle: str = "") -> int:
    """A title (and optional note) above the tables; return the next free row."""
    set_style(put_text(ws.cell(row=1, column=1), title, "Sheet title"), font=TITLE_FONT)
    if subtitle:
        set_style(put_text(ws.cell(row=2, column=1), subtitle, "Sheet note"), font=NOTE_FONT)
    return 4 if subtitle else 3


def section_title(ws: Worksheet, row: int, text: str) -> int:
    set_style(put_text(ws.cell(row=row, column=1), text, "Section title"), font=SUBTITLE_FONT)
    return row + 1


def _hf_escape(text: str) -> str:
    # '&' starts a header/footer code (&P = page number); a literal one is '&&'.
    return " ".join(text.split()).replace("&", "&&")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def print_setup(ws: Worksheet, title: str, label: str, *, repeat_rows: str | None = None) -> None:
    """Landscape A4, fit to one page wide, title and label in the header, pages in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    page_setup_pr = ws.sheet_properties.pageSetUpPr
    assert page_setup_pr is not None  # a new worksheet always has one
    page_setup_pr.fitToPage = True
    ws.print_options.horizontalCentered = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    if repeat_rows:
        ws.print_title_rows = repeat_rows
    # The header is decoration (the full title is on the Summary sheet): a long title is
    # shortened with a visible ellipsis so that Excel's 255-character limit holds.
    label_part = _hf_escape(label)[:100]
    page_part = "Page &P of &N"
    room = HEADER_FOOTER_MAX - len(label_part) - len(page_part) - 20
    plain, limit = " ".join(title.split()), max(room, 40)
    while len(_hf_escape(_shorten(plain, limit))) > max(room, 40):
        limit -= 1
    header, footer = ws.oddHeader, ws.oddFooter
    assert header is not None and footer is not None  # a new worksheet always has both
    header.left.text = _hf_escape(_shorten(plain, limit))
    header.right.text = label_part
    footer.left.text = label_part
    footer.center.text = page_part
    footer.right.text = "&A"


def safe_sheet_name(name: str, taken: Iterable[str], fallback: str = "Sheet") -> str:
    """A valid, unique Excel sheet name derived from ``name`` (31 chars, no []:*?/\\)."""
    cleaned = _SHEET_FORBIDDEN.sub("_", " ".join(name.split())).strip("'").strip()
    cleaned = cleaned or fallback
    if cleaned.casefold() == "history":  # reserved by Excel
        cleaned = f"{cleaned}_"
    used = {t.casefold() for t in taken}
    candidate = cleaned[:SHEET_NAME_MAX].rstrip("' ")
    n = 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate = cleaned[: SHEET_NAME_MAX - len(suffix)].rstrip("' ") + suffix
        n += 1
    return candidate


def save_atomically(wb: Workbook, path: str | Path) -> Path:
    """Save through the app's one atomic writer: never a half file under the name."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"'{target}' is a folder; give a file name ending in .xlsx.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder '{folder}' does not exist.")
    remove_leftovers(folder)
    try:
        with atomic_target(target) as tmp:
            save_workbook(wb, tmp)  # wb.save, with the values of put_formula's cells
    except PermissionError:
        raise ExportError(
            f"'{target.name}' cannot be written: permission denied. If it is open in Excel, "
            "close it and try again."
        ) from None
    except OSError as exc:
        raise ExportError(f"'{target.name}' cannot be written: {describe_os_error(exc)}.") from None
    return target
