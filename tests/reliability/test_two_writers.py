"""Two writers on one workshop: the app and a command, and two app windows reaching the
same file through a hard link. The second is refused (offered read-only in the app);
nothing the first saved is lost."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_app.domain import model
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _edit_answers(window: MainWindow, start: int, count: int) -> dict[tuple[str, str], str]:
    session = window.session
    assert session is not None
    done = {}
    for n, answer in enumerate(session.workshop().answers[start : start + count]):
        comment = f"window edit {start + n}"
        assert session.put(dataclasses.replace(answer, comment=comment), text="edit")
        done[(answer.participant_id, answer.question_id)] = comment
    return done


def _stored(path: Path) -> dict[tuple[str, str], str]:
    with open_workshop(path, read_only=True) as store:
        return {(a.participant_id, a.question_id): a.comment for a in store.all(model.Answer)}


def test_the_app_and_a_command(qtbot, demo_path: Path, tmp_path: Path) -> None:
    window = _window(qtbot)
    assert window.open_path(demo_path)
    saved = _edit_answers(window, 0, 20)
    workshop = window.session.workshop()
    person = workshop.participants[0]
    lines = ["participant,partner,question_id,value,comment"]
    for a in [a for a in workshop.answers if a.participant_id == person.id][:20]:
        q = workshop.questionnaire.question(a.question_id)
        if q.type.value == "likert":
            lines.append(
                f"{person.name},{workshop.partner(person.partner_id).name},{q.id},1,from csv"
            )
    csv = tmp_path / "answers.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "import-answers", str(demo_path), str(csv)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1
    assert f"is being changed by the desktop app (process {os.getpid()}" in result.stderr
    saved.update(_edit_answers(window, 20, 20))  # the window goes on saving
    window.close_workshop()
    stored = _stored(demo_path)
    assert all(stored[k] == v for k, v in saved.items()), "an acknowledged edit was lost"
    assert "from csv" not in stored.values()


def test_two_windows_through_a_hard_link(
    qtbot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_folder = tmp_path / "colleague"
    other_folder.mkdir()
    link = other_folder / "same workshop.workshop"
    os.link(demo_path, link)
    first, second = _window(qtbot), _window(qtbot)
    assert first.open_path(demo_path)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Open,
    )
    assert second.open_path(link)
    assert "is being changed by the desktop app" in asked[0]
    assert second.session is not None and second.session.read_only
    saved = {}
    for round_ in range(3):  # both windows in use, interleaved
        saved.update(_edit_answers(first, round_ * 100, 100))
        answer = second.session.workshop().answers[round_]
        assert not second.session.put(dataclasses.replace(answer, comment="second"), text="x")
    second.close_workshop()
    first.close_workshop()
    stored = _stored(link)
    lost = [k for k, v in saved.items() if stored[k] != v]
    assert len(saved) == 300 and lost == []
