"""Which gaps a term-sheet clause depends on, and whether the clause is agreed.

A question names the clause it informs (``Question.clause``, e.g. ``exit.notice_period``).
A clause row is linked to a question when the row's id equals the question's clause or
starts with it and a dot or an underscore (``exit.shared_assets`` informs every shared-asset
row; a decision row is named after its title, ``decisions.change_control_above_eur_2m``). The
status of a clause:

- Open: a linked question is a gap that is not resolved where partners differ or a partner
  does not know. The clause is not agreed, however
  the term reads today; each partner's position is shown instead.
- Agreed: every linked gap is resolved with an agreed position (which becomes the clause
  text), or no linked question is a gap and the term is written down.
- Not yet defined: a linked gap is a blind spot only (nobody has defined the matter), or
  nothing is written down and no agreed position covers it.
"""

from __future__ import annotations

from enum import StrEnum

from workshop_app.analysis.message import QT_TRANSLATE_NOOP
from workshop_app.analysis.results import Analysis, Gap
from workshop_app.domain.enums import GapKind, GapStatus
from workshop_app.domain.model import Workshop
from workshop_app.domain.records import record


class ClauseStatus(StrEnum):
    AGREED = "agreed"
    OPEN = "open"
    UNDEFINED = "undefined"

    @property
    def label(self) -> str:
        return CLAUSE_STATUS_LABELS[self]


CLAUSE_STATUS_LABELS: dict[ClauseStatus, str] = {
    ClauseStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
    ClauseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    ClauseStatus.UNDEFINED: QT_TRANSLATE_NOOP("Labels", "Not yet defined"),
}  # words of the term sheet, translated as the domain's labels are


@record
class ClauseState:
    status: ClauseStatus
    question_ids: tuple[str, ...]  # linked questions, questionnaire order
    open_gaps: tuple[Gap, ...]  # linked gaps not resolved
    agreed: tuple[str, ...]  # agreed positions of the linked resolved gaps
    blind_spots: tuple[str, ...]  # linked gaps that are blind spots only


def informs(question_clause: str, clause_id: str) -> bool:
    """``exit.shared_assets`` informs ``exit.shared_assets.ip``; ``decisions.change_control``
    informs the row of a decision titled "Change control above EUR 2 million"."""
    return bool(question_clause) and (
        clause_id == question_clause
        or clause_id.startswith(question_clause + ".")
        or clause_id.startswith(question_clause + "_")
    )


def clause_state(workshop: Workshop, analysis: Analysis, clause_id: str, text: str) -> ClauseState:
    """The status of the clause ``clause_id`` whose current wording is ``text``."""
    return ClauseStates(workshop, analysis).state(clause_id, text)


class ClauseStates:
    """The states of many clauses of one workshop and analysis: the questions (by the
    clause they inform) and the gaps are indexed once, not once per clause."""

    def __init__(self, workshop: Workshop, analysis: Analysis) -> None:
        # Question clause -> (questionnaire order, question id) of the questions naming it.
        self._by_clause: dict[str, list[tuple[int, str]]] = {}
        for n, q in enumerate(workshop.questionnaire.questions()):
            if q.clause:
                self._by_clause.setdefault(q.clause, []).append((n, q.id))
        self._gaps = {g.question_id: g for g in analysis.gaps}

    def question_ids(self, clause_id: str) -> tuple[str, ...]:
        """The questions that inform ``clause_id`` (see ``informs``), questionnaire order:
        those whose clause is the id itself or the part of it before a dot or underscore."""
        found = list(self._by_clause.get(clause_id, ()))
        for i, ch in enumerate(clause_id):
            if ch in "._" and i:
                found.extend(self._by_clause.get(clause_id[:i], ()))
        found.sort()
        return tuple(qid for _, qid in found)

    def state(self, clause_id: str, text: str) -> ClauseState:
        """The status of the clause ``clause_id`` whose current wording is ``text``."""
        qids = self.question_ids(clause_id)
        gaps = self._gaps
        linked = [gaps[q] for q in qids if q in gaps]
        open_gaps = tuple(g for g in linked if g.status is not GapStatus.RESOLVED)
        agreed = tuple(
            g.agreed_position
            for g in linked
            if g.status is GapStatus.RESOLVED and g.agreed_position.strip()
        )
        # A gap that is only a blind spot (nobody has defined the matter) leaves the clause
        # not yet defined; one where partners differ or do not know leaves it open.
        blind = tuple(g.question_id for g in open_gaps if set(g.kinds) <= {GapKind.BLIND_SPOT})
        contested = [g for g in open_gaps if g.question_id not in blind]
        if contested:
            status = ClauseStatus.OPEN
        elif blind:
            status = ClauseStatus.UNDEFINED
        elif agreed or text.strip():
            status = ClauseStatus.AGREED
        else:
            status = ClauseStatus.UNDEFINED
        return ClauseState(status, qids, open_gaps, agreed, blind)
