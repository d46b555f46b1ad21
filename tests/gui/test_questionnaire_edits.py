"""Editing a workshop's questionnaire through the session: one undo step, honest answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.questionnaire import Option
from workshop_app.domain.questionnaire_edit import (
    check_question,
    duplicate_question,
    move_question,
    move_to_element,
    remove_question,
    replace_question,
    template_data,
)
from workshop_app.session import WorkshopSession
from workshop_app.storage.store import open_workshop


def _stored(path: Path):
    store = open_workshop(path, read_only=True)
    try:
        return store.questionnaire()
    finally:
        store.close(backup=False)


def _answered(session: WorkshopSession) -> set[str]:
    return {a.question_id for a in session.workshop().answers}


def _answered_choice(session: WorkshopSession):
    q = session.workshop().questionnaire
    return next(x for x in q.questions() if x.options and x.id in _answered(session))


def test_a_wording_edit_is_saved_recorded_and_undone_in_one_step(
    session: WorkshopSession, demo_path: Path
) -> None:
    q = session.workshop().questionnaire
    x = _answered_choice(session)
    new = replace(
        x,
        text="Reworded: " + x.text,
        options=(replace(x.options[0], label="Relabelled"), *x.options[1:]),
    )
    edited = replace_question(
        q, x.id, new, q.element_of(x.id), _answered(session), date(2026, 11, 29)
    )
    assert session.set_questionnaire(edited, text="Edit question")
    stored = _stored(demo_path)
    assert stored.question(x.id).text == "Reworded: " + x.text
    assert [(r.field, r.was, r.date) for r in stored.revisions_of(x.id)] == [
        ("text", x.text, "2026-11-29"),
        (f"options.{x.options[0].id}", x.options[0].label, "2026-11-29"),
    ]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _stored(demo_path) == q
    assert session.workshop().questionnaire == q
    session.undo_stack.redo()
    assert _stored(demo_path).question(x.id).text.startswith("Reworded: ")


def test_changing_the_meaning_of_an_answered_question_is_refused(
    session: WorkshopSession,
) -> None:
    q = session.workshop().questionnaire
    x = _answered_choice(session)
    answered = _answered(session)
    element = q.element_of(x.id)
    for changed in (
        replace(x, type=QuestionType.TEXT, options=()),
        replace(x, options=(*x.options, Option("new_one", "A new option"))),
    ):
        with pytest.raises(ValidationError, match="Duplicate it as a new question"):
            replace_question(q, x.id, changed, element, answered)
    likert = next(y for y in q.questions() if y.type is QuestionType.LIKERT and y.id in answered)
    with pytest.raises(ValidationError, match=r"its scale would change from 1\.\.5 to 1\.\.7"):
        replace_question(q, likert.id, replace(likert, scale_hi=7), element, answered)
    with pytest.raises(ValidationError, match="switch it off instead"):
        remove_question(q, x.id, answered)


def test_the_file_refuses_a_questionnaire_its_answers_do_not_fit(
    session: WorkshopSession, demo_path: Path
) -> None:
    q = session.workshop().questionnaire
    x = _answered_choice(session)
    # Past the editor's check: the store still refuses, and nothing changes.
    broken = replace(
        q,
        sections=tuple(
            replace(s, questions=tuple(y for y in s.questions if y.id != x.id)) for s in q.sections
        ),
    )
    assert not session.set_questionnaire(broken, text="Remove")
    assert f"Question {x.id} has answers" in session.last_error
    assert _stored(demo_path) == q
    assert session.undo_stack.count() == 0
    assert session.workshop().questionnaire == q


def test_duplicate_move_and_move_between_elements(session: WorkshopSession) -> None:
    q = session.workshop().questionnaire
    x = _answered_choice(session)
    copy, new_id = duplicate_question(q, x.id)
    ids = [y.id for y in copy.questions()]
    assert ids[ids.index(x.id) + 1] == new_id
    assert replace(copy.question(new_id), id=x.id) == x
    down = move_question(copy, new_id, -1)
    ids = [y.id for y in down.questions()]
    assert ids.index(new_id) == ids.index(x.id) - 1
    moved = move_to_element(copy, new_id, Element.EXIT)
    assert moved.element_of(new_id) is Element.EXIT
    assert [y.id for y in moved.section(Element.EXIT).questions][-1] == new_id
    # The duplicate has no answers: its meaning may change.
    changed = replace_question(
        moved,
        new_id,
        replace(moved.question(new_id), type=QuestionType.TEXT, options=()),
        Element.EXIT,
        _answered(session),
    )
    assert changed.question(new_id).type is QuestionType.TEXT
    assert session.set_questionnaire(changed, text="Duplicate")


def test_check_question_reports_format_and_writing_rule_problems_by_field(
    session: WorkshopSession,
) -> None:
    q = session.workshop().questionnaire
    x = next(y for y in q.questions() if y.type is QuestionType.NUMBER)
    data = next(d for s in template_data(q)["sections"] for d in s["questions"] if d["id"] == x.id)
    element = q.element_of(x.id)
    loaded, problems = check_question(q, x.id, dict(data, tolerance=-1), element)
    assert loaded is None and "positive number" in problems["tolerance"]
    no_tol = {k: v for k, v in data.items() if k != "tolerance"}
    loaded, problems = check_question(q, x.id, no_tol, element)
    assert loaded is not None and "needs a tolerance" in problems["tolerance"]
    loaded, problems = check_question(q, x.id, data, element)
    assert loaded == x and problems == {}
