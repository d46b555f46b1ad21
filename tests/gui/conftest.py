"""Fixtures the GUI tests share: a data folder of their own and the interface back in
English after each test, a session on the demo, and the main window with a workshop
open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.session import WorkshopSession
from workshop_app.ui.language import apply_language, current_language
from workshop_app.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def isolated_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Settings, recent files, backups and logs in this test's own folder; the
    translators are the application's, so a test that changes language leaves it in
    English for the next."""
    folder = tmp_path / "data"
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(folder))
    yield folder
    if current_language() != "en":
        apply_language("en")


@pytest.fixture
def session(qtbot, demo_store) -> Iterator[WorkshopSession]:
    """A session on a fresh copy of the small demo (closed by ``demo_store``)."""
    yield WorkshopSession(demo_store)


@pytest.fixture
def window(qtbot, path: Path) -> MainWindow:
    """The main window, shown and active, with the workshop of the test file's ``path``
    fixture open."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    assert w.open_path(path)
    return w
