"""A radar (spider) chart painted with QPainter: one strand per series on a fixed axis.

Readable on a projector: thick strands, large axis labels, a legend with each series'
colour, and the scale fixed at 0..maximum so two charts compare at a glance.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workshop_app.ui.models.base import format_number

Series = tuple[str, QColor, list[float | None]]

_RINGS = 4


class RadarChart(QWidget):
    dataChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[str] = []
        self._series: list[Series] = []
        self._maximum = 100.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 220)
        self.setAccessibleName(self.tr("Radar chart of alignment scores"))

    def set_data(self, axes: list[str], series: list[Series], maximum: float = 100) -> None:
        self._axes = list(axes)
        self._series = [(name, QColor(colour), list(values)) for name, colour, values in series]
        self._maximum = float(maximum) or 100.0
        self.setAccessibleDescription(self._describe())
        self.setToolTip(self._describe())
        self.update()
        self.dataChanged.emit()

    def axes(self) -> list[str]:
        return list(self._axes)

    def series(self) -> list[Series]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(480, 400)

    def _describe(self) -> str:
        lines = []
        for name, _, values in self._series:
            parts = [
                f"{axis}: {'–' if v is None else round(v)}"
                for axis, v in zip(self._axes, values, strict=False)
            ]
            lines.append(f"{name} — " + ", ".join(parts))
        return "\n".join(lines)

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(pal.ColorRole.WindowText)
        font = QFont(self.font())
        # Labels scale with the widget so the chart stays readable on a projector.
        font.setPointSizeF(max(self.font().pointSizeF(), min(self.width(), self.height()) / 34))
        painter.setFont(font)
        fm = QFontMetricsF(font)

        legend_h = self._paint_legend(painter, fm, text_colour)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8 - legend_h)
        n = len(self._axes)
        if n < 3:
            painter.setPen(text_colour)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Not enough scores yet"))
            painter.end()
            return
        label_w = max(fm.horizontalAdvance(a) for a in self._axes)
        margin_x = min(label_w + 12, area.width() * 0.3)
        margin_y = fm.height() * 1.6
        radius = max(
            20.0, min((area.width() - 2 * margin_x) / 2, (area.height() - 2 * margin_y) / 2)
        )
        centre = area.center()

        def point(i: int, fraction: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * i / n
            return QPointF(
                centre.x() + radius * fraction * math.cos(angle),
                centre.y() + radius * fraction * math.sin(angle),
            )

        grid = QColor(text_colour)
        grid.setAlpha(70)
        painter.setPen(QPen(grid, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in range(1, _RINGS + 1):
            painter.drawPolygon(QPolygonF([point(i, ring / _RINGS) for i in range(n)]))
        for i in range(n):
            painter.drawLine(centre, point(i, 1.0))
        # ring values along the first axis
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.75)
        painter.setFont(small)
        for ring in range(1, _RINGS):  # the outer value would sit on the first axis label
            p = point(0, ring / _RINGS)
            painter.drawText(p + QPointF(4, -2), f"{round(self._maximum * ring / _RINGS)}")
        painter.setFont(font)

        # Fills stack up where strands overlap: the more strands, the lighter each fill.
        fill_alpha = max(8, 48 // max(1, len(self._series)))
        for name, colour, values in self._series:
            del name
            pts = []
            for i, v in enumerate(values[:n]):
                frac = 0.0 if v is None else max(0.0, min(1.0, v / self._maximum))
                pts.append(point(i, frac))
            fill = QColor(colour)
            fill.setAlpha(fill_alpha)
            painter.setBrush(fill)
            painter.setPen(QPen(colour, max(2.5, radius / 60)))
            painter.drawPolygon(QPolygonF(pts))
            painter.setBrush(colour)
            for i, p in enumerate(pts):
                if values[i] is not None:
                    painter.drawEllipse(p, 3.5, 3.5)

        painter.setPen(text_colour)
        for i, axis in enumerate(self._axes):
            p = point(i, 1.0)
            w = fm.horizontalAdvance(axis)
            dx = p.x() - centre.x()
            if abs(dx) < 1:
                x = p.x() - w / 2
            elif dx > 0:
                x = p.x() + 8
            else:
                x = p.x() - w - 8
            y = p.y() - 6 if p.y() < centre.y() - 1 else p.y() + fm.ascent() + 4
            x = max(area.left(), min(x, area.right() - w))
            painter.drawText(QPointF(x, y), axis)
        painter.end()

    def _paint_legend(self, painter: QPainter, fm: QFontMetricsF, text_colour: QColor) -> float:
        if not self._series:
            return 0.0
        swatch = fm.height() * 0.8
        rows: list[list[tuple[str, QColor, float]]] = [[]]
        row_w = 0.0
        avail = self.width() - 16
        for name, colour, _ in self._series:
            w = swatch + 6 + fm.horizontalAdvance(name) + 18
            if rows[-1] and row_w + w > avail:
                rows.append([])
                row_w = 0.0
            rows[-1].append((name, colour, w))
            row_w += w
        line_h = fm.height() + 4
        top = self.height() - 8 - line_h * len(rows)
        for r, row in enumerate(rows):
            total = sum(w for _, _, w in row)
            x = max(8.0, (self.width() - total) / 2)
            y = top + r * line_h
            for name, colour, w in row:
                painter.fillRect(QRectF(x, y + (line_h - swatch) / 2, swatch, swatch), colour)
                painter.setPen(text_colour)
                painter.drawText(QPointF(x + swatch + 6, y + fm.ascent() + 2), name)
                x += w
        return line_h * len(rows) + 4


class RadarTable(QTableWidget):
    """The radar's figures as a table: its text alternative for screen readers and for
    anyone who cannot tell the series' colours apart. Follows the chart's data."""

    def __init__(self, chart: RadarChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setAccessibleName(self.tr("Alignment scores as a table"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        chart.dataChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        axes, series = self.chart.axes(), self.chart.series()
        self.clear()
        self.setColumnCount(len(axes))
        self.setRowCount(len(series))
        self.setHorizontalHeaderLabels(axes)
        self.setVerticalHeaderLabels([name for name, _, _ in series])
        for row, (_name, _colour, values) in enumerate(series):
            for column, value in enumerate(values):
                text = "–" if value is None else format_number(round(value))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                # Read-only figures: selectable for a screen reader, never editable.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(row, column, item)
        # As tall as its rows, so it never needs its own scroll bar on the page.
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 4)
