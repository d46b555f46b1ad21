"""The analysis as JSON-ready data with stable keys (``workshop-app info FILE --json``).

Numbers are rounded to 4 decimals; scores (alignment and definition) are 0..100;
alignment, definition, distances and consensus 0..1. Gap ``kinds`` are "divergence",
"blind_spot" and "undecided" (``kinds_text`` says them in words). A position's ``value``
is the mean (likert) or median (number); its ``distribution`` maps option ids to shares
0..1 (choice, allocation) or to mean ranks, 1 = first (ranking); ``dont_know`` counts
the partner's "Don't know" answers. Partners appear by id together with their names.
Keys never change meaning; new keys may be added.
"""

from __future__ import annotations

from typing import Any

from workshop_app.analysis.readiness import GAP_SEVERITY_THRESHOLD
from workshop_app.analysis.results import Analysis, PartnerPair, PartnerPosition
from workshop_app.domain.model import Workshop

_DIGITS = 4


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), _DIGITS)


def analysis_to_dict(workshop: Workshop, analysis: Analysis) -> dict[str, Any]:
    names = {p.id: p.name for p in workshop.partners}

    def pair(p: PartnerPair) -> dict[str, Any]:
        return {"partners": list(p), "names": [names.get(pid, pid) for pid in p]}

    def maybe_pair(p: PartnerPair | None) -> dict[str, Any] | None:
        return None if p is None else pair(p)

    def position(pos: PartnerPosition) -> dict[str, Any]:
        d: dict[str, Any] = {
            "partner": pos.partner_id,
            "name": names.get(pos.partner_id, pos.partner_id),
            "respondents": pos.respondents,
            "value": _r(pos.value),
            "distribution": {k: _r(v) for k, v in pos.distribution.items()},
            "consensus": _r(pos.consensus),
            "single_voice": pos.single_voice,
            "dont_know": pos.dont_know,
        }
        if pos.texts:
            d["texts"] = list(pos.texts)
        return d

    questions = [
        {
            "id": qa.question_id,
            "element": qa.element.value,
            "type": qa.type.value,
            "title": qa.title,
            "weight": _r(qa.weight),
            "active": qa.active,
            "alignment": _r(qa.alignment),
            "definition": _r(qa.definition),
            "undecided_partners": list(qa.undecided_partners),
            "diverging_options": list(qa.diverging_options),
            "diverging_pair": maybe_pair(qa.diverging_pair),
            "pairwise": [
                {**pair(p), "distance": _r(d), "alignment": _r(1.0 - d)}
                for p, d in qa.pairwise.items()
            ],
            "positions": [position(pos) for pos in qa.positions.values()],
        }
        for qa in analysis.questions.values()
    ]
    return {
        "threshold": _r(analysis.threshold),
        "blind_spot_threshold": _r(analysis.blind_spot_threshold),
        "overall_index": _r(analysis.overall_index),
        "element_scores": {e.value: _r(s) for e, s in analysis.element_scores.items()},
        "definition_index": _r(analysis.definition_index),
        "element_definition": {e.value: _r(s) for e, s in analysis.element_definition.items()},
        "questionnaire": {"active_questions": analysis.active_questions},
        "pair_scores": [
            {
                **pair(p),
                "elements": {e.value: _r(s) for e, s in scores.items()},
                "overall": _r(analysis.pair_overall.get(p)),
            }
            for p, scores in analysis.pair_element_scores.items()
        ],
        "questions": questions,
        "gaps": [
            {
                "question_id": g.question_id,
                "element": g.element.value,
                "title": g.title,
                "kinds": [k.value for k in g.kinds],
                "kinds_text": g.kinds_text,
                "alignment": _r(g.alignment),
                "definition": _r(g.definition),
                "undecided_partners": list(g.undecided_partners),
                "severity": _r(g.severity),
                "diverging_pair": maybe_pair(g.diverging_pair),
                "status": g.status.value,
                "agreed_position": g.agreed_position,
                "owner": g.owner,
                "due": g.due or None,
            }
            for g in analysis.gaps
        ],
        "internal_disagreements": [
            {
                "question_id": d.question_id,
                "element": d.element.value,
                "title": d.title,
                "partner": d.partner_id,
                "name": names.get(d.partner_id, d.partner_id),
                "consensus": _r(d.consensus),
                "respondents": d.respondents,
            }
            for d in analysis.internal_disagreements
        ],
        "readiness": {
            "passed": analysis.readiness.passed,
            "total": analysis.readiness.total,
            "score": _r(analysis.readiness.score),
            "gap_severity_threshold": GAP_SEVERITY_THRESHOLD,
            "checks": [
                {
                    "id": c.id,
                    "title": c.title,
                    "passed": c.passed,
                    "missing": list(c.missing),
                    "page": c.page,
                    "field": c.field,
                }
                for c in analysis.readiness.checks
            ],
        },
    }
