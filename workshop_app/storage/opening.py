"""Opening and creating workshop files: the checks before anything is written, the
repair of a file a crash left half-saved, the writer lock, WAL, and upgrades.

Every open goes the same way: the header is inspected, a hot journal is rolled back
(under the writer lock), the full check runs through a read-only connection, and only
then is a writable open locked and switched to WAL.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from workshop_app.atomic import atomic_target, describe_os_error, remove_leftovers
from workshop_app.domain import model
from workshop_app.domain.errors import FileFormatError, WorkshopError
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.storage.health import (
    full_check,
    full_problems,
    has_hot_journal,
    inspect_header,
    journal_path,
)
from workshop_app.storage.schema import APPLICATION_ID, known_migrations, migrations
from workshop_app.storage.store import (
    TABLES,
    ReadOnlyFileError,
    RepairNeededError,
    StorageError,
    WorkshopStore,
    _file_problem,
)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _applied_migrations(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The names of the migrations the file has; refuses a file of a newer version."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'workshop' ORDER BY rowid"
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        if "no such table" not in str(exc):
            raise
        raise _file_problem(
            path, "has no schema record; it is not a complete workshop file."
        ) from None
    applied = [r[0] for r in rows]
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise _file_problem(
            path,
            "was saved by a newer version of Partnership Workshop "
            f"(schema {unknown[-1]}). Update the app to open it.",
        )
    return applied


def _configure(conn: sqlite3.Connection, *, read_only: bool) -> None:
    if not read_only:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError(f"The workshop file cannot use write-ahead logging (mode {mode}).")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _migrate(conn: sqlite3.Connection, check: Any = None) -> None:
    """Apply every pending migration in one transaction: all of them or none.

    (sqlite-utils commits each migration on its own; nested in ours they become
    savepoints, so a failure in the third leaves the first two undone as well.)
    """
    from sqlite_utils import Database

    db = Database(conn, execute_plugins=False)
    with db.atomic():
        migrations.apply(db)
        conn.execute(f"PRAGMA user_version = {len(known_migrations())}")
        problems = check() if check is not None else []
        if problems:  # raised inside the transaction: the file stays as it was
            raise FileFormatError(
                f"The upgraded workshop would be damaged ({problems[0]}); "
                "the file was left unchanged."
            )


def create_workshop(
    path: str | Path, workshop: model.Workshop, *, overwrite: bool = False
) -> WorkshopStore:
    """Write a new workshop file and return it open.

    The file is built under a temporary name and renamed, so a failure leaves nothing
    half-written under the real name. Replacing an existing file needs its writer lock,
    so a file open in a window or a command is never replaced under it.
    """
    target = Path(path)
    if target.exists() and not overwrite:
        raise WorkshopError(f"'{target}' already exists; choose another name.")
    workshop.validate()
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target.parent)
    lock = None
    if target.exists():
        from workshop_app.storage.lock import WriterLock

        lock = WriterLock(target, "a command replacing the file")
        lock.acquire()
    try:
        with atomic_target(target, overwrite=overwrite) as tmp:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("PRAGMA foreign_keys = ON")
                _migrate(conn)
                store = WorkshopStore(tmp, conn)
                store.replace_all(workshop)
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
    except FileExistsError:
        raise WorkshopError(f"'{target}' already exists; choose another name.") from None
    except sqlite3.Error as exc:
        raise StorageError(f"'{target.name}' could not be written: {exc}.") from None
    except OSError as exc:
        raise StorageError(
            f"'{target.name}' could not be written: {describe_os_error(exc)}."
        ) from None
    finally:
        if lock is not None:
            lock.release()
    return open_workshop(target, purpose="a command writing a new workshop")


def new_workshop(title: str, questionnaire: Questionnaire, **details: Any) -> model.Workshop:
    """An empty workshop with the given questionnaire copied in."""
    return model.Workshop(
        details=model.WorkshopDetails(id=model.new_id(), title=title, **details),
        questionnaire=questionnaire,
    )


def _may_write(path: Path) -> str | None:
    """Why this user may not change ``path`` (None if they may): WAL and the rollback
    journal need both the file and its folder writable."""
    if not os.access(path, os.W_OK):
        return "you may not change it (the file is read-only)"
    if not os.access(path.parent, os.W_OK):
        return f"you may not change files in its folder '{path.parent}'"
    return None


def _roll_back_hot_journal(p: Path) -> None:
    """Bring back the last complete state of a file whose writer stopped mid-save.

    SQLite rolls the journal back at the first writable open; a read-only open cannot,
    and would see the file as damaged. So every open does it here, under the writer lock.
    """
    journal = journal_path(p).name
    keep = (
        f"Keep '{journal}' beside it: it holds what is needed to bring the file back, "
        "and the file is damaged without it."
    )
    why = _may_write(p)
    if why is not None:
        raise RepairNeededError(
            f"'{p.name}' was left half-saved by a program that stopped while saving it, and "
            f"it cannot be repaired here because {why}. Give yourself permission to change "
            f"the file and its folder (or copy it together with '{journal}' to a folder of "
            f"yours) and open it again. {keep}"
        )
    from workshop_app.storage.lock import FileInUseError, WriterLock

    lock = WriterLock(p, "a repair after a crash")
    try:
        lock.acquire()
    except FileInUseError as exc:
        who = exc.holder.describe() if exc.holder else "another program"
        raise RepairNeededError(
            f"'{p.name}' was left half-saved and is now open in {who}; try again once it "
            f"is closed there. {keep}"
        ) from None
    try:
        conn = _connect(p, read_only=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _file_problem(
            p, f"was left half-saved and could not be repaired ({exc}). {keep}"
        ) from None
    finally:
        lock.release()


def probe_problems(p: Path) -> tuple[list[str], list[str]]:
    """(problems, applied migrations) of a file, read-only; raises FileFormatError for a
    file that is not ours or of a newer version."""
    problems, applied, _ = _probe(p)
    return problems, applied


def _fingerprint(p: Path) -> tuple[object, ...]:
    """What changes when anything writes to the file or its WAL (or replaces either):
    identity, size and time, and the header's change counter (rollback journal) or the
    WAL header's checkpoint number and salts."""
    marks: list[object] = []
    for f, header in ((p, slice(24, 28)), (p.with_name(p.name + "-wal"), slice(8, 24))):
        try:
            st = f.stat()
            with f.open("rb") as fh:
                head = fh.read(32)[header]
        except OSError:
            marks.append(None)
            continue
        marks.append((st.st_ino, st.st_size, st.st_mtime_ns, head))
    return tuple(marks)


