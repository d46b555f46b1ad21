"""Domain values as plain data (JSON types): what storage and the JSON interchange write."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any


def to_plain(value: Any) -> Any:
    """Enums become their values, dates ISO text, tuples lists; the rest is kept."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value
