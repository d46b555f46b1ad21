"""The .workshop file: an open file with its lifecycle (close, back up, check).

All SQL of the application lives in this package. Every public edit is one
transaction; an edit that returned has reached the disk (WAL, synchronous=FULL).
Reading lives in ``reading``, editing in ``writing``, opening and creating in
``opening``; everything is importable from here as it always was.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.domain.errors import WorkshopError
from workshop_app.storage.errors import (
    ReadOnlyError,
    ReadOnlyFileError,
    RepairNeededError,
    StorageError,
)
from workshop_app.storage.errors import _file_problem as _file_problem  # opening.py's
from workshop_app.storage.health import full_problems
from workshop_app.storage.tables import TABLES
from workshop_app.storage.writing import StoreWriting

# The lock and the backups are imported where they are used: reading a file (info,
# check, export, a read-only window) takes no lock and writes no backup.
if TYPE_CHECKING:
    from workshop_app.storage.lock import WriterLock

EXTENSION = ".workshop"


class WorkshopStore(StoreWriting):
    """An open .workshop file. Views receive one of these; they never run SQL."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool = False,
        lock: WriterLock | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._lock = lock
        self._db = None
        self._questionnaire = None
        self._checked = None

    # --- lifecycle -------------------------------------------------------------------

    def close(self, *, backup: bool = True) -> None:
        if self._conn is None:
            return
        try:
            if backup and not self.read_only:
                from workshop_app.storage import backups

                with suppress(OSError, sqlite3.Error, WorkshopError):
                    backups.rolling_backup(self._conn, self.path)
            if not self.read_only:
                with suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                # A closed workshop is one self-contained file: back in rollback-journal
                # mode, a later read-only open (check, info, export) leaves no -wal/-shm
                # beside it. A kill right now leaves a hot journal, which the next open
                # rolls back (open_workshop). Fails harmlessly while another connection
                # has it open.
                with suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]  # closed: no use after close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> WorkshopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def schema_version(self) -> str:
        rows = self._conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'workshop' ORDER BY rowid"
        ).fetchall()
        return rows[-1][0] if rows else "none"

    def integrity_check(self) -> list[str]:
        """Problems found by the full check (pages, indexes, every row, our rules); []
        if healthy. The same check runs whenever a file is opened."""
        return full_problems(self._conn, TABLES, self.load)

    def checkpoint(self) -> bool:
        """Move every saved edit from the -wal file into the workshop file itself, so that
        a plain copy of the file holds them; False if a reader kept it from finishing."""
        if self.read_only or self._conn is None:
            return False
        try:
            busy, _, _ = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            return False
        return int(busy) == 0

    def content_digest(self) -> str:
        from workshop_app.storage import backups

        return backups.content_digest(self._conn)

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent copy with the online backup API (safe while the file is open)."""
        from workshop_app.storage import backups

        return backups.backup_to(self._conn, Path(target))


# Opening and creating live in opening.py; importable from here as they always were.
from workshop_app.storage.opening import (  # noqa: E402
    create_workshop,
    damaged_message,
    new_workshop,
    open_workshop,
    probe_problems,
)

__all__ = [
    "EXTENSION",
    "TABLES",
    "ReadOnlyError",
    "ReadOnlyFileError",
    "RepairNeededError",
    "StorageError",
    "WorkshopStore",
    "create_workshop",
    "damaged_message",
    "new_workshop",
    "open_workshop",
    "probe_problems",
]
