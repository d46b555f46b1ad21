"""Small helpers shared by tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def require_program(name: str) -> str:
    """The path of an outside program, or skip naming it (CI turns the skip into a failure)."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install it, or run .ci/run)")
    return path


def edit_notes(path: Path, notes: str) -> None:
    """Open the workshop at ``path``, change its notes and close it (a close with a change)."""
    import dataclasses

    from workshop_app.storage.store import open_workshop

    with open_workshop(path) as store:
        store.put(dataclasses.replace(store.details(), notes=notes))
