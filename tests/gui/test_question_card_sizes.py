"""The question card is laid out as plain labels would lay it out, also when a question
comes back (its labels remember the sizes of texts they showed) and after the page
switches to its compact look and back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.keyboard import open_window
from workshop_app.ui.app import style_sheet
from workshop_app.ui.pages.questionnaire import QuestionnairePage


@pytest.fixture(autouse=True)
def isolated_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def app_style() -> Iterator[None]:
    """The app's own style sheet (its sizes of the question and of the compact look)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(style_sheet())
    try:
        yield
    finally:
        app.setStyleSheet("")


def _as_qt_measures(label: QLabel) -> tuple[QSize, QSize, int]:
    """The sizes QLabel itself works out for the label as it is now (its own text, font
    and style), bypassing what the label remembers."""
    return (
        QLabel.sizeHint(label),
        QLabel.minimumSizeHint(label),
        QLabel.heightForWidth(label, label.width()),
    )


def _check_card(page: QuestionnairePage, seen: list[str]) -> None:
    labels = (
        page.section_label,
        page.counter_label,
        page.question_label,
        page.help_label,
        page.glossary_label,
    )
    for label in labels:
        if label.isHidden():
            continue
        measured = (label.sizeHint(), label.minimumSizeHint(), label.heightForWidth(label.width()))
        assert measured == _as_qt_measures(label), (label.objectName(), label.text())
    seen.append(page.question_label.text())


def test_the_card_measures_each_text_as_qt_does_when_questions_come_back(
    qtbot, demo_path: Path, app_style: None
) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("questionnaire", "")
    page = window.page("questionnaire")
    assert isinstance(page, QuestionnairePage)
    page.go_to(0)
    seen: list[str] = []

    def walk(key: Qt.Key, steps: int) -> None:
        for _ in range(steps):
            qtbot.keyClick(QApplication.focusWidget() or page, key)
            QApplication.processEvents()
            _check_card(page, seen)

    walk(Qt.Key.Key_PageDown, 6)
    walk(Qt.Key.Key_PageUp, 6)  # the same texts again: sizes remembered
    normal = page.question_label.font().pointSizeF()
    window.resize(1024, 600)  # the compact look: smaller question, other padding
    QApplication.processEvents()
    assert page.property("compact") is True
    assert page.question_label.font().pointSizeF() < normal
    walk(Qt.Key.Key_PageDown, 3)
    window.resize(1280, 720)
    QApplication.processEvents()
    assert page.property("compact") is False
    walk(Qt.Key.Key_PageUp, 3)
    assert len(set(seen)) >= 6 and page.current_question() == page._questions[0]
