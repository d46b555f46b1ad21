"""The questions a workshop asks, and which of them each participant is asked.

A question is **active** when its phases are empty or contain the workshop's phase, and
its purposes are empty or meet the workshop's primary and secondary purposes; then the
facilitator's overrides apply (``included_questions`` are active whatever their tags,
``excluded_questions`` are not). A participant is **asked** the active questions whose
functions are empty or contain the participant's function; a participant without a
function is asked every active question. Only active questions are scored; answers to
other questions are kept in the file.
"""

from __future__ import annotations

from collections.abc import Iterable

from workshop_app.domain.model import Participant, Workshop, WorkshopDetails
from workshop_app.domain.questionnaire import Question, Questionnaire


def tags_match(question: Question, details: WorkshopDetails) -> bool:
    """Whether the question's phase and purpose tags fit the workshop (before overrides)."""
    if question.phases and details.phase not in question.phases:
        return False
    purposes = set(details.secondary_purposes)
    if details.primary_purpose is not None:
        purposes.add(details.primary_purpose)
    return not question.purposes or bool(purposes.intersection(question.purposes))


def active_question_ids(details: WorkshopDetails, questionnaire: Questionnaire) -> frozenset[str]:
    included = set(details.included_questions)
    excluded = set(details.excluded_questions)
    return frozenset(
        q.id
        for q in questionnaire.questions()
        if q.id not in excluded and (q.id in included or tags_match(q, details))
    )


def active_questions(workshop: Workshop) -> list[Question]:
    """The workshop's active questions, in questionnaire order."""
    ids = active_question_ids(workshop.details, workshop.questionnaire)
    return [q for q in workshop.questionnaire.questions() if q.id in ids]


def is_asked(question: Question, participant: Participant) -> bool:
    """Whether the question's functions include the participant (ignoring activeness)."""
    return (
        not question.functions
        or participant.function is None
        or participant.function in question.functions
    )


def asked_ids_of_each(
    questions: Iterable[Question], participants: Iterable[Participant]
) -> dict[str, frozenset[str]]:
    """For each participant's id, the ids of ``questions`` the participant is asked: the
    same sets as ``is_asked`` question by question, worked out once per function (all
    that ``is_asked`` reads of a participant), not once per participant."""
    questions = list(questions)
    by_function: dict[object, frozenset[str]] = {}
    asked = {}
    for person in participants:
        ids = by_function.get(person.function)
        if ids is None:
            ids = frozenset(q.id for q in questions if is_asked(q, person))
            by_function[person.function] = ids
        asked[person.id] = ids
    return asked


def asked_questions(
    details: WorkshopDetails, questionnaire: Questionnaire, participant: Participant
) -> list[Question]:
    """The questions the participant is asked, in questionnaire order."""
    ids = active_question_ids(details, questionnaire)
    return [q for q in questionnaire.questions() if q.id in ids and is_asked(q, participant)]


def inactive_answered(
    details: WorkshopDetails, questionnaire: Questionnaire, answered: Iterable[str]
) -> list[str]:
    """Of the question ids a participant answered, those that are no longer active."""
    ids = active_question_ids(details, questionnaire)
    return [qid for qid in answered if questionnaire.has_question(qid) and qid not in ids]
