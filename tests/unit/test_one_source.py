"""One source for each fact: labels, score rounding and the decision-rights rule."""

from __future__ import annotations

import pytest

from workshop_app.analysis.decision_rights import RightsProblem, decision_conflict
from workshop_app.analysis.display import percent, score, score_text
from workshop_app.analysis.readiness import check_decisions
from workshop_app.domain import enums
from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    GapStatus,
    RightCode,
    WorkshopStatus,
)
from workshop_app.domain.model import Decision


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (74.4985, 74),
        (74.5, 75),
        (92.5, 93),
        (0.925 * 100, 93),
        (92.49, 92),
        (0.0, 0),
        (100.0, 100),
        (12.5, 13),
        (13.5, 14),
    ],
)
def test_scores_round_half_up_the_same_everywhere(stored: float, shown: int) -> None:
    assert score(stored) == shown
    assert score_text(stored) == str(shown)


def test_shares_round_half_up_to_whole_percent() -> None:
    assert percent(0.925) == 93
    assert percent(0.745) == 75
    assert percent(None) is None
    assert score_text(None) == "–"


def test_every_enum_value_has_words_in_domain() -> None:
    for enum in (
        ActionStatus,
        AssetKind,
        ContributionCategory,
        GapStatus,
        RightCode,
        WorkshopStatus,
    ):
        for member in enum:
            assert member.label and "_" not in member.label
    assert AssetKind.IP.label == "IP"
    assert enums.body_kind_label("pmo") == "Joint PMO"
    assert ContributionCategory.MARKET_ACCESS.label == "Market access"
    assert ActionStatus.IN_PROGRESS.label == "In progress"


def _decision(*rights: tuple[str, RightCode]) -> Decision:
    return Decision("d1", "Approve the annual budget", rights=tuple(rights))


@pytest.mark.parametrize(
    ("rights", "problem"),
    [
        ((), RightsProblem.NO_OWNER),
        ((("a", RightCode.CONSULTED),), RightsProblem.NO_OWNER),
        ((("a", RightCode.DECIDES), ("b", RightCode.DECIDES)), RightsProblem.TWO_DECIDERS),
        ((("a", RightCode.DECIDES), ("b", RightCode.JOINT)), RightsProblem.DECIDER_AND_JOINT),
        ((("a", RightCode.JOINT), ("b", RightCode.INFORMED)), RightsProblem.LONE_JOINT),
        ((("a", RightCode.DECIDES), ("b", RightCode.CONSULTED)), None),
        ((("a", RightCode.JOINT), ("b", RightCode.JOINT)), None),
    ],
)
def test_matrix_mark_and_readiness_check_follow_one_rule(rights, problem) -> None:
    from workshop_app.demo import build_demo
    from workshop_app.ui.models.governance import decision_problem

    workshop = build_demo("small")
    ids = [p.id for p in workshop.partners]
    mapping = {"a": ids[0], "b": ids[1]}
    decision = _decision(*[(mapping[p], c) for p, c in rights])
    conflict = decision_conflict(decision, ids)
    assert (conflict.problem if conflict else None) == problem
    # The matrix marks exactly the decisions the readiness check names.
    mark = decision_problem(decision, lambda text: text, ids)
    from dataclasses import replace

    check = check_decisions(replace(workshop, decisions=(decision,)))
    assert bool(mark) == (problem is not None) == (not check.passed)
