"""The PDF reports' look and their text helpers: colours, paragraph styles, how dates,
numbers and money read, how long texts are cut, and how participant names are hidden."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle

from workshop_app.domain.enums import ELEMENT_SHORT_LABELS, RightCode, body_kind_label
from workshop_app.domain.model import Workshop
from workshop_app.exports import report_language
from workshop_app.exports.pdf_fonts import SANS, SANS_BOLD
from workshop_app.exports.report_language import tr

VARIANTS: tuple[str, ...] = ("leadership", "full")
# Beside a question the template marks sensitive: answers that competitors may share only
# under the partnership's rules for sensitive information.
SENSITIVE_MARK = "competitively sensitive: share only within the clean-team rules"


def sensitive_mark() -> str:
    """SENSITIVE_MARK in the report's language."""
    return tr("competitively sensitive: share only within the clean-team rules")


def cut_pointer() -> str:
    """CUT_POINTER in the report's language."""
    return tr(" … (full text in the full report)")


PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": letter}
VARIANT_TITLES = {"leadership": "Leadership summary", "full": "Full workshop report"}


def variant_title(variant: str) -> str:
    """The report's title in the report's language."""
    return tr("Leadership summary") if variant == "leadership" else tr("Full workshop report")


NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#6B6B6B")
RULE = colors.HexColor("#C9CED6")
ZEBRA = colors.HexColor("#F3F5F8")
HEAD_BG = colors.HexColor("#1F3A5F")
OPEN_RED = colors.HexColor("#B3261E")
RED = "#B3261E"
GREEN = "#2E7D32"

CODE_COLOURS: dict[RightCode, str] = {
    RightCode.DECIDES: "#1F3A5F",
    RightCode.JOINT: "#4F7CAC",
    RightCode.CONSULTED: "#BFD3EA",
    RightCode.INFORMED: "#E8EEF6",
}

SHORT_ELEMENTS = ELEMENT_SHORT_LABELS

# Tables fall back to Helvetica, which is never embedded, unless told otherwise.
FONT_ALL = ("FONTNAME", (0, 0), (-1, -1), SANS)


# The leadership summary cuts any one text here and points to the full report, so one
# long note cannot turn two pages into thirty.
LEADERSHIP_TEXT_LIMIT = 160
LABEL_MAX = 30  # a partner's label in a table
CUT_POINTER = " … (full text in the full report)"


def fmt_date(d: date | str | None) -> str:
    """A date in the report's language: 24 Nov 2026, 24. Nov. 2026, 2026年11月24日."""
    return report_language.fmt_date(d)


def num(x: float) -> str:
    return report_language.num(x)


def money(amount: float, currency: str) -> str:
    """Compact amounts for executives: EUR 48 m, KRW 640 bn."""
    for limit, suffix in ((1e9, tr("bn")), (1e6, tr("m"))):
        if abs(amount) >= limit:
            text = report_language.num(amount / limit, decimals=1)
            return f"{currency}\u00a0{text}\u00a0{suffix}"
    return f"{currency}\u00a0{num(amount)}"


