"""Backups: taken only when the workshop changed, kept by a clear rule, listed and
restored from the command line."""

from __future__ import annotations

import dataclasses
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import edit_notes
from workshop_app import cli
from workshop_app.domain import model
from workshop_app.domain.errors import WorkshopError
from workshop_app.exchange.answers_csv import import_answers_csv
from workshop_app.storage import backups
from workshop_app.storage.store import open_workshop


def test_only_changed_states_are_backed_up(demo_path: Path, tmp_path: Path) -> None:
    edit_notes(demo_path, "first")
    edit_notes(demo_path, "second")
    assert len(backups.list_backups(demo_path)) == 2
    for _ in range(3):  # opens without edits
        open_workshop(demo_path).close()
    bad = tmp_path / "bad.csv"
    bad.write_text("participant,partner,question_id,value\nNobody,Nowhere,G01,3\n", "utf-8")
    for _ in range(3):  # refused imports
        with open_workshop(demo_path) as store, pytest.raises(WorkshopError):
            import_answers_csv(store, bad)
    with open_workshop(demo_path) as store:  # an edit undone is no change either
        store.put(dataclasses.replace(store.details(), notes="third"))
        store.put(dataclasses.replace(store.details(), notes="second"))
    listed = backups.list_backups(demo_path)
    assert len(listed) == 2
    with open_workshop(listed[0].path, read_only=True) as newest:
        assert newest.details().notes == "second"


def _fake_backups(folder: Path, source: Path, times: list[datetime]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for t in times:
        shutil.copy(source, folder / f"demo-{t:%Y%m%d-%H%M%S-%f}.workshop")


def test_the_last_ten_states_and_one_a_day_for_fourteen_days_are_kept(
    demo_path: Path,
) -> None:
    folder = backups.backup_folder(demo_path)
    now = datetime(2026, 11, 29, 18, 0)
    today = [now - timedelta(minutes=m) for m in range(12)]  # 12 today
    days = [now - timedelta(days=d, hours=h) for d in range(1, 20) for h in (1, 5)]
    _fake_backups(folder, demo_path, today + days)
    # Temp files of a backup in progress, and our other files, are never counted.
    (folder / ".pw-tmp-1-aaaaaaaaaaaa-demo-20261129-170000-000000.workshop").write_bytes(b"x")
    (folder / ".copy-abc.workshop").write_bytes(b"x")
    (folder / "demo.damaged-20261101-100000.workshop").write_bytes(b"x")
    backups.prune(folder, now=now)
    kept = sorted(p.name for p in folder.glob("demo-*.workshop"))
    expected_days = {(now - timedelta(days=d)).date() for d in range(1, 14)}
    kept_days = {datetime.strptime(n[5:20], "%Y%m%d-%H%M%S").date() for n in kept} - {now.date()}
    assert kept_days == expected_days  # one a day for the 13 days before today...
    assert len(kept) == 10 + 13  # ...plus the newest 10 (all from today)
    newest_ten = sorted(f"demo-{t:%Y%m%d-%H%M%S-%f}.workshop" for t in today[:10])
    assert set(newest_ten) <= set(kept)
    assert (folder / ".copy-abc.workshop").exists()
    assert (folder / "demo.damaged-20261101-100000.workshop").exists()
    assert len(backups.list_backups(demo_path)) == 23


def test_backups_command_lists_date_time_and_counts(demo_path: Path, capsys) -> None:
    edit_notes(demo_path, "one")
    with open_workshop(demo_path) as store:
        person = store.all(model.Participant)[0]
        store.delete(person)
    assert cli.main(["backups", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert str(backups.backup_folder(demo_path)) in out
    with open_workshop(demo_path, read_only=True) as store:
        now = store.counts()
    first = out.splitlines()[1]
    assert first.strip().startswith("1. " + datetime.now().strftime("%Y-%m-%d"))
    assert (
        f"{now['partners']} partners, {now['participants']} participants, {now['answers']} answers"
    ) in first
    assert f"{now['participants'] + 1} participants" in out.splitlines()[2]


def test_restore_puts_a_backup_back_and_keeps_the_state_it_replaced(
    demo_path: Path, capsys
) -> None:
    edit_notes(demo_path, "good state")
    edit_notes(demo_path, "bad edit")
    listed = backups.list_backups(demo_path)
    assert cli.main(["restore", str(demo_path), str(listed[1].path)]) == 0
    with open_workshop(demo_path, read_only=True) as store:
        assert store.details().notes == "good state"
    # The replaced state is a backup too (nothing is lost by restoring).
    newest = backups.list_backups(demo_path)[0]
    with open_workshop(newest.path, read_only=True) as store:
        assert store.details().notes == "bad edit"


def test_restore_refusals_name_the_backup_folder(demo_path: Path, capsys) -> None:
    assert cli.main(["restore", str(demo_path), "3"]) == 1
    assert str(backups.backup_folder(demo_path)) in capsys.readouterr().err
    assert cli.main(["restore", str(demo_path), "nothing-here.workshop"]) == 1
    err = capsys.readouterr().err
    assert str(backups.backup_folder(demo_path)) in err and "workshop-app backups" in err


def test_no_backups_yet_says_where_they_will_be(demo_path: Path, capsys) -> None:
    assert cli.main(["backups", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "No backups" in out and str(backups.backup_folder(demo_path)) in out
    assert not os.path.exists(backups.backup_folder(demo_path))


def test_backups_are_listed_at_the_time_in_their_names_and_odd_names_left_out(
    demo_path: Path,
) -> None:
    folder = backups.backup_folder(demo_path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = demo_path.stem
    names = [
        f"{stem}-20261231-235959-123456.workshop",
        f"{stem}-20270102-080000-000001.workshop",
        f"{stem}-20260230-120000-000000.workshop",  # no 30 February: not a backup
        f"{stem}-20261231-246000-000000.workshop",  # no such hour
        f"{stem}-2026123-235959-123456.workshop",  # not the pattern
    ]
    for name in names:
        shutil.copyfile(demo_path, folder / name)
    listed = backups.list_backups(demo_path)
    assert [(b.path.name, b.taken) for b in listed] == [
        (names[1], datetime(2027, 1, 2, 8, 0, 0, 1)),
        (names[0], datetime(2026, 12, 31, 23, 59, 59, 123456)),
    ]
