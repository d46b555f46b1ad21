"""The contributions page: add, bad number, remove and undo, capacity warning."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from workshop_app.storage.store import open_workshop
from workshop_app.ui.models.contributions import ContributionsModel
from workshop_app.ui.pages.contributions import ContributionsPage


def _page(qtbot, session) -> ContributionsPage:
    page = ContributionsPage(session)
    qtbot.addWidget(page)
    page.resize(1060, 660)
    page.show()
    page.refresh()
    return page


def test_add_a_contribution_type_a_bad_then_a_good_number(qtbot, session, demo_path) -> None:
    page = _page(qtbot, session)
    n = len(session.workshop().contributions)
    page.add_button.click()
    assert len(session.workshop().contributions) == n + 1
    new_id = page.model.item(page.view.currentIndex().row()).id
    row = page.model.row_of(new_id)
    index = page.model.index(row, ContributionsModel.QUANTITY)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("zwölf")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on the next event loop turn
    qtbot.waitUntil(lambda: not page.message.isHidden())
    assert "zwölf" in page.message.text() and "Quantity" in page.message.text()
    stored = next(c for c in session.workshop().contributions if c.id == new_id)
    assert stored.quantity is None

    assert page.model.setData(page.model.index(row, ContributionsModel.QUANTITY), "12")
    assert page.model.setData(page.model.index(row, ContributionsModel.DESCRIPTION), "王芳 team")
    session.store.close(backup=False)
    with open_workshop(demo_path) as store:
        again = next(c for c in store.load().contributions if c.id == new_id)
    assert again.quantity == 12 and again.description == "王芳 team"


def test_remove_is_undoable(qtbot, session) -> None:
    page = _page(qtbot, session)
    before = session.workshop().contributions
    page.view.setCurrentIndex(page.model.index(0, 0))
    gone = page.model.item(0)
    page.remove_button.click()
    assert gone not in session.workshop().contributions
    assert page.model.rowCount() == len(before) - 1
    session.undo_stack.undo()
    assert gone in session.workshop().contributions
    assert page.model.rowCount() == len(before)
    session.undo_stack.redo()
    assert gone not in session.workshop().contributions


def test_capacity_warning_appears_when_promises_overlap(qtbot, session) -> None:
    page = _page(qtbot, session)
    w = session.workshop()
    c = w.contributions[0]
    partner = w.partner(c.partner_id)

    def warned() -> bool:
        return not page.warning.isHidden() and partner.label in page.warning.text()

    def row_tip() -> str:
        index = page.model.index(page.model.row_of(c.id), 0)
        return str(index.data(Qt.ItemDataRole.ToolTipRole) or "")

    # Room for everything first: no warning about this partner, and none on the row.
    session.put(replace(partner, capacities=((c.unit, 1e9),)), text="room")
    session.put(replace(c, quantity=1.0), text="small")
    assert not warned()
    assert "beyond its declared capacity" not in row_tip()
    # Then a promise beyond the declared capacity.
    session.put(replace(partner, capacities=((c.unit, 1.0),)), text="capacity")
    session.put(replace(c, quantity=5.0), text="qty")
    assert warned()
    assert partner.label in row_tip() and "beyond its declared capacity" in row_tip()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert not warned()
    assert "beyond its declared capacity" not in row_tip()


def test_edit_undo_redo(qtbot, session) -> None:
    page = _page(qtbot, session)
    c = page.model.item(0)
    assert page.model.setData(page.model.index(0, ContributionsModel.OWNER), "Jörg Weiß")
    assert page.model.item(0).owner == "Jörg Weiß"
    session.undo_stack.undo()
    assert page.model.item(0).owner == c.owner
    session.undo_stack.redo()
    assert page.model.item(0).owner == "Jörg Weiß"
