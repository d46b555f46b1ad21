"""The one-writer lock of a workshop file, as the desktop app takes it when it opens a
file for editing; the ``serve`` command takes the same one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from workshop_app.domain.errors import WorkshopError


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def take_writer_lock(path: Path) -> QLockFile:
    """The file's lock, held; a WorkshopError naming the holder if another has it."""
    lock = QLockFile(str(lock_path(path.resolve())))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # (pid, host, app) in PySide6; empty if unreadable
        pid = info[0] if isinstance(info, tuple) and info else "?"
        raise WorkshopError(
            f"'{path.name}' is open for editing elsewhere (process {pid}); close it there "
            "first. Two programs must not change the same workshop."
        )
    raise WorkshopError(f"'{path.name}' cannot be locked for editing (is the folder read-only?).")
