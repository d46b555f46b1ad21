"""The radar chart paints each series in its colour; the heat map colours read well."""

from __future__ import annotations

from PySide6.QtGui import QColor

from workshop_app.ui.widgets.heatmap import alignment_colour, text_colour_on
from workshop_app.ui.widgets.radar import RadarChart


def _colours(widget: RadarChart) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_each_series_is_drawn_in_its_colour_with_a_legend(qtbot) -> None:
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 420)
    axes = ["Goals", "Strengths", "Governance", "Culture", "Exit path"]
    chart.set_data(
        axes,
        [
            ("Nordwerk – 华辰", QColor("#D1495B"), [80, 60, None, 90, 40]),
            ("华辰 – 한빛", QColor("#2E9E6A"), [20, 30, 40, 50, 60]),
        ],
    )
    seen = _colours(chart)
    assert "#d1495b" in seen and "#2e9e6a" in seen
    assert "华辰 – 한빛" in chart.accessibleDescription()
    assert chart.axes() == axes


def test_without_enough_axes_nothing_breaks(qtbot) -> None:
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 300)
    blank = chart.grab().toImage()
    chart.set_data(["one", "two"], [("x", QColor("#1F5FAD"), [50, 80])])
    image = chart.grab().toImage()
    # No web of two spokes: the series' colour shows only in the legend along the bottom.
    coloured = [
        y
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).name() == "#1f5fad"
    ]
    assert coloured and min(coloured) > image.height() * 0.8
    # The middle says why instead ("Not enough scores yet").
    middle = range(int(image.height() * 0.4), int(image.height() * 0.6))
    assert any(
        image.pixelColor(x, y) != blank.pixelColor(x, y)
        for x in range(image.width())
        for y in middle
    )
    chart.set_data([], [])
    assert not chart.grab().isNull()  # no axes at all paints too


def test_heat_colours_run_red_to_green_with_readable_text() -> None:
    low, high = alignment_colour(0.0), alignment_colour(1.0)
    assert low.red() > low.green() and high.green() > high.red()
    for v in (0.0, 0.25, 0.5, 0.75, 1.0):
        fill = alignment_colour(v)
        text = text_colour_on(fill)
        lum = lambda c: 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()  # noqa: E731
        assert abs(lum(fill) - lum(text)) > 0.3
