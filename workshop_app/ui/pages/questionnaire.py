"""Page 2: one participant answers the questionnaire, one question at a time.

Keyboard first: digits 1-9 answer a Likert or single-choice question and go on, 0 answers
"Don't know" and goes on, Enter or Right goes on, Left goes back, so a whole Likert
questionnaire takes about one key press per question. A participant sees only the
questions they are asked (the workshop's active questions for their function). Every
answer is saved at once through the session (one undo step). Only the chosen
participant's own answers are ever shown here.

This module is what the page does (who answers, which question is shown, moving on);
its widgets are built in pages.questionnaire_view, its edits saved by
pages.questionnaire_saving and each kind of answer is edited by its panel in
ui.answer_panels.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.model import Answer, Participant, Workshop
from workshop_app.domain.questionnaire import AnswerValue, Question, Questionnaire
from workshop_app.domain.scope import active_questions, asked_questions
from workshop_app.domain.translation import localized
from workshop_app.session import WorkshopSession
from workshop_app.ui.pages.questionnaire_saving import AnswerSaving


class QuestionnairePage(AnswerSaving):
    page_id = "questionnaire"

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._participant_id: str | None = None
        self._index = 0
        self._questions: list[Question] = []
        self._answers: dict[str, Answer] = {}
        self._shown: tuple[str | None, str | None] = (None, None)
        self._dirty = False
        self._loading = False
        self._own_edit = False
        self._going_on = False
        self._stale_question = False
        self._switch_confirmed = False
        self._localized: tuple[Questionnaire, str, Questionnaire] | None = None
        self._build_view()

        for panel in dict.fromkeys(self.panels.values()):
            panel.answered.connect(self._panel_answered)
            panel.edited.connect(self._mark_dirty)
            panel.commitRequested.connect(self._save_typed)
            panel.nextRequested.connect(self.go_next)
        self.handover_panel.startRequested.connect(self.set_participant)
        self.participant_combo.currentIndexChanged.connect(self._participant_chosen)
        self.done_button.toggled.connect(self._toggle_done)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.skip_button.clicked.connect(self.skip)
        self.dont_know_button.clicked.connect(self.dont_know)
        self.comment_edit.editingFinished.connect(self._commit_comment)
        self.mark_editing(
            self.answer_stack,
            self.skip_button,
            self.done_button,
            self.dont_know_button,
            self.next_person_button,
        )

        # Active while this page is visible in the active window (also when the focus is
        # still on the navigation list); text fields keep their keys, as they accept
        # ShortcutOverride for typing and cursor keys.
        context = Qt.ShortcutContext.WindowShortcut
        for digit in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(digit)), self, context=context)
            shortcut.activated.connect(partial(self.answer_digit, digit))
        QShortcut(QKeySequence("0"), self, context=context).activated.connect(self.dont_know)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            QShortcut(QKeySequence(key), self, context=context).activated.connect(self.go_next)
        for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            QShortcut(QKeySequence(key), self, context=context).activated.connect(self.go_back)
        self.refresh()

    # --- hand-over ----------------------------------------------------------------------

    def handing_over(self) -> bool:
        return self.body_stack.currentWidget() is self.handover_panel

    def _next_participant(self) -> Participant | None:
        w = self.session.workshop()
        people = [p for partner in w.partners for p in w.participants_of(partner.id)]
        ids = [p.id for p in people]
        start = ids.index(self._participant_id) + 1 if self._participant_id in ids else 0
        for person in people[start:] + people[:start]:
            if not person.done:
                return person
        return None

    def _show_handover(self, person: Participant) -> None:
        following = self._next_participant()
        self.handover_panel.show_thanks(
            person.name,
            following.name if following else None,
            following.id if following else None,
        )
        self.comment_edit.clear()
        for widget in (self.comment_edit, self.back_button, self.skip_button, self.next_button):
            widget.setEnabled(False)
        self.status_label.setText("")
        self.body_stack.setCurrentWidget(self.handover_panel)
        if following is not None:
            self.next_person_button.setFocus()

    def _hide_handover(self) -> None:
        if not self.handing_over():
            return
        self.body_stack.setCurrentWidget(self.scroll)
        for widget in (self.comment_edit, self.skip_button, self.next_button):
            widget.setEnabled(self._participant_id is not None and self.editable)

    def start_next_participant(self) -> None:
        self.handover_panel.start()

    # --- state ------------------------------------------------------------------------

    def set_participant(self, participant_id: str) -> None:
        """Switch to a participant the caller has chosen deliberately (no question asked)."""
        index = self.participant_combo.findData(participant_id)
        if index >= 0:
            self._switch_confirmed = True
            try:
                self.participant_combo.setCurrentIndex(index)
            finally:
                self._switch_confirmed = False

    def go_to(self, index: int) -> None:
        if not self._questions:
            return
        self._index = max(0, min(index, len(self._questions) - 1))
        self._show_question()

    def _participant_chosen(self) -> None:
        if self._loading:
            return
        new_id = self.participant_combo.currentData()
        if new_id == self._participant_id:
            return
        if not self._switch_confirmed and not self._confirm_switch(new_id):
            self._loading = True  # back to the person who was answering
            self.participant_combo.setCurrentIndex(
                self.participant_combo.findData(self._participant_id)
            )
            self._loading = False
            question = self.current_question()
            if question is not None:
                self._focus_answer(question)  # the unsaved input stays as it was
            return
        self._dirty = False
        self._participant_id = new_id
        self._index = self._first_unanswered()
        self._hide_handover()
        self.refresh()

    def _confirm_switch(self, new_id: str) -> bool:
        """Ask before switching away from unsaved input or a participant not yet done."""
        person = self.current_participant()
        if person is None or not self.editable:
            return True
        problem = ""
        if not self._commit_pending():
            problem = self.tr("{name} has typed an answer that is not saved: {error}").format(
                name=person.name, error=self.answer_error.text()
            )
        elif not person.done and self._answers:
            problem = self.tr(
                '{name} has answered {n} of {total} questions and has not pressed "I\'m done".'
            ).format(name=person.name, n=len(self._answers), total=len(self._questions))
        if not problem:
            return True
        target = next((p.name for p in self.session.workshop().participants if p.id == new_id), "")
        answer = QMessageBox.question(
            self,
            self.tr("Switch participant?"),
            problem + "\n\n" + self.tr("Switch to {name}?").format(name=target),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _first_unanswered(self) -> int:
        w = self.session.workshop()
        done = {a.question_id for a in w.answers_of(self._participant_id or "")}
        for i, q in enumerate(self._questions):
            if q.id not in done:
                return i
        return 0

    # --- navigation -------------------------------------------------------------------

    def go_next(self) -> None:
        if self.handing_over():
            if self.handover_panel.can_start():
                self.start_next_participant()
            return
        question = self.current_question()
        if (
            question is not None
            and question.type is QuestionType.RANKING
            and self._participant_id is not None
            and self.editable
        ):
            # Going on accepts the order shown, also when it was not changed.
            stored = self._answers.get(question.id)
            if (stored.value if stored else None) != self.ranking_list.order():
                self._save(question, self.ranking_list.order())
        if not self._commit_pending():
            return
        if self._index < len(self._questions) - 1:
            self.go_to(self._index + 1)
        else:
            if self._stale_question:
                self._show_question()
            self.status_label.setText(
                self.tr('That was the last question. Press "I\'m done" when finished.')
            )

    def go_back(self) -> None:
        if self.handing_over() or not self._commit_pending():
            return
        self.go_to(self._index - 1)

    def skip(self) -> None:
        question = self.current_question()
        if question is None or self._participant_id is None:
            return
        self._dirty = False
        self._save_and_go_on(question, None)

    def dont_know(self) -> None:
        """Answer "Don't know" (not for a text question) and go on."""
        question = self.current_question()
        if question is None or self._participant_id is None or not question.scored:
            return
        self._dirty = False  # a half-typed number or points give way to "Don't know"
        self._save_and_go_on(question, None, dont_know=True)

    def answer_digit(self, digit: int) -> None:
        """A digit key: answer a Likert or single-choice question and go on."""
        question = self.current_question()
        if question is None or self._participant_id is None or not self.editable:
            return
        if self.handing_over():
            return
        # A multi-choice panel ticks the option itself (and saves), staying on the question.
        value = self.panels[question.type].digit(question, digit)
        if value is not None:
            self._save_and_go_on(question, value)

    def _save_and_go_on(
        self, question: Question, value: AnswerValue | None, *, dont_know: bool = False
    ) -> None:
        """Save an answer given by a key or button that goes on at once. The question is
        not shown again as saved first: the next one takes its place (the last question
        is shown again by go_next, and any other that stays, here)."""
        self._going_on = True
        try:
            saved = self._save(question, value, dont_know=dont_know)
        finally:
            self._going_on = False
        if saved:
            self.go_next()
        if self._stale_question:
            self._show_question()

    def _toggle_done(self, on: bool) -> None:
        person = self.current_participant()
        if self._loading or person is None or person.done == on:
            return
        if on and not self._commit_pending():
            return
        text = self.tr("{name} is done") if on else self.tr("{name} is not done")
        if not self.session.put(replace(person, done=on), text=text.format(name=person.name)):
            self._show_error(self.session.last_error)
            return
        if on:
            self._show_handover(person)
        else:
            self._hide_handover()

    # --- showing ----------------------------------------------------------------------

    def _reload_answers(self) -> None:
        w = self.session.workshop()
        self._answers = {a.question_id: a for a in w.answers_of(self._participant_id or "")}

    def rebuild(self) -> None:
        w = self.session.workshop()
        self._questions = self._asked(w)
        self._loading = True
        try:
            current = self._participant_id
            self._fill_participants(w)
            index = self.participant_combo.findData(current)
            if index < 0 and self.participant_combo.count():
                index = 0
            self.participant_combo.setCurrentIndex(index)
            new_id = self.participant_combo.currentData()
            if new_id != current:
                self._participant_id = new_id
                self._questions = self._asked(w)
                self._index = self._first_unanswered()
            person = self.current_participant()
            self.done_button.setChecked(bool(person and person.done))
        finally:
            self._loading = False
        self._show_answering(person)
        if w.details.blind_mode and not w.details.revealed:
            self.blind_label.setText(
                self.tr(
                    "Blind mode: only your own answers are shown until the facilitator "
                    "reveals them."
                )
            )
        else:
            self.blind_label.setText(
                self.tr("Only the chosen participant's answers are shown here.")
            )
        has_people = self._participant_id is not None
        for widget in (
            self.answer_stack, self.comment_edit, self.skip_button, self.done_button,
            self.dont_know_button,
        ):  # fmt: skip
            widget.setEnabled(has_people)
        self._reload_answers()
        self._show_inactive_note(w, self._answers.values())
        self._update_progress()
        self._show_question()

    def _asked(self, w: Workshop) -> list[Question]:
        """The questions the current participant is asked, in questionnaire order."""
        person = next((p for p in w.participants if p.id == self._participant_id), None)
        if person is None:
            return active_questions(w)
        return asked_questions(w.details, w.questionnaire, person)

    def _update_progress(self, *, recount: bool = True) -> None:
        """Show the participant's and the partner's progress; ``recount`` False takes the
        partner's count kept by the page's own edits (_answer_saved)."""
        self.progress.show(
            self.session.workshop(),
            self.current_participant(),
            self._questions,
            self._answers,
            recount=recount,
        )

    def _update_status(self) -> None:
        question = self.current_question()
        self._show_status(None if question is None else question.id, self._answers)

    def _show_question(self) -> None:
        self._stale_question = False
        question = self.current_question()
        self._show_error("")
        if question is None or self._participant_id is None:
            self._show_no_question(nobody=self._participant_id is None)
            return
        w = self.session.workshop()
        person = self.current_participant()
        # The participant's language: words only, so ids and answers are unchanged.
        shown = self._in_language(w.questionnaire, person.language if person else "")
        question = shown.question(question.id)
        answer = self._answers.get(question.id)
        key = (self._participant_id, question.id)
        rebuild = key != self._shown
        self._shown = key
        self._loading = True
        try:
            self._show_question_text(shown, question, self._index, len(self._questions))
            if rebuild or not self.comment_edit.hasFocus():
                self.comment_edit.setText(answer.comment if answer else "")
            panel = self.panels[question.type]
            self.answer_stack.setCurrentWidget(panel)
            value = answer.value if answer else None
            panel.show_answer(
                question, value, rebuild=rebuild, keep_typed=self._dirty and not rebuild
            )
            if rebuild:
                self._dirty = False
                self._lay_out_card(panel)
        finally:
            self._loading = False
        self.back_button.setEnabled(self._index > 0)
        self.dont_know_button.setEnabled(question.scored and self.editable)
        self._update_status()
        if rebuild:
            self._focus_answer(question)

    def _lay_out_card(self, panel: QWidget) -> None:
        """Lay the question card out now, as showing new widgets would: the answer panels
        refill the widgets they have, and a changed text alone would lay the card out
        only over several turns of the event loop (a scroll bar could show meanwhile).
        Outermost first: a layout whose widget that resized has already run, so each
        runs once (the inner ones still pending run after)."""
        for widget in (self.card, self.answer_stack, panel):
            if (layout := widget.layout()) is not None:
                layout.activate()

    def _in_language(self, questionnaire: Questionnaire, language: str) -> Questionnaire:
        """``localized``, kept while the questionnaire is the same object: its cache key
        hashes the whole questionnaire, every question, on each call."""
        kept = self._localized
        if kept is None or kept[0] is not questionnaire or kept[1] != language:
            kept = (questionnaire, language, localized(questionnaire, language))
            self._localized = kept
        return kept[2]

    def _focus_answer(self, question: Question) -> None:
        if self.isVisible():
            self.panels[question.type].focus_answer()

    def focus_field(self, field: str) -> None:
        if field == "participants":
            self.participant_combo.setFocus()
        else:
            self._focus_answer_or_picker()

    def _focus_answer_or_picker(self) -> None:
        question = self.current_question()
        if question is not None:
            self._shown = (None, None)
            self._show_question()
        else:
            self.participant_combo.setFocus()

    def show_entity(self, entity: Any) -> None:
        """After undo/redo of an answer: show that participant's question."""
        if not isinstance(entity, Answer):
            return
        self._refresh_if_stale()
        self.set_participant(entity.participant_id)
        ids = [q.id for q in self._questions]
        if entity.question_id in ids:
            self.go_to(ids.index(entity.question_id))

    def workshop(self) -> Workshop:
        return self.session.workshop()
