"""Fonts for the PDF reports, and text split into runs by the font that has its glyphs.

Reports embed subsets of the fonts shipped in resources/fonts, never system fonts, so a
report reads the same everywhere. DejaVu Sans carries Latin (umlauts), Greek, Cyrillic,
Hebrew and Arabic; WenQuanYi Micro Hei carries Chinese, Japanese kana and Korean Hangul.
A paragraph switches font per run of characters.

Before drawing, ``printable`` makes text drawable: an emoji (which neither font has; the
only emoji fonts are colour bitmaps reportlab cannot embed) becomes its name in brackets,
e.g. [automobile], never an empty box; a line with Hebrew or Arabic is put into visual
order (python-bidi), because reportlab lays glyphs out left to right. PDF readers, and
pdftotext, read glyphs placed in visual order back in logical order, so a search for a
Hebrew or Arabic word finds it.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop_app.domain.errors import FileFormatError
from workshop_app.paths import resource_path

SANS = "WorkshopSans"
SANS_BOLD = "WorkshopSans-Bold"
CJK = "WorkshopCJK"

_FILES = {
    SANS: ("DejaVuSans.ttf", None),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", None),
    CJK: ("wqy-microhei.ttc", 0),
}
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the report fonts with reportlab once per process (thread-safe)."""
    with _lock:
        if SANS in pdfmetrics.getRegisteredFontNames():
            return
        for name, (filename, subfont) in _FILES.items():
            path = resource_path("fonts", filename)
            try:
                font = (
                    TTFont(name, str(path))
                    if subfont is None
                    else TTFont(name, str(path), subfontIndex=subfont)
                )
            except Exception as exc:  # reportlab raises plain errors for bad font files
                raise FileFormatError(
                    f"The report font {path} is missing or damaged ({exc}); "
                    "reinstall Partnership Workshop."
                ) from exc
            pdfmetrics.registerFont(font)
        # <b> inside a paragraph maps through the family; the CJK font has no bold face.
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
        )
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)


@cache
def _glyphs(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)  # every font in _FILES is TrueType
    return frozenset(font.face.charToGlyph)


def font_for_char(ch: str, bold: bool = False) -> str:
    """The font to draw one character with: the Latin font if it has it, else the CJK one."""
    code = ord(ch)
    latin = SANS_BOLD if bold else SANS
    if code < 0x0250 or code in _glyphs(latin):
        return latin
    if code in _glyphs(CJK):
        return CJK
    return latin  # no glyph anywhere (e.g. colour emoji): blank, but the text goes on


# Joiners, variation selectors and skin tones only shape an emoji: dropped with it.
_SHAPING = {0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400)}
_REGIONAL = range(0x1F1E6, 0x1F200)
_RTL_CLASSES = {"R", "AL"}

# How many characters ``printable`` replaced, per thread (a report counts its own).
_replaced = threading.local()


def replaced_count() -> int:
    return getattr(_replaced, "n", 0)


def reset_replaced() -> None:
    _replaced.n = 0


def _has_glyph(code: int) -> bool:
    return code < 0x0250 or code in _glyphs(SANS) or code in _glyphs(CJK)


# A marker is isolated left-to-right, so that inside a Hebrew or Arabic line its brackets
# are neither mirrored nor swapped; the isolate marks are removed after reordering.
_LRI, _PDI = "\u2066", "\u2069"


def _name(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return _LRI + (f"[{name.lower()}]" if name else f"[U+{ord(ch):04X}]") + _PDI


def _latin(text: str) -> bool:
    """Every character below U+0250: drawn by the Latin font as it is, left to right (no
    emoji, shaping mark, isolate or right-to-left letter lives there), so nothing to do."""
    return max(text) < "\u0250"


def printable(text: str) -> str:
    """``text`` as the report fonts can draw it: emoji by name, right-to-left lines in
    visual order. Letters, CJK and symbols the fonts have are left alone."""
    if not text or _latin(text):
        return text
    out: list[str] = []
    chars = list(text)
    i = 0
    while i < len(chars):
        ch = chars[i]
        code = ord(ch)
        if code in _REGIONAL and i + 1 < len(chars) and ord(chars[i + 1]) in _REGIONAL:
            pair = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in chars[i : i + 2])
            out.append(f"{_LRI}[flag {pair}]{_PDI}")
            _replaced.n = replaced_count() + 1
            i += 2
            continue
        if code in _SHAPING:
            i += 1
            continue
        if ch in (_LRI, _PDI):
            i += 1
            continue
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") or _has_glyph(code):
            out.append(ch)
        else:
            out.append(_name(ch))
            _replaced.n = replaced_count() + 1
        i += 1
    result = "".join(out)
    if any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in result):
        result = "\n".join(get_display(line) for line in result.split("\n"))
    return result.replace(_LRI, "").replace(_PDI, "")


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font name, chunk) runs, each drawable with one font."""
    if not text:
        return []
    if _latin(text):
        return [(SANS_BOLD if bold else SANS, text)]
    out: list[tuple[str, str]] = []
    for ch in text:
        font = font_for_char(ch, bold)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def font_for_text(text: str, bold: bool = False) -> str:
    """One font for a whole short label (charts): the CJK font if any character needs it.

    WenQuanYi Micro Hei also has Latin glyphs, so a mixed label stays legible.
    """
    if any(font_for_char(ch, bold) == CJK for ch in text):
        return CJK
    return SANS_BOLD if bold else SANS


def markup(text: str, *, lines: bool = True) -> str:
    """User text as safe paragraph markup: escaped, with CJK runs in the CJK font.

    ``lines`` keeps the author's line breaks. Markup-like text (``<b>``, ``&amp;``) comes
    out literally, as typed.
    """
    parts: list[str] = []
    for font, chunk in runs(printable(text)):
        safe = escape(chunk)
        if lines:
            safe = safe.replace("\r\n", "\n").replace("\n", "<br/>")
        if font == CJK:
            parts.append(f'<font name="{CJK}">{safe}</font>')
        else:
            parts.append(safe)
    return "".join(parts)


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width of text drawn run by run, as ``draw_runs`` draws it."""
    return sum(
        pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(printable(text), bold)
    )


def draw_runs(
    canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left"
) -> None:
    """Draw one line of text on a canvas, switching font per run (headers and footers)."""
    width = string_width(text, size, bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for font, chunk in runs(printable(text), bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)


def fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """Shorten one line of text with an ellipsis so it fits in ``width`` points."""
    if string_width(text, size, bold) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid].rstrip() + "…", size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
