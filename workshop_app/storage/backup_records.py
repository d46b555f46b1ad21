"""The record kept beside each rolling backup: what it holds, so that a close need not read it.

Beside ``X.workshop`` in the backups folder lies ``X.workshop.digest`` (JSON, written
atomically right after the backup). It gives the backup's content digest
(``backups.content_digest``) and a digest of a page image that holds exactly that content,
and it names the backup it belongs to with the size and modification time the backup had
when the record was written. A record that does not match its backup in every one of
these, that cannot be read, or that was written under another digest scheme is ignored:
the backup is then read as before. Backups without a record (older versions wrote none)
are read as before too. A record lives and dies with its backup: pruning deletes both, and
any record whose backup is gone.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from workshop_app.atomic import write_bytes

RECORD_SUFFIX = ".digest"
# Raise when content_digest or page_digest change what they hash or how: a record of
# another scheme is never compared with digests of this one.
SCHEME = 1
_KIND = "Partnership Workshop backup record"
_HEX64 = r"^[0-9a-f]{64}$"
# Page images larger than this are not hashed (the image is held in memory while it is);
# such a file is compared by its content digest alone.
_MAX_PAGE_IMAGE = 256 * 1024 * 1024
# Header bytes SQLite rewrites when nothing stored changes: the journal mode (18-19), the
# change counter (24-27), and the counter and library version that go with it (92-99).
# Everything else in the image, the rest of the header included, is hashed.
_STORED_RANGES = ((0, 18), (20, 24), (28, 92))
_HEADER = 100


@dataclass(frozen=True)
class Record:
    """What a backup holds, as its record gives it."""

    content: str  # content_digest of the backup
    pages: str | None  # page_digest of an image holding that content; None if not taken


def record_path(backup: Path) -> Path:
    return backup.with_name(backup.name + RECORD_SUFFIX)


def is_record_name(name: str, backup_name: str) -> bool:
    """Whether ``name`` is the record of some backup (``backup_name``: their pattern)."""
    return name.endswith(RECORD_SUFFIX) and bool(re.match(backup_name, name[: -len(RECORD_SUFFIX)]))


def _identity(backup: Path) -> dict[str, object]:
    st = os.stat(backup)
    return {"backup": backup.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def write_record(backup: Path, content: str, pages: str | None) -> bool:
    """Record what ``backup`` holds; False if it could not be written (the backup is then
    read at the next close, as one without a record)."""
    try:
        data = {
            "kind": _KIND,
            "scheme": SCHEME,
            **_identity(backup),
            "content": content,
            "pages": pages,
        }
        write_bytes(record_path(backup), json.dumps(data, indent=1).encode("utf-8"))
    except OSError:
        return False
    return True


def read_record(backup: Path) -> Record | None:
    """The record of ``backup`` if it is ours, of this scheme, and names this very file
    as it is now (name, size, modification time); otherwise None."""
    try:
        data = json.loads(record_path(backup).read_bytes())
        identity = _identity(backup)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("kind") != _KIND:
        return None
    if type(data.get("scheme")) is not int or data["scheme"] != SCHEME:
        return None
    if any(type(data.get(k)) is not type(v) or data[k] != v for k, v in identity.items()):
        return None
    content, pages = data.get("content"), data.get("pages")
    if not isinstance(content, str) or not re.match(_HEX64, content):
        return None
    if not isinstance(pages, str) or not re.match(_HEX64, pages):
        pages = None
    return Record(content, pages)


def remove_record(backup: Path) -> None:
    with suppress(OSError):
        record_path(backup).unlink(missing_ok=True)


def page_digest(conn: sqlite3.Connection) -> str | None:
    """A digest of the database's pages as the connection sees them (the -wal included).

    Equal page digests mean equal stored content, so equality may stand in for comparing
    content digests; unequal ones say nothing (an edit undone leaves other pages). None
    when the image is too large to hold in memory or cannot be taken.
    """
    import hashlib

    try:
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (page_count,) = conn.execute("PRAGMA page_count").fetchone()
        if page_size * page_count > _MAX_PAGE_IMAGE:
            return None
        image = memoryview(conn.serialize())
    except (sqlite3.Error, AttributeError, MemoryError):  # AttributeError: no serialize()
        return None
    if len(image) < _HEADER:
        return None
    h = hashlib.sha256()
    for start, end in _STORED_RANGES:
        h.update(image[start:end])
    h.update(image[_HEADER:])
    return h.hexdigest()
