"""Presentation mode: the projector screen chosen from a menu (besides S), and a jump
list that can be read from the back of the room."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.gui.screens_probe import run_on_two_screens
from workshop_app.analysis import analyse
from workshop_app.domain.model import Workshop
from workshop_app.ui.presentation import PresentationWindow


def _points(widget: QWidget) -> float:
    return widget.fontInfo().pixelSize() * 72 / widget.logicalDpiY()


def test_the_jump_list_is_read_from_the_back_of_the_room_at_1080p(
    qtbot, small_demo: Workshop
) -> None:
    workshop = replace(small_demo, details=replace(small_demo.details, revealed=True))
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(workshop, analyse(workshop))
    window.resize(1920, 1080)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.height() == 1080)
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_G)
    panel = window.panel
    assert panel.isVisible() and panel.slides.hasFocus()
    for widget in (panel.slides, panel.element, panel.kind, panel.severity, panel.count):
        assert _points(widget) >= 28, (widget.accessibleName(), _points(widget))
    # Every filter's name is shown whole beside its list.
    for label in panel.findChildren(QLabel):
        if label.isVisible():
            assert label.width() >= label.sizeHint().width(), label.text()
    # The list's rows are as tall as their type, and a long gap title wraps inside the
    # panel instead of running out of it.
    first = panel.slides.visualItemRect(panel.slides.item(1))
    assert first.height() >= panel.slides.fontInfo().pixelSize()
    widest = max(
        panel.slides.visualItemRect(panel.slides.item(n)).right()
        for n in range(panel.slides.count())
    )
    assert widest <= panel.slides.viewport().width()
    # Still the same list: Down and Enter jump to the chosen slide.
    qtbot.keyClick(panel.slides, Qt.Key.Key_Down)
    qtbot.keyClick(panel.slides, Qt.Key.Key_Return)
    assert not panel.isVisible() and window.current_number() == 2


def test_the_screen_is_chosen_from_a_menu_on_two_screens(tmp_path: Path) -> None:
    result = run_on_two_screens(tmp_path, "menu")
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    on = [line.split()[1] for line in out.splitlines() if line.startswith("screen")]
    assert on == ["Projector", "Laptop", "Projector"], out  # opens on the second screen
    menus = [line for line in out.splitlines() if line.startswith("menu [")]
    assert len(menus) == 2
    assert "Screen 1: Laptop (1280 × 800)" in menus[0]
    assert "Screen 2: Projector (1920 × 1080)" in menus[0]
    assert "checked=[False, True]" in menus[0] and "checked=[True, False]" in menus[1]
    assert out.count("menu closed=True") == 2
    assert "full=True" in out.splitlines()[-1]
    assert "M  choose the screen" in out
