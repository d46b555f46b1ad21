"""Each participant answers in their own language: chosen on the Setup page, shown on
the questionnaire page, stored as the same option ids whatever the language."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.gui.test_questionnaire import _answers, _key, _page, _workshop
from workshop_app.domain.model import Workshop
from workshop_app.domain.questionnaire import QuestionWords, Translation
from workshop_app.storage.store import create_workshop, open_workshop
from workshop_app.ui.answer_panels.number import NumberPanel
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.models import participants as pc


def _korean(w: Workshop) -> Workshop:
    """The test questionnaire with Korean words for its choice question and first likert."""
    q = w.questionnaire
    s1 = q.question("S1")
    l01 = q.question("L01")
    n1 = q.question("N1")
    ko = Translation(
        "ko",
        title="테스트 설문",
        questions=(
            ("S1", QuestionWords(
                text="주요 목표는 무엇입니까?",
                options=(("a", "플랫폼"), ("b", "배터리"), ("c", "소프트웨어")),
            )),
            ("L01", QuestionWords(
                text="목표 1은 얼마나 명확합니까?",
                anchors=((1, "전혀 아니다"), (3, "부분적으로"), (5, "완전히")),
            )),
            ("N1", QuestionWords(text="엔지니어가 몇 명 필요합니까?", unit="명(전일제)")),
        ),
    )  # fmt: skip
    assert s1.options and l01.anchors and n1.unit == "FTE"
    return dataclasses.replace(w, questionnaire=dataclasses.replace(q, translations=(ko,)))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "languages.workshop"
    create_workshop(p, _korean(_workshop())).close(backup=False)
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


def _choose_korean_for_kim(qtbot, window: MainWindow, path: Path) -> None:
    window.show_page(0)
    page = window.page("setup")
    view = page.participants_view
    model = page.participants_model
    page.partner_combo.setCurrentIndex(page.partner_combo.findData("pb"))
    row = next(r for r in range(model.rowCount()) if model.participant(r).name == "김민준")
    index = model.index(row, pc.COL_LANGUAGE)
    assert model.data(index) == "English"  # everyone starts in the questionnaire's own
    view.setFocus()
    view.setCurrentIndex(index)
    _key(qtbot, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English",
        "Deutsch",
        "简体中文",
        "한국어",
    ]
    for _ in range(3):  # English -> Deutsch -> 简体中文 -> 한국어, by arrow key
        _key(qtbot, Qt.Key.Key_Down)
    assert combo.currentText() == "한국어"
    _key(qtbot, Qt.Key.Key_Return)  # the view commits on the next event loop turn
    qtbot.waitUntil(lambda: page.session.workshop().participant("u3").language == "ko")
    assert model.data(index) == "한국어"
    with open_workshop(path, read_only=True) as store:
        people = {p.name: p.language for p in store.load().participants}
    assert people == {"Jürgen Weiß": "en", "王芳": "en", "김민준": "ko"}


def test_a_participants_language_is_chosen_on_the_setup_page(
    qtbot, window: MainWindow, path: Path
) -> None:
    _choose_korean_for_kim(qtbot, window, path)


def test_the_questionnaire_page_asks_in_the_participants_language(
    qtbot, window: MainWindow, path: Path
) -> None:
    _choose_korean_for_kim(qtbot, window, path)
    window.show_page(1)
    page = _page(window)
    page.set_participant("u3")
    page.go_to(0)
    assert page.question_label.text() == "목표 1은 얼마나 명확합니까?"
    labels = [b.text() for b in page.choice_group.buttons()]
    assert any("전혀 아니다" in t for t in labels) and any("완전히" in t for t in labels)
    s1 = [q.id for q in page._questions].index("S1")
    page.go_to(s1)
    assert page.question_label.text() == "주요 목표는 무엇입니까?"
    assert [b.text() for b in page.choice_group.buttons()][1].endswith("배터리")
    _key(qtbot, Qt.Key.Key_2)  # the second option: stored as its id, not its words
    assert _answers(path)[("u3", "S1")].value == "b"

    # Another participant of the same workshop reads the English source.
    page.set_participant("u1")
    page.go_to(s1)
    assert page.question_label.text() == "Main objective?"


def test_a_korean_participant_reads_the_unit_of_a_number_question_in_korean(
    qtbot, window: MainWindow, path: Path
) -> None:
    _choose_korean_for_kim(qtbot, window, path)
    window.show_page(1)
    page = _page(window)
    page.set_participant("u3")
    page.go_to([q.id for q in page._questions].index("N1"))
    assert page.question_label.text() == "엔지니어가 몇 명 필요합니까?"
    panel = page.number_edit.parentWidget()
    assert isinstance(panel, NumberPanel) and panel.unit.isVisible()
    assert panel.unit.text().startswith("명(전일제)") and "FTE" not in panel.unit.text()
    qtbot.keyClicks(page.number_edit, "12")
    _key(qtbot, Qt.Key.Key_Return)
    assert _answers(path)[("u3", "N1")].value == 12.0  # the number, whatever the unit's words

    # An English participant of the same workshop reads the source's unit.
    page.set_participant("u1")
    page.go_to([q.id for q in page._questions].index("N1"))
    panel = page.number_edit.parentWidget()
    assert isinstance(panel, NumberPanel) and panel.unit.text().startswith("FTE")
