"""The questionnaire page and "Don't know", asked questions and inactive answers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.gui.test_questionnaire import LIKERT_COUNT, _answers, _key, _page, _workshop
from workshop_app.domain.enums import Function, Phase
from workshop_app.domain.model import Answer
from workshop_app.domain.questionnaire import Section
from workshop_app.storage.store import create_workshop, open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.models import participants as pc


def _scoped_workshop():
    """L01 is asked only in the exit phase (inactive here); L02 only of legal people."""
    w = _workshop()
    goals, strengths = w.questionnaire.sections
    qs = list(goals.questions)
    qs[0] = replace(qs[0], phases=(Phase.EXIT,))
    qs[1] = replace(qs[1], functions=(Function.LEGAL,))
    questionnaire = replace(
        w.questionnaire,
        sections=(Section(goals.element, goals.title, questions=tuple(qs)), strengths),
    )
    people = (
        replace(w.participants[0], function=Function.ENGINEERING),
        replace(w.participants[1], function=Function.LEGAL),
        w.participants[2],
    )
    # Jürgen answered L01 before the workshop moved out of the exit phase
    answers = (Answer("u1", "L01", 4),)
    return replace(w, questionnaire=questionnaire, participants=people, answers=answers)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "v2.workshop"
    create_workshop(p, _scoped_workshop()).close(backup=False)
    return p


def test_key_0_and_the_button_answer_dont_know_apart_from_skip(
    qtbot, window: MainWindow, path: Path
) -> None:
    window.show_page(1)
    page = _page(window)
    assert "key 0" in page.dont_know_button.toolTip()
    first = page.current_question().id
    _key(qtbot, Qt.Key.Key_0)
    stored = _answers(path)[("u1", first)]
    assert stored.dont_know and stored.value is None
    assert page.current_question().id != first  # went on
    _key(qtbot, Qt.Key.Key_Left)
    assert page.status_label.text() == "Answered: don't know"
    _key(qtbot, Qt.Key.Key_3)  # a view after all replaces "Don't know"
    stored = _answers(path)[("u1", first)]
    assert (stored.value, stored.dont_know) == (3, False)
    # the number question: 0 types a digit into the field, the button says "Don't know"
    page.go_to(len(page._questions) - 2)
    assert page.current_question().id == "N1"
    qtbot.keyClicks(page.number_edit, "10")
    assert page.number_edit.text() == "10"
    qtbot.mouseClick(page.dont_know_button, Qt.MouseButton.LeftButton)
    stored = _answers(path)[("u1", "N1")]
    assert stored.dont_know and stored.value is None
    # a text question has no "Don't know"
    assert page.current_question().id == "T1"
    assert not page.dont_know_button.isEnabled()
    _key(qtbot, Qt.Key.Key_Escape)
    assert ("u1", "T1") not in _answers(path)


def test_a_comment_keeps_a_dont_know_answer(qtbot, window: MainWindow, path: Path) -> None:
    window.show_page(1)
    page = _page(window)
    qid = page.current_question().id
    _key(qtbot, Qt.Key.Key_0)
    _key(qtbot, Qt.Key.Key_Left)
    page.comment_edit.setFocus()
    qtbot.keyClicks(page.comment_edit, "Ask purchasing")
    _key(qtbot, Qt.Key.Key_Return)
    stored = _answers(path)[("u1", qid)]
    assert stored.dont_know and stored.comment == "Ask purchasing"


def test_participants_see_only_what_they_are_asked_and_progress_counts_that(
    qtbot, window: MainWindow, path: Path
) -> None:
    window.show_page(1)
    page = _page(window)
    # Jürgen (engineering): not L01 (exit phase only), not L02 (legal only)
    ids = [q.id for q in page._questions]
    assert ids[:2] == ["L03", "L04"] and "L01" not in ids and "L02" not in ids
    assert page.participant_progress.maximum() == LIKERT_COUNT - 2 + 6
    assert page.participant_progress.value() == 0  # his L01 answer is not counted
    assert "no longer asks (L01)" in page.inactive_label.text()
    assert page.inactive_label.isVisibleTo(page)
    # 王芳 (legal) is asked L02; 김민준 (no function given) is asked every active question
    page.set_participant("u2")
    assert [q.id for q in page._questions][:2] == ["L02", "L03"]
    assert not page.inactive_label.isVisibleTo(page)
    assert page.partner_progress.maximum() == 2 * (LIKERT_COUNT - 1 + 6)
    _key(qtbot, Qt.Key.Key_2)
    assert _answers(path)[("u2", "L02")].value == 2
    assert page.participant_progress.value() == 1


def test_answers_to_inactive_questions_are_kept_in_the_file(
    qtbot, window: MainWindow, path: Path
) -> None:
    window.show_page(1)
    _key(qtbot, Qt.Key.Key_5)
    assert _answers(path)[("u1", "L01")].value == 4  # never deleted
    with open_workshop(path, read_only=True) as store:
        assert store.load().participant("u1").function is Function.ENGINEERING


def test_participant_function_is_chosen_from_the_functions(
    qtbot, window: MainWindow, path: Path
) -> None:
    # Setup page: the function cell offers the functions, and the choice is stored
    window.show_page(0)
    page = window.page("setup")
    view = page.participants_view
    model = page.participants_model
    page.partner_combo.setCurrentIndex(page.partner_combo.findData("pb"))
    row = next(r for r in range(model.rowCount()) if model.participant(r).name == "김민준")
    index = model.index(row, pc.COL_FUNCTION)
    view.setFocus()
    view.setCurrentIndex(index)
    _key(qtbot, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.itemData(combo.findText("Finance")) == "finance"
    combo.setCurrentIndex(combo.findText("Finance"))
    _key(qtbot, Qt.Key.Key_Return)  # the view commits on the next event loop turn
    qtbot.waitUntil(lambda: page.session.workshop().participant("u3").function is Function.FINANCE)
    assert model.data(index) == "Finance"
    with open_workshop(path, read_only=True) as store:
        people = {p.name: p for p in store.load().participants}
    assert people["김민준"].function is Function.FINANCE
