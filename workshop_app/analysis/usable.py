"""Which stored answer values the analysis uses: ``usable`` for one value, and the same
test many values at a time (``usable_values``, ``usable_by_partner``) with whole-list
operations where every value is of a plain class.

A value that does not fit its question's type (e.g. from a file edited by hand) is left
out of the analysis instead of breaking it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from itertools import chain
from typing import Any

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question


def usable(question: Question, value: object, ids: Collection[str] | None = None) -> bool:
    """Whether a stored value fits the question's type; anything else is left out.

    Stored answers are validated on the way in; this only keeps one odd value (e.g. from
    a file edited by hand) from breaking the analysis of a whole workshop. ``ids`` are the
    question's option ids, passed in by callers that check many answers.
    """
    t = question.type
    if value is None:
        return False
    if t is QuestionType.LIKERT or t is QuestionType.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return False
        if t is QuestionType.LIKERT:
            return question.scale_lo <= value <= question.scale_hi
        return math.isfinite(value)
    if t is QuestionType.TEXT:
        return isinstance(value, str) and bool(value.strip())
    if ids is None:
        ids = frozenset(question.option_ids())
    if t is QuestionType.SINGLE_CHOICE:
        return isinstance(value, str) and value in ids
    if t is QuestionType.MULTI_CHOICE:
        return isinstance(value, tuple | list) and bool(value) and all(v in ids for v in value)
    if t is QuestionType.RANKING:
        return isinstance(value, tuple | list) and len(value) == len(ids) and set(value) == set(ids)
    if t is QuestionType.ALLOCATION:
        return (
            isinstance(value, Mapping)
            and all(k in ids for k in value)
            and all(isinstance(v, int | float) and v >= 0 for v in value.values())
            and sum(value.values()) > 0
        )
    return False  # pragma: no cover - enum is closed


# The members, read once: each ``QuestionType.X`` is a look-up through the enum's class,
# and every active question is checked.
_LIKERT = QuestionType.LIKERT
_NUMBER = QuestionType.NUMBER
_TEXT = QuestionType.TEXT
_SINGLE = QuestionType.SINGLE_CHOICE
_MULTI = QuestionType.MULTI_CHOICE
_RANKING = QuestionType.RANKING
_ALLOCATION = QuestionType.ALLOCATION

# The classes ``usable`` takes as numbers of an allocation (isinstance int | float).
_REALS = frozenset((int, float, bool))


def usable_values(
    question: Question, values: Sequence[object], ids: Collection[str] | None = None
) -> list[AnswerValue]:
    """The values that are ``usable``, in their order, checked many at a time.

    Values of the plain classes stored answers have (int and float, str, tuple, dict)
    are checked in one comprehension per question type, by tests that imply
    ``usable``'s; only when one of them fails is every value checked again with
    ``usable`` itself, so the result is always the same.
    """
    try:
        fast = _plainly_usable(question, values, ids)
    except TypeError:  # e.g. an unhashable option: usable() says what it says
        fast = None
    if fast is not None and len(fast) == len(values):
        return fast
    return [v for v in values if usable(question, v, ids)]  # type: ignore[misc]  # usable() checked it


def usable_by_partner(
    question: Question, values_of: Mapping[str, Sequence[object]], ids: Collection[str]
) -> Mapping[str, Sequence[AnswerValue]]:
    """``usable_values`` of each partner's values; when all of them pass the plain
    tests (checked in one go) that is the values as they are."""
    every = list(chain.from_iterable(values_of.values()))
    try:
        plain = _all_plainly_usable(question, every, frozenset(ids))
    except (TypeError, ValueError, OverflowError):  # usable_values says what usable() says
        plain = False
    if plain:
        return values_of  # type: ignore[return-value]  # each value checked above
    return {pid: usable_values(question, values, ids) for pid, values in values_of.items()}


def _all_plainly_usable(question: Question, every: list[Any], known: frozenset[str]) -> bool:
    """Whether every value is of a plain class and passes ``usable``, checked with
    whole-list operations that run in C (a value they cannot vouch for, e.g. a NaN or a
    huge number, makes it False: then each value is checked on its own)."""
    if not every:
        return True
    t = question.type
    kinds = {type(v) for v in every}  # (a set comprehension: quicker here than map(type))
    if t is _LIKERT:  # whole numbers: no NaN, so min and max say it all
        return kinds == {int} and question.scale_lo <= min(every) <= max(every) <= question.scale_hi
    if t is _NUMBER:  # a finite sum: no NaN, infinity or huge int among them
        return kinds <= {int, float} and math.isfinite(sum(map(float, every)))
    if t is _TEXT:
        return kinds == {str} and all(map(str.strip, every))
    if t is _SINGLE:
        return kinds == {str} and known.issuperset(every)
    if t is _MULTI:
        return kinds == {tuple} and all(every) and known.issuperset(chain.from_iterable(every))
    if t is _RANKING:
        return (
            kinds == {tuple}
            and set(map(len, every)) == {len(known)}
            # each distinct ranking once (participants often rank alike)
            and all(map(known.__eq__, map(frozenset, set(every))))
        )
    if t is _ALLOCATION:
        if kinds != {dict} or not known.issuperset(chain.from_iterable(every)):
            return False
        points = list(chain.from_iterable(map(dict.values, every)))
        return (
            _REALS.issuperset({type(p) for p in points})
            and math.isfinite(sum(points))
            and min(points, default=0) >= 0
            # points real, finite and none below 0: a sum above 0 is a point above 0
            and all(map(any, map(dict.values, every)))
        )
    return False


def _plainly_usable(
    question: Question, values: Sequence[Any], ids: Collection[str] | None
) -> list[Any] | None:
    """The values of ``usable_values`` passing its plain tests (a subset of the usable
    ones); None for a question type without them."""
    t = question.type
    if t is _LIKERT:
        lo, hi = question.scale_lo, question.scale_hi
        return [v for v in values if (v.__class__ is int or v.__class__ is float) and lo <= v <= hi]
    if t is _NUMBER:
        isfinite = math.isfinite
        return [v for v in values if (v.__class__ is int or v.__class__ is float) and isfinite(v)]
    if t is _TEXT:
        return [v for v in values if v.__class__ is str and v.strip()]
    known = frozenset(question.option_ids() if ids is None else ids)
    if t is _SINGLE:
        return [v for v in values if v.__class__ is str and v in known]
    if t is _MULTI:
        return [v for v in values if v.__class__ is tuple and v and known.issuperset(v)]
    if t is _RANKING:
        n = len(known if ids is None else ids)  # usable compares with len(ids)
        return [v for v in values if v.__class__ is tuple and len(v) == n and set(v) == known]
    if t is _ALLOCATION:
        # numbers only, a positive sum (so no NaN among them), none below 0
        return [
            v
            for v in values
            if v.__class__ is dict
            and known.issuperset(v)
            and _REALS.issuperset(map(type, v.values()))
            and sum(v.values()) > 0
            and min(v.values()) >= 0
        ]
    return None
