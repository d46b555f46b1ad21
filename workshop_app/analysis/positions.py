"""Where each partner stands on a question, in one structured summary for every medium.

``position_summary`` turns a partner's computed position into its parts (the value, or each
option with its share or mean rank) and the words for it. The PDF, the term sheet, the
alignment page and the projector print these words (or their parts) through a thin
formatter of their own, so they never describe the same position differently.

Rules: a likert position is its mean to one decimal with the nearest anchor; a number is
its median with the unit; choices and allocations list every option with a share above
zero, largest first, as whole percentages (``display.percent``); a ranking lists every
option by mean rank. Text answers are listed as given.
"""

from __future__ import annotations

from typing import TypedDict

from workshop_app.analysis.display import percent
from workshop_app.analysis.message import QT_TRANSLATE_NOOP, Message, Num
from workshop_app.analysis.results import PartnerPosition, QuestionAlignment
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import Question
from workshop_app.domain.records import record


@record
class PositionPart:
    """One option in a position: its label and its share (0..1) or mean rank (1 = first)."""

    option_id: str
    label: str
    share: float | None = None
    rank: float | None = None


@record
class PositionSummary:
    partner_id: str
    respondents: int
    kind: str  # "value" (likert, number), "shares" (choices, allocation), "ranking", "texts"
    value: float | None = None  # likert mean or number median
    anchor: str = ""  # likert: the anchor nearest the mean
    unit: str = ""
    scale: tuple[int, int] | None = None  # likert (lo, hi)
    parts: tuple[PositionPart, ...] = ()  # shares largest first; ranking by mean rank
    texts: tuple[str, ...] = ()
    fill: float | None = None  # 0..1 for a bar: likert place on the scale, top share
    words: str = ""  # the position in a line (English), the same in every medium


class _Who(TypedDict):
    """The fields every summary shares, typed so that ``**`` keeps their types."""

    partner_id: str
    respondents: int


def _num(x: float) -> str:
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def position_summary(question: Question, pos: PartnerPosition) -> PositionSummary:
    t = question.type
    base: _Who = {"partner_id": pos.partner_id, "respondents": pos.respondents}
    if t is QuestionType.LIKERT and pos.value is not None:
        lo, hi = question.scale_lo, question.scale_hi
        anchor = question.anchor_label(int(pos.value + 0.5))
        words: str = (
            Message(
                QT_TRANSLATE_NOOP("Analysis", "{value} of {low}–{high} ({anchor})"),
                value=Num(pos.value),
                low=lo,
                high=hi,
                anchor=anchor,
            )
            if anchor
            else Message(
                QT_TRANSLATE_NOOP("Analysis", "{value} of {low}–{high}"),
                value=Num(pos.value),
                low=lo,
                high=hi,
            )
        )
        fill = (pos.value - lo) / (hi - lo) if hi > lo else None
        return PositionSummary(
            **base,
            kind="value",
            value=pos.value,
            anchor=anchor,
            scale=(lo, hi),
            fill=fill,
            words=words,
        )
    if t is QuestionType.NUMBER and pos.value is not None:
        words = f"{_num(pos.value)} {question.unit}".strip()
        return PositionSummary(
            **base, kind="value", value=pos.value, unit=question.unit, words=words
        )
    if t is QuestionType.RANKING:
        ordered = sorted(pos.distribution.items(), key=lambda kv: kv[1])
        parts = tuple(PositionPart(k, question.option_label(k), rank=v) for k, v in ordered)
        words = " > ".join(p.label for p in parts)
        return PositionSummary(**base, kind="ranking", parts=parts, words=words)
    if t is QuestionType.TEXT:
        return PositionSummary(**base, kind="texts", texts=pos.texts, words=" | ".join(pos.texts))
    ordered = sorted(pos.distribution.items(), key=lambda kv: -kv[1])
    parts = tuple(PositionPart(k, question.option_label(k), share=v) for k, v in ordered if v > 0)
    words = "; ".join(f"{p.label} {percent(p.share)}%" for p in parts)
    return PositionSummary(
        **base, kind="shares", parts=parts, fill=parts[0].share if parts else None, words=words
    )


def question_positions(
    question: Question, qa: QuestionAlignment | None, partner_ids: list[str]
) -> list[PositionSummary]:
    """The summaries of the partners that answered, in the workshop's partner order."""
    if qa is None:
        return []
    return [position_summary(question, qa.positions[p]) for p in partner_ids if p in qa.positions]


def no_position_words(gap_undecided: tuple[str, ...], partner_id: str) -> str:
    """What stands for a partner without a position: it said "don't know", or no answer."""
    return Message(
        QT_TRANSLATE_NOOP("Analysis", "does not know")
        if partner_id in gap_undecided
        else QT_TRANSLATE_NOOP("Analysis", "no answer")
    )


def short_words(summary: PositionSummary, limit: int = 120) -> str:
    """The words cut at ``limit`` characters on a word boundary, for tight spaces."""
    text = summary.words
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(";,") + " …"
