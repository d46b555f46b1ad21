"""What every command-line command shares: the program name, exit codes, output and
error lines, usage errors and opening a workshop file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PROG = "workshop-app"
EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


class Usage(Exception):
    """A usage error found after parsing (exit 2)."""


def out(text: str = "") -> None:
    print(text)


def say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


@contextmanager
def opened(path: str | Path, *, read_only: bool = True, command: str = "") -> Iterator[Any]:
    """Open a workshop; read-only unless the command edits it (then it holds the writer
    lock: a file open in the app or another command is refused, naming who has it)."""
    from workshop_app.storage.store import open_workshop

    store = open_workshop(path, read_only=read_only, purpose=f"{PROG} {command}".strip())
    try:
        yield store
    finally:
        # Read-only: no backup. After an edit, the rolling backup on close, as in the app.
        store.close()