def cut(text: str, limit: int, pointer: str = CUT_POINTER) -> str:
    """``text`` shortened to about ``limit`` characters on a word boundary, with a pointer."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    if " " in head[limit // 2 :]:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + pointer


# A word longer than this is not an id or short name but pasted text: it may be split.
ID_MAX = 24


def keeps_whole(text: str) -> bool:
    """Whether every word of ``text`` is short enough to keep whole on a line."""
    return all(len(word) <= ID_MAX for word in text.split())


def body_kind(text: str) -> str:
    return report_language.label(body_kind_label(text)) if text.islower() else text


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=SANS,
        bulletFontName=SANS,
        fontSize=9,
        leading=12,
        textColor=INK,
        alignment=TA_LEFT,
        splitLongWords=True,
    )
    s = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "tight": ParagraphStyle("tight", base, fontSize=7.5, leading=9.2),
        # Ids and short names are never split inside: their columns are made wide enough.
        "id": ParagraphStyle("id", base, fontSize=8, leading=10, splitLongWords=False),
        "cellsmall": ParagraphStyle("cellsmall", base, fontSize=7, leading=8.8, textColor=MUTED),
        "head": ParagraphStyle(
            "head", base, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=colors.white
        ),
        "kicker": ParagraphStyle(
            "kicker", base, fontName=SANS_BOLD, fontSize=9, leading=12, textColor=MUTED
        ),
        "title": ParagraphStyle(
            "title", base, fontName=SANS_BOLD, fontSize=18, leading=22, textColor=NAVY, spaceAfter=4
        ),
        # Sections start with a CondPageBreak instead of keepWithNext: keepWithNext would
        # carry a long first table, and leave most of a page blank.
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=SANS_BOLD,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=True,
        ),
        "hsection": ParagraphStyle(
            "hsection",
            base,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=True,
        ),
        "hpage1": ParagraphStyle(
            "hpage1",
            base,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        # Captions above tables: kept with their table by ``caption_with``, not by
        # keepWithNext, which would carry a whole long table to the next page.
        "caption": ParagraphStyle(
            "caption",
            base,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "facts": ParagraphStyle("facts", base, spaceBefore=1, spaceAfter=3),
        "lead": ParagraphStyle(
            "lead", base, fontSize=7.5, leading=9.5, textColor=MUTED, keepWithNext=True
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=SANS_BOLD,
            fontSize=9,
            leading=12,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=True,
        ),
        "figure": ParagraphStyle(
            "figure", base, fontName=SANS_BOLD, fontSize=26, leading=30, textColor=NAVY
        ),
        "label": ParagraphStyle("label", base, fontSize=8.5, leading=11, textColor=MUTED),
        "toc0": ParagraphStyle(
            "toc0", base, fontName=SANS_BOLD, fontSize=10, leading=15, leftIndent=0
        ),
        "toc1": ParagraphStyle("toc1", base, fontSize=8.5, leading=11, leftIndent=14),
    }
    return s


def redactor(workshop: Workshop) -> Callable[[str], str]:
    """Replace whole participant names with "Company (function)" in text.

    Only a name standing as a whole word is replaced, and never inside a partner's name:
    a participant "Schäfer" leaves "Schäfer Automotive GmbH" as it is.
    """
    labels: dict[str, str] = {}
    originals: dict[str, str] = {}
    partners = {p.id: p for p in workshop.partners}
    for person in workshop.participants:
        name = person.name.strip()
        if len(name) < 2:
            continue
        partner = partners.get(person.partner_id)
        label = partner.label if partner else tr("a participant")
        if person.function:
            function = report_language.label(person.function.label)
            # "Nordwerk (legal)"; German nouns keep their capital, CJK has no case.
            label += f" ({function.lower() if report_language.code() == 'en' else function})"
        labels.setdefault(name.casefold(), label)
        originals.setdefault(name.casefold(), name)
    if not labels:
        return lambda text: text
    # Partner names match as themselves, so a participant's name inside one is left alone;
    # longest first, so the longer of two overlapping names wins at the same place.
    keep: set[str] = set()
    for p in workshop.partners:
        for n in (p.name.strip(), p.short_name.strip()):
            if n:
                keep.add(n.casefold())
                originals.setdefault(n.casefold(), n)
    parts = []
    for key in sorted(set(labels) | keep, key=lambda k: len(originals[k]), reverse=True):
        name = originals[key]
        pattern = re.escape(name)
        # Latin names only match whole words; CJK text has no spaces between words.
        if _spaced(name[0]):
            pattern = r"(?<!\w)" + pattern
        if _spaced(name[-1]):
            pattern += r"(?!\w)"
        parts.append(pattern)
    regex = re.compile("|".join(parts), re.IGNORECASE)

    def swap(m: re.Match[str]) -> str:
        key = m.group(0).casefold()
        if key in keep:
            return m.group(0)
        return labels.get(key, m.group(0))

    def redact(text: str) -> str:
        return regex.sub(swap, text) if text else text

    return redact


def _spaced(ch: str) -> bool:
    """Whether a name in this script stands apart as a word.

    Not so for Chinese and Japanese (no spaces) nor Korean (particles attach to names).
    """
    return ord(ch) < 0x2E80
