"""The Deal terms page, used as a facilitator would: pick a head, type, move on; the file
holds what was typed, one undo step per edit; a bad entry is refused with a message."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.keyboard import open_window, press
from workshop_app.domain.heads import HeadStatus
from workshop_app.session import WorkshopSession
from workshop_app.storage.store import open_workshop
from workshop_app.ui.pages.deal_terms import DealTermsPage


@pytest.fixture
def session(qapp, demo_store):
    return WorkshopSession(demo_store)


def _page(qtbot, session) -> DealTermsPage:
    page = DealTermsPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    return page


def _choose_head(qtbot, page: DealTermsPage, number: int) -> None:
    view = page.heads_list
    rect = view.visualItemRect(view.item(number - 1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_key() == view.item(number - 1).data(Qt.ItemDataRole.UserRole)


def _type(qtbot, widget, text: str) -> None:
    """Select what the field holds and type over it (QTest types Latin-1 only), then Tab."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)  # move on: the field is saved on losing focus


def test_typing_a_position_and_agreeing_a_head_is_stored(qtbot, session, demo_path) -> None:
    page = _page(qtbot, session)
    nordwerk = session.workshop().partners[0]
    _choose_head(qtbot, page, 5)  # funding: open, three positions
    assert page.heads_list.currentItem().text().endswith("Open")
    edit = page.position_edits[nordwerk.id]
    steps = session.undo_stack.count()
    _type(qtbot, edit, "Gleiche Drittel; mehr als 10 % nur einstimmig")
    assert session.workshop().head("funding").position_of(nordwerk.id) == (
        "Gleiche Drittel; mehr als 10 % nur einstimmig"
    )
    assert session.undo_stack.count() == steps + 1
    # Agreeing needs the agreed text first: typed, then the status chosen by keyboard.
    _type(qtbot, page.agreed_edit, "Equal thirds; overruns above 10% need all three.")
    page.status_combo.setFocus()
    QTest.keyClicks(page.status_combo, "Agreed")
    head = session.workshop().head("funding")
    assert head.status is HeadStatus.AGREED
    assert head.agreed_text == "Equal thirds; overruns above 10% need all three."
    # Its gap G05 is still open, so the head is shown open (and says why) until resolved.
    assert page.heads_list.item(4).text().endswith("Open")
    assert "Recorded as agreed, but these linked gaps are open: G05." in page.shown.text()
    session.undo_stack.undo()
    assert session.workshop().head("funding").status is HeadStatus.OPEN
    session.undo_stack.redo()
    session.store.close(backup=False)
    with open_workshop(demo_path) as store:
        stored = store.load().head("funding")
    assert stored.status is HeadStatus.AGREED
    assert stored.position_of(nordwerk.id).startswith("Gleiche Drittel")


def test_a_head_with_an_open_gap_is_shown_open_and_a_bad_gap_id_is_refused(qtbot, session) -> None:
    page = _page(qtbot, session)
    _choose_head(qtbot, page, 12)  # exit: recorded agreed, two linked gaps open
    assert page.status_combo.currentData() == HeadStatus.AGREED.value
    assert "Shown as: Open" in page.shown.text()
    assert page.heads_list.item(11).text().endswith("Open")
    before = session.workshop().head("exit")
    _type(qtbot, page.gaps_edit, "X99")
    assert not page.message.isHidden()
    assert "X99 is not a question" in page.message.text()
    assert session.workshop().head("exit") == before  # nothing stored
    assert session.refusals()  # the window says NOT SAVED until it is fixed


def test_the_parties_are_typed_per_partner(qtbot, session) -> None:
    page = _page(qtbot, session)
    _choose_head(qtbot, page, 1)
    assert page.parties_box.isVisible() and not page.positions_box.isVisible()
    hanbit = session.workshop().partners[2]
    _type(qtbot, page.party_edits[(hanbit.id, "register_number")], "110111-0000001")
    assert session.workshop().party(hanbit.id).register_number == "110111-0000001"
    assert session.workshop().party(hanbit.id).seat == "Cheongju, Republic of Korea"


def test_ctrl_7_and_the_readiness_check_lead_to_the_page(qtbot, demo_path) -> None:
    window = open_window(qtbot, demo_path)
    press(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.page_stack.currentWidget()
    assert page.page_id == "deal_terms" and window.nav.currentItem().text() == "Deal terms"
    window.navigate("setup", "")
    check = next(c for c in window.session.analysis().readiness.checks if c.id == "heads.settled")
    assert not check.passed and check.page == "deal_terms"
    window.navigate(check.page, check.field)
    assert window.page_stack.currentWidget() is page
    assert page.heads_list.hasFocus()


def test_before_reveal_no_open_gap_is_shown(qtbot, session) -> None:
    details = session.workshop().details
    assert session.put(dataclasses.replace(details, blind_mode=True, revealed=False), text="hide")
    page = _page(qtbot, session)
    _choose_head(qtbot, page, 12)  # exit: recorded agreed; its open gaps are not shown yet
    assert page.heads_list.item(11).text().endswith("Agreed")
    assert "gaps are open" not in page.shown.text() and "Open:" not in page.linked.text()
    assert "Which are open is shown after Reveal." in page.linked.text()
