"""Properties of the analysis over random workshops (hypothesis)."""

from __future__ import annotations

import statistics
from dataclasses import replace
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.analysis_builders import (
    ALL_TYPES,
    ALLOCATION,
    DEFINITION,
    DK,
    LIKERT,
    MULTI,
    NUMBER,
    RANKING,
    SINGLE,
    make_workshop,
)
from workshop_app.analysis import analyse
from workshop_app.analysis.metrics import pair_distance, partner_position, position_distance
from workshop_app.domain.enums import Element, Phase, QuestionType
from workshop_app.domain.model import Answer, Workshop
from workshop_app.domain.questionnaire import AnswerValue, Question

# Per test, not a global profile: other test files keep their own settings.
SETTINGS = settings(max_examples=100, deadline=None)


@st.composite
def _allocation(draw: st.DrawFn) -> dict[str, float]:
    cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=2, max_size=2)))
    parts = {"a": cuts[0], "b": cuts[1] - cuts[0], "c": 100 - cuts[1]}
    return {k: float(v) for k, v in parts.items() if v}


NUMBERS = st.one_of(
    st.just(0.0),
    st.integers(-5, 5).map(float),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
)

VALUES: dict[str, st.SearchStrategy[AnswerValue]] = {
    "L": st.integers(1, 5),
    "S": st.sampled_from(["a", "b", "c"]),
    "M": st.sets(st.sampled_from("abcd"), min_size=1).map(lambda s: tuple(sorted(s))),
    "R": st.permutations(["a", "b", "c", "d"]).map(tuple),
    "A": _allocation(),
    "N": NUMBERS,
    "T": st.sampled_from(["Tempo", "速度", "속도", ""]),
    "D": st.integers(1, 5),
    "NT": st.integers(2026, 2034).map(float),
    "X": st.integers(1, 5),
}
NUMBER_TOL = replace(NUMBER, id="NT", text="Start of production?", unit="year", tolerance=4.0)
# Asked only in the exit phase: inactive in these workshops (phase structuring).
EXIT_ONLY = replace(LIKERT, id="X", phases=(Phase.EXIT,))
QUESTIONS = {
    Element.GOALS: (*ALL_TYPES[:4], DEFINITION),
    Element.EXIT: (*ALL_TYPES[4:], NUMBER_TOL, EXIT_ONLY),
}


def _row() -> st.SearchStrategy[dict[str, AnswerValue | None]]:
    return st.fixed_dictionaries(
        {},
        optional={
            qid: st.one_of(st.none(), v) if qid == "T" else st.one_of(st.none(), st.just(DK), v)
            for qid, v in VALUES.items()
        },
    )


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    n = draw(st.integers(2, 4))
    names = ["Nordwerk", "华辰", "한빛배터리", "Ölwerk"][:n]
    answers = {p: draw(st.lists(_row(), max_size=4)) for p in names}
    threshold = draw(st.sampled_from([0.5, 0.75, 0.9]))
    return make_workshop(answers, QUESTIONS, threshold=threshold)


def _in_unit(x: float | None) -> bool:
    return x is None or 0.0 <= x <= 1.0


@SETTINGS
@given(workshops())
def test_every_score_stays_in_range(w: Workshop) -> None:
    a = analyse(w)
    for qa in a.questions.values():
        assert _in_unit(qa.alignment)
        assert all(0.0 <= d <= 1.0 for d in qa.pairwise.values())
        assert all(_in_unit(p.consensus) for p in qa.positions.values())
        assert (qa.alignment is None) == (len(qa.pairwise) == 0)
    assert all(0.0 <= s <= 100.0 for s in a.element_scores.values())
    assert a.overall_index is None or 0.0 <= a.overall_index <= 100.0
    for scores in a.pair_element_scores.values():
        assert all(0.0 <= s <= 100.0 for s in scores.values())
    severities = [g.severity for g in a.gaps]
    assert severities == sorted(severities, reverse=True)
    assert all(g.kinds for g in a.gaps)
    for g in a.gaps:
        qa = a.questions[g.question_id]
        divergent = qa.alignment is not None and qa.alignment < a.threshold
        assert ("divergence" in g.kinds) == divergent
        assert ("blind_spot" in g.kinds) == (
            qa.definition is not None and qa.definition < a.blind_spot_threshold
        )
        assert ("undecided" in g.kinds) == bool(qa.undecided_partners)
        assert 0.0 < g.severity <= qa.weight
    for qa in a.questions.values():
        assert _in_unit(qa.definition)
        # an undecided partner has no position
        assert not set(qa.undecided_partners) & set(qa.positions)
    assert not a.questions["X"].active and a.questions["X"].positions == {}
    assert all(d.consensus < 0.5 for d in a.internal_disagreements)


@SETTINGS
@given(st.lists(_row(), min_size=1, max_size=4), st.integers(2, 4))
def test_identical_answers_in_every_partner_align_fully(
    rows: list[dict[str, AnswerValue | None]], n: int
) -> None:
    names = ["Nordwerk", "华辰", "한빛배터리", "Ölwerk"][:n]
    a = analyse(make_workshop(dict.fromkeys(names, rows), QUESTIONS))
    for qa in a.questions.values():
        if qa.pairwise:
            assert qa.alignment == 1.0
            assert qa.diverging_pair is None
    # shared ignorance (a blind spot) or not knowing may still be gaps; divergence never
    assert all("divergence" not in g.kinds for g in a.gaps)
    assert all(s == 100.0 for s in a.element_scores.values())


