"""One writer at a time for every writer: the app, every command that writes, another
process, and another path or hard link to the same file. A refused writer is told who
has the file; a lock left by a killed process is recognised."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app import cli
from workshop_app.domain import model
from workshop_app.exchange.prework import export_prework
from workshop_app.storage import lock as lock_module
from workshop_app.storage.lock import FileInUseError, LockError, WriterLock, info_path
from workshop_app.storage.store import open_workshop

HOLDER = """
import sys
from workshop_app.storage.store import open_workshop
store = open_workshop(sys.argv[1], purpose="the desktop app")
print("holding", flush=True)
sys.stdin.readline()
store.close(backup=False)
"""


def _answers_csv(path: Path, demo: Path) -> Path:
    with open_workshop(demo, read_only=True) as store:
        w = store.load()
    person = w.participants[0]
    partner = w.partner(person.partner_id)
    question = next(q for q in w.questionnaire.questions() if q.type.value == "text")
    path.write_text(
        "participant,partner,question_id,value\n"
        f"{person.name},{partner.name},{question.id},from the command line\n",
        encoding="utf-8",
    )
    return path


def _holder(path: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"holding", proc.stderr.read() if proc.stderr else ""
    return proc


@pytest.mark.parametrize(
    "command",
    [
        ["import-answers", "FILE", "CSV"],
        ["prework", "import", "FILE", "XLSX"],
        ["restore", "FILE", "COPY"],
        ["demo", "FILE", "--force"],
    ],
    ids=["import-answers", "prework-import", "restore", "demo-force"],
)
def test_every_writing_command_is_refused_while_the_app_has_the_file(
    demo_path: Path, tmp_path: Path, command: list[str], capsys
) -> None:
    csv = _answers_csv(tmp_path / "a.csv", demo_path)
    with open_workshop(demo_path, read_only=True) as store:  # a real workbook to import
        w = store.load()
    export_prework(w, w.partners[0].id, tmp_path / "w.xlsx")
    shutil.copy(demo_path, tmp_path / "copy.workshop")
    app = open_workshop(demo_path)  # as the desktop app holds it
    app.put(dataclasses.replace(app.details(), notes="edited in the app"))
    try:
        before = app.load()
        argv = [
            c.replace("FILE", str(demo_path))
            .replace("CSV", str(csv))
            .replace("XLSX", str(tmp_path / "w.xlsx"))
            .replace("COPY", str(tmp_path / "copy.workshop"))
            for c in command
        ]
        assert cli.main(argv) == 1
        err = capsys.readouterr().err
        assert f"is being changed by the desktop app (process {os.getpid()} on " in err
        assert socket.gethostname() in err and "since" in err
        assert app.load() == before
        app.put(dataclasses.replace(app.details(), notes="still mine"))
    finally:
        app.close(backup=False)
    with open_workshop(demo_path, read_only=True) as store:
        assert store.details().notes == "still mine"


@pytest.mark.parametrize("how", ["hard link", "symbolic link", "other spelling"])
def test_another_path_to_the_same_file_meets_the_same_lock(
    demo_path: Path, tmp_path: Path, how: str
) -> None:
    other_dir = tmp_path / "elsewhere"
    other_dir.mkdir()
    if how == "hard link":
        second = other_dir / "renamed.workshop"
        os.link(demo_path, second)
    elif how == "symbolic link":
        second = other_dir / "link.workshop"
        second.symlink_to(demo_path)
    else:
        second = other_dir / ".." / demo_path.name
    proc = _holder(demo_path)
    try:
        with pytest.raises(FileInUseError) as caught:
            open_workshop(second)
        assert caught.value.holder is not None and caught.value.holder.pid == proc.pid
        assert f"process {proc.pid}" in str(caught.value)
        with open_workshop(second, read_only=True) as reader:  # reading is fine
            assert reader.count(model.Partner) > 0
    finally:
        proc.communicate(b"\n", timeout=30)


def test_a_lock_left_by_a_killed_process_is_recognised(demo_path: Path) -> None:
    proc = _holder(demo_path)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    left = lock_module.holder_of(demo_path)
    assert left is not None and left.pid == proc.pid  # its note stayed behind
    with open_workshop(demo_path) as store:  # the lock itself went with the process
        assert lock_module.holder_of(demo_path).pid == os.getpid()
        store.put(dataclasses.replace(store.details(), notes="after the kill"))
    assert not info_path(demo_path).exists()


def test_without_flock_the_lock_file_is_the_lock_and_stale_ones_are_taken_over(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock_module, "fcntl", None)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True
    )
    dead_pid = int(dead.stdout)
    info_path(demo_path).write_text(
        f'{{"host": "{socket.gethostname()}", "pid": {dead_pid}, '
        '"since": "2026-11-28T09:00:00+01:00", "what": "the desktop app"}',
        encoding="utf-8",
    )
    first = WriterLock(demo_path)
    first.acquire()  # stale: that process is gone
    try:
        second = WriterLock(demo_path, "workshop-app import-answers")
        with pytest.raises(FileInUseError) as caught:
            second.acquire()
        assert f"process {os.getpid()}" in str(caught.value)
    finally:
        first.release()
    assert not info_path(demo_path).exists()


def test_a_full_disk_is_reported_as_a_full_disk(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(LockError) as caught:
        open_workshop(demo_path)
    assert "the disk is full" in str(caught.value)
    assert "read-only" not in str(caught.value)
    monkeypatch.undo()
    with open_workshop(demo_path) as store:  # the failed attempt left no lock behind
        assert not store.read_only
