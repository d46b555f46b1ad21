"""Opening refuses what is not a healthy workshop file of this version, and leaves it untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_app.domain.errors import FileFormatError
from workshop_app.storage.schema import APPLICATION_ID
from workshop_app.storage.store import open_workshop

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0005.workshop"


def _text_file(path: Path) -> None:
    path.write_text("participant,partner\nJürgen,Nordwerk\n", encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _other_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('王芳')")
    conn.commit()
    conn.close()


def _other_app_without_our_schema(path: Path) -> None:
    # Our application id, but none of our tables: not a complete workshop file.
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    shutil.copyfile(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('workshop', '9999_from_the_future', '2031-01-01 00:00:00+00:00')"
    )
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    """Scribble over the b-tree pages behind the header: quick_check must notice."""
    shutil.copyfile(FIXTURE, path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(2, len(data) // page, 3):  # every third page after the first
        start = n * page
        data[start : start + 64] = bytes(range(64))
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    shutil.copyfile(FIXTURE, path)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def _read_only_format(path: Path) -> None:
    """A file format write version SQLite does not know: it would open read-only only."""
    data = bytearray(FIXTURE.read_bytes())
    data[18] = 3
    path.write_bytes(bytes(data))


def _header_only(path: Path) -> None:
    path.write_bytes(FIXTURE.read_bytes()[:60])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_text_file, "is not a Partnership Workshop file"),
        (_empty, "is empty"),
        (_other_app, "another application"),
        (_other_app_without_our_schema, "not a complete workshop file"),
        (_newer, "newer version"),
        (_damaged, "damaged"),
        (_truncated, "truncated"),
        (_header_only, "truncated"),
        (_read_only_format, "unknown file format version (3.1)"),
    ],
    ids=[
        "text",
        "empty",
        "other-app",
        "no-schema",
        "newer",
        "damaged",
        "truncated",
        "header",
        "format-version",
    ],
)
@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_refused_unchanged(
    tmp_path: Path, make: Callable[[Path], None], message: str, read_only: bool
) -> None:
    path = tmp_path / "x.workshop"
    make(path)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(FileFormatError) as info:
        open_workshop(path, read_only=read_only)
    assert message in str(info.value)
    assert "x.workshop" in str(info.value)  # the message names the file
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.workshop"]  # no side files


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="is a folder"):
        open_workshop(tmp_path)
    with pytest.raises(FileFormatError, match="does not exist"):
        open_workshop(tmp_path / "gone.workshop")
    assert list(tmp_path.iterdir()) == []


def test_the_healthy_fixture_opens(tmp_path: Path) -> None:
    # The control for the refusals above: the same file, undamaged, opens.
    path = tmp_path / "x.workshop"
    shutil.copyfile(FIXTURE, path)
    with open_workshop(path, read_only=True) as store:
        assert store.integrity_check() == []
