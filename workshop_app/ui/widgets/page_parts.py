"""Small building blocks the pages share: inline messages, tables, text that saves itself."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from workshop_app.ui.models.base import SORT_ROLE

TYPING_PAUSE_MS = 1200


class InlineMessage(QLabel):
    """A message under a form or table naming what is wrong; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")  # styled once, in style.qss
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label


def table_view(
    model: QObject, name: str, parent: QWidget | None = None, *, sortable: bool = False
) -> QTableView:
    """A table over ``model``; sortable ones sort through a proxy by the models' sort role."""
    return configure_table(QTableView(parent), model, name, sortable=sortable)


def configure_table(
    view: QTableView, model: QObject, name: str, *, sortable: bool = False
) -> QTableView:
    """Set up a table (also one from a Designer form) the way every table in the app works."""
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)  # type: ignore[arg-type]  # callers pass item models
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)  # type: ignore[arg-type]  # callers pass item models
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    return view


def fit_columns_to_headers(
    view: QTableView, *, minimum: int, columns: Iterable[int] | None = None
) -> None:
    """Columns of short cells (percentages, codes) as wide as their header, so partner
    names in the header are never cut, and at least ``minimum`` wide."""
    header = view.horizontalHeader()
    model = view.model()
    count = model.columnCount() if model is not None else 0
    for column in range(count) if columns is None else columns:
        view.setColumnWidth(column, max(minimum, header.sectionSizeHint(column)))


def source_row(view: QTableView) -> int:
    """The model row of the view's current index, through a sort proxy if there is one."""
    index = view.currentIndex()
    if not index.isValid():
        return -1
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
    return index.row()


class _Committer(QObject):
    def __init__(self, edit: QLineEdit | QPlainTextEdit, commit: Callable[[], object]) -> None:
        super().__init__(edit)
        self._commit = commit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(commit)
        edit.installEventFilter(self)
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(lambda _t: self._timer.start())
        else:
            edit.textChanged.connect(lambda: self._timer.start() if edit.hasFocus() else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._timer.stop()
            self._commit()
        return False


def save_on_pause(edit: QLineEdit | QPlainTextEdit, commit: Callable[[], object]) -> None:
    """Call ``commit`` when the field loses focus or after a pause in typing."""
    _Committer(edit, commit)


def set_text_quietly(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show the stored text unless the person is typing in the field right now."""
    current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    if current == text or edit.hasFocus():
        return
    blocked = edit.blockSignals(True)
    if isinstance(edit, QLineEdit):
        edit.setText(text)
        edit.setCursorPosition(0)  # a value wider than the box shows its start, not its end
    else:
        edit.setPlainText(text)
    edit.blockSignals(blocked)
