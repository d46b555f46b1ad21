"""The gives/gets balance that the app and the PDF show."""

from __future__ import annotations

from workshop_app.analysis.contributions import contribution_balance
from workshop_app.domain.enums import ContributionCategory
from workshop_app.domain.model import Contribution, Partner

A, B = Partner("a", "Nordwerk"), Partner("b", "한빛배터리")


def c(
    partner: str,
    valuation: float | None,
    currency: str = "EUR",
    recipient: str | None = None,
    quantity: float | None = None,
    unit: str = "",
) -> Contribution:
    return Contribution(
        "x",
        partner,
        ContributionCategory.OTHER,
        "item",
        quantity=quantity,
        unit=unit,
        valuation=valuation,
        currency=currency,
        recipient_id=recipient,
    )


def test_balance_sums_per_currency_and_counts_both_sides() -> None:
    rows = contribution_balance(
        [A, B],
        [
            c("a", 10, "EUR", quantity=40, unit="FTE"),
            c("a", 5, "EUR", recipient="b", quantity=2, unit="FTE"),
            c("b", 300, "KRW", recipient="a"),
            c("b", None, quantity=8, unit="GWh/year"),
        ],
    )
    a, b, jv = rows
    assert (a.partner_id, b.partner_id, jv.partner_id) == ("a", "b", None)
    assert (a.gives, a.gets, b.gives, b.gets, jv.gets) == (2, 1, 2, 1, 2)
    assert a.value_given == {"EUR": 15} and a.value_received == {"KRW": 300}
    assert b.value_received == {"EUR": 5} and jv.value_received == {"EUR": 10}
    assert a.quantities == {"FTE": 42} and b.quantities == {"GWh/year": 8}


def test_contributions_of_unknown_partners_are_left_out() -> None:
    rows = contribution_balance([A], [c("gone", 10), c("a", 1, recipient="gone")])
    assert rows[0].gives == 1 and rows[-1].gets == 1
    assert len(rows) == 2
