"""Alignment analysis: where the partners diverge, and how ready the term sheet is.

``analyse(workshop)`` is the one computation the app, the command line and the exports
show; nothing re-derives a score elsewhere. Pure: domain objects in, result objects out.

Rules beyond the per-type metrics (see ``metrics``):
- Only the workshop's active questions are scored (``domain.scope``); inactive questions
  are listed without positions, and answers to them change nothing.
- Blank answers (value None) and answers of participants whose partner is not in the
  workshop are ignored. "Don't know" answers are not positions: a partner is
  **undecided** on a question when at least half of its participants who answered it
  (don't know included) said don't know; an undecided partner has no position. Other
  partners' positions ignore their don't-know answers.
- A question's alignment is 1 - the largest distance between two partners with a
  position; fewer than two such partners (or a text question) gives no score. The pair
  with the largest distance is the diverging pair; when every pair agrees exactly
  (distance 0) no pair is named. multi_choice: the options at the diverging pair's
  largest difference are the diverging options.
- A definition question (likert, ``measures: definition``) with at least one position
  has a **definition**: the mean over positions of (position - lo) / (hi - lo).
- Element score = weighted mean of its scored questions' alignment x 100; the overall
  index is the mean of the element scores that exist. The same per partner pair. The
  element definition score is the weighted mean of its definition questions'
  definition x 100; the definition index is the mean of those that exist.
- A gap is a scored question of at least one kind: ``divergence`` (alignment below the
  workshop's gap threshold; severity (1 - alignment) x weight), ``blind_spot``
  (definition below the blind-spot threshold; severity (1 - definition) x weight) or
  ``undecided`` (a partner undecided; severity weight x undecided partners / partners
  with at least one answer). Its severity is the largest of its kinds'; gaps are
  ordered by severity, then questionnaire order.
- An internal disagreement is a partner whose consensus on a question is below 0.5.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

from workshop_app.analysis.metrics import (
    diverging_options,
    position_distances,
    position_of,
)
from workshop_app.analysis.readiness import GAP_SEVERITY_THRESHOLD, readiness_checks
from workshop_app.analysis.results import (
    Analysis,
    Gap,
    InternalDisagreement,
    PartnerPair,
    PartnerPosition,
    QuestionAlignment,
    Readiness,
    builder,
)
from workshop_app.analysis.usable import usable_by_partner
from workshop_app.domain.enums import Element, GapKind, Measures, QuestionType
from workshop_app.domain.model import GapDiscussion, Workshop
from workshop_app.domain.questionnaire import AnswerValue, Question
from workshop_app.domain.scope import active_question_ids

if TYPE_CHECKING:
    from workshop_app.analysis.actions import SuggestedAction, suggested_actions

__all__ = [
    "CONSENSUS_THRESHOLD",
    "GAP_SEVERITY_THRESHOLD",
    "Analysis",
    "SuggestedAction",
    "analyse",
    "suggested_actions",
]


def __getattr__(name: str) -> Any:
    # The suggested actions, imported when first asked for: analyse() and what only
    # shows its results (info, the exports) do not need them.
    if name in ("SuggestedAction", "suggested_actions"):
        from workshop_app.analysis import actions

        return getattr(actions, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# A partner whose consensus on a question is below this is not aligned with itself.
CONSENSUS_THRESHOLD = 0.5

# The members, read once: each ``QuestionType.X`` is a look-up through the enum's class.
_TEXT = QuestionType.TEXT
_LIKERT = QuestionType.LIKERT
_MULTI = QuestionType.MULTI_CHOICE
_DEFINITION = Measures.DEFINITION

# Question alignments are made by the hundred (see results.builder).
_make_alignment = builder(QuestionAlignment)

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
    active = active_question_ids(workshop.details, questionnaire)

    # question id -> partner id -> answered values, in one pass over the answers;
    # don't-know answers are counted apart. (Every cell made up front: one look-up
    # per answer finds its question's cells and says whether the question is active.)
    grouped: dict[str, dict[str, list[AnswerValue]]] = {
        qid: {pid: [] for pid in partner_ids} for qid in active
    }
    unknown: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    cells_of, partner_of_person = grouped.get, partner_of.get
    for a in workshop.answers:
        cells = cells_of(a.question_id)
        if cells is None:
            continue
        pid = partner_of_person(a.participant_id)
        if pid is None:
            continue
        if a.dont_know:
            unknown[a.question_id][pid] += 1
        else:
            value = a.value
            if value is not None:
                cells[pid].append(value)

    # The pairs of partners, one tuple each, shared by every question's distances.
    pairs: list[PartnerPair] = list(combinations(partner_ids, 2))
    questions: dict[str, QuestionAlignment] = {}
    for order, question in enumerate(questionnaire.questions()):
        element = questionnaire.element_of(question.id)
        if question.id not in active:
            questions[question.id] = QuestionAlignment(
                question_id=question.id,
                element=element,
                type=question.type,
                title=question.title,
                weight=question.weight,
                order=order,
                positions={},
                alignment=None,
                diverging_pair=None,
                pairwise={},
                active=False,
            )
            continue
        questions[question.id] = _question_alignment(
            question,
            element,
            order,
            partner_ids,
            pairs,
            grouped.get(question.id, {}),
            unknown.get(question.id, {}),
        )

    element_scores = _element_scores(
        (qa.element, qa.weight, qa.alignment) for qa in questions.values()
    )
    pair_element_scores: dict[PartnerPair, dict[Element, float]] = {}
    pair_overall: dict[PartnerPair, float | None] = {}
    # Each pair's [sum of weight x alignment, sum of weight] per element, added in
    # questionnaire order as _element_scores adds its rows, in one pass.
    pair_sums: dict[PartnerPair, dict[Element, list[float]]] = {pair: {} for pair in pairs}
    for qa in questions.values():
        element, weight = qa.element, qa.weight
        for pair, distance in qa.pairwise.items():
            sums = pair_sums[pair]
            acc = sums.get(element)
            if acc is None:
                acc = sums[element] = [0.0, 0.0]
            acc[0] += weight * (1.0 - distance)
            acc[1] += weight
    for pair in pairs:
        scores = _scores(pair_sums[pair])
        pair_element_scores[pair] = scores
        pair_overall[pair] = _mean(scores.values())

    threshold = workshop.details.gap_threshold
    blind_threshold = workshop.details.blind_spot_threshold
    gaps = _gaps(workshop, questions, threshold, blind_threshold)
    element_definition = _element_scores(
        (qa.element, qa.weight, qa.definition) for qa in questions.values()
    )
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
        element_definition=element_definition,
        definition_index=_mean(element_definition.values()),
        blind_spot_threshold=blind_threshold,
        active_questions=len(active),
    )


def _question_alignment(
    question: Question,
    element: Element,
    order: int,
    partner_ids: list[str],
    all_pairs: list[PartnerPair],
    by_partner: dict[str, list[AnswerValue]],
    unknown: dict[str, int],
) -> QuestionAlignment:
    option_ids = question.option_ids()
    ids = frozenset(option_ids)
    t = question.type
    scored = t is not _TEXT  # question.scored
    positions: dict[str, PartnerPosition] = {}
    undecided: list[str] = []
    answering = 0
    usable_of = usable_by_partner(question, by_partner, ids)
    for pid in partner_ids:
        values = usable_of.get(pid, [])
        dont_know = unknown.get(pid, 0) if scored else 0
        if not values and not dont_know:
            continue
        answering += 1
        if 2 * dont_know >= len(values) + dont_know:
            undecided.append(pid)
        else:
            positions[pid] = position_of(question, pid, values, dont_know, option_ids)
    pairwise = (
        position_distances(
            question,
            positions,
            option_ids,
            all_pairs if len(positions) == len(partner_ids) else None,
            in_option_order=len(ids) == len(option_ids),
        )
        if scored
        else {}
    )
    alignment: float | None = None
    diverging: PartnerPair | None = None
    options: tuple[str, ...] = ()
    if pairwise:
        # max() keeps the first of equal pairs, i.e. the workshop's partner order.
        diverging = max(pairwise, key=pairwise.__getitem__)
        alignment = 1.0 - pairwise[diverging]
        if pairwise[diverging] == 0:
            diverging = None
        elif t is _MULTI:
            options = diverging_options(question, positions[diverging[0]], positions[diverging[1]])
    definition: float | None = None
    if t is _LIKERT and question.measures is _DEFINITION and positions:  # measures_definition
        span = question.scale_hi - question.scale_lo
        levels = [(p.value - question.scale_lo) / span for p in positions.values()]  # type: ignore[operator]  # Likert values are numbers
        definition = min(1.0, max(0.0, round(sum(levels) / len(levels), 12)))
    return _make_alignment(
        question_id=question.id,
        element=element,
        type=t,
        title=question.title,
        weight=question.weight,
        order=order,
        positions=positions,
        alignment=alignment,
        diverging_pair=diverging,
        pairwise=pairwise,
        active=True,
        definition=definition,
        undecided_partners=tuple(undecided),
        answering_partners=answering,
        diverging_options=options,
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
    return _scores(sums)


def _scores(sums: dict[Element, list[float]]) -> dict[Element, float]:
    """Each element's weighted mean x 100, from its [sum of weight x alignment, sum of
    weight] in ``sums``, in element order."""
    return {e: 100.0 * sums[e][0] / sums[e][1] for e in Element if e in sums and sums[e][1] > 0}


def _mean(values: Iterable[float]) -> float | None:
    xs = list(values)
    return sum(xs) / len(xs) if xs else None


def _gaps(
    workshop: Workshop,
    questions: dict[str, QuestionAlignment],
    threshold: float,
    blind_threshold: float,
) -> tuple[Gap, ...]:
    discussions = {d.question_id: d for d in workshop.gap_discussions}
    gaps: list[Gap] = []
    for qa in questions.values():
        severities: dict[GapKind, float] = {}
        if qa.alignment is not None and qa.alignment < threshold:
            severities[GapKind.DIVERGENCE] = (1.0 - qa.alignment) * qa.weight
        if qa.definition is not None and qa.definition < blind_threshold:
            severities[GapKind.BLIND_SPOT] = (1.0 - qa.definition) * qa.weight
        if qa.undecided_partners:
            share = len(qa.undecided_partners) / qa.answering_partners
            severities[GapKind.UNDECIDED] = qa.weight * share
        if not severities:
            continue
        discussion = discussions.get(qa.question_id) or GapDiscussion(qa.question_id)
        gaps.append(
            Gap(
                question_id=qa.question_id,
                element=qa.element,
                title=qa.title,
                alignment=qa.alignment,
                # rounded, so that kinds computed differently tie where they look equal
                severity=round(max(severities.values()), _SEVERITY_DIGITS),
                diverging_pair=qa.diverging_pair,
                status=discussion.status,
                agreed_position=discussion.agreed_position,
                owner=discussion.owner,
                due=discussion.due.isoformat() if discussion.due else "",
                kinds=tuple(k for k in GapKind if k in severities),
                definition=qa.definition,
                undecided_partners=qa.undecided_partners,
            )
        )
    order = {qid: qa.order for qid, qa in questions.items()}
    gaps.sort(key=lambda g: (-g.severity, order[g.question_id]))
    return tuple(gaps)
