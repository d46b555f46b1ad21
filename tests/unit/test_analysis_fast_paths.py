"""The analysis's quick ways give the plain ways' results: its whole-list checks of
answers leave out exactly what ``usable`` leaves out (an odd value in a file edited by
hand, a NaN, a bool, a list, an unknown option, changes a partner's position no more
than it did when each value was checked alone), and positions counted per distinct
answer and distances taken in bulk are the numbers computed answer by answer and pair
by pair."""

from __future__ import annotations

import math
from itertools import combinations
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.analysis_builders import ALL_TYPES
from workshop_app.analysis.metrics import partner_position, position_distance, position_distances
from workshop_app.analysis.results import PartnerPosition
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


# --- positions and distances: the counted and cached ways give the plain ones' numbers ---


def _plain_position(question: Question, values: list[Any]) -> PartnerPosition:
    """A partner's position computed value by value, as the definitions in ``metrics``
    read (the shortcuts in ``partner_position`` must give exactly these numbers)."""
    t, n, ids = question.type, len(values), question.option_ids()
    value, distribution, consensus = None, {}, 1.0
    if t is QuestionType.LIKERT:
        xs = [float(v) for v in values]
        value = sum(xs) / n
        half = (question.scale_hi - question.scale_lo) / 2
        if n > 1:
            consensus = 1 - math.sqrt(sum([(x - value) ** 2 for x in xs]) / n) / half
    elif t is QuestionType.MULTI_CHOICE:
        distribution = {o: sum(o in v for v in values) / n for o in ids}
        if n > 1:
            sets = [frozenset(v) for v in values]
            same = sum(a == b for a, b in combinations(sets, 2))
            consensus = same / (n * (n - 1) // 2)
    elif t is QuestionType.RANKING:
        ranks = [[list(v).index(o) + 1 for v in values] for o in ids]
        distribution = {o: sum(r) / n for o, r in zip(ids, ranks, strict=True)}
        if n > 1:
            spread = sum(abs(a - b) for r in ranks for a, b in combinations(r, 2))
            consensus = 1 - spread / (len(ids) ** 2 // 2) / (n * (n - 1) // 2)
    return PartnerPosition(
        partner_id="p",
        respondents=n,
        value=value,
        distribution=distribution,
        consensus=min(1.0, max(0.0, round(consensus, 12))),
        single_voice=n == 1,
        spread=tuple(values),
    )


_OPTIONS = ("a", "b", "c", "d")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.integers(1, 5), st.sampled_from([1.5, 2.25, 4.75, 5.0])), min_size=1))
def test_a_likert_position_is_its_plain_mean_and_spread(values: list[float]) -> None:
    question = ALL_TYPES[0]
    assert partner_position(question, "p", values) == _plain_position(question, values)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_OPTIONS), min_size=1, max_size=4, unique=True).map(
            lambda v: tuple(v) if len(v) % 2 else v  # tuples and lists (usable takes both)
        ),
        min_size=1,
    )
)
def test_a_multiple_choice_position_counts_each_answer(values: list[Any]) -> None:
    question = next(q for q in ALL_TYPES if q.type is QuestionType.MULTI_CHOICE)
    assert partner_position(question, "p", values) == _plain_position(question, values)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.permutations(_OPTIONS).map(lambda v: tuple(v) if v[0] != "a" else list(v)),
        min_size=1,
    )
)
def test_a_ranking_position_counts_each_ranking(values: list[Any]) -> None:
    question = next(q for q in ALL_TYPES if q.type is QuestionType.RANKING)
    assert partner_position(question, "p", values) == _plain_position(question, values)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_distances_of_every_pair_are_each_pairs_own(data: st.DataObject) -> None:
    """``position_distances`` (shared pair keys, distances in bulk) gives each pair what
    ``position_distance`` gives it alone, with the pairs in partner order."""
    question = data.draw(st.sampled_from([q for q in ALL_TYPES if q.scored]))
    partners = data.draw(st.lists(st.sampled_from("ABCDEF"), min_size=0, max_size=6, unique=True))
    positions = {
        p: partner_position(
            question, p, data.draw(st.lists(st.sampled_from(_PLAIN[question.type]), min_size=1))
        )
        for p in partners
    }
    ids = question.option_ids()
    expected = {
        (a, b): position_distance(question, positions[a], positions[b], ids)
        for a, b in combinations(partners, 2)
    }
    assert list(position_distances(question, positions, ids).items()) == list(expected.items())
    shared = list(combinations(partners, 2))
    assert position_distances(question, positions, ids, shared) == expected
    in_order = position_distances(question, positions, ids, shared, in_option_order=True)
    assert in_order == expected
