"""The questionnaire page explains the glossary terms a question uses and warns when its
answers may be competitively sensitive."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.model import Participant, Partner, Workshop, WorkshopDetails
from workshop_app.domain.questionnaire import (
    SENSITIVE_NOTICE,
    Option,
    Question,
    Questionnaire,
    Section,
)
from workshop_app.storage.store import create_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.pages.questionnaire import QuestionnairePage

LOCK_UP = ("Lock-up", "A period in which no partner may sell its share.")
TYPE_APPROVAL = ("Type approval", "The authority's approval that a vehicle may be sold.")


def _workshop() -> Workshop:
    opts = (Option("europe", "Europe"), Option("china", "China"))
    questions = (
        Question(
            "G01",
            QuestionType.MULTI_CHOICE,
            "Where should it be sold?",
            options=opts,
            sensitive=True,
        ),
        Question(
            "G02",
            QuestionType.NUMBER,
            "How many years of lock-up?",
            unit="years",
            min_value=0,
            max_value=15,
        ),
        Question("G03", QuestionType.SINGLE_CHOICE, "Who decides the plant?", options=opts),
    )
    return Workshop(
        details=WorkshopDetails(id="w1", title="Hinweise 提示"),
        questionnaire=Questionnaire(
            "notices",
            "1",
            "Notices",
            sections=(Section(Element.GOALS, "Ziele", questions=questions),),
            glossary=(LOCK_UP, TYPE_APPROVAL),
        ),
        partners=(
            Partner("pa", "Nordwerk AG", "Nordwerk", "#1F5FAD", position=0),
            Partner("pb", "한빛배터리", "한빛", "#D1495B", position=1),
        ),
        participants=(Participant("u1", "pa", "Jürgen Weiß"),),
    )


def test_notice_and_glossary_follow_the_question(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "notices.workshop"
    create_workshop(path, _workshop()).close(backup=False)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.open_path(path)
    window.show_page(1)
    page = window.page("questionnaire")
    assert isinstance(page, QuestionnairePage)

    assert page.current_question().id == "G01"
    assert page.sensitive_label.isVisible()
    assert page.sensitive_label.text() == SENSITIVE_NOTICE
    assert not page.glossary_label.isVisible()
    if os.environ.get("WORKSHOP_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["WORKSHOP_SCREENSHOTS"]) / "notice.png"))

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current_question().id == "G02"
    assert not page.sensitive_label.isVisible()
    assert page.glossary_label.isVisible()
    assert page.glossary_label.text() == f"{LOCK_UP[0]}: {LOCK_UP[1]}"

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current_question().id == "G03"
    assert not page.sensitive_label.isVisible() and not page.glossary_label.isVisible()


def test_help_menu_shows_the_whole_glossary(qtbot, demo_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.actions.glossary.isEnabled()  # no workshop open yet
    assert window.open_path(demo_path)
    assert window.actions.glossary.isEnabled()
    window.actions.glossary.trigger()
    dialog = window.glossary_dialog
    assert dialog.isVisible()
    text = " ".join(dialog.findChild(QTextBrowser, "glossaryText").toPlainText().split())
    glossary = window.session.workshop().questionnaire.glossary
    assert glossary
    for term, meaning in glossary:
        assert f"{term}: {' '.join(meaning.split())}" in text
    # ... and in each language the questionnaire carries, under the language's name
    assert (
        "한국어" in text and "형식승인: 국가 당국이 특정 차종의 판매를 허용하는 승인입니다." in text
    )
    assert "Deutsch" in text and "Typgenehmigung:" in text
    dialog.reject()
