"""Smaller input faults: names with "&", duplicate names, e-mail, undo shows where."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.keyboard import focused, go_to_cell, open_window, press, stored, type_text
from workshop_app.ui.models import participants as pcols
from workshop_app.ui.pages.setup import SetupPage


def _setup(qtbot, demo_path):
    window = open_window(qtbot, demo_path)
    window.navigate("setup", "")
    page = window.page("setup")
    assert isinstance(page, SetupPage)
    return window, page


def _shown_in_menu(text: str) -> str:
    """A menu entry as shown: "&&" is an "&", a single "&" marks the shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_an_ampersand_in_a_name_shows_as_typed_in_the_edit_menu(
    qtbot, demo_path, monkeypatch
) -> None:
    window, page = _setup(qtbot, demo_path)
    page.add_partner_button.click()  # the new partner's name is being edited
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Acme GmbH & Co. KG")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Acme GmbH & Co. KG" in [p.name for p in stored(demo_path).partners])
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    page.remove_partner_button.click()
    undo = window.actions.undo
    assert _shown_in_menu(undo.text()) == "Undo Remove partner Acme GmbH & Co. KG"
    window.actions.undo.trigger()
    assert _shown_in_menu(window.actions.redo.text()) == "Redo Remove partner Acme GmbH & Co. KG"


def test_two_participants_of_one_partner_cannot_share_a_name(qtbot, demo_path) -> None:
    window, page = _setup(qtbot, demo_path)
    view = page.participants_view
    model = view.model()
    first_id = model.index(0, pcols.COL_NAME).data(Qt.ItemDataRole.UserRole + 1)
    second_id = model.index(1, pcols.COL_NAME).data(Qt.ItemDataRole.UserRole + 1)
    go_to_cell(qtbot, view, model.index(0, pcols.COL_NAME))
    type_text(qtbot, "Anna Keller")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(demo_path).participant(first_id).name == "Anna Keller")
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == second_id
    )
    go_to_cell(qtbot, view, model.index(row, pcols.COL_NAME))
    type_text(qtbot, "anna keller")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.participants_error.isVisible())
    assert "already a participant of this partner" in page.participants_error.text()
    assert stored(demo_path).participant(second_id).name != "anna keller"
    assert "NOT SAVED" in window.save_label.text()


def test_an_e_mail_address_is_checked(qtbot, demo_path) -> None:
    window, page = _setup(qtbot, demo_path)
    view = page.participants_view
    model = view.model()
    person_id = model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    before = stored(demo_path).participant(person_id).email
    go_to_cell(qtbot, view, model.index(0, pcols.COL_EMAIL))
    type_text(qtbot, "anna.koehler(at)nordwerk.de")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.participants_error.isVisible())
    assert "is not an e-mail address" in page.participants_error.text()
    assert stored(demo_path).participant(person_id).email == before
    go_to_cell(qtbot, view, model.index(0, pcols.COL_EMAIL))
    type_text(qtbot, "anna.koehler@nordwerk.de")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.participants_error.isHidden())
    assert stored(demo_path).participant(person_id).email == "anna.koehler@nordwerk.de"
    assert window.save_label.text() == "All changes saved"


def test_may_decide_to_opens_with_its_value(qtbot, demo_path) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("governance", "review_points")
    page = window.page("governance")
    view = page.reviews_view
    model = view.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 3).data() and "exit" not in model.index(r, 3).data()
    )
    shown = model.index(row, 3).data()
    key = model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
    go_to_cell(qtbot, view, model.index(row, 3))
    press(qtbot, Qt.Key.Key_F2)
    assert focused().text() == shown  # the stored choices, to change
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, ", exit")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            "exit" in next(r for r in stored(demo_path).review_points if r.id == key).scope_options
        )
    )


def test_undo_goes_to_the_page_and_row_that_changed(qtbot, demo_path) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("governance", "escalation")
    page = window.page("governance")
    view = page.escalation_view
    model = view.model()
    index = model.index(1, 3)
    key = index.data(Qt.ItemDataRole.UserRole + 1)
    go_to_cell(qtbot, view, index)
    type_text(qtbot, "Board decides")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            next(s for s in stored(demo_path).escalation_steps if s.id == key).description
            == "Board decides"
        )
    )
    window.navigate("setup", "")
    page.tabs.setCurrentIndex(0)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.page_stack.currentWidget() is page
    assert page.tabs.currentIndex() == 2  # the escalation tab
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == key
    assert QApplication.focusWidget() is view
    # An answer: its participant and question are shown.
    window.navigate("questionnaire", "")
    q = window.page("questionnaire")
    q.set_participant(q.participant_combo.itemData(2))
    q.go_to(3)
    pid, qid = q._participant_id, q.current_question().id
    press(qtbot, Qt.Key.Key_1)
    q.set_participant(q.participant_combo.itemData(0))
    q.go_to(0)
    window.navigate("setup", "")
    window.actions.undo.trigger()
    assert window.page_stack.currentWidget() is q
    assert (q._participant_id, q.current_question().id) == (pid, qid)
