"""Readiness of the term sheet: a checklist of what it still lacks and where to fix it.

Each check has a stable id, a title, the page and field where the facilitator edits what
it checks, and when it fails one line per missing thing. Pages are the app's pages: setup,
questionnaire, alignment, contributions, governance, exit, actions.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.analysis.decision_rights import conflict_words, decision_conflicts
from workshop_app.analysis.display import percent
from workshop_app.analysis.results import Gap, ReadinessCheck
from workshop_app.domain.enums import GapStatus
from workshop_app.domain.model import Workshop

# A gap counts for readiness when its severity ((1 - alignment) x weight) is at least
# this: for a question of weight 1 that is alignment 0.75 or less, i.e. every gap under
# the default threshold; a light question (weight 0.5) counts only below alignment 0.5.
GAP_SEVERITY_THRESHOLD = 0.25

MIN_ESCALATION_STEPS = 2


def _check(id: str, title: str, missing: Sequence[str], page: str, field: str) -> ReadinessCheck:
    # Page and field are given for passed checks too, so a checklist can link every row.
    return ReadinessCheck(
        id=id, title=title, passed=not missing, missing=tuple(missing), page=page, field=field
    )


def _blank(text: str) -> bool:
    return not text.strip()


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"'{text[: limit - 1]}…'" if len(text) > limit else f"'{text}'"


def check_contributions(workshop: Workshop) -> ReadinessCheck:
    missing: list[str] = []
    names = {p.id: p.name for p in workshop.partners}
    for partner in workshop.partners:
        if not any(c.partner_id == partner.id for c in workshop.contributions):
            missing.append(f"{partner.name} has no contribution.")
    for c in workshop.contributions:
        lacks = [
            label
            for label, absent in (
                ("quantity", c.quantity is None),
                ("unit", _blank(c.unit)),
                ("start", c.start is None),
                ("end", c.end is None),
                ("tracking metric", _blank(c.tracking_metric)),
            )
            if absent
        ]
        if lacks:
            who = names.get(c.partner_id, "An unknown partner")
            missing.append(f"{who}: {_quote(c.description)} has no {', '.join(lacks)}.")
    return _check(
        "contributions.complete",
        "Every partner has a contribution with quantity, unit, start, end and tracking metric",
        missing,
        "contributions",
        "contributions",
    )


def check_decisions(workshop: Workshop) -> ReadinessCheck:
    missing: list[str] = []
    names = {p.id: p.name for p in workshop.partners}
    if not workshop.decisions:
        missing.append("The decision-rights matrix has no decisions.")
    for conflict in decision_conflicts(workshop):
        missing.append(f"{_quote(conflict.title)}: {conflict_words(conflict, names)}")
    return _check(
        "governance.decision_rights",
        "Every decision has exactly one partner that decides, or joint approval",
        missing,
        "governance",
        "decision_rights",
    )


def check_escalation(workshop: Workshop) -> ReadinessCheck:
    missing: list[str] = []
    if any(d.is_joint() for d in workshop.decisions):
        steps = sorted(workshop.escalation_steps, key=lambda s: s.level)
        if len(steps) < MIN_ESCALATION_STEPS:
            missing.append(
                f"The escalation path has {len(steps)} step{'s' if len(steps) != 1 else ''}; "
                f"joint-approval decisions need at least {MIN_ESCALATION_STEPS}."
            )
        for s in steps:
            if s.time_limit_days is None:
                missing.append(f"Escalation level {s.level} ({s.body}) has no time limit.")
    return _check(
        "governance.escalation",
        "Joint-approval decisions have an escalation path of at least two steps with time limits",
        missing,
        "governance",
        "escalation_steps",
    )


def check_review_points(workshop: Workshop) -> ReadinessCheck:
    missing = (
        []
        if workshop.review_points
        else [
            "No review point: add at least one date or milestone to expand, narrow or "
            "redirect the scope."
        ]
    )
    return _check(
        "governance.review_points",
        "At least one review point",
        missing,
        "governance",
        "review_points",
    )


def check_exit(workshop: Workshop) -> list[ReadinessCheck]:
    terms = workshop.exit_terms
    triggers = workshop.exit_triggers
    checks = [
        _check(
            "exit.renewal_timeline",
            "The exit terms name a renewal timeline",
            ["The renewal timeline is empty."] if _blank(terms.renewal_timeline) else [],
            "exit",
            "renewal_timeline",
        ),
        _check(
            "exit.triggers",
            "At least one exit trigger",
            [] if triggers else ["No exit trigger is listed."],
            "exit",
            "exit_triggers",
        ),
    ]
    # Notice is named either once for the whole agreement or on every trigger.
    notice_missing: list[str] = []
    if _blank(terms.notice_period):
        without = [t for t in triggers if t.notice_days is None]
        if not triggers:
            notice_missing.append("The notice period is empty.")
        else:
            notice_missing.extend(
                f"Exit trigger {_quote(t.description, 40)} has no notice period, and no "
                "general notice period is named."
                for t in without
            )
    checks.append(
        _check(
            "exit.notice",
            "The exit terms name notice periods",
            notice_missing,
            "exit",
            "notice_period",
        )
    )
    checks.append(
        _check(
            "exit.obligations",
            "The exit terms name the obligations that survive exit",
            ["The obligations after exit are empty."] if _blank(terms.obligations) else [],
            "exit",
            "obligations",
        )
    )
    # A partnership with no shared asset listed has not yet said what happens to its IP,
    # plants, tooling and data, so an empty list fails rather than passing by default.
    asset_missing = [
        f"{_quote(a.name)} has no treatment on exit."
        for a in workshop.shared_assets
        if _blank(a.treatment)
    ]
    if not workshop.shared_assets:
        asset_missing.append("No shared asset (IP, plants, tooling, data) is listed.")
    checks.append(
        _check(
            "exit.shared_assets",
            "Every shared asset has a treatment on exit",
            asset_missing,
            "exit",
            "shared_assets",
        )
    )
    return checks


def _gap_state(g: Gap) -> str:
    """What makes it a gap: its kinds in words, with the alignment when there is one."""
    if g.alignment is None:
        return g.kinds_text
    return f"{g.kinds_text}, alignment {percent(g.alignment)}%"


def check_gaps(gaps: Sequence[Gap]) -> ReadinessCheck:
    missing: list[str] = []
    for g in gaps:
        if g.severity < GAP_SEVERITY_THRESHOLD or g.status is GapStatus.RESOLVED:
            continue
        if g.owner.strip() and g.due:
            continue
        lacks = " and no ".join(
            what
            for what, absent in (("owner", not g.owner.strip()), ("due date", not g.due))
            if absent
        )
        missing.append(f"{_quote(g.title)} ({_gap_state(g)}) is {g.status.value} with no {lacks}.")
    return _check(
        "alignment.gaps_owned",
        "Every serious gap is resolved or has an owner and a due date",
        missing,
        "alignment",
        "gap_discussion",
    )


def check_revealed() -> ReadinessCheck:
    """Stands in for the gap check while blind mode hides the answers: before Reveal,
    nothing derived from the answers (not even whether there are gaps) is shown."""
    return _check(
        "alignment.revealed",
        "The answers are revealed and the gaps discussed",
        ["The answers are hidden (blind mode) until the facilitator reveals them."],
        "alignment",
        "",
    )


def before_reveal(checks: Sequence[ReadinessCheck]) -> tuple[ReadinessCheck, ...]:
    """The checks as they may be shown before Reveal in blind mode."""
    return tuple(check_revealed() if c.id == "alignment.gaps_owned" else c for c in checks)


def readiness_checks(workshop: Workshop, gaps: Sequence[Gap]) -> tuple[ReadinessCheck, ...]:
    return (
        check_contributions(workshop),
        check_decisions(workshop),
        check_escalation(workshop),
        check_review_points(workshop),
        *check_exit(workshop),
        check_gaps(gaps),
    )
