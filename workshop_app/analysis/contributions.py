"""What each party gives and gets: the contribution balance shown by the app and the PDF."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from workshop_app.domain.model import Contribution, Partner


@dataclass
class PartyBalance:
    """One partner's totals, or the joint venture's when ``partner_id`` is None.

    Money is summed per currency and never converted; quantities per unit.
    """

    partner_id: str | None
    gives: int = 0  # contributions made
    gets: int = 0  # contributions received
    value_given: dict[str, float] = field(default_factory=dict)  # currency -> sum
    value_received: dict[str, float] = field(default_factory=dict)
    quantities: dict[str, float] = field(default_factory=dict)  # unit -> sum given


def contribution_balance(
    partners: Iterable[Partner], contributions: Iterable[Contribution]
) -> list[PartyBalance]:
    """One row per partner in partner order, then the joint venture as a whole."""
    rows = {p.id: PartyBalance(p.id) for p in partners}
    jv = PartyBalance(None)
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
                got = receiver.value_received
                got[c.currency] = got.get(c.currency, 0) + c.valuation
    return [*rows.values(), jv]
