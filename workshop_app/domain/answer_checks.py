"""The check of every answer of a workshop, one by one and many at a time.

``check_answers`` is the rule: answer by answer, in file order, it raises the first
problem with its own message (unknown participant, a second answer to a question, then
``people.validate_answer``). A file opens only after every one of its answers passed it,
and the large demo has 30,000: ``answers_pass`` gives the same verdict with whole-list
operations (sets, min and max, ``map``) per question, built once per question type.
Wherever those cannot vouch for a value (an unusual class, a NaN, a value out of range)
it asks ``validate_value`` about that value itself, so its verdict is always the one
``check_answers`` gives; only when it says no does the workshop call ``check_answers``,
for the message.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.people import validate_answer
from workshop_app.domain.questionnaire import Question, Questionnaire, validate_value
from workshop_app.domain.text import MAX_TEXT, check_text

if TYPE_CHECKING:
    from workshop_app.domain.people import Answer, Participant

_pid = attrgetter("participant_id")
_qid = attrgetter("question_id")
_value = attrgetter("value")
_comment = attrgetter("comment")
_dont_know = attrgetter("dont_know")


def check_answers(
    questionnaire: Questionnaire, answers: Sequence[Answer], people: Mapping[str, Participant]
) -> None:
    """Raise the first problem of ``answers`` (in their order) with its message."""
    seen: set[tuple[str, str]] = set()
    for a in answers:
        if a.participant_id not in people:
            raise ValidationError(
                f"Answer to {a.question_id}: unknown participant {a.participant_id}."
            )
        key = (a.participant_id, a.question_id)
        if key in seen:
            raise ValidationError(
                f"{people[a.participant_id].name} has two answers to question {a.question_id}."
            )
        seen.add(key)
        validate_answer(questionnaire, a, people[a.participant_id].name)


def answers_pass(
    questionnaire: Questionnaire, answers: Sequence[Answer], people: Mapping[str, Participant]
) -> bool:
    """Whether ``check_answers`` passes every answer."""
    try:
        return _answers_pass(questionnaire, answers, people)
    except Exception:  # e.g. an unhashable id: the rule itself says what it says
        return _passes(lambda: check_answers(questionnaire, answers, people))


def _passes(check: Any) -> bool:
    try:
        check()
    except Exception:  # the one-by-one check refuses with any exception it raises
        return False
    return True


def _answers_pass(
    questionnaire: Questionnaire, answers: Sequence[Answer], people: Mapping[str, Participant]
) -> bool:
    pids = list(map(_pid, answers))
    qids = list(map(_qid, answers))
    if not all(map(people.__contains__, set(pids))):
        return False
    if len(set(zip(pids, qids, strict=True))) != len(answers):
        return False  # a participant with two answers to one question
    asked = set(qids)
    if not all(map(questionnaire.has_question, asked)):
        return False
    if not texts_pass(set(map(_comment, answers)), "the comment"):
        return False
    values = list(map(_value, answers))
    flags = list(map(_dont_know, answers))
    groups: dict[str, list[Any]] = {qid: [] for qid in asked}
    if any(flags):
        for qid, value, flag in zip(qids, values, flags, strict=True):
            if flag:  # "Don't know": no value, and a scored question
                if value is not None or not questionnaire.question(qid).scored:
                    return False
            elif value is not None:
                groups[qid].append(value)
    else:
        for qid, value in zip(qids, values, strict=True):
            if value is not None:
                groups[qid].append(value)
    return all(values_pass(questionnaire.question(qid), group) for qid, group in groups.items())


def texts_pass(texts: Collection[Any], what: str) -> bool:
    """Whether ``check_text(t, what)`` accepts every one of ``texts``."""
    if set(map(type, texts)) <= {str}:
        joined = "".join(texts)
        # A bad character is one character: it is in the whole iff it is in a part.
        if max(map(len, texts), default=0) <= MAX_TEXT and _passes(
            lambda: check_text(joined, what, max_length=len(joined))
        ):
            return True
    return all(_passes(lambda t=t: check_text(t, what)) for t in texts)


def values_pass(question: Question, values: Sequence[Any]) -> bool:
    """Whether ``validate_value(question, v)`` accepts every one of ``values``: checked
    together where they are of plain classes, else (or if that finds a problem) one by
    one, so the verdict is always ``validate_value``'s."""
    try:
        if _plainly_valid(question, values):
            return True
    except (TypeError, ValueError, OverflowError):  # e.g. an unhashable option
        pass
    return all(_passes(lambda v=v: validate_value(question, v)) for v in values)


# The ints a float holds exactly: validate_value compares float(v) with int(v).
_EXACT = 2**53


def _plainly_valid(question: Question, values: Sequence[Any]) -> bool:
    """True only if every value passes ``validate_value``; False if one may not."""
    if not values:
        return True
    t = question.type
    kinds = set(map(type, values))
    if t is QuestionType.LIKERT:
        lo, hi = question.scale_lo, question.scale_hi
        return kinds == {int} and -_EXACT <= lo <= min(values) and max(values) <= hi <= _EXACT
    if t is QuestionType.NUMBER:
        if not kinds <= {int, float}:
            return False
        xs = list(map(float, values))  # as validate_value's float(value)
        if not all(map(math.isfinite, xs)):
            return False
        lo_v, hi_v = question.min_value, question.max_value
        return not (lo_v is not None and min(xs) < lo_v) and not (
            hi_v is not None and max(xs) > hi_v
        )
    if t is QuestionType.TEXT:
        return kinds == {str} and texts_pass(values, "the answer")
    ids = question.option_ids()
    known = frozenset(ids)
    if t is QuestionType.SINGLE_CHOICE:
        return kinds == {str} and known.issuperset(values)
    if t is QuestionType.MULTI_CHOICE:  # at least one, each an option, none twice
        return (
            kinds <= {tuple, list}
            and all(values)
            and known.issuperset(chain.from_iterable(values))
            and list(map(len, map(set, values))) == list(map(len, values))
        )
    if t is QuestionType.RANKING:  # every option once: its set is the options, same size
        return (
            kinds <= {tuple, list}
            and len(known) == len(ids) > 0
            and set(map(len, values)) == {len(ids)}
            and all(map(known.__eq__, map(frozenset, values)))
        )
    if t is QuestionType.ALLOCATION:
        if kinds != {dict} or len(known) != len(ids) or not all(values):
            return False
        if not known.issuperset(chain.from_iterable(values)):
            return False
        points = list(chain.from_iterable(map(dict.values, values)))
        if not set(map(type, points)) <= {int, float}:
            return False
        if not all(map(math.isfinite, points)) or min(points) < 0:
            return False
        total = question.total
        # validate_value's sum, in option order (a zero it leaves out adds nothing)
        return not any(
            abs(sum([float(v[i]) for i in ids if i in v]) - total) > 1e-6 for v in values
        )
    return False
