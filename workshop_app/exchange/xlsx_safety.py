"""Checks on an .xlsx file from outside, done before openpyxl parses any of it.

An .xlsx is a zip of XML parts. A hostile one can be huge, expand from kilobytes to
gigabytes (zip bomb), or carry XML entity tricks (billion laughs, external entities).
We refuse those here with a clear reason; defusedxml, which openpyxl uses when it is
installed, is the second line of defence against entity tricks.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from workshop_app.domain.errors import FileFormatError

MAX_WORKBOOK_BYTES = 10 * 1024 * 1024  # a filled pre-work workbook is ~100 kB
MAX_ENTRIES = 1000
MAX_ENTRY_BYTES = 50 * 1024 * 1024  # declared uncompressed size of one part
MAX_TOTAL_BYTES = 150 * 1024 * 1024  # declared uncompressed size of all parts
MAX_RATIO = 100  # uncompressed / compressed, for parts over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


def _describe_non_zip(head: bytes) -> str:
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "is an old Excel 97-2003 (.xls) file or an encrypted workbook; save it as .xlsx"
    if head.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        return "is an XML or HTML file, not an Excel workbook (.xlsx)"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "is not an Excel workbook (.xlsx)"
    if "," in text or ";" in text or "\t" in text:
        return "is a text (CSV) file renamed to .xlsx, not an Excel workbook"
    return "is a text file, not an Excel workbook (.xlsx)"


def defusedxml_active() -> bool:
    """True when openpyxl parses with defusedxml (it does whenever defusedxml is installed)."""
    return bool(openpyxl.DEFUSEDXML)


def check_xlsx(path: str | Path, *, max_bytes: int | None = None) -> None:
    """Refuse a file that is not a sane .xlsx; raise FileFormatError naming the reason."""
    max_bytes = max_bytes or MAX_WORKBOOK_BYTES
    p = Path(path)
    name = p.name
    if not p.exists():
        raise FileFormatError(f"'{p}' does not exist.")
    if p.is_dir():
        raise FileFormatError(f"'{p}' is a folder, not an Excel workbook.")
    size = p.stat().st_size
    if size == 0:
        raise FileFormatError(f"'{name}' is empty.")
    if size > max_bytes:
        raise FileFormatError(
            f"'{name}' is {size / 1024 / 1024:.1f} MB; a pre-work workbook is at most "
            f"{max_bytes / 1024 / 1024:.0f} MB. Is it the right file?"
        )
    with p.open("rb") as fh:
        head = fh.read(512)
    if not head.startswith(b"PK\x03\x04"):
        raise FileFormatError(f"'{name}' {_describe_non_zip(head)}.")
    if not defusedxml_active():
        raise FileFormatError(
            "Workbooks cannot be read safely: the XML protection (defusedxml) is switched off "
            "(OPENPYXL_DEFUSEDXML). Unset it and try again."
        )
    try:
        with zipfile.ZipFile(p) as zf:
            _check_entries(zf, name)
    except zipfile.BadZipFile as exc:
        raise FileFormatError(
            f"'{name}' is damaged: it is not a readable workbook ({exc})."
        ) from None
    except (OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise FileFormatError(
            f"'{name}' is damaged or encrypted and cannot be read ({exc})."
        ) from None


def _check_entries(zf: zipfile.ZipFile, name: str) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise FileFormatError(f"'{name}' holds {len(infos):,} parts; a workbook has far fewer.")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FileFormatError(f"'{name}' is encrypted; save it without a password.")
        total += info.file_size
        if info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            raise FileFormatError(
                f"'{name}' would unpack to more than {MAX_TOTAL_BYTES // 1024 // 1024} MB "
                f"(part '{info.filename}'); it is refused as a possible zip bomb."
            )
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise FileFormatError(
                f"'{name}': part '{info.filename}' expands {ratio:,} times when unpacked; it is "
                "refused as a possible zip bomb."
            )
    names = {i.filename for i in infos}
    missing = [part for part in _REQUIRED_PARTS if part not in names]
    if missing:
        raise FileFormatError(
            f"'{name}' is a zip file but not an Excel workbook (no {missing[0]})."
        )
    for info in infos:
        if info.filename.lower().endswith(_XML_SUFFIXES):
            _check_xml_part(zf, info, name)


def _check_xml_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    # Sizes are bounded above, and zipfile stops at the declared size.
    data = zf.read(info)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    else:
        text = data
    upper = text.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise FileFormatError(
            f"'{name}': part '{info.filename}' declares a document type or entities, which "
            "Excel never writes; it is refused as unsafe."
        )
