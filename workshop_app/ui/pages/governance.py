"""The governance page: bodies, decision-rights matrix, escalation steps, review points."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import RightCode
from workshop_app.domain.model import (
    Decision,
    EscalationStep,
    GovernanceBody,
    ReviewPoint,
    new_id,
)
from workshop_app.session import WorkshopSession
from workshop_app.translations import tr
from workshop_app.ui.models.base import EntityTableModel
from workshop_app.ui.models.governance import (
    BodiesModel,
    DecisionRightsModel,
    EscalationModel,
    ReviewPointsModel,
)
from workshop_app.ui.models.labels import BODY_KINDS, body_kind_label, right_label
from workshop_app.ui.pages.base import Page, focus_table, next_position
from workshop_app.ui.widgets.delegates import ComboDelegate, DateDelegate, TextDelegate
from workshop_app.ui.widgets.page_parts import InlineMessage, fit_columns_to_headers, table_view


def starter_decisions() -> list[tuple[str, str]]:
    """(decision, seam) pairs every partnership should give an owner, from the domain brief."""
    return [
        (tr("Program baseline: architecture"), tr("design vs industrialization")),
        (tr("Program baseline: cost"), tr("engineering vs purchasing")),
        (tr("Program baseline: timing"), tr("design vs industrialization")),
        (tr("Change control of the program baselines"), ""),
        (tr("Deviations from the baseline"), ""),
        (tr("Quality and standards disputes"), ""),
        (tr("Design to industrialization hand-over"), tr("design vs industrialization")),
        (tr("Supplier selection"), tr("engineering vs purchasing")),
        (tr("Hardware vs software release scope"), tr("hardware vs software")),
        (tr("Regional vs global variants"), tr("global vs regional")),
        (tr("Speed vs customization trade-offs"), ""),
        (tr("Cost vs performance trade-offs"), ""),
        (tr("Dispute resolution between partners"), ""),
    ]


class GovernancePage(Page):
    page_id = "governance"

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        lay = QVBoxLayout(self)
        self.message = InlineMessage()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Governance views"))
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.message)

        # decision rights
        self.decisions_model = DecisionRightsModel(session, self)
        self.decisions_view = table_view(self.decisions_model, self.tr("Decision rights"))
        self.decisions_view.setItemDelegateForColumn(
            DecisionRightsModel.BODY, ComboDelegate(self._body_choices, self)
        )
        self._right_delegate = ComboDelegate(
            [("", "")] + [(f"{c.value} – {right_label(c)}", c.value) for c in RightCode], self
        )
        legend = QLabel(
            "   ".join(f"<b>{c.value}</b> = {right_label(c)}" for c in RightCode)
            + "   "
            + self.tr("(blank = no part)")
        )
        self.starter_button = QPushButton(self.tr("Add &starter decisions"))
        self.starter_button.clicked.connect(self.add_starter_decisions)
        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        self.tabs.addTab(
            self._table_tab(
                self.decisions_view,
                self.tr("&Add decision"),
                self.add_decision,
                self.tr("&Remove decision"),
                [legend, self.flags_label],
                extra=[self.starter_button],
            ),
            self.tr("Decision rights"),
        )

        # bodies
        self.bodies_model = BodiesModel(session, self)
        self.bodies_view = table_view(self.bodies_model, self.tr("Governance bodies"))
        self.bodies_view.setItemDelegateForColumn(
            BodiesModel.KIND, ComboDelegate([(body_kind_label(k), k) for k in BODY_KINDS], self)
        )
        self.tabs.addTab(
            self._table_tab(
                self.bodies_view, self.tr("&Add body"), self.add_body, self.tr("&Remove body")
            ),
            self.tr("Bodies"),
        )

        # escalation
        self.escalation_model = EscalationModel(session, self)
        self.escalation_view = table_view(self.escalation_model, self.tr("Escalation steps"))
        for col in (EscalationModel.LEVEL, EscalationModel.TIME_LIMIT):
            self.escalation_view.setItemDelegateForColumn(col, TextDelegate(self))
        self.tabs.addTab(
            self._table_tab(
                self.escalation_view,
                self.tr("&Add step"),
                self.add_escalation_step,
                self.tr("&Remove step"),
            ),
            self.tr("Escalation path"),
        )

        # review points
        self.reviews_model = ReviewPointsModel(session, self)
        self.reviews_view = table_view(self.reviews_model, self.tr("Review points"))
        self.reviews_view.setItemDelegateForColumn(ReviewPointsModel.DUE, DateDelegate(self))
        self.reviews_view.setItemDelegateForColumn(ReviewPointsModel.SCOPE, TextDelegate(self))
        self.tabs.addTab(
            self._table_tab(
                self.reviews_view,
                self.tr("&Add review point"),
                self.add_review_point,
                self.tr("&Remove review point"),
                [
                    QLabel(
                        self.tr("May decide to: any of continue, expand, narrow, redirect, exit.")
                    )
                ],
            ),
            self.tr("Review points"),
        )

        self._tab_models: list[EntityTableModel[Any]] = [
            self.decisions_model,
            self.bodies_model,
            self.escalation_model,
            self.reviews_model,
        ]
        for model in self._tab_models:
            model.editFailed.connect(self.message.show_message)
        # The message under the tabs belongs to the tab shown: another tab's refused edit
        # shows again only on its own tab.
        self.tabs.currentChanged.connect(self._tab_changed)

    def _table_tab(
        self,
        view: QTableView,
        add_text: str,
        add: Callable[[], None],
        remove_text: str,
        notes: list[QWidget] | None = None,
        extra: list[QPushButton] | None = None,
    ) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        add_button = QPushButton(add_text)
        add_button.clicked.connect(add)
        remove_button = QPushButton(remove_text)
        remove_button.clicked.connect(lambda: self.remove_current(view))
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        for b in extra or []:
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(view, 1)
        for n in notes or []:
            lay.addWidget(n)
        self.mark_editing(add_button, remove_button, *(extra or []))
        return page

    # --- contract -----------------------------------------------------------------------

    def rebuild(self) -> None:
        w = self.session.workshop()
        self.decisions_model.set_context(w.partners, w.bodies)
        self.decisions_model.set_rows(sorted(w.decisions, key=lambda d: d.position))
        for i, _p in enumerate(w.partners):
            self.decisions_view.setItemDelegateForColumn(
                DecisionRightsModel.FIRST_PARTNER + i, self._right_delegate
            )
        self.bodies_model.set_rows(sorted(w.bodies, key=lambda b: b.position))
        self.escalation_model.set_rows(sorted(w.escalation_steps, key=lambda s: s.level))
        self.reviews_model.set_rows(sorted(w.review_points, key=lambda r: r.position))
        flagged = [d for d in w.decisions if self.decisions_model.flag(d)]
        if flagged:
            self.flags_label.setText(
                self.tr("One decision needs attention (marked): no owner, or two deciders.")
                if len(flagged) == 1
                else self.tr(
                    "{n} decisions need attention (marked): no owner, or two deciders."
                ).format(n=len(flagged))
            )
        else:
            self.flags_label.setText(
                self.tr("Every decision has exactly one owner or joint approval.")
            )
        dv = self.decisions_view
        dv.setColumnWidth(DecisionRightsModel.TITLE, 260)
        dv.setColumnWidth(DecisionRightsModel.SEAM, 170)
        dv.setColumnWidth(DecisionRightsModel.BODY, 140)
        fit_columns_to_headers(
            dv,
            minimum=72,
            columns=range(DecisionRightsModel.FIRST_PARTNER, dv.model().columnCount()),
        )
        self.bodies_view.resizeColumnsToContents()
        self.escalation_view.resizeColumnsToContents()
        self.reviews_view.resizeColumnsToContents()
        self.starter_button.setEnabled(bool(w.partners))

    def focus_field(self, field: str) -> None:
        views = {
            "decision_rights": (0, self.decisions_view),
            "decisions": (0, self.decisions_view),
            "bodies": (1, self.bodies_view),
            "escalation_steps": (2, self.escalation_view),
            "escalation": (2, self.escalation_view),
            "review_points": (3, self.reviews_view),
        }
        tab, view = views.get(field, (0, self.decisions_view))
        self.tabs.setCurrentIndex(tab)
        view.setFocus()
        model = view.model()
        if field in ("decision_rights", "decisions"):
            for row, d in enumerate(self.decisions_model.items()):
                if self.decisions_model.flag(d):
                    view.setCurrentIndex(model.index(row, DecisionRightsModel.FIRST_PARTNER))
                    return
        focus_table(view)

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._tab_models):
            self.message.show_message(self._tab_models[index].pending_message())

    # --- edits --------------------------------------------------------------------------

    def _body_choices(self) -> list[tuple[str, str]]:
        return [(self.tr("(none)"), "")] + [(b.name, b.id) for b in self.session.workshop().bodies]

    def _after_add(
        self, view: QTableView, model: EntityTableModel[Any], key: str, col: int
    ) -> None:
        self.message.clear_message()
        self.show_added(view, model, key, col)

    def add_decision(self) -> None:
        w = self.session.workshop()
        d = Decision(new_id(), self.tr("New decision"), position=next_position(w.decisions))
        if self.session.put(d, text=self.tr("Add decision")):
            self._after_add(self.decisions_view, self.decisions_model, d.id, 0)

    def add_starter_decisions(self) -> None:
        w = self.session.workshop()
        have = {d.title.strip().casefold() for d in w.decisions}
        start = next_position(w.decisions)
        new = [
            Decision(new_id(), title, seam, position=start + i)
            for i, (title, seam) in enumerate(
                (t, s) for t, s in starter_decisions() if t.casefold() not in have
            )
        ]
        if not new:
            self.message.show_message(self.tr("The starter decisions are already in the list."))
            return
        if self.session.apply(put=new, text=self.tr("Add starter decisions")):
            self.message.clear_message()
            self.refresh()

    def add_body(self) -> None:
        w = self.session.workshop()
        b = GovernanceBody(new_id(), self.tr("New body"), position=next_position(w.bodies))
        if self.session.put(b, text=self.tr("Add governance body")):
            self._after_add(self.bodies_view, self.bodies_model, b.id, 0)

    def add_escalation_step(self) -> None:
        w = self.session.workshop()
        level = max((s.level for s in w.escalation_steps), default=0) + 1
        s = EscalationStep(new_id(), level, self.tr("Steering group"), time_limit_days=14)
        if self.session.put(s, text=self.tr("Add escalation step")):
            self._after_add(self.escalation_view, self.escalation_model, s.id, 1)

    def add_review_point(self) -> None:
        w = self.session.workshop()
        due = cast(date, QDate.currentDate().addYears(1).toPython())  # stub says object
        r = ReviewPoint(
            new_id(), self.tr("Annual review"), due=due, position=next_position(w.review_points)
        )
        if self.session.put(r, text=self.tr("Add review point")):
            self._after_add(self.reviews_view, self.reviews_model, r.id, 0)


__all__ = ["GovernancePage", "starter_decisions"]
