"""The action items table."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workshop_app.domain.enums import ActionStatus
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import ActionItem
from workshop_app.ui.models.base import (
    EntityTableModel,
    date_key,
    format_date,
    to_date,
    to_qdate,
)
from workshop_app.ui.models.labels import action_status_label


class ActionItemsModel(EntityTableModel[ActionItem]):
    TITLE = 0
    OWNER = 1
    DUE = 2
    STATUS = 3
    QUESTION = 4
    EDITABLE = frozenset({TITLE, OWNER, DUE, STATUS})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._questions: dict[str, str] = {}

    def set_context(self, question_titles: dict[str, str]) -> None:
        self._questions = question_titles

    def headers(self) -> list[str]:
        return [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
                self.tr("From question")]  # fmt: skip

    def display(self, item: ActionItem, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.OWNER:
            return item.owner
        if column == self.DUE:
            return format_date(item.due)
        if column == self.STATUS:
            return action_status_label(item.status)
        if item.question_id is None:
            return ""
        return self._questions.get(item.question_id, item.question_id)

    def sort_value(self, item: ActionItem, column: int) -> Any:
        if column == self.DUE:
            return date_key(item.due)
        if column == self.STATUS:
            return list(ActionStatus).index(item.status)
        return self.display(item, column)

    def edit_value(self, item: ActionItem, column: int) -> Any:
        if column == self.DUE:
            return to_qdate(item.due)
        if column == self.STATUS:
            return item.status.value
        return self.display(item, column)

    def updated(self, item: ActionItem, column: int, value: Any) -> ActionItem:
        if column == self.DUE:
            return replace(item, due=to_date(value, self.headers()[column]))
        text = str(value or "").strip()
        if column == self.STATUS:
            try:
                return replace(item, status=ActionStatus(text))
            except ValueError:
                raise ValidationError(
                    self.tr("Status: '{value}' is not open, in progress or done.").format(
                        value=text
                    )
                ) from None
        changes: dict[str, Any] = {"title" if column == self.TITLE else "owner": text}
        return replace(item, **changes)

    def edit_text(self, item: ActionItem, column: int) -> str:
        return self.tr("Edit action item")

    def tooltip(self, item: ActionItem, column: int) -> str | None:
        if column in (self.TITLE, self.QUESTION):
            return self.display(item, column) or None
        return None
