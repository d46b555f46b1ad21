"""File > Restore from backup…: lists the backups with what they hold; restores one as a
single undo step or as a new file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from workshop_app.domain import model
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.restore_dialog import RestoreDialog


@pytest.fixture
def two_backups(demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    with open_workshop(demo_path) as store:
        store.put(dataclasses.replace(store.details(), notes="older state"))
    with open_workshop(demo_path) as store:
        store.delete(store.all(model.Participant)[0])
        store.put(dataclasses.replace(store.details(), notes="newer state"))
    return demo_path


def _dialog(qtbot, path: Path) -> tuple[MainWindow, RestoreDialog]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    window.actions.restore.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def _click_row(dialog: RestoreDialog, row: int) -> None:
    rect = dialog.table.visualItemRect(dialog.table.item(row, 0))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_shows_date_time_and_counts(qtbot, two_backups: Path) -> None:
    window, dialog = _dialog(qtbot, two_backups)
    assert dialog.table.rowCount() == 2
    texts = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert texts[0][2:] == [
        str(b)
        for b in (
            dialog.backups[0].partners,
            dialog.backups[0].participants,
            dialog.backups[0].answers,
        )
    ]
    assert int(texts[1][3]) == int(texts[0][3]) + 1  # the older one still had the person
    assert texts[0][1].count(":") == 2
    dialog.reject()
    window.close_workshop()


def test_restore_here_is_one_undo_step(qtbot, two_backups: Path) -> None:
    window, dialog = _dialog(qtbot, two_backups)
    session = window.session
    assert session is not None
    people_now = len(session.workshop().participants)
    _click_row(dialog, 1)  # the older backup
    QTest.mouseClick(dialog.restore_here, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with open_workshop(two_backups, read_only=True) as store:
        assert store.details().notes == "older state"
        assert store.count(model.Participant) == people_now + 1
    window.actions.undo.trigger()  # one step takes the whole restore back
    with open_workshop(two_backups, read_only=True) as store:
        assert store.details().notes == "newer state"
        assert store.count(model.Participant) == people_now
    window.actions.redo.trigger()
    with open_workshop(two_backups, read_only=True) as store:
        assert store.details().notes == "older state"
    window.close_workshop()


def test_restore_as_a_new_file(
    qtbot, two_backups: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, dialog = _dialog(qtbot, two_backups)
    target = tmp_path / "restored"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _click_row(dialog, 1)
    QTest.mouseClick(dialog.restore_new, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.session.store.path == target.with_suffix(".workshop").resolve()
    assert window.session.workshop().details.notes == "older state"
    window.close_workshop()
    with open_workshop(two_backups, read_only=True) as store:  # the original is untouched
        assert store.details().notes == "newer state"
