"""The progress bars of the questionnaire page. The partner's count is made once and
then kept up to date by the page's own answer edits (a key press must not count every
answer again)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar

from workshop_app.domain.model import Answer, Participant, Workshop
from workshop_app.domain.questionnaire import Question
from workshop_app.domain.scope import asked_questions


class PartnerTally:
    """How many of the questions a partner's members are asked they have answered."""

    def __init__(self) -> None:
        self.partner_id: str | None = None
        self.asked: dict[str, frozenset[str]] = {}  # member id -> the questions asked
        self.answered = 0

    def recount(self, w: Workshop, partner_id: str, members: Sequence[Participant]) -> None:
        self.partner_id = partner_id
        self.asked = {
            p.id: frozenset(q.id for q in asked_questions(w.details, w.questionnaire, p))
            for p in members
        }
        self.answered = sum(w.answered_count(pid, ids) for pid, ids in self.asked.items())

    def answer_changed(self, participant_id: str, question_id: str, had: bool, has: bool) -> None:
        """One answer was stored (``has``) or removed where there was one (``had``)."""
        if question_id in self.asked.get(participant_id, ()):
            self.answered += has - had

    @property
    def total(self) -> int:
        return sum(len(ids) for ids in self.asked.values())


class ProgressShown(QObject):
    """The two progress bars above the question: this participant's, and the partner's."""

    def __init__(
        self,
        participant_bar: QProgressBar,
        partner_bar: QProgressBar,
        partner_label: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.participant_bar = participant_bar
        self.partner_bar = partner_bar
        self.partner_label = partner_label
        self.tally = PartnerTally()
        self._asked_of: Sequence[Question] | None = None
        self._asked_ids: frozenset[str] = frozenset()

    def show(
        self,
        w: Workshop,
        person: Participant | None,
        questions: Sequence[Question],
        answers: Mapping[str, Answer],
        *,
        recount: bool,
    ) -> None:
        """``recount`` False keeps the partner's count (the page's own edits update it)."""
        total = len(questions)
        if questions is not self._asked_of:  # the page's list changes with the participant
            self._asked_of = questions
            self._asked_ids = frozenset(q.id for q in questions)
        asked_ids = self._asked_ids
        self.participant_bar.setMaximum(max(total, 1))
        # Only answers to the questions this participant is asked count.
        self.participant_bar.setValue(sum(1 for qid in answers if qid in asked_ids))
        self.participant_bar.setFormat(self.tr("%v of %m questions").replace("%m", str(total)))
        if person is None:
            self.partner_bar.setValue(0)
            self.partner_label.setText(self.tr("Partner:"))
            return
        partner = next((p for p in w.partners if p.id == person.partner_id), None)
        members = w.participants_of(person.partner_id)
        if recount or self.tally.partner_id != person.partner_id:
            self.tally.recount(w, person.partner_id, members)
        done = sum(1 for p in members if p.done)
        self.partner_bar.setMaximum(max(self.tally.total, 1))
        self.partner_bar.setValue(self.tally.answered)
        self.partner_bar.setFormat(
            self.tr("%p% · {done} of {n} participants done").format(done=done, n=len(members))
        )
        self.partner_label.setText(
            self.tr("{partner}:").format(partner=partner.label if partner else "")
        )
