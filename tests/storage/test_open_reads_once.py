"""Opening a file checks every row and then hands what the check loaded to the store, so
a healthy file is read once; a file changed in between, or edited since, is read again."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from workshop_app.domain import model
from workshop_app.storage import health, reading
from workshop_app.storage.lock import WriterLock
from workshop_app.storage.store import open_workshop


def _count_answer_decoders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the answer tables read: by the opening check and by the store's load."""
    made: list[int] = []
    for module, name in ((health, "row_decoder"), (reading, "rows_decoder")):
        real = getattr(module, name)

        def counting(cls: type, columns: Any, _real: Any = real) -> Any:
            if cls is model.Answer:
                made.append(1)
            return _real(cls, columns)

        monkeypatch.setattr(module, name, counting)
    return made


@pytest.mark.parametrize("read_only", [False, True])
def test_a_healthy_file_is_read_once_and_loads_as_stored(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, read_only: bool
) -> None:
    with open_workshop(demo_path, read_only=True) as fresh:
        expected = fresh.load()
    made = _count_answer_decoders(monkeypatch)
    with open_workshop(demo_path, read_only=read_only) as store:
        assert store.load() == expected
        assert len(made) == 1  # the check's read, handed on
        assert store.load() == expected  # a later load reads the file
        assert len(made) == 2


def test_a_file_changed_after_the_check_is_read_again(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_acquire = WriterLock.acquire

    def acquire_after_another_write(self: WriterLock) -> None:
        # Another program (not one that takes our lock) saves while the app opens it.
        conn = sqlite3.connect(demo_path)
        conn.execute("UPDATE details SET title = 'Changed meanwhile'")
        conn.commit()
        conn.close()
        real_acquire(self)

    monkeypatch.setattr(WriterLock, "acquire", acquire_after_another_write)
    with open_workshop(demo_path) as store:
        assert store.load().details.title == "Changed meanwhile"


def test_an_edit_before_the_first_load_is_in_it(demo_path: Path) -> None:
    with open_workshop(demo_path) as store:
        store.put(dataclasses.replace(store.details(), title="Edited first"))
        assert store.load().details.title == "Edited first"


def test_a_file_left_in_wal_mode_is_read_once(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As after the app was killed, or another program left the file: its header says
    # WAL and there is no -wal file yet. The check's own first read creates one, which
    # is no change to what is stored.
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    conn.close()
    assert not demo_path.with_name(demo_path.name + "-wal").exists()
    with open_workshop(demo_path, read_only=True) as fresh:
        expected = fresh.load()
    conn = sqlite3.connect(demo_path)  # the read-only open switched nothing back
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
    made = _count_answer_decoders(monkeypatch)
    with open_workshop(demo_path) as store:
        assert store.load() == expected
        assert len(made) == 1  # the check's read, handed on
