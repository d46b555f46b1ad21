"""Formula cells that carry their computed value, so that readers which do not calculate
(calamine, pandas, previewers, a phone) see the subtotal instead of an empty cell.

openpyxl writes a formula with an empty value (``<f>…</f><v />``). ``put_formula`` writes a
formula and notes the value it evaluates to; ``save_workbook`` (used by
``xlsx_common.save_atomically``) saves as openpyxl's own save does, through openpyxl's public
``ExcelWriter``, into a zip archive of ours: when the writer stores the part of a sheet with
noted values, the archive puts each value into its cell's ``<v>`` before storing the part.
The XML is read with the standard library's expat parser, which gives each element's byte
offset, so that only the ``<v>`` of those cells changes and every other byte stays as
openpyxl wrote it (it is the part openpyxl has just written, not a file from outside, so
defusedxml's guards have nothing to guard against). Workbooks without noted values
(pre-work, forms, anyone else's) are saved by ``Workbook.save`` itself: nothing of openpyxl
is replaced or patched.

Why this way: the value is added after openpyxl has written the sheet, so nothing depends on
how openpyxl writes rows and cells (private modules, which change between releases); a
writer subclass would have to copy openpyxl's private row and cell writing. Rewriting the
finished file instead would have to recompress every part (about 20 ms for the demo).
What this relies on: ``ExcelWriter(workbook, archive).save()`` and sheets stored as
``xl/worksheets/sheet<n>.xml`` in workbook order (checked against each sheet's public
``path`` after the save; a mismatch or a value not written is an error, never a silent gap).

Excel and LibreOffice recalculate on opening anyway, so the cached value is only what a
non-calculating reader shows, and it is computed by the same rule as the formula.
"""

from __future__ import annotations

import re
import weakref
import zipfile
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

if not (callable(getattr(ExcelWriter, "save", None)) and isinstance(Worksheet.path, property)):
    raise ImportError(  # pragma: no cover - only with an openpyxl that changed both
        f"openpyxl {openpyxl.__version__} lacks ExcelWriter.save or Worksheet.path, which "
        "the term sheet's save uses; install an openpyxl version from 3.1.0 to 3.1.x."
    )

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_C, _F, _V = f"{_MAIN} c", f"{_MAIN} f", f"{_MAIN} v"

# sheet -> {coordinate: (formula as written, value it evaluates to)}; weak: a sheet that is
# gone takes its values with it.
_noted: weakref.WeakKeyDictionary[Worksheet, dict[str, tuple[str, float]]] = (
    weakref.WeakKeyDictionary()
)


def put_formula(ws: Worksheet, row: int, column: int, formula: str, cached: float) -> Cell:
    """Write ``formula`` into a cell and note the value it evaluates to."""
    cell = ws.cell(row=row, column=column)
    cell.value = formula
    _noted.setdefault(ws, {})[cell.coordinate] = (formula, cached)
    assert isinstance(cell, Cell)  # ws.cell of a new or plain cell, never a merged one
    return cell


def save_workbook(wb: Workbook, filename: str | Path) -> None:
    """Save ``wb`` as ``wb.save(filename)`` does, with the noted values beside their formulas."""
    parts = _parts_to_fill(wb)
    if not parts or wb.read_only or wb.write_only:  # nothing noted: openpyxl's own save
        wb.save(filename)
        return
    archive = _FillingArchive(filename, parts)
    with archive:  # closed by ExcelWriter.save; here also when writing fails
        # As openpyxl's ``save_workbook`` (3.1.5) does before it writes.
        wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()
    gaps = [
        f"{ws.title}!{coordinate}"
        for ws, part, values in parts.values()
        for coordinate in values
        if part != ws.path[1:] or coordinate not in archive.filled.get(part, ())
    ]
    if gaps:
        raise RuntimeError(
            f"openpyxl {openpyxl.__version__} did not store the formula cells "
            f"{', '.join(gaps[:5])} where their values were to be written; install an "
            "openpyxl version from 3.1.0 to 3.1.x."
        )


def _parts_to_fill(wb: Workbook) -> dict[str, tuple[Worksheet, str, dict[str, str]]]:
    """Zip part name -> (sheet, part, {coordinate: value as written}) of the sheets with
    noted values whose cells still hold the formula noted (a cell overwritten since keeps
    openpyxl's empty value)."""
    parts: dict[str, tuple[Worksheet, str, dict[str, str]]] = {}
    for index, ws in enumerate(wb.worksheets, 1):
        noted = _noted.get(ws) if isinstance(ws, Worksheet) else None
        if not noted:
            continue
        values = {
            coordinate: safe_string(cached)  # as openpyxl writes a number
            for coordinate, (formula, cached) in noted.items()
            if ws[coordinate].value == formula
        }
        if values:
            part = f"xl/worksheets/sheet{index}.xml"  # openpyxl's name, checked after saving
            parts[part] = (ws, part, values)
    return parts


