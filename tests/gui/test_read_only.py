"""A window on a file that is open elsewhere: everything viewable, nothing editable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from workshop_app.storage.lock import WriterLock
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.pages.base import Page

# What stays usable in a read-only window: moving around, choosing what to look at, exports.
VIEWING_BUTTONS = {
    "questionnaire": {"← Back", "Next →"},
    "review": {
        "Export Excel term sheet…",
        "Export PDF summary…",
        "Export pre-work workbook…",
        "Go to where this is fixed",
    },
}
VIEWING_CHOICES = {
    "Participant answering",
    "Partner whose participants are shown",
    "Radar series",
    "PDF variant",
    "Page size",
    "Partner for the pre-work workbook",
}


@pytest.fixture
def read_only_window(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The demo opened in a second window, while another holds its lock."""
    other = WriterLock(demo_path.resolve(), "workshop-app import-answers")
    other.acquire()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    try:
        assert window.open_path(demo_path)
        assert window.session is not None and window.session.read_only
        yield window
    finally:
        window.close_workshop()
        other.release()


def _text(button: QPushButton) -> str:
    return button.text().replace("&", "")


def _in_combo(widget: QWidget) -> bool:
    """A combo box's own popup list, not a table of the page."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _editing_left_on(page: Page) -> list[str]:
    """Every control on the page that would still change the workshop."""
    found = []
    for view in page.findChildren(QAbstractItemView):
        if not view.isEnabled() or _in_combo(view):
            continue
        if view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
            found.append(f"table {view.accessibleName()!r} has edit triggers")
        model = view.model()
        if isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        if model is None:
            continue
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for row in range(model.rowCount()):
            for col in range(columns):
                if model.flags(model.index(row, col)) & Qt.ItemFlag.ItemIsEditable:
                    found.append(f"cell {row},{col} of {view.accessibleName()!r} is editable")
                    break
    for edit in [*page.findChildren(QLineEdit), *page.findChildren(QPlainTextEdit)]:
        if edit.isEnabled() and not edit.isReadOnly():
            found.append(f"text field {edit.accessibleName() or edit.objectName()!r}")
    allowed = VIEWING_BUTTONS.get(page.page_id, set())
    for button in page.findChildren(QPushButton):
        if button.isEnabled() and _text(button) not in allowed:
            found.append(f"button {_text(button)!r}")
    for box in [*page.findChildren(QCheckBox), *page.findChildren(QRadioButton)]:
        if box.isEnabled():
            found.append(f"check box {box.text()!r}")
    for spin in page.findChildren(QAbstractSpinBox):
        if spin.isEnabled():
            found.append(f"spin or date box {spin.accessibleName() or spin.objectName()!r}")
    for combo in page.findChildren(QComboBox):
        if combo.isEnabled() and combo.accessibleName() not in VIEWING_CHOICES:
            found.append(f"choice {combo.accessibleName() or combo.objectName()!r}")
    return found


def test_every_page_shows_editing_is_off(read_only_window: MainWindow) -> None:
    window = read_only_window
    for index, page in enumerate(window.pages):
        window.show_page(index)
        assert window.page_stack.currentWidget() is page
        assert _editing_left_on(page) == [], page.page_id
        page.focus_field("")  # readiness links and page shortcuts still lead somewhere
    assert window.session is not None
    assert window.session.undo_stack.count() == 0


def test_viewing_and_moving_around_still_work(read_only_window: MainWindow) -> None:
    window = read_only_window
    questionnaire = window.page("questionnaire")
    window.show_page(window.pages.index(questionnaire))
    first = questionnaire.current_question()
    assert questionnaire.next_button.isEnabled()
    questionnaire.go_next()
    assert questionnaire.current_question() is not first
    questionnaire.go_back()
    assert questionnaire.current_question() is first
    combo = questionnaire.participant_combo
    combo.setCurrentIndex(combo.count() - 1)
    assert questionnaire.current_participant().id == combo.currentData()
    setup = window.page("setup")
    window.show_page(window.pages.index(setup))
    setup.partner_combo.setCurrentIndex(1)
    shown = {
        setup.participants_model.item(r).partner_id
        for r in range(setup.participants_model.rowCount())
    }
    assert shown == {setup.partner_combo.currentData()}


def test_the_questionnaire_cannot_answer(read_only_window: MainWindow, demo_path: Path) -> None:
    window = read_only_window
    page = window.page("questionnaire")
    window.show_page(window.pages.index(page))
    before = window.session.workshop().answers
    page.answer_digit(1)
    page.skip()
    page.comment_edit.setText("geändert 改变")
    page.go_next()
    store = open_workshop(demo_path, read_only=True)
    try:
        assert store.load().answers == before
    finally:
        store.close(backup=False)


def test_presentation_and_exports_still_run(
    qtbot, read_only_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = read_only_window
    window.actions.present.trigger()
    assert window.presentation is not None and window.presentation.isVisible()
    window.presentation.close()

    review = window.page("review")
    window.show_page(window.pages.index(review))
    target = tmp_path / "nur lesen 읽기.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    assert review.term_sheet_button.isEnabled()
    with qtbot.waitSignal(review.exportFinished, timeout=60000):
        review.term_sheet_button.click()
    assert target.read_bytes().startswith(b"PK")
