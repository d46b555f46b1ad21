"""Before Reveal in blind mode nothing derived from the answers is shown, and an export
that contains results asks first."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.keyboard import open_window, press, stored
from workshop_app.cli import main
from workshop_app.storage.store import open_workshop
from workshop_app.ui.pages.actions import ActionsPage
from workshop_app.ui.pages.review import ReviewPage


@pytest.fixture
def blind_path(demo_path: Path) -> Path:
    with open_workshop(demo_path) as store:
        d = store.details()
        store.put(replace(d, blind_mode=True, revealed=False))
    return demo_path


def _shown_text(page: ReviewPage) -> str:
    model = page.view.model()
    cells = [
        str(model.index(r, c).data() or "")
        + " "
        + str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    return " ".join([*cells, page.score_label.text(), page.score_bar.text()])


def test_review_page_shows_no_gap_or_score_before_reveal(qtbot, blind_path) -> None:
    window = open_window(qtbot, blind_path)
    window.navigate("review", "")
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    analysis = window.session.analysis()
    assert analysis.gaps  # the demo has gaps: they must not show
    shown = _shown_text(page)
    for gap in analysis.gaps:
        assert gap.title[:30] not in shown
    assert not re.search(r"alignment \d+%", shown)
    assert "hidden (blind mode)" in shown
    # Revealed: the gaps check is back.
    window.navigate("alignment", "")
    window.page("alignment").reveal_button.click()
    window.navigate("review", "")
    assert "hidden (blind mode)" not in _shown_text(page)


@pytest.mark.parametrize("button", ["term_sheet_button", "pdf_button", "prework_button"])
def test_an_export_before_reveal_asks_and_says_it_reveals(
    qtbot, blind_path, tmp_path, monkeypatch, button: str
) -> None:
    window = open_window(qtbot, blind_path)
    window.navigate("review", "")
    page = window.page("review")
    asked: list[str] = []
    chosen: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda p, t, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel
        ),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: chosen.append("asked") or ("", "")),
    )
    getattr(page, button).setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert len(asked) == 1 and "Anyone who sees the file sees them" in asked[0]
    assert "contains the results" in asked[0] or "answers its participants" in asked[0]
    assert chosen == []  # cancelled: no file is even asked for
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    press(qtbot, Qt.Key.Key_Space)
    assert chosen == ["asked"]  # a deliberate yes goes on to the file name
    assert not stored(blind_path).details.revealed  # an export does not reveal in the app


def test_revealed_exports_do_not_ask(qtbot, demo_path, monkeypatch) -> None:
    window = open_window(qtbot, demo_path)  # the demo is revealed
    window.navigate("review", "")
    page = window.page("review")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: pytest.fail("asked")))
    chosen: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: chosen.append("asked") or ("", "")),
    )
    page.term_sheet_button.click()
    assert chosen == ["asked"]


def test_no_action_items_from_gaps_before_reveal(qtbot, blind_path) -> None:
    window = open_window(qtbot, blind_path)
    window.navigate("actions", "")
    page = window.page("actions")
    assert isinstance(page, ActionsPage)
    before = len(stored(blind_path).action_items)
    assert not page.from_gaps_button.isEnabled()
    page.create_from_gaps()
    assert len(stored(blind_path).action_items) == before


def test_cli_export_of_results_before_reveal_needs_reveal(blind_path, tmp_path, capsys) -> None:
    xlsx = tmp_path / "t.xlsx"
    code = main(["export", str(blind_path), "--xlsx", str(xlsx)])
    err = capsys.readouterr().err
    assert code == 1
    assert "blind mode" in err and "--reveal" in err
    assert not xlsx.exists()
    code = main(["export", str(blind_path), "--json", str(tmp_path / "w.json")])
    assert code == 0  # the interchange file is a copy of the workshop, not a report
    code = main(["export", str(blind_path), "--xlsx", str(xlsx), "--reveal"])
    assert code == 0 and xlsx.exists()
