"""Refused input is never reported as saved, and never dropped by moving on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keyboard import focused, go_to_cell, open_window, press, stored, type_text
from workshop_app.domain.enums import GapStatus
from workshop_app.domain.text import MAX_TEXT
from workshop_app.ui.models.governance import EscalationModel
from workshop_app.ui.pages.alignment import AlignmentPage
from workshop_app.ui.pages.governance import GovernancePage


def test_refused_gap_notes_stay_with_their_gap_and_the_status_says_not_saved(
    qtbot, demo_path
) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("alignment", "gaps")
    page = window.page("alignment")
    assert isinstance(page, AlignmentPage)
    gap = page._gap()
    assert gap is not None
    before = stored(demo_path).gap_discussion(gap.question_id)
    page.owner_edit.setFocus()
    page.owner_edit.selectAll()
    type_text(qtbot, "Anna Koehler")
    # Notes pasted from elsewhere, longer than a cell of the term sheet can hold.
    page.notes_edit.setFocus()
    QApplication.clipboard().setText("Lange Notizen. " * (MAX_TEXT // 15 + 10))
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)  # leaves the notes: refused
    assert page.gap_message.isVisible()
    assert "the limit is" in page.gap_message.text()
    assert "NOT SAVED" in window.save_label.text()
    # Choosing another gap keeps the refused input on screen, on its own gap.
    view = page.gap_view
    other = view.model().index(1, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(other).center()
    )
    assert page._current_gap == gap.question_id
    assert page.owner_edit.text() == "Anna Koehler"
    assert len(page.notes_edit.toPlainText()) > MAX_TEXT
    assert page.gap_message.isVisible()
    assert "NOT SAVED" in window.save_label.text()
    assert stored(demo_path).gap_discussion(gap.question_id).notes == before.notes
    # Fixed: saved, the message and the "not saved" go.
    page.notes_edit.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Kurz.")
    press(qtbot, Qt.Key.Key_Tab)
    saved = stored(demo_path).gap_discussion(gap.question_id)
    assert saved.notes == "Kurz."
    assert saved.owner == "Anna Koehler"
    assert page.gap_message.isHidden()
    assert window.save_label.text() == "All changes saved"
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(other).center()
    )
    assert page._current_gap != gap.question_id


def test_resolving_without_agreed_position_is_refused_and_kept_when_switching(
    qtbot, demo_path
) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("alignment", "gaps")
    page = window.page("alignment")
    gap = page._gap()
    page.agreed_edit.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Tab)
    page.status_combo.setFocus()
    resolved = page.status_combo.findData(GapStatus.RESOLVED.value)
    while page.status_combo.currentIndex() != resolved:
        press(qtbot, Qt.Key.Key_Down)
    assert "agreed position" in page.gap_message.text()
    assert "NOT SAVED" in window.save_label.text()
    page.gap_view.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # to the next gap: refused input keeps the gap
    assert page._current_gap == gap.question_id
    assert page.status_combo.currentData() == GapStatus.RESOLVED.value
    assert focused() is page.agreed_edit  # where the missing input goes
    type_text(qtbot, "Shared baseline.")
    press(qtbot, Qt.Key.Key_Tab)
    d = stored(demo_path).gap_discussion(gap.question_id)
    assert d.status is GapStatus.RESOLVED and d.agreed_position == "Shared baseline."
    assert window.save_label.text() == "All changes saved"


def test_refused_cell_keeps_not_saved_and_its_message_stays_on_its_own_tab(
    qtbot, demo_path
) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("governance", "escalation")
    page = window.page("governance")
    assert isinstance(page, GovernancePage)
    view = page.escalation_view
    index = view.model().index(0, EscalationModel.TIME_LIMIT)
    step_id = index.data(Qt.ItemDataRole.UserRole + 1)
    go_to_cell(qtbot, view, index)
    type_text(qtbot, "zwei Wochen")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "zwei Wochen" in page.message.text())
    assert page.message.isVisible()
    assert "NOT SAVED" in window.save_label.text()
    # Another edit that is saved does not make the status say everything is saved.
    go_to_cell(qtbot, view, view.model().index(0, EscalationModel.DESCRIPTION))
    type_text(qtbot, "Chair decides")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            next(s for s in stored(demo_path).escalation_steps if s.id == step_id).description
            == "Chair decides"
        )
    )
    assert "NOT SAVED" in window.save_label.text()
    # The message belongs to the escalation tab only.
    page.tabs.setCurrentIndex(0)
    assert page.message.isHidden()
    page.tabs.setCurrentIndex(2)
    assert "zwei Wochen" in page.message.text()
    go_to_cell(qtbot, view, index)
    type_text(qtbot, "21")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.isHidden())
    step = next(s for s in stored(demo_path).escalation_steps if s.id == step_id)
    assert step.time_limit_days == 21
    assert window.save_label.text() == "All changes saved"


def test_a_refused_workshop_title_stays_not_saved_while_other_fields_save(qtbot, demo_path) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("setup", "title")
    page = window.page("setup")
    title = stored(demo_path).details.title
    assert focused() is page.form.titleEdit
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Tab)  # an empty title is refused
    assert page.details_error.isVisible()
    assert "NOT SAVED" in window.save_label.text()
    page.form.facilitatorEdit.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Ida Roth")
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).details.facilitator == "Ida Roth"
    assert stored(demo_path).details.title == title
    assert "NOT SAVED" in window.save_label.text()  # the title still is not
    assert page.form.titleEdit.text() == ""  # still as typed, to be corrected
    page.form.titleEdit.setFocus()
    type_text(qtbot, "Battery JV")
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).details.title == "Battery JV"
    assert window.save_label.text() == "All changes saved"


def test_refused_exit_terms_keep_not_saved_until_fixed(qtbot, demo_path) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("exit", "")
    page = window.page("exit")
    edit = page.fields["obligations"]
    edit.setFocus()
    QApplication.clipboard().setText("Pflichten. " * (MAX_TEXT // 11 + 10))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    assert "the limit is" in page.message.text()
    assert "NOT SAVED" in window.save_label.text()
    edit.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Support for two years.")
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(demo_path).exit_terms.obligations == "Support for two years."
    assert window.save_label.text() == "All changes saved"
