"""The language a report is written in: its words, dates and numbers.

``with report_language("de"):`` around the writing of a report makes ``tr()`` (texts of
the exports, extracted by lupdate like the interface's), ``label()`` (the domain's
words) and ``say()`` (the analysis's sentences) answer in German, and ``fmt_date``/``num``
write German dates and numbers.

Exports never touch Qt (they run anywhere, with no QApplication and no Qt plugins), so
the words come straight from the translation sources (``resources/translations/*.ts``,
the same ones the interface compiles) and dates and numbers from the small tables
below. English, the default, leaves the exports exactly as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from xml.etree import ElementTree  # our own shipped file, not outside input

from workshop_app.analysis.message import CONTEXT as ANALYSIS_CONTEXT
from workshop_app.analysis.message import render
from workshop_app.domain.languages import DEFAULT_LANGUAGE, language
from workshop_app.paths import resource_path

MODULE_CONTEXT = ""  # lupdate files tr() calls outside a class under the empty context
_current: ContextVar[str] = ContextVar("report_language", default=DEFAULT_LANGUAGE)

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."),
}  # fmt: skip
# (grouping, decimal mark) as each language writes numbers.
_SEPARATORS = {"en": (",", "."), "de": (".", ","), "zh_CN": (",", "."), "ko": (",", ".")}


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation, from the language's translation source."""
    if code == DEFAULT_LANGUAGE:
        return {}
    root = ElementTree.parse(resource_path("translations", f"workshop_{code}.ts")).getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.find("translation")
            if text is None or text.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if text.text:
                found[(name, message.findtext("source") or "")] = text.text
    return found


@contextmanager
def report_language(code: str | None) -> Iterator[str]:
    """Write what runs inside in this language (None: English)."""
    code = code or DEFAULT_LANGUAGE
    language(code)  # ValidationError naming the known codes
    _catalogue(code)  # a damaged source fails here, before anything is written
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def code() -> str:
    return _current.get()


def tr(text: str) -> str:
    """A text of a report, in the report's language."""
    return _catalogue(code()).get((MODULE_CONTEXT, text), text)


def label(text: str) -> str:
    """A word of the domain (an enum's label), in the report's language."""
    return _catalogue(code()).get(("Labels", text), text)


def say(text: str) -> str:
    """A sentence of the analysis (``analysis.message.Message``) in the report's language;
    any other text as it is. English is the sentence exactly as the analysis wrote it."""
    lang = code()
    if lang == DEFAULT_LANGUAGE:
        return text
    words = _catalogue(lang)
    return render(text, lambda t: words.get((ANALYSIS_CONTEXT, t), t), label, num)


def fmt_date(d: date | str | None) -> str:
    """A date spelled for the report's readers: 24 Nov 2026, 24. Nov. 2026, 2026年11月24日,
    2026년 11월 24일 (written out: a contract should not carry an ambiguous 11/12/26)."""
    if not d:
        return ""
    if isinstance(d, str):
        try:
            d = date.fromisoformat(d)
        except ValueError:
            return str(d)
    lang = code()
    if lang == "zh_CN":
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if lang == "de":
        return f"{d.day}. {_MONTHS['de'][d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS['en'][d.month - 1]} {d.year}"


def num(x: float, decimals: int = 2) -> str:
    """A number with the report language's grouping and decimal mark, no trailing zeros."""
    text = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.{decimals}f}".rstrip("0").rstrip(".")
    group, point = _SEPARATORS.get(code(), _SEPARATORS["en"])
    return text.translate(str.maketrans(",.", group + point))
