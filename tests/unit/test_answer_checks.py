"""Opening a file checks all its answers at once (per question, with whole-list
operations); it must refuse exactly what the one-by-one check refuses, odd values of a
file edited by hand included, and name the same first problem."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.demo import build_demo
from workshop_app.domain import answer_checks, questionnaire
from workshop_app.domain.answer_checks import answers_pass, check_answers, values_pass
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Answer, Workshop
from workshop_app.domain.questionnaire import Option, Question, validate_value
from workshop_app.domain.text import MAX_TEXT


class _Text(str):
    """A str subclass: not of a plain class, still text to the one-by-one check."""


def _accepted(question: Question, value: object) -> bool:
    try:
        validate_value(question, value)  # type: ignore[arg-type]  # odd values on purpose
    except Exception:  # the opening check refuses on any exception
        return False
    return True


def _question(t: QuestionType, ids: tuple[str, ...] = ("a", "b", "c"), **kw: Any) -> Question:
    options = tuple(Option(i, i.upper()) for i in ids) if t.value not in _NO_OPTIONS else ()
    return Question("q", t, "Question?", options=options, **kw)


_NO_OPTIONS = {"likert", "number", "text"}
_NAN, _INF = float("nan"), float("inf")

# Values of each type that the one-by-one check refuses, or accepts though they are odd.
_ODD: dict[QuestionType, list[object]] = {
    QuestionType.LIKERT: [True, False, 0, 6, _NAN, _INF, 2.5, 3.0, "3", (3,), 10**400, -(2**60)],
    QuestionType.NUMBER: [_INF, -_INF, _NAN, False, "7", 10**400, -0.0, 2**70, (1,)],
    QuestionType.TEXT: ["  ", _Text("sub"), 3, "", "tab\tand\nline", "bell\x07", "\ud800", None],
    QuestionType.SINGLE_CHOICE: [_Text("a"), "z", 3, ("a",), "A", "", ["a"]],
    QuestionType.MULTI_CHOICE: [(), ["a"], ("z",), "a", ("a", "a"), ("c", "a"), (["a"],), (1,)],
    QuestionType.RANKING: [("a", "b"), ["a", "b", "c"], ("a", "a", "b"), ("c", "b", "a"), "abc"],
    QuestionType.ALLOCATION: [
        {},
        {"a": 0.0},
        {"a": 0, "b": 100},
        {"z": 100.0},
        {"a": -1.0, "b": 101.0},
        {"a": _NAN, "b": 100},
        {"a": True, "b": 99},
        {"a": "50", "b": 50},
        {"a": 10**400},
        {"a": 100.0000001},
        {"a": 100.00001},
        {"a": -0.0, "b": 100},
        [("a", 100)],
    ],
}
_PLAIN: dict[QuestionType, list[object]] = {
    QuestionType.LIKERT: [1, 3, 5, 2],
    QuestionType.NUMBER: [0, 12.5, -3, 1e12],
    QuestionType.TEXT: ["fine", "a worry"],
    QuestionType.SINGLE_CHOICE: ["a", "c"],
    QuestionType.MULTI_CHOICE: [("a",), ("a", "c")],
    QuestionType.RANKING: [("a", "b", "c"), ("c", "b", "a")],
    QuestionType.ALLOCATION: [
        {"a": 50.0, "b": 50.0},
        {"c": 100},
        {"a": 33.3, "b": 33.3, "c": 33.4},
    ],
}


@pytest.mark.parametrize("t", list(QuestionType), ids=lambda t: t.value)
def test_each_odd_value_among_plain_ones_gets_the_one_by_one_verdict(t: QuestionType) -> None:
    question = (
        _question(t, min_value=-5.0, max_value=1e13) if t is QuestionType.NUMBER else _question(t)
    )
    plain = _PLAIN[t]
    assert values_pass(question, plain)
    assert all(_accepted(question, v) for v in plain)
    for odd in _ODD[t]:
        values = [*plain, odd, *plain]
        assert values_pass(question, values) == _accepted(question, odd), odd


def test_text_longer_than_a_cell_is_refused_at_once() -> None:
    question = _question(QuestionType.TEXT)
    assert not values_pass(question, ["short", "x" * (MAX_TEXT + 1)])
    assert values_pass(question, ["short", "x" * MAX_TEXT])


def test_plain_values_are_checked_without_asking_each_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path is the one taken for a healthy file: validate_value is not called."""
    calls: list[object] = []

    def counting(question: Question, value: Any) -> Any:
        calls.append(value)
        return validate_value(question, value)

    w = build_demo("small")
    monkeypatch.setattr(answer_checks, "validate_value", counting)
    w.validate()
    assert len(w.answers) > 300
    assert calls == []
    assert questionnaire.validate_value is validate_value  # the rule itself is untouched


# --- any values: the verdict is the one-by-one check's --------------------------------

