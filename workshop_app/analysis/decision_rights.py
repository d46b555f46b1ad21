"""The decision-rights rule: every decision has exactly one partner that decides, or joint
approval by at least two partners and nobody deciding alone.

The matrix marks on the governance page, the readiness check and the exports all ask this
module, so a row the checklist names is a row the matrix marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from workshop_app.analysis.message import QT_TRANSLATE_NOOP, Listed, Message
from workshop_app.domain.enums import RightCode
from workshop_app.domain.model import Decision, Workshop
from workshop_app.domain.records import record


class RightsProblem(StrEnum):
    NO_OWNER = "no_owner"  # no D and no J
    TWO_DECIDERS = "two_deciders"  # two or more D
    DECIDER_AND_JOINT = "decider_and_joint"  # a D beside a J
    LONE_JOINT = "lone_joint"  # a single J: joint approval with nobody


@record
class DecisionConflict:
    """A decision whose rights leave it without one clear owner."""

    decision_id: str
    title: str
    problem: RightsProblem
    deciders: tuple[str, ...] = ()  # partner ids marked D
    joint: tuple[str, ...] = ()  # partner ids marked J


def decision_conflict(
    decision: Decision, partner_ids: Iterable[str] | None = None
) -> DecisionConflict | None:
    """What is wrong with one decision's rights, or None. Rights of partners not in
    ``partner_ids`` (when given) are ignored, as for a partner removed from the workshop."""
    known = None if partner_ids is None else set(partner_ids)
    rights = [(p, c) for p, c in decision.rights if known is None or p in known]
    deciders = tuple(p for p, c in rights if c is RightCode.DECIDES)
    joint = tuple(p for p, c in rights if c is RightCode.JOINT)
    problem: RightsProblem | None = None
    if not deciders and not joint:
        problem = RightsProblem.NO_OWNER
    elif deciders and joint:
        problem = RightsProblem.DECIDER_AND_JOINT
    elif len(deciders) > 1:
        problem = RightsProblem.TWO_DECIDERS
    elif len(joint) == 1:
        problem = RightsProblem.LONE_JOINT
    if problem is None:
        return None
    return DecisionConflict(decision.id, decision.title, problem, deciders, joint)


def decision_conflicts(workshop: Workshop) -> list[DecisionConflict]:
    """Every decision with a problem, in the matrix's order."""
    ids = [p.id for p in workshop.partners]
    out = []
    for d in sorted(workshop.decisions, key=lambda d: d.position):
        conflict = decision_conflict(d, ids)
        if conflict is not None:
            out.append(conflict)
    return out


def conflict_words(conflict: DecisionConflict, names: dict[str, str]) -> str:
    """The problem in a sentence, naming the partners (a :class:`Message`: English as text)."""
    deciders = [names.get(p, p) for p in conflict.deciders]
    joint = [names.get(p, p) for p in conflict.joint]
    if conflict.problem is RightsProblem.NO_OWNER:
        return Message(
            QT_TRANSLATE_NOOP("Analysis", "nobody decides; mark one partner D or joint approval J.")
        )
    if conflict.problem is RightsProblem.DECIDER_AND_JOINT:
        return Message(
            QT_TRANSLATE_NOOP(
                "Analysis", "{partners} decides but it is also marked joint approval; keep one."
            ),
            partners=Listed(deciders),
        )
    if conflict.problem is RightsProblem.TWO_DECIDERS:
        return Message(
            QT_TRANSLATE_NOOP(
                "Analysis", "{partners} both decide; keep one, or mark it joint approval."
            ),
            partners=Listed(deciders, _AND),
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Analysis",
            "only {partner} is marked for joint approval; joint approval needs at least two "
            "partners.",
        ),
        partner=joint[0],
    )


#: Two or more names listed as one group ("Nordwerk and Hanil").
_AND = QT_TRANSLATE_NOOP("Analysis", " and ")
