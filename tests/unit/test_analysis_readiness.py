"""The readiness checklist: each check passing, and failing with what is missing and where."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from tests.unit.analysis_builders import likert, make_workshop, ready_terms
from workshop_app.analysis import GAP_SEVERITY_THRESHOLD, analyse
from workshop_app.analysis.heads import HEADS_BY_PHASE, head_states
from workshop_app.analysis.readiness import before_reveal
from workshop_app.analysis.results import ReadinessCheck
from workshop_app.domain.enums import GapStatus, Phase, RightCode
from workshop_app.domain.heads import HeadOfTerms, HeadStatus
from workshop_app.domain.model import (
    Contribution,
    Decision,
    ExitTerms,
    ExitTrigger,
    GapDiscussion,
    SharedAsset,
    Workshop,
)

PARTNERS = ["Nordwerk", "华辰", "한빛배터리"]
CHECK_IDS = [
    "contributions.complete",
    "governance.decision_rights",
    "governance.escalation",
    "governance.review_points",
    "exit.renewal_timeline",
    "exit.triggers",
    "exit.notice",
    "exit.obligations",
    "exit.shared_assets",
    "alignment.gaps_owned",
    "heads.settled",
]


def ready_workshop(**changes: object) -> Workshop:
    parts = ready_terms(PARTNERS)
    parts.update(changes)
    answers = {p: [{"Q1": 5, "Q2": 5}] for p in PARTNERS}
    return make_workshop(answers, [likert("Q1"), likert("Q2", weight=0.5)], **parts)


def checks(w: Workshop) -> dict[str, ReadinessCheck]:
    return {c.id: c for c in analyse(w).readiness.checks}


def only_failure(w: Workshop) -> ReadinessCheck:
    failed = [c for c in analyse(w).readiness.checks if not c.passed]
    assert len(failed) == 1, [c.id for c in failed]
    return failed[0]


def test_a_complete_term_sheet_passes_every_check() -> None:
    w = ready_workshop()
    w.validate()
    r = analyse(w).readiness
    assert [c.id for c in r.checks] == CHECK_IDS
    assert (r.passed, r.total, r.score) == (11, 11, 1.0)
    assert all(c.passed and c.missing == () and c.page and c.field for c in r.checks)


def test_an_empty_workshop_fails_all_but_the_checks_with_nothing_to_check() -> None:
    r = analyse(make_workshop({"A": [], "B": []}, [likert("Q1")])).readiness
    passed = {c.id for c in r.checks if c.passed}
    # no joint decision needs an escalation path; no gap needs an owner
    assert passed == {"governance.escalation", "alignment.gaps_owned"}
    assert r.score == pytest.approx(2 / 11)


def _contributions(w: Workshop, **change: object) -> tuple[Contribution, ...]:
    first, *rest = w.contributions
    return (replace(first, **change), *rest)


CASES: list[tuple[str, Callable[[Workshop], Workshop], str, str, str]] = [
    (
        "partner without contribution",
        lambda w: replace(w, contributions=w.contributions[:2]),
        "contributions.complete",
        "contributions",
        "한빛배터리 has no contribution.",
    ),
    (
        "contribution lacking fields",
        lambda w: replace(
            w, contributions=_contributions(w, quantity=None, end=None, tracking_metric=" ")
        ),
        "contributions.complete",
        "contributions",
        "Nordwerk: 'Engineering of Nordwerk' has no quantity, end, tracking metric.",
    ),
    (
        "no decisions",
        lambda w: replace(w, decisions=()),
        "governance.decision_rights",
        "governance",
        "The decision-rights matrix has no decisions.",
    ),
    (
        "unowned decision",
        lambda w: replace(
            w,
            decisions=(
                *w.decisions,
                Decision("d3", "Tooling budget", rights=(("华辰", RightCode.CONSULTED),)),
            ),
        ),
        "governance.decision_rights",
        "governance",
        "'Tooling budget': nobody decides; mark one partner D or joint approval J.",
    ),
    (
        "two deciders",
        lambda w: replace(
            w,
            decisions=(
                *w.decisions,
                Decision(
                    "d3",
                    "Software scope",
                    rights=(("Nordwerk", RightCode.DECIDES), ("华辰", RightCode.DECIDES)),
                ),
            ),
        ),
        "governance.decision_rights",
        "governance",
        "Nordwerk and 华辰 both decide",
    ),
    (
        "decider and joint approval",
        lambda w: replace(
            w,
            decisions=(
                *w.decisions,
                Decision(
                    "d3",
                    "Cell chemistry",
                    rights=(("Nordwerk", RightCode.DECIDES), ("한빛배터리", RightCode.JOINT)),
                ),
            ),
        ),
        "governance.decision_rights",
        "governance",
        "also marked joint approval",
    ),
    (
        "joint approval by one partner",
        lambda w: replace(
            w,
            decisions=(
                *w.decisions,
                Decision("d3", "Cell chemistry", rights=(("한빛배터리", RightCode.JOINT),)),
            ),
        ),
        "governance.decision_rights",
        "governance",
        "only 한빛배터리 is marked for joint approval",
    ),
    (
        "one escalation step",
        lambda w: replace(w, escalation_steps=w.escalation_steps[:1]),
        "governance.escalation",
        "governance",
        "The escalation path has 1 step; joint-approval decisions need at least 2.",
    ),
    (
        "escalation step without time limit",
        lambda w: replace(
            w,
            escalation_steps=(
                w.escalation_steps[0],
                replace(w.escalation_steps[1], time_limit_days=None),
            ),
        ),
        "governance.escalation",
        "governance",
        "Escalation level 2 (Steering committee) has no time limit.",
    ),
    (
        "no review point",
        lambda w: replace(w, review_points=()),
        "governance.review_points",
        "governance",
        "No review point",
    ),
    (
        "no renewal timeline",
        lambda w: replace(w, exit_terms=replace(w.exit_terms, renewal_timeline="  ")),
        "exit.renewal_timeline",
        "exit",
        "The renewal timeline is empty.",
    ),
    (
        "no exit trigger",
        lambda w: replace(w, exit_triggers=()),
        "exit.triggers",
        "exit",
        "No exit trigger is listed.",
    ),
    (
        "no notice anywhere",
        lambda w: replace(
            w,
            exit_terms=replace(w.exit_terms, notice_period=""),
            exit_triggers=(*w.exit_triggers, ExitTrigger("t2", "Insolvenz eines Partners")),
        ),
        "exit.notice",
        "exit",
        "Exit trigger 'Insolvenz eines Partners' has no notice period, and no general "
        "notice period is named.",
    ),
    (
        "no obligations",
        lambda w: replace(w, exit_terms=replace(w.exit_terms, obligations="")),
        "exit.obligations",
        "exit",
        "The obligations after exit are empty.",
    ),
    (
        "asset without treatment",
        lambda w: replace(
            w, shared_assets=(*w.shared_assets, SharedAsset("s2", "Validation data"))
        ),
        "exit.shared_assets",
        "exit",
        "'Validation data' has no treatment on exit.",
    ),
    (
        "no shared asset",
        lambda w: replace(w, shared_assets=()),
        "exit.shared_assets",
        "exit",
        "No shared asset (IP, plants, tooling, data) is listed.",
    ),
    (
        "a head still open",
        lambda w: replace(
            w,
            heads_of_terms=tuple(
                HeadOfTerms(h.key) if h.key == "exclusivity" else h for h in w.heads_of_terms
            ),
        ),
        "heads.settled",
        "deal_terms",
        "9 Exclusivity and non-compete: open.",
    ),
    (
        "a party without its register number",
        lambda w: replace(w, parties=(replace(w.parties[0], register_number=""), *w.parties[1:])),
        "heads.settled",
        "deal_terms",
        "1 Parties: Nordwerk has no register number.",
    ),
]


@pytest.mark.parametrize(
    ("change", "check_id", "page", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_each_check_fails_naming_what_is_missing_and_where(
    change: Callable[[Workshop], Workshop], check_id: str, page: str, expected: str
) -> None:
    w = change(ready_workshop())
    w.validate()  # every failure is a state a facilitator can really reach
    failed = only_failure(w)
    assert failed.id == check_id
    assert failed.page == page
    assert failed.field
    assert any(expected in line for line in failed.missing), failed.missing
    assert analyse(w).readiness.passed == len(CHECK_IDS) - 1


def test_notice_named_on_every_trigger_is_enough() -> None:
    w = ready_workshop(exit_terms=ExitTerms("Five years", "", "Spare parts"))
    assert checks(w)["exit.notice"].passed
    w = replace(w, exit_triggers=(*w.exit_triggers, ExitTrigger("t2", "Deadlock")))
    assert not checks(w)["exit.notice"].passed


def test_escalation_is_not_needed_without_joint_decisions() -> None:
    w = ready_workshop(escalation_steps=())
    assert not checks(w)["governance.escalation"].passed
    w = replace(w, decisions=w.decisions[:1])
    assert checks(w)["governance.escalation"].passed
    # informed and consulted parties beside one decider are fine
    assert checks(w)["governance.decision_rights"].passed


# --- gaps with owners ------------------------------------------------------------------


def _with_gaps(*discussions: GapDiscussion) -> Workshop:
    # Q1 (weight 1) alignment 0.5 -> severity 0.5; Q2 (weight 0.5) alignment 0.5 -> 0.25;
    # Q3 (weight 0.5) alignment 0.75 under threshold 0.8 -> severity 0.125, below the bar
    parts = ready_terms(PARTNERS)
    answers = {"Nordwerk": [{"Q1": 5, "Q2": 5, "Q3": 5}], "华辰": [{"Q1": 3, "Q2": 3, "Q3": 4}]}
    questions = [likert("Q1"), likert("Q2", weight=0.5), likert("Q3", weight=0.5)]
    return make_workshop(
        answers,
        questions,
        threshold=0.8,
        gap_discussions=discussions,
        contributions=parts["contributions"][:2],
        **{k: v for k, v in parts.items() if k != "contributions"},
    )


def test_serious_open_gaps_need_an_owner_and_a_due_date() -> None:
    w = _with_gaps(GapDiscussion("Q1", GapStatus.DISCUSSED, owner="王芳"))
    assert [g.severity for g in analyse(w).gaps] == [0.5, 0.25, 0.125]
    assert GAP_SEVERITY_THRESHOLD == 0.25
    failed = only_failure(w)
    assert (failed.id, failed.page, failed.field) == (
        "alignment.gaps_owned",
        "alignment",
        "gap_discussion",
    )
    assert failed.missing == (
        "'Question Q1' (partners differ, alignment 50%) is discussed with no due date.",
        "'Question Q2' (partners differ, alignment 50%) is open with no owner and no due date.",
    )


def test_gaps_resolved_or_owned_with_a_due_date_pass() -> None:
    w = _with_gaps(
        GapDiscussion("Q1", GapStatus.RESOLVED, agreed_position="Five years"),
        GapDiscussion("Q2", GapStatus.OPEN, owner="Jürgen Weiß", due=date(2027, 2, 1)),
    )
    assert checks(w)["alignment.gaps_owned"].passed
    assert analyse(w).readiness.score == 1.0


def _with_exclusivity_question(w: Workshop, value: int) -> Workshop:
    """The ready workshop with an exclusivity question (clause scope.exclusivity) on which
    the partners answered ``value`` and 1: a gap that nobody has resolved."""
    q = replace(likert("QX"), clause="scope.exclusivity")
    answers = {
        p: [{"Q1": 5, "Q2": 5, "QX": value if i == 0 else 1}] for i, p in enumerate(PARTNERS)
    }
    return make_workshop(
        answers,
        [likert("Q1"), likert("Q2", weight=0.5), q],
        **{k: getattr(w, k) for k in ready_terms(PARTNERS)},
    )


def test_a_head_recorded_agreed_stays_open_while_its_gap_is_open() -> None:
    w = _with_exclusivity_question(ready_workshop(), 5)
    analysis = analyse(w)
    state = {s.spec.key: s for s in head_states(w, analysis.gaps)}["exclusivity"]
    assert state.record.status is HeadStatus.AGREED
    assert state.status is HeadStatus.OPEN
    assert state.open_gaps == ("QX",)
    check = checks(w)["heads.settled"]
    assert check.missing == (
        "9 Exclusivity and non-compete: recorded as agreed, but linked gap QX is still open.",
    )
    hidden = {c.id: c for c in before_reveal(analysis.readiness.checks)}["heads.settled"]
    assert "QX" not in " ".join(hidden.missing)
    # Once the partners agree, the head is agreed again.
    aligned = _with_exclusivity_question(ready_workshop(), 1)
    assert checks(aligned)["heads.settled"].passed


def test_each_phase_needs_its_own_heads() -> None:
    w = ready_workshop(heads_of_terms=(), parties=())
    for phase, numbers in HEADS_BY_PHASE.items():
        check = checks(replace(w, details=replace(w.details, phase=phase)))["heads.settled"]
        named = {int(line.split()[0]) for line in check.missing}
        assert named == set(numbers), phase
    assert HEADS_BY_PHASE[Phase.STRUCTURING] == tuple(range(1, 17))
