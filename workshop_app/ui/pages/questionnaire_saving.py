"""Saving from the questionnaire page: each answer, comment or typed input of the chosen
participant saved through the session as one undo step, then shown saved by updating
that one answer and the progress counts, not the page (a key press must not cost
O(answers)).

Who answers, which question is shown and how is the page's job (pages.questionnaire);
the widgets are built in pages.questionnaire_view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import Answer, Participant
from workshop_app.domain.questionnaire import AnswerValue, Question
from workshop_app.ui.pages.questionnaire_view import QuestionnaireView


class AnswerSaving(QuestionnaireView):
    """The state of the questionnaire page (who answers, the questions they are asked,
    their answers) and the saving of its edits."""

    _participant_id: str | None
    _index: int
    _questions: list[Question]
    _answers: dict[str, Answer]  # the participant's answers, by question id
    _dirty: bool  # the current answer panel holds an unsaved edit
    _loading: bool
    # True while the page saves an answer itself: it updates that answer and the
    # progress counts, not the whole page.
    _own_edit: bool
    # True while saving an answer given by a key that goes on to the next question;
    # the question shown is then stale until shown again.
    _going_on: bool
    _stale_question: bool

    def _show_question(self) -> None:
        raise NotImplementedError

    def _update_progress(self, *, recount: bool = True) -> None:
        raise NotImplementedError

    def current_participant(self) -> Participant | None:
        if self._participant_id is None:
            return None
        for p in self.session.workshop().participants:
            if p.id == self._participant_id:
                return p
        return None

    def current_question(self) -> Question | None:
        if not self._questions:
            return None
        return self._questions[min(self._index, len(self._questions) - 1)]

    def _mark_dirty(self, *args: object) -> None:
        if not self._loading:
            self._dirty = True

    def _save(
        self,
        question: Question,
        value: AnswerValue | None,
        *,
        delete: bool = False,
        dont_know: bool = False,
    ) -> bool:
        pid = self._participant_id
        if pid is None or not self.editable:
            return False
        existing = self._answers.get(question.id)
        comment = self.comment_edit.text().strip()
        # The words stay under the page's context, where their translations are.
        name = QCoreApplication.translate("QuestionnairePage", "Answer to {question}")
        name = name.format(question=question.id)
        if delete:
            ok = existing is None or self._edit_answer(existing, name, delete=True)
        else:
            answer = Answer(pid, question.id, value, comment, dont_know=dont_know)
            ok = self._edit_answer(answer, name)
        self._show_error("" if ok else self.session.last_error)
        return ok

    def _edit_answer(self, answer: Answer, text: str, *, delete: bool = False) -> bool:
        """Save or remove one answer of the current participant and show it saved."""
        self._own_edit = True
        try:
            if delete:
                ok = self.session.delete(answer, text=text)
            else:
                ok = self.session.put(answer, text=text)
        finally:
            self._own_edit = False
        if ok:
            self._answer_saved(answer.participant_id, answer.question_id)
        return ok

    def _on_changed(self) -> None:
        if self._own_edit:
            return  # _answer_saved shows it; other pages still go stale (see Page)
        super()._on_changed()

    def _answer_saved(self, participant_id: str, question_id: str) -> None:
        stored = self.session.workshop().answer(participant_id, question_id)
        had = question_id in self._answers
        if stored is None:
            self._answers.pop(question_id, None)
        else:
            self._answers[question_id] = stored
        self.progress.tally.answer_changed(participant_id, question_id, had, stored is not None)
        self._update_progress(recount=False)
        if self._going_on:
            self._stale_question = True  # the page goes on to the next question
        else:
            self._show_question()  # the stored form of what was typed (same question)

    def _panel_answered(self, value: AnswerValue | None) -> None:
        """A panel's choice, saved at once (None: nothing chosen, the answer is removed)."""
        question = self.current_question()
        if question is not None:
            self._save(question, value, delete=value is None)

    def _save_typed(self) -> bool:
        """Save what is typed in the shown panel; False (and a message) if it is refused."""
        question = self.current_question()
        if question is None:
            return False
        typed = self.panels[question.type].typed(question)
        if typed is None:
            self._dirty = False
            return True
        if typed.problem:
            text = QCoreApplication.translate("QuestionnairePage", "Not saved: {problem}")
            self._show_error(text.format(problem=typed.problem))
            return False
        ok = self._save(question, typed.value, delete=typed.value is None)
        if ok:
            self._dirty = False
        return ok

    def _commit_comment(self) -> bool:
        question = self.current_question()
        if question is None or self._participant_id is None or not self.editable:
            return True
        existing = self._answers.get(question.id)
        comment = self.comment_edit.text().strip()
        if (existing.comment if existing else "") == comment:
            return True
        value = existing.value if existing else None
        unknown = existing.dont_know if existing else False
        answer = Answer(self._participant_id, question.id, value, comment, dont_know=unknown)
        text = QCoreApplication.translate("QuestionnairePage", "Comment on {q}")
        ok = self._edit_answer(answer, text.format(q=question.id))
        self._show_error("" if ok else self.session.last_error)
        return ok

    def _commit_pending(self) -> bool:
        """Save what is typed but not yet saved; False (and a message) if it is invalid."""
        question = self.current_question()
        if question is None:
            return True
        if self._dirty and not self._save_typed():
            return False
        self._dirty = False
        return self._commit_comment()

    def _show_error(self, message: str) -> None:
        self.answer_error.show_message(message)
        question = self.current_question()
        where = ("answer", self._participant_id, question.id if question else None)
        if message:
            self.session.refuse(where, message)
        else:
            self.session.resolve(where)
