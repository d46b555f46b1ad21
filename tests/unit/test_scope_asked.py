"""Which questions each participant is asked, worked out once per function
(``asked_ids_of_each``, what ``info`` counts completion with), is what ``is_asked``
says question by question."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from workshop_app.domain.enums import Function
from workshop_app.domain.model import Workshop
from workshop_app.domain.people import Participant
from workshop_app.domain.scope import asked_ids_of_each, is_asked

_functions = st.none() | st.sampled_from(list(Function))


def _one_by_one(questions: list, participants: list[Participant]) -> dict[str, frozenset[str]]:
    return {p.id: frozenset(q.id for q in questions if is_asked(q, p)) for p in participants}


def test_the_demo_s_participants(small_demo: Workshop) -> None:
    questions = list(small_demo.questionnaire.questions())
    assert any(q.functions for q in questions)
    assert len({p.function for p in small_demo.participants}) > 2
    found = asked_ids_of_each(questions, small_demo.participants)
    assert found == _one_by_one(questions, list(small_demo.participants))


@given(
    st.lists(st.lists(st.sampled_from(list(Function)), max_size=3), min_size=1, max_size=8),
    st.lists(_functions, max_size=8),
)
def test_any_tags_and_functions(
    small_demo: Workshop, tags: list[list[Function]], functions: list[Function | None]
) -> None:
    template = next(iter(small_demo.questionnaire.questions()))
    questions = [
        dataclasses.replace(template, id=f"Q{n}", functions=tuple(t)) for n, t in enumerate(tags)
    ]
    people = [
        Participant(id=f"p{n}", partner_id="x", name=f"P{n}", function=f)
        for n, f in enumerate(functions)
    ]
    assert asked_ids_of_each(iter(questions), people) == _one_by_one(questions, people)
