"""The questionnaire stores exactly what a participant meant, under the right name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.keyboard import focused, open_window, press, stored, type_text
from tests.gui.test_questionnaire import LIKERT_COUNT, _workshop
from workshop_app.storage.store import create_workshop
from workshop_app.ui.app import style_sheet
from workshop_app.ui.pages.questionnaire import QuestionnairePage
from workshop_app.ui.widgets.answer_editors import PointsBox

S1, M1, R1, A1, N1, T1 = range(LIKERT_COUNT, LIKERT_COUNT + 6)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "input.workshop"
    create_workshop(p, _workshop()).close(backup=False)
    return p


def _open(qtbot, path: Path, size: tuple[int, int] = (1280, 720)):
    window = open_window(qtbot, path, size)
    window.navigate("questionnaire", "")
    page = window.page("questionnaire")
    assert isinstance(page, QuestionnairePage)
    return window, page


def _answer(path: Path, pid: str, qid: str):
    return next(
        (a.value for a in stored(path).answers if (a.participant_id, a.question_id) == (pid, qid)),
        "missing",
    )


def test_split_points_typed_replace_the_box_and_save_only_on_confirm(qtbot, path) -> None:
    _window, page = _open(qtbot, path)
    page.go_to(A1)
    first, second = (spin for _, spin in page.allocation_spins)
    assert focused() is first
    type_text(qtbot, "10")  # over the "0" shown: 10, not 100
    assert first.value() == 10
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is second
    type_text(qtbot, "25")
    assert second.value() == 25
    assert "65 left" in page.allocation_total.text()
    assert _answer(path, "u1", "A1") == "missing"  # nothing saved while it does not add up
    press(qtbot, Qt.Key.Key_Backtab)
    type_text(qtbot, "150")  # a digit too many is kept and said, not dropped
    assert first.value() == 150
    assert "75 too many" in page.allocation_total.text()
    press(qtbot, Qt.Key.Key_Return)
    assert page.current_question().id == "A1"
    assert _answer(path, "u1", "A1") == "missing"
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "75")
    assert "Total: 100 of 100" in page.allocation_total.text()
    assert _answer(path, "u1", "A1") == "missing"  # adding up does not save by itself
    assert page.current_question().id == "A1"
    press(qtbot, Qt.Key.Key_Return)  # the confirm
    assert _answer(path, "u1", "A1") == {"a": 75.0, "b": 25.0}
    assert page.current_question().id == "N1"


def test_a_click_into_a_points_box_selects_its_content(qtbot, path) -> None:
    _window, page = _open(qtbot, path)
    page.go_to(A1)
    _first, second = (spin for _, spin in page.allocation_spins)
    assert isinstance(second, PointsBox)
    app = QApplication.instance()
    app.setStyleSheet(style_sheet())
    try:  # with the app's style the typed points show in the box
        for _, spin in page.allocation_spins:
            spin.ensurePolished()
            spin.resize(spin.sizeHint())
            assert spin.lineEdit().width() >= spin.fontMetrics().horizontalAdvance("1000")
    finally:
        app.setStyleSheet("")
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(5, second.height() // 2))
    qtbot.waitUntil(lambda: second.lineEdit().selectedText() == "0")
    type_text(qtbot, "40")
    assert second.value() == 40


def test_keys_meant_for_answers_never_switch_the_participant(qtbot, path) -> None:
    window, page = _open(qtbot, path)
    assert page.current_participant().id == "u1"
    assert "Jürgen Weiß" in page.answering_label.text()
    default = page.comment_edit.fontInfo().pointSizeF()
    assert page.answering_label.fontInfo().pointSizeF() >= 1.5 * default
    app = QApplication.instance()
    app.setStyleSheet(style_sheet())
    try:
        page.answering_label.ensurePolished()
        assert page.answering_label.fontInfo().pointSizeF() >= 1.5 * default
    finally:
        app.setStyleSheet("")
    # Tab through the whole page, typing digits and arrows wherever the focus lands.
    for _ in range(25):
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is not page.participant_combo
        if focused() is page.comment_edit:
            continue
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Up)
    assert page.current_participant().id == "u1"
    # A wheel passing over the box does not switch either.
    qtbot.wait(1)
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(page.participant_combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.participant_combo, wheel)
    assert page.current_participant().id == "u1"
    stored_answers = stored(path).answers
    assert all(a.participant_id == "u1" for a in stored_answers)
    del window


def test_switching_away_from_a_participant_not_done_asks(qtbot, path, monkeypatch) -> None:
    _window, page = _open(qtbot, path)
    press(qtbot, Qt.Key.Key_4)  # Jürgen answers L01
    asked: list[str] = []

    def no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    combo = page.participant_combo
    combo.setFocus(Qt.FocusReason.MouseFocusReason)  # as a click on it does
    press(qtbot, Qt.Key.Key_Down)  # the next person: asked, answered No
    assert asked and "Jürgen Weiß has answered 1 of" in asked[0]
    assert page.current_participant().id == "u1"
    assert combo.currentData() == "u1"
    assert not combo.hasFocus()  # back to the answer
    press(qtbot, Qt.Key.Key_5)
    assert _answer(path, "u1", "L02") == 5

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    press(qtbot, Qt.Key.Key_Down)
    assert page.current_participant().id == "u2"
    assert "王芳" in page.answering_label.text()
    assert not combo.hasFocus()
    press(qtbot, Qt.Key.Key_3)
    assert _answer(path, "u2", "L01") == 3
    assert _answer(path, "u1", "L03") == "missing"


def test_switching_away_from_a_typed_unsaved_answer_asks(qtbot, path, monkeypatch) -> None:
    _window, page = _open(qtbot, path)
    page.go_to(N1)
    type_text(qtbot, "900")  # above the maximum: cannot be saved
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda p, t, text, *a: asked.append(text) or QMessageBox.StandardButton.No),
    )
    page.participant_combo.setFocus(Qt.FocusReason.MouseFocusReason)
    press(qtbot, Qt.Key.Key_Down)
    assert asked and "not saved" in asked[0]
    assert page.current_participant().id == "u1"
    assert page.number_edit.text() == "900"  # still there to be corrected


def test_a_number_typed_again_replaces_the_stored_one(qtbot, path) -> None:
    _window, page = _open(qtbot, path)
    page.go_to(N1)
    type_text(qtbot, "120")
    press(qtbot, Qt.Key.Key_Return)
    assert _answer(path, "u1", "N1") == 120.0
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Back, to the number
    qtbot.waitUntil(lambda: page.current_question().id == "N1")
    assert focused() is page.number_edit
    type_text(qtbot, "80")
    press(qtbot, Qt.Key.Key_Return)
    assert _answer(path, "u1", "N1") == 80.0  # not 12080


def test_ranking_enter_saves_the_order_shown(qtbot, path) -> None:
    _window, page = _open(qtbot, path)
    page.go_to(R1)
    assert focused() is page.ranking_list
    press(qtbot, Qt.Key.Key_Return)  # accepted as shown
    assert _answer(path, "u1", "R1") == ("a", "b", "c")
    assert page.current_question().id == "A1"


@pytest.mark.parametrize("sheet", [True, False], ids=["app style sheet", "plain style"])
def test_the_selected_ranking_item_stays_readable(qtbot, path, sheet: bool) -> None:
    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(style_sheet() if sheet else "")
    try:
        _window, page = _open(qtbot, path)
        page.go_to(R1)
        ranking = page.ranking_list
        for focused_list in (True, False):
            if not focused_list:
                page.comment_edit.setFocus()
            for row in range(ranking.count()):
                rect = ranking.visualItemRect(ranking.item(row)).adjusted(2, 2, -2, -2)
                ranking.setCurrentRow((row + 1) % ranking.count())
                plain = _contrast_pixels(ranking.viewport().grab().toImage(), rect)
                ranking.setCurrentRow(row)
                selected = _contrast_pixels(ranking.viewport().grab().toImage(), rect)
                # The text shows as clearly on the selection bar as without it.
                assert plain > 5
                assert selected >= 0.35 * plain, (row, focused_list, selected, plain)
    finally:
        app.setStyleSheet(before)


def _contrast_pixels(image: QImage, rect) -> int:
    """Pixels in ``rect`` far from its most common colour: the text drawn on the bar."""
    counts: dict[int, int] = {}
    dpr = image.devicePixelRatio()
    pixels = [
        image.pixelColor(int(x * dpr), int(y * dpr))
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    ]
    for c in pixels:
        counts[c.rgb()] = counts.get(c.rgb(), 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.get))

    def far(c: QColor) -> bool:
        return (
            abs(c.red() - background.red())
            + abs(c.green() - background.green())
            + abs(c.blue() - background.blue())
            > 150
        )

    return sum(1 for c in pixels if far(c))


def test_arrow_keys_move_between_options_without_changing_the_answer(qtbot, path) -> None:
    _window, page = _open(qtbot, path)
    press(qtbot, Qt.Key.Key_4)  # L01 = 4, on to L02
    press(qtbot, Qt.Key.Key_Left)  # back to L01: its option 4 has the focus
    assert page.current_question().id == "L01"
    assert focused() is page.choice_group.button(4)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is page.choice_group.button(5)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is page.choice_group.button(3)
    assert _answer(path, "u1", "L01") == 4  # looking at options is not answering
    assert page.choice_group.checkedId() == 4
    press(qtbot, Qt.Key.Key_Space)  # choosing the focused option is
    assert _answer(path, "u1", "L01") == 3


def test_done_hands_over_on_a_neutral_screen(qtbot, path) -> None:
    window, page = _open(qtbot, path)
    page.go_to(T1)
    type_text(qtbot, "Geheim")
    page.comment_edit.setFocus()
    type_text(qtbot, "nur fuer mich")
    page.text_edit.setFocus()
    page.done_button.click()
    assert stored(path).participant("u1").done
    assert _answer(path, "u1", "T1") == "Geheim"
    assert page.handing_over()
    assert not page.card.isVisible()
    shown = " ".join(w.text() for w in page.findChildren(type(page.status_label)) if w.isVisible())
    assert "Geheim" not in shown and "nur fuer mich" not in shown
    assert page.comment_edit.text() == ""
    press(qtbot, Qt.Key.Key_1)  # digits do nothing here
    assert _answer(path, "u1", "L01") == "missing"
    assert "王芳" in page.next_person_button.text()
    press(qtbot, Qt.Key.Key_Return)  # the next person starts
    assert page.current_participant().id == "u2"
    assert not page.handing_over()
    assert page.current_question().id == "L01"
    press(qtbot, Qt.Key.Key_2)
    assert _answer(path, "u2", "L01") == 2
    del window


def test_answer_options_fit_or_scroll_into_view_at_1024x640(qtbot, path, tmp_path) -> None:
    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(style_sheet())
    try:
        window, page = _open(qtbot, path, (1024, 640))
        assert window.width() <= 1024 and window.height() <= 640
        viewport = page.scroll.viewport()

        def in_view(widget) -> bool:
            top = widget.mapTo(viewport, QPoint(0, 0)).y()
            return top >= 0 and top + widget.height() <= viewport.height()

        assert focused() is page.choice_group.button(1)
        assert in_view(page.question_label)
        for n in range(1, 6):
            assert focused() is page.choice_group.button(n)
            assert in_view(focused()), n
            press(qtbot, Qt.Key.Key_Down)
        # the question and all five options fit together
        assert all(in_view(b) for b in page.choice_group.buttons())
        assert in_view(page.question_label)
        window.grab().save(str(tmp_path / "questionnaire-1024x640.png"))
    finally:
        app.setStyleSheet(before)
