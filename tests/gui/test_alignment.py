"""The alignment page: reveal, resolve a gap and find it after reopening, undo/redo."""

from __future__ import annotations

from dataclasses import replace

from workshop_app.domain.enums import GapStatus
from workshop_app.storage.store import open_workshop
from workshop_app.ui.pages.alignment import AlignmentPage


def _page(qtbot, session) -> AlignmentPage:
    page = AlignmentPage(session)
    qtbot.addWidget(page)
    page.resize(1060, 660)
    page.show()
    page.refresh()
    return page


def test_blind_workshop_is_hidden_until_revealed_and_undo_hides_it_again(qtbot, session) -> None:
    d = session.workshop().details
    session.put(replace(d, blind_mode=True, revealed=False), text="hide")
    page = _page(qtbot, session)
    assert page.stack.currentWidget() is page.hidden_panel
    assert page.hidden_panel.isVisible() and not page.tabs.isVisible()
    assert page.gaps_model.rowCount() == 0  # no gap is listed, not even off screen
    page.reveal_button.click()
    assert session.workshop().details.revealed
    assert page.stack.currentWidget() is page.tabs
    assert page.gaps_model.rowCount() > 0
    session.undo_stack.undo()
    assert page.stack.currentWidget() is page.hidden_panel
    session.undo_stack.redo()
    assert page.stack.currentWidget() is page.tabs


def test_resolving_needs_an_agreed_position_then_survives_reopening(qtbot, session, demo_path):
    page = _page(qtbot, session)
    gap = page._gap()
    assert gap is not None
    page.owner_edit.setText("Dr. Katrin Schäfer")
    page.due_edit.setText("2027-03-31")
    page.status_combo.setCurrentIndex(page.status_combo.findData(GapStatus.RESOLVED.value))
    page.agreed_edit.setPlainText("")
    assert not page.save_discussion()
    assert not page.gap_message.isHidden()
    assert "agreed position" in page.gap_message.text()
    assert session.workshop().gap_discussion(gap.question_id).status is not GapStatus.RESOLVED

    page.agreed_edit.setPlainText("王芳's office owns the baseline; 한빛배터리 is consulted.")
    assert page.save_discussion()
    assert page.gap_message.isHidden()
    session.store.close(backup=False)
    with open_workshop(demo_path) as store:
        d = store.load().gap_discussion(gap.question_id)
    assert d.status is GapStatus.RESOLVED
    assert d.owner == "Dr. Katrin Schäfer"
    assert d.due is not None and d.due.isoformat() == "2027-03-31"
    assert "한빛배터리" in d.agreed_position


def test_discussion_edit_is_one_undo_step(qtbot, session) -> None:
    page = _page(qtbot, session)
    gap = page._gap()
    before = session.workshop().gap_discussion(gap.question_id)
    page.owner_edit.setText("Anna Köhler")
    assert page.save_discussion()
    assert session.workshop().gap_discussion(gap.question_id).owner == "Anna Köhler"
    session.undo_stack.undo()
    assert session.workshop().gap_discussion(gap.question_id) == before
    assert page.owner_edit.text() == before.owner
    session.undo_stack.redo()
    assert page.owner_edit.text() == "Anna Köhler"


def test_action_item_from_a_gap_once(qtbot, session) -> None:
    page = _page(qtbot, session)
    # a gap that no action item refers to yet
    covered = {a.question_id for a in session.workshop().action_items}
    qid = next(g.question_id for g in session.analysis().gaps if g.question_id not in covered)
    page._select_gap(qid)
    n = len(session.workshop().action_items)
    page.add_action_button.click()
    items = session.workshop().action_items
    assert len(items) == n + 1
    assert any(a.question_id == qid for a in items)
    page.add_action_button.click()
    assert len(session.workshop().action_items) == n + 1
    assert "already has an action item" in page.gap_message.text()


def test_no_participant_names_in_the_gap_view(qtbot, session) -> None:
    page = _page(qtbot, session)
    w = session.workshop()
    names = [p.name for p in w.participants]
    labels = [p.label for p in w.partners]
    assert page.gaps_model.rowCount() > 0  # the demo has gaps: the loop below checks them
    for row in range(page.gaps_model.rowCount()):
        page._select_gap(page.gaps_model.item(row).question_id)
        text = page.positions_label.text()
        assert any(label in text for label in labels), text  # positions shown, by partner
        assert not any(name in text for name in names)


def test_radar_switches_between_overall_and_pairs(qtbot, session) -> None:
    page = _page(qtbot, session)
    assert len(page.radar.series()) == 1
    page.radar_mode.setCurrentIndex(1)
    assert len(page.radar.series()) == 3
    assert len(page.radar.axes()) == 5


def test_heat_map_headers_show_the_whole_pair_names(qtbot, session) -> None:
    page = _page(qtbot, session)
    header = page.heat_view.horizontalHeader()
    assert page.heat_model.columnCount() == 3
    for column in range(page.heat_model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
