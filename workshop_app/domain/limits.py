"""The bounds every workshop value is checked against, and the partners' default colours."""

from __future__ import annotations

MIN_PARTNERS = 2
MAX_PARTNERS = 6
DEFAULT_GAP_THRESHOLD = 0.75
# A definition question defined less than this (0 = not discussed, 1 = agreed in writing)
# is a blind spot.
DEFAULT_BLIND_SPOT_THRESHOLD = 0.5
# Quantities and money above this are typing mistakes (a trillion euros is 1e12).
MAX_AMOUNT = 1e15
# Day counts (escalation time limits, exit notice) and escalation levels beyond these are
# typing mistakes; SQLite could not even store the largest ones.
MAX_DAYS = 36_500
MAX_LEVEL = 100

PARTNER_COLOURS: tuple[str, ...] = (
    "#1F5FAD",  # blue
    "#D1495B",  # red
    "#2E9E6A",  # green
    "#E8A33D",  # amber
    "#7B4FB0",  # purple
    "#1C9AA8",  # teal
)
