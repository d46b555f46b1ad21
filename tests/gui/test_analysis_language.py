"""The analysis's sentences in the interface's language: the readiness checklist and the
action items created from gaps read in Korean when the app is in Korean, and in English
exactly as the analysis writes them when it is in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.analysis import analyse
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.models.action_items import ActionItemsModel
from workshop_app.ui.pages.actions import ActionsPage
from workshop_app.ui.pages.review import ReviewPage

HANGUL = range(0xAC00, 0xD7A4)


@pytest.fixture
def path(demo_path: Path) -> Path:
    """The window (tests/gui/conftest.py) opens the demo."""
    return demo_path


def _korean(text: str) -> bool:
    return any(ord(ch) in HANGUL for ch in text)


def _choose_korean(qtbot, window: MainWindow) -> None:
    """View > Language > 한국어 (the menu itself is clicked through in test_language.py)."""
    window.actions.languages["ko"].trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)")
    QApplication.processEvents()


def _page(window: MainWindow, page_type: type) -> object:
    index = next(i for i, spec in enumerate(window.pages) if isinstance(spec, page_type))
    window.go_to_page(index)
    return window.pages[index]


def _checklist(page: ReviewPage) -> dict[str, str]:
    """What the readiness table shows: check -> what is missing."""
    model = page.view.model()
    return {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}


def test_the_readiness_checklist_reads_in_english_as_the_analysis_writes_it(
    qtbot, window: MainWindow
) -> None:
    page = _page(window, ReviewPage)
    assert isinstance(page, ReviewPage)
    shown = _checklist(page)
    assert window.session is not None
    for check in analyse(window.session.workshop()).readiness.checks:
        assert shown[check.title] == "\n".join(check.missing)


def test_in_korean_the_checklist_and_the_gap_descriptions_are_korean(
    qtbot, window: MainWindow
) -> None:
    _choose_korean(qtbot, window)
    page = _page(window, ReviewPage)
    assert isinstance(page, ReviewPage)
    shown = _checklist(page)
    assert shown["모든 공유 자산에 탈퇴 시 처리 방식이 있습니다"] == (
        "'Validation and fleet data'에 탈퇴 시 처리 방식이 없습니다."
    )
    assert all(_korean(title) for title in shown), shown.keys()
    gaps = shown["모든 중대한 격차가 해결되었거나 담당자와 기한이 있습니다"].split("\n")
    # The gap's kinds and status are the domain's words, in Korean.
    assert any(
        "(파트너 간 차이, 정렬도 0%): 상태 미결, 담당자와 기한이 없습니다." in g for g in gaps
    )

    # Actions > "Create from open gaps": the new items describe their gap in Korean.
    actions = _page(window, ActionsPage)
    assert isinstance(actions, ActionsPage)
    session = window.session
    assert session is not None
    before = {a.id for a in session.workshop().action_items}
    QTest.mouseClick(actions.from_gaps_button, Qt.MouseButton.LeftButton)
    new = [a for a in session.workshop().action_items if a.id not in before]
    assert new
    for item in new:
        assert item.title.startswith("입장 합의 필요: "), item.title
        assert "정렬도" in item.notes or "차이가 가장 큰 쌍" in item.notes, item.notes
        assert "alignment" not in item.notes and "furthest" not in item.notes
    # ...and the table shows them as stored.
    model = actions.view.model()
    titles = {model.index(r, ActionItemsModel.TITLE).data() for r in range(model.rowCount())}
    assert {item.title for item in new} <= titles