class _FillingArchive(zipfile.ZipFile):
    """The xlsx zip, writing the noted values into the sheet parts named in ``parts``."""

    def __init__(
        self, filename: str | Path, parts: dict[str, tuple[Worksheet, str, dict[str, str]]]
    ) -> None:
        # As openpyxl's ``save_workbook`` opens its archive.
        super().__init__(filename, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self.parts = parts
        self.filled: dict[str, set[str]] = {}

    def write(
        self,
        filename: Any,
        arcname: Any = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        name = str(arcname if arcname is not None else filename)
        if name not in self.parts:
            super().write(filename, arcname, compress_type, compresslevel)
            return
        # openpyxl writes a sheet to a temporary file and stores it by this call.
        info = zipfile.ZipInfo.from_file(filename, name)
        info.compress_type = self.compression if compress_type is None else compress_type
        self.writestr(info, Path(filename).read_bytes(), compresslevel=compresslevel)

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: str | bytes,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        if name in self.parts:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            data, self.filled[name] = fill_values(raw, self.parts[name][2])
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)


class _Done(Exception):
    """Every cell looked for is found: stop reading the sheet."""


_TAG_NAME = re.compile(rb"<([^\s/>]+)")


def _tag_name(xml: bytes, at: int) -> bytes:
    """The name, as written, of the tag whose '<' is at ``at``."""
    tag = _TAG_NAME.match(xml, at)
    assert tag is not None  # where expat found a tag
    return tag.group(1)


def _after(xml: bytes, here: int, started: int) -> int:
    """Where an element without children that started at ``started`` ends, given expat's
    offset at its end: the '<' of its end tag, or for an empty element (``<v />``, as
    openpyxl writes an empty value) the byte after it, which may be its parent's end tag."""
    close = b"</" + _tag_name(xml, started)
    if xml.startswith(close, here) and xml[here + len(close)] in b" \t\r\n>":
        return xml.index(b">", here) + 1  # the end tag: no '>' in it before its own
    return here


class _Cell:
    """Where the parts of the formula cell being read begin and end in the sheet's bytes."""

    def __init__(self, coordinate: str, start: int) -> None:
        self.coordinate = coordinate
        self.start = start  # the '<' of ``<c``
        self.f_end: int | None = None  # after ``</f>`` (or ``<f/>``)
        self.v: tuple[int, int] | None = None  # ``<v>…</v>`` or ``<v/>``


def fill_values(xml: bytes, values: dict[str, str]) -> tuple[bytes, set[str]]:
    """``xml`` (a worksheet part) with ``values[coordinate]`` as the ``<v>`` of each formula
    cell named there; return it and the coordinates filled. Every other byte is kept."""
    edits: list[tuple[int, int, bytes]] = []  # (start, end, replacement), in document order
    filled: set[str] = set()
    cell: _Cell | None = None  # a cell of ``values`` being read
    started = 0  # where the last element started (the '<' of its start tag)
    parser = expat.ParserCreate(namespace_separator=" ")

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal cell, started
        started = parser.CurrentByteIndex
        if name == _C:
            coordinate = attrs.get("r")
            cell = None if coordinate not in values else _Cell(coordinate, started)

    def end(name: str) -> None:
        nonlocal cell
        if cell is None:
            return
        if name == _F:
            cell.f_end = _after(xml, parser.CurrentByteIndex, started)
        elif name == _V:
            cell.v = (started, _after(xml, parser.CurrentByteIndex, started))
        elif name == _C:
            if cell.f_end is not None:  # a formula: its value goes in (or over the empty) <v>
                prefix = _tag_name(xml, cell.start)[:-1]  # b"" or the prefix with its ':'
                v = b"<%sv>%s</%sv>" % (prefix, values[cell.coordinate].encode(), prefix)
                begin, stop = cell.v or (cell.f_end, cell.f_end)
                edits.append((begin, stop, v))
                filled.add(cell.coordinate)
                if len(filled) == len(values):
                    raise _Done
            cell = None

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    with suppress(_Done):
        parser.Parse(xml, True)
    if not edits:
        return xml, filled
    pieces, done = [], 0
    for begin, stop, replacement in edits:
        pieces += [xml[done:begin], replacement]
        done = stop
    pieces.append(xml[done:])
    return b"".join(pieces), filled
