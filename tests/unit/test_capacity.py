"""Capacity overloads: a partner promising more than it declared, at the same time."""

from __future__ import annotations

from datetime import date

from workshop_app.analysis.capacity import capacity_overloads, partner_overloads
from workshop_app.domain.enums import ContributionCategory
from workshop_app.domain.model import Contribution, Partner, Workshop, WorkshopDetails
from workshop_app.domain.questionnaire import Questionnaire

ENG = ContributionCategory.ENGINEERING
P = Partner("p1", "Hanseatic Motors", capacities=(("engineer-years", 40.0),))


def _c(
    cid: str,
    qty: float | None,
    start: date | None,
    end: date | None,
    unit: str = "engineer-years",
    partner: str = "p1",
) -> Contribution:
    return Contribution(
        cid, partner, ENG, f"work {cid}", quantity=qty, unit=unit, start=start, end=end
    )


def test_overlap_beyond_capacity_is_reported_for_the_overlapping_stretch_only() -> None:
    items = [
        _c("a", 30, date(2026, 1, 1), date(2026, 12, 31)),
        _c("b", 20, date(2026, 7, 1), date(2027, 6, 30)),
    ]
    [over] = partner_overloads(P, items)
    assert (over.start, over.end) == (date(2026, 7, 1), date(2026, 12, 31))
    assert over.peak == 50 and over.excess == 10
    assert set(over.contribution_ids) == {"a", "b"}


def test_back_to_back_contributions_do_not_overlap() -> None:
    items = [
        _c("a", 30, date(2026, 1, 1), date(2026, 6, 30)),
        _c("b", 30, date(2026, 7, 1), date(2026, 12, 31)),
    ]
    assert partner_overloads(P, items) == []


def test_exactly_at_capacity_is_fine_and_one_day_of_overlap_is_not() -> None:
    at = [_c("a", 20, date(2026, 1, 1), date(2026, 6, 30)), _c("b", 20, date(2026, 1, 1), None)]
    assert partner_overloads(P, at) == []
    over = [_c("a", 30, date(2026, 1, 1), date(2026, 6, 30)), _c("b", 20, date(2026, 6, 30), None)]
    [o] = partner_overloads(P, over)
    assert o.start == o.end == date(2026, 6, 30)


def test_undated_contributions_run_forever_and_other_units_partners_are_ignored() -> None:
    items = [
        _c("a", 45, None, None),
        _c("b", 999, None, None, unit="FTE"),
        _c("c", 999, None, None, partner="p2"),
        _c("d", None, None, None),
    ]
    [o] = partner_overloads(P, items)
    assert (o.start, o.end, o.peak, o.contribution_ids) == (None, None, 45, ("a",))


def test_unit_match_ignores_case_and_spaces_and_no_capacity_means_no_warning() -> None:
    items = [_c("a", 50, None, None, unit=" Engineer-Years ")]
    assert len(partner_overloads(P, items)) == 1
    assert partner_overloads(Partner("p1", "No capacity declared"), items) == []


def test_separate_stretches_are_reported_separately() -> None:
    items = [
        _c("long", 30, date(2026, 1, 1), date(2028, 12, 31)),
        _c("x", 20, date(2026, 3, 1), date(2026, 4, 30)),
        _c("y", 20, date(2027, 3, 1), date(2027, 4, 30)),
    ]
    spans = [(o.start, o.end) for o in partner_overloads(P, items)]
    assert spans == [(date(2026, 3, 1), date(2026, 4, 30)), (date(2027, 3, 1), date(2027, 4, 30))]


def test_whole_workshop_reports_in_partner_order() -> None:
    q = Partner("p2", "한빛배터리", capacities=(("GWh/year", 10.0),))
    w = Workshop(
        WorkshopDetails("w", "Workshop"),
        Questionnaire("t", "1", "t"),
        partners=(q, P),
        contributions=(
            _c("a", 50, None, None),
            _c("b", 12, None, None, unit="GWh/year", partner="p2"),
        ),
    )
    assert [(o.partner_id, o.unit) for o in capacity_overloads(w)] == [
        ("p2", "GWh/year"),
        ("p1", "engineer-years"),
    ]
