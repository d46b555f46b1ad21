"""What the partners agree: contributions, governance, review points, exit and actions.

Immutable values, each checking its own fields (``validate``); references to partners
and bodies are checked by the workshop (domain.model).
"""

from __future__ import annotations

import math
from datetime import date

from workshop_app.domain.enums import ActionStatus, AssetKind, ContributionCategory, RightCode
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.limits import MAX_AMOUNT, MAX_DAYS, MAX_LEVEL
from workshop_app.domain.records import record
from workshop_app.domain.text import check_text


@record
class Contribution:
    """What one partner brings, in executable terms."""

    id: str
    partner_id: str
    category: ContributionCategory
    description: str
    quantity: float | None = None
    unit: str = ""
    start: date | None = None
    end: date | None = None
    milestone_gate: str = ""
    tracking_metric: str = ""
    owner: str = ""
    valuation: float | None = None
    currency: str = "EUR"
    recipient_id: str | None = None  # a partner, or None for the joint venture as a whole
    position: int = 0

    def validate(self) -> None:
        what = f"Contribution '{self.description[:40]}'"
        check_text(self.description, "Contribution description", required=True)
        check_text(self.unit, f"{what}: unit", max_length=60)
        check_text(self.milestone_gate, f"{what}: milestone gate", max_length=500)
        check_text(self.tracking_metric, f"{what}: tracking metric", max_length=500)
        check_text(self.owner, f"{what}: owner", max_length=200)
        check_text(self.currency, f"{what}: currency", max_length=3)
        for name, amount in (("quantity", self.quantity), ("valuation", self.valuation)):
            if amount is None:
                continue
            if not math.isfinite(amount) or amount < 0:
                raise ValidationError(f"{what}: {name} must be a number of at least 0.")
            if amount > MAX_AMOUNT:
                raise ValidationError(
                    f"{what}: {name} {amount:g} is beyond any real deal; "
                    f"the limit is {MAX_AMOUNT:g}."
                )
        if self.start and self.end and self.end < self.start:
            raise ValidationError(f"{what}: ends ({self.end}) before it starts ({self.start}).")
        if self.recipient_id is not None and self.recipient_id == self.partner_id:
            raise ValidationError(f"{what}: a partner cannot contribute to itself.")


@record
class GovernanceBody:
    """A body of the partnership's governance (a steering committee, a PMO, ...)."""

    id: str
    name: str
    kind: str = "steering"  # steering, execution, pmo, other
    members: str = ""  # who sits in it, free text (roles from each partner)
    cadence: str = ""  # e.g. "Quarterly", "Monthly"
    chair: str = ""
    position: int = 0

    def validate(self) -> None:
        check_text(self.name, "Governance body name", max_length=200, required=True)
        check_text(self.members, f"Members of {self.name}")
        check_text(self.cadence, f"Cadence of {self.name}", max_length=100)
        check_text(self.chair, f"Chair of {self.name}", max_length=200)


@record
class Decision:
    """A row of the decision-rights matrix: one decision and each party's part in it."""

    id: str
    title: str
    seam: str = ""  # e.g. "design vs industrialization"
    rights: tuple[tuple[str, RightCode], ...] = ()  # (partner id, code); absent = blank
    body_id: str | None = None  # the governance body that takes it, if any
    position: int = 0

    def right_of(self, partner_id: str) -> RightCode | None:
        return dict(self.rights).get(partner_id)

    def with_right(self, partner_id: str, code: RightCode | None) -> Decision:
        rights = {p: c for p, c in self.rights if p != partner_id}
        if code is not None:
            rights[partner_id] = code
        return Decision(
            self.id, self.title, self.seam, tuple(rights.items()), self.body_id, self.position
        )

    def deciders(self) -> list[str]:
        return [p for p, c in self.rights if c is RightCode.DECIDES]

    def is_joint(self) -> bool:
        return any(c is RightCode.JOINT for _, c in self.rights)

    def validate(self) -> None:
        check_text(self.title, "Decision", max_length=500, required=True)
        check_text(self.seam, f"Seam of decision '{self.title}'", max_length=200)


