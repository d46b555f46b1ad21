"""The questionnaire page, driven by the keyboard as a participant would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.model import Participant, Partner, Workshop, WorkshopDetails
from workshop_app.domain.questionnaire import Option, Question, Questionnaire, Section
from workshop_app.storage.store import create_workshop, open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.pages.questionnaire import QuestionnairePage

LIKERT_COUNT = 45
ANCHORS = ((1, "Gar nicht / 完全不"), (3, "Teilweise"), (5, "Völlig / 완전히"))


def _questionnaire() -> Questionnaire:
    likert = tuple(
        Question(
            f"L{i:02d}", QuestionType.LIKERT, f"Frage {i}: wie klar ist Ziel {i}?", anchors=ANCHORS
        )
        for i in range(1, LIKERT_COUNT + 1)
    )
    opts = (Option("a", "Plattform"), Option("b", "电池"), Option("c", "소프트웨어"))
    mixed = (
        Question("S1", QuestionType.SINGLE_CHOICE, "Main objective?", options=opts),
        Question("M1", QuestionType.MULTI_CHOICE, "Which apply?", options=opts),
        Question("R1", QuestionType.RANKING, "Rank these.", options=opts),
        Question("A1", QuestionType.ALLOCATION, "Split 100 points.", options=opts[:2]),
        Question(
            "N1", QuestionType.NUMBER, "How many engineers?", unit="FTE", min_value=0, max_value=500
        ),
        Question("T1", QuestionType.TEXT, "Anything else?"),
    )
    return Questionnaire(
        "test",
        "1",
        "Test questionnaire",
        sections=(
            Section(Element.GOALS, "Ziele", questions=likert),
            Section(Element.STRENGTHS, "Stärken", questions=mixed),
        ),
    )


def _workshop(blind: bool = True) -> Workshop:
    return Workshop(
        details=WorkshopDetails(id="w1", title="Tastatur-Test", blind_mode=blind),
        questionnaire=_questionnaire(),
        partners=(
            Partner("pa", "Nordwerk AG", "Nordwerk", "#1F5FAD", position=0),
            Partner("pb", "한빛배터리", "한빛", "#D1495B", position=1),
        ),
        participants=(
            Participant("u1", "pa", "Jürgen Weiß"),
            Participant("u2", "pb", "王芳"),
            Participant("u3", "pb", "김민준"),
        ),
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "keys.workshop"
    create_workshop(p, _workshop()).close(backup=False)
    return p


@pytest.fixture
def window(qtbot, path: Path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    assert w.open_path(path)
    return w


def _page(window: MainWindow) -> QuestionnairePage:
    page = window.page("questionnaire")
    assert isinstance(page, QuestionnairePage)
    return page


def _answers(path: Path) -> dict[tuple[str, str], object]:
    store = open_workshop(path, read_only=True)
    try:
        return {(a.participant_id, a.question_id): a for a in store.load().answers}
    finally:
        store.close(backup=False)


def _key(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def test_whole_likert_questionnaire_by_keyboard_one_key_per_question(
    qtbot, window: MainWindow, path: Path
) -> None:
    _key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # go to the questionnaire
    page = _page(window)
    assert window.page_stack.currentWidget() is page
    assert page.current_participant().name == "Jürgen Weiß"
    presses = 0
    for i in range(LIKERT_COUNT):
        assert page.current_question().id == f"L{i + 1:02d}"
        _key(qtbot, Qt.Key(Qt.Key.Key_1 + i % 5))
        presses += 1
    assert presses == LIKERT_COUNT
    assert page.current_question().id == "S1"  # went on after the last Likert answer
    stored = _answers(path)
    for i in range(LIKERT_COUNT):
        assert stored[("u1", f"L{i + 1:02d}")].value == i % 5 + 1
    assert page.participant_progress.value() == LIKERT_COUNT
    assert page.participant_progress.maximum() == LIKERT_COUNT + 6


def test_arrows_enter_skip_and_comment(qtbot, window: MainWindow, path: Path) -> None:
    window.show_page(1)
    page = _page(window)
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, Qt.Key.Key_Return)
    assert page.current_question().id == "L03"
    _key(qtbot, Qt.Key.Key_Left)
    assert page.current_question().id == "L02"
    _key(qtbot, Qt.Key.Key_9)  # outside the 1-5 scale: nothing happens
    assert page.current_question().id == "L02"
    assert ("u1", "L02") not in _answers(path)
    page.comment_edit.setFocus()
    # QTest types Latin-1 only; the rest of the comment is inserted as an input method would.
    page.comment_edit.insert("Zu früh – 太早")
    _key(qtbot, Qt.Key.Key_4)  # typed into the comment box, not an answer
    assert page.comment_edit.text() == "Zu früh – 太早4"
    _key(qtbot, Qt.Key.Key_Backspace)
    _key(qtbot, Qt.Key.Key_Return)  # saves the comment and goes on
    assert page.current_question().id == "L03"
    stored = _answers(path)
    assert stored[("u1", "L02")].comment == "Zu früh – 太早"
    assert stored[("u1", "L02")].value is None
    page.skip_button.click()
    assert _answers(path)[("u1", "L03")].value is None
    assert page.current_question().id == "L04"
    assert page.status_label.text() == "Not answered yet"
    _key(qtbot, Qt.Key.Key_Left)
    assert page.current_question().id == "L03", QApplication.focusWidget()
    assert page.status_label.text() == "Skipped"


def test_each_question_type(qtbot, window: MainWindow, path: Path) -> None:
    window.show_page(1)
    page = _page(window)
    page.go_to(LIKERT_COUNT)  # S1
    _key(qtbot, Qt.Key.Key_2)
    assert _answers(path)[("u1", "S1")].value == "b"
    # multi choice: digits toggle, Enter goes on
    assert page.current_question().id == "M1"
    _key(qtbot, Qt.Key.Key_1)
    _key(qtbot, Qt.Key.Key_3)
    assert _answers(path)[("u1", "M1")].value == ("a", "c")
    _key(qtbot, Qt.Key.Key_Return)
    # ranking by keys
    assert page.current_question().id == "R1"
    assert QApplication.focusWidget() is page.ranking_list
    _key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # a moves to second
    assert _answers(path)[("u1", "R1")].value == ("b", "a", "c")
    _key(qtbot, Qt.Key.Key_Return)
    # allocation: the total must be reached before it can be saved
    assert page.current_question().id == "A1"
    first, second = (spin for _, spin in page.allocation_spins)
    first.setValue(60)
    assert not page.allocation_save.isEnabled()
    assert "40 left" in page.allocation_total.text()
    _key(qtbot, Qt.Key.Key_Return)
    assert page.current_question().id == "A1"  # refused: points missing
    assert "add up to 100" in page.answer_error.text()
    second.setValue(40)
    assert page.allocation_save.isEnabled()
    _key(qtbot, Qt.Key.Key_Return)
    assert _answers(path)[("u1", "A1")].value == {"a": 60.0, "b": 40.0}
    # number: validated with the message beside it
    assert page.current_question().id == "N1"
    qtbot.keyClicks(page.number_edit, "900")
    _key(qtbot, Qt.Key.Key_Return)
    assert page.current_question().id == "N1"
    assert "above the maximum 500" in page.answer_error.text()
    page.number_edit.clear()
    qtbot.keyClicks(page.number_edit, "120")
    _key(qtbot, Qt.Key.Key_Return)
    assert _answers(path)[("u1", "N1")].value == 120.0
    # text: saved when going on
    assert page.current_question().id == "T1"
    qtbot.keyClicks(page.text_edit, "Mehr Tempo, ")
    page.text_edit.insertPlainText("더 빨리")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    qtbot.keyClicks(page.text_edit, "Danke")
    _key(qtbot, Qt.Key.Key_Return)  # saves and goes on (the last question: stays)
    assert _answers(path)[("u1", "T1")].value == "Mehr Tempo, 더 빨리\nDanke"
    assert "last question" in page.status_label.text()


def test_blind_mode_shows_only_the_chosen_participants_answers(
    qtbot, window: MainWindow, path: Path
) -> None:
    window.show_page(1)
    page = _page(window)
    _key(qtbot, Qt.Key.Key_5)
    assert "Blind mode" in page.blind_label.text()
    page.set_participant("u2")
    assert page.current_participant().name == "王芳"
    page.go_to(0)
    assert page.choice_group.checkedButton() is None  # Jürgen's 5 is not shown
    assert page.partner_progress_label.text() == "한빛:"
    page.set_participant("u1")
    page.go_to(0)
    assert page.choice_group.checkedId() == 5


def test_done_progress_and_undo(qtbot, window: MainWindow, path: Path) -> None:
    window.show_page(1)
    page = _page(window)
    page.set_participant("u2")
    page.go_to(0)
    page.setFocus()
    page.choice_group.button(1).setFocus()
    _key(qtbot, Qt.Key.Key_3)
    assert page.partner_progress.value() == 1
    assert page.partner_progress.maximum() == 2 * (LIKERT_COUNT + 6)
    page.done_button.click()
    store = open_workshop(path, read_only=True)
    assert store.load().participant("u2").done
    store.close(backup=False)
    window.actions.undo.trigger()  # not done again
    window.actions.undo.trigger()  # the answer is gone
    assert ("u2", "L01") not in _answers(path)
    window.actions.redo.trigger()
    assert _answers(path)[("u2", "L01")].value == 3
