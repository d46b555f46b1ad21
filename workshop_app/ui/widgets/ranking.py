"""A list ranked by drag and drop or by Ctrl+Up/Ctrl+Down."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget


class RankingList(QListWidget):
    orderChanged = Signal()  # once per user move, after drag and drop has settled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._loading = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.orderChanged.emit)
        # A drop may arrive as a move or as an insert plus a remove: report once settled.
        for signal in (
            self.model().rowsMoved,
            self.model().rowsInserted,
            self.model().rowsRemoved,
        ):
            signal.connect(self._moved)

    def _moved(self, *args: object) -> None:
        if not self._loading:
            self._pending.start()

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """(option id, label) pairs in their current order."""
        self._loading = True
        try:
            self.clear()
            for rank, (option_id, label) in enumerate(options, start=1):
                item = QListWidgetItem(f"{rank}. {label}")
                item.setData(Qt.ItemDataRole.UserRole, option_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, label)
                self.addItem(item)
        finally:
            self._loading = False
        if self.count():
            self.setCurrentRow(0)

    def order(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count()))

    def _renumber(self) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setText(f"{i + 1}. {item.data(Qt.ItemDataRole.UserRole + 1)}")

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        self._loading = True
        try:
            item = self.takeItem(row)
            self.insertItem(target, item)
            self.setCurrentRow(target)
        finally:
            self._loading = False
        self._renumber()
        self.orderChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self._renumber()
