"""Fictional demo workshops: a small, realistic one to show the app, and a large one to load it.

``build_demo("small")`` is a three-partner EV platform codevelopment with names in German,
Chinese and Korean, answers that mostly agree but show clear gaps on a handful of
questions, and a half-drafted deal (contributions, governance, exit terms).
``build_demo("large")`` is six partners x 25 participants x 200 questions, every one
answered, for performance checks.

Both are pure and deterministic: every id, value and timestamp comes from
``random.Random(seed)`` or from fixed constants, so the same seed gives an equal workshop.
"""

from __future__ import annotations

from workshop_app.demo.builder import LARGE_PARTICIPANTS_PER_PARTNER, LARGE_QUESTIONS, SIZES
from workshop_app.demo.large import _LargeDemo
from workshop_app.demo.small import _SmallDemo
from workshop_app.domain.model import Workshop

__all__ = ["LARGE_PARTICIPANTS_PER_PARTNER", "LARGE_QUESTIONS", "SIZES", "build_demo"]


class _Demo(_SmallDemo, _LargeDemo):
    """One builder for either size: the seed's random stream is drawn the same way."""


def build_demo(size: str = "small", seed: int = 2026) -> Workshop:
    """A fictional workshop of the given size ("small" or "large"); equal for equal seeds."""
    if size == "small":
        from workshop_app.demo.heads import with_heads

        return with_heads(_Demo(seed).small())
    if size == "large":
        return _Demo(seed).large()
    raise ValueError(f"Unknown demo size '{size}'; choose one of: {', '.join(SIZES)}.")
