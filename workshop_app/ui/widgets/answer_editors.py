"""Small answer editors of the questionnaire that must never keep text the person did not type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QWidget

# Large enough never to refuse a typed digit: a total beyond the required sum is shown
# as "too many" beside the boxes instead of the box silently dropping the digit.
POINTS_LIMIT = 1_000_000


class PointsBox(QDoubleSpinBox):
    """A number box for split points: what is typed replaces what is shown.

    Reached by Tab, by a click or by the page putting the cursor there, its whole
    content is selected, so typing 10 over "0" gives 10, not 100.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, POINTS_LIMIT)
        self.setGroupSeparatorShown(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # The click that brought the focus places the cursor after this: select again.
            QTimer.singleShot(0, self.selectAll)


class NoWheelFilter(QObject):
    """Keeps the mouse wheel from changing a combo box it only passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox):
            return True
        return super().eventFilter(watched, event)
