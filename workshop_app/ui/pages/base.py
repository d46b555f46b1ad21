"""What every page shares: the session, the page contract, refresh on change and the
table chores (show a row just added, remove the current row, focus a table)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableView, QWidget

from workshop_app.ui.models.base import EntityTableModel
from workshop_app.ui.session import WorkshopSession


def next_position(items: Iterable[Any]) -> int:
    """The position after the last of ``items`` (0 for none): a new row goes at the end."""
    return max((getattr(i, "position", 0) for i in items), default=-1) + 1


def focus_table(view: QTableView) -> None:
    """Focus a table with a current cell, so arrow keys work at once."""
    view.setFocus()
    model = view.model()
    if model is not None and model.rowCount() and not view.currentIndex().isValid():
        view.setCurrentIndex(model.index(0, 0))


class Page(QWidget):
    """A page of the main window.

    After an edit the visible page is rebuilt at once, and a hidden page when it is
    next shown: one load per change, however many pages there are. Models update
    their rows in place, so a rebuild inside an editor's own commit is safe.
    """

    page_id: ClassVar[str] = ""
    navigateRequested = Signal(str, str)  # page id, field

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Rebuild everything shown from ``session.workshop()`` and ``session.analysis()``."""
        raise NotImplementedError

    def focus_field(self, field: str) -> None:
        self.setFocus()

    def _on_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: Any) -> None:
        self._refresh_if_stale()
        super().showEvent(event)

    # --- table chores ------------------------------------------------------------------

    def show_added(
        self,
        view: QTableView,
        model: EntityTableModel[Any],
        key: str,
        column: int = 0,
        *,
        edit: bool = False,
    ) -> None:
        """Select (and with ``edit`` open the editor of) a row the page has just added."""
        self._refresh_if_stale()  # a hidden page has not rebuilt yet
        row = model.row_of(key)
        if row < 0:
            return
        index = model.index(row, column)
        view.setCurrentIndex(index)
        view.setFocus()
        if edit:
            view.edit(index)

    def remove_current(self, view: QTableView, text: str | None = None) -> bool:
        """Delete the entity of the table's current row as one undo step.

        ``text`` names the undo step, with ``{name}`` for the row's title or name.
        """
        index = view.currentIndex()
        model = view.model()
        if not index.isValid() or not isinstance(model, EntityTableModel):
            return False
        item = model.item(index.row())
        name = next(
            (
                str(value)
                for attr in ("title", "name", "body", "description")
                if (value := getattr(item, attr, None))
            ),
            "",
        )
        template = text or self.tr("Remove '{name}'")
        return self.session.delete(item, text=template.format(name=name[:40]))
