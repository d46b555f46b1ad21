"""Presentation mode: slides, keys, blind mode, no participant names."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from workshop_app.analysis import analyse
from workshop_app.domain.model import Workshop
from workshop_app.ui.presentation import PresentationWindow


@pytest.fixture
def revealed(small_demo: Workshop) -> Workshop:
    return replace(small_demo, details=replace(small_demo.details, revealed=True))


def _texts(window: PresentationWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def test_overview_then_one_gap_per_slide_by_keys(qtbot, revealed: Workshop) -> None:
    analysis = analyse(revealed)
    assert analysis.gaps, "the demo has gaps to present"
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(revealed, analysis)
    window.resize(1280, 720)
    window.show()
    assert window.slide_count() == 1 + len(analysis.gaps)
    assert window.current_slide()[0] == "overview"
    assert f"{analysis.overall_index:.0f}" in window.heading.text()
    assert window.radar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    kind, gap = window.current_slide()
    assert kind == "gap" and gap is analysis.gaps[0]
    shown = _texts(window)
    for partner_id in analysis.questions[gap.question_id].positions:
        assert revealed.partner(partner_id).label in shown
    names = [p.name for p in revealed.participants]
    for _ in range(len(analysis.gaps)):
        kind, gap = window.current_slide()
        rows = [
            label
            for label in window.findChildren(QLabel)
            if label.objectName() == "presPartner" and label.isVisible()
        ]
        assert len(rows) == len(analysis.questions[gap.question_id].positions)  # no leftovers
        shown = _texts(window)
        assert not [n for n in names if n in shown], "no participant names on a projector"
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.current_slide()[1] is analysis.gaps[-1]  # stops at the last slide
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current_slide()[1] is analysis.gaps[-3]
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_blind_workshop_shows_no_results(qtbot, small_demo: Workshop) -> None:
    blind = replace(
        small_demo, details=replace(small_demo.details, blind_mode=True, revealed=False)
    )
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(blind, analyse(blind))
    window.show()
    assert window.slide_count() == 1
    assert "not revealed" in window.heading.text()
    assert not window.radar.isVisible()


def test_current_question_slide(qtbot, small_demo: Workshop) -> None:
    question = next(small_demo.questionnaire.questions())
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_question(small_demo, question)
    window.show()
    assert window.heading.text() == question.text
    shown = _texts(window)
    for _point, anchor in question.anchors:
        assert anchor in shown


def test_type_grows_with_the_screen(qtbot, revealed: Workshop) -> None:
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(revealed, analyse(revealed))
    window.resize(1280, 720)
    window.show()
    small = window.heading.font().pixelSize()
    window.resize(3840, 2160)
    qtbot.waitUntil(lambda: window.height() == 2160)
    assert window.heading.font().pixelSize() >= 2.5 * small


def test_a_sensitive_question_is_presented_with_its_notice(qtbot, revealed: Workshop) -> None:
    from workshop_app.domain.questionnaire import SENSITIVE_NOTICE

    analysis = analyse(revealed)
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(revealed, analysis)
    window.resize(1280, 720)
    window.show()
    seen = {True: 0, False: 0}
    for _ in range(len(analysis.gaps)):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        _, gap = window.current_slide()
        sensitive = revealed.questionnaire.question(gap.question_id).sensitive
        assert (SENSITIVE_NOTICE in _texts(window)) == sensitive, gap.question_id
        seen[sensitive] += 1
    assert seen[True] and seen[False]
