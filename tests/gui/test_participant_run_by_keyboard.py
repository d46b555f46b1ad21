"""A whole participant run through the default questionnaire by keyboard alone: every
question type, each stored answer compared with the one intended."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.keyboard import focused, open_window, press, stored, type_text
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.model import Participant, Partner
from workshop_app.domain.questionnaire import Question
from workshop_app.domain.scope import asked_questions
from workshop_app.exchange.templates import default_template
from workshop_app.storage.store import create_workshop, new_workshop
from workshop_app.ui.pages.questionnaire import QuestionnairePage
from workshop_app.ui.widgets.answer_editors import PointsBox

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def path(tmp_path: Path) -> Path:
    from dataclasses import replace

    w = new_workshop("Keyboard run", default_template(), blind_mode=True)
    w = replace(
        w,
        partners=(
            Partner("pa", "Nordwerk AG", "Nordwerk", "#1F5FAD", position=0),
            Partner("pb", "Hanbit Battery", "Hanbit", "#D1495B", position=1),
        ),
        participants=(
            Participant("u1", "pa", "Juergen Weiss"),
            Participant("u2", "pb", "Mina Park"),
        ),
    )
    p = tmp_path / "run.workshop"
    create_workshop(p, w).close(backup=False)
    return p


def _digit(n: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0 + n)


def _answer(qtbot, page: QuestionnairePage, q: Question, i: int) -> tuple[Any, str]:
    """Answer the shown question by keys as a person would; the value meant, and comment."""
    t = q.type
    comment = ""
    if t is QuestionType.LIKERT:
        n = i % 5 + 1
        press(qtbot, _digit(n))
        return n, comment
    if t is QuestionType.SINGLE_CHOICE:
        n = i % len(q.options) + 1
        press(qtbot, _digit(n))
        return q.options[n - 1].id, comment
    if t is QuestionType.MULTI_CHOICE:
        press(qtbot, _digit(3))
        press(qtbot, _digit(1))
        press(qtbot, _digit(3))  # changed my mind
        press(qtbot, _digit(2))
        press(qtbot, Qt.Key.Key_Return)
        return (q.options[0].id, q.options[1].id), comment
    if t is QuestionType.RANKING:
        assert focused() is page.ranking_list
        order = [o.id for o in q.options]
        if i % 2:
            press(qtbot, Qt.Key.Key_Down)  # the second item ...
            press(qtbot, Qt.Key.Key_Up, CTRL)  # ... to the top
            order[0], order[1] = order[1], order[0]
        press(qtbot, Qt.Key.Key_Return)  # the order shown is the order meant
        return tuple(order), comment
    if t is QuestionType.ALLOCATION:
        assert isinstance(focused(), PointsBox)
        points = {q.options[0].id: 45.0, q.options[1].id: 30.0, q.options[2].id: 25.0}
        type_text(qtbot, "45")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "30")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "25")
        press(qtbot, Qt.Key.Key_Return)
        return points, comment
    if t is QuestionType.NUMBER:
        assert focused() is page.number_edit
        type_text(qtbot, "12")
        press(qtbot, Qt.Key.Key_Return)
        return 12.0, comment
    assert t is QuestionType.TEXT
    assert focused() is page.text_edit
    type_text(qtbot, f"More tempo on {q.id}")
    comment = f"said by the engineers, {q.id}"
    press(qtbot, Qt.Key.Key_C, ALT)  # the comment box
    type_text(qtbot, comment)
    press(qtbot, Qt.Key.Key_Return)  # saves both and goes on
    return f"More tempo on {q.id}", comment


def test_a_whole_run_by_keyboard_stores_exactly_the_answers_meant(qtbot, path: Path) -> None:
    window = open_window(qtbot, path)
    press(qtbot, Qt.Key.Key_2, CTRL)  # the questionnaire page
    page = window.page("questionnaire")
    assert isinstance(page, QuestionnairePage)
    assert page.current_participant().id == "u1"
    w = window.session.workshop()
    questions = asked_questions(w.details, w.questionnaire, w.participant("u1"))
    assert {q.type for q in questions} == set(QuestionType)  # every type is walked
    meant: dict[str, tuple[Any, str]] = {}
    for i, q in enumerate(questions):
        assert page.current_question().id == q.id, i
        meant[q.id] = _answer(qtbot, page, q, i)
        assert page.current_participant().id == "u1"
        assert page.answer_error.isHidden(), (q.id, page.answer_error.text())
    press(qtbot, Qt.Key.Key_D, ALT)  # I'm done (a mnemonic clicks after a short flash)
    qtbot.waitUntil(lambda: stored(path).participant("u1").done)
    w = stored(path)
    answers = {a.question_id: a for a in w.answers if a.participant_id == "u1"}
    assert set(answers) == {q.id for q in questions}
    for q in questions:
        value, comment = meant[q.id]
        assert answers[q.id].value == value, q.id
        assert answers[q.id].comment == comment, q.id
    assert all(a.participant_id == "u1" for a in w.answers)
    assert window.save_label.text() == "All changes saved"

    # The hand-over screen: Enter starts the next participant at the first question.
    assert page.handing_over()
    press(qtbot, Qt.Key.Key_Return)
    assert page.current_participant().id == "u2"
    assert page.current_question().id == questions[0].id
    first = questions[0]
    press(qtbot, Qt.Key.Key_2)  # the second point or option of the first question
    expected = first.scale_lo + 1 if first.type is QuestionType.LIKERT else first.options[1].id
    w = stored(path)
    assert [a.value for a in w.answers if a.participant_id == "u2"] == [expected]
