"""The one atomic writer, killed at each of its steps: the target is always the old or
the new file, whole; the temp file is removed on SIGTERM and Ctrl+C, and a temp file
left by SIGKILL is removed at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app import atomic

ROOT = Path(__file__).resolve().parents[2]

# Runs write_bytes(target, NEW) and signals itself at one step of the atomic writer.
WRITER = """
import os, signal, sys, time
from pathlib import Path
from workshop_app import atomic

target, step, sig = Path(sys.argv[1]), sys.argv[2], getattr(signal, sys.argv[3])
# Ctrl+C as a terminal delivers it: a runner started in the background (``cmd &``) hands
# SIGINT down ignored, and the writer would then not stop at all.
signal.signal(signal.SIGINT, signal.default_int_handler)

def hit(name):
    if name == step:
        os.kill(os.getpid(), sig)
        time.sleep(5)  # the signal arrives; never reached for SIGKILL

make_temp, sync_file, sync_folder, rename = (
    atomic.temp_file, atomic.fsync_file, atomic.fsync_folder, os.replace
)

def temp_file(folder, name, claimed=None):
    path = make_temp(folder, name, claimed)
    hit("created")
    return path

def fsync_file(path):
    hit("written")
    sync_file(path)
    hit("synced")

def replace(src, dst):
    rename(src, dst)
    hit("renamed")

def fsync_folder(folder):
    sync_folder(folder)
    hit("folder synced")

atomic.temp_file, atomic.fsync_file, atomic.fsync_folder = temp_file, fsync_file, fsync_folder
os.replace = replace
atomic.write_bytes(target, b"NEW " * 100_000)
print("done", flush=True)
"""

STEPS = ["created", "written", "synced", "renamed", "folder synced"]
OLD, NEW = b"OLD " * 1000, b"NEW " * 100_000


def _run(target: Path, step: str, sig: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", WRITER, str(target), step, sig],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT", "SIGKILL"])
@pytest.mark.parametrize("step", STEPS)
def test_a_writer_killed_at_any_step_leaves_the_old_or_the_new_file(
    tmp_path: Path, step: str, sig: str
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(OLD)
    result = _run(target, step, sig)
    assert b"done" not in result.stdout, "the writer was not stopped"
    renamed = STEPS.index(step) >= STEPS.index("renamed")
    assert target.read_bytes() == (NEW if renamed else OLD)
    left = [p for p in tmp_path.iterdir() if p != target]
    if sig != "SIGKILL":
        assert left == [], result.stderr.decode()  # cleaned up on the way out
        return
    # SIGKILL gives no chance to clean up: the next start removes what it left.
    assert all(atomic.is_temp_name(p.name) for p in left)
    time.sleep(0.01)  # (file times must be older than the next process, not a timing test)
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from workshop_app.atomic import remove_leftovers; "
            "remove_leftovers(pathlib.Path(sys.argv[1]))",
            str(tmp_path),
        ],
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    assert list(tmp_path.iterdir()) == [target]


def test_leftovers_are_removed_only_when_ours_old_and_their_writer_gone(
    tmp_path: Path,
) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True
    )
    dead_pid = int(dead.stdout)
    old = time.time() - 3600
    names = {
        "dead": f"{atomic.TEMP_PREFIX}{dead_pid}-0123456789ab-terms.xlsx",
        "dead-journal": f"{atomic.TEMP_PREFIX}{dead_pid}-0123456789ab-x.workshop-journal",
        "alive": f"{atomic.TEMP_PREFIX}{os.getppid()}-0123456789ab-terms.xlsx",
        "not ours": ".terms.xlsx.abc.part",
        "document": "terms.xlsx",
    }
    for name in names.values():
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (old, old))
    newer = tmp_path / f"{atomic.TEMP_PREFIX}{dead_pid}-ba9876543210-new.pdf"
    newer.write_bytes(b"x")
    os.utime(newer, (time.time() + 3600, time.time() + 3600))  # newer than this process
    removed = {p.name for p in atomic.remove_leftovers(tmp_path)}
    assert removed == {names["dead"], names["dead-journal"]}
    assert {p.name for p in tmp_path.iterdir()} == (set(names.values()) - removed | {newer.name})


def test_every_writer_uses_the_one_atomic_helper() -> None:
    """No second copy of the temp-and-rename dance in the package."""
    package = ROOT / "workshop_app"
    offenders = []
    for path in package.rglob("*.py"):
        if path.name == "atomic.py":
            continue
        text = path.read_text(encoding="utf-8")
        # Restoring swaps a whole checked copy in; the log's rotation renames whole
        # files only it writes: neither writes a file that could be left half-done.
        if "os.replace(" in text and path.name not in ("restore.py", "log_file.py"):
            offenders.append(str(path.relative_to(ROOT)))
        if "fsync(" in text and path.name != "lock.py":
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_leftovers_of_a_killed_export_go_at_the_next_export(tmp_path: Path, small_demo) -> None:
    from workshop_app.exchange.json_io import write_json

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True
    )
    left = tmp_path / f"{atomic.TEMP_PREFIX}{int(dead.stdout)}-0123456789ab-out.json"
    left.write_bytes(b"{half")
    day_ago = time.time() - 86_400  # older than this test process, however long it runs
    os.utime(left, (day_ago, day_ago))
    write_json(small_demo, tmp_path / "out.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
