"""The language a report is written in: its words, dates and numbers.

``with report_language("de"):`` around the writing of a report makes ``tr()`` (texts of
the exports, extracted by lupdate like the interface's) and ``label()`` (the domain's
words) answer in German, and ``fmt_date``/``num`` write German dates and numbers. Uses
QtCore's QTranslator and QLocale only: no QApplication is needed, and the interface's
own language is not touched. English, the default, keeps the exports as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from PySide6.QtCore import QDate, QLocale

from workshop_app.domain.languages import DEFAULT_LANGUAGE, language
from workshop_app.translations import MODULE_CONTEXT, Translation

_current: ContextVar[Translation | None] = ContextVar("report_language", default=None)
# Written out, not the locale's short format, whose two-digit years ("24.11.26") a
# contract should not carry.
_DATE_FORMATS = {"de": "d. MMM yyyy", "zh_CN": "yyyy年M月d日", "ko": "yyyy년 M월 d일"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@contextmanager
def report_language(code: str | None) -> Iterator[str]:
    """Write what runs inside in this language (None: English)."""
    code = code or DEFAULT_LANGUAGE
    language(code)  # ValidationError naming the known codes
    token = _current.set(Translation(code))
    try:
        yield code
    finally:
        _current.reset(token)


def code() -> str:
    current = _current.get()
    return current.code if current is not None else DEFAULT_LANGUAGE


def tr(text: str) -> str:
    """A text of a report, in the report's language."""
    current = _current.get()
    return text if current is None else current.translate(MODULE_CONTEXT, text)


def label(text: str) -> str:
    """A word of the domain (an enum's label), in the report's language."""
    current = _current.get()
    return text if current is None else current.translate("Labels", text)


def _locale() -> QLocale:
    return QLocale(code())


def fmt_date(d: date | str | None) -> str:
    """A date spelled for the report's readers: 24 Nov 2026, 24.11.2026, 2026年11月24日."""
    if not d:
        return ""
    if isinstance(d, str):
        try:
            d = date.fromisoformat(d)
        except ValueError:
            return str(d)
    if code() == DEFAULT_LANGUAGE:
        return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"  # the same in every English locale
    return _locale().toString(QDate(d.year, d.month, d.day), _DATE_FORMATS[code()])


def num(x: float, decimals: int = 2) -> str:
    """A number with the report language's grouping and decimal mark, no trailing zeros."""
    if code() == DEFAULT_LANGUAGE:
        if float(x).is_integer():
            return f"{x:,.0f}"
        return f"{x:,.{decimals}f}".rstrip("0").rstrip(".")
    loc = _locale()
    if float(x).is_integer():
        return loc.toString(float(x), "f", 0)
    text = loc.toString(float(x), "f", decimals)
    point = loc.decimalPoint()
    return text.rstrip("0").removesuffix(point) if point in text else text
