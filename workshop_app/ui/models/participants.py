"""The participants table of the setup page: the people of one partner."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from workshop_app.domain.model import Participant, Workshop
from workshop_app.ui.session import WorkshopSession

SORT_ROLE = Qt.ItemDataRole.UserRole

COL_NAME = 0
COL_FUNCTION = 1
COL_EMAIL = 2
COL_ANSWERS = 3
COL_DONE = 4
COLUMNS = 5

_Index = QModelIndex | QPersistentModelIndex


class ParticipantsModel(QAbstractTableModel):
    editFailed = Signal(str)

    def __init__(self, session: WorkshopSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._people: list[Participant] = []
        self._answers: dict[str, int] = {}
        self._total = 0
        self.partner_id: str | None = None

    def set_workshop(self, workshop: Workshop, partner_id: str | None) -> None:
        self.beginResetModel()
        self.partner_id = partner_id
        self._people = workshop.participants_of(partner_id) if partner_id else []
        ids = {p.id for p in self._people}
        self._answers = dict.fromkeys(ids, 0)
        for a in workshop.answers:
            if a.participant_id in ids:
                self._answers[a.participant_id] += 1
        self._total = len(workshop.questionnaire)
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._people[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Function"),
            self.tr("E-mail"),
            self.tr("Answered"),
            self.tr("Done"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        p = self._people[index.row()]
        col = index.column()
        answered = self._answers.get(p.id, 0)
        if role == SORT_ROLE:
            return (p.name, p.function, p.email, answered, p.done)[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_ANSWERS:
                return self.tr("{n} of {total}").format(n=answered, total=self._total)
            if col == COL_DONE:
                return self.tr("Yes") if p.done else ""
            return (p.name, p.function, p.email)[col]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() <= COL_EMAIL and not self._session.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() > COL_EMAIL:
            return False
        p = self._people[index.row()]
        text = str(value).strip() if value is not None else ""
        field = ("name", "function", "email")[index.column()]
        new = replace(p, **{field: text})
        if new == p:
            return True
        if not self._session.put(new, text=self.tr("Edit participant {name}").format(name=p.name)):
            self.editFailed.emit(self._session.last_error)
            return False
        self._people[index.row()] = new
        self.dataChanged.emit(index, index)
        return True
