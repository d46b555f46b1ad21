"""Where a workbook's answers differ from answers already in the app."""

from __future__ import annotations

from workshop_app.domain import model
from workshop_app.domain.questionnaire import (
    DONT_KNOW_LABEL,
    AnswerValue,
    Question,
    describe_value,
)
from workshop_app.exchange.prework.results import Conflict, PreworkContent, WorkbookAnswer


def _same(a: AnswerValue | None, b: AnswerValue | None) -> bool:
    return a == b


def _given(a: WorkbookAnswer | model.Answer) -> bool:
    return a.value is not None or a.dont_know


def _state(a: WorkbookAnswer | model.Answer) -> tuple[AnswerValue | None, bool]:
    return a.value, a.dont_know


def _describe(question: Question, a: WorkbookAnswer | model.Answer) -> str:
    if a.dont_know:
        return DONT_KNOW_LABEL
    return describe_value(question, a.value) if a.value is not None else ""


def _conflicts(workshop: model.Workshop, content: PreworkContent) -> list[Conflict]:
    q = workshop.questionnaire
    existing = {(a.participant_id, a.question_id): a for a in workshop.answers}
    names = {p.id: p.name for p in content.participants}
    out: list[Conflict] = []
    for wa in content.answers:
        ex = existing.get((wa.participant_id, wa.question_id))
        if ex is None:
            continue
        question = q.question(wa.question_id)
        if _given(wa) and _given(ex) and _state(wa) != _state(ex):
            out.append(
                Conflict(
                    wa.participant_id,
                    names[wa.participant_id],
                    question.id,
                    question.title,
                    "answer",
                    _describe(question, ex),
                    _describe(question, wa),
                    wa.cell,
                )
            )
        if wa.comment and ex.comment and wa.comment != ex.comment:
            out.append(
                Conflict(
                    wa.participant_id,
                    names[wa.participant_id],
                    question.id,
                    question.title,
                    "comment",
                    ex.comment,
                    wa.comment,
                    wa.comment_cell or wa.cell,
                )
            )
    return out
