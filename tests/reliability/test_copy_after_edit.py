"""A copy of the workshop file alone, made with a file manager a few seconds after the
last edit while the app is open, holds every edit (the idle checkpoint)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from workshop_app.domain import model
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow


def test_a_copy_taken_after_the_idle_checkpoint_has_every_edit(
    qtbot, demo_path: Path, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    session = window.session
    assert session is not None
    answers = [a for a in session.workshop().answers][:100]
    for n, answer in enumerate(answers):
        assert session.put(dataclasses.replace(answer, comment=f"edit {n}"), text="edit")
    session.put(dataclasses.replace(session.workshop().details, notes="last edit"), text="x")
    wal = demo_path.with_name(demo_path.name + "-wal")
    assert wal.stat().st_size > 0  # the edits are in the -wal file until the checkpoint
    # The idle checkpoint runs IDLE_CHECKPOINT_MS (2 s, well within 5 s) after the last edit.
    with qtbot.waitSignal(session.checkpointed, timeout=10_000):
        pass
    copy_dir = tmp_path / "usb-stick"
    copy_dir.mkdir()
    copy = copy_dir / "copied.workshop"
    shutil.copyfile(demo_path, copy)  # the main file alone, as a file manager copies it
    with open_workshop(copy, read_only=True) as store:
        assert store.integrity_check() == []
        assert store.details().notes == "last edit"
        stored = {(a.participant_id, a.question_id): a.comment for a in store.all(model.Answer)}
    assert [stored[(a.participant_id, a.question_id)] for a in answers] == [
        f"edit {n}" for n in range(len(answers))
    ]
    window.close_workshop()
