"""The opening check runs SQLite's page and key checks on a second connection while it
loads the rows; its verdict (every problem, in order, and the workshop it hands on) is
the one of the same checks run one after the other, for a healthy file and for each
kind of damage, and both connections are closed afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.storage.damage import CONTENT_DAMAGE
from workshop_app.storage import health
from workshop_app.storage.store import TABLES, WorkshopStore


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)


def _flip_a_page(path: Path) -> None:
    """A byte flipped inside the answers table's pages: SQLite's checks see it."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size + 3] ^= 0xFF  # the page's cell count
    path.write_bytes(bytes(data))


def _check(path: Path, *, side_by_side: bool) -> tuple[list[str], object]:
    conn = _connect(path)
    opened: list[sqlite3.Connection] = []

    def second() -> sqlite3.Connection:
        opened.append(_connect(path))
        return opened[-1]

    try:
        store = WorkshopStore(path, conn, read_only=True)
        problems, loaded = health.full_check(
            conn, TABLES, store.load, connect=second if side_by_side else None
        )
    finally:
        conn.close()
    assert len(opened) == (1 if side_by_side else 0)
    for c in opened:  # closed by the check: using it again fails
        with pytest.raises(sqlite3.ProgrammingError):
            c.execute("SELECT 1")
    return problems, loaded


@pytest.mark.parametrize("damage", ["none", "page", *sorted(CONTENT_DAMAGE)])
def test_side_by_side_gives_the_verdict_of_one_after_the_other(
    demo_path: Path, damage: str
) -> None:
    if damage == "page":
        _flip_a_page(demo_path)
    elif damage != "none":
        CONTENT_DAMAGE[damage](demo_path)
    problems, loaded = _check(demo_path, side_by_side=True)
    expected_problems, expected = _check(demo_path, side_by_side=False)
    assert problems == expected_problems
    assert loaded == expected
    assert (problems == []) == (damage == "none")
    assert (loaded is not None) == (damage == "none")


def test_a_second_connection_that_cannot_open_is_a_problem(demo_path: Path) -> None:
    conn = _connect(demo_path)

    def refused() -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    try:
        store = WorkshopStore(demo_path, conn, read_only=True)
        problems, loaded = health.full_check(conn, TABLES, store.load, connect=refused)
    finally:
        conn.close()
    assert problems == ["unable to open database file"]
    assert loaded is None
