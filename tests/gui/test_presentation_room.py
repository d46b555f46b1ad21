"""Presentation mode in a real room: the projector screen, live progress, the gap filter
and jump list, slide numbers, type size and themes, all driven by keys."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.screens_probe import run_on_two_screens
from workshop_app.analysis import analyse
from workshop_app.domain.enums import Element, GapKind
from workshop_app.domain.model import Workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.presentation import PresentationWindow
from workshop_app.ui.presentation_parts import projector_screen


@pytest.fixture
def revealed(small_demo: Workshop) -> Workshop:
    return replace(small_demo, details=replace(small_demo.details, revealed=True))


def _texts(window: PresentationWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def _window(qtbot, workshop: Workshop, height: int = 720) -> PresentationWindow:
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(workshop, analyse(workshop))
    window.resize(height * 16 // 9, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.setFocus()
    return window


def test_the_projector_is_the_second_screen_when_there_is_one() -> None:
    laptop, projector = object(), object()
    assert projector_screen([laptop, projector], laptop) is projector
    assert projector_screen([projector, laptop], laptop) is projector
    assert projector_screen([laptop], laptop) is laptop
    assert projector_screen([], None) is None


def test_progress_slide_follows_answers_as_they_come_in(qtbot, demo_path: Path) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    main.open_path(demo_path)
    main.show()
    main.start_presentation()
    window = main.presentation
    assert window is not None
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert window.current_slide()[0] == "progress"
    session = main.session
    assert session is not None
    workshop = session.workshop()
    nordwerk = next(p for p in workshop.partners if p.label == "Nordwerk")
    people = workshop.participants_of(nordwerk.id)
    total = len(people)
    assert all(p.done for p in people)
    assert f"Nordwerk {total} of {total} done" in _texts(window)
    # A participant reopens the questionnaire (as from a phone): the slide follows.
    session.put(replace(people[0], done=False), text="Not done")
    assert window.current_slide()[0] == "progress"
    assert f"Nordwerk {total - 1} of {total} done" in _texts(window)
    assert f"Nordwerk {total} of {total} done" not in _texts(window)
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    session.put(replace(people[0], done=True), text="Done")  # a closed window is left alone
    assert main.presentation is None


def test_filter_gaps_and_jump_by_keys(qtbot, revealed: Workshop) -> None:
    analysis = analyse(revealed)
    window = _window(qtbot, revealed)
    qtbot.keyClick(window, Qt.Key.Key_G)
    panel = window.panel
    assert panel.isVisible() and panel.slides.hasFocus()
    # Element: choose the first element with gaps, by keys in the combo box.
    element = analysis.gaps[0].element
    panel.element.setFocus()
    for _ in range(len(Element)):
        if panel.element.currentData() == element:
            break
        qtbot.keyClick(panel.element, Qt.Key.Key_Down)
    assert panel.element.currentData() == element
    wanted = [g for g in analysis.gaps if g.element is element]
    assert 0 < len(wanted) < len(analysis.gaps)
    assert window.slide_count() == 1 + len(wanted)
    assert f"{len(wanted)} of {len(analysis.gaps)} gaps shown" in panel.count.text()
    # Jump to the last one in the list with the keyboard.
    panel.slides.setFocus()
    qtbot.keyClick(panel.slides, Qt.Key.Key_End)
    qtbot.keyClick(panel.slides, Qt.Key.Key_Return)
    assert not panel.isVisible()
    kind, gap = window.current_slide()
    assert kind == "gap" and gap == wanted[-1]
    n = len(wanted)
    assert f"Gap {n} of {n}" in window.kicker.text()
    assert f"{n + 1} / {n + 1}" in window.footer.text()
    # Kind and severity narrow further; Esc closes the list, a second Esc leaves.
    qtbot.keyClick(window, Qt.Key.Key_G)
    panel.element.setFocus()
    qtbot.keyClick(panel.element, Qt.Key.Key_Home)
    panel.kind.setFocus()
    for _ in range(len(GapKind)):
        if panel.kind.currentData() == GapKind.DIVERGENCE:
            break
        qtbot.keyClick(panel.kind, Qt.Key.Key_Down)
    assert panel.kind.currentData() == GapKind.DIVERGENCE
    panel.severity.setFocus()
    qtbot.keyClick(panel.severity, Qt.Key.Key_End)
    floor = panel.severity.currentData()
    expected = [g for g in analysis.gaps if GapKind.DIVERGENCE in g.kinds and g.severity >= floor]
    shown = [g for kind, g in window._slides if kind == "gap"]
    assert shown == expected
    qtbot.keyClick(panel.slides, Qt.Key.Key_Escape)
    assert not panel.isVisible() and window.isVisible()
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_question_slides_are_numbered_in_the_questionnaire(qtbot, small_demo: Workshop) -> None:
    questions = list(small_demo.questionnaire.questions())
    third = questions[2]
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_question(small_demo, third)
    window.resize(1280, 720)
    window.show()
    total = len(questions)
    assert f"3 / {total}" in window.footer.text()
    assert f"Question 3 of {total}" in window.kicker.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.heading.text() == questions[3].text
    assert f"4 / {total}" in window.footer.text()
    assert f"Question 4 of {total}" in window.kicker.text()


def test_body_text_is_at_least_28_points_at_1080p(qtbot, revealed: Workshop) -> None:
    window = _window(qtbot, revealed, height=1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    dpi = window.logicalDpiY()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        body = [lab for lab in window.body.findChildren(QLabel) if lab.isVisible()]
        assert body
        for label in [*body, window.subheading]:
            points = label.fontInfo().pixelSize() * 72 / dpi
            assert points >= 28, (label.text(), points)


def test_dark_and_light_themes(qtbot, revealed: Workshop) -> None:
    window = _window(qtbot, revealed)

    def background_lightness() -> float:
        return window.grab().toImage().pixelColor(5, 5).lightnessF()

    assert window.theme() == "light" and background_lightness() > 0.9
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert window.theme() == "dark" and background_lightness() < 0.2
    heading = window.heading.palette().color(window.heading.foregroundRole())
    assert heading.lightnessF() > 0.8  # light text on the dark background
    assert window.current_slide()[0] == "overview"
    radar_text = window.radar.palette().color(window.radar.foregroundRole())
    assert radar_text.lightnessF() > 0.8  # the chart's labels too
    all_partners = window.radar.series()[-1][1]
    assert all_partners.lightnessF() > 0.8  # and its darkest series
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert window.theme() == "light" and background_lightness() > 0.9


def test_gap_slides_name_each_kind_in_words(qtbot, revealed: Workshop) -> None:
    analysis = analyse(revealed)
    window = _window(qtbot, revealed)
    for gap in analysis.gaps[:5]:
        qtbot.keyClick(window, Qt.Key.Key_Right)
        assert window.current_slide()[1] == gap
        for kind in gap.kinds:
            assert kind.label in window.subheading.text()


def test_the_element_filter_lists_every_element(qtbot, revealed: Workshop) -> None:
    window = _window(qtbot, revealed)
    items = [window.panel.element.itemData(i) for i in range(window.panel.element.count())]
    assert items == [None, *(e.value for e in Element)]


def test_opens_on_the_projector_and_s_moves_it_to_the_next_screen(tmp_path: Path) -> None:
    result = run_on_two_screens(tmp_path, "keys")
    assert result.returncode == 0, result.stdout + result.stderr
    on = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("screen")]
    assert on == ["Projector", "Laptop", "Projector"], result.stdout
    first = next(line for line in result.stdout.splitlines() if line.startswith("screen"))
    assert "(1280, 0, 1920, 1080)" in first  # fills the projector
    assert "S  next screen" in result.stdout
