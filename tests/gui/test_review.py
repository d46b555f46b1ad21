"""The review page: readiness links navigate; export buttons write files off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop_app.session import WorkshopSession
from workshop_app.ui.models.readiness import ReadinessModel
from workshop_app.ui.pages.review import ReviewPage


def _page(qtbot, session) -> ReviewPage:
    page = ReviewPage(session)
    qtbot.addWidget(page)
    page.resize(1060, 660)
    page.show()
    page.refresh()
    return page


def test_failed_check_emits_navigation_to_its_page_and_field(qtbot, session) -> None:
    page = _page(qtbot, session)
    r = session.analysis().readiness
    assert page.score_label.text().count(str(r.passed)) >= 1
    row, check = next((i, c) for i, c in enumerate(r.checks) if not c.passed and c.page)
    page.view.setCurrentIndex(page.model.index(row, ReadinessModel.CHECK))
    assert page.fix_button.isEnabled()
    with qtbot.waitSignal(page.navigateRequested) as blocker:
        page.fix_button.click()
    assert blocker.args == [check.page, check.field]
    passed_row = next(i for i, c in enumerate(r.checks) if c.passed)
    page.view.setCurrentIndex(page.model.index(passed_row, 0))
    assert not page.fix_button.isEnabled()


@pytest.mark.parametrize(
    ("button", "suffix", "magic"),
    [
        ("term_sheet_button", "xlsx", b"PK"),
        ("pdf_button", "pdf", b"%PDF"),
        ("prework_button", "xlsx", b"PK"),
    ],
)
def test_export_writes_the_file(qtbot, session, tmp_path, monkeypatch, button, suffix, magic):
    page = _page(qtbot, session)
    assert getattr(page, button).isEnabled(), getattr(page, button).toolTip()
    target = tmp_path / f"export 한빛.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Close,
    )
    with qtbot.waitSignal(page.exportFinished, timeout=60000) as blocker:
        getattr(page, button).click()
    assert Path(blocker.args[0]) == target
    assert target.read_bytes().startswith(magic)
    assert asked and target.name in asked[0]


def test_cancelled_dialog_exports_nothing(qtbot, session, tmp_path, monkeypatch) -> None:
    from workshop_app.ui import tasks

    page = _page(qtbot, session)
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(a[2]) or ("", "")
    )
    started: list[str] = []
    # Recorded, not run: an export begun here would finish after the test looked.
    monkeypatch.setattr(tasks, "run_task", lambda parent, title, *a: started.append(title))
    page.term_sheet_button.click()
    assert offered and offered[0].endswith("term sheet.xlsx")  # the dialog was shown
    assert started == []  # and, cancelled, no export began (it would run off the UI thread)
    assert page.term_sheet_button.isEnabled() and page.pdf_button.isEnabled()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_prework_export_waits_for_a_partner(qtbot, qapp, tmp_path: Path) -> None:
    from workshop_app.exchange.templates import default_template
    from workshop_app.storage.store import create_workshop, new_workshop

    store = create_workshop(tmp_path / "leer.workshop", new_workshop("Leer", default_template()))
    try:
        page = _page(qtbot, WorkshopSession(store))
        assert not page.prework_button.isEnabled()
        assert "Setup" in page.prework_button.toolTip()
        assert page.term_sheet_button.isEnabled() and page.pdf_button.isEnabled()
    finally:
        store.close(backup=False)
