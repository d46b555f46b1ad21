"""Every editable table of the app, typed by keyboard alone: Tab goes on along the row,
Enter commits, Escape cancels, and what is stored is exactly what was typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView

from tests.gui.keyboard import focused, open_window, press, stored, type_text
from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Function,
    RightCode,
)
from workshop_app.domain.model import Workshop
from workshop_app.ui.models.base import KEY_ROLE

TAB, RETURN, ESCAPE = Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Escape


@dataclass
class Walk:
    """One table: where it is, how a row is added, what is typed in each cell from
    ``first`` on (None: Tab past the cell unchanged), and where it is stored."""

    page: str
    field: str
    view: str
    add: str
    first: int
    typed: list[str | None]
    rows: Callable[[Workshop], tuple[Any, ...]]
    expected: dict[str, Any]
    text_column: int = 0  # a plain text cell, for the Escape check


def _partner_rights(w: Workshop, key: str) -> dict[str, RightCode]:
    d = next(x for x in w.decisions if x.id == key)
    return {p.id: d.right_of(p.id) for p in w.partners if d.right_of(p.id)}


WALKS = [
    Walk("setup", "", "partners_view", "add_partner_button", 1,
         ["Acme Werke GmbH", "Acme", "Tier-1 supplier", "FTE = 12; test rigs = 3"],
         lambda w: w.partners,
         {"name": "Acme Werke GmbH", "short_name": "Acme", "role": "Tier-1 supplier",
          "capacities": (("FTE", 12.0), ("test rigs", 3.0))}, 1),
    Walk("setup", "", "participants_view", "add_participant_button", 0,
         ["Bea Brandt", "Finance", "Deutsch", "bea.brandt@acme.example"],
         lambda w: w.participants,
         {"name": "Bea Brandt", "function": Function.FINANCE, "language": "de",
          "email": "bea.brandt@acme.example"}),
    Walk("contributions", "", "view", "add_button", 1,
         ["Softw", "Battery management software", "12", "FTE", "2026-03-01", "2027-02-28",
          None, "250000", "eur", "Gate 2", "Releases per quarter", "Ida Roth"],
         lambda w: w.contributions,
         {"category": ContributionCategory.SOFTWARE,
          "description": "Battery management software", "quantity": 12.0, "unit": "FTE",
          "start": date(2026, 3, 1), "end": date(2027, 2, 28), "valuation": 250000.0,
          "currency": "EUR", "milestone_gate": "Gate 2",
          "tracking_metric": "Releases per quarter", "owner": "Ida Roth"}, 2),
    Walk("governance", "bodies", "bodies_view", "add_body_button", 0,
         ["Joint board", "Exe", "Two per partner", "monthly", "Ana Ruiz"],
         lambda w: w.bodies,
         {"name": "Joint board", "kind": "execution", "members": "Two per partner",
          "cadence": "monthly", "chair": "Ana Ruiz"}),
    Walk("governance", "escalation", "escalation_view", "add_escalation_button", 0,
         ["7", "Managing directors", "10", "The directors meet within a week"],
         lambda w: w.escalation_steps,
         {"level": 7, "body": "Managing directors", "time_limit_days": 10,
          "description": "The directors meet within a week"}, 3),
    Walk("governance", "review_points", "reviews_view", "add_review_button", 0,
         ["Year one review", "2027-06-30", "SOP", "continue, narrow", "Once a year"],
         lambda w: w.review_points,
         {"title": "Year one review", "due": date(2027, 6, 30), "milestone": "SOP",
          "scope_options": ("continue", "narrow"), "notes": "Once a year"}),
    Walk("exit", "", "triggers_view", "addTriggersButton", 0,
         ["Change of control", "90"],
         lambda w: w.exit_triggers,
         {"description": "Change of control", "notice_days": 90}),
    Walk("exit", "", "assets_view", "addAssetsButton", 0,
         ["Test rig B", "Tool", None, "Sold to the partner that keeps the line"],
         lambda w: w.shared_assets,
         {"name": "Test rig B", "kind": AssetKind.TOOLING,
          "treatment": "Sold to the partner that keeps the line"}),
    Walk("actions", "", "view", "add_button", 0,
         ["Send the minutes", "Ida Roth", "2026-12-15", "In"],
         lambda w: w.action_items,
         {"title": "Send the minutes", "owner": "Ida Roth", "due": date(2026, 12, 15),
          "status": ActionStatus.IN_PROGRESS}),
]  # fmt: skip


def _button(page: Any, name: str, view: QTableView) -> QPushButton:
    button = getattr(page, name, None) or getattr(getattr(page, "ui", None), name, None)
    if button is None:  # governance: the "Add" button on the table's own tab
        button = next(
            b for b in view.parentWidget().findChildren(QPushButton) if b.text().startswith("&Add")
        )
    return button


@pytest.mark.parametrize("walk", WALKS, ids=[f"{w.page}-{w.view}" for w in WALKS])
def test_a_row_typed_by_keyboard_is_stored_as_typed(qtbot, demo_path: Path, walk: Walk) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate(walk.page, walk.field)
    page = window.page(walk.page)
    view: QTableView = getattr(page, walk.view, None) or getattr(page.ui, walk.view)
    before = {str(getattr(x, "id", "")) for x in walk.rows(stored(demo_path))}
    # Add a row by keyboard: its button, then Space.
    button = _button(page, walk.add, view)
    button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    if focused() is not view:
        press(qtbot, ESCAPE)  # an editor opened on the new row's default name
    assert focused() is view
    key = view.currentIndex().data(KEY_ROLE)
    assert key not in before
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(walk.first):
        press(qtbot, Qt.Key.Key_Right)
    assert view.currentIndex().column() == walk.first
    press(qtbot, Qt.Key.Key_F2)
    for n, text in enumerate(walk.typed):
        assert view.state() == QAbstractItemView.State.EditingState, (n, text)
        assert view.currentIndex().column() == walk.first + n, (n, text)
        assert view.currentIndex().data(KEY_ROLE) == key  # still the same row
        if text is not None:
            type_text(qtbot, text)
        press(qtbot, RETURN if n == len(walk.typed) - 1 else TAB)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    row = next(x for x in walk.rows(stored(demo_path)) if str(x.id) == key)
    for name, value in walk.expected.items():
        assert getattr(row, name) == value, name
    assert window.save_label.text() == "All changes saved"
    # Escape leaves a cell as it was.
    view.setCurrentIndex(view.model().index(view.currentIndex().row(), walk.text_column))
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "99 oops")
    press(qtbot, ESCAPE)
    assert focused() is view
    again = next(x for x in walk.rows(stored(demo_path)) if str(x.id) == key)
    assert again == row


def test_decision_rights_typed_by_keyboard(qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    window.navigate("governance", "decisions")
    page = window.page("governance")
    view = page.decisions_view
    _button(page, "", view).setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is view
    key = view.currentIndex().data(KEY_ROLE)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_F2)
    w = stored(demo_path)
    typed = ["Capex above 5 million", "Budget", None, "D", "C", "I"][: 3 + len(w.partners)]
    for n, text in enumerate(typed):
        assert view.currentIndex().column() == n
        if text is not None:
            type_text(qtbot, text)
        press(qtbot, RETURN if n == len(typed) - 1 else TAB)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    d = next(x for x in stored(demo_path).decisions if x.id == key)
    assert (d.title, d.seam) == ("Capex above 5 million", "Budget")
    codes = [RightCode(c) for c in typed[3:]]
    assert _partner_rights(stored(demo_path), key) == {
        p.id: c for p, c in zip(w.partners, codes, strict=False)
    }
