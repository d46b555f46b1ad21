"""Every interface language fits the window: no table header is cut, no text box is
squeezed by its label (German words are long, and the style sheet draws headers bold).

Found by looking at screenshots of every page in the four languages at 1280x720.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTabWidget, QWidget

from workshop_app.ui.app import style_sheet
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.pages import PAGES

LANGUAGES = ("en", "de", "zh_CN", "ko")


@pytest.fixture(autouse=True)
def app_style() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(style_sheet())  # bold headers: the widths people see
    yield
    app.setStyleSheet("")


@pytest.fixture
def path(demo_path: Path) -> Path:
    """The window (tests/gui/conftest.py) opens the demo."""
    return demo_path


def _choose(window: MainWindow, code: str) -> None:
    window.actions.languages[code].trigger()  # View > Language > ...
    QApplication.processEvents()


def _cut_headers(root: QWidget) -> list[str]:
    """The shown column headers narrower than their text needs."""
    cut = []
    for header in root.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        for column in range(header.count() if model is not None else 0):
            if header.isSectionHidden(column):
                continue
            if header.sectionSize(column) < header.sectionSizeHint(column):
                text = model.headerData(column, Qt.Orientation.Horizontal)
                cut.append(f"{type(root).__name__}: {text!r} is {header.sectionSize(column)} px")
    return cut


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_column_header_is_cut_on_any_page_or_tab(qtbot, window: MainWindow, code: str) -> None:
    from workshop_app.ui.live_panel import LivePanel

    _choose(window, code)
    cut: list[str] = []
    for index in range(len(window.pages)):
        window.go_to_page(index)
        page = window.pages[index]
        qtbot.waitUntil(page.isVisible)
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for tab_widget in tabs:
            for tab in range(tab_widget.count()):
                tab_widget.setCurrentIndex(tab)
                cut += _cut_headers(page)
        if not tabs:
            cut += _cut_headers(page)
    panel = LivePanel(window.session, window)
    panel.open()
    qtbot.waitExposed(panel)
    cut += _cut_headers(panel)
    panel.reject()
    assert sorted(set(cut)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_exit_terms_boxes_keep_the_width_of_their_group(
    qtbot, window: MainWindow, code: str
) -> None:
    _choose(window, code)
    index = [spec.page_id for spec in PAGES].index("exit")
    window.go_to_page(index)
    page = window.pages[index]
    qtbot.waitUntil(page.isVisible)
    group = page.ui.termsGroup.contentsRect().width()
    for name in ("renewalEdit", "noticeEdit", "obligationsEdit", "changeRulesEdit"):
        box = getattr(page.ui, name)
        # A long label beside the box (Verlängerungszeitplan) once left it half the room.
        assert box.width() >= 0.8 * group, (name, box.width(), group)


def test_deal_terms_in_german_show_every_head_whole_and_the_start_of_long_values(
    qtbot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLineEdit

    _choose(window, "de")
    index = [spec.page_id for spec in PAGES].index("deal_terms")
    window.go_to_page(index)
    page = window.pages[index]
    qtbot.waitUntil(page.isVisible)
    heads = page.heads_list
    width = heads.viewport().width()
    assert not heads.horizontalScrollBar().isVisible()
    for row in range(heads.count()):
        item = heads.item(row)
        rect = heads.visualItemRect(item)
        needed = heads.fontMetrics().boundingRect(
            0, 0, rect.width(), 10_000, Qt.TextFlag.TextWordWrap, item.text()
        )
        assert rect.right() <= width and rect.height() >= needed.height(), item.text()
    long_values = [
        line
        for line in page.parties_box.findChildren(QLineEdit)
        if line.fontMetrics().horizontalAdvance(line.text()) > line.width()
    ]
    assert long_values  # the demo's legal names are wider than the boxes at 1280x720
    # The box shows the beginning of the name ("Nordwerk Fahrzeugbau ..."), not its end.
    assert all(line.cursorPosition() == 0 for line in long_values)


def test_the_glossary_starts_in_the_interface_language(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QTextBrowser

    _choose(window, "ko")
    window.actions.glossary.trigger()  # Help > Glossary
    dialog = window.glossary_dialog
    assert dialog.isVisible()
    text = dialog.findChild(QTextBrowser, "glossaryText").toPlainText()
    # Korean first (it was listed after English and German), the others still below.
    assert text.lstrip().startswith("한국어")
    assert text.index("형식승인") < text.index("English") < text.index("Type approval")
    dialog.reject()


def test_the_new_workshop_dialog_names_the_template_in_the_interface_language(
    qtbot, window: MainWindow
) -> None:
    from workshop_app.exchange.template_library import list_library
    from workshop_app.ui.start import NewWorkshopDialog

    _choose(window, "zh_CN")
    dialog = NewWorkshopDialog(list_library(), window)
    qtbot.addWidget(dialog)
    shown = dialog.template_combo.currentText()
    assert shown.startswith("合作伙伴关系一致性问卷")  # not "Partnership alignment questionnaire"
    assert "83" in shown
