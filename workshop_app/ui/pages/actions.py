"""The actions page: every action item, from gaps or added by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_app.analysis.actions import suggested_actions
from workshop_app.domain.enums import ActionStatus
from workshop_app.domain.model import ActionItem, new_id
from workshop_app.session import WorkshopSession
from workshop_app.ui.analysis_text import said
from workshop_app.ui.models.action_items import ActionItemsModel
from workshop_app.ui.models.labels import action_status_label
from workshop_app.ui.pages.base import Page, focus_table, next_position
from workshop_app.ui.shown_questionnaire import shown_titles
from workshop_app.ui.widgets.delegates import ComboDelegate, DateDelegate
from workshop_app.ui.widgets.page_parts import InlineMessage, heading, table_view


class ActionsPage(Page):
    page_id = "actions"

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Action items")), 1)
        self.add_button = QPushButton(self.tr("&Add action item"))
        self.remove_button = QPushButton(self.tr("&Remove action item"))
        self.from_gaps_button = QPushButton(self.tr("Create from open &gaps"))
        self.from_gaps_button.setToolTip(
            self.tr("One action item per unresolved gap that has none yet")
        )
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.from_gaps_button.clicked.connect(self.create_from_gaps)
        for b in (self.add_button, self.remove_button, self.from_gaps_button):
            top.addWidget(b)
        self.mark_editing(self.add_button, self.remove_button, self.from_gaps_button)
        lay.addLayout(top)
        self.model = ActionItemsModel(session, self)
        self.view = table_view(self.model, self.tr("Action items"))
        self.view.setItemDelegateForColumn(ActionItemsModel.DUE, DateDelegate(self))
        self.view.setItemDelegateForColumn(
            ActionItemsModel.STATUS,
            ComboDelegate([(action_status_label(s), s.value) for s in ActionStatus], self),
        )
        lay.addWidget(self.view, 1)
        self.message = InlineMessage()
        self.model.editFailed.connect(self.message.show_message)
        self.summary = QLabel()
        lay.addWidget(self.message)
        lay.addWidget(self.summary)

    def rebuild(self) -> None:
        w = self.session.workshop()
        self.model.set_context(shown_titles(w.questionnaire))  # in the interface language
        self.model.set_rows(sorted(w.action_items, key=lambda a: a.position))
        self.view.setColumnWidth(ActionItemsModel.TITLE, 420)
        self.view.setColumnWidth(ActionItemsModel.OWNER, 160)
        self.view.setColumnWidth(ActionItemsModel.DUE, 110)
        self.view.setColumnWidth(ActionItemsModel.STATUS, 110)
        # Before Reveal in blind mode the gaps are not known here (they would show others'
        # answers), so no action items are made from them.
        hidden = w.details.blind_mode and not w.details.revealed
        self.from_gaps_button.setEnabled(not hidden and self.editable)
        self.from_gaps_button.setToolTip(
            self.tr("The gaps are hidden until the answers are revealed.") if hidden else ""
        )
        done = sum(1 for a in w.action_items if a.status is ActionStatus.DONE)
        self.summary.setText(
            self.tr("{total} action items, {done} done.").format(
                total=len(w.action_items), done=done
            )
        )

    def focus_field(self, field: str) -> None:
        focus_table(self.view)

    def _next_position(self) -> int:
        return next_position(self.session.workshop().action_items)

    def add_item(self) -> None:
        item = ActionItem(new_id(), self.tr("New action item"), position=self._next_position())
        if self.session.put(item, text=self.tr("Add action item")):
            self.message.clear_message()
            self.show_added(self.view, self.model, item.id, ActionItemsModel.TITLE, edit=True)

    def remove_item(self) -> None:
        self.remove_current(self.view, self.tr("Remove action item '{name}'"))

    def suggestions(self) -> list[ActionItem]:
        """New action items for unresolved gaps without one, as the analysis suggests them."""
        w = self.session.workshop()
        if w.details.blind_mode and not w.details.revealed:
            return []
        a = self.session.analysis()
        start = self._next_position()
        return [
            ActionItem(
                new_id(),
                said(s.title),  # stored as the room reads it
                owner=s.owner,
                due=s.due,
                question_id=s.question_id,
                notes=said(s.notes),
                position=start + i,
            )
            for i, s in enumerate(suggested_actions(w, a))
        ]

    def create_from_gaps(self) -> None:
        w = self.session.workshop()
        if w.details.blind_mode and not w.details.revealed:
            return
        new = self.suggestions()
        if not new:
            self.message.show_message(self.tr("Every unresolved gap already has an action item."))
            return
        if self.session.apply(
            put=new, text=self.tr("Create {n} action items from gaps").format(n=len(new))
        ):
            self.message.clear_message()
