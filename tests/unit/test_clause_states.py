"""The clause states of the term sheet: questions and gaps indexed once give each clause
the same linked questions, status and positions as the rule ``informs`` states."""

from __future__ import annotations

import pytest

from workshop_app.analysis import analyse
from workshop_app.analysis.clauses import ClauseStates, ClauseStatus, clause_state, informs
from workshop_app.demo import build_demo
from workshop_app.domain.enums import GapStatus
from workshop_app.domain.model import Workshop
from workshop_app.exports.term_sheet import _Builder


def _clause_ids(workshop: Workshop) -> list[str]:
    """Every clause the term sheet writes, and ids that are near misses of a question's
    clause (a longer word, a different separator, a prefix, an empty id)."""
    builder = _Builder(workshop, analyse(workshop))
    builder.build()
    ids = [c.clause_id for c in builder.clauses.placed]
    for q in workshop.questionnaire.questions():
        if q.clause:
            ids += [q.clause, q.clause + ".x", q.clause + "_x", q.clause + "x", q.clause[:-1]]
            ids += [q.clause + "-x", "x." + q.clause, q.clause + "..x"]
    return [*ids, "", ".", "_", "exit", "exit."]


@pytest.mark.parametrize("size", ["small", "large"])
def test_each_clause_is_informed_by_the_questions_the_rule_names(size: str) -> None:
    workshop = build_demo(size)
    analysis = analyse(workshop)
    states = ClauseStates(workshop, analysis)
    questions = list(workshop.questionnaire.questions())
    ids = _clause_ids(workshop)
    gaps = {g.question_id: g for g in analysis.gaps}
    linked = 0
    for clause_id in ids:
        expected = tuple(q.id for q in questions if informs(q.clause, clause_id))
        assert states.question_ids(clause_id) == expected, clause_id
        linked += bool(expected)
        open_gaps = tuple(
            gaps[q] for q in expected if q in gaps and gaps[q].status is not GapStatus.RESOLVED
        )
        for text in ("", "Agreed wording"):
            state = states.state(clause_id, text)
            assert state.question_ids == expected
            assert state.open_gaps == open_gaps
            if not expected:  # no linked question: agreed exactly when written down
                agreed = ClauseStatus.AGREED if text else ClauseStatus.UNDEFINED
                assert state.status is agreed
            assert clause_state(workshop, analysis, clause_id, text).status is state.status
    # The ids exercised both linked and unlinked clauses.
    assert 0 < linked < len(ids)
