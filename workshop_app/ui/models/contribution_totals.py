"""Per-partner totals of contributions and the gives/gets balance, one row per party."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QColor

from workshop_app.analysis.contributions import contribution_balance
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
    """The analysis's contribution balance with each party's name and colour."""
    by_id = {p.id: p for p in partners}
    out = []
    for b in contribution_balance(partners, contributions):
        partner = by_id.get(b.partner_id) if b.partner_id else None
        out.append(
            PartyTotals(
                b.partner_id or "",
                partner.label if partner else jv_name,
                partner.colour if partner else None,
                b.gives,
                b.gets,
                b.value_given,
                b.value_received,
                b.quantities,
            )
        )
    return out


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
    # Counts and money; quantities stay left, a list of mixed units reads as text.
    NUMBER_COLUMNS = frozenset({GIVES, GETS, VALUE_GIVEN, VALUE_RECEIVED})

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
            return format_number(item.gives)
        if column == self.GETS:
            return format_number(item.gets)
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
        if column != self.PARTY:  # long lists are cut in the cell
            return self.display(item, column) or None
        return None
