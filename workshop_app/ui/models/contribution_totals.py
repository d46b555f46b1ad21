"""Per-partner totals of contributions and the gives/gets balance, one row per party."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QColor

from workshop_app.domain.model import Contribution, Partner
from workshop_app.ui.models.base import EntityTableModel, format_number


@dataclass
class PartyTotals:
    """What one party (a partner, or the joint venture when ``partner`` is None) gives and gets."""

    key: str
    name: str
    colour: str | None
    gives: int = 0
    gets: int = 0
    value_given: dict[str, float] = field(default_factory=dict)  # currency -> sum
    value_received: dict[str, float] = field(default_factory=dict)
    quantities: dict[str, float] = field(default_factory=dict)  # unit -> sum given


def party_totals(
    partners: tuple[Partner, ...], contributions: tuple[Contribution, ...], jv_name: str
) -> list[PartyTotals]:
    rows = {p.id: PartyTotals(p.id, p.label, p.colour) for p in partners}
    jv = PartyTotals("", jv_name, None)
    for c in contributions:
        giver = rows.get(c.partner_id)
        receiver = rows.get(c.recipient_id) if c.recipient_id else jv
        if giver is not None:
            giver.gives += 1
            if c.valuation is not None:
                giver.value_given[c.currency] = giver.value_given.get(c.currency, 0) + c.valuation
            if c.quantity is not None and c.unit:
                giver.quantities[c.unit] = giver.quantities.get(c.unit, 0) + c.quantity
        if receiver is not None:
            receiver.gets += 1
            if c.valuation is not None:
                r = receiver.value_received
                r[c.currency] = r.get(c.currency, 0) + c.valuation
    return [*rows.values(), jv]


def _amounts(values: dict[str, float], *, suffix: bool) -> str:
    if suffix:  # quantities: "40 engineer-years"
        return "; ".join(f"{format_number(v)} {k}" for k, v in sorted(values.items()))
    return "; ".join(f"{k} {format_number(v)}" for k, v in sorted(values.items()))


class ContributionTotalsModel(EntityTableModel[PartyTotals]):
    PARTY = 0
    GIVES = 1
    GETS = 2
    VALUE_GIVEN = 3
    VALUE_RECEIVED = 4
    QUANTITIES = 5

    def headers(self) -> list[str]:
        return [
            self.tr("Party"),
            self.tr("Gives"),
            self.tr("Gets"),
            self.tr("Value given"),
            self.tr("Value received"),
            self.tr("Quantities given"),
        ]

    def key(self, item: PartyTotals) -> str:
        return item.key

    def display(self, item: PartyTotals, column: int) -> str:
        if column == self.PARTY:
            return item.name
        if column == self.GIVES:
            return str(item.gives)
        if column == self.GETS:
            return str(item.gets)
        if column == self.VALUE_GIVEN:
            return _amounts(item.value_given, suffix=False)
        if column == self.VALUE_RECEIVED:
            return _amounts(item.value_received, suffix=False)
        return _amounts(item.quantities, suffix=True)

    def sort_value(self, item: PartyTotals, column: int) -> Any:
        if column == self.GIVES:
            return item.gives
        if column == self.GETS:
            return item.gets
        return self.display(item, column)

    def decoration(self, item: PartyTotals, column: int) -> Any:
        if column == self.PARTY and item.colour:
            return QColor(item.colour)
        return None

    def tooltip(self, item: PartyTotals, column: int) -> str | None:
        if column in (self.GIVES, self.GETS):
            return self.tr("{name} gives {gives} contributions and receives {gets}.").format(
                name=item.name, gives=item.gives, gets=item.gets
            )
        return None
