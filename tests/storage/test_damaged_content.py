"""Damage SQLite's page check cannot see (bad text, JSON, timestamps, stale indexes) is
refused by every command and the app with one line, before anything is locked or
changed, and the refusal names the newest healthy backup."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from tests.storage.damage import CONTENT_DAMAGE
from workshop_app import cli
from workshop_app.domain.errors import FileFormatError
from workshop_app.storage import backups
from workshop_app.storage.store import open_workshop


def _state(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def with_backup(demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The demo, edited once (so a healthy backup exists), then closed."""
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    with open_workshop(demo_path) as store:
        store.put(dataclasses.replace(store.details(), notes="before the damage"))
    assert len(backups.list_backups(demo_path)) == 1
    return demo_path


@pytest.mark.parametrize("damage", sorted(CONTENT_DAMAGE))
def test_every_command_refuses_damaged_content_in_one_line(
    with_backup: Path, damage: str, tmp_path: Path, capsys
) -> None:
    path = with_backup
    CONTENT_DAMAGE[damage](path)
    before = _state(path)
    newest = backups.list_backups(path)[0].path
    for argv in (
        ["check", str(path)],
        ["info", str(path)],
        ["export", str(path), "--json", str(tmp_path / "out.json")],
        ["import-answers", str(path), str(tmp_path / "none.csv")],
    ):
        assert cli.main(argv) == 1, argv
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1, err
        assert "Traceback" not in err
        assert f"'{path.name}' is damaged (" in err
        assert str(newest) in err and "workshop-app restore" in err
    assert _state(path) == before  # not locked, not switched to WAL, not touched
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("damage", sorted(CONTENT_DAMAGE))
def test_the_app_refuses_damaged_content_before_setting_anything_up(
    qtbot, with_backup: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workshop_app.ui.mainwindow import MainWindow

    path = with_backup
    CONTENT_DAMAGE[damage](path)
    before = _state(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    asked: list[str] = []

    def decline(_p, _t, text, *a):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(path)
    assert window.session is None and window.stack.currentWidget() is window.start
    assert not shown  # one dialog: the problem, and the offer of the newest backup
    assert "is damaged (" in asked[0] and "newest healthy backup" in asked[0]
    assert "Put the newest healthy backup in its place" in asked[0]
    assert "is damaged (" in window.start.message.text()
    assert _state(path) == before


def test_the_app_puts_the_newest_backup_in_place_of_a_damaged_file(
    qtbot, with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workshop_app.ui.mainwindow import MainWindow

    path = with_backup
    CONTENT_DAMAGE["index-out-of-step"](path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    assert window.session is not None and not window.session.read_only
    assert window.session.workshop().details.notes == "before the damage"
    window.close_workshop()
    assert cli.main(["check", str(path)]) == 0


def test_restore_repairs_a_damaged_file_from_the_newest_backup(with_backup: Path, capsys) -> None:
    path = with_backup
    CONTENT_DAMAGE["invalid-utf8"](path)
    assert cli.main(["restore", str(path), "1"]) == 0, capsys.readouterr().err
    assert "the damaged file was kept as" in capsys.readouterr().out
    assert cli.main(["check", str(path)]) == 0
    with open_workshop(path, read_only=True) as store:
        assert store.details().notes == "before the damage"
    # The damaged file is kept (in the backup folder), not counted as a backup.
    folder = backups.backup_folder(path)
    assert any(".damaged-" in p.name for p in folder.iterdir())
    assert len(backups.list_backups(path)) == 1


def test_a_damaged_file_without_backups_names_the_backup_folder(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    CONTENT_DAMAGE["bad-timestamp"](demo_path)
    with pytest.raises(FileFormatError) as caught:
        open_workshop(demo_path)
    assert str(backups.backup_folder(demo_path)) in str(caught.value)
    assert "answers, row 2" in str(caught.value)


def test_a_damaged_backup_is_not_offered(with_backup: Path) -> None:
    path = with_backup
    shutil.copy(path, path.with_name("spare.workshop"))
    CONTENT_DAMAGE["broken-questionnaire"](backups.list_backups(path)[0].path)
    CONTENT_DAMAGE["bad-json-list"](path)
    with pytest.raises(FileFormatError) as caught:
        open_workshop(path)
    assert "No healthy backup" in str(caught.value)
