"""Action items suggested by the analysis: one per unresolved gap not yet on the list."""

from __future__ import annotations

from datetime import date

from workshop_app.analysis.display import percent
from workshop_app.analysis.message import QT_TRANSLATE_NOOP, Cap, Message
from workshop_app.analysis.results import Analysis, Gap
from workshop_app.domain.enums import ActionStatus, GapStatus
from workshop_app.domain.model import Workshop
from workshop_app.domain.records import record


@record
class SuggestedAction:
    """Plain data for a new action item; the caller gives it an id and stores it."""

    question_id: str
    title: str
    owner: str = ""
    due: date | None = None
    notes: str = ""


def suggested_actions(workshop: Workshop, analysis: Analysis) -> list[SuggestedAction]:
    """Unresolved gaps, most severe first, that no action item refers to yet.

    Owner and due date come from the gap's discussion, so what the room agreed there is
    carried onto the action list.
    """
    names = {p.id: p.name for p in workshop.partners}
    covered = {a.question_id for a in workshop.action_items if a.question_id}
    out: list[SuggestedAction] = []
    for gap in analysis.gaps:
        if gap.status is GapStatus.RESOLVED or gap.question_id in covered:
            continue
        # Why it is a gap: "partners differ", "nobody has defined this yet", ...
        out.append(
            SuggestedAction(
                question_id=gap.question_id,
                title=Message(
                    QT_TRANSLATE_NOOP("Analysis", "Agree a position on: {question}"),
                    question=gap.title,
                ),
                owner=gap.owner,
                due=date.fromisoformat(gap.due) if gap.due else None,
                notes=_gap_notes(gap, names),
            )
        )
    return out


def _gap_notes(gap: Gap, names: dict[str, str]) -> Message:
    """Why it is a gap: "Partners differ, alignment 40%, furthest apart: A and B."."""
    kinds = Cap(gap.kinds_text)
    pair = (
        tuple(names.get(pid, pid) for pid in gap.diverging_pair)
        if gap.diverging_pair is not None
        else None
    )
    if gap.alignment is not None and pair is not None:
        return Message(
            QT_TRANSLATE_NOOP(
                "Analysis", "{kinds}, alignment {alignment}%, furthest apart: {a} and {b}."
            ),
            kinds=kinds,
            alignment=percent(gap.alignment),
            a=pair[0],
            b=pair[1],
        )
    if gap.alignment is not None:
        return Message(
            QT_TRANSLATE_NOOP("Analysis", "{kinds}, alignment {alignment}%."),
            kinds=kinds,
            alignment=percent(gap.alignment),
        )
    if pair is not None:
        return Message(
            QT_TRANSLATE_NOOP("Analysis", "{kinds}, furthest apart: {a} and {b}."),
            kinds=kinds,
            a=pair[0],
            b=pair[1],
        )
    return Message(QT_TRANSLATE_NOOP("Analysis", "{kinds}."), kinds=kinds)


@record
class NextStep:
    """One thing to do before signing, with who does it and by when."""

    title: str
    owner: str = ""
    due: date | None = None
    question_id: str = ""  # the gap it closes, if any
    check_id: str = ""  # the readiness check it completes, if any


def next_steps(workshop: Workshop, analysis: Analysis) -> list[NextStep]:
    """Open action items (those on the gravest gaps first), then the suggested actions for
    gaps nobody acts on yet, then the readiness checks still failing."""
    gap_rank = {g.question_id: i for i, g in enumerate(analysis.gaps)}
    open_items = sorted(
        (x for x in workshop.action_items if x.status is not ActionStatus.DONE),
        key=lambda x: (
            gap_rank.get(x.question_id or "", len(gap_rank)),
            x.due or date.max,
            x.position,
        ),
    )
    steps = [NextStep(x.title, x.owner, x.due, x.question_id or "") for x in open_items]
    steps += [
        NextStep(s.title, s.owner, s.due, s.question_id)
        for s in suggested_actions(workshop, analysis)
    ]
    steps += [
        NextStep(
            Message(
                QT_TRANSLATE_NOOP("Analysis", "Complete before signing: {check}"), check=c.title
            ),
            check_id=c.id,
        )
        for c in analysis.readiness.checks
        if not c.passed
    ]
    return steps
