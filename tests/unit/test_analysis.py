"""Hand-computed alignment, consensus, scores, gaps and disagreements."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

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
    TEXT,
    likert,
    make_workshop,
    ranking,
)
from workshop_app.analysis import analyse, suggested_actions
from workshop_app.domain.enums import Element, GapStatus
from workshop_app.domain.model import ActionItem, GapDiscussion, Participant

approx = pytest.approx


# --- every question type, two partners --------------------------------------------------


def test_likert_mean_distance_and_consensus() -> None:
    w = make_workshop({"A": [{"L": 4}, {"L": 5}], "B": [{"L": 2}]}, [LIKERT])
    q = analyse(w).questions["L"]
    assert q.positions["A"].value == 4.5
    assert q.positions["B"].value == 2.0
    assert q.pairwise == {("A", "B"): approx(2.5 / 4)}
    assert q.alignment == approx(0.375)
    assert q.diverging_pair == ("A", "B")
    # population std dev of 4 and 5 is 0.5; half the scale is 2
    assert q.positions["A"].consensus == approx(0.75)


def test_single_choice_shares_total_variation_and_consensus() -> None:
    w = make_workshop(
        {"A": [{"S": "a"}, {"S": "a"}, {"S": "b"}], "B": [{"S": "b"}, {"S": "b"}]}, [SINGLE]
    )
    q = analyse(w).questions["S"]
    assert q.positions["A"].distribution == approx({"a": 2 / 3, "b": 1 / 3, "c": 0.0})
    assert q.positions["B"].distribution == {"a": 0.0, "b": 1.0, "c": 0.0}
    assert q.alignment == approx(1 / 3)  # TVD = (2/3 + 2/3) / 2
    assert q.positions["A"].consensus == approx(2 / 3)
    assert q.positions["B"].consensus == 1.0
    assert not q.positions["B"].single_voice


def test_multi_choice_largest_option_difference_and_its_options() -> None:
    w = make_workshop(
        {"A": [{"M": ("a", "b")}, {"M": ("a",)}], "B": [{"M": ("c",)}, {"M": ("a", "c")}]},
        [MULTI],
    )
    q = analyse(w).questions["M"]
    assert q.positions["A"].distribution == {"a": 1.0, "b": 0.5, "c": 0.0, "d": 0.0}
    assert q.positions["B"].distribution == {"a": 0.5, "b": 0.0, "c": 1.0, "d": 0.0}
    # differences a 0.5, b 0.5, c 1, d 0: the largest is c, wanted by all of B, none of A
    assert q.alignment == approx(0.0)
    assert q.diverging_options == ("c",)
    # the two participants of A chose different sets: their one pair is at distance 1
    assert q.positions["A"].consensus == approx(0.0)
    assert q.positions["B"].consensus == approx(0.0)


def test_multi_choice_one_option_of_seven_is_a_full_disagreement() -> None:
    """Before, one option disagreed of seven scored 86% and was no gap."""
    w = make_workshop({"A": [{"M": ("a", "b")}], "B": [{"M": ("a",)}]}, [MULTI])
    analysis = analyse(w)
    q = analysis.questions["M"]
    assert q.alignment == approx(0.0)
    assert q.diverging_options == ("b",)
    assert [g.question_id for g in analysis.gaps] == ["M"]


def test_multi_choice_half_a_partner_gives_half_and_ties_name_every_option() -> None:
    w = make_workshop(
        {
            "A": [{"M": ("a", "b")}, {"M": ("a", "b")}, {"M": ("a",)}, {"M": ("a",)}],
            "B": [{"M": ("a",)}, {"M": ("a", "c")}],
        },
        [MULTI],
    )
    q = analyse(w).questions["M"]
    # b: 0.5 vs 0, c: 0 vs 0.5
    assert q.alignment == approx(0.5)
    assert q.diverging_options == ("b", "c")
    # A: two pairs chose the same set of six pairs -> consensus 2 / 6
    assert q.positions["A"].consensus == approx(2 / 6)


def test_multi_choice_identical_positions_name_no_option() -> None:
    w = make_workshop({"A": [{"M": ("a", "b")}], "B": [{"M": ("a", "b")}]}, [MULTI])
    q = analyse(w).questions["M"]
    assert q.alignment == 1.0
    assert q.diverging_options == ()


def test_ranking_mean_ranks_and_footrule() -> None:
    w = make_workshop(
        {
            "A": [{"R": ("a", "b", "c", "d")}, {"R": ("b", "a", "c", "d")}],
            "B": [{"R": ("b", "a", "d", "c")}],
        },
        [RANKING],
    )
    q = analyse(w).questions["R"]
    assert q.positions["A"].distribution == {"a": 1.5, "b": 1.5, "c": 3.0, "d": 4.0}
    # footrule 0.5 + 0.5 + 1 + 1 = 3 over floor(16 / 2) = 8
    assert q.alignment == approx(1 - 3 / 8)
    assert q.positions["A"].consensus == approx(1 - 2 / 8)
    assert q.positions["B"].single_voice


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_ranking_reversed_is_distance_one_with_floor_normalisation(n: int) -> None:
    # reversed rankings reach the footrule maximum floor(n^2 / 2), also for odd n
    q = ranking("R", n)
    ids = q.option_ids()
    w = make_workshop({"A": [{"R": ids}], "B": [{"R": ids[::-1]}]}, [q])
    assert analyse(w).questions["R"].alignment == 0.0


def test_allocation_mean_shares_and_total_variation() -> None:
    w = make_workshop(
        {
            "A": [{"A": {"a": 60.0, "b": 40.0}}, {"A": {"a": 40.0, "b": 40.0, "c": 20.0}}],
            "B": [{"A": {"c": 100.0}}],
        },
        [ALLOCATION],
    )
    q = analyse(w).questions["A"]
    assert q.positions["A"].distribution == approx({"a": 0.5, "b": 0.4, "c": 0.1})
    assert q.alignment == approx(1 - 0.5 * (0.5 + 0.4 + 0.9))
    assert q.positions["A"].consensus == approx(1 - 0.5 * (0.2 + 0 + 0.2))


def test_number_median_relative_distance_and_consensus() -> None:
    w = make_workshop({"A": [{"N": 10.0}, {"N": 30.0}, {"N": 20.0}], "B": [{"N": 15.0}]}, [NUMBER])
    a = analyse(w)
    q = a.questions["N"]
    assert q.positions["A"].value == 20.0
    assert q.alignment == approx(1 - 5 / 20)
    # pairs: 10/20 -> .5, 10/30 -> 2/3, 20/30 -> 1/3; mean .5
    assert q.positions["A"].consensus == approx(0.5)
    # 0.75 is not below the threshold, 0.5 not below the consensus limit
    assert a.gaps == ()
    assert a.internal_disagreements == ()


def test_number_median_of_an_even_count() -> None:
    w = make_workshop(
        {"A": [{"N": x} for x in (10.0, 100.0, 20.0, 40.0)], "B": [{"N": 30.0}]}, [NUMBER]
    )
    q = analyse(w).questions["N"]
    assert q.positions["A"].value == 30.0
    assert q.alignment == 1.0
    assert q.diverging_pair is None  # nobody diverges


@pytest.mark.parametrize(
    ("a", "b", "alignment"),
    [(0.0, 0.0, 1.0), (0.0, 5.0, 0.0), (-10.0, 10.0, 0.0), (-10.0, -5.0, 0.5)],
)
def test_number_zero_and_sign_cases(a: float, b: float, alignment: float) -> None:
    w = make_workshop({"A": [{"N": a}], "B": [{"N": b}]}, [NUMBER])
    assert analyse(w).questions["N"].alignment == approx(alignment)


def test_text_is_shown_side_by_side_but_not_scored() -> None:
    w = make_workshop(
        {"A": [{"T": "Tempo der Entscheidungen"}, {"T": "  "}], "B": [{"T": "决策速度"}]},
        [TEXT, LIKERT],
    )
    a = analyse(w)
    q = a.questions["T"]
    assert q.alignment is None and q.pairwise == {} and q.diverging_pair is None
    assert q.positions["A"].texts == ("Tempo der Entscheidungen",)  # blank text left out
    assert q.positions["B"].texts == ("决策速度",)
    assert q.positions["A"].consensus is None
    assert a.element_scores == {}
    assert a.overall_index is None


# --- three partners, missing answers, single voice --------------------------------------


def test_three_partners_keep_the_whole_matrix_and_name_the_diverging_pair() -> None:
    w = make_workshop({"A": [{"L": 5}], "B": [{"L": 3}], "C": [{"L": 1}]}, [LIKERT])
    q = analyse(w).questions["L"]
    assert q.pairwise == {("A", "B"): 0.5, ("A", "C"): 1.0, ("B", "C"): 0.5}
    assert q.alignment == 0.0
    assert q.diverging_pair == ("A", "C")


def test_first_of_equally_diverging_pairs_in_partner_order() -> None:
    w = make_workshop({"A": [{"L": 3}], "B": [{"L": 5}], "C": [{"L": 1}]}, [LIKERT])
    q = analyse(w).questions["L"]
    assert q.diverging_pair == ("B", "C")  # d = 1; A-B and A-C are 0.5
    w = make_workshop({"A": [{"L": 1}], "B": [{"L": 3}], "C": [{"L": 3}]}, [LIKERT])
    assert analyse(w).questions["L"].diverging_pair == ("A", "B")


def test_blank_answers_are_ignored() -> None:
    w = make_workshop(
        {"A": [{"L": 5}, {"L": None}, {"L": 1}], "B": [{"L": None}, {"L": 3}]}, [LIKERT]
    )
    q = analyse(w).questions["L"]
    assert q.positions["A"].respondents == 2
    assert q.positions["A"].value == 3.0
    assert q.positions["B"].respondents == 1
    assert q.alignment == 1.0


def test_question_answered_by_one_partner_has_no_score() -> None:
    w = make_workshop(
        {"A": [{"L": 5, "S": "a"}], "B": [{"L": None, "S": "b"}], "C": [{}]}, [LIKERT, SINGLE]
    )
    a = analyse(w)
    q = a.questions["L"]
    assert set(q.positions) == {"A"}
    assert q.alignment is None and q.pairwise == {} and q.diverging_pair is None
    # only S counts in the element score, and only A-B has a pair score
    assert a.element_scores == {Element.GOALS: 0.0}
    assert a.gaps[0].question_id == "S" and len(a.gaps) == 1
    assert a.pair_overall == {("A", "B"): 0.0, ("A", "C"): None, ("B", "C"): None}
    assert a.pair_element_scores[("A", "C")] == {}


def test_answers_of_a_participant_without_a_known_partner_are_ignored() -> None:
    w = make_workshop({"A": [{"L": 5}], "B": [{"L": 5}]}, [LIKERT])
    w = replace(
        w,
        participants=(*w.participants, Participant("ghost", "gone", "Ghost")),
        answers=(*w.answers, replace(w.answers[0], participant_id="ghost", value=1)),
    )
    q = analyse(w).questions["L"]
    assert q.alignment == 1.0
    assert q.positions["A"].respondents == 1


def test_single_voice_has_consensus_one_and_is_flagged() -> None:
    one = {
        "L": 2,
        "S": "a",
        "M": ("a",),
        "R": ("a", "b", "c", "d"),
        "A": {"a": 100.0},
        "N": 3.0,
        "T": "Nur ich",
    }
    w = make_workshop({"A": [one], "B": [{"L": 1}, {"L": 5}]}, ALL_TYPES)
    a = analyse(w)
    for qa in a.questions.values():
        pos = qa.positions["A"]
        if qa.question_id == "T":
            assert (pos.consensus, pos.single_voice) == (None, True)
            continue
        assert (pos.consensus, pos.single_voice, pos.respondents) == (1.0, True, 1)
    assert not a.questions["L"].positions["B"].single_voice
    assert a.questions["L"].positions["B"].consensus == 0.0


# --- scores -------------------------------------------------------------------------------


def _likert_pair(values: dict[str, int]) -> dict[str, list[dict[str, int]]]:
    """Partner A answers 5 everywhere; B answers the given values (scale 1..5)."""
    return {"A": [dict.fromkeys(values, 5)], "B": [values]}


def test_element_scores_are_weighted_and_the_index_is_their_mean() -> None:
    questions = {
        Element.GOALS: [likert("G1", weight=1), likert("G2", weight=3)],
        Element.EXIT: [likert("X1")],
        Element.CULTURE: [TEXT],
    }
    a = analyse(make_workshop(_likert_pair({"G1": 3, "G2": 5, "X1": 2}), questions))
    assert a.element_scores == {Element.GOALS: approx(87.5), Element.EXIT: approx(25.0)}
    assert list(a.element_scores) == [Element.GOALS, Element.EXIT]
    assert a.overall_index == approx((87.5 + 25) / 2)


def test_pair_scores_use_only_that_pair() -> None:
    questions = {Element.GOALS: [likert("G1")], Element.STRENGTHS: [likert("S1", weight=2)]}
    w = make_workshop(
        {"A": [{"G1": 5, "S1": 5}], "B": [{"G1": 5, "S1": 1}], "C": [{"G1": 1}]}, questions
    )
    a = analyse(w)
    assert a.pair_element_scores[("A", "B")] == {Element.GOALS: 100.0, Element.STRENGTHS: 0.0}
    assert a.pair_overall[("A", "B")] == 50.0
    assert a.pair_element_scores[("A", "C")] == {Element.GOALS: 0.0}
    assert a.pair_overall[("A", "C")] == 0.0
    assert a.pair_overall[("B", "C")] == 0.0
    assert list(a.pair_overall) == [("A", "B"), ("A", "C"), ("B", "C")]
    # whole-workshop: G1 worst pair d = 1, S1 d = 1
    assert a.element_scores == {Element.GOALS: 0.0, Element.STRENGTHS: 0.0}


# --- gaps ---------------------------------------------------------------------------------


def test_gaps_below_the_threshold_by_severity_then_questionnaire_order() -> None:
    questions = [likert("Q1"), likert("Q2", weight=2), likert("Q3"), likert("Q4")]
    # alignment: Q1 .5 (sev .5), Q2 .75 (sev .5), Q3 0 (sev 1), Q4 1 (no gap)
    w = make_workshop(_likert_pair({"Q1": 3, "Q2": 4, "Q3": 1, "Q4": 5}), questions, threshold=0.8)
    gaps = analyse(w).gaps
    assert [g.question_id for g in gaps] == ["Q3", "Q1", "Q2"]
    assert [g.severity for g in gaps] == approx([1.0, 0.5, 0.5])
    # the same tie with the questionnaire order reversed follows that order
    w = make_workshop(_likert_pair({"Q1": 3, "Q2": 4, "Q3": 1}), questions[2::-1], threshold=0.8)
    assert [g.question_id for g in analyse(w).gaps] == ["Q3", "Q2", "Q1"]


def test_severities_equal_but_for_float_noise_tie() -> None:
    # (1 - 0.7) x 2 is 0.6000000000000001 in floating point, (1 - 0.4) x 1 is 0.6
    questions = [likert("Q1", lo=0, hi=10), likert("Q2", weight=2, lo=0, hi=10)]
    w = make_workshop({"A": [{"Q1": 10, "Q2": 10}], "B": [{"Q1": 4, "Q2": 7}]}, questions)
    assert [g.question_id for g in analyse(w).gaps] == ["Q1", "Q2"]


def test_gap_threshold_is_per_workshop_and_strict() -> None:
    answers = _likert_pair({"Q1": 3})  # alignment 0.5
    assert len(analyse(make_workshop(answers, [likert("Q1")], threshold=0.75)).gaps) == 1
    assert analyse(make_workshop(answers, [likert("Q1")], threshold=0.5)).gaps == ()


def test_gaps_carry_their_discussion_state() -> None:
    discussion = GapDiscussion(
        "Q1",
        GapStatus.RESOLVED,
        agreed_position="Beide: 5 Jahre",
        owner="王芳",
        due=date(2027, 3, 31),
    )
    w = make_workshop(
        _likert_pair({"Q1": 3, "Q2": 1}),
        [likert("Q1"), likert("Q2")],
        gap_discussions=(discussion,),
    )
    gaps = {g.question_id: g for g in analyse(w).gaps}
    g = gaps["Q1"]
    assert (g.status, g.agreed_position, g.owner, g.due) == (
        GapStatus.RESOLVED,
        "Beide: 5 Jahre",
        "王芳",
        "2027-03-31",
    )
    assert g.alignment == 0.5 and g.diverging_pair == ("A", "B") and g.title == "Question Q1"
    assert (gaps["Q2"].status, gaps["Q2"].owner, gaps["Q2"].due) == (GapStatus.OPEN, "", "")


# --- internal disagreement ----------------------------------------------------------------


def test_internal_disagreement_below_half_consensus() -> None:
    w = make_workshop(
        {
            "A": [{"L": 1, "S": "a"}, {"L": 5, "S": "b"}],
            "B": [{"L": 3, "S": "a"}, {"L": 3, "S": "b"}, {"L": 3, "S": "c"}],
        },
        [LIKERT, SINGLE],
    )
    found = [
        (d.question_id, d.partner_id, d.consensus, d.respondents)
        for d in analyse(w).internal_disagreements
    ]
    # A on L: std dev 2 over half-scale 2 -> 0; A on S: 0.5 (not below); B on S: 1/3
    assert found == [("L", "A", 0.0, 2), ("S", "B", approx(1 / 3), 3)]


# --- suggested actions --------------------------------------------------------------------


def test_unresolved_gaps_without_an_action_become_suggested_actions() -> None:
    questions = [likert("Q1"), likert("Q2"), likert("Q3"), likert("Q4")]
    w = make_workshop(
        _likert_pair({"Q1": 1, "Q2": 2, "Q3": 1, "Q4": 3}),
        questions,
        gap_discussions=(
            GapDiscussion("Q1", GapStatus.DISCUSSED, owner="Jürgen", due=date(2027, 1, 15)),
            GapDiscussion("Q3", GapStatus.RESOLVED, agreed_position="Agreed"),
        ),
        action_items=(ActionItem("x", "Already on the list", question_id="Q4"),),
    )
    actions = suggested_actions(w, analyse(w))
    assert [s.question_id for s in actions] == ["Q1", "Q2"]
    first = actions[0]
    assert (first.owner, first.due) == ("Jürgen", date(2027, 1, 15))
    assert "Question Q1" in first.title
    assert "A and B" in first.notes
    assert first.notes.startswith("Partners differ, alignment 0%")
    assert (actions[1].owner, actions[1].due) == ("", None)


def test_stored_values_that_no_longer_fit_their_question_are_left_out() -> None:
    # e.g. a file edited by hand: one odd value must not break the whole analysis
    odd = {
        "L": 9,
        "S": "zz",
        "M": ("a", "zz"),
        "R": ("a", "b"),
        "A": {"zz": 100.0},
        "N": float("nan"),
        "T": 42,
    }
    good = {
        "L": 3,
        "S": "a",
        "M": ("a",),
        "R": ("a", "b", "c", "d"),
        "A": {"a": 100.0},
        "N": 1.0,
        "T": "ok",
    }
    a = analyse(make_workshop({"A": [good, odd], "B": [good]}, ALL_TYPES))
    for qa in a.questions.values():
        assert qa.positions["A"].respondents == 1, qa.question_id
        assert qa.alignment in (1.0, None)


def test_a_suggested_action_for_a_blind_spot_says_so_without_a_score() -> None:
    w = make_workshop({"A": [{"D": 1}], "B": [{"D": DK}]}, [DEFINITION])
    (action,) = suggested_actions(w, analyse(w))
    assert action.notes == "Nobody has defined this yet; a partner does not know."
