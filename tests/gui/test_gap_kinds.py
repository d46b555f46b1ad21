"""Gap kinds in words and the definition index, on the alignment page and the projector."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from workshop_app.analysis import analyse
from workshop_app.analysis.display import percent_text, score_text
from workshop_app.domain.enums import GapKind
from workshop_app.domain.model import Workshop
from workshop_app.ui.models.alignment import GapsModel
from workshop_app.ui.pages.alignment import AlignmentPage
from workshop_app.ui.presentation import PresentationWindow


def test_alignment_page_names_the_kind_of_every_gap_and_the_definition_index(
    qtbot, session
) -> None:
    page = AlignmentPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.refresh()
    a = session.analysis()
    assert f"Definition: {round(a.definition_index)} of 100" in page.index_label.text()
    assert f"Overall alignment: {round(a.overall_index)} of 100" in page.index_label.text()
    model = page.gaps_model
    kinds = {
        model.item(r).question_id: model.index(r, GapsModel.KINDS).data()
        for r in range(model.rowCount())
    }
    for gap in a.gaps:  # the demo has gaps of every kind, some of several
        assert kinds[gap.question_id] == "; ".join(k.label for k in gap.kinds)
    assert {k for g in a.gaps for k in g.kinds} == set(GapKind)
    blind = next(g for g in a.gaps if g.kinds == (GapKind.BLIND_SPOT,))
    # walk down the gap list by keyboard to the blind spot: its heading says why
    page.tabs.setCurrentIndex(1)
    view = page.gap_view
    shown = view.model()  # the sorting proxy in front of the gaps model
    view.setCurrentIndex(shown.index(0, GapsModel.QUESTION))
    row = next(
        r
        for r in range(shown.rowCount())
        if model.item(shown.mapToSource(shown.index(r, 0)).row()).question_id == blind.question_id
    )
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "nobody has defined this yet" in page.gap_heading.text()
    assert f"alignment {round(blind.alignment * 100)}%" in page.gap_heading.text()


def test_presentation_shows_the_definition_index_and_why_each_gap_is_one(
    qtbot, small_demo: Workshop
) -> None:
    revealed = replace(small_demo, details=replace(small_demo.details, revealed=True))
    analysis = analyse(revealed)
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(revealed, analysis)
    window.resize(1280, 720)
    window.show()
    assert f"Definition {score_text(analysis.definition_index)}" in window.heading.text()
    seen: dict[str, str] = {}
    for _ in analysis.gaps:
        qtbot.keyClick(window, Qt.Key.Key_Right)
        _kind, gap = window.current_slide()
        seen[gap.question_id] = window.subheading.text()
    blind = next(g for g in analysis.gaps if g.kinds == (GapKind.BLIND_SPOT,))
    assert seen[blind.question_id].startswith("nobody has defined this yet")
    assert f"Defined {percent_text(blind.definition)}" in seen[blind.question_id]
    undecided = next(g for g in analysis.gaps if GapKind.UNDECIDED in g.kinds)
    names = ", ".join(revealed.partner(p).label for p in undecided.undecided_partners)
    assert f"Does not know: {names}" in seen[undecided.question_id]
    assert all(any(k.label in seen[g.question_id] for k in g.kinds) for g in analysis.gaps), (
        "every slide says why it is a gap"
    )
