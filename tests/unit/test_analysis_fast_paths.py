"""The analysis's whole-list checks of answers leave out exactly what ``usable`` leaves
out: an odd value in a file edited by hand (a NaN, a bool, a list, an unknown option)
changes a partner's position no more than it did when each value was checked alone."""

from __future__ import annotations

import pytest

from tests.unit.analysis_builders import ALL_TYPES
from workshop_app.analysis.usable import usable, usable_by_partner, usable_values
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import Question


class _Text(str):
    """A str subclass: not a plain value, still usable where a str is."""


_PLAIN: dict[QuestionType, list[object]] = {
    QuestionType.LIKERT: [1, 3, 5, 2],
    QuestionType.NUMBER: [0, 12.5, -3, 1e12],
    QuestionType.TEXT: ["fine", "a worry"],
    QuestionType.SINGLE_CHOICE: ["a", "c"],
    QuestionType.MULTI_CHOICE: [("a",), ("b", "d")],
    QuestionType.RANKING: [("a", "b", "c", "d"), ("d", "c", "b", "a")],
    QuestionType.ALLOCATION: [{"a": 50.0, "b": 50.0}, {"c": 100}],
}
_ODD: dict[QuestionType, list[object]] = {
    QuestionType.LIKERT: [True, 0, 6, float("nan"), 2.5, "3", None],
    QuestionType.NUMBER: [float("inf"), float("nan"), False, "7", -float("inf")],
    QuestionType.TEXT: ["  ", _Text("subclass"), 3, ""],
    QuestionType.SINGLE_CHOICE: [_Text("a"), "z", 3, ("a",)],
    QuestionType.MULTI_CHOICE: [(), ["a"], ("z",), "a", ("a", "a")],
    QuestionType.RANKING: [("a", "b"), ["a", "b", "c", "d"], ("a", "a", "b", "c")],
    QuestionType.ALLOCATION: [
        {},
        {"a": 0.0},
        {"z": 3.0},
        {"a": -1.0, "b": 2.0},
        {"a": float("nan")},
        {"a": True},
        {"a": "5"},
    ],
}


def _one_by_one(question: Question, values: list[object]) -> list[object]:
    ids = frozenset(question.option_ids())
    return [v for v in values if usable(question, v, ids)]


@pytest.mark.parametrize("question", ALL_TYPES, ids=lambda q: q.type.value)
def test_plain_answers_are_all_kept(question: Question) -> None:
    values = _PLAIN[question.type]
    ids = frozenset(question.option_ids())
    assert _one_by_one(question, values) == values
    assert usable_values(question, values, ids) == values
    assert usable_by_partner(question, {"p": values, "q": []}, ids) == {"p": values, "q": []}


@pytest.mark.parametrize("question", ALL_TYPES, ids=lambda q: q.type.value)
@pytest.mark.parametrize("where", range(3))
def test_an_odd_answer_is_left_out_as_before(question: Question, where: int) -> None:
    plain = _PLAIN[question.type]
    ids = frozenset(question.option_ids())
    for odd in _ODD[question.type]:
        values = [*plain[:where], odd, *plain[where:]]
        expected = _one_by_one(question, values)
        assert usable_values(question, values, ids) == expected
        by_partner = usable_by_partner(question, {"p": values, "q": list(plain)}, ids)
        assert by_partner == {"p": expected, "q": plain}
