"""Backups through SQLite's online backup API, never a file copy of a live database.

A backup is taken on close only when the workshop changed since the newest backup (a
refused import or an open without edits takes no slot). Kept: the newest
``KEEP_LAST`` states, plus the newest of each day for ``KEEP_DAYS`` days. Each backup has
a record beside it (``backup_records``) of what it holds, so that a close compares the
open file with the record instead of reading the newest backup again.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from workshop_app.atomic import atomic_target, remove_leftovers
from workshop_app.storage import backup_records as records

KEEP_LAST = 10
KEEP_DAYS = 14
_STAMP = "%Y%m%d-%H%M%S-%f"
# compiled (and cached by re) when backups are first listed, not when a file is read
_BACKUP_NAME = r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.workshop$"


def data_dir() -> Path:
    """Where backups and logs go; WORKSHOP_APP_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("WORKSHOP_APP_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path  # only here: reading a file needs no data folder

    return user_data_path("Partnership Workshop", appauthor=False)


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database to ``target`` atomically (temp file, fsync, rename)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target.parent)
    with atomic_target(target) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    return target


def _stamp() -> str:
    return datetime.now().strftime(_STAMP)


def migration_backup(conn: sqlite3.Connection, path: Path, schema: str) -> Path:
    """Keep the file as it was before an upgrade, beside it, so a person can find it."""
    target = path.with_name(f"{path.stem}.before-upgrade-{schema}-{_stamp()}{path.suffix}")
    return backup_to(conn, target)


def backup_folder(path: Path) -> Path:
    import hashlib  # here: reading a file computes no digest (hashlib loads OpenSSL)

    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem}-{digest}"


def content_digest(conn: sqlite3.Connection) -> str:
    """A fingerprint of everything stored (every table, every row), not of the pages:
    the same workshop gives the same digest whatever its layout on disk.

    Each table's rows, in rowid order, are fetched at once and hashed as one pickle
    (protocol 4 without its memo, so the bytes follow from the values alone: types kept
    apart, floats to the bit); far cheaper than a repr() per row, as meaningful. The
    records of backups (``backup_records.SCHEME``) name this scheme."""
    import hashlib
    import io
    import pickle

    h = hashlib.sha256()
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table in tables:
        h.update(f"\x00table {table}\x00".encode())
        rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=4)
        pickler.fast = True  # no memo: equal values give equal bytes, whatever objects hold them
        pickler.dump(rows)
        h.update(buffer.getbuffer())
    return h.hexdigest()


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a workshop file, as the restore dialog lists it."""

    path: Path
    taken: datetime
    partners: int | None = None  # None: the backup cannot be read
    participants: int | None = None
    answers: int | None = None

    @property
    def readable(self) -> bool:
        return self.answers is not None


def _parse_stamp(stamp: str) -> datetime:
    """``_STAMP``'s time back (the name pattern has checked its digits), as strptime would
    read it, without importing _strptime (with calendar and locale) when a file closes."""
    return datetime(
        int(stamp[0:4]),
        int(stamp[4:6]),
        int(stamp[6:8]),
        int(stamp[9:11]),
        int(stamp[11:13]),
        int(stamp[13:15]),
        int(stamp[16:22]),
    )


def _names_in(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def _backups_in(folder: Path, names: list[str] | None = None) -> list[tuple[datetime, Path]]:
    """Our backup files in ``folder``, newest first (records, temp files and others
    ignored)."""
    found = []
    for name in _names_in(folder) if names is None else names:
        m = re.match(_BACKUP_NAME, name)
        if not m or name.startswith("."):
            continue
        try:
            taken = _parse_stamp(m.group("stamp"))
        except ValueError:
            continue
        found.append((taken, folder / name))
    return sorted(found, reverse=True)


def backup_of_record(name: str) -> str | None:
    """The name of the backup whose record is called ``name``; None if it is no record
    (temp files of a record being written included)."""
    if not name.startswith(".") and records.is_record_name(name, _BACKUP_NAME):
        return name[: -len(records.RECORD_SUFFIX)]
    return None


def _digest_of_file(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return content_digest(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def rolling_backup(conn: sqlite3.Connection, path: Path) -> Path | None:
    """A copy in the backups folder if the workshop changed since the newest one; then the
    old ones are thinned out. Returns the new backup, or None if nothing changed.

    The newest backup's record stands in for reading it. The page digest decides alone
    only when it equals the recorded one (the very pages whose content was recorded);
    otherwise the content digests decide, as they always did.
    """
    folder = backup_folder(path)
    existing = _backups_in(folder)
    newest = existing[0][1] if existing else None
    record = records.read_record(newest) if newest is not None else None
    began = not conn.in_transaction
    if began:  # one snapshot for the digests and the copy
        conn.execute("BEGIN")
    try:
        pages = records.page_digest(conn)
        if record is not None and pages is not None and record.pages == pages:
            return None
        live = content_digest(conn)
        if newest is not None:
            held = record.content if record is not None else _digest_of_file(newest)
            if held == live:
                if record is None or record.pages != pages:  # the next close reads less
                    records.write_record(newest, live, pages)
                return None
        target = backup_to(conn, folder / f"{path.stem}-{_stamp()}.workshop")
        records.write_record(target, live, pages)
    finally:
        if began and conn.in_transaction:
            conn.execute("COMMIT")
    prune(folder)
    return target


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Keep the newest KEEP_LAST backups and the newest of each of the last KEEP_DAYS
    days; delete the others with their records, and records whose backup is gone.
    Returns the backups deleted."""
    now = now or datetime.now()
    names = _names_in(folder)
    found = _backups_in(folder, names)
    keep = {p for _, p in found[:KEEP_LAST]}
    days: set[object] = set()
    oldest_day = (now - timedelta(days=KEEP_DAYS - 1)).date()
    for taken, p in found:  # newest first: the first of each day is its newest
        if taken.date() >= oldest_day and taken.date() not in days:
            days.add(taken.date())
            keep.add(p)
    removed = []
    for _, p in found:
        if p not in keep:
            records.remove_record(p)  # first: a backup left without one is still read right
            p.unlink(missing_ok=True)
            removed.append(p)
    present = {p.name for p in keep}
    for name in names:  # records left by a backup deleted elsewhere, or by a crash
        backup = backup_of_record(name)
        if backup is not None and backup not in present:
            records.remove_record(folder / backup)
    return removed


def _counts(path: Path) -> tuple[int, int, int] | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("partners", "participants", "answers")
        )
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(path: Path) -> list[BackupInfo]:
    """The backups of ``path``, newest first, with what each holds."""
    out = []
    for taken, p in _backups_in(backup_folder(path)):
        counts = _counts(p)
        out.append(BackupInfo(p, taken, *(counts or (None, None, None))))
    return out


def backup_advice(path: Path) -> str:
    """One sentence for a refusal: the newest healthy backup and how to restore it, or
    where backups are kept."""
    from workshop_app.storage.store import probe_problems  # the same full check as open

    folder = backup_folder(path)
    for taken, p in _backups_in(folder):
        try:
            problems, _ = probe_problems(p)
        except Exception:  # an unreadable backup is simply not offered
            continue
        if not problems:
            return (
                f"The newest healthy backup is '{p}' ({taken:%d %b %Y %H:%M}); restore it "
                f'with: workshop-app restore "{path}" "{p}" (or File > Restore from '
                "backup in the app)."
            )
    return f"No healthy backup of it was found in '{folder}'."
