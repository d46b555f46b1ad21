"""The record beside each backup: a close compares the open file with it instead of
reading the newest backup again, and a record that does not fit its backup is ignored
(the backup is read as before), so it can never make us skip a backup that was needed."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import edit_notes
from workshop_app import cli
from workshop_app.storage import backup_records as records
from workshop_app.storage import backups
from workshop_app.storage.restore import resolve_backup
from workshop_app.storage.store import open_workshop


def _backup_files(path: Path) -> list[Path]:
    return sorted(backups.backup_folder(path).glob("*.workshop"))


def _record_files(path: Path) -> list[Path]:
    return sorted(backups.backup_folder(path).glob("*" + records.RECORD_SUFFIX))


def _notes(backup: Path) -> str:
    with open_workshop(backup, read_only=True) as store:
        return store.details().notes


def _digest(path: Path) -> str:
    with open_workshop(path, read_only=True) as store:
        return store.content_digest()


def test_a_close_after_an_edit_takes_a_backup_and_records_what_it_holds(
    demo_path: Path,
) -> None:
    edit_notes(demo_path, "edited")
    (backup,) = _backup_files(demo_path)
    assert _record_files(demo_path) == [backup.with_name(backup.name + ".digest")]
    data = json.loads(records.record_path(backup).read_text("utf-8"))
    assert data["backup"] == backup.name
    assert data["size"] == backup.stat().st_size
    assert data["mtime_ns"] == backup.stat().st_mtime_ns
    assert data["content"] == _digest(backup) == _digest(demo_path)
    assert _notes(backup) == "edited"


def _same_size_garbage_in_place_of(backup: Path) -> None:
    """Overwrite a backup with zeros, keeping its size and modification time: only a
    close that reads the file can tell."""
    st = backup.stat()
    backup.write_bytes(b"\0" * st.st_size)
    os.utime(backup, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_a_close_without_changes_does_not_read_the_newest_backup(demo_path: Path) -> None:
    edit_notes(demo_path, "edited")
    (backup,) = _backup_files(demo_path)
    _same_size_garbage_in_place_of(backup)
    for _ in range(2):
        open_workshop(demo_path).close()
    # Had the close read the backup, it would have found no workshop in it, taken the
    # state as changed and written a second backup.
    assert _backup_files(demo_path) == [backup]


def test_without_its_record_the_newest_backup_is_read_as_before(demo_path: Path) -> None:
    """The counterpart of the test above: the same garbage, no record, and the close
    reads the backup, sees it is not this state, and takes a new one."""
    edit_notes(demo_path, "edited")
    (backup,) = _backup_files(demo_path)
    records.record_path(backup).unlink()
    _same_size_garbage_in_place_of(backup)
    open_workshop(demo_path).close()
    files = _backup_files(demo_path)
    assert len(files) == 2 and _notes(files[-1]) == "edited"


def _stale(backup: Path, record: Path, other: Path) -> None:
    pass  # the record stays as it was, while its backup now holds another state


def _missing(backup: Path, record: Path, other: Path) -> None:
    record.unlink()


def _unreadable(backup: Path, record: Path, other: Path) -> None:
    record.write_bytes(b'{"kind": "Partnership Workshop backup record", "sch')


def _names_another_file(backup: Path, record: Path, other: Path) -> None:
    """As if copied from another backup of the same size and time."""
    _fits_the_file_now(backup, record)
    data = json.loads(record.read_text("utf-8"))
    data["backup"] = other.name
    record.write_text(json.dumps(data), "utf-8")


def _of_another_scheme(backup: Path, record: Path, other: Path) -> None:
    _fits_the_file_now(backup, record)
    data = json.loads(record.read_text("utf-8"))
    data["scheme"] = records.SCHEME + 1
    record.write_text(json.dumps(data), "utf-8")


def _fits_the_file_now(backup: Path, record: Path) -> None:
    """Size and time brought up to date: only the field a case changes stays wrong."""
    data = json.loads(record.read_text("utf-8"))
    data["size"], data["mtime_ns"] = backup.stat().st_size, backup.stat().st_mtime_ns
    record.write_text(json.dumps(data), "utf-8")


@pytest.mark.parametrize(
    "spoil",
    [
        _stale,
        _missing,
        _unreadable,
        _names_another_file,
        _of_another_scheme,
    ],
)
def test_a_record_that_does_not_fit_its_backup_is_ignored_and_the_backup_read(
    demo_path: Path, spoil: Callable[[Path, Path, Path], None]
) -> None:
    """The newest backup is made to hold an older state while its record still claims
    the current one; the close must read the file, see the difference and back up."""
    edit_notes(demo_path, "older")
    edit_notes(demo_path, "current")
    older, newest = _backup_files(demo_path)
    shutil.copyfile(older, newest)  # the newest backup now holds the older state
    spoil(newest, records.record_path(newest), older)
    open_workshop(demo_path).close()
    files = _backup_files(demo_path)
    assert len(files) == 3
    assert _notes(files[-1]) == "current"
    assert records.read_record(files[-1]) is not None  # the new backup has its record


def test_an_edit_undone_takes_no_slot_and_the_next_close_still_reads_no_backup(
    demo_path: Path,
) -> None:
    edit_notes(demo_path, "kept")
    with open_workshop(demo_path) as store:
        store.put(dataclasses.replace(store.details(), notes="tried"))
        store.put(dataclasses.replace(store.details(), notes="kept"))
    (backup,) = _backup_files(demo_path)
    _same_size_garbage_in_place_of(backup)
    open_workshop(demo_path).close()
    assert _backup_files(demo_path) == [backup]


def test_records_are_pruned_with_their_backups_and_orphans_removed(demo_path: Path) -> None:
    folder = backups.backup_folder(demo_path)
    folder.mkdir(parents=True)
    now = datetime(2026, 11, 29, 18, 0)
    times = [now - timedelta(minutes=m) for m in range(12)]
    times += [now - timedelta(days=d) for d in range(1, 20)]
    digest = _digest(demo_path)
    for t in times:
        backup = folder / f"demo-{t:%Y%m%d-%H%M%S-%f}.workshop"
        shutil.copyfile(demo_path, backup)
        assert records.write_record(backup, digest, None)
    orphan = folder / "demo-20200101-000000-000000.workshop.digest"  # its backup is gone
    orphan.write_text("{}", "utf-8")
    unrelated = folder / "notes.digest"  # not ours: left alone
    unrelated.write_text("mine", "utf-8")
    being_written = folder / ".pw-tmp-1-aaaaaaaaaaaa-demo-20200101-000000-000000.workshop.digest"
    being_written.write_text("{", "utf-8")  # the atomic writer's, removed by it alone
    removed = backups.prune(folder, now=now)
    assert len(removed) == len(times) - (10 + 13)
    kept = sorted(p.name for p in folder.glob("demo-*.workshop"))
    assert len(kept) == 10 + 13
    assert sorted(p.name for p in folder.glob("demo-*.digest")) == [
        f"{name}.digest" for name in kept
    ]
    assert unrelated.exists() and being_written.exists()


def test_the_close_path_keeps_one_record_per_backup(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "KEEP_LAST", 2)
    for n in range(4):
        edit_notes(demo_path, f"state {n}")
    files = _backup_files(demo_path)
    assert len(files) == 2  # two newest; the newest of today is one of them
    assert _record_files(demo_path) == [f.with_name(f.name + ".digest") for f in files]


def test_restore_lists_backups_only_never_records(demo_path: Path, capsys) -> None:
    edit_notes(demo_path, "one")
    edit_notes(demo_path, "two")
    assert len(_record_files(demo_path)) == 2
    listed = backups.list_backups(demo_path)
    assert [b.path for b in listed] == _backup_files(demo_path)[::-1]
    assert all(b.readable for b in listed)
    assert resolve_backup(demo_path, "1") == listed[0].path
    assert cli.main(["backups", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert ".digest" not in out and out.count("answers") == 2
    assert backups.backup_advice(demo_path).startswith(
        f"The newest healthy backup is '{listed[0].path}'"
    )


def test_the_content_digest_follows_the_content_not_the_pages(
    demo_path: Path, tmp_path: Path
) -> None:
    """The same rows give the same digest in a file laid out anew (VACUUM INTO, smaller
    pages); any stored value changed, even only in its type or sign, changes it."""
    import sqlite3

    relaid = tmp_path / "relaid.workshop"
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM INTO ?", (str(relaid),))
    conn.close()
    assert relaid.read_bytes() != demo_path.read_bytes()
    assert _digest(relaid) == _digest(demo_path)

    def digest_of(*values: object) -> str:
        db = sqlite3.connect(":memory:")
        db.execute("CREATE TABLE t (x)")
        db.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
        return backups.content_digest(db)

    variants = [(1,), ("1",), (1.0,), (b"1",), (None,), (0.0,), (-0.0,), (1, 2), (2, 1), ("1", "")]
    assert len({digest_of(*v) for v in variants}) == len(variants)
    assert digest_of("x", 2.5) == digest_of("x", 2.5)


def test_restoring_a_record_names_the_backup_to_restore(demo_path: Path, capsys) -> None:
    edit_notes(demo_path, "one")
    (backup,) = _backup_files(demo_path)
    record = records.record_path(backup)
    for given in (record.name, str(record)):
        assert cli.main(["restore", str(demo_path), given]) == 1
        err = capsys.readouterr().err
        assert f"'{record.name}' is the record kept beside the backup '{backup.name}'" in err
    assert _notes(demo_path) == "one"
