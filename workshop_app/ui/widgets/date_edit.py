"""The one date field of the app: type a date (ISO or the locale's short form) or pick one.

A blank field means "no date". Text that is not a date is never dropped: ``value()``
raises a ValidationError naming the field and the forms it understands, and the page or
table shows it beside the field. The calendar opens at the field's date, or today.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

from workshop_app.domain.errors import ValidationError
from workshop_app.ui.models.base import date_examples, to_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget


class DateEdit(QLineEdit):
    """A line edit for an optional date, with a calendar button inside it."""

    dateChosen = Signal()  # a date was picked in the calendar (the text now holds it)

    def __init__(self, parent: QWidget | None = None, *, what: str = "") -> None:
        super().__init__(parent)
        self._what = what or self.tr("Date")
        iso, local = date_examples()
        placeholder = self.tr("No date (type {iso} or {local})")
        self.setPlaceholderText(placeholder.format(iso=iso, local=local))
        self.setToolTip(
            self.tr(
                "Type a date as {iso} or {local}, or press Alt+Down for a calendar. "
                "Clear the field for no date."
            ).format(iso=iso, local=local)
        )
        self.calendar_action = QAction(self)
        self.calendar_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.calendar_action.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar popup, made when first opened: a calendar is a table, buttons and
        menus, and a page with date fields would build them all when it is shown."""
        if self._calendar is None:
            from PySide6.QtWidgets import QCalendarWidget

            calendar = self._calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setAccessibleName(self.tr("Calendar"))
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            calendar.installEventFilter(self)
        return self._calendar

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # "2026-12-15" or the short form, a margin, and the calendar button.
        text = max(date_examples(), key=len)
        width = self.fontMetrics().horizontalAdvance(text + "MM") + hint.height() + 8
        return QSize(max(hint.width() // 2, width), hint.height())

    # --- value ---------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date typed or picked; None when blank. Raises ValidationError otherwise."""
        return to_date(self.text(), self._what)

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")
        self.setModified(False)

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return False
        return True

    # --- calendar ------------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        try:
            current = self.value()
        except ValidationError:  # not a date: start at today
            current = None
        start = QDate(current.year, current.month, current.day) if current else QDate.currentDate()
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.setText(day.toString("yyyy-MM-dd"))
        self.setModified(True)
        self.setFocus()
        self.dateChosen.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._calendar
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.calendar.hide()
            self.setFocus()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)
