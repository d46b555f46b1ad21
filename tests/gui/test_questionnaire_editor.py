"""The questionnaire editor driven by keyboard and mouse; checks what the file holds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidget

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.scope import active_question_ids
from workshop_app.exchange.forms_xlsx_read import read_form_xlsx
from workshop_app.exchange.template_library import list_library
from workshop_app.exchange.templates import load_template
from workshop_app.session import WorkshopSession
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.pages.questionnaire_editor import ID_ROLE, QuestionnaireEditor
from workshop_app.ui.start import NewWorkshopDialog


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Message boxes are answered by the test (``answer``), and recorded (``shown``)."""
    state: dict[str, object] = {"answer": QMessageBox.StandardButton.No, "shown": []}

    def question(parent, title, text, *args, **kwargs):
        state["shown"].append(text)  # type: ignore[union-attr]  # "shown" holds a list
        return state["answer"]

    def note(parent, title, text, *args, **kwargs):
        state["shown"].append(text)  # type: ignore[union-attr]  # "shown" holds a list
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", note)
    monkeypatch.setattr(QMessageBox, "warning", note)
    return state


@pytest.fixture
def editor(qtbot, demo_path: Path):
    store = open_workshop(demo_path)
    session = WorkshopSession(store)
    dialog = QuestionnaireEditor(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    yield dialog
    dialog.close()
    store.close(backup=False)


def _stored(path: Path):
    store = open_workshop(path, read_only=True)
    try:
        return store.load()
    finally:
        store.close(backup=False)


def _click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _choose(editor: QuestionnaireEditor, qid: str) -> None:
    """Click the question in the list."""
    tree = editor.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            item = top.child(j)
            if item.data(0, ID_ROLE) == qid:
                tree.scrollToItem(item)
                rect = tree.visualItemRect(item)
                QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                assert editor.current_id() == qid
                return
    raise AssertionError(f"{qid} is not listed")


def _retype(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        QTest.keyClicks(widget, text)


def _type_in_cell(table: QTableWidget, row: int, col: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, col)
    QTest.keyClick(table, Qt.Key.Key_F2)
    cell_editor = QApplication.focusWidget()
    QTest.keyClick(cell_editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(cell_editor, text)
    QTest.keyClick(cell_editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell in a queued call, as after any key
    assert table.state() is QTableWidget.State.NoState


def _answered_choice(editor: QuestionnaireEditor) -> str:
    answered = editor.answered()
    q = editor.questionnaire()
    return next(x.id for x in q.questions() if x.options and x.id in answered)


def test_a_wording_edit_is_saved_recorded_and_undone_in_one_step(
    editor: QuestionnaireEditor, demo_path: Path
) -> None:
    qid = _answered_choice(editor)
    before = _stored(demo_path).questionnaire
    _choose(editor, qid)
    assert "has answers" in editor.note.text()
    _retype(editor.form.text_edit, "Which one reason matters most to your organisation?")
    _click(editor.apply_button)
    stored = _stored(demo_path).questionnaire
    assert stored.question(qid).text == "Which one reason matters most to your organisation?"
    assert [(r.field, r.was) for r in stored.revisions_of(qid)] == [
        ("text", before.question(qid).text)
    ]
    assert "Edited" in editor.note.text()
    assert editor.session.undo_stack.count() == 1
    _click(editor.undo_button)
    assert _stored(demo_path).questionnaire == before
    assert editor.form.text_edit.toPlainText() == before.question(qid).text


def test_a_meaning_change_of_an_answered_question_is_refused_then_duplicated(
    editor: QuestionnaireEditor, demo_path: Path, asked: dict[str, object]
) -> None:
    qid = _answered_choice(editor)
    before = _stored(demo_path)
    _choose(editor, qid)
    combo = editor.form.type_combo
    combo.setFocus()
    while combo.currentData() != QuestionType.TEXT.value:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    _click(editor.apply_button)
    assert "already has answers, and its type would change" in asked["shown"][-1]
    assert "Duplicate it as a new question" in editor.message.text()
    assert _stored(demo_path).questionnaire == before.questionnaire
    assert editor.session.undo_stack.count() == 0

    asked["answer"] = QMessageBox.StandardButton.Yes
    _click(editor.apply_button)
    after = _stored(demo_path)
    ids = [x.id for x in after.questionnaire.questions()]
    new_id = ids[ids.index(qid) + 1]
    assert after.questionnaire.question(new_id).type is QuestionType.TEXT
    assert after.questionnaire.question(qid) == before.questionnaire.question(qid)
    assert qid in after.details.excluded_questions
    assert editor.current_id() == new_id
    assert editor.session.undo_stack.count() == 1
    _click(editor.undo_button)
    undone = _stored(demo_path)
    assert undone.questionnaire == before.questionnaire
    assert undone.details == before.details


def test_add_a_number_question_with_problems_shown_beside_the_fields(
    editor: QuestionnaireEditor, demo_path: Path
) -> None:
    before = len(_stored(demo_path).questionnaire)
    combo = editor.add_type
    combo.setFocus()
    while combo.currentData() != QuestionType.NUMBER.value:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    _click(editor.add_button)
    new_id = editor.current_id()
    assert new_id is not None
    assert len(_stored(demo_path).questionnaire) == before + 1
    _retype(editor.form.text_edit, "How many test benches does your organisation bring?")
    _retype(editor.form.unit_edit, "benches")
    _retype(editor.form.tolerance_edit, "-3")
    _click(editor.apply_button)
    assert editor.form.errors["tolerance"].isVisible()
    assert "positive number" in editor.form.errors["tolerance"].text()
    _retype(editor.form.tolerance_edit, "")
    _click(editor.apply_button)
    assert "needs a tolerance" in editor.form.errors["tolerance"].text()
    assert _stored(demo_path).questionnaire.question(new_id).unit == ""
    _retype(editor.form.tolerance_edit, "2")
    _click(editor.apply_button)
    assert not editor.form.errors["tolerance"].isVisible()
    stored = _stored(demo_path).questionnaire.question(new_id)
    assert (stored.unit, stored.tolerance) == ("benches", 2.0)
    assert stored.text == "How many test benches does your organisation bring?"
    editor.tabs.setCurrentIndex(1)
    assert "benches" in editor.preview.texts()


def test_options_duplicate_move_switch_off_and_remove(
    editor: QuestionnaireEditor, demo_path: Path, asked: dict[str, object]
) -> None:
    qid = _answered_choice(editor)
    _choose(editor, qid)
    _click(editor.duplicate_button)
    copy = editor.current_id()
    assert copy != qid
    # The copy has no answers: its options may change.
    _click(editor.form.add_option_button)
    table = editor.form.options
    _type_in_cell(table, table.rowCount() - 1, 1, "A brand-new reason")
    _click(editor.apply_button)
    stored = _stored(demo_path)
    assert stored.questionnaire.question(copy).options[-1].label == "A brand-new reason"
    ids = [x.id for x in stored.questionnaire.questions()]
    assert ids.index(copy) == ids.index(qid) + 1
    _click(editor.up_button)
    ids = [x.id for x in _stored(demo_path).questionnaire.questions()]
    assert ids.index(copy) == ids.index(qid) - 1
    _click(editor.off_button)
    assert copy in _stored(demo_path).details.excluded_questions
    _click(editor.off_button)
    assert copy not in _stored(demo_path).details.excluded_questions
    _click(editor.remove_button)
    assert not _stored(demo_path).questionnaire.has_question(copy)
    # An answered question cannot be removed.
    _choose(editor, qid)
    _click(editor.remove_button)
    assert "switch it off instead" in editor.message.text()
    assert _stored(demo_path).questionnaire.has_question(qid)


def test_likert_scale_and_anchors(editor: QuestionnaireEditor, demo_path: Path) -> None:
    combo = editor.add_type
    combo.setFocus()
    while combo.currentData() != QuestionType.LIKERT.value:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    _click(editor.add_button)
    new_id = editor.current_id()
    hi = editor.form.scale_hi
    hi.setFocus()
    QTest.keyClick(hi, Qt.Key.Key_Up)
    QTest.keyClick(hi, Qt.Key.Key_Up)
    _click(editor.apply_button)
    assert "label both ends" in editor.form.errors["anchors"].text()
    _type_in_cell(editor.form.anchors, 6, 1, "Completely")
    _click(editor.apply_button)
    # The writing rules want every point described, as forms validate does.
    assert "no label for 2, 3, 4, 6" in editor.form.errors["anchors"].text()
    labels = ["Hardly", "Somewhat", "Half", "Mostly", "Almost fully"]
    for row, label in zip((1, 2, 3, 4, 5), labels, strict=True):
        _type_in_cell(editor.form.anchors, row, 1, label)
    _click(editor.apply_button)
    assert not editor.form.errors["anchors"].isVisible()
    stored = _stored(demo_path).questionnaire.question(new_id)
    assert (stored.scale_lo, stored.scale_hi) == (1, 7)
    assert stored.anchors == tuple(
        enumerate(
            ["Not at all", "Hardly", "Somewhat", "Half", "Mostly", "Almost fully", "Completely"],
            start=1,
        )
    )


def test_save_as_template_lists_it_for_new_workshops_and_export_import_excel(
    editor: QuestionnaireEditor,
    asked: dict[str, object],
    isolated_data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = editor.settings
    editor.tabs.setCurrentIndex(2)
    _retype(settings.id_edit, "plant-deal")
    _retype(settings.version_edit, "1.0")
    _click(settings.apply_button)
    _click(editor.template_buttons.save_button)
    saved = isolated_data / "templates" / "plant-deal-1.0.yaml"
    assert load_template(saved) == replace(editor.questionnaire(), revisions=())
    assert editor.questionnaire().template_id == "plant-deal"
    dialog = NewWorkshopDialog(list_library())
    labels = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert any("your template" in label for label in labels)
    assert str(saved) in [
        dialog.template_combo.itemData(i) for i in range(dialog.template_combo.count())
    ]
    dialog.deleteLater()

    out = tmp_path / "form.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _click(editor.template_buttons.export_button)
    data, warnings = read_form_xlsx(out)
    assert data["id"] == "plant-deal" and warnings == []
    saved.unlink()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    _click(editor.template_buttons.import_button)
    assert load_template(saved).template_id == "plant-deal"


def test_the_editor_opens_from_the_edit_menu(qtbot, demo_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_path)
    assert window.actions.edit_questionnaire.isEnabled()
    window.actions.edit_questionnaire.trigger()
    assert window.editor is not None and window.editor.isVisible()
    window.close_workshop()
    assert window.editor is None
    assert not window.actions.edit_questionnaire.isEnabled()


def test_leaving_a_changed_question_asks_to_save_it(
    editor: QuestionnaireEditor, demo_path: Path, asked: dict[str, object]
) -> None:
    q = editor.questionnaire()
    first, second = [x.id for x in q.questions()][:2]
    _choose(editor, first)
    _retype(editor.form.short_edit, "Reason that wins")
    asked["answer"] = QMessageBox.StandardButton.Cancel
    _choose_anyway(editor, second)
    assert editor.current_id() == first
    assert editor.form.short_edit.text() == "Reason that wins"
    asked["answer"] = QMessageBox.StandardButton.Save
    _choose_anyway(editor, second)
    assert editor.current_id() == second
    assert _stored(demo_path).questionnaire.question(first).short_title == "Reason that wins"
    _choose(editor, first)
    _retype(editor.form.short_edit, "Thrown away")
    asked["answer"] = QMessageBox.StandardButton.Discard
    _choose_anyway(editor, second)
    assert _stored(demo_path).questionnaire.question(first).short_title == "Reason that wins"


def _choose_anyway(editor: QuestionnaireEditor, qid: str) -> None:
    tree = editor.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(0, ID_ROLE) == qid:
                rect = tree.visualItemRect(top.child(j))
                QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    raise AssertionError(qid)


def test_move_an_answered_question_to_another_element(
    editor: QuestionnaireEditor, demo_path: Path
) -> None:
    qid = _answered_choice(editor)
    before = _stored(demo_path).questionnaire
    _choose(editor, qid)
    combo = editor.form.element_combo
    combo.setFocus()
    while combo.currentData() != Element.EXIT.value:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    _click(editor.apply_button)
    stored = _stored(demo_path).questionnaire
    assert stored.element_of(qid) is Element.EXIT
    assert stored.question(qid) == before.question(qid)
    assert stored.revisions == ()  # moving is no change of wording or meaning
    _click(editor.undo_button)
    assert _stored(demo_path).questionnaire == before


def test_a_read_only_workshop_cannot_be_edited(qtbot, demo_path: Path) -> None:
    store = open_workshop(demo_path, read_only=True)
    try:
        dialog = QuestionnaireEditor(WorkshopSession(store))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.read_only_label.isVisible()
        assert not dialog.apply_button.isEnabled()
        assert not dialog.add_button.isEnabled()
        assert not dialog.form.isEnabled()
        assert not dialog.settings.apply_button.isEnabled()
    finally:
        store.close(backup=False)


def test_a_question_not_meant_for_the_phase_can_be_switched_on(
    editor: QuestionnaireEditor, demo_path: Path
) -> None:
    w = _stored(demo_path)
    active = active_question_ids(w.details, w.questionnaire)
    qid = next(x.id for x in w.questionnaire.questions() if x.id not in active)
    _choose(editor, qid)
    assert editor.off_button.text() == "Switch o&n"
    _click(editor.off_button)
    after = _stored(demo_path)
    assert qid in after.details.included_questions
    assert qid in active_question_ids(after.details, after.questionnaire)
    assert editor.off_button.text() == "Switch o&ff"
    _click(editor.off_button)
    again = _stored(demo_path)
    assert qid not in active_question_ids(again.details, again.questionnaire)
    assert qid not in again.details.included_questions + again.details.excluded_questions
