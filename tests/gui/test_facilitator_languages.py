"""The facilitator's screens show the questionnaire's words in the interface language:
the Alignment page's gaps, gap details, heat map and disagreements, and the Actions
page's "From question", wherever the template carries that language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from tests.gui.test_language import _choose_language
from workshop_app.analysis.results import Gap
from workshop_app.domain.model import Workshop
from workshop_app.domain.translation import localized
from workshop_app.ui.language import apply_language
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.models.action_items import ActionItemsModel
from workshop_app.ui.models.alignment import GapsModel
from workshop_app.ui.pages.actions import ActionsPage
from workshop_app.ui.pages.alignment import AlignmentPage
from workshop_app.ui.pages.setup import SetupPage


@pytest.fixture
def path(demo_path: Path) -> Path:
    """The window (tests/gui/conftest.py) opens the demo."""
    return demo_path


def _alignment(window: MainWindow) -> AlignmentPage:
    page = window.page("alignment")
    assert isinstance(page, AlignmentPage)
    return page


def _shown_titles(page: AlignmentPage) -> list[str]:
    view = page.gap_view
    proxy = view.model()
    return [proxy.index(r, GapsModel.QUESTION).data() for r in range(proxy.rowCount())]


def _open_tab(qtbot, page: AlignmentPage, title: str) -> None:
    bar = page.tabs.tabBar()
    tab = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == tab)


def _click_first_gap(qtbot, page: AlignmentPage) -> None:
    _open_tab(qtbot, page, "Lücken")
    view = page.gap_view
    assert view.isVisible()
    view.scrollToTop()
    rect = view.visualRect(view.model().index(0, GapsModel.QUESTION))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page._current_gap is not None)


def test_the_alignment_page_shows_the_questions_in_the_interface_language(
    qtbot, window: MainWindow
) -> None:
    q = window.session.workshop().questionnaire
    de = localized(q, "de")
    window.show_page(window.pages.index_of("alignment"))
    page = _alignment(window)
    english = _shown_titles(page)
    gap_ids = [g.question_id for g in window.session.analysis().gaps]
    assert english[:3] == [q.question(i).title for i in gap_ids[:3]]

    _choose_language(qtbot, window, "&View", "Deutsch")

    page = _alignment(window)  # built again in German
    assert page.isVisible()
    german = _shown_titles(page)
    assert len(german) == len(english) and german[0] != english[0]
    assert german[0] == de.question(gap_ids[0]).title
    assert set(german) == {de.question(i).title for i in gap_ids}
    # The gap's details: title, question and each partner's position in German words.
    _click_first_gap(qtbot, page)
    first = de.question(page._current_gap or "")
    assert page.gap_heading.text().startswith(first.title)
    assert page.gap_question.text() == first.text
    assert page.gap_question.text() != q.question(first.id).text
    assert first.options  # the demo's most severe gap is a choice question
    positions = page.positions_label.text()
    assert any(o.label in positions for o in first.options)
    assert not any(o.label in positions for o in q.question(first.id).options)
    # An action made from the gap is named in German, the question's title too.
    button = page.add_action_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    made = [a for a in window.session.workshop().action_items if a.question_id == first.id]
    assert [a.title for a in made] == [f"Lücke schließen: {first.title}"]
    # The heat map's rows name the questions in German too.
    _open_tab(qtbot, page, "Heatmap")
    heat = page.heat_model
    rows = [heat.headerData(r, Qt.Orientation.Vertical) for r in range(heat.rowCount())]
    assert de.question(gap_ids[0]).title in rows and english[0] not in rows


def test_the_actions_page_names_the_question_of_each_action_in_the_interface_language(
    qtbot, window: MainWindow
) -> None:
    q = window.session.workshop().questionnaire
    _choose_language(qtbot, window, "&View", "한국어")
    window.show_page(window.pages.index_of("actions"))
    page = window.page("actions")
    assert isinstance(page, ActionsPage) and page.isVisible()
    model = page.view.model()
    shown = {model.index(r, ActionItemsModel.QUESTION).data() for r in range(model.rowCount())}
    ko = localized(q, "ko")
    items = [a for a in window.session.workshop().action_items if a.question_id]
    assert items
    for item in items:
        assert ko.question(item.question_id).title in shown
        assert q.question(item.question_id).title not in shown


def test_the_setup_pages_question_list_is_in_the_interface_language(
    qtbot, window: MainWindow
) -> None:
    q = window.session.workshop().questionnaire
    _choose_language(qtbot, window, "&View", "简体中文")
    window.show_page(window.pages.index_of("setup"))
    page = window.page("setup")
    assert isinstance(page, SetupPage) and page.isVisible()
    box = page.scope_box
    texts = [box.list.item(i).text() for i in range(box.list.count())]
    zh = localized(q, "zh_CN")
    assert texts[0].startswith(f"G01   {zh.question('G01').title}")
    assert not any(q.question("G01").title in t for t in texts)


def test_the_presentation_shows_gaps_and_questions_in_the_interface_language(
    qtbot, small_demo: Workshop
) -> None:
    from workshop_app.analysis import analyse
    from workshop_app.ui.presentation import PresentationWindow

    apply_language("de")  # as View > Language > Deutsch does (the fixture goes back)
    revealed = replace(small_demo, details=replace(small_demo.details, revealed=True))
    analysis = analyse(revealed)
    de = localized(revealed.questionnaire, "de")
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(revealed, analysis)
    window.resize(1280, 720)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    kind, gap = window.current_slide()
    assert kind == "gap" and isinstance(gap, Gap)
    german = de.question(gap.question_id)
    assert window.heading.text() == german.title != gap.title
    jump = [window.panel.slides.item(i).text() for i in range(window.panel.slides.count())]
    assert any(german.title in t for t in jump) and not any(gap.title in t for t in jump)
    # The questionnaire's slides: the question and its scale's anchors in German.
    question = next(revealed.questionnaire.questions())
    window.show_question(revealed, question)
    assert window.heading.text() == de.question(question.id).text != question.text
    shown = "\n".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    for _point, anchor in de.question(question.id).anchors:
        assert anchor in shown
