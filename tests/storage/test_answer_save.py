"""Saving one answer (each key press does): refused with the same clear messages whether
the participant, the question or the value is wrong, nothing stored on a refusal, and
written as the general row mapping writes it."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from workshop_app.domain import model
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.storage import codec
from workshop_app.storage.store import WorkshopStore


def _scored(store: WorkshopStore) -> model.Question:
    return next(q for q in store.questionnaire().questions() if q.scored)


@pytest.fixture(params=["foreign keys on", "foreign keys off"])
def store(demo_store: WorkshopStore, request: pytest.FixtureRequest) -> WorkshopStore:
    """The demo file, and (to be sure the check does not hang on the file's setting)
    the same with the connection's foreign keys switched off before the first save."""
    if request.param == "foreign keys off":
        demo_store._conn.execute("PRAGMA foreign_keys = OFF")
    return demo_store


def test_an_answer_of_an_unknown_participant_is_refused_and_nothing_is_stored(
    store: WorkshopStore,
) -> None:
    before = store.load()
    known = dataclasses.replace(before.answers[0], comment="kept only with the group")
    valid = dataclasses.replace(before.answers[1], participant_id="nobody")  # but for who
    with pytest.raises(ValidationError) as info:
        store.put(known, valid)
    assert str(info.value) == (
        f"Answer to {valid.question_id}: participant nobody is not in this workshop."
    )
    assert store.load() == before
    assert store.integrity_check() == []


def test_an_unknown_participant_is_named_before_an_unknown_question_or_value(
    store: WorkshopStore,
) -> None:
    question = _scored(store)
    for answer in (model.Answer("nobody", "Z99", 3), model.Answer("nobody", question.id, 99)):
        with pytest.raises(ValidationError) as info:
            store.put(answer)
        assert str(info.value) == (
            f"Answer to {answer.question_id}: participant nobody is not in this workshop."
        )


def test_an_unknown_question_or_a_wrong_value_is_refused_naming_the_participant(
    store: WorkshopStore,
) -> None:
    before = store.load()
    person = before.participants[0]
    q = before.questionnaire
    with pytest.raises(ValidationError) as info:
        store.put(model.Answer(person.id, "Z99", 3))
    assert (
        str(info.value)
        == f"Question 'Z99' is not in questionnaire {q.template_id} version {q.version}."
    )
    likert = next(x for x in q.questions() if x.type is QuestionType.LIKERT)
    with pytest.raises(ValidationError) as info:
        store.put(model.Answer(person.id, likert.id, 99))
    assert str(info.value).startswith(f"Answer of {person.name} to question {likert.id}: 99 ")
    with pytest.raises(ValidationError, match=f"^Answer of {person.name} to question"):
        store.put(model.Answer(person.id, likert.id, 3, "bell\x07"))
    assert store.load() == before


def test_the_cells_of_an_answer_are_the_row_the_general_mapping_writes(
    demo_store: WorkshopStore,
) -> None:
    w = demo_store.load()
    kinds = {w.questionnaire.question(a.question_id).type: a for a in w.answers if a.value}
    person, question = w.participants[0].id, _scored(demo_store).id
    zone = timezone(timedelta(hours=5, minutes=30), "IST")
    answers = [
        *kinds.values(),
        model.Answer(person, question, None, 'ünïcode ✓ "quoted"', dont_know=True),
        model.Answer(person, question, None, answered_at=datetime(2026, 1, 2, 3, 4, 5, 6, zone)),
        model.Answer(person, question, 4, answered_at=datetime(2026, 1, 2, 3, 4, 5)),
        model.Answer(person, question, True),  # not an int: written as JSON true
        model.Answer(person, question, 2.5),
        model.Answer(person, question, ("ä", "b")),
        model.Answer(person, question, {"ä": 1.5, "b": 2}),
        model.Answer(person, question, "text ✓"),
        model.Answer(person, question, 1, dont_know=0),  # type: ignore[arg-type]  # odd type
    ]
    assert len(kinds) == len(QuestionType)
    for answer in answers:
        row = codec.to_row(answer)
        assert codec.answer_columns() == tuple(row)
        cells = codec.answer_cells(answer)
        assert cells == tuple(row.values())
        assert [type(c) for c in cells] == [type(v) for v in row.values()]
        assert codec.answer_from_cells(cells) == codec.from_row(model.Answer, row)
