"""The app's log file, rotated by size.

Rotation renames whole log files that only this handler writes, one after another: no
file is ever half-written by it, so it needs no temporary file (workshop_app.atomic).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RotatingLog(logging.FileHandler):
    """A log file that starts afresh when the next line would take it past ``max_bytes``,
    keeping the last ``backups`` files as NAME.1 (newest) to NAME.N: the rotation of
    logging.handlers.RotatingFileHandler, without importing that module (it brings in
    socket, pickle and queue, a tenth of the start-up's own imports)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            position = self.stream.tell()
            if position and position + len(f"{self.format(record)}\n") >= self.max_bytes:
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()
