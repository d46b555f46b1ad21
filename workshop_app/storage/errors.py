"""The errors of the workshop file's storage: what could not be written, read or opened."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.errors import FileFormatError, WorkshopError


class StorageError(WorkshopError):
    """The file could not be written or read (disk full, permissions, locked)."""


class ReadOnlyError(WorkshopError):
    """An edit was attempted on a file opened read-only."""


def _file_problem(path: Path, what: str) -> FileFormatError:
    return FileFormatError(f"'{path.name}' {what}")


class ReadOnlyFileError(StorageError):
    """The file (or its folder) may not be changed by this user; it can be opened read-only."""


class RepairNeededError(StorageError):
    """A crash left the file half-saved and it cannot be repaired now; until it is, it
    cannot be opened at all (not even read-only). The message says what to do."""
