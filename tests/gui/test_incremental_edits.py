"""Saving one answer looks at that answer only, however many the workshop holds.

The answers an edit reads are counted (every attribute read of an ``Answer``) on a
workshop and on one ten times as large: the counts must be the same. A pass over all
answers (re-indexing them, rebuilding the page or its progress counts) reads each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.model import (
    Answer,
    Participant,
    Partner,
    Workshop,
    WorkshopDetails,
)
from workshop_app.domain.questionnaire import Question, Questionnaire, Section
from workshop_app.session import WorkshopSession
from workshop_app.storage.store import create_workshop, open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.pages.questionnaire import QuestionnairePage

QUESTIONS = 30
ANCHORS = ((1, "Gar nicht"), (5, "Völlig"))


def _workshop(people_per_partner: int) -> Workshop:
    """Two partners; everybody but the first person has answered every question."""
    questions = tuple(
        Question(f"L{i:02d}", QuestionType.LIKERT, f"Frage {i}?", anchors=ANCHORS)
        for i in range(1, QUESTIONS + 1)
    )
    people = tuple(
        Participant(f"u{p}{n:03d}", f"p{p}", f"Person {p}-{n} Größe")
        for p in ("a", "b")
        for n in range(people_per_partner)
    )
    answers = tuple(
        Answer(person.id, q.id, 1 + (i + j) % 5)
        for i, person in enumerate(people[1:])
        for j, q in enumerate(questions)
    )
    return Workshop(
        details=WorkshopDetails(id="w", title="Zählen"),
        questionnaire=Questionnaire(
            "t", "1", "T", sections=(Section(Element.GOALS, "Ziele", questions=questions),)
        ),
        partners=(Partner("pa", "Nordwerk AG"), Partner("pb", "한빛배터리", colour="#D1495B")),
        participants=people,
        answers=answers,
    )


def _file(tmp_path: Path, people_per_partner: int) -> Path:
    path = tmp_path / f"count-{people_per_partner}.workshop"
    create_workshop(path, _workshop(people_per_partner)).close(backup=False)
    return path


@contextmanager
def _answers_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[int, Answer]]:
    """The answers (by identity) whose fields are read inside the block."""
    touched: dict[int, Answer] = {}  # holding each keeps its id from being reused
    plain = object.__getattribute__

    def counting(self: Answer, name: str) -> object:
        touched[id(self)] = self
        return plain(self, name)

    with monkeypatch.context() as m:
        m.setattr(Answer, "__getattribute__", counting)
        yield touched


def _session_edits(session: WorkshopSession) -> list[Callable[[], object]]:
    first = session.workshop().participants[1].id
    return [
        lambda: session.put(Answer(first, "L03", 5), text="change"),
        lambda: session.put(Answer("ua000", "L01", 2), text="new"),
        lambda: session.delete(session.workshop().answer(first, "L04"), text="remove"),
        session.undo_stack.undo,
        session.undo_stack.redo,
    ]


def _count_session(qtbot, monkeypatch, path: Path) -> tuple[list[int], Workshop]:
    store = open_workshop(path)
    session = WorkshopSession(store)
    try:
        session.workshop()  # loaded (and indexed) once, as when the file is opened
        counts = []
        for edit in _session_edits(session):
            with _answers_read(monkeypatch) as touched:
                edit()
            counts.append(len(touched))
        return counts, session.workshop()
    finally:
        store.close(backup=False)


def test_a_session_edit_reads_the_same_few_answers_in_a_ten_times_larger_workshop(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    small, small_after = _count_session(qtbot, monkeypatch, _file(tmp_path, 3))
    large, large_after = _count_session(qtbot, monkeypatch, _file(tmp_path, 30))
    assert len(large_after.answers) > 9 * len(small_after.answers)
    assert small == large
    assert max(large) <= 4  # the answer edited, its stored form and the one it replaced
    # ...and the session's answers are what the file holds after the edits.
    for path, after in ((tmp_path / "count-3.workshop", small_after),
                        (tmp_path / "count-30.workshop", large_after)):  # fmt: skip
        with open_workshop(path, read_only=True) as store:
            assert store.load().answers == tuple(after.answers)
        assert after.answer("ua000", "L01").value == 2
        assert after.answer(after.participants[1].id, "L04") is None


def _count_key_presses(qtbot, monkeypatch, path: Path) -> tuple[list[int], QuestionnairePage]:
    for earlier in QApplication.topLevelWidgets():
        if isinstance(earlier, MainWindow):
            earlier.close_workshop()
            earlier.hide()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_path(path)
    window.show_page(1)
    page = window.page("questionnaire")
    assert isinstance(page, QuestionnairePage)
    page.set_participant("ua000")
    page.go_to(0)
    page.setFocus()
    page.choice_group.button(1).setFocus()
    counts = []
    for key in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5):
        target = QApplication.focusWidget()
        assert target is not None, counts
        with _answers_read(monkeypatch) as touched:
            qtbot.keyClick(target, key)
        counts.append(len(touched))
    return counts, page


def test_a_key_press_on_the_questionnaire_reads_the_same_few_answers_at_ten_times_the_size(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    small, _ = _count_key_presses(qtbot, monkeypatch, _file(tmp_path, 3))
    path = _file(tmp_path, 30)
    large, page = _count_key_presses(qtbot, monkeypatch, path)
    assert small == large
    assert max(large) <= 4
    # What a person sees: three questions answered, counted in the progress bars.
    assert page.current_question().id == "L04"
    assert page.participant_progress.value() == 3
    assert page.partner_progress.value() == 29 * QUESTIONS + 3
    with open_workshop(path, read_only=True) as store:
        stored = store.load()
    assert [stored.answer("ua000", f"L0{i}").value for i in (1, 2, 3)] == [4, 2, 5]
