"""How a score is shown: the one rounding rule for the app, the PDF, the workbook and the
projector.

Every score people read is a whole number from 0 to 100, rounded half up from the stored
value (74.5 -> 75, 74.4985 -> 74, 92.5 -> 93). Python's ``round`` rounds half to even and
Excel's number format ``0`` rounds the stored float half away from zero, so neither is used
on its own: exports store the integer this module gives, not a float with a format.
"""

from __future__ import annotations

import math

# Float noise (92.49999999999999 from 0.925 * 100) must not decide the rounding.
_NOISE_DIGITS = 9


def whole(value: float) -> int:
    """``value`` rounded half up to an integer."""
    return math.floor(round(float(value), _NOISE_DIGITS) + 0.5)


def score(value: float | None) -> int | None:
    """A 0..100 score as shown everywhere; None stays None (not scored)."""
    return None if value is None else whole(value)


def percent(share: float | None) -> int | None:
    """A 0..1 share (alignment, consensus, readiness) as a whole percentage."""
    return None if share is None else whole(share * 100)


def score_text(value: float | None, missing: str = "–") -> str:
    shown = score(value)
    return missing if shown is None else str(shown)


def alignment_text(share: float | None, missing: str = "–") -> str:
    """A 0..1 alignment as the 0..100 score shown in tables ("74"); a gap that has no
    alignment (a blind spot: fewer than two partners have a position) shows ``missing``."""
    shown = percent(share)
    return missing if shown is None else str(shown)


def percent_text(share: float | None, missing: str = "–") -> str:
    shown = percent(share)
    return missing if shown is None else f"{shown}%"