def _relabelled(w: Workshop, order: list[int]) -> tuple[Workshop, dict[str, str]]:
    """The same workshop with partners renamed and reordered, participants and answers too."""
    new_id = {p.id: f"partner-{i}" for i, p in enumerate(w.partners)}
    partners = tuple(w.partners[i] for i in order)
    return (
        replace(
            w,
            partners=tuple(replace(p, id=new_id[p.id]) for p in partners),
            participants=tuple(
                replace(p, partner_id=new_id[p.partner_id]) for p in reversed(w.participants)
            ),
            answers=tuple(reversed(w.answers)),
        ),
        new_id,
    )


@SETTINGS
@given(workshops(), st.data())
def test_relabelling_and_reordering_partners_changes_no_score(
    w: Workshop, data: st.DataObject
) -> None:
    order = data.draw(st.permutations(range(len(w.partners))))
    w2, new_id = _relabelled(w, list(order))
    a, b = analyse(w), analyse(w2)
    close = pytest.approx

    for qid, qa in a.questions.items():
        qb = b.questions[qid]
        assert qb.alignment == close(qa.alignment, abs=1e-9)
        assert {frozenset(map(new_id.get, p)): d for p, d in qa.pairwise.items()} == close(
            {frozenset(p): d for p, d in qb.pairwise.items()}, abs=1e-9
        )
        for pid, pos in qa.positions.items():
            other = qb.positions[new_id[pid]]
            assert other.consensus == close(pos.consensus, abs=1e-9)
            assert other.respondents == pos.respondents
            assert other.dont_know == pos.dont_know
        assert qb.definition == close(qa.definition, abs=1e-9)
        assert set(qb.undecided_partners) == {new_id[p] for p in qa.undecided_partners}
        if qa.diverging_pair is None or qb.diverging_pair is None:
            # the diverging pair may differ between equally distant pairs, and with it
            # the options at its largest difference; with one pair it cannot
            assert (qa.diverging_pair is None) == (qb.diverging_pair is None)
    assert b.element_scores == close(a.element_scores, abs=1e-7)
    assert b.overall_index == close(a.overall_index, abs=1e-7)
    assert {frozenset(map(new_id.get, p)): s for p, s in a.pair_overall.items()} == close(
        {frozenset(p): s for p, s in b.pair_overall.items()}, abs=1e-7
    )
    assert {(g.question_id, g.kinds) for g in a.gaps} == {(g.question_id, g.kinds) for g in b.gaps}
    assert b.definition_index == close(a.definition_index, abs=1e-7)
    assert {(d.question_id, new_id[d.partner_id]) for d in a.internal_disagreements} == {
        (d.question_id, d.partner_id) for d in b.internal_disagreements
    }


@SETTINGS
@given(workshops(), st.data())
def test_answers_to_inactive_questions_change_nothing(w: Workshop, data: st.DataObject) -> None:
    qids = [q.id for q in w.questionnaire.questions()]
    excluded = tuple(data.draw(st.lists(st.sampled_from(qids), unique=True, max_size=4)))
    w = replace(w, details=replace(w.details, excluded_questions=excluded))
    inactive = {*excluded, "X"}
    # different answers to the inactive questions: some dropped, some changed or added
    kept = tuple(a for a in w.answers if a.question_id not in inactive or data.draw(st.booleans()))
    extra = []
    for person in w.participants:
        for qid in sorted(inactive):
            row = data.draw(
                st.fixed_dictionaries({}, optional={qid: st.one_of(st.just(DK), VALUES[qid])})
                if qid != "T"
                else st.fixed_dictionaries({}, optional={qid: VALUES[qid]})
            )
            if qid in row and not any(
                a.participant_id == person.id and a.question_id == qid for a in kept
            ):
                value = row[qid]
                extra.append(
                    Answer(person.id, qid, None, dont_know=True)
                    if value == DK
                    else Answer(person.id, qid, value)
                )
    other = replace(w, answers=kept + tuple(extra))
    assert analyse(other) == analyse(w)


# --- the fast consensus agrees with the per-pair definition ------------------------------

SCORED: list[tuple[Question, st.SearchStrategy[AnswerValue]]] = [
    (LIKERT, VALUES["L"]),
    (SINGLE, VALUES["S"]),
    (MULTI, VALUES["M"]),
    (RANKING, VALUES["R"]),
    (ALLOCATION, VALUES["A"]),
    (NUMBER, VALUES["N"]),
    (NUMBER_TOL, st.floats(2020, 2040)),
]


@pytest.mark.parametrize(("question", "values"), SCORED, ids=[q.type.value for q, _ in SCORED])
@SETTINGS
@given(data=st.data())
def test_consensus_matches_its_definition(
    question: Question, values: st.SearchStrategy[AnswerValue], data: st.DataObject
) -> None:
    answers = data.draw(st.lists(values, min_size=2, max_size=9))
    got = partner_position(question, "p", answers).consensus
    if question.type is QuestionType.LIKERT:
        expected = 1 - statistics.pstdev(answers) / 2  # scale 1..5
    elif question.type is QuestionType.SINGLE_CHOICE:
        expected = max(answers.count(o) for o in question.option_ids()) / len(answers)
    else:
        pairs = list(combinations(answers, 2))
        expected = 1 - sum(pair_distance(question, x, y) for x, y in pairs) / len(pairs)
    assert got == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(("question", "values"), SCORED, ids=[q.type.value for q, _ in SCORED])
@SETTINGS
@given(data=st.data())
def test_single_voices_are_as_far_apart_as_their_answers(
    question: Question, values: st.SearchStrategy[AnswerValue], data: st.DataObject
) -> None:
    x, y = data.draw(values), data.draw(values)
    d = position_distance(
        question, partner_position(question, "a", [x]), partner_position(question, "b", [y])
    )
    assert d == pytest.approx(pair_distance(question, x, y), abs=1e-9)
    assert 0.0 <= d <= 1.0
