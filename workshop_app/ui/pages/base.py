"""What every page shares: the session, the page contract, refresh on change, read-only
windows and the table chores (show a row just added, remove the current row, focus a table)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from workshop_app.session import WorkshopSession
from workshop_app.ui.models.base import KEY_ROLE, EntityTableModel
from workshop_app.ui.pages import page_spec


def next_position(items: Iterable[Any]) -> int:
    """The position after the last of ``items`` (0 for none): a new row goes at the end."""
    return max((getattr(i, "position", 0) for i in items), default=-1) + 1


def focus_table(view: QTableView) -> None:
    """Focus a table with a current cell, so arrow keys work at once."""
    view.setFocus()
    model = view.model()
    if model is not None and model.rowCount() and not view.currentIndex().isValid():
        view.setCurrentIndex(model.index(0, 0))


def _restore_current(view: QAbstractItemView, key: object, column: int) -> None:
    """Put a table's cursor back on the cell of row ``key`` and ``column``."""
    model, selection = view.model(), view.selectionModel()
    if model is None or key is None:
        return
    current = selection.currentIndex()
    if current.column() == column and current.data(KEY_ROLE) == key:
        return
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if index.data(KEY_ROLE) == key:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            return


def _show_tab_of(widget: QWidget) -> None:
    """Bring forward every tab that holds ``widget``."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            tabs.setCurrentWidget(child)
        child = parent


class Page(QWidget):
    """A page of the main window.

    After an edit the visible page is rebuilt at once, and a hidden page when it is
    next shown: one load per change, however many pages there are. Models update
    their rows in place, so a rebuild inside an editor's own commit is safe.

    A subclass implements ``rebuild``; ``refresh`` rebuilds and then, when the file is
    open read-only, turns editing off: every table gets no edit triggers, every text
    field becomes read-only, and the controls the page marked with ``mark_editing``
    (buttons that add or remove, choices, check boxes) are disabled. Navigation,
    viewing and exports stay as they are.
    """

    page_id: ClassVar[str] = ""
    navigateRequested = Signal(str, str)  # page id, field

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        self._rebuilt = False  # until the first rebuild no editor can be open in the page
        self._editing: list[QWidget] = []
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        return page_spec(self.page_id).title()

    def rebuild(self) -> None:
        """Rebuild everything shown from ``session.workshop()`` and ``session.analysis()``."""
        raise NotImplementedError

    def refresh(self) -> None:
        self._stale = False  # rebuilt from the current state: showing it needs no second go
        # A cell's commit rebuilds the page while its editor is still open; a rebuild that
        # selects a row must not move the cursor, or Tab would go on from another column
        # and the next value typed would land in (and overwrite) the wrong cell.
        # (Not looked for in a page being built: finding the views makes Python objects of
        # all its widgets, a few ms of every start.)
        editing = [
            (view, view.currentIndex().data(KEY_ROLE), view.currentIndex().column())
            for view in (self.findChildren(QAbstractItemView) if self._rebuilt else ())
            if view.state() == QAbstractItemView.State.EditingState
            and view.selectionModel() is not None
        ]
        self._rebuilt = True
        blocked = [(v, v.selectionModel().blockSignals(True)) for v, _, _ in editing]
        try:
            self.rebuild()
        finally:
            for view, key, column in editing:
                _restore_current(view, key, column)
            for view, was in blocked:
                view.selectionModel().blockSignals(was)
        if not self.editable:
            self._turn_editing_off()

    # --- read-only windows -------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """False while the file is open read-only (it is in use in another window)."""
        return not self.session.read_only

    def mark_editing(self, *widgets: QWidget) -> None:
        """Controls that change the workshop: disabled in a read-only window.

        Text fields and tables need no mark; pages still set these controls' enabled
        state for their own reasons in ``rebuild`` (read-only wins afterwards).
        """
        self._editing.extend(widgets)

    def _turn_editing_off(self) -> None:
        reason = self.tr("Read-only: this workshop is open in another window.")
        for widget in self._editing:
            widget.setEnabled(False)
            widget.setToolTip(reason)
        for view in self.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for edits in (
            self.findChildren(QLineEdit),
            self.findChildren(QPlainTextEdit),
            self.findChildren(QTextEdit),
        ):
            for edit in edits:
                edit.setReadOnly(True)  # still selectable and scrollable

    def focus_field(self, field: str) -> None:
        self.setFocus()

    def show_entity(self, entity: Any) -> None:
        """Select the row of ``entity`` in whichever table shows it (after undo/redo)."""
        self._refresh_if_stale()
        key = str(getattr(entity, "id", ""))
        if not key:
            return
        for view in self.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if index.data(KEY_ROLE) != key:
                    continue
                _show_tab_of(view)
                view.setCurrentIndex(index)
                view.scrollTo(index)
                view.setFocus()
                return

    def _on_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        if self._stale:
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
