"""Charts for the PDF reports, drawn with reportlab.graphics (vector, no Qt).

Each function takes plain numbers and labels from the analysis and returns a Drawing,
which platypus places like any other flowable. Scales are fixed (0-100) so two reports
can be compared by eye.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from workshop_app.exports.pdf_fonts import SANS, fit, font_for_text, printable, string_width
from workshop_app.exports.report_language import tr

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#6B6B6B")
GRID = colors.HexColor("#C9CED6")
BAR = colors.HexColor("#1F5FAD")
BAR_LOW = colors.HexColor("#D1495B")

_Anchor = Literal["start", "middle", "end", "numeric"]  # String's textAnchor values

# Strand colours for partner pairs (up to 15 pairs for 6 partners), apart from the
# partner colours so a strand is not mistaken for one partner.
PAIR_COLOURS: tuple[str, ...] = (
    "#264653",
    "#E76F51",
    "#2A9D8F",
    "#8D5A97",
    "#E9C46A",
    "#5C677D",
    "#B5651D",
    "#3A86FF",
    "#FF006E",
    "#38B000",
    "#9D4EDD",
    "#6D597A",
    "#F77F00",
    "#0081A7",
    "#A7C957",
)


def _drawing(width: float, height: float) -> Drawing:
    # not Helvetica, which would be referenced but never embedded
    d = Drawing(width, height, initialFontName=SANS)
    return d


def pair_colour(index: int) -> colors.Color:
    return colors.HexColor(PAIR_COLOURS[index % len(PAIR_COLOURS)])


def _wrap(text: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    """Break a label into at most ``max_lines`` lines of ``width`` points (last one fitted)."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and string_width(trial, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [fit(line, size, width) for line in lines] or [""]


