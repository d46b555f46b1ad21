"""The actions page: add, edit status, remove with undo, create from open gaps once."""

from __future__ import annotations

from workshop_app.domain.enums import ActionStatus, GapStatus
from workshop_app.ui.models.action_items import ActionItemsModel
from workshop_app.ui.pages.actions import ActionsPage


def _page(qtbot, session) -> ActionsPage:
    page = ActionsPage(session)
    qtbot.addWidget(page)
    page.resize(1060, 660)
    page.show()
    page.refresh()
    return page


def test_add_edit_remove_and_undo(qtbot, session) -> None:
    page = _page(qtbot, session)
    n = page.model.rowCount()
    page.add_button.click()
    assert page.model.rowCount() == n + 1
    row = n
    assert page.model.setData(page.model.index(row, ActionItemsModel.OWNER), "박지훈")
    assert page.model.setData(page.model.index(row, ActionItemsModel.STATUS), "in_progress")
    assert page.model.item(row).status is ActionStatus.IN_PROGRESS
    assert not page.model.setData(page.model.index(row, ActionItemsModel.STATUS), "maybe")
    assert "maybe" in page.message.text()
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.remove_button.click()
    assert page.model.rowCount() == n
    session.undo_stack.undo()
    assert page.model.rowCount() == n + 1
    assert page.model.item(row).owner == "박지훈"


def test_create_from_open_gaps_covers_each_unresolved_gap_once(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.create_from_gaps()
    w, a = session.workshop(), session.analysis()
    covered = [x.question_id for x in w.action_items if x.question_id]
    for gap in a.gaps:
        if gap.status is not GapStatus.RESOLVED:
            assert covered.count(gap.question_id) == 1
    n = len(w.action_items)
    page.create_from_gaps()
    assert len(session.workshop().action_items) == n
    assert "already has an action item" in page.message.text()
    session.undo_stack.undo()  # the creation was one step
    assert len(session.workshop().action_items) < n
