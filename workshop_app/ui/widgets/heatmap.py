"""Colouring delegate for the heat map: red (far apart) to green (aligned), text on top.

The colour comes from the model's precomputed alignment (ALIGNMENT_ROLE); the text
colour is picked by the fill's lightness so the value stays readable on any cell.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workshop_app.ui.models.alignment import ALIGNMENT_ROLE

_LOW = QColor("#C8374A")
_MID = QColor("#F2C14E")
_HIGH = QColor("#2E9E6A")


def alignment_colour(value: float) -> QColor:
    """0 -> red, 0.5 -> amber, 1 -> green, blended linearly."""
    v = max(0.0, min(1.0, value))
    a, b, t = (_LOW, _MID, v / 0.5) if v < 0.5 else (_MID, _HIGH, (v - 0.5) / 0.5)
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def text_colour_on(fill: QColor) -> QColor:
    # Relative luminance (sRGB weights); dark text on light fills, white on dark ones.
    lum = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#111111") if lum > 0.5 else QColor("#FFFFFF")


class HeatMapDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(ALIGNMENT_ROLE)
        rect = option.rect
        painter.save()
        if value is None:
            painter.fillRect(rect, option.palette.base())
            painter.setPen(option.palette.color(option.palette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–")
        else:
            fill = alignment_colour(float(value))
            painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
            painter.setPen(text_colour_on(fill))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data() or ""))
        state = option.state
        if state & QStyle.StateFlag.State_Selected or state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(option.palette.color(option.palette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()
