"""Ways a workshop file gets damaged: content SQLite cannot see, and broken pages."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def invalid_utf8(path: Path) -> None:
    _sql(path, "UPDATE answers SET comment = CAST(X'4A75FF7267656E' AS TEXT) WHERE rowid = 3")


def broken_questionnaire(path: Path) -> None:
    _sql(path, "UPDATE questionnaire SET template = substr(template, 1, 40)")


def bad_timestamp(path: Path) -> None:
    _sql(path, "UPDATE answers SET answered_at = 'yesterday at noon' WHERE rowid = 2")


def unknown_status(path: Path) -> None:
    _sql(path, "UPDATE action_items SET status = 'exploded' WHERE rowid = 1")


def bad_json_list(path: Path) -> None:
    _sql(path, "UPDATE partners SET capacities = '[{\"broken\": ' WHERE rowid = 1")


def rule_broken(path: Path) -> None:
    """Every row decodes, but the workshop breaks its own rules (a likert answer of 99)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        qid = conn.execute(
            "SELECT question_id FROM answers WHERE value GLOB '[0-9]' LIMIT 1"
        ).fetchone()[0]
        conn.execute("UPDATE answers SET value = '99' WHERE question_id = ?", [qid])
    finally:
        conn.close()


def index_out_of_step(path: Path) -> None:
    """The answers_question index no longer matches its table: quick_check passes,
    integrity_check does not."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'answers_question'"
        ).fetchone()[0]
        # Find a leaf page of the index: the root, or the first child of an interior root.
        data = path.read_bytes()
    finally:
        conn.close()
    page = root
    while True:
        start = (page - 1) * page_size
        header = start + (100 if page == 1 else 0)
        kind = data[header]
        if kind == 0x0A:  # index leaf
            break
        assert kind == 0x02, kind  # index interior: follow the first child
        cell = int.from_bytes(data[header + 12 : header + 14], "big")
        page = int.from_bytes(data[start + cell : start + cell + 4], "big")
    # Change one letter of a stored question id in the index's cells (the end of the
    # page holds cell content): the structure stays valid, the entries no longer match.
    buf = bytearray(data)
    area = bytes(buf[start + page_size - 400 : start + page_size])
    for n, byte in enumerate(area):
        if 0x41 <= byte <= 0x5A:  # an upper-case letter of an id
            buf[start + page_size - 400 + n] = byte + 1 if byte < 0x5A else 0x41
            break
    path.write_bytes(bytes(buf))


CONTENT_DAMAGE: dict[str, Callable[[Path], None]] = {
    "invalid-utf8": invalid_utf8,
    "broken-questionnaire": broken_questionnaire,
    "bad-timestamp": bad_timestamp,
    "unknown-status": unknown_status,
    "bad-json-list": bad_json_list,
    "rule-broken": rule_broken,
    "index-out-of-step": index_out_of_step,
}