class _Checked:
    """The workshop the opening check loaded, with the file's fingerprint when it did."""

    def __init__(self, workshop: model.Workshop, fingerprint: tuple[object, ...]) -> None:
        self.workshop = workshop
        self.fingerprint = fingerprint

    def hand_over(self, store: WorkshopStore, p: Path, fingerprint: tuple[object, ...]) -> None:
        """Give the store the checked workshop if nothing wrote to the file since (then
        the store's first load() reads nothing again); otherwise it loads afresh."""
        if fingerprint == self.fingerprint:
            store.hand_over(self.workshop)


def _probe(p: Path) -> tuple[list[str], list[str], _Checked | None]:
    """probe_problems, and the workshop loaded by the check of a healthy current file."""
    inspect_header(p)
    if has_hot_journal(p):
        _roll_back_hot_journal(p)
    try:
        probe = _connect(p, read_only=True)
    except sqlite3.Error as exc:
        raise _file_problem(p, f"cannot be opened ({exc}).") from None
    try:
        applied = _applied_migrations(probe, p)
        # Taken after the first read, which creates the -wal file of a file left in WAL
        # mode (no change to what is stored), and before the check's reads: anything
        # written from here on changes it, and the check's workshop is not handed over.
        before = _fingerprint(p)
        pending = [m for m in known_migrations() if m not in applied]
        if pending:
            # Rows of an older schema decode only after the upgrade; pages are checked now
            # and the rows inside the upgrade's transaction.
            result = [r[0] for r in probe.execute("PRAGMA integrity_check").fetchall()]
            return ([] if result == ["ok"] else result), applied, None
        reader = WorkshopStore(p, probe, read_only=True)
        problems, loaded = full_check(
            probe, TABLES, reader.load, connect=lambda: _connect(p, read_only=True)
        )
        checked = None if loaded is None else _Checked(loaded, before)
        return problems, applied, checked
    except (sqlite3.DatabaseError, UnicodeError) as exc:
        # A damaged schema can make even SQLite's error message undecodable.
        problems = [str(exc) if isinstance(exc, sqlite3.Error) else "unreadable schema text"]
        return problems, [], None
    finally:
        probe.close()


