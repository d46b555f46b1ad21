"""View > Language: the interface changes language at once, the workshop stays open."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu

from workshop_app.ui.language import SETTING, chosen_language, current_language
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.start import app_settings


@pytest.fixture
def path(demo_path: Path) -> Path:
    """The window (tests/gui/conftest.py) opens the demo."""
    return demo_path


def _open_menu(qtbot, window: MainWindow, title: str) -> QMenu:
    bar = window.menuBar()
    action = next(a for a in bar.actions() if a.text() == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
    menu = action.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    return menu


def _choose_language(qtbot, window: MainWindow, view_title: str, name: str) -> None:
    """Click View, then Language, then the language, as a person would."""
    view = _open_menu(qtbot, window, view_title)
    language = next(a for a in view.actions() if a.menu() is not None and a.menu().actions()
                    and a.menu().actions()[0].text() == "English")  # fmt: skip
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.actionGeometry(language).center())
    sub = language.menu()
    assert isinstance(sub, QMenu)
    qtbot.waitUntil(sub.isVisible)
    target = next(a for a in sub.actions() if a.text() == name)
    QTest.mouseClick(sub, Qt.MouseButton.LeftButton, pos=sub.actionGeometry(target).center())
    qtbot.waitUntil(lambda: not sub.isVisible() and not view.isVisible())
    QApplication.processEvents()


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _steps(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_choosing_german_then_korean_changes_the_visible_texts_in_place(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    assert current_language() == "en"
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert _steps(window)[0] == "Setup"
    window.go_to_page(2)
    session = window.session

    _choose_language(qtbot, window, "&View", "Deutsch")

    assert _menu_titles(window) == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert _steps(window)[:3] == ["Einrichtung", "Fragebogen", "Abstimmung"]
    assert window.save_label.text() == "Alle Änderungen gespeichert"
    # The same workshop, on the same page; the choice is remembered for the next start.
    assert window.session is session and window.session.store.path == demo_path.resolve()
    assert window.nav.currentRow() == 2
    assert window.actions.languages["de"].isChecked()
    assert app_settings().value(SETTING) == "de" and chosen_language() == "de"

    _choose_language(qtbot, window, "&Ansicht", "한국어")

    assert _menu_titles(window) == ["파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"]
    assert _steps(window)[0] == "설정"
    page = window.pages[window.nav.currentRow()]
    assert page.isVisible()
    # The page itself was built again in Korean, not only the frame around it.
    shown = [w.text() for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel)]
    assert any(re.search("[가-힣]", t) for t in shown)
    assert not [t for t in shown if t in {"Overview", "Gaps", "Heat map", "&Show:"}]
    # The pages built in the old languages are gone; the others are built when shown.
    assert window.page_stack.count() == len(window.pages)
    assert window.page_stack.currentWidget() is page

    _choose_language(qtbot, window, "보기(&V)", "English")

    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert _steps(window)[0] == "Setup"


def test_the_apps_exports_are_written_in_the_interface_language(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from workshop_app.ui.pages.review import ReviewPage

    _choose_language(qtbot, window, "&View", "한국어")
    window.go_to_page(len(window.pages) - 1)
    page = window.pages[-1]
    assert isinstance(page, ReviewPage)
    target = tmp_path / "조건.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # "Open the folder?" after the export: no.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    with qtbot.waitSignal(page.exportFinished, timeout=60000):
        QTest.mouseClick(page.term_sheet_button, Qt.MouseButton.LeftButton)
    sheets = load_workbook(target).sheetnames
    assert "주요 조건" in sheets and "부속서 F 분석" in sheets and "Heads of terms" not in sheets
