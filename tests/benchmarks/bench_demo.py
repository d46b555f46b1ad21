"""How long building the large demo takes (the Open demo menu and the CLI's ``demo``).

Run (left out of the normal run, like every benchmark):

    .venv/bin/python -m pytest tests/benchmarks/bench_demo.py -o addopts="" -s

It prints the best of a few builds. Nothing here asserts a time: a shared, busy machine
is not a slow build.
"""

from __future__ import annotations

import time

from workshop_app.demo import build_demo

REPEATS = 3


def test_large_demo_build_time() -> None:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        workshop = build_demo("large")
        best = min(best, time.perf_counter() - start)
    print(
        f"\nlarge demo: {len(workshop.answers)} answers built in {best:.2f} s (best of {REPEATS})"
    )
