"""The heads of terms as they stand: the status shown for each head, and readiness.

The recorded status of a head is the facilitator's; the status shown (in the app, the
term sheet, the PDF and ``info --json``) is the same except that a head is never shown
Agreed while a gap linked to it is open: it is then Open, with the open gaps named.
A head's linked gaps are the questions whose clause id falls under the head
(``domain.heads.head_of_clause``) and the questions linked to it by hand; its actions are
those linked by hand and those raised on its linked gaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from workshop_app.analysis.message import QT_TRANSLATE_NOOP, Message, Word
from workshop_app.analysis.results import Gap, ReadinessCheck
from workshop_app.domain.enums import GapStatus, Phase
from workshop_app.domain.heads import HEADS, HeadOfTerms, HeadSpec, HeadStatus, head_of_clause
from workshop_app.domain.model import Workshop
from workshop_app.domain.records import record

# The heads each phase needs settled (agreed or not applicable) before its term sheet is
# ready. Change a phase's set here; structuring a deal needs every head.
HEADS_BY_PHASE: dict[Phase, tuple[int, ...]] = {
    Phase.STRATEGY: (2, 3),
    Phase.SCREENING: (1, 2, 3, 9, 13, 16),
    Phase.STRUCTURING: tuple(h.number for h in HEADS),
    Phase.ASSESSMENT: (4, 5, 6, 7, 12),
    Phase.EXIT: (8, 11, 12),
}


# The head of each clause id, remembered: the heads are fixed, and every analysis asks
# for each question's clause (a scan of every head's prefixes).
_head_of_clause = lru_cache(maxsize=1024)(head_of_clause)


@record
class HeadState:
    """One head of terms as shown: its record, status and linked questions."""

    spec: HeadSpec
    record: HeadOfTerms
    status: HeadStatus  # as shown: never Agreed while a linked gap is open
    question_ids: tuple[str, ...]  # linked questions, questionnaire order
    open_gaps: tuple[str, ...]  # linked gaps not resolved
    action_ids: tuple[str, ...]

    @property
    def settled(self) -> bool:
        return self.status in (HeadStatus.AGREED, HeadStatus.NOT_APPLICABLE)

    @property
    def held_open(self) -> bool:
        """Recorded as agreed, shown open because a linked gap is open."""
        return self.record.status is HeadStatus.AGREED and self.status is HeadStatus.OPEN


def head_states(workshop: Workshop, gaps: Sequence[Gap]) -> tuple[HeadState, ...]:
    """Every standard head, in number order, whether recorded or not."""
    by_head: dict[str, list[str]] = {h.key: [] for h in HEADS}
    for q in workshop.questionnaire.questions():
        spec = _head_of_clause(q.clause) if q.clause else None
        if spec is not None:
            by_head[spec.key].append(q.id)
    order = {q.id: i for i, q in enumerate(workshop.questionnaire.questions())}
    unresolved = {g.question_id for g in gaps if g.status is not GapStatus.RESOLVED}
    actions_in_order = sorted(workshop.action_items, key=lambda a: a.position)
    states = []
    for spec in HEADS:
        record = workshop.head(spec.key)
        qids = sorted(
            set(by_head[spec.key]) | set(record.gap_ids), key=lambda q: order.get(q, len(order))
        )
        open_gaps = tuple(q for q in qids if q in unresolved)
        actions = list(record.action_ids)
        for a in actions_in_order:
            if a.question_id in qids and a.id not in actions:
                actions.append(a.id)
        status = record.status
        if status is HeadStatus.AGREED and open_gaps:
            status = HeadStatus.OPEN
        states.append(HeadState(spec, record, status, tuple(qids), open_gaps, tuple(actions)))
    return tuple(states)


def heads_to_dict(workshop: Workshop, gaps: Sequence[Gap]) -> list[dict[str, Any]]:
    """The heads under stable keys, for ``info --json``: one entry per standard head."""
    out = []
    for s in head_states(workshop, gaps):
        r = s.record
        out.append(
            {
                "number": s.spec.number,
                "key": s.spec.key,
                "title": s.spec.title,
                "status": s.status.value,
                "recorded_status": r.status.value,
                "proposed_by": r.proposed_by,
                "agreed_text": r.agreed_text,
                "positions": {pid: text for pid, text in r.positions},
                "gaps": list(s.question_ids),
                "open_gaps": list(s.open_gaps),
                "actions": list(s.action_ids),
            }
        )
    return out


def parties_to_dict(workshop: Workshop) -> list[dict[str, str]]:
    """Each partner as a party (head 1), for ``info --json``."""
    return [
        {"partner_id": p.id, **dict(zip(_PARTY_KEYS, workshop.party(p.id).values(), strict=True))}
        for p in workshop.partners
    ]


_PARTY_KEYS = ("legal_name", "seat", "register_number", "signing_entity", "parent_guarantee")
_HELD_OPEN = (
    QT_TRANSLATE_NOOP(
        "Analysis", "{number} {head}: recorded as agreed, but linked gap {gaps} is still open."
    ),
    QT_TRANSLATE_NOOP(
        "Analysis", "{number} {head}: recorded as agreed, but linked gaps {gaps} are still open."
    ),
)


def hide_gaps(check: ReadinessCheck) -> ReadinessCheck:
    """The heads check as it may be shown before Reveal in blind mode: which gaps are open
    is derived from the answers, so it is not named."""
    lines = tuple(
        Message(
            QT_TRANSLATE_NOOP(
                "Analysis",
                "{number} {head}: recorded as agreed (its linked gaps are shown after Reveal).",
            ),
            number=line.params["number"],
            head=line.params["head"],
        )
        if isinstance(line, Message) and line.template in _HELD_OPEN
        else line
        for line in check.missing
    )
    return replace(check, missing=lines)


def _missing_parties(workshop: Workshop) -> list[str]:
    out: list[str] = []
    for p in workshop.partners:
        party = workshop.party(p.id)
        lacks = tuple(
            Word(label.lower(), label)
            for label, value in zip(HEADS[0].points, party.values(), strict=True)
            if not value.strip() and label != "Parent guarantee"  # often none: may stay blank
        )
        if lacks:
            out.append(
                Message(
                    QT_TRANSLATE_NOOP("Analysis", "{number} {head}: {partner} has no {fields}."),
                    number=HEADS[0].number,
                    head=Word(HEADS[0].title),
                    partner=p.name,
                    fields=lacks,
                )
            )
    return out


def check_heads(workshop: Workshop, gaps: Sequence[Gap]) -> ReadinessCheck:
    """The heads the workshop's phase needs are agreed (or not applicable)."""
    phase = workshop.details.phase
    needed = set(HEADS_BY_PHASE.get(phase, ()))
    missing: list[str] = []
    names = {p.id: p.label for p in workshop.partners}
    for s in head_states(workshop, gaps):
        if s.spec.number not in needed:
            continue
        head = {"number": s.spec.number, "head": Word(s.spec.title)}
        if s.held_open:
            missing.append(
                Message(_HELD_OPEN[len(s.open_gaps) != 1], gaps=tuple(s.open_gaps), **head)
            )
        elif s.status is HeadStatus.PROPOSED:
            proposer = s.record.proposed_by or ""
            who = (
                names[proposer]
                if proposer in names
                else Message(QT_TRANSLATE_NOOP("Analysis", "a partner"))
            )
            missing.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Analysis", "{number} {head}: proposed by {partner}, not yet agreed."
                    ),
                    partner=who,
                    **head,
                )
            )
        elif not s.settled:
            missing.append(Message(QT_TRANSLATE_NOOP("Analysis", "{number} {head}: open."), **head))
    if 1 in needed:
        missing.extend(_missing_parties(workshop))
    numbers = sorted(needed)
    return ReadinessCheck(
        id="heads.settled",
        title=Message(
            QT_TRANSLATE_NOOP(
                "Analysis", "The heads of terms this phase needs ({count} of {total}) are agreed"
            ),
            count=len(numbers),
            total=len(HEADS),
        ),
        passed=not missing,
        missing=tuple(missing),
        page="deal_terms",
        field="heads",
    )