def _label(
    x: float,
    y: float,
    text: str,
    size: float,
    anchor: _Anchor = "start",
    colour: colors.Color = INK,
    bold: bool = False,
) -> String:
    text = printable(text)
    return String(
        x,
        y,
        text,
        fontName=font_for_text(text, bold),
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


def radar_chart(
    axes: Sequence[str],
    strands: Sequence[tuple[str, Sequence[float | None]]],
    *,
    width: float = 260,
    height: float = 230,
    empty_text: str | None = None,
) -> Drawing:
    """A radar of scores 0-100 on fixed axes; one strand per (label, values) pair.

    A value None (an element without scored questions for that strand) leaves a gap in
    the strand rather than pretending to be zero.
    """
    d = _drawing(width, height)
    n = len(axes)
    cx, cy = width / 2, height / 2 - 4
    radius = min(width / 2 - 62, height / 2 - 26)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n  # first axis straight up, clockwise
        r = radius * max(0.0, min(100.0, value)) / 100
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for level in (20, 40, 60, 80, 100):
        ring = [c for i in range(n) for c in point(i, level)]
        d.add(Polygon(ring, strokeColor=GRID, strokeWidth=0.5, fillColor=None))
        x, y = point(0, level)
        d.add(_label(x + 3, y - 3, str(level), 6, colour=MUTED))
    for i, axis in enumerate(axes):
        x, y = point(i, 100)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
        lines = _wrap(axis, 7, 80)
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx, ly = cx + (radius + 9) * math.cos(angle), cy + (radius + 9) * math.sin(angle)
        anchor: _Anchor = "middle"
        if math.cos(angle) > 0.3:
            anchor = "start"
        elif math.cos(angle) < -0.3:
            anchor = "end"
        if math.sin(angle) > 0.5:  # the top label sits above its spoke
            ly += 2 + 8 * (len(lines) - 1)
        elif math.sin(angle) < -0.5:
            ly -= 8
        for k, line in enumerate(lines):
            d.add(_label(lx, ly - 8 * k, line, 7, anchor))

    drawn = False
    for s, (_, values) in enumerate(strands):
        colour = pair_colour(s)
        points = [(point(i, v) if v is not None else None) for i, v in enumerate(values)]
        present = [p for p in points if p is not None]
        if not present:
            continue
        drawn = True
        if all(p is not None for p in points):
            flat = [c for p in points for c in p]  # type: ignore[union-attr]  # every point is present (checked above)
            # A light fill helps with a few strands; with many it only muddies the chart.
            fill = (
                colors.Color(colour.red, colour.green, colour.blue, 0.08)
                if len(strands) <= 3
                else None
            )
            d.add(
                Polygon(
                    flat,
                    strokeColor=colour,
                    strokeWidth=1.4 if len(strands) <= 6 else 1.0,
                    fillColor=fill,
                )
            )
        else:
            for i in range(n):
                a, b = points[i], points[(i + 1) % n]
                if a is not None and b is not None:
                    d.add(PolyLine([*a, *b], strokeColor=colour, strokeWidth=1.4))
        for p in present:
            d.add(Circle(p[0], p[1], 1.8, fillColor=colour, strokeColor=None))
    if not drawn:
        d.add(_label(cx, cy - 3, empty_text or tr("No scored answers yet"), 8, "middle", MUTED))
    return d


def element_bars(
    rows: Sequence[tuple[str, float | None]],
    *,
    width: float = 480,
    threshold: float | None = None,
    threshold_label: str | None = None,
    missing_text: str | None = None,
) -> Drawing:
    """Horizontal bars 0-100 for each (label, score); scores below threshold in red."""
    label_w = 170.0
    bar_h, gap = 13.0, 7.0
    top_pad, bottom_pad = 6.0, 22.0
    height = top_pad + len(rows) * (bar_h + gap) + bottom_pad
    d = _drawing(width, height)
    x0 = label_w
    span = width - label_w - 30
    y_axis = bottom_pad - 4

    def x_of(value: float) -> float:
        return x0 + span * max(0.0, min(100.0, value)) / 100

    for tick in (0, 25, 50, 75, 100):
        x = x_of(tick)
        d.add(Line(x, y_axis, x, height - top_pad, strokeColor=GRID, strokeWidth=0.5))
        d.add(_label(x, y_axis - 9, str(tick), 7, "middle", MUTED))
    # Drawn before the bars so bars and their values sit on top of the line.
    if threshold is not None:
        x = x_of(threshold)
        d.add(
            Line(
                x,
                y_axis,
                x,
                height - top_pad,
                strokeColor=INK,
                strokeWidth=0.8,
                strokeDashArray=[3, 2],
            )
        )
        text = (threshold_label or tr("gap threshold")) + f" {threshold:.0f}"
        d.add(_label(min(x + 3, width - string_width(text, 6.5)), 2, text, 6.5, colour=MUTED))
    for k, (label, score) in enumerate(rows):
        y = height - top_pad - (k + 1) * (bar_h + gap) + gap / 2
        d.add(_label(x0 - 6, y + 3.5, fit(label, 8, label_w - 10), 8, "end"))
        if score is None:
            d.add(_label(x0 + 4, y + 3.5, missing_text or tr("not scored yet"), 7.5, colour=MUTED))
            continue
        low = threshold is not None and score < threshold
        d.add(
            Rect(
                x0,
                y,
                x_of(score) - x0,
                bar_h,
                fillColor=BAR_LOW if low else BAR,  # type: ignore[arg-type]  # Rect stub lacks Unpack
                strokeColor=None,  # type: ignore[arg-type]  # Rect stub lacks Unpack
            )
        )
        value = f"{score:.0f}"
        d.add(
            Rect(
                x_of(score) + 2,
                y + 1,
                string_width(value, 8, True) + 4,
                bar_h - 2,
                fillColor=colors.white,  # type: ignore[arg-type]  # Rect stub lacks Unpack
                strokeColor=None,  # type: ignore[arg-type]  # Rect stub lacks Unpack
            )
        )
        d.add(_label(x_of(score) + 4, y + 3.5, value, 8, bold=True))
    return d
