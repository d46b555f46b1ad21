"""The contributions page: what each partner brings, totals, gives/gets, capacity warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.capacity import capacity_overloads
from workshop_app.domain.enums import CONTRIBUTION_UNITS, CURRENCIES, ContributionCategory
from workshop_app.domain.model import Contribution, new_id
from workshop_app.session import WorkshopSession
from workshop_app.ui.models.base import format_date, format_number
from workshop_app.ui.models.contribution_totals import ContributionTotalsModel, party_totals
from workshop_app.ui.models.contributions import JOINT_VENTURE, ContributionsModel
from workshop_app.ui.models.labels import category_label
from workshop_app.ui.pages.base import Page, focus_table, next_position
from workshop_app.ui.widgets.delegates import ComboDelegate, DateDelegate, TextDelegate
from workshop_app.ui.widgets.page_parts import InlineMessage, heading, table_view


class ContributionsPage(Page):
    page_id = "contributions"

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("What each partner brings")), 1)
        self.add_button = QPushButton(self.tr("&Add contribution"))
        self.remove_button = QPushButton(self.tr("&Remove contribution"))
        self.add_button.clicked.connect(self.add_contribution)
        self.remove_button.clicked.connect(self.remove_contribution)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        lay.addLayout(top)

        self.message = InlineMessage()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("capacityWarning")
        self.warning.setStyleSheet(
            "QLabel { background: #FCE8C8; border: 1px solid #E8A33D; border-radius: 4px;"
            " padding: 6px; color: #5A3A00; }"
        )
        self.warning.hide()

        self.model = ContributionsModel(session, self)
        self.model.editFailed.connect(self.message.show_message)
        self.view = table_view(self.model, self.tr("Contributions"))
        self.mark_editing(self.add_button, self.remove_button)
        M = ContributionsModel
        self.view.setItemDelegateForColumn(M.PARTNER, ComboDelegate(self._partner_choices, self))
        self.view.setItemDelegateForColumn(
            M.RECIPIENT, ComboDelegate(self._recipient_choices, self)
        )
        self.view.setItemDelegateForColumn(
            M.CATEGORY,
            ComboDelegate([(category_label(c), c.value) for c in ContributionCategory], self),
        )
        self.view.setItemDelegateForColumn(
            M.UNIT, ComboDelegate([(u, u) for u in CONTRIBUTION_UNITS], self, editable=True)
        )
        self.view.setItemDelegateForColumn(
            M.CURRENCY, ComboDelegate([(c, c) for c in CURRENCIES], self, editable=True)
        )
        for col in (M.START, M.END):
            self.view.setItemDelegateForColumn(col, DateDelegate(self))
        for col in (M.QUANTITY, M.VALUATION):
            self.view.setItemDelegateForColumn(col, TextDelegate(self))
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.editable and self._row() >= 0)
        )

        self.totals_model = ContributionTotalsModel(None, self)
        self.totals_view = table_view(self.totals_model, self.tr("Totals and balance"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.view)
        ul.addWidget(self.message)
        ul.addWidget(self.warning)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading(self.tr("Totals and gives/gets balance")))
        ll.addWidget(self.totals_view)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        lay.addWidget(splitter, 1)

    # --- contract -----------------------------------------------------------------------

    def rebuild(self) -> None:
        w = self.session.workshop()
        overloads = capacity_overloads(w)
        names = {p.id: p.label for p in w.partners}
        flagged: dict[str, str] = {}
        lines = []
        for o in overloads:
            when = self._span(o.start, o.end)
            text = self.tr(
                "{partner} promises up to {peak} {unit} {when}, beyond its declared capacity "
                "of {capacity}."
            ).format(
                partner=names.get(o.partner_id, o.partner_id),
                peak=format_number(o.peak),
                unit=o.unit,
                when=when,
                capacity=format_number(o.capacity),
            )
            lines.append(text)
            for cid in o.contribution_ids:
                flagged[cid] = text
        self.model.set_context(w.partners, flagged)
        self.model.set_rows(sorted(w.contributions, key=lambda c: c.position))
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))
        self.totals_model.set_rows(
            party_totals(w.partners, w.contributions, self.tr("Joint venture"))
        )
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(ContributionsModel.DESCRIPTION, 260)
        for col in (ContributionsModel.MILESTONE, ContributionsModel.METRIC):
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 200))
        self.totals_view.resizeColumnsToContents()
        self.add_button.setEnabled(bool(w.partners))
        self.remove_button.setEnabled(self._row() >= 0)

    def focus_field(self, field: str) -> None:
        focus_table(self.view)

    # --- edits --------------------------------------------------------------------------

    def _span(self, start: date | None, end: date | None) -> str:
        if start and end:
            return self.tr("from {start} to {end}").format(
                start=format_date(start),
                end=format_date(end),
            )
        if start:
            return self.tr("from {start} on").format(start=format_date(start))
        if end:
            return self.tr("until {end}").format(end=format_date(end))
        return self.tr("at all times")

    def _row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _partner_choices(self) -> list[tuple[str, str]]:
        return [(p.label, p.id) for p in self.session.workshop().partners]

    def _recipient_choices(self) -> list[tuple[str, str]]:
        return [(self.tr("Joint venture"), JOINT_VENTURE), *self._partner_choices()]

    def add_contribution(self) -> None:
        w = self.session.workshop()
        if not w.partners:
            return
        row = self._row()
        partner_id = self.model.item(row).partner_id if row >= 0 else w.partners[0].id
        today = QDate.currentDate().toPython()
        item = Contribution(
            id=new_id(),
            partner_id=partner_id,
            category=ContributionCategory.ENGINEERING,
            description=self.tr("New contribution"),
            start=today,  # type: ignore[arg-type]  # Qt's stub types toPython() as object
            position=next_position(w.contributions),
        )
        if self.session.put(item, text=self.tr("Add contribution")):
            self.message.clear_message()
            self.show_added(
                self.view, self.model, item.id, ContributionsModel.DESCRIPTION, edit=True
            )

    def remove_contribution(self) -> None:
        self.remove_current(self.view, self.tr("Remove contribution '{name}'"))
