"""Editors for table cells: pick from a list, pick a date, tick several options."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.ui.widgets.date_edit import DateEdit

Index = QModelIndex | QPersistentModelIndex


class ComboDelegate(QStyledItemDelegate):
    """A combo box of (label, value) choices; the model receives the value."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
        *,
        editable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._editable = editable

    def choices(self) -> Sequence[tuple[str, str]]:
        return self._choices() if callable(self._choices) else self._choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self._editable)
        for label, value in self.choices():
            combo.addItem(label, value)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        i = editor.findData(value)
        if i >= 0:
            editor.setCurrentIndex(i)
        elif self._editable:
            editor.setEditText(str(value or ""))
        line = editor.lineEdit() if self._editable else None
        if line is not None:
            # Typing replaces the shown text, as in every other cell ("EUR" + "eur" was
            # stored as "EUReur").
            line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if self._editable and editor.currentText() != editor.itemText(editor.currentIndex()):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """The app's date field in a cell: typed (ISO or short form) or picked; blank = no date.

    The typed text goes to the model as it is, so text that is not a date is refused there
    with a message naming the column, never dropped without a word.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        what = str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
        edit = DateEdit(parent, what=what)
        edit.setAccessibleName(what)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        if editor.isModified():
            return  # a rebuild while typing must not undo what is being typed
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate) and value.isValid():
            editor.set_value(value.toPython())  # type: ignore[arg-type]  # Qt's stub types toPython() as object
        elif isinstance(value, date):
            editor.set_value(value)
        else:
            editor.set_value(None)
        editor.selectAll()

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        # Wide enough for a whole typed date and the calendar button, also in a narrow
        # column (the editor then overlaps the next cell while it is open).
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """A plain line edit, also for number columns: the model parses and reports bad text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()
