"""Readiness of the term sheet: a checklist of what it still lacks and where to fix it.

Each check has a stable id, a title, the page and field where the facilitator edits what
it checks, and when it fails one line per missing thing. Pages are the app's pages: setup,
questionnaire, alignment, contributions, governance, exit, actions.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.analysis.decision_rights import conflict_words, decision_conflicts
from workshop_app.analysis.display import percent
from workshop_app.analysis.heads import check_heads, hide_gaps
from workshop_app.analysis.message import QT_TRANSLATE_NOOP, Message, Word
from workshop_app.analysis.results import Gap, ReadinessCheck
from workshop_app.domain.enums import GapStatus
from workshop_app.domain.model import Workshop

# A gap counts for readiness when its severity ((1 - alignment) x weight) is at least
# this: for a question of weight 1 that is alignment 0.75 or less, i.e. every gap under
# the default threshold; a light question (weight 0.5) counts only below alignment 0.5.
GAP_SEVERITY_THRESHOLD = 0.25

MIN_ESCALATION_STEPS = 2

# The fields a contribution may lack, as the checklist names them.
_QUANTITY = QT_TRANSLATE_NOOP("Analysis", "quantity")
_UNIT = QT_TRANSLATE_NOOP("Analysis", "unit")
_START = QT_TRANSLATE_NOOP("Analysis", "start")
_END = QT_TRANSLATE_NOOP("Analysis", "end")
_METRIC = QT_TRANSLATE_NOOP("Analysis", "tracking metric")


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
            missing.append(
                Message(
                    QT_TRANSLATE_NOOP("Analysis", "{partner} has no contribution."),
                    partner=partner.name,
                )
            )
    for c in workshop.contributions:
        lacks = [
            label
            for label, absent in (
                (_QUANTITY, c.quantity is None),
                (_UNIT, _blank(c.unit)),
                (_START, c.start is None),
                (_END, c.end is None),
                (_METRIC, _blank(c.tracking_metric)),
            )
            if absent
        ]
        if lacks:
            who = (
                names[c.partner_id]
                if c.partner_id in names
                else Message(QT_TRANSLATE_NOOP("Analysis", "An unknown partner"))
            )
            missing.append(
                Message(
                    QT_TRANSLATE_NOOP("Analysis", "{partner}: {contribution} has no {fields}."),
                    partner=who,
                    contribution=_quote(c.description),
                    fields=tuple(Message(f) for f in lacks),
                )
            )
    return _check(
        "contributions.complete",
        Message(
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Every partner has a contribution with quantity, unit, start, end and "
                "tracking metric",
            )
        ),
        missing,
        "contributions",
        "contributions",
    )


def check_decisions(workshop: Workshop) -> ReadinessCheck:
    missing: list[str] = []
    names = {p.id: p.name for p in workshop.partners}
    if not workshop.decisions:
        missing.append(
            Message(QT_TRANSLATE_NOOP("Analysis", "The decision-rights matrix has no decisions."))
        )
    for conflict in decision_conflicts(workshop):
        missing.append(
            Message(
                QT_TRANSLATE_NOOP("Analysis", "{decision}: {problem}"),
                decision=_quote(conflict.title),
                problem=conflict_words(conflict, names),
            )
        )
    return _check(
        "governance.decision_rights",
        Message(
            QT_TRANSLATE_NOOP(
                "Analysis", "Every decision has exactly one partner that decides, or joint approval"
            )
        ),
        missing,
        "governance",
        "decision_rights",
    )


def check_escalation(workshop: Workshop) -> ReadinessCheck:
    missing: list[str] = []
    if any(d.is_joint() for d in workshop.decisions):
        steps = sorted(workshop.escalation_steps, key=lambda s: s.level)
        if len(steps) < MIN_ESCALATION_STEPS:
            template = (
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The escalation path has {count} step; joint-approval decisions need at "
                    "least {minimum}.",
                )
                if len(steps) == 1
                else QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The escalation path has {count} steps; joint-approval decisions need at "
                    "least {minimum}.",
                )
            )
            missing.append(Message(template, count=len(steps), minimum=MIN_ESCALATION_STEPS))
        for s in steps:
            if s.time_limit_days is None:
                missing.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Analysis", "Escalation level {level} ({body}) has no time limit."
                        ),
                        level=s.level,
                        body=s.body,
                    )
                )
    return _check(
        "governance.escalation",
        Message(
            QT_TRANSLATE_NOOP(
                "Analysis",
                "Joint-approval decisions have an escalation path of at least two steps with "
                "time limits",
            )
        ),
        missing,
        "governance",
        "escalation_steps",
    )


def check_review_points(workshop: Workshop) -> ReadinessCheck:
    missing = (
        []
        if workshop.review_points
        else [
            Message(
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "No review point: add at least one date or milestone to expand, narrow or "
                    "redirect the scope.",
                )
            )
        ]
    )
    return _check(
        "governance.review_points",
        Message(QT_TRANSLATE_NOOP("Analysis", "At least one review point")),
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
            Message(QT_TRANSLATE_NOOP("Analysis", "The exit terms name a renewal timeline")),
            [Message(QT_TRANSLATE_NOOP("Analysis", "The renewal timeline is empty."))]
            if _blank(terms.renewal_timeline)
            else [],
            "exit",
            "renewal_timeline",
        ),
        _check(
            "exit.triggers",
            Message(QT_TRANSLATE_NOOP("Analysis", "At least one exit trigger")),
            []
            if triggers
            else [Message(QT_TRANSLATE_NOOP("Analysis", "No exit trigger is listed."))],
            "exit",
            "exit_triggers",
        ),
    ]
    # Notice is named either once for the whole agreement or on every trigger.
    notice_missing: list[str] = []
    if _blank(terms.notice_period):
        without = [t for t in triggers if t.notice_days is None]
        if not triggers:
            notice_missing.append(
                Message(QT_TRANSLATE_NOOP("Analysis", "The notice period is empty."))
            )
        else:
            notice_missing.extend(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Analysis",
                        "Exit trigger {trigger} has no notice period, and no general notice "
                        "period is named.",
                    ),
                    trigger=_quote(t.description, 40),
                )
                for t in without
            )
    checks.append(
        _check(
            "exit.notice",
            Message(QT_TRANSLATE_NOOP("Analysis", "The exit terms name notice periods")),
            notice_missing,
            "exit",
            "notice_period",
        )
    )
    checks.append(
        _check(
            "exit.obligations",
            Message(
                QT_TRANSLATE_NOOP(
                    "Analysis", "The exit terms name the obligations that survive exit"
                )
            ),
            [Message(QT_TRANSLATE_NOOP("Analysis", "The obligations after exit are empty."))]
            if _blank(terms.obligations)
            else [],
            "exit",
            "obligations",
        )
    )
    # A partnership with no shared asset listed has not yet said what happens to its IP,
    # plants, tooling and data, so an empty list fails rather than passing by default.
    asset_missing: list[str] = [
        Message(
            QT_TRANSLATE_NOOP("Analysis", "{asset} has no treatment on exit."),
            asset=_quote(a.name),
        )
        for a in workshop.shared_assets
        if _blank(a.treatment)
    ]
    if not workshop.shared_assets:
        asset_missing.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Analysis", "No shared asset (IP, plants, tooling, data) is listed."
                )
            )
        )
    checks.append(
        _check(
            "exit.shared_assets",
            Message(QT_TRANSLATE_NOOP("Analysis", "Every shared asset has a treatment on exit")),
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
    return Message(
        QT_TRANSLATE_NOOP("Analysis", "{kinds}, alignment {alignment}%"),
        kinds=g.kinds_text,
        alignment=percent(g.alignment),
    )


def check_gaps(gaps: Sequence[Gap]) -> ReadinessCheck:
    missing: list[str] = []
    for g in gaps:
        if g.severity < GAP_SEVERITY_THRESHOLD or g.status is GapStatus.RESOLVED:
            continue
        if g.owner.strip() and g.due:
            continue
        if not g.owner.strip() and not g.due:
            template = QT_TRANSLATE_NOOP(
                "Analysis", "{gap} ({state}) is {status} with no owner and no due date."
            )
        elif not g.owner.strip():
            template = QT_TRANSLATE_NOOP("Analysis", "{gap} ({state}) is {status} with no owner.")
        else:
            template = QT_TRANSLATE_NOOP(
                "Analysis", "{gap} ({state}) is {status} with no due date."
            )
        missing.append(
            Message(
                template,
                gap=_quote(g.title),
                state=_gap_state(g),
                status=Word(g.status.value, g.status.label),
            )
        )
    return _check(
        "alignment.gaps_owned",
        Message(
            QT_TRANSLATE_NOOP(
                "Analysis", "Every serious gap is resolved or has an owner and a due date"
            )
        ),
        missing,
        "alignment",
        "gap_discussion",
    )


def check_revealed() -> ReadinessCheck:
    """Stands in for the gap check while blind mode hides the answers: before Reveal,
    nothing derived from the answers (not even whether there are gaps) is shown."""
    return _check(
        "alignment.revealed",
        Message(QT_TRANSLATE_NOOP("Analysis", "The answers are revealed and the gaps discussed")),
        [
            Message(
                QT_TRANSLATE_NOOP(
                    "Analysis",
                    "The answers are hidden (blind mode) until the facilitator reveals them.",
                )
            )
        ],
        "alignment",
        "",
    )


def before_reveal(checks: Sequence[ReadinessCheck]) -> tuple[ReadinessCheck, ...]:
    """The checks as they may be shown before Reveal in blind mode."""
    return tuple(
        check_revealed()
        if c.id == "alignment.gaps_owned"
        else hide_gaps(c)
        if c.id == "heads.settled"
        else c
        for c in checks
    )


def readiness_checks(workshop: Workshop, gaps: Sequence[Gap]) -> tuple[ReadinessCheck, ...]:
    return (
        check_contributions(workshop),
        check_decisions(workshop),
        check_escalation(workshop),
        check_review_points(workshop),
        *check_exit(workshop),
        check_gaps(gaps),
        check_heads(workshop, gaps),
    )
