"""Dates are typed (ISO or the locale's short form) or picked, never dropped without a word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keyboard import focused, go_to_cell, open_window, press, stored, type_text
from workshop_app.ui.models.action_items import ActionItemsModel
from workshop_app.ui.pages.actions import ActionsPage
from workshop_app.ui.pages.alignment import AlignmentPage
from workshop_app.ui.widgets.date_edit import DateEdit


def _short(day: date) -> str:
    """The locale's short form of a day, with a four-digit year, as a person types it."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def _actions(qtbot, demo_path: Path) -> tuple[ActionsPage, object]:
    window = open_window(qtbot, demo_path)
    window.navigate("actions", "")
    page = window.page("actions")
    assert isinstance(page, ActionsPage)
    return page, window


def _due_cell(qtbot, page: ActionsPage, row: int) -> None:
    proxy = page.view.model()
    go_to_cell(qtbot, page.view, proxy.index(row, ActionItemsModel.DUE))


def test_action_due_date_typed_in_iso_then_short_form_then_cleared(qtbot, demo_path) -> None:
    page, _window = _actions(qtbot, demo_path)
    page.add_button.click()  # a new item without a due date, its title being edited
    press(qtbot, Qt.Key.Key_Escape)
    row = page.view.currentIndex().row()
    item_id = page.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    _due_cell(qtbot, page, row)
    press(qtbot, Qt.Key.Key_F2)
    assert isinstance(focused(), DateEdit)
    assert focused().text() == ""  # "no date" is a blank field, not text to type after
    type_text(qtbot, "2026-12-15")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateEdit))
    assert _due(demo_path, item_id) == date(2026, 12, 15)

    press(qtbot, Qt.Key.Key_F2)
    assert focused().text() == "2026-12-15"
    assert focused().selectedText() == "2026-12-15"  # typing replaces it
    type_text(qtbot, _short(date(2029, 12, 31)))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateEdit))
    assert _due(demo_path, item_id) == date(2029, 12, 31)

    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Delete)  # the whole date is selected: clear it
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateEdit))
    assert _due(demo_path, item_id) is None


def test_a_date_that_is_not_a_date_is_refused_with_a_message(qtbot, demo_path) -> None:
    page, window = _actions(qtbot, demo_path)
    page.add_button.click()
    press(qtbot, Qt.Key.Key_Escape)
    row = page.view.currentIndex().row()
    item_id = page.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    _due_cell(qtbot, page, row)
    type_text(qtbot, "2026-12-15")  # typing starts the editor
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateEdit))
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "31.13.2026")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateEdit))
    assert _due(demo_path, item_id) == date(2026, 12, 15)  # kept, not dropped or changed
    assert page.message.isVisible()
    assert "'31.13.2026' is not a date" in page.message.text()
    assert "Due" in page.message.text()
    assert "NOT SAVED" in window.save_label.text()


def test_calendar_opens_at_the_value_or_today_and_a_pick_is_stored(qtbot, demo_path) -> None:
    page, _window = _actions(qtbot, demo_path)
    page.add_button.click()
    press(qtbot, Qt.Key.Key_Escape)
    row = page.view.currentIndex().row()
    item_id = page.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    _due_cell(qtbot, page, row)
    press(qtbot, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, DateEdit)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.calendar.isVisible()
    assert editor.calendar.selectedDate() == QDate.currentDate()
    press(qtbot, Qt.Key.Key_Escape)
    assert not editor.calendar.isVisible()
    editor.selectAll()
    type_text(qtbot, "2027-03-31")
    press(qtbot, Qt.Key.Key_F4)
    assert editor.calendar.selectedDate() == QDate(2027, 3, 31)
    assert editor.calendar.yearShown() == 2027 and editor.calendar.monthShown() == 3
    # Right: one day later; Enter picks it and the cell keeps it.
    qtbot.keyClick(editor.calendar.focusWidget() or editor.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(editor.calendar.focusWidget() or editor.calendar, Qt.Key.Key_Return)
    assert editor.text() == "2027-04-01"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), DateEdit))
    assert _due(demo_path, item_id) == date(2027, 4, 1)


def test_gap_due_date_is_typed_refused_with_a_message_and_cleared(qtbot, demo_path) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("alignment", "gaps")
    page = window.page("alignment")
    assert isinstance(page, AlignmentPage)
    gap = page._gap()
    assert gap is not None
    page.due_edit.setFocus()
    page.due_edit.selectAll()
    type_text(qtbot, "2026-12-15")
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).gap_discussion(gap.question_id).due == date(2026, 12, 15)
    page.due_edit.setFocus()
    page.due_edit.selectAll()
    type_text(qtbot, "15 Dez")
    press(qtbot, Qt.Key.Key_Tab)
    assert page.gap_message.isVisible()
    assert "'15 Dez' is not a date" in page.gap_message.text()
    assert page.due_edit.text() == "15 Dez"  # still there to be corrected
    assert stored(demo_path).gap_discussion(gap.question_id).due == date(2026, 12, 15)
    page.due_edit.setFocus()
    page.due_edit.selectAll()
    type_text(qtbot, _short(date(2027, 1, 31)))
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).gap_discussion(gap.question_id).due == date(2027, 1, 31)
    assert page.gap_message.isHidden()
    page.due_edit.setFocus()
    page.due_edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).gap_discussion(gap.question_id).due is None


def _due(path: Path, item_id: str) -> date | None:
    return next(a for a in stored(path).action_items if a.id == item_id).due


def test_workshop_date_is_the_same_date_field(qtbot, demo_path) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("setup", "date")
    page = window.page("setup")
    assert focused() is page.date_edit
    assert isinstance(page.date_edit, DateEdit)
    page.date_edit.selectAll()
    type_text(qtbot, _short(date(2027, 1, 31)))
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).details.date == date(2027, 1, 31)
    page.date_edit.setFocus()
    page.date_edit.selectAll()
    type_text(qtbot, "next Tuesday")
    press(qtbot, Qt.Key.Key_Tab)
    assert "'next Tuesday' is not a date" in page.details_error.text()
    assert "Workshop date" in page.details_error.text()
    assert "NOT SAVED" in window.save_label.text()
    assert stored(demo_path).details.date == date(2027, 1, 31)
    assert page.date_edit.text() == "next Tuesday"
    page.date_edit.setFocus()
    page.date_edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)  # no date
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).details.date is None
    assert page.details_error.isHidden()
    assert window.save_label.text() == "All changes saved"
