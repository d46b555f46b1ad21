"""The analysis's sentences in the interface's language.

The analysis writes its sentences as ``analysis.message.Message`` (English text that keeps
its template and parameters; see that module); this says them through Qt's translator:
templates from the ``Analysis`` context, the domain's words from ``Labels``, numbers in
the current locale. Any other text passes unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from workshop_app.analysis.message import CONTEXT, render
from workshop_app.ui.models.labels import domain_text


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(value, "f", decimals)


def said(text: str) -> str:
    """A sentence of the analysis in the interface's language (other text as it is)."""
    return render(text, _t, domain_text, _number)


def said_lines(lines: tuple[str, ...] | list[str]) -> str:
    """Several sentences, one a line."""
    return "\n".join(said(line) for line in lines)
