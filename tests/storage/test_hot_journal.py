"""A writer killed mid-save (e.g. while closing) leaves a hot journal: every command and
the app open such a file with its data; where it cannot be repaired the message says
what to do, and never to delete the journal."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.storage.crash_helpers import leave_hot_journal
from workshop_app import cli
from workshop_app.domain import model
from workshop_app.storage import opening as store_module
from workshop_app.storage.health import has_hot_journal
from workshop_app.storage.lock import WriterLock
from workshop_app.storage.store import RepairNeededError, open_workshop


def _comments(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT comment FROM answers ORDER BY rowid")]
    finally:
        conn.close()


@pytest.fixture
def crashed(demo_path: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """The demo as a kill during close leaves it, and the comments it had before."""
    before = _comments(demo_path)
    leave_hot_journal(demo_path)
    assert has_hot_journal(demo_path)
    return demo_path, before


@pytest.mark.parametrize(
    "command",
    [["check"], ["info"], ["info", "--json"], ["export", "--json", "OUT"]],
    ids=["check", "info", "info-json", "export"],
)
def test_every_command_opens_a_file_left_with_a_hot_journal(
    crashed: tuple[Path, list[str]], command: list[str], tmp_path: Path, capsys
) -> None:
    path, before = crashed
    argv = [c.replace("OUT", str(tmp_path / "out.json")) for c in command]
    assert cli.main([argv[0], str(path), *argv[1:]]) == 0, capsys.readouterr().err
    assert not has_hot_journal(path)
    assert _comments(path) == before  # rolled back to the last complete state
    with open_workshop(path, read_only=True) as store:
        assert store.integrity_check() == []
        assert len(store.all(model.Answer)) == len(before)


def test_the_app_opens_a_file_left_with_a_hot_journal(
    qtbot, crashed: tuple[Path, list[str]]
) -> None:
    from workshop_app.ui.mainwindow import MainWindow

    path, before = crashed
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    assert window.session is not None and not window.session.read_only
    assert [a.comment for a in window.session.workshop().answers] == before
    window.close_workshop()


def test_a_hot_journal_on_a_file_that_may_not_be_changed_is_explained(
    crashed: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path, _ = crashed
    journal = path.with_name(path.name + "-journal")
    kept = (path.read_bytes(), journal.read_bytes(), path.stat().st_mtime_ns)
    path.chmod(0o444)
    # Root may write anyway; the permission check is what the message is about.
    monkeypatch.setattr(store_module.os, "access", lambda p, mode: False)
    assert cli.main(["check", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "left half-saved" in err and "permission to change" in err
    assert f"Keep '{journal.name}' beside it" in err
    assert "delete" not in err.lower()
    with pytest.raises(RepairNeededError):
        open_workshop(path, read_only=True)
    assert (path.read_bytes(), journal.read_bytes(), path.stat().st_mtime_ns) == kept
    path.chmod(0o644)


def test_a_copy_with_its_journal_in_a_writable_folder_opens(
    crashed: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """What the message above advises: copy the file with its journal, open the copy."""
    path, before = crashed
    elsewhere = tmp_path / "mine"
    elsewhere.mkdir()
    shutil.copy(path, elsewhere / path.name)
    shutil.copy(path.with_name(path.name + "-journal"), elsewhere / (path.name + "-journal"))
    with open_workshop(elsewhere / path.name, read_only=True) as store:
        assert [a.comment for a in store.all(model.Answer)] == before


def test_a_hot_journal_while_another_writer_holds_the_file_names_it(
    crashed: tuple[Path, list[str]], capsys
) -> None:
    path, _ = crashed
    other = WriterLock(path, "workshop-app import-answers")
    other.acquire()
    try:
        assert cli.main(["info", "--json", str(path)]) == 1
        err = capsys.readouterr().err
        assert "workshop-app import-answers (process" in err
        assert "delete" not in err.lower()
    finally:
        other.release()
    assert cli.main(["info", "--json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["answers"] > 0


def test_the_app_explains_a_file_it_cannot_repair_once(
    qtbot, crashed: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No offer to open read-only: that could not work before the repair either."""
    from PySide6.QtWidgets import QMessageBox

    from workshop_app.ui.mainwindow import MainWindow

    path, _ = crashed
    monkeypatch.setattr(store_module.os, "access", lambda p, mode: False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("offered read-only"))
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(path)
    assert len(shown) == 1 and "left half-saved" in shown[0]
    assert has_hot_journal(path)
