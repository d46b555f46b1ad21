"""Small helpers shared by tests."""

from __future__ import annotations

import shutil

import pytest


def require_program(name: str) -> str:
    """The path of an outside program, or skip naming it (CI turns the skip into a failure)."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install it, or run .ci/run)")
    return path
