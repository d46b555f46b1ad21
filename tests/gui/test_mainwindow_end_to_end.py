"""One workshop from start to finish through the real window, then reopened from disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_app.domain.enums import GapStatus, QuestionType, RightCode
from workshop_app.domain.scope import active_questions
from workshop_app.exchange.templates import DEFAULT_TEMPLATE_ID, list_templates
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.models import participants as pc
from workshop_app.ui.models import partners as pt
from workshop_app.ui.start import NewWorkshopDialog


def _key(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _load(path: Path):
    store = open_workshop(path, read_only=True)
    try:
        return store.load()
    finally:
        store.close(backup=False)


def test_a_whole_workshop_through_every_page(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()

    # --- a new workshop from the default template ---
    template = next(t for t in list_templates() if t.template_id == DEFAULT_TEMPLATE_ID)
    monkeypatch.setattr(
        NewWorkshopDialog, "ask", staticmethod(lambda parent: ("EV-Allianz 2027", template.path))
    )
    path = tmp_path / "EV-Allianz.workshop"
    monkeypatch.setattr(
        "workshop_app.ui.mainwindow.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), "")
    )
    window.actions.new.trigger()
    assert window.session is not None

    # --- setup: two partners, one participant each ---
    setup = window.page("setup")
    setup.add_partner_button.click()
    setup.add_partner_button.click()
    partners = setup.partners_model
    assert partners.setData(partners.index(0, pt.COL_NAME), "Nordwerk Fahrzeugbau AG")
    assert partners.setData(partners.index(1, pt.COL_NAME), "한빛배터리")
    for row, name in ((0, "Jürgen Weiß"), (1, "王芳")):
        setup.partner_combo.setCurrentIndex(row)
        setup.add_participant_button.click()
        people = setup.participants_model
        assert people.setData(people.index(0, pc.COL_NAME), name)

    # --- questionnaire by keys only: each partner answers its own way ---
    _key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page("questionnaire")
    assert window.page_stack.currentWidget() is page
    # the questions this workshop asks (no purpose yet: not those for particular purposes)
    questions = active_questions(window.session.workshop())
    assert 0 < len(questions) < len(window.session.workshop().questionnaire)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda p, t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes),
    )
    for person, digit in (("Jürgen Weiß", Qt.Key.Key_1), ("王芳", Qt.Key.Key_2)):
        if page.current_participant().name != person:
            _key(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # "Who is answering"
            assert QApplication.focusWidget() is page.participant_combo
            _key(qtbot, Qt.Key.Key_Down)
            # Jürgen has not pressed "I'm done": switching away from him asks first.
            assert asked and "Jürgen Weiß has answered" in asked[-1]
        assert page.current_participant().name == person
        page.go_to(0)
        for question in questions:
            assert page.current_question().id == question.id
            if question.type in (QuestionType.LIKERT, QuestionType.SINGLE_CHOICE):
                _key(qtbot, digit)
            elif question is not questions[-1]:
                _key(qtbot, Qt.Key.Key_Return)
    stored = _load(path)
    # Enter accepts a ranking as shown; the other types left blank store nothing.
    digits = (QuestionType.LIKERT, QuestionType.SINGLE_CHOICE)
    scored = [
        q
        for q in questions
        if q.type in digits or (q.type is QuestionType.RANKING and q is not questions[-1])
    ]
    assert len(stored.answers) == 2 * len(scored)

    # --- alignment: reveal, then resolve the worst gap ---
    _key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    alignment = window.page("alignment")
    alignment.reveal_button.click()
    alignment.refresh()
    assert _load(path).details.revealed
    view = alignment.gap_view
    assert view.model().rowCount() > 0
    view.setCurrentIndex(view.model().index(0, 0))
    gap = alignment._gap()
    assert gap is not None
    alignment.agreed_edit.setPlainText("Nordwerk führt die Architektur; 한빛 wird konsultiert.")
    alignment.owner_edit.setText("王芳")
    alignment.status_combo.setCurrentIndex(
        alignment.status_combo.findData(GapStatus.RESOLVED.value)
    )
    assert alignment.save_discussion()

    # --- contributions and decision rights ---
    _key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    contributions = window.page("contributions")
    contributions.add_contribution()
    model = contributions.model
    row = model.rowCount() - 1
    assert model.setData(model.index(row, model.DESCRIPTION), "40 Ingenieurjahre E/E-Architektur")
    _key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    governance = window.page("governance")
    governance.add_decision()
    rights = governance.decisions_model
    row = rights.rowCount() - 1
    assert rights.setData(rights.index(row, rights.TITLE), "Architektur-Baseline")
    assert rights.setData(rights.index(row, rights.FIRST_PARTNER), "D")

    # --- undo and redo the last step ---
    def right() -> RightCode | None:
        w = _load(path)
        decision = next(d for d in w.decisions if d.title == "Architektur-Baseline")
        return decision.right_of(w.partners[0].id)

    assert right() is RightCode.DECIDES
    window.actions.undo.trigger()
    assert right() is None
    window.actions.redo.trigger()
    assert right() is RightCode.DECIDES

    # --- close, reopen and find everything ---
    window.actions.close.trigger()
    assert window.session is None
    assert window.open_path(path)
    w = window.session.workshop()
    assert [p.name for p in w.partners] == ["Nordwerk Fahrzeugbau AG", "한빛배터리"]
    assert sorted(p.name for p in w.participants) == sorted(["Jürgen Weiß", "王芳"])
    assert len(w.answers) == 2 * len(scored)
    discussion = w.gap_discussion(gap.question_id)
    assert discussion.status is GapStatus.RESOLVED
    assert discussion.owner == "王芳"
    assert "한빛" in discussion.agreed_position
    assert [c.description for c in w.contributions] == ["40 Ingenieurjahre E/E-Architektur"]
    assert [d.right_of(w.partners[0].id) for d in w.decisions] == [RightCode.DECIDES]
    assert w.details.title == "EV-Allianz 2027"
