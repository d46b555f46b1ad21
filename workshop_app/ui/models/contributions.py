"""The contributions table: what each partner brings, editable cell by cell."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QColor

from workshop_app.domain.enums import ContributionCategory
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Contribution, Partner
from workshop_app.ui.models.base import (
    EntityTableModel,
    date_key,
    format_date,
    format_number,
    parse_number,
    to_date,
    to_qdate,
)
from workshop_app.ui.models.labels import category_label

JOINT_VENTURE = ""  # the recipient id used in editors for "the joint venture as a whole"


class ContributionsModel(EntityTableModel[Contribution]):
    PARTNER = 0
    CATEGORY = 1
    DESCRIPTION = 2
    QUANTITY = 3
    UNIT = 4
    START = 5
    END = 6
    RECIPIENT = 7
    VALUATION = 8
    CURRENCY = 9
    MILESTONE = 10
    METRIC = 11
    OWNER = 12
    EDITABLE = frozenset(range(13))
    NUMBER_COLUMNS = frozenset({QUANTITY, VALUATION})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._partners: dict[str, Partner] = {}
        self._overloaded: dict[str, str] = {}

    def set_context(self, partners: tuple[Partner, ...], overloaded: dict[str, str]) -> None:
        """Partners for names and colours; contribution id -> capacity warning text."""
        self._partners = {p.id: p for p in partners}
        self._overloaded = overloaded

    def headers(self) -> list[str]:
        return [
            self.tr("Partner"),
            self.tr("Category"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Recipient"),
            self.tr("Valuation"),
            self.tr("Currency"),
            self.tr("Milestone gate"),
            self.tr("Tracking metric"),
            self.tr("Owner"),
        ]

    def _partner_label(self, pid: str | None) -> str:
        if pid is None:
            return self.tr("Joint venture")
        p = self._partners.get(pid)
        return p.label if p else pid

    def display(self, item: Contribution, column: int) -> str:
        values = {
            self.PARTNER: lambda: self._partner_label(item.partner_id),
            self.CATEGORY: lambda: category_label(item.category),
            self.DESCRIPTION: lambda: item.description,
            self.QUANTITY: lambda: format_number(item.quantity),
            self.UNIT: lambda: item.unit,
            self.START: lambda: format_date(item.start),
            self.END: lambda: format_date(item.end),
            self.RECIPIENT: lambda: self._partner_label(item.recipient_id),
            self.VALUATION: lambda: format_number(item.valuation),
            self.CURRENCY: lambda: item.currency,
            self.MILESTONE: lambda: item.milestone_gate,
            self.METRIC: lambda: item.tracking_metric,
            self.OWNER: lambda: item.owner,
        }
        return values[column]()

    def sort_value(self, item: Contribution, column: int) -> Any:
        if column == self.QUANTITY:
            return item.quantity if item.quantity is not None else -1.0
        if column == self.VALUATION:
            return item.valuation if item.valuation is not None else -1.0
        if column == self.START:
            return date_key(item.start)
        if column == self.END:
            return date_key(item.end)
        if column == self.CATEGORY:
            return item.category.value
        return self.display(item, column)

    def edit_value(self, item: Contribution, column: int) -> Any:
        if column == self.PARTNER:
            return item.partner_id
        if column == self.RECIPIENT:
            return item.recipient_id or JOINT_VENTURE
        if column == self.CATEGORY:
            return item.category.value
        if column == self.START:
            return to_qdate(item.start)
        if column == self.END:
            return to_qdate(item.end)
        if column == self.QUANTITY:
            return format_number(item.quantity)
        if column == self.VALUATION:
            return format_number(item.valuation)
        return self.display(item, column)

    def updated(self, item: Contribution, column: int, value: Any) -> Contribution:
        text = "" if value is None else str(value)
        if column == self.PARTNER:
            if text not in self._partners:
                raise ValidationError(self.tr("Partner: choose one of the workshop's partners."))
            return replace(item, partner_id=text)
        if column == self.RECIPIENT:
            if text and text not in self._partners:
                raise ValidationError(self.tr("Recipient: choose a partner or the joint venture."))
            return replace(item, recipient_id=text or None)
        if column == self.CATEGORY:
            try:
                return replace(item, category=ContributionCategory(text))
            except ValueError:
                raise ValidationError(
                    self.tr("Category: '{value}' is not a contribution category.").format(
                        value=text
                    )
                ) from None
        if column == self.QUANTITY:
            return replace(item, quantity=parse_number(value, self.tr("Quantity")))
        if column == self.VALUATION:
            return replace(item, valuation=parse_number(value, self.tr("Valuation")))
        if column == self.START:
            return replace(item, start=to_date(value, self.headers()[column]))
        if column == self.END:
            return replace(item, end=to_date(value, self.headers()[column]))
        if column == self.CURRENCY:
            return replace(item, currency=text.strip().upper())
        field = {
            self.DESCRIPTION: "description",
            self.UNIT: "unit",
            self.MILESTONE: "milestone_gate",
            self.METRIC: "tracking_metric",
            self.OWNER: "owner",
        }[column]
        changes: dict[str, Any] = {field: text.strip()}
        return replace(item, **changes)

    def edit_text(self, item: Contribution, column: int) -> str:
        return self.tr("Edit contribution {column}").format(column=self.headers()[column].lower())

    def flag(self, item: Contribution) -> str:
        return self._overloaded.get(item.id, "")

    def tooltip(self, item: Contribution, column: int) -> str | None:
        warning = self.flag(item)
        if warning:
            return warning
        if column == self.DESCRIPTION:
            return item.description
        return None

    def decoration(self, item: Contribution, column: int) -> Any:
        if column == self.PARTNER:
            p = self._partners.get(item.partner_id)
            return QColor(p.colour) if p else None
        if column == self.RECIPIENT and item.recipient_id:
            p = self._partners.get(item.recipient_id)
            return QColor(p.colour) if p else None
        return None

    def background(self, item: Contribution, column: int) -> Any:
        if column == self.QUANTITY and self.flag(item):
            return QColor("#FCE8C8")
        return None
