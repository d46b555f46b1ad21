"""How long the full analysis takes on the large demo, and how it grows.

Run (benchmarks are left out of the normal run by ``--ignore`` in pyproject's addopts):

    .venv/bin/python -m pytest tests/benchmarks/bench_analysis.py -o addopts="" \
        -p no:cacheprovider -s

It prints the best of several runs of ``analyse`` on the large demo (6 partners x 25
participants x 200 questions = 30,000 answers) and on the same workshop with half the
participants of each partner, and the ratio of the two next to the ratio of the answers:
a time ratio no larger than the answer ratio means the cost grows (at most) linearly; it
is a little smaller because part of the work is per question and per partner pair, not
per answer. Nothing here asserts a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from workshop_app.analysis import analyse
from workshop_app.analysis.report import analysis_to_dict
from workshop_app.domain.model import Workshop

REPEATS = 9


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _half(workshop: Workshop) -> Workshop:
    """The first half of each partner's participants, with their answers."""
    keep: set[str] = set()
    for partner in workshop.partners:
        people = workshop.participants_of(partner.id)
        keep.update(p.id for p in people[: len(people) // 2])
    return replace(
        workshop,
        participants=tuple(p for p in workshop.participants if p.id in keep),
        answers=tuple(a for a in workshop.answers if a.participant_id in keep),
    )


def test_analysis_time_on_the_large_demo() -> None:
    from workshop_app.demo import build_demo

    full = build_demo("large")
    half = _half(full)
    assert len(full.answers) == 30_000
    assert len(full.partners) == 6 and len(full.questionnaire) == 200
    result = analyse(full)  # also warms up imports

    # Alternate the two sizes and keep the best of each, so that load from other
    # processes on the machine hits both alike.
    t_full = t_half = t_report = float("inf")
    for _ in range(REPEATS):
        t_full = min(t_full, _timed(lambda: analyse(full)))
        t_half = min(t_half, _timed(lambda: analyse(half)))
        t_report = min(t_report, _timed(lambda: analysis_to_dict(full, result)))

    print()
    print(f"analyse, full size: {len(full.answers):>6} answers  {t_full * 1000:7.1f} ms")
    print(f"analyse, half size: {len(half.answers):>6} answers  {t_half * 1000:7.1f} ms")
    print(
        f"ratio full / half: time {t_full / t_half:.2f}, answers "
        f"{len(full.answers) / len(half.answers):.2f} (equal = linear)"
    )
    print(f"analysis_to_dict, full size: {t_report * 1000:.1f} ms")
