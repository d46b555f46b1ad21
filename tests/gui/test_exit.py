"""The exit and change page: a terms field saved on leaving it, one undo step; tables."""

from __future__ import annotations

from workshop_app.storage.store import open_workshop
from workshop_app.ui.pages.exit import ExitPage


def _page(qtbot, session) -> ExitPage:
    page = ExitPage(session)
    qtbot.addWidget(page)
    page.resize(1060, 660)
    page.show()
    page.refresh()
    return page


def test_terms_field_saves_as_one_undo_step_and_survives_reopening(qtbot, session, demo_path):
    page = _page(qtbot, session)
    before = session.workshop().exit_terms.notice_period
    page.ui.noticeEdit.setPlainText("12 Monate schriftlich; 通知期 12个月")
    assert page.save_field("notice_period")
    assert session.undo_stack.count() == 1
    assert page.save_field("notice_period")  # nothing changed: no second step
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.workshop().exit_terms.notice_period == before
    assert page.ui.noticeEdit.toPlainText() == before
    session.undo_stack.redo()
    session.store.close(backup=False)
    with open_workshop(demo_path) as store:
        assert store.load().exit_terms.notice_period == "12 Monate schriftlich; 通知期 12个月"


def test_nul_character_is_refused_with_a_message(qtbot, session) -> None:
    page = _page(qtbot, session)
    before = session.workshop().exit_terms
    page.ui.obligationsEdit.setPlainText("bad\x00text")
    assert not page.save_field("obligations")
    assert not page.message.isHidden()
    assert session.workshop().exit_terms == before


def test_triggers_and_assets_add_edit_remove(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.add_trigger()
    m = page.triggers_model
    row = m.rowCount() - 1
    assert not m.setData(m.index(row, m.NOTICE_DAYS), "soon")
    assert "soon" in page.message.text()
    assert m.setData(m.index(row, m.NOTICE_DAYS), "90")
    assert m.item(row).notice_days == 90

    page.add_asset()
    a = page.assets_model
    row = a.rowCount() - 1
    assert "No treatment" in a.flag(a.item(row))
    assert a.setData(a.index(row, a.TREATMENT), "Licensed to each partner royalty-free")
    assert a.flag(a.item(row)) == ""
    page.assets_view.setCurrentIndex(a.index(row, 0))
    n = a.rowCount()
    page.ui.removeAssetsButton.click()
    assert a.rowCount() == n - 1
    session.undo_stack.undo()
    assert a.rowCount() == n
