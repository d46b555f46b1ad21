"""The governance page: decision-right cells change the flags; starter list; undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.domain.enums import RightCode
from workshop_app.ui.models.governance import DecisionRightsModel
from workshop_app.ui.pages.governance import GovernancePage, starter_decisions


def _page(qtbot, session) -> GovernancePage:
    page = GovernancePage(session)
    qtbot.addWidget(page)
    page.resize(1060, 660)
    page.show()
    page.refresh()
    return page


def test_setting_a_right_changes_the_flag_and_undo_restores_it(qtbot, session) -> None:
    page = _page(qtbot, session)
    m = page.decisions_model
    add_before = m.rowCount()
    page.add_decision()
    assert m.rowCount() == add_before + 1
    row = m.rowCount() - 1
    assert "No owner" in m.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    first = DecisionRightsModel.FIRST_PARTNER
    assert m.setData(m.index(row, first), RightCode.DECIDES.value)
    assert m.flag(m.item(row)) == ""
    assert m.setData(m.index(row, first + 1), RightCode.DECIDES.value)
    assert "Two or more" in m.flag(m.item(row))
    assert "need attention" in page.flags_label.text()
    session.undo_stack.undo()
    assert m.flag(m.item(row)) == ""
    session.undo_stack.redo()
    assert "Two or more" in m.flag(m.item(row))


def test_starter_decisions_are_added_once(qtbot, session) -> None:
    page = _page(qtbot, session)
    n = len(session.workshop().decisions)
    have = {d.title.casefold() for d in session.workshop().decisions}
    missing = [t for t, _ in starter_decisions() if t.casefold() not in have]
    assert 0 < len(missing) < len(starter_decisions())  # the demo already has one of them
    page.add_starter_decisions()
    titles = [d.title for d in session.workshop().decisions]
    assert len(titles) == n + len(missing)
    assert "Program baseline: architecture" in titles
    page.add_starter_decisions()
    assert len(session.workshop().decisions) == len(titles)
    assert "already" in page.message.text()
    session.undo_stack.undo()
    assert len(session.workshop().decisions) == n


def test_escalation_time_limit_must_be_a_whole_number(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.add_escalation_step()
    m = page.escalation_model
    row = m.rowCount() - 1
    assert not m.setData(m.index(row, m.TIME_LIMIT), "two weeks")
    assert "two weeks" in page.message.text()
    assert m.setData(m.index(row, m.TIME_LIMIT), "21")
    assert m.item(m.rowCount() - 1).time_limit_days == 21


def test_huge_whole_number_in_a_cell_is_refused_with_a_message(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.add_escalation_step()
    m = page.escalation_model
    row = m.rowCount() - 1
    before = m.item(row)
    steps = session.undo_stack.count()
    assert not m.setData(m.index(row, m.TIME_LIMIT), "99999999999999999999")
    assert "beyond any real agreement" in page.message.text()
    assert not m.setData(m.index(row, m.LEVEL), "99999999999999999999")
    assert "at most 100 levels" in page.message.text()
    assert m.item(row) == before
    assert session.undo_stack.count() == steps
    assert session.store.load().escalation_steps == session.workshop().escalation_steps


def test_review_point_without_date_or_milestone_is_refused(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.add_review_point()
    m = page.reviews_model
    row = m.rowCount() - 1
    assert not m.setData(m.index(row, m.DUE), None)
    assert "date or a milestone" in page.message.text()
    assert m.setData(m.index(row, m.MILESTONE), "SOP + 12 months")
    assert m.setData(m.index(row, m.DUE), None)


def test_removing_a_body_clears_its_decisions_and_undo_links_them_again(qtbot, session) -> None:
    page = _page(qtbot, session)
    w = session.workshop()
    body = next(b for b in w.bodies if any(d.body_id == b.id for d in w.decisions))
    linked = [d.id for d in w.decisions if d.body_id == body.id]
    m = page.decisions_model

    def taken_by() -> dict[str, object]:
        """Decision -> body: as the table shows it, as cached, and as stored in the file."""
        shown = {m.item(r).id: m.index(r, m.BODY).data() for r in range(m.rowCount())}
        cached = {d.id: d.body_id for d in session.workshop().decisions}
        stored = {d.id: d.body_id for d in session.store.load().decisions}
        return {i: (shown[i], cached[i], stored[i]) for i in linked}

    page.bodies_view.setCurrentIndex(page.bodies_model.index(page.bodies_model.row_of(body.id), 0))
    assert page.remove_current(page.bodies_view)
    assert set(taken_by().values()) == {("", None, None)}
    session.undo_stack.undo()
    assert set(taken_by().values()) == {(body.name, body.id, body.id)}
    session.undo_stack.redo()
    assert set(taken_by().values()) == {("", None, None)}


def test_focus_field_opens_the_right_tab(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.focus_field("review_points")
    assert page.tabs.currentIndex() == 3
    page.focus_field("decision_rights")
    assert page.tabs.currentIndex() == 0
