"""Alignment analysis: where the partners diverge, and how ready the term sheet is.

``analyse(workshop)`` is the one computation the app, the command line and the exports
show; nothing re-derives a score elsewhere. Pure: domain objects in, result objects out.

Rules beyond the per-type metrics (see ``metrics``):
- Blank answers (value None) and answers of participants whose partner is not in the
  workshop are ignored.
- A question's alignment is 1 - the largest distance between two partners that both
  answered; fewer than two such partners (or a text question) gives no score. The pair
  with the largest distance is the diverging pair; when every pair agrees exactly
  (distance 0) no pair is named.
- Element score = weighted mean of its scored questions' alignment x 100; the overall
  index is the mean of the element scores that exist. The same per partner pair.
- A gap is a question with alignment below the workshop's threshold; severity is
  (1 - alignment) x weight; gaps are ordered by severity, then questionnaire order.
- An internal disagreement is a partner whose consensus on a question is below 0.5.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from workshop_app.analysis.actions import SuggestedAction, suggested_actions
from workshop_app.analysis.metrics import partner_position, position_distance, usable
from workshop_app.analysis.readiness import GAP_SEVERITY_THRESHOLD, readiness_checks
from workshop_app.analysis.results import (
    Analysis,
    Gap,
    InternalDisagreement,
    PartnerPair,
    PartnerPosition,
    QuestionAlignment,
    Readiness,
)
from workshop_app.domain.enums import Element
from workshop_app.domain.model import GapDiscussion, Workshop
from workshop_app.domain.questionnaire import AnswerValue

__all__ = [
    "CONSENSUS_THRESHOLD",
    "GAP_SEVERITY_THRESHOLD",
    "Analysis",
    "SuggestedAction",
    "analyse",
    "suggested_actions",
]

# A partner whose consensus on a question is below this is not aligned with itself.
CONSENSUS_THRESHOLD = 0.5

# Severities are compared at this precision so that equal-looking severities tie and
# fall back to questionnaire order instead of to float noise.
_SEVERITY_DIGITS = 9


def analyse(workshop: Workshop) -> Analysis:
    questionnaire = workshop.questionnaire
    partner_ids = [p.id for p in workshop.partners]
    known = set(partner_ids)
    partner_of = {
        person.id: person.partner_id
        for person in workshop.participants
        if person.partner_id in known
    }

    # question id -> partner id -> answered values, in one pass over the answers.
    grouped: dict[str, dict[str, list[AnswerValue]]] = defaultdict(lambda: defaultdict(list))
    for a in workshop.answers:
        if a.value is None:
            continue
        pid = partner_of.get(a.participant_id)
        if pid is not None:
            grouped[a.question_id][pid].append(a.value)

    questions: dict[str, QuestionAlignment] = {}
    for order, question in enumerate(questionnaire.questions()):
        by_partner = grouped.get(question.id, {})
        ids = frozenset(question.option_ids())
        positions: dict[str, PartnerPosition] = {}
        for pid in partner_ids:
            values = [v for v in by_partner.get(pid, ()) if usable(question, v, ids)]
            if values:
                positions[pid] = partner_position(question, pid, values)
        pairwise: dict[PartnerPair, float] = {}
        if question.scored:
            for a_id, b_id in combinations(positions, 2):
                pairwise[(a_id, b_id)] = position_distance(
                    question, positions[a_id], positions[b_id]
                )
        alignment: float | None = None
        diverging: PartnerPair | None = None
        if pairwise:
            # max() keeps the first of equal pairs, i.e. the workshop's partner order.
            diverging = max(pairwise, key=pairwise.__getitem__)
            alignment = 1.0 - pairwise[diverging]
            if pairwise[diverging] == 0:
                diverging = None
        questions[question.id] = QuestionAlignment(
            question_id=question.id,
            element=questionnaire.element_of(question.id),
            type=question.type,
            title=question.title,
            weight=question.weight,
            order=order,
            positions=positions,
            alignment=alignment,
            diverging_pair=diverging,
            pairwise=pairwise,
        )

    element_scores = _element_scores(
        (qa.element, qa.weight, qa.alignment) for qa in questions.values()
    )
    pairs: list[PartnerPair] = list(combinations(partner_ids, 2))
    pair_element_scores: dict[PartnerPair, dict[Element, float]] = {}
    pair_overall: dict[PartnerPair, float | None] = {}
    for pair in pairs:
        scores = _element_scores(
            (qa.element, qa.weight, 1.0 - qa.pairwise[pair])
            for qa in questions.values()
            if pair in qa.pairwise
        )
        pair_element_scores[pair] = scores
        pair_overall[pair] = _mean(scores.values())

    threshold = workshop.details.gap_threshold
    gaps = _gaps(workshop, questions, threshold)
    disagreements = tuple(
        InternalDisagreement(
            question_id=qa.question_id,
            element=qa.element,
            title=qa.title,
            partner_id=pos.partner_id,
            consensus=pos.consensus,
            respondents=pos.respondents,
        )
        for qa in questions.values()
        for pos in qa.positions.values()
        if pos.consensus is not None and pos.consensus < CONSENSUS_THRESHOLD
    )
    return Analysis(
        questions=questions,
        element_scores=element_scores,
        overall_index=_mean(element_scores.values()),
        pair_element_scores=pair_element_scores,
        pair_overall=pair_overall,
        gaps=gaps,
        internal_disagreements=disagreements,
        readiness=Readiness(readiness_checks(workshop, gaps)),
        threshold=threshold,
    )


def _element_scores(
    rows: Iterable[tuple[Element, float, float | None]],
) -> dict[Element, float]:
    """Weighted mean alignment x 100 per element, from (element, weight, alignment) rows."""
    sums: dict[Element, list[float]] = {}
    for element, weight, alignment in rows:
        if alignment is None:
            continue
        acc = sums.setdefault(element, [0.0, 0.0])
        acc[0] += weight * alignment
        acc[1] += weight
    return {
        e: 100.0 * sums[e][0] / sums[e][1] for e in Element if e in sums and sums[e][1] > 0
    }


def _mean(values: Iterable[float]) -> float | None:
    xs = list(values)
    return sum(xs) / len(xs) if xs else None


def _gaps(
    workshop: Workshop, questions: dict[str, QuestionAlignment], threshold: float
) -> tuple[Gap, ...]:
    discussions = {d.question_id: d for d in workshop.gap_discussions}
    gaps: list[Gap] = []
    for qa in questions.values():
        if qa.alignment is None or qa.alignment >= threshold:
            continue
        discussion = discussions.get(qa.question_id) or GapDiscussion(qa.question_id)
        gaps.append(
            Gap(
                question_id=qa.question_id,
                element=qa.element,
                title=qa.title,
                alignment=qa.alignment,
                severity=(1.0 - qa.alignment) * qa.weight,
                diverging_pair=qa.diverging_pair,
                status=discussion.status,
                agreed_position=discussion.agreed_position,
                owner=discussion.owner,
                due=discussion.due.isoformat() if discussion.due else "",
            )
        )
    order = {qid: qa.order for qid, qa in questions.items()}
    gaps.sort(key=lambda g: (-round(g.severity, _SEVERITY_DIGITS), order[g.question_id]))
    return tuple(gaps)
