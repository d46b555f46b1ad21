"""Closing the large demo (the rolling backup decides whether anything changed).

Not a figure of the issue's table and without a floor of its own: printed beside a
reference, the raw time of one copy of the same file through SQLite's backup API (what
the close does when it takes a backup), so that the two cases can be read against
something measured on the same machine in the same run.

    .venv/bin/python -m pytest tests/benchmarks/bench_close.py -o addopts="" \
        -p no:cacheprovider -s

Each case and the reference run alternately, 7 times; medians printed. Nothing here
asserts a time.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from tests.benchmarks.bench_speed import RUNS


def _reference(large_file: Path, tmp_path: Path) -> float:
    """Seconds for one backup API copy of the file into a new file, nothing else."""
    target = tmp_path / "reference.workshop"
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{large_file}?mode=ro", uri=True)
    try:
        start = time.perf_counter()
        dest = sqlite3.connect(target)
        src.backup(dest)
        dest.close()
        return time.perf_counter() - start
    finally:
        src.close()


@pytest.mark.parametrize("edited", [True, False], ids=["after one edit", "without edits"])
def test_close_the_large_demo(large_file: Path, tmp_path: Path, edited: bool) -> None:
    from workshop_app.storage.store import open_workshop

    with open_workshop(large_file) as store:  # a newest backup to compare with
        store.put(dataclasses.replace(store.details(), notes="before the runs"))
    closes, references = [], []
    for n in range(RUNS):
        store = open_workshop(large_file)
        if edited:
            store.put(dataclasses.replace(store.details(), notes=f"run {n}"))
        start = time.perf_counter()
        store.close()
        closes.append(time.perf_counter() - start)
        references.append(_reference(large_file, tmp_path))
    t, t_ref = statistics.median(closes), statistics.median(references)
    case = "after one edit" if edited else "without edits"
    print()
    print(
        f"close large demo {case}: {t * 1000:8.2f} ms | reference, not a floor (one sqlite3"
        f" backup API copy of the file): {t_ref * 1000:8.2f} ms | ratio {t / t_ref:5.2f}x"
    )
