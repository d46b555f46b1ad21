"""The partners table of the setup page."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Partner, Workshop
from workshop_app.ui.session import WorkshopSession

SORT_ROLE = Qt.ItemDataRole.UserRole

COL_COLOUR = 0
COL_NAME = 1
COL_SHORT = 2
COL_ROLE = 3
COL_CAPACITIES = 4
COL_PARTICIPANTS = 5
COLUMNS = 6

_Index = QModelIndex | QPersistentModelIndex


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


class PartnersModel(QAbstractTableModel):
    """Partners in workshop order; edits go through the session (one undo step each)."""

    editFailed = Signal(str)

    def __init__(self, session: WorkshopSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._partners: list[Partner] = []
        self._counts: dict[str, int] = {}

    def set_workshop(self, workshop: Workshop) -> None:
        self.beginResetModel()
        self._partners = list(workshop.partners)
        self._counts = {p.id: len(workshop.participants_of(p.id)) for p in workshop.partners}
        self.endResetModel()

    def partner(self, row: int) -> Partner:
        return self._partners[row]

    def row_of(self, partner_id: str) -> int:
        for row, p in enumerate(self._partners):
            if p.id == partner_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._partners)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Colour"),
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Role"),
            self.tr("Capacities"),
            self.tr("Participants"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._partners):
            return None
        p = self._partners[index.row()]
        col = index.column()
        raw: dict[int, Any] = {
            COL_COLOUR: p.colour,
            COL_NAME: p.name,
            COL_SHORT: p.short_name,
            COL_ROLE: p.role,
            COL_CAPACITIES: format_capacities(p.capacities),
            COL_PARTICIPANTS: self._counts.get(p.id, 0),
        }
        if role == SORT_ROLE:
            return p.position if col == COL_COLOUR else raw[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return raw[col]
        if role == Qt.ItemDataRole.DecorationRole and col == COL_COLOUR:
            return QColor(p.colour)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CAPACITIES:
            return self.tr("Declared capacity per unit, e.g. engineer-years = 40; FTE = 12")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() in (COL_NAME, COL_SHORT, COL_ROLE, COL_CAPACITIES) and not (
            self._session.read_only
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        p = self._partners[index.row()]
        col = index.column()
        text = str(value).strip() if value is not None else ""
        try:
            if col == COL_NAME:
                new = replace(p, name=text)
            elif col == COL_SHORT:
                new = replace(p, short_name=text)
            elif col == COL_ROLE:
                new = replace(p, role=text)
            elif col == COL_CAPACITIES:
                new = replace(p, capacities=parse_capacities(text, p.name))
            else:
                return False
        except ValidationError as exc:
            self.editFailed.emit(str(exc))
            return False
        if new == p:
            return True
        if not self._session.put(new, text=self.tr("Edit partner {name}").format(name=p.name)):
            self.editFailed.emit(self._session.last_error)
            return False
        # The session reloads and the page calls set_workshop; keep the row current now.
        self._partners[index.row()] = new
        self.dataChanged.emit(index, index)
        return True
