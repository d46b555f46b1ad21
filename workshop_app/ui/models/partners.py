"""The partners table of the setup page."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QColor

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Partner, Workshop
from workshop_app.ui.models.base import SORT_ROLE, EntityTableModel, format_number

__all__ = ["SORT_ROLE", "PartnersModel", "format_capacities", "parse_capacities"]

COL_COLOUR = 0
COL_NAME = 1
COL_SHORT = 2
COL_ROLE = 3
COL_CAPACITIES = 4
COL_PARTICIPANTS = 5
COLUMNS = 6

_FIELDS = {COL_NAME: "name", COL_SHORT: "short_name", COL_ROLE: "role"}


def format_capacities(capacities: tuple[tuple[str, float], ...]) -> str:
    return "; ".join(f"{unit} = {amount:g}" for unit, amount in capacities)


def parse_capacities(text: str, partner_name: str) -> tuple[tuple[str, float], ...]:
    """Read "engineer-years = 40; FTE = 12"; errors name the partner and the part."""
    out: list[tuple[str, float]] = []
    for part in text.split(";"):
        if not part.strip():
            continue
        unit, sep, amount = part.partition("=")
        if not sep or not unit.strip():
            raise ValidationError(
                f"Capacities of {partner_name}: '{part.strip()}' should read unit = amount, "
                "e.g. engineer-years = 40."
            )
        try:
            value = float(amount.strip().replace(",", "."))
        except ValueError:
            raise ValidationError(
                f"Capacities of {partner_name}: '{amount.strip()}' is not a number."
            ) from None
        out.append((unit.strip(), value))
    return tuple(out)


class PartnersModel(EntityTableModel[Partner]):
    """Partners in workshop order; edits go through the session (one undo step each)."""

    EDITABLE = frozenset({COL_NAME, COL_SHORT, COL_ROLE, COL_CAPACITIES})
    NUMBER_COLUMNS = frozenset({COL_PARTICIPANTS})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._counts: dict[str, int] = {}

    def set_workshop(self, workshop: Workshop) -> None:
        self._counts = {p.id: len(workshop.participants_of(p.id)) for p in workshop.partners}
        self.set_rows(workshop.partners)

    def partner(self, row: int) -> Partner:
        return self.item(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Colour"),
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Role"),
            self.tr("Capacities"),
            self.tr("Participants"),
        ]

    def display(self, item: Partner, column: int) -> str:
        if column == COL_COLOUR:
            return item.colour
        if column == COL_CAPACITIES:
            return format_capacities(item.capacities)
        if column == COL_PARTICIPANTS:
            return format_number(self._counts.get(item.id, 0))
        return str(getattr(item, _FIELDS[column]))

    def sort_value(self, item: Partner, column: int) -> Any:
        if column == COL_COLOUR:
            return item.position
        if column == COL_PARTICIPANTS:
            return self._counts.get(item.id, 0)
        return self.display(item, column)

    def updated(self, item: Partner, column: int, value: Any) -> Partner:
        text = str(value).strip() if value is not None else ""
        if column == COL_CAPACITIES:
            return replace(item, capacities=parse_capacities(text, item.name))
        changes: dict[str, Any] = {_FIELDS[column]: text}
        return replace(item, **changes)

    def edit_text(self, item: Partner, column: int) -> str:
        return self.tr("Edit partner {name}").format(name=item.name)

    def decoration(self, item: Partner, column: int) -> Any:
        return QColor(item.colour) if column == COL_COLOUR else None

    def tooltip(self, item: Partner, column: int) -> str | None:
        if column == COL_CAPACITIES:
            return self.tr("Declared capacity per unit, e.g. engineer-years = 40; FTE = 12")
        return None