_tokens = st.sampled_from(["a", "b", "c", "d", "z", "A", ""]) | st.integers(-1, 2)
_numbers = (
    st.integers(-3, 8)
    | st.integers()
    | st.floats()
    | st.booleans()
    | st.sampled_from([_NAN, _INF, -0.0, 10**400, 2**53 + 1])
)
_seqs = st.lists(_tokens, max_size=5).flatmap(lambda xs: st.sampled_from([tuple(xs), xs]))
_splits = st.lists(st.integers(0, 100), min_size=2, max_size=3).map(
    lambda xs: {k: v for k, v in zip("abc", [*xs[:-1], 100 - sum(xs[:-1])], strict=False)}
)
_values = (
    _numbers
    | st.text(max_size=12)
    | _tokens
    | _seqs
    | st.permutations(["a", "b", "c"]).map(tuple)
    | _splits
    | st.dictionaries(_tokens, _numbers, max_size=3)
)


@st.composite
def _questions(draw: st.DrawFn) -> Question:
    t = draw(st.sampled_from(list(QuestionType)))
    ids = tuple(draw(st.lists(st.sampled_from("abcd"), min_size=1, max_size=4, unique=True)))
    kw: dict[str, Any] = {}
    if t is QuestionType.LIKERT:
        lo = draw(st.integers(-3, 3))
        kw = {"scale_lo": lo, "scale_hi": lo + draw(st.integers(1, 10))}
    elif t is QuestionType.NUMBER:
        kw = {
            "min_value": draw(st.none() | st.floats(-10, 10)),
            "max_value": draw(st.none() | st.floats(-10, 1e6)),
        }
    elif t is QuestionType.ALLOCATION:
        kw = {"total": draw(st.sampled_from([100.0, 10.0, 1.0]))}
    return _question(t, ids, **kw)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_questions(), st.lists(_values, max_size=6))
def test_any_values_get_the_one_by_one_verdict(question: Question, values: list[object]) -> None:
    expected = all(_accepted(question, v) for v in values)
    assert values_pass(question, values) == expected


# --- whole answers: participants, duplicates, questions, comments, "Don't know" --------


def _verdict(w: Workshop) -> str | None:
    """The one-by-one check's first message (None: it passes)."""
    people = {p.id: p for p in w.participants}
    try:
        check_answers(w.questionnaire, w.answers, people)
    except Exception as exc:
        return str(exc)
    return None


def _small() -> Workshop:
    w = build_demo("small")
    return dataclasses.replace(w, answers=tuple(w.answers[:300]))


def _broken(kind: str, w: Workshop) -> tuple[Answer, ...]:
    answers = list(w.answers)
    first = answers[10]
    q_text = next(q for q in w.questionnaire.questions() if q.type is QuestionType.TEXT)
    q_scored = w.questionnaire.question(first.question_id)
    change = {
        "unknown participant": dataclasses.replace(first, participant_id="nobody"),
        "unknown question": dataclasses.replace(first, question_id="no_such_question"),
        "bad comment": dataclasses.replace(first, comment="bell\x07"),
        "long comment": dataclasses.replace(first, comment="x" * (MAX_TEXT + 1)),
        "comment not text": dataclasses.replace(first, comment=7),
        "dont know with value": dataclasses.replace(first, dont_know=True),
        "dont know on text": Answer(first.participant_id, q_text.id, None, dont_know=True),
        "dont know alone": dataclasses.replace(first, value=None, dont_know=True),
        "skipped": dataclasses.replace(first, value=None),
        "bool value": dataclasses.replace(first, value=True),
        "unhashable id": dataclasses.replace(first, question_id=["x"]),
        "odd value": dataclasses.replace(first, value=_ODD[q_scored.type][0]),
    }
    if kind == "duplicate":
        return (*answers, answers[20])
    if kind == "two problems":
        return (*answers[:5], change["bad comment"], *answers[5:], change["unknown question"])
    answers[10] = change[kind]
    if kind == "dont know on text":
        answers = [
            a
            for a in answers
            if (a.participant_id, a.question_id) != (first.participant_id, q_text.id)
        ] + [change[kind]]
    return tuple(answers)


_KINDS = [
    "unknown participant",
    "unknown question",
    "bad comment",
    "long comment",
    "comment not text",
    "dont know with value",
    "dont know on text",
    "dont know alone",
    "skipped",
    "bool value",
    "unhashable id",
    "odd value",
    "duplicate",
    "two problems",
]


@pytest.mark.parametrize("kind", _KINDS)
def test_whole_answers_get_the_one_by_one_verdict_and_message(kind: str) -> None:
    w = _small()
    w = dataclasses.replace(w, answers=_broken(kind, w))
    expected = _verdict(w)
    people = {p.id: p for p in w.participants}
    assert answers_pass(w.questionnaire, w.answers, people) == (expected is None)
    if expected is None:
        w.validate()
    else:
        with pytest.raises(Exception) as caught:
            w.validate()
        assert str(caught.value) == expected


def test_a_refused_answer_is_named_as_before() -> None:
    w = _small()
    bad = dataclasses.replace(w.answers[10], comment="bell\x07")
    w = dataclasses.replace(w, answers=(*w.answers[:10], bad, *w.answers[11:]))
    name = w.participant(bad.participant_id).name
    with pytest.raises(ValidationError, match=f"Answer of {name} to question {bad.question_id}"):
        w.validate()
