"""Hand-computed rules of analysis v2: don't know, undecided partners, definition questions,
blind spots, gap kinds and their severities, number tolerance, and active questions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.analysis_builders import (
    DEFINITION,
    DK,
    LIKERT,
    NUMBER,
    TEXT,
    likert,
    make_workshop,
)
from workshop_app.analysis import analyse
from workshop_app.analysis.metrics import pair_distance, partner_position
from workshop_app.domain.enums import (
    GAP_KIND_LABELS,
    Element,
    Function,
    GapKind,
    Measures,
    Phase,
    Purpose,
)
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Answer, Participant, validate_answer
from workshop_app.domain.questionnaire import Question
from workshop_app.domain.scope import active_question_ids, asked_questions

approx = pytest.approx
DIVERGENCE, BLIND_SPOT, UNDECIDED = GapKind.DIVERGENCE, GapKind.BLIND_SPOT, GapKind.UNDECIDED


def definition_q(qid: str, weight: float = 1.0) -> Question:
    return replace(DEFINITION, id=qid, weight=weight)


# --- don't know -----------------------------------------------------------------------------


def test_dont_know_is_left_out_of_the_position_and_counted() -> None:
    w = make_workshop({"A": [{"L": 4}, {"L": DK}, {"L": 5}], "B": [{"L": 2}]}, [LIKERT])
    q = analyse(w).questions["L"]
    a = q.positions["A"]
    assert (a.value, a.respondents, a.dont_know) == (4.5, 2, 1)
    assert a.consensus == approx(0.75)  # from 4 and 5 only
    assert q.alignment == approx(1 - 2.5 / 4)
    assert q.undecided_partners == ()


def test_dont_know_differs_from_a_blank_answer() -> None:
    # One blank and one value: A has a position. One don't know and one value: undecided.
    blank = make_workshop({"A": [{"L": 4}, {"L": None}], "B": [{"L": 4}]}, [LIKERT])
    unknown = make_workshop({"A": [{"L": 4}, {"L": DK}], "B": [{"L": 4}]}, [LIKERT])
    assert analyse(blank).questions["L"].alignment == 1.0
    assert analyse(blank).gaps == ()
    q = analyse(unknown).questions["L"]
    assert q.undecided_partners == ("A",)
    assert list(q.positions) == ["B"]
    assert q.alignment is None  # only one partner has a position


def test_a_partner_is_undecided_when_at_least_half_says_dont_know() -> None:
    w = make_workshop(
        {
            "A": [{"L": DK}, {"L": 3}],  # half: undecided
            "B": [{"L": DK}, {"L": 3}, {"L": 4}],  # a third: has a position
            "C": [{"L": DK}],  # all: undecided
            "D": [{"L": 3}],
        },
        [LIKERT],
    )
    q = analyse(w).questions["L"]
    assert q.undecided_partners == ("A", "C")
    assert set(q.positions) == {"B", "D"}
    assert q.positions["B"].dont_know == 1
    assert q.answering_partners == 4


def test_undecided_gap_severity_is_weight_times_the_undecided_share() -> None:
    q = likert("U", weight=2.0)
    w = make_workshop({"A": [{"U": DK}], "B": [{"U": 4}], "C": [{"U": 4}], "E": [{"U": None}]}, [q])
    (gap,) = analyse(w).gaps
    assert gap.kinds == (UNDECIDED,)
    # one undecided of three partners with an answer (E left it blank): 2 x 1/3
    assert gap.severity == approx(2 / 3)
    assert gap.alignment == 1.0 and gap.undecided_partners == ("A",)
    assert gap.kinds_text == "a partner does not know"


# --- definition and blind spots ------------------------------------------------------------


def test_shared_ignorance_is_a_blind_spot_not_alignment() -> None:
    """Every partner answers "1: not discussed": alignment 100%, but nothing is defined."""
    w = make_workshop({"A": [{"D": 1}, {"D": 1}], "B": [{"D": 1}], "C": [{"D": 1}]}, [DEFINITION])
    a = analyse(w)
    q = a.questions["D"]
    assert q.alignment == 1.0
    assert q.definition == 0.0
    (gap,) = a.gaps
    assert gap.kinds == (BLIND_SPOT,)
    assert gap.severity == 1.0  # (1 - 0) x 1
    assert gap.definition == 0.0
    assert gap.kinds_text == "nobody has defined this yet"
    assert a.element_definition == {Element.GOALS: 0.0}
    assert a.definition_index == 0.0
    assert a.overall_index == 100.0


def test_definition_is_the_mean_of_partner_positions_on_the_ladder() -> None:
    # A: mean 1.5 -> (1.5 - 1) / 4 = 0.125; B: 5 -> 1.0; C undecided, left out.
    w = make_workshop({"A": [{"D": 1}, {"D": 2}], "B": [{"D": 5}], "C": [{"D": DK}]}, [DEFINITION])
    q = analyse(w).questions["D"]
    assert q.definition == approx((0.125 + 1.0) / 2)


def test_blind_spot_threshold_is_per_workshop_and_strict() -> None:
    rows = {"A": [{"D": 3}], "B": [{"D": 3}]}  # definition exactly 0.5
    assert analyse(make_workshop(rows, [DEFINITION])).gaps == ()
    w = make_workshop(rows, [DEFINITION], details={"blind_spot_threshold": 0.6})
    (gap,) = analyse(w).gaps
    assert gap.kinds == (BLIND_SPOT,) and gap.severity == approx(0.5)


def test_a_single_partner_position_is_enough_for_a_definition() -> None:
    w = make_workshop({"A": [{"D": 2}], "B": [{"D": DK}]}, [DEFINITION])
    q = analyse(w).questions["D"]
    assert q.definition == 0.25 and q.alignment is None
    (gap,) = analyse(w).gaps
    # blind spot 0.75, undecided 1 x 1/2: the largest wins
    assert gap.kinds == (BLIND_SPOT, UNDECIDED)
    assert gap.severity == approx(0.75)
    assert gap.alignment is None


def test_position_questions_have_no_definition() -> None:
    w = make_workshop({"A": [{"L": 1}], "B": [{"L": 1}]}, [LIKERT])
    a = analyse(w)
    assert a.questions["L"].definition is None
    assert a.definition_index is None and a.element_definition == {}
    assert a.gaps == ()
    assert LIKERT.measures is Measures.POSITION


def test_definition_scores_are_weighted_per_element_and_averaged() -> None:
    g1, g2, e1 = definition_q("G1", 1.0), definition_q("G2", 3.0), definition_q("E1")
    w = make_workshop(
        {"A": [{"G1": 5, "G2": 1, "E1": 4}], "B": [{"G1": 5, "G2": 3, "E1": 4}]},
        {Element.GOALS: [g1, g2], Element.EXIT: [e1]},
    )
    a = analyse(w)
    # G1 definition 1.0; G2 (0 + 0.5) / 2 = 0.25; goals (1 x 1 + 3 x 0.25) / 4 = 0.4375
    assert a.element_definition == approx({Element.GOALS: 43.75, Element.EXIT: 75.0})
    assert a.definition_index == approx((43.75 + 75.0) / 2)


# --- gap kinds together ---------------------------------------------------------------------


def test_a_gap_of_several_kinds_takes_the_largest_severity() -> None:
    q = definition_q("D", weight=2.0)
    # A at 1, B at 3: alignment 1 - 2/4 = 0.5; definition (0 + 0.5) / 2 = 0.25; C undecided
    w = make_workshop({"A": [{"D": 1}], "B": [{"D": 3}], "C": [{"D": DK}]}, [q])
    (gap,) = analyse(w).gaps
    assert gap.kinds == (DIVERGENCE, BLIND_SPOT, UNDECIDED)
    # divergence 0.5 x 2 = 1.0; blind spot 0.75 x 2 = 1.5; undecided 2 x 1/3
    assert gap.severity == approx(1.5)
    assert gap.kinds_text == (
        "partners differ; nobody has defined this yet; a partner does not know"
    )


def test_gaps_of_every_kind_are_ordered_by_severity() -> None:
    div, blind, undecided = likert("V"), definition_q("B"), likert("U", weight=1.5)
    w = make_workshop(
        {"A": [{"V": 1, "B": 2, "U": DK}], "B": [{"V": 3, "B": 2, "U": 5}]},
        [div, blind, undecided],
    )
    gaps = analyse(w).gaps
    # U: 1.5 x 1/2 = 0.75 (undecided); B: 1 - 0.25 = 0.75 (blind spot); V: 0.5 (divergence)
    assert [(g.question_id, g.kinds) for g in gaps] == [
        ("B", (BLIND_SPOT,)),
        ("U", (UNDECIDED,)),
        ("V", (DIVERGENCE,)),
    ]  # B and U tie: questionnaire order


def test_gap_kind_words_live_in_the_domain() -> None:
    assert GAP_KIND_LABELS == {
        DIVERGENCE: "partners differ",
        BLIND_SPOT: "nobody has defined this yet",
        UNDECIDED: "a partner does not know",
    }


# --- number tolerance ---------------------------------------------------------------------


YEAR = replace(NUMBER, id="Y", text="Start of production?", unit="year", tolerance=5.0)


def test_calendar_years_two_apart_are_scored_against_the_tolerance() -> None:
    """Before, 2028 vs 2030 scored 99.9% (relative to the size of the number)."""
    w = make_workshop({"A": [{"Y": 2028.0}], "B": [{"Y": 2030.0}]}, [YEAR])
    assert analyse(w).questions["Y"].alignment == approx(1 - 2 / 5)
    relative = make_workshop({"A": [{"N": 2028.0}], "B": [{"N": 2030.0}]}, [NUMBER])
    assert analyse(relative).questions["N"].alignment == approx(1 - 2 / 2030)


def test_differences_beyond_the_tolerance_are_full_disagreement() -> None:
    w = make_workshop({"A": [{"Y": 2026.0}], "B": [{"Y": 2034.0}]}, [YEAR])
    assert analyse(w).questions["Y"].alignment == 0.0


def test_consensus_with_a_tolerance() -> None:
    # pairs of 0, 2, 10 with tolerance 5: 2/5, 1 (10/5 capped), 1 (8/5 capped)
    pos = partner_position(YEAR, "p", [0.0, 2.0, 10.0])
    assert pos.value == 2.0
    assert pos.consensus == approx(1 - (0.4 + 1 + 1) / 3)
    assert pair_distance(YEAR, 0.0, 2.0) == approx(0.4)


# --- active and asked questions -------------------------------------------------------------


def _scoped() -> tuple[Question, ...]:
    everyone = likert("E")
    exit_phase = replace(likert("P"), phases=(Phase.EXIT,))
    software = replace(likert("S"), purposes=(Purpose.SOFTWARE,))
    legal = replace(likert("F"), functions=(Function.LEGAL, Function.FINANCE))
    return everyone, exit_phase, software, legal


def test_active_questions_by_phase_purpose_and_overrides() -> None:
    qs = _scoped()
    w = make_workshop({"A": [], "B": []}, list(qs))  # phase structuring, no purpose
    assert active_question_ids(w.details, w.questionnaire) == {"E", "F"}
    d = replace(w.details, phase=Phase.EXIT, secondary_purposes=(Purpose.SOFTWARE,))
    assert active_question_ids(d, w.questionnaire) == {"E", "P", "S", "F"}
    d = replace(w.details, primary_purpose=Purpose.PRODUCTION)
    assert active_question_ids(d, w.questionnaire) == {"E", "F"}  # purposes do not meet
    d = replace(w.details, included_questions=("P",), excluded_questions=("E",))
    assert active_question_ids(d, w.questionnaire) == {"P", "F"}


def test_participants_are_asked_the_active_questions_of_their_function() -> None:
    qs = _scoped()
    w = make_workshop({"A": [], "B": []}, list(qs))
    lawyer = Participant("p1", "A", "Counsel", Function.LEGAL)
    engineer = Participant("p2", "A", "Engineer", Function.ENGINEERING)
    unknown = Participant("p3", "A", "Someone")
    ask = lambda p: [q.id for q in asked_questions(w.details, w.questionnaire, p)]  # noqa: E731
    assert ask(lawyer) == ["E", "F"]
    assert ask(engineer) == ["E"]
    assert ask(unknown) == ["E", "F"]  # no function given: every active question


def test_only_active_questions_are_scored_and_inactive_answers_are_kept() -> None:
    qs = _scoped()
    w = make_workshop({"A": [{"E": 1, "P": 1, "S": 5}], "B": [{"E": 1, "P": 5, "S": 1}]}, list(qs))
    a = analyse(w)
    assert a.active_questions == 2
    assert a.gaps == ()  # P and S diverge completely, but are not asked in this workshop
    assert (a.questions["P"].active, a.questions["P"].alignment) == (False, None)
    assert a.questions["P"].positions == {}
    assert a.element_scores == {Element.GOALS: 100.0}
    assert len(w.answers) == 6  # nothing was deleted
    w2 = replace(w, details=replace(w.details, included_questions=("P",)))
    assert [g.question_id for g in analyse(w2).gaps] == ["P"]


def test_dont_know_on_a_text_question_is_refused() -> None:
    w = make_workshop({"A": [], "B": []}, [TEXT, LIKERT])
    with pytest.raises(ValidationError, match='text question has no "Don\'t know"'):
        validate_answer(w.questionnaire, Answer("x", "T", None, dont_know=True), "Ana")
    with pytest.raises(ValidationError, match='both a value and "Don\'t know"'):
        validate_answer(w.questionnaire, Answer("x", "L", 3, dont_know=True), "Ana")
