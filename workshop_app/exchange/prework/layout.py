"""The layout of a pre-work workbook, shared by export and import: sheet names, rows,
columns, cell styles, and each participant sheet's rows in order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from openpyxl.styles import Alignment, Font, PatternFill, Protection

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import (
    DONT_KNOW_LABEL,
    Question,
    Questionnaire,
)
from workshop_app.exports.xlsx_common import (
    FONT_NAME,
)

FORMAT = "partnership-prework/1"
INSTRUCTIONS = "Instructions"
LISTS = "Lists"
META = "Metadata"
GLOSSARY = "Glossary"  # only when the questionnaire has a glossary
HEADER_ROW = 4
FIRST_ROW = 5
ANSWER_COL = 4  # D
COMMENT_COL = 5  # E
HEADERS = ("ID", "Question", "How to answer", "Answer", "Comment (optional)")
WIDTHS = (7, 52, 42, 36, 34)
MARKS = {"x", "✓", "✔", "yes", "y", "1", "true"}
_LIKERT_LABEL = re.compile(r"^\s*([+-]?\d+)\s*[–—-]")
ANSWER_FILL = PatternFill("solid", fgColor="FFF7D6")
SECTION_FILL = PatternFill("solid", fgColor="DCE6F0")
OPTION_FONT = Font(name=FONT_NAME, color="333333")
UNLOCKED = Protection(locked=False)
TOP_WRAP = Alignment(wrap_text=True, vertical="top")


# --- layout shared by export and import -------------------------------------------------


@dataclass(frozen=True)
class _Row:
    kind: str  # "section", "question", "option", "total"
    text: str
    question: Question | None = None
    option_index: int = -1


def _layout(
    questionnaire: Questionnaire, asked: frozenset[str] | None = None
) -> Iterator[tuple[int, _Row]]:
    """Every row of a participant sheet with its row number; export and import agree.

    ``asked``: the ids of the questions on the sheet (the participant's asked questions,
    as listed in the metadata); None for all (workbooks that list none)."""
    r = FIRST_ROW
    for section in questionnaire.sections:
        shown = [q for q in section.questions if asked is None or q.id in asked]
        if not shown:
            continue
        yield r, _Row("section", section.title)
        r += 1
        for q in shown:
            yield r, _Row("question", q.text, q)
            r += 1
            if q.type in _MULTI_ROW:
                for i, o in enumerate(q.options):
                    yield r, _Row("option", o.label, q, i)
                    r += 1
                if q.type is QuestionType.ALLOCATION:
                    yield r, _Row("total", f"Total (must be {_num(q.total)})", q)
                    r += 1


_MULTI_ROW = (QuestionType.MULTI_CHOICE, QuestionType.RANKING, QuestionType.ALLOCATION)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _how_to(q: Question) -> str:
    how = _how_to_answer(q)
    if not q.scored:
        return how
    if q.type in _MULTI_ROW:
        return f"{how} Or choose {DONT_KNOW_LABEL} in this row."
    if q.type is QuestionType.NUMBER:
        return f"{how} Or type {DONT_KNOW_LABEL}."
    return f"{how} {DONT_KNOW_LABEL} is a choice too."


def _how_to_answer(q: Question) -> str:
    t = q.type
    if t is QuestionType.LIKERT:
        return f"Choose a point from {q.scale_lo} to {q.scale_hi} in the drop-down."
    if t is QuestionType.SINGLE_CHOICE:
        return "Choose one option in the drop-down."
    if t is QuestionType.MULTI_CHOICE:
        return "Put x next to every option that applies (at least one)."
    if t is QuestionType.RANKING:
        return f"Number every option from 1 (first) to {len(q.options)}, each number once."
    if t is QuestionType.ALLOCATION:
        return f"Split {_num(q.total)} points across the options; empty counts as 0."
    if t is QuestionType.NUMBER:
        rng = ""
        if q.min_value is not None and q.max_value is not None:
            rng = f" from {_num(q.min_value)} to {_num(q.max_value)}"
        elif q.min_value is not None:
            rng = f", at least {_num(q.min_value)}"
        elif q.max_value is not None:
            rng = f", at most {_num(q.max_value)}"
        return f"Type a number{rng}" + (f" ({q.unit})." if q.unit else ".")
    return "Type your answer."


def _likert_choices(q: Question) -> list[str]:
    out = []
    for n in range(q.scale_lo, q.scale_hi + 1):
        anchor = q.anchor_label(n)
        out.append(f"{n} – {anchor}" if anchor else str(n))
    return out
