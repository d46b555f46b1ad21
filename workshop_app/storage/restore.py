"""Putting a backup back: in place (under the writer lock) or as a new file."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop_app.atomic import atomic_target, describe_os_error, fsync_folder
from workshop_app.domain import model
from workshop_app.domain.errors import FileFormatError, WorkshopError
from workshop_app.storage import backups
from workshop_app.storage.lock import WriterLock
from workshop_app.storage.store import (
    StorageError,
    WorkshopStore,
    damaged_message,
    open_workshop,
    probe_problems,
)


def resolve_backup(path: Path, backup: str | Path) -> Path:
    """A backup given as a path, a file name in the backup folder, or its number in
    ``workshop-app backups`` (1 = the newest)."""
    text = str(backup)
    belongs_to = backups.backup_of_record(Path(text).name)
    if belongs_to is not None:
        raise WorkshopError(
            f"'{Path(text).name}' is the record kept beside the backup '{belongs_to}', not a "
            f"backup; restore '{belongs_to}' instead."
        )
    listed = backups.list_backups(path)
    if text.isdigit() and not Path(text).exists():
        n = int(text)
        if not 1 <= n <= len(listed):
            raise WorkshopError(
                f"There is no backup number {n} of '{path.name}' ({len(listed)} backups in "
                f"'{backups.backup_folder(path)}')."
            )
        return listed[n - 1].path
    candidate = Path(backup)
    if not candidate.exists():
        in_folder = backups.backup_folder(path) / candidate.name
        if in_folder.exists():
            return in_folder
        raise WorkshopError(
            f"The backup '{backup}' does not exist. Backups of '{path.name}' are in "
            f"'{backups.backup_folder(path)}'; 'workshop-app backups \"{path}\"' lists them."
        )
    return candidate


def read_backup(backup: Path) -> model.Workshop:
    """The workshop in a backup, after the same full check as any open."""
    problems, _ = probe_problems(backup)
    if problems:
        raise FileFormatError(
            f"The backup '{backup}' is damaged ({problems[0]}); choose another one."
        )
    try:
        with open_workshop(backup, read_only=True) as store:
            return store.load()
    except FileFormatError as exc:
        raise FileFormatError(f"The backup '{backup}' cannot be used: {exc}") from None


def restore_in_place(path: Path, backup: Path) -> str:
    """Replace the workshop's content with the backup's, under the writer lock.

    A healthy file keeps its identity (one transaction; its current state is backed up
    first, so the restore itself can be undone by restoring that backup). A damaged file
    is moved into the backup folder and the backup copied in its place.
    """
    workshop = read_backup(backup)
    problems: list[str]
    try:
        problems, _ = probe_problems(path)
    except FileFormatError:
        problems = ["not a readable workshop file"]
    if not problems:
        store = open_workshop(path, purpose="workshop-app restore")
        try:
            backups.rolling_backup(store._conn, path)  # the state being replaced
            store.replace_all(workshop)
        finally:
            store.close(backup=False)
        return f"Restored '{path.name}' from '{backup.name}'."
    lock = WriterLock(path, "workshop-app restore")
    lock.acquire()
    try:
        kept = _move_damaged_aside(path)
        _copy_backup(backup, path)
    finally:
        lock.release()
    return f"Restored '{path.name}' from '{backup.name}'; the damaged file was kept as '{kept}'."


def _move_damaged_aside(path: Path) -> Path:
    folder = backups.backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = folder / f"{path.stem}.damaged-{stamp}{path.suffix}"
    try:
        os.replace(path, kept)
        # Side files of the damaged file must not meet the restored one: SQLite would
        # replay a stale -wal or -journal into it.
        for suffix in ("-wal", "-shm", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        fsync_folder(path.parent)
    except OSError as exc:
        raise StorageError(
            f"'{path.name}' could not be replaced: {describe_os_error(exc)}."
        ) from None
    return kept


def _copy_backup(backup: Path, target: Path) -> None:
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with atomic_target(target, overwrite=False) as tmp:
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
    except OSError as exc:
        raise StorageError(
            f"'{target.name}' could not be written: {describe_os_error(exc)}."
        ) from None
    finally:
        src.close()


def restore_as_new(backup: Path, target: Path) -> Path:
    """Write the backup as a new workshop file (never over an existing one)."""
    read_backup(backup)
    if target.exists():
        raise WorkshopError(f"'{target}' already exists; choose another name.")
    try:
        _copy_backup(backup, target)
    except FileExistsError:
        raise WorkshopError(f"'{target}' already exists; choose another name.") from None
    return target


def restore_entities(store: WorkshopStore, workshop: model.Workshop) -> tuple[list[Any], list[Any]]:
    """What to put and delete to turn the store's content into ``workshop`` (the app
    applies it as one undo step)."""
    current = store.load()
    if (current.questionnaire.template_id, current.questionnaire.version) != (
        workshop.questionnaire.template_id,
        workshop.questionnaire.version,
    ):
        raise WorkshopError(
            "This backup uses another questionnaire; restore it into a new file instead."
        )
    groups = (
        "partners",
        "participants",
        "answers",
        "gap_discussions",
        "contributions",
        "bodies",
        "decisions",
        "escalation_steps",
        "review_points",
        "exit_triggers",
        "shared_assets",
        "action_items",
    )
    put: list[Any] = [workshop.details, workshop.exit_terms]
    delete: list[Any] = []
    for group in groups:
        wanted = {_key(e): e for e in getattr(workshop, group)}
        have = {_key(e): e for e in getattr(current, group)}
        put.extend(e for k, e in wanted.items() if have.get(k) != e)
        delete.extend(e for k, e in have.items() if k not in wanted)
    return put, delete


def _key(entity: object) -> tuple[Any, ...]:
    if isinstance(entity, model.Answer):
        return (entity.participant_id, entity.question_id)
    if isinstance(entity, model.GapDiscussion):
        return (entity.question_id,)
    return (getattr(entity, "id", None),)


__all__ = [
    "damaged_message",
    "read_backup",
    "resolve_backup",
    "restore_as_new",
    "restore_entities",
    "restore_in_place",
]
