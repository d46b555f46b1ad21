"""Backups through SQLite's online backup API, never a file copy of a live database."""

from __future__ import annotations

import os
import secrets
import sqlite3
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_path

ROLLING_COPIES = 5


def data_dir() -> Path:
    """Where backups and logs go; WORKSHOP_APP_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("WORKSHOP_APP_DATA_DIR")
    return Path(override) if override else user_data_path("Partnership Workshop", appauthor=False)


def new_temp_file(folder: Path, prefix: str, suffix: str) -> Path:
    """An empty new file in ``folder`` with the permissions of any file the user creates.

    tempfile.mkstemp would make it private (0600), and the rename would keep that: a
    workshop file or copy must be as readable as any other document of the user.
    """
    for _ in range(100):
        path = folder / f"{prefix}{secrets.token_hex(6)}{suffix}"
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"no free temporary name in {folder}")  # pragma: no cover


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database to ``target`` atomically (temp file, then rename)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = new_temp_file(target.parent, ".copy-", ".workshop")
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def migration_backup(conn: sqlite3.Connection, path: Path, schema: str) -> Path:
    """Keep the file as it was before an upgrade, beside it, so a person can find it."""
    target = path.with_name(f"{path.stem}.before-upgrade-{schema}-{_stamp()}{path.suffix}")
    return backup_to(conn, target)


def backup_folder(path: Path) -> Path:
    import hashlib

    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem}-{digest}"


def rolling_backup(conn: sqlite3.Connection, path: Path) -> Path:
    """A copy on close in the backups folder; the newest ROLLING_COPIES are kept."""
    folder = backup_folder(path)
    target = backup_to(conn, folder / f"{path.stem}-{_stamp()}.workshop")
    copies = sorted(folder.glob("*.workshop"))
    for old in copies[:-ROLLING_COPIES]:
        old.unlink(missing_ok=True)
    return target
