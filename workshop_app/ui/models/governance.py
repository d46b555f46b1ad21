"""Governance tables: bodies, the decision-rights matrix, escalation steps, review points."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtGui import QColor

from workshop_app.analysis.decision_rights import RightsProblem, decision_conflict
from workshop_app.domain.enums import RightCode
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import (
    Decision,
    EscalationStep,
    GovernanceBody,
    Partner,
    ReviewPoint,
)
from workshop_app.ui.models.base import (
    EntityTableModel,
    date_key,
    format_date,
    format_number,
    parse_int,
    to_date,
    to_qdate,
)
from workshop_app.ui.models.labels import BODY_KINDS, body_kind_label, right_label, scope_label

FLAG_COLOUR = QColor("#FBE3E4")


class BodiesModel(EntityTableModel[GovernanceBody]):
    NAME = 0
    KIND = 1
    MEMBERS = 2
    CADENCE = 3
    CHAIR = 4
    EDITABLE = frozenset(range(5))
    _FIELDS: ClassVar[dict[int, str]] = {
        NAME: "name",
        MEMBERS: "members",
        CADENCE: "cadence",
        CHAIR: "chair",
    }

    def headers(self) -> list[str]:
        # One per line: lupdate loses the class of a call on a hand-wrapped line.
        return [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Members"),
            self.tr("Cadence"),
            self.tr("Chair"),
        ]

    def display(self, item: GovernanceBody, column: int) -> str:
        if column == self.KIND:
            return body_kind_label(item.kind)
        return getattr(item, self._FIELDS[column])

    def edit_value(self, item: GovernanceBody, column: int) -> Any:
        return item.kind if column == self.KIND else self.display(item, column)

    def updated(self, item: GovernanceBody, column: int, value: Any) -> GovernanceBody:
        text = str(value or "").strip()
        if column == self.KIND:
            if text not in BODY_KINDS:
                raise ValidationError(self.tr("Kind: choose one from the list."))
            return replace(item, kind=text)
        changes: dict[str, Any] = {self._FIELDS[column]: text}
        return replace(item, **changes)

    def edit_text(self, item: GovernanceBody, column: int) -> str:
        return self.tr("Edit governance body")


def decision_problem(decision: Decision, tr: Any, partner_ids: list[str] | None = None) -> str:
    """Why a decision is flagged, by the one decision-rights rule (analysis); "" if fine."""
    conflict = decision_conflict(decision, partner_ids)
    if conflict is None:
        return ""
    return {
        RightsProblem.NO_OWNER: tr("No owner: nobody decides and nobody has joint approval."),
        RightsProblem.TWO_DECIDERS: tr(
            "Two or more partners decide alone: say who has the final word."
        ),
        RightsProblem.DECIDER_AND_JOINT: tr(
            "One partner decides alone but the decision is also marked joint approval: keep one."
        ),
        RightsProblem.LONE_JOINT: tr(
            "Only one partner is marked for joint approval: joint approval needs at least "
            "two partners."
        ),
    }[conflict.problem]


class DecisionRightsModel(EntityTableModel[Decision]):
    """Decisions x partners; the first columns describe the decision, then one per partner."""

    TITLE = 0
    SEAM = 1
    BODY = 2
    FIRST_PARTNER = 3

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._partners: list[Partner] = []
        self._bodies: dict[str, GovernanceBody] = {}

    def set_context(self, partners: tuple[Partner, ...], bodies: tuple[GovernanceBody, ...]):
        if [p.id for p in partners] != [p.id for p in self._partners]:
            self.beginResetModel()
            self._partners = list(partners)
            self.endResetModel()
        self._partners = list(partners)
        self._bodies = {b.id: b for b in bodies}

    @property
    def EDITABLE(self) -> frozenset[int]:  # type: ignore[override]  # per-instance columns replace the ClassVar
        return frozenset(range(self.FIRST_PARTNER + len(self._partners)))

    def headers(self) -> list[str]:
        return [self.tr("Decision"), self.tr("Seam"), self.tr("Taken by"),
                *(p.label for p in self._partners)]  # fmt: skip

    def partner_at(self, column: int) -> Partner | None:
        i = column - self.FIRST_PARTNER
        return self._partners[i] if 0 <= i < len(self._partners) else None

    def display(self, item: Decision, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.SEAM:
            return item.seam
        if column == self.BODY:
            body = self._bodies.get(item.body_id or "")
            return body.name if body else ""
        partner = self.partner_at(column)
        code = item.right_of(partner.id) if partner else None
        return code.value if code else ""

    def edit_value(self, item: Decision, column: int) -> Any:
        if column == self.BODY:
            return item.body_id or ""
        return self.display(item, column)

    def updated(self, item: Decision, column: int, value: Any) -> Decision:
        text = str(value or "").strip()
        if column == self.TITLE:
            return replace(item, title=text)
        if column == self.SEAM:
            return replace(item, seam=text)
        if column == self.BODY:
            if text and text not in self._bodies:
                raise ValidationError(self.tr("Taken by: choose a governance body."))
            return replace(item, body_id=text or None)
        partner = self.partner_at(column)
        assert partner is not None
        if not text:
            return item.with_right(partner.id, None)
        try:
            code = RightCode(text.upper())
        except ValueError:
            raise ValidationError(
                self.tr("{partner} on '{decision}': '{value}' is not D, J, C or I.").format(
                    partner=partner.label, decision=item.title, value=text
                )
            ) from None
        return item.with_right(partner.id, code)

    def edit_text(self, item: Decision, column: int) -> str:
        partner = self.partner_at(column)
        if partner:
            return self.tr("Set {partner}'s right on '{decision}'").format(
                partner=partner.label, decision=item.title
            )
        return self.tr("Edit decision")

    def flag(self, item: Decision) -> str:
        return decision_problem(item, self.tr, [p.id for p in self._partners] or None)

    def tooltip(self, item: Decision, column: int) -> str | None:
        problem = self.flag(item)
        if column == self.TITLE and problem:
            return problem
        partner = self.partner_at(column)
        if partner:
            code = item.right_of(partner.id)
            return f"{partner.name}: {right_label(code)}" if code else partner.name
        return None

    def decoration(self, item: Decision, column: int) -> Any:
        if column == self.TITLE and self.flag(item):
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        partner = self.partner_at(column)
        if partner and item.right_of(partner.id):
            return QColor(partner.colour)
        return None

    def background(self, item: Decision, column: int) -> Any:
        return FLAG_COLOUR if self.flag(item) else None


class EscalationModel(EntityTableModel[EscalationStep]):
    LEVEL = 0
    BODY = 1
    TIME_LIMIT = 2
    DESCRIPTION = 3
    EDITABLE = frozenset(range(4))
    NUMBER_COLUMNS = frozenset({LEVEL, TIME_LIMIT})

    def headers(self) -> list[str]:
        return [self.tr("Level"), self.tr("Body or role"), self.tr("Time limit (days)"),
                self.tr("Description")]  # fmt: skip

    def display(self, item: EscalationStep, column: int) -> str:
        if column == self.LEVEL:
            return str(item.level)
        if column == self.BODY:
            return item.body
        if column == self.TIME_LIMIT:
            return format_number(item.time_limit_days)
        return item.description

    def sort_value(self, item: EscalationStep, column: int) -> Any:
        if column == self.LEVEL:
            return item.level
        if column == self.TIME_LIMIT:
            return item.time_limit_days if item.time_limit_days is not None else -1
        return self.display(item, column)

    def updated(self, item: EscalationStep, column: int, value: Any) -> EscalationStep:
        if column == self.LEVEL:
            level = parse_int(value, self.tr("Level"))
            if level is None:
                raise ValidationError(self.tr("Level: give a number (1 = first level)."))
            return replace(item, level=level)
        if column == self.TIME_LIMIT:
            days = parse_int(value, self.tr("Time limit (days)"))
            return replace(item, time_limit_days=days)
        text = str(value or "").strip()
        changes: dict[str, Any] = {"body" if column == self.BODY else "description": text}
        return replace(item, **changes)

    def edit_text(self, item: EscalationStep, column: int) -> str:
        return self.tr("Edit escalation step")


class ReviewPointsModel(EntityTableModel[ReviewPoint]):
    TITLE = 0
    DUE = 1
    MILESTONE = 2
    SCOPE = 3
    NOTES = 4
    EDITABLE = frozenset(range(5))

    def headers(self) -> list[str]:
        return [self.tr("Review point"), self.tr("Date"), self.tr("Milestone"),
                self.tr("May decide to"), self.tr("Notes")]  # fmt: skip

    def display(self, item: ReviewPoint, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.DUE:
            return format_date(item.due)
        if column == self.MILESTONE:
            return item.milestone
        if column == self.SCOPE:
            return ", ".join(scope_label(o) for o in item.scope_options)
        return item.notes

    def sort_value(self, item: ReviewPoint, column: int) -> Any:
        if column == self.DUE:
            return date_key(item.due)
        return self.display(item, column)

    def edit_value(self, item: ReviewPoint, column: int) -> Any:
        if column == self.DUE:
            return to_qdate(item.due)
        # The scope is edited as the text shown ("continue, exit"), so the editor opens
        # with the stored choices in it.
        return self.display(item, column)

    def updated(self, item: ReviewPoint, column: int, value: Any) -> ReviewPoint:
        if column == self.DUE:
            return replace(item, due=to_date(value, self.headers()[column]))
        if column == self.SCOPE:
            from workshop_app.ui.models.labels import SCOPE_OPTIONS

            chosen = value if isinstance(value, list | tuple) else str(value or "").split(",")
            by_name = {scope_label(o).casefold(): o for o in SCOPE_OPTIONS}
            by_name.update({o: o for o in SCOPE_OPTIONS})
            typed = [str(o).strip() for o in chosen if str(o).strip()]
            options = [by_name.get(o.casefold(), o) for o in typed]
            unknown = [o for o in options if o not in SCOPE_OPTIONS]
            if unknown:
                raise ValidationError(
                    self.tr("May decide to: '{value}' is not one of {allowed}.").format(
                        value=unknown[0], allowed=", ".join(SCOPE_OPTIONS)
                    )
                )
            return replace(item, scope_options=tuple(o for o in SCOPE_OPTIONS if o in options))
        text = str(value or "").strip()
        field = {self.TITLE: "title", self.MILESTONE: "milestone", self.NOTES: "notes"}[column]
        changes: dict[str, Any] = {field: text}
        return replace(item, **changes)

    def edit_text(self, item: ReviewPoint, column: int) -> str:
        return self.tr("Edit review point")
