"""200 damaged variants of the demo workshop (byte flips in the header and the pages,
truncations, content damage in each table): check, info, export and the app's open
never show a traceback; each variant opens with data that passes the full check or is
refused with one line; no refused file is modified (bytes and modification time).

WORKSHOP_DAMAGE_VARIANTS sets the number of variants (200 by default)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_app import cli
from workshop_app.storage.store import open_workshop

VARIANTS = int(os.environ.get("WORKSHOP_DAMAGE_VARIANTS", "200"))
TABLES = [
    "details",
    "questionnaire",
    "partners",
    "participants",
    "answers",
    "gap_discussions",
    "contributions",
    "bodies",
    "decisions",
    "escalation_steps",
    "review_points",
    "exit_terms",
    "exit_triggers",
    "shared_assets",
    "action_items",
]

Damage = Callable[[Path], None]


def _flip(offsets: list[int], masks: list[int]) -> Damage:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        for offset, mask in zip(offsets, masks, strict=True):
            data[offset % len(data)] ^= mask
        path.write_bytes(bytes(data))

    return damage


def _truncate(keep: float) -> Damage:
    def damage(path: Path) -> None:
        with path.open("r+b") as fh:
            fh.truncate(int(path.stat().st_size * keep))

    return damage


def _content(table: str, kind: str) -> Damage:
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            cols = [
                r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[2].upper() == "TEXT"
            ]
            if not conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                conn.execute(
                    f"INSERT INTO {table} DEFAULT VALUES"
                ) if table == "exit_terms" else None
            col = cols[(len(kind) + len(table)) % len(cols)]
            value = {
                "utf8": "CAST(X'41FF42' AS TEXT)",
                "json": "'{\"half\": '",
                "word": "'??'",
                "number": "12345678901234567890",
            }[kind]
            conn.execute(
                f'UPDATE {table} SET "{col}" = {value} WHERE rowid = '
                f"(SELECT min(rowid) FROM {table})"
            )
        finally:
            conn.close()

    return damage


def variants(size: int) -> list[tuple[str, Damage]]:
    rng = random.Random(4711)
    out: list[tuple[str, Damage]] = []
    for table in TABLES:
        for kind in ("utf8", "json", "word", "number"):
            out.append((f"content-{table}-{kind}", _content(table, kind)))
    n = 0
    while len(out) < VARIANTS:
        n += 1
        pick = n % 4
        if pick == 0:
            offsets = [rng.randrange(0, 100) for _ in range(rng.randint(1, 3))]
            out.append((f"header-flip-{n}", _flip(offsets, [1 << rng.randrange(8)] * len(offsets))))
        elif pick in (1, 2):
            offsets = [rng.randrange(100, size) for _ in range(rng.randint(1, 8))]
            masks = [rng.randrange(1, 256) for _ in offsets]
            out.append((f"page-flip-{n}", _flip(offsets, masks)))
        else:
            out.append((f"truncated-{n}", _truncate(rng.random())))
    return out[:VARIANTS]


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.slow
def test_damaged_variants_are_opened_whole_or_refused_in_one_line(
    qtbot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workshop_app.ui.mainwindow import MainWindow

    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: dialogs.append(text))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: dialogs.append(text) or QMessageBox.StandardButton.No,
    )
    window = MainWindow()
    qtbot.addWidget(window)
    outcomes = {"refused": 0, "opened": 0}
    size = demo_path.stat().st_size
    for n, (name, damage) in enumerate(variants(size)):
        path = tmp_path / f"v{n:03d}.workshop"
        shutil.copy(demo_path, path)
        damage(path)
        before = _state(path)
        results = []
        for argv in (
            ["check", str(path)],
            ["info", str(path)],
            ["export", str(path), "--json", str(tmp_path / "out.json")]
            + (["--xlsx", str(tmp_path / "out.xlsx")] if n % 25 == 0 else []),
        ):
            code = cli.main(argv)
            out, err = capsys.readouterr()
            assert code in (0, 1), (name, argv[0], err)
            assert "Traceback" not in err + out, (name, argv[0], err)
            if code == 1:
                assert len(err.strip().splitlines()) == 1, (name, argv[0], err)
            results.append(code)
        assert len(set(results)) == 1, (name, results)  # every command agrees
        dialogs.clear()
        opened = window.open_path(path)
        assert opened == (results[0] == 0), (name, dialogs)
        if opened:
            outcomes["opened"] += 1
            window.close_workshop()
            with open_workshop(path, read_only=True) as store:
                assert store.integrity_check() == [], name
            continue
        outcomes["refused"] += 1
        assert len(dialogs) == 1 and len(dialogs[0].splitlines()) == 1, (name, dialogs)
        assert window.session is None
        assert _state(path) == before, f"{name}: a refused file was modified"
        assert sorted(p.name for p in tmp_path.glob(f"*{path.name}*")) == [path.name], name
    assert sum(outcomes.values()) == VARIANTS
    assert outcomes["refused"] > VARIANTS // 2, outcomes  # the damage was real damage
