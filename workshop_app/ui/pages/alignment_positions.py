"""The words for each partner's position on a gap, as the gap's detail panel shows them.

Everything comes from the analysis (no scoring here) and no participant is named.
"""

from __future__ import annotations

from workshop_app.analysis.positions import position_summary
from workshop_app.analysis.results import PartnerPosition, QuestionAlignment
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.model import Partner, Workshop
from workshop_app.domain.questionnaire import Question
from workshop_app.translations import tr
from workshop_app.ui.analysis_text import said
from workshop_app.ui.models.alignment import percent
from workshop_app.ui.models.base import format_number


def positions_html(workshop: Workshop, qa: QuestionAlignment, question: Question) -> str:
    """Each partner's position and the spread of answers, in the partner's colour; no names."""
    rows = []
    for partner in workshop.partners:
        pos = qa.positions.get(partner.id)
        swatch = (
            f'<span style="color:{partner.colour}; font-size:large">&#9632;</span> '
            f"<b>{_esc(partner.label)}</b>"
        )
        if partner.id in qa.undecided_partners:
            words = tr("does not know (no position)")  # outside the f-string: lupdate reads it
            rows.append(f"<p>{swatch}: {_esc(words)}</p>")
            continue
        if pos is None:
            words = tr("no answers")
            rows.append(f"<p>{swatch}: {_esc(words)}</p>")
            continue
        text = describe_position(pos, question, partner)
        if pos.dont_know:
            text += tr("; {n} said don't know").format(n=pos.dont_know)
        rows.append(f"<p>{swatch}: {_esc(text)}</p>")
    if qa.definition is not None:
        rows.append(
            "<p>"
            + _esc(
                tr("Defined {value} (0% not discussed, 100% agreed in writing)").format(
                    value=percent(qa.definition)
                )
            )
            + "</p>"
        )
    return "".join(rows)


def describe_position(pos: PartnerPosition, question: Question, partner: Partner) -> str:
    """The partner's position in the analysis's words, with the answers behind it."""
    t = question.type
    summary = position_summary(question, pos)
    words = said(summary.words)
    people = tr("{n} answered").format(n=pos.respondents)
    consensus = (
        ""
        if pos.consensus is None or pos.single_voice
        else tr(", consensus {value}").format(value=percent(pos.consensus))
    )
    if t is QuestionType.LIKERT and pos.value is not None:
        spread = ", ".join(str(v) for v in sorted(pos.spread, key=_num))
        answers = tr("answers")
        return f"{words}; {answers}: {spread} ({people}{consensus})"
    if t is QuestionType.NUMBER and pos.value is not None:
        spread = ", ".join(format_number(float(v)) for v in sorted(pos.spread, key=_num))  # type: ignore[arg-type]  # a number question's answers are numbers
        return tr("median {value}; answers: {spread} ({people})").format(
            value=words, spread=spread, people=people
        )
    if summary.kind == "ranking":
        return tr("mean rank: {parts} ({people})").format(parts=words, people=people)
    if summary.kind == "shares":
        return f"{words} ({people}{consensus})"
    if pos.texts:
        return words
    return people


def _num(v: object) -> float:
    try:
        return float(v)  # type: ignore[arg-type]  # non-numbers raise, handled below
    except (TypeError, ValueError):
        return 0.0


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
