"""Figures of the speed table (issue "Speed and footprint"), each against its floor.

Run (benchmarks are left out of the normal run by ``--ignore`` in pyproject's addopts):

    .venv/bin/python -m pytest tests/benchmarks/bench_speed.py -o addopts="" \
        -p no:cacheprovider -s

Each figure and its floor are measured alternately in the same run, 7 times; the
median of each is printed with their ratio (absolute times vary between machines and
with load, ratios much less). Nothing here asserts a time.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from workshop_app.domain.model import Answer

RUNS = 7
SAVES_PER_RUN = 20


def _median_pair(fn: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
    """Median seconds of ``fn`` and of ``floor``, run alternately RUNS times."""
    mine, base = [], []
    for _ in range(RUNS):
        for out, f in ((mine, fn), (base, floor)):
            start = time.perf_counter()
            f()
            out.append(time.perf_counter() - start)
    return statistics.median(mine), statistics.median(base)


def _report(figure: str, floor: str, t: float, t_floor: float, per: int = 1) -> None:
    print(
        f"{figure}: {t / per * 1000:8.2f} ms | floor ({floor}): {t_floor / per * 1000:8.2f} ms"
        f" | ratio {t / t_floor:5.2f}x"
    )


def test_save_one_answer_through_the_session(large_file: Path, tmp_path: Path) -> None:
    """Floor: a raw sqlite3 upsert of the same row and commit (WAL, synchronous=FULL)."""
    from PySide6.QtWidgets import QApplication

    from workshop_app.session import WorkshopSession
    from workshop_app.storage.store import open_workshop

    app = QApplication.instance() or QApplication([])  # one kind for every benchmark
    raw_path = tmp_path / "raw.workshop"
    shutil.copyfile(large_file, raw_path)
    store = open_workshop(large_file)
    session = WorkshopSession(store)
    w = session.workshop()
    assert len(w.answers) == 30_000
    target = next(a for a in w.answers if isinstance(a.value, int) and not a.dont_know)
    pid, qid = target.participant_id, target.question_id
    values = iter(range(10**9))

    def saves() -> None:
        for _ in range(SAVES_PER_RUN):
            n = next(values)
            assert session.put(Answer(pid, qid, 1 + n % 5, f"c{n}"), text="bench")

    conn = sqlite3.connect(raw_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")

    def raw() -> None:
        for _ in range(SAVES_PER_RUN):
            n = next(values)
            conn.execute("BEGIN")
            conn.execute(
                "INSERT INTO answers (participant_id, question_id, value, comment, answered_at,"
                " dont_know) VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (participant_id, question_id)"
                " DO UPDATE SET value = excluded.value, comment = excluded.comment,"
                " answered_at = excluded.answered_at, dont_know = excluded.dont_know",
                [pid, qid, json.dumps(1 + n % 5), f"c{n}", "2026-11-29T01:00:00+01:00"],
            )
            conn.execute("COMMIT")

    try:
        t, t_floor = _median_pair(saves, raw)
    finally:
        conn.close()
        store.close(backup=False)
    del app
    print()
    _report("save one answer, session, large demo", "sqlite3 upsert+commit", t, t_floor,
            SAVES_PER_RUN)  # fmt: skip


def test_load_the_large_demo_into_the_session(large_file: Path) -> None:
    """Floor: raw fetchall of every table and json.loads of every answer value."""
    from PySide6.QtWidgets import QApplication

    from workshop_app.session import WorkshopSession
    from workshop_app.storage.store import open_workshop

    app = QApplication.instance() or QApplication([])  # one kind for every benchmark
    store = open_workshop(large_file, read_only=True)
    session = WorkshopSession(store)
    conn = sqlite3.connect(f"file:{large_file}?mode=ro", uri=True)
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith(("sqlite_", "_"))
    ]

    def load() -> None:
        session._workshop = None
        session.workshop()

    def raw() -> None:
        for table in tables:
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()
            if table == "answers":
                [json.loads(r[2]) for r in rows if r[2] is not None]

    try:
        t, t_floor = _median_pair(load, raw)
    finally:
        conn.close()
        store.close(backup=False)
    del app
    print()
    _report("load large demo into the session", "fetchall + json.loads", t, t_floor)


def test_info_json(large_file: Path, tmp_path: Path) -> None:
    """Floor: ``python -c pass`` (the interpreter's own start)."""
    demo = tmp_path / "demo.workshop"
    subprocess.run(
        [sys.executable, "-m", "workshop_app", "demo", str(demo)], check=True, capture_output=True
    )

    def info() -> None:
        subprocess.run(
            [sys.executable, "-m", "workshop_app", "info", str(demo), "--json"],
            check=True,
            capture_output=True,
        )

    def bare() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True)

    t, t_floor = _median_pair(info, bare)
    print()
    _report("info demo --json", "python -c pass", t, t_floor)
