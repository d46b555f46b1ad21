"""Read-only tables of the alignment page: ranked gaps, heat map, internal disagreements.

All values come precomputed from the analysis; ``data()`` only looks them up, so the
200-question x 15-pair heat map of a large workshop stays responsive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from workshop_app.analysis.display import percent_text
from workshop_app.analysis.results import Analysis, Gap, InternalDisagreement, PartnerPair
from workshop_app.domain.model import Partner
from workshop_app.ui.models.base import SORT_ROLE, EntityTableModel, format_number
from workshop_app.ui.models.labels import element_short_label, gap_kinds_text, gap_status_label

ALIGNMENT_ROLE = Qt.ItemDataRole.UserRole + 3  # raw alignment 0..1 or None


def pair_label(pair: PartnerPair | None, partners: dict[str, Partner]) -> str:
    if pair is None:
        return ""
    a, b = (partners[p].label if p in partners else p for p in pair)
    return f"{a} – {b}"


def percent(value: float | None) -> str:
    return "" if value is None else percent_text(value)


class GapsModel(EntityTableModel[Gap]):
    RANK = 0
    QUESTION = 1
    KINDS = 2  # why it is a gap, in words
    ELEMENT = 3
    ALIGNMENT = 4
    SEVERITY = 5
    PAIR = 6
    STATUS = 7
    OWNER = 8
    NUMBER_COLUMNS = frozenset({RANK, ALIGNMENT, SEVERITY})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._partners: dict[str, Partner] = {}
        self._rank: dict[str, int] = {}
        self._titles: dict[str, str] = {}

    def set_gaps(
        self,
        gaps: tuple[Gap, ...],
        partners: tuple[Partner, ...],
        titles: dict[str, str] | None = None,
    ) -> None:
        """``titles``: question id -> title in the interface language (else the gap's)."""
        self._partners = {p.id: p for p in partners}
        self._rank = {g.question_id: i + 1 for i, g in enumerate(gaps)}
        self._titles = titles or {}
        self.set_rows(gaps)

    def title(self, item: Gap) -> str:
        return self._titles.get(item.question_id) or item.title

    def key(self, item: Gap) -> str:
        return item.question_id

    def headers(self) -> list[str]:
        return [self.tr("#"), self.tr("Question"), self.tr("Why it is a gap"),
                self.tr("Element"), self.tr("Alignment"), self.tr("Severity"),
                self.tr("Furthest apart"), self.tr("Status"), self.tr("Owner")]  # fmt: skip

    def display(self, item: Gap, column: int) -> str:
        if column == self.RANK:
            return format_number(self._rank.get(item.question_id, 0))
        if column == self.QUESTION:
            return self.title(item)
        if column == self.ELEMENT:
            return element_short_label(item.element)
        if column == self.ALIGNMENT:
            return percent(item.alignment)
        if column == self.SEVERITY:
            return format_number(round(item.severity, 2))
        if column == self.PAIR:
            return pair_label(item.diverging_pair, self._partners)
        if column == self.STATUS:
            return gap_status_label(item.status)
        if column == self.KINDS:
            return gap_kinds_text(item.kinds)
        return item.owner

    def sort_value(self, item: Gap, column: int) -> Any:
        if column == self.RANK:
            return self._rank.get(item.question_id, 0)
        if column == self.ALIGNMENT:
            return -1.0 if item.alignment is None else item.alignment  # unscored sort first
        if column == self.SEVERITY:
            return item.severity
        return self.display(item, column)

    def tooltip(self, item: Gap, column: int) -> str | None:
        return self.title(item) if column == self.QUESTION else None


class DisagreementsModel(EntityTableModel[InternalDisagreement]):
    QUESTION = 0
    PARTNER = 1
    CONSENSUS = 2
    RESPONDENTS = 3
    NUMBER_COLUMNS = frozenset({CONSENSUS, RESPONDENTS})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._partners: dict[str, Partner] = {}
        self._titles: dict[str, str] = {}

    def set_disagreements(
        self,
        items: tuple[InternalDisagreement, ...],
        partners: tuple[Partner, ...],
        titles: dict[str, str] | None = None,
    ) -> None:
        self._partners = {p.id: p for p in partners}
        self._titles = titles or {}
        self.set_rows(items)

    def title(self, item: InternalDisagreement) -> str:
        return self._titles.get(item.question_id) or item.title

    def key(self, item: InternalDisagreement) -> str:
        return f"{item.question_id}/{item.partner_id}"

    def headers(self) -> list[str]:
        return [self.tr("Question"), self.tr("Partner"), self.tr("Consensus"),
                self.tr("Respondents")]  # fmt: skip

    def display(self, item: InternalDisagreement, column: int) -> str:
        if column == self.QUESTION:
            return self.title(item)
        if column == self.PARTNER:
            p = self._partners.get(item.partner_id)
            return p.label if p else item.partner_id
        if column == self.CONSENSUS:
            return percent(item.consensus)
        return format_number(item.respondents)

    def sort_value(self, item: InternalDisagreement, column: int) -> Any:
        if column == self.CONSENSUS:
            return item.consensus
        if column == self.RESPONDENTS:
            return item.respondents
        return self.display(item, column)

    def decoration(self, item: InternalDisagreement, column: int) -> Any:
        if column == self.PARTNER and item.partner_id in self._partners:
            return QColor(self._partners[item.partner_id].colour)
        return None

    def tooltip(self, item: InternalDisagreement, column: int) -> str | None:
        return self.title(item) if column == self.QUESTION else None


class HeatMapModel(EntityTableModel[str]):
    """Questions (rows) x partner pairs (columns); each cell the pair's alignment 0..1."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pairs: list[PartnerPair] = []
        self._pair_labels: list[str] = []
        self._titles: list[str] = []
        self._values: list[list[float | None]] = []
        self._texts: list[list[str]] = []

    def set_analysis(
        self,
        analysis: Analysis,
        partners: tuple[Partner, ...],
        titles: dict[str, str] | None = None,
    ) -> None:
        """``titles``: question id -> title in the interface language (else the analysis's)."""
        titles = titles or {}
        by_id = {p.id: p for p in partners}
        order = [p.id for p in partners]
        pairs = [(a, b) for i, a in enumerate(order) for b in order[i + 1 :]]
        rows = [q for q in analysis.questions.values() if q.alignment is not None]
        self.beginResetModel()
        self._pairs = pairs
        self._pair_labels = [pair_label(p, by_id) for p in pairs]
        self._rows = [q.question_id for q in rows]
        self._titles = [titles.get(q.question_id) or q.title for q in rows]
        self._values = [
            [None if (d := q.pairwise.get(p)) is None else 1.0 - d for p in pairs] for q in rows
        ]
        self._texts = [[percent(v) for v in values] for values in self._values]
        self.endResetModel()

    def key(self, item: str) -> str:
        return item

    def headers(self) -> list[str]:
        return self._pair_labels

    def pair_at(self, column: int) -> PartnerPair:
        return self._pairs[column]

    def value(self, row: int, column: int) -> float | None:
        return self._values[row][column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._titles):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._titles[section]
            return None
        return super().headerData(section, orientation, role)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[r][c]
        if role in (ALIGNMENT_ROLE, SORT_ROLE):
            return self._values[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            v = self._values[r][c]
            if v is None:
                return self.tr("{pair}: not both answered").format(pair=self._pair_labels[c])
            return self.tr("{question}\n{pair}: alignment {value}").format(
                question=self._titles[r], pair=self._pair_labels[c], value=self._texts[r][c]
            )
        return None