@record
class EscalationStep:
    """One level of the escalation path: who takes an issue, and within how long."""

    id: str
    level: int
    body: str  # the body or role that takes the issue at this level
    time_limit_days: int | None = None
    description: str = ""

    def validate(self) -> None:
        check_text(self.body, f"Escalation level {self.level}: body", max_length=200, required=True)
        check_text(self.description, f"Escalation level {self.level}: description")
        if self.level < 1:
            raise ValidationError(f"Escalation level {self.level}: levels start at 1.")
        if self.level > MAX_LEVEL:
            raise ValidationError(
                f"Escalation level {self.level}: an escalation path has at most {MAX_LEVEL} levels."
            )
        if self.time_limit_days is not None and self.time_limit_days <= 0:
            raise ValidationError(
                f"Escalation level {self.level}: the time limit must be at least one day."
            )
        if self.time_limit_days is not None and self.time_limit_days > MAX_DAYS:
            raise ValidationError(
                f"Escalation level {self.level}: a time limit of {self.time_limit_days} days is "
                f"beyond any real agreement; the limit is {MAX_DAYS:,} days."
            )


@record
class ReviewPoint:
    """A planned review of the partnership (a date, what it looks at)."""

    id: str
    title: str
    due: date | None = None
    milestone: str = ""
    # What the review may decide: any of "expand", "narrow", "redirect", "continue", "exit".
    scope_options: tuple[str, ...] = ("continue", "expand", "narrow", "redirect")
    notes: str = ""
    position: int = 0

    def validate(self) -> None:
        check_text(self.title, "Review point", max_length=200, required=True)
        check_text(self.milestone, f"Milestone of review '{self.title}'", max_length=500)
        check_text(self.notes, f"Notes of review '{self.title}'")
        if self.due is None and not self.milestone.strip():
            raise ValidationError(f"Review point '{self.title}': give a date or a milestone.")


@record
class ExitTrigger:
    """An event that lets a partner leave, with its notice period."""

    id: str
    description: str
    notice_days: int | None = None
    position: int = 0

    def validate(self) -> None:
        check_text(self.description, "Exit trigger", required=True)
        if self.notice_days is not None and self.notice_days < 0:
            raise ValidationError(
                f"Exit trigger '{self.description[:40]}': notice must not be negative."
            )
        if self.notice_days is not None and self.notice_days > MAX_DAYS:
            raise ValidationError(
                f"Exit trigger '{self.description[:40]}': a notice of {self.notice_days} days is "
                f"beyond any real agreement; the limit is {MAX_DAYS:,} days."
            )


@record
class SharedAsset:
    """An asset the partners create or share, and who owns it on exit."""

    id: str
    name: str
    kind: AssetKind = AssetKind.IP
    owner_id: str | None = None  # the partner that brought it, None if created jointly
    treatment: str = ""  # what happens to it on exit
    position: int = 0

    def validate(self) -> None:
        check_text(self.name, "Shared asset", max_length=200, required=True)
        check_text(self.treatment, f"Treatment on exit of {self.name}")


@record
class ExitTerms:
    """The exit and change terms (one per workshop)."""

    renewal_timeline: str = ""
    notice_period: str = ""
    obligations: str = ""  # what survives exit: supply, support, licences
    change_rules: str = ""  # how changes to scope, economics or roles are proposed
    notes: str = ""

    def validate(self) -> None:
        for name in ("renewal_timeline", "notice_period", "obligations", "change_rules", "notes"):
            check_text(getattr(self, name), f"Exit terms: {name.replace('_', ' ')}")


@record
class ActionItem:
    """A follow-up action agreed in the workshop: owner, due date, status."""

    id: str
    title: str
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    question_id: str | None = None  # the gap it came from, if any
    notes: str = ""
    position: int = 0

    def validate(self) -> None:
        check_text(self.title, "Action item", max_length=1000, required=True)
        check_text(self.owner, f"Owner of action '{self.title[:40]}'", max_length=200)
        check_text(self.notes, f"Notes of action '{self.title[:40]}'")
