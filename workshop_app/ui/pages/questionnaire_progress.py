"""The partner's progress on the questionnaire page, counted once and then kept up to
date by the page's own answer edits (a key press must not count every answer again)."""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.domain.model import Participant, Workshop
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
