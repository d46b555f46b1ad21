"""Contributions that overlap in time beyond a partner's declared capacity.

A partner declares a capacity per unit (``Partner.capacities``, e.g. 40 engineer-years);
each contribution of that partner in that unit uses its quantity from ``start`` to
``end`` (both inclusive). Where the sum of overlapping quantities exceeds the capacity,
the partner has promised more than it said it can give. Pure: the app's warning and the
exports share it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypedDict

from workshop_app.domain.model import Contribution, Partner, Workshop
from workshop_app.domain.records import record

# Contributions without a start (end) are taken as running since (until) forever: a
# commitment with no end date still ties up the capacity.
_OPEN_START = date.min
_OPEN_END = date.max
_EPSILON = 1e-9


class _Run(TypedDict):
    """An overload stretch while it is being scanned."""

    start: date
    end: date
    peak: float
    ids: list[str]


@record
class CapacityOverload:
    """One stretch of time in which a partner's load in one unit exceeds its capacity."""

    partner_id: str
    unit: str
    capacity: float
    peak: float  # the highest load within the stretch
    start: date | None  # None: since the first undated contribution
    end: date | None  # None: open-ended
    contribution_ids: tuple[str, ...]  # the contributions active in the stretch

    @property
    def excess(self) -> float:
        return self.peak - self.capacity


def capacity_overloads(workshop: Workshop) -> list[CapacityOverload]:
    """Every overload in the workshop, by partner order, then unit, then time."""
    result: list[CapacityOverload] = []
    for partner in workshop.partners:
        result.extend(partner_overloads(partner, workshop.contributions))
    return result


def partner_overloads(
    partner: Partner, contributions: tuple[Contribution, ...] | list[Contribution]
) -> list[CapacityOverload]:
    result: list[CapacityOverload] = []
    for unit, capacity in partner.capacities:
        key = unit.strip().casefold()
        mine = [
            c
            for c in contributions
            if c.partner_id == partner.id
            and c.quantity is not None
            and c.unit.strip().casefold() == key
        ]
        result.extend(_overloads(partner.id, unit, capacity, mine))
    return result


def _overloads(
    partner_id: str, unit: str, capacity: float, items: list[Contribution]
) -> list[CapacityOverload]:
    if not items:
        return []
    spans = [(c.start or _OPEN_START, c.end or _OPEN_END, c) for c in items]
    # Boundaries where the load can change: each start, and the day after each end.
    points = sorted({s for s, _, _ in spans} | {_after(e) for _, e, _ in spans if e != _OPEN_END})
    result: list[CapacityOverload] = []
    current: _Run | None = None
    for i, point in enumerate(points):
        stop = points[i + 1] - timedelta(days=1) if i + 1 < len(points) else _OPEN_END
        active = [c for s, e, c in spans if s <= point and e >= point]
        load = sum(c.quantity or 0.0 for c in active)
        if load > capacity + _EPSILON:
            if current is None:
                current = {"start": point, "end": stop, "peak": load, "ids": []}
            current["end"] = stop
            current["peak"] = max(current["peak"], load)
            ids = current["ids"]
            ids.extend(c.id for c in active if c.id not in ids)
        elif current is not None:
            result.append(_close(partner_id, unit, capacity, current))
            current = None
    if current is not None:
        result.append(_close(partner_id, unit, capacity, current))
    return result


def _after(day: date) -> date:
    return day + timedelta(days=1)


def _close(partner_id: str, unit: str, capacity: float, run: _Run) -> CapacityOverload:
    start = run["start"]
    end = run["end"]
    return CapacityOverload(
        partner_id=partner_id,
        unit=unit,
        capacity=capacity,
        peak=float(run["peak"]),
        start=None if start == _OPEN_START else start,
        end=None if end == _OPEN_END else end,
        contribution_ids=tuple(run["ids"]),
    )