def damaged_message(p: Path, problems: list[str]) -> str:
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    first = " ".join(problems[0].split())[:200]
    from workshop_app.storage import backups

    return f"'{p.name}' is damaged ({first}){more}. {backups.backup_advice(p)}"


def open_workshop(
    path: str | Path,
    *,
    read_only: bool = False,
    migrate: bool = True,
    purpose: str = "the desktop app",
) -> WorkshopStore:
    """Open a workshop file, refusing foreign, damaged and newer files unchanged.

    Everything is checked through a read-only connection first; only a healthy file is
    locked for writing (one writer at a time: FileInUseError names who has it) and
    switched to WAL. An older file is backed up and migrated in a transaction.
    """
    p = Path(path)
    remove_leftovers(p.parent)
    problems, applied, checked = _probe(p)
    if problems:
        raise FileFormatError(damaged_message(p, problems))
    pending = [m for m in known_migrations() if m not in applied]
    if pending and (read_only or not migrate):
        raise _file_problem(
            p, "was saved by an older version and must be upgraded; open it for editing once."
        )
    if read_only:
        try:
            conn = _connect(p, read_only=True)
            _configure(conn, read_only=True)
        except sqlite3.Error as exc:
            raise _file_problem(p, f"cannot be opened ({exc}).") from None
        store = WorkshopStore(p, conn, read_only=True)
        if checked is not None:
            checked.hand_over(store, p, _fingerprint(p))
        return store
    why = _may_write(p)
    if why is not None:
        raise ReadOnlyFileError(f"'{p.name}' cannot be changed: {why}.")
    # Imported here: a read-only open (info, check, export) takes no lock, writes no backup.
    from workshop_app.storage import backups
    from workshop_app.storage.lock import WriterLock

    lock = WriterLock(p, purpose)
    lock.acquire()
    # Taken under the lock, before the switch to WAL rewrites the header.
    unchanged = _fingerprint(p)
    try:
        conn = _connect(p, read_only=False)
        _configure(conn, read_only=False)
    except sqlite3.Error as exc:
        lock.release()
        raise StorageError(f"'{p.name}' cannot be opened for writing: {exc}.") from None
    if pending:
        try:
            backups.migration_backup(conn, p, applied[-1] if applied else "empty")
            _migrate(
                conn,
                check=lambda: full_problems(
                    conn, TABLES, WorkshopStore(p, conn, read_only=True).load
                ),
            )
        except (sqlite3.Error, OSError, WorkshopError) as exc:
            conn.close()
            lock.release()
            if isinstance(exc, WorkshopError):
                raise
            raise StorageError(
                f"'{p.name}' could not be upgraded ({exc}); it was left unchanged."
            ) from None
    store = WorkshopStore(p, conn, read_only=False, lock=lock)
    if checked is not None and not pending:
        checked.hand_over(store, p, unchanged)
    return store
