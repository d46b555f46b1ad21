"""The term sheet's sheets: their keys (English, fixed) and their names in the report's
language.

Code refers to a sheet by its key (``Sheet.CONTRIBUTIONS``); the workbook shows the name
(``sheet_name``), and links between sheets use that name. An annex's letter is part of
its clause numbers (B.3) and stays the same in every language.
"""

from __future__ import annotations

from functools import cache

from workshop_app.exports.report_language import code, tr


class Sheet:
    """The sheets in workbook order: the heads of terms, then the annexes they refer to,
    then the open items. An annex's clauses are numbered with its letter (B.3)."""

    HEADS = "Heads of terms"
    GOALS = "Annex A Goals and scope"
    CONTRIBUTIONS = "Annex B Contributions"
    DECISIONS = "Annex C Decision rights"
    GOVERNANCE = "Annex D Governance"
    EXIT = "Annex E Exit and change"
    ANALYTICS = "Annex F Analytics"
    ALIGNMENT = "Annex G Alignment"
    OPEN_ITEMS = "Open items"


SHEETS: tuple[str, ...] = (
    Sheet.HEADS,
    Sheet.GOALS,
    Sheet.CONTRIBUTIONS,
    Sheet.DECISIONS,
    Sheet.GOVERNANCE,
    Sheet.EXIT,
    Sheet.ANALYTICS,
    Sheet.ALIGNMENT,
    Sheet.OPEN_ITEMS,
)


def sheet_name(sheet: str) -> str:
    """The sheet's name in the workbook, in the report's language (at most 31 characters)."""
    return _sheet_names(code()).get(sheet, sheet)


@cache
def _sheet_names(lang: str) -> dict[str, str]:
    """The sheet names in ``lang``, the report's language (``tr`` reads it): every link to
    a clause names its sheet."""
    return {
        Sheet.HEADS: tr("Heads of terms"),
        Sheet.GOALS: tr("Annex A Goals and scope"),
        Sheet.CONTRIBUTIONS: tr("Annex B Contributions"),
        Sheet.DECISIONS: tr("Annex C Decision rights"),
        Sheet.GOVERNANCE: tr("Annex D Governance"),
        Sheet.EXIT: tr("Annex E Exit and change"),
        Sheet.ANALYTICS: tr("Annex F Analytics"),
        Sheet.ALIGNMENT: tr("Annex G Alignment"),
        Sheet.OPEN_ITEMS: tr("Open items"),
    }


def annex_letter(sheet: str) -> str:
    """Sheet.CONTRIBUTIONS -> 'B'."""
    return sheet.split()[1]


def annex_title(sheet: str) -> str:
    """The annex's heading on its sheet, in the report's language."""
    titles = {
        Sheet.GOALS: tr("Annex A: Goals and scope"),
        Sheet.CONTRIBUTIONS: tr("Annex B: Contributions"),
        Sheet.DECISIONS: tr("Annex C: Decision rights"),
        Sheet.GOVERNANCE: tr("Annex D: Governance"),
        Sheet.EXIT: tr("Annex E: Exit and change"),
        Sheet.ANALYTICS: tr("Annex F: Analytics"),
        Sheet.ALIGNMENT: tr("Annex G: Alignment"),
    }
    return titles.get(sheet, sheet_name(sheet))


def annex_ref(sheet: str) -> str:
    """'Annex B' as the heads of terms refer to an annex."""
    return tr("Annex {letter}").format(letter=annex_letter(sheet))
