"""The .workshop file: create, open (with refusals and migration), edit, load, back up.

All SQL of the application lives in this package. Every public edit is one
transaction; an edit that returned has reached the disk (WAL, synchronous=FULL).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workshop_app.domain import model
from workshop_app.domain.errors import FileFormatError, ValidationError, WorkshopError
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.template_format import questionnaire_from_dict, questionnaire_to_dict
from workshop_app.storage import backups
from workshop_app.storage.codec import from_row, to_row
from workshop_app.storage.schema import APPLICATION_ID, known_migrations, migrations

EXTENSION = ".workshop"
_SQLITE_MAGIC = b"SQLite format 3\x00"

# entity class -> (table, primary key columns)
TABLES: dict[type, tuple[str, tuple[str, ...]]] = {
    model.Partner: ("partners", ("id",)),
    model.Participant: ("participants", ("id",)),
    model.Answer: ("answers", ("participant_id", "question_id")),
    model.GapDiscussion: ("gap_discussions", ("question_id",)),
    model.Contribution: ("contributions", ("id",)),
    model.GovernanceBody: ("bodies", ("id",)),
    model.Decision: ("decisions", ("id",)),
    model.EscalationStep: ("escalation_steps", ("id",)),
    model.ReviewPoint: ("review_points", ("id",)),
    model.ExitTrigger: ("exit_triggers", ("id",)),
    model.SharedAsset: ("shared_assets", ("id",)),
    model.ActionItem: ("action_items", ("id",)),
}
_ORDER = {
    "partners": "position, rowid",
    "participants": "rowid",
    "answers": "rowid",
    "gap_discussions": "rowid",
    "escalation_steps": "level, rowid",
}

Entity = Any  # one of the classes in TABLES, WorkshopDetails or ExitTerms


class StorageError(WorkshopError):
    """The file could not be written or read (disk full, permissions, locked)."""


class ReadOnlyError(WorkshopError):
    """An edit was attempted on a file opened read-only."""


def _file_problem(path: Path, what: str) -> FileFormatError:
    return FileFormatError(f"'{path.name}' {what}")


def _inspect_header(path: Path) -> None:
    """Refuse files that are not ours before SQLite touches them."""
    if not path.exists():
        raise FileFormatError(f"'{path}' does not exist.")
    if path.is_dir():
        raise FileFormatError(f"'{path}' is a folder, not a workshop file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise FileFormatError(f"'{path.name}' cannot be read: {exc.strerror}.") from None
    if len(header) == 0:
        raise _file_problem(path, "is empty; it is not a workshop file.")
    if not header.startswith(_SQLITE_MAGIC):
        raise _file_problem(
            path, "is not a Partnership Workshop file (it is not a SQLite database)."
        )
    if len(header) < 100:
        raise _file_problem(path, "is truncated: it ends inside its header.")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise _file_problem(
            path, "is a SQLite database of another application, not a Partnership Workshop file."
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    wal = path.with_name(path.name + "-wal")
    if pages and page_size * pages > path.stat().st_size and not wal.exists():
        raise _file_problem(
            path, f"is truncated: it should hold {page_size * pages:,} bytes but has "
            f"{path.stat().st_size:,}. Open a backup instead."
        )


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _check_database(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Quick-check the file and return the names of the migrations it has."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise _file_problem(
            path, f"is damaged and cannot be opened ({exc}). Open a backup instead."
        ) from None
    if [r[0] for r in result] != ["ok"]:
        first = result[0][0] if result else "no answer"
        raise _file_problem(path, f"is damaged (integrity check: {first}). Open a backup instead.")
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'workshop' ORDER BY rowid"
        ).fetchall()
    except sqlite3.DatabaseError:
        raise _file_problem(
            path, "has no schema record; it is not a complete workshop file."
        ) from None
    applied = [r[0] for r in rows]
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise _file_problem(
            path, "was saved by a newer version of Partnership Workshop "
            f"(schema {unknown[-1]}). Update the app to open it."
        )
    return applied


def _configure(conn: sqlite3.Connection, *, read_only: bool) -> None:
    if not read_only:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError(f"The workshop file cannot use write-ahead logging (mode {mode}).")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


class WorkshopStore:
    """An open .workshop file. Views receive one of these; they never run SQL."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self.db = Database(conn, execute_plugins=False)
        self._questionnaire: Questionnaire | None = None

    # --- lifecycle -------------------------------------------------------------------

    def close(self, *, backup: bool = True) -> None:
        if self._conn is None:
            return
        try:
            if backup and not self.read_only:
                with suppress(OSError, sqlite3.Error):
                    backups.rolling_backup(self._conn, self.path)
            if not self.read_only:
                with suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                # A closed workshop is one self-contained file: back in rollback-journal
                # mode, a later read-only open (check, info, export) leaves no -wal/-shm
                # beside it. Fails harmlessly while another connection has it open.
                with suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> WorkshopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> str:
        rows = self._conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'workshop' ORDER BY rowid"
        ).fetchall()
        return rows[-1][0] if rows else "none"

    def integrity_check(self) -> list[str]:
        """Problems found by SQLite's full integrity check and our own rules; [] if healthy."""
        problems = [r[0] for r in self._conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if problems == ["ok"] else problems
        problems += [
            f"foreign key problem in table {r[0]}"
            for r in self._conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
        if not problems:
            try:
                self.load().validate()
            except (WorkshopError, ValueError, KeyError, TypeError) as exc:
                problems.append(str(exc))
        return problems

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent copy with the online backup API (safe while the file is open)."""
        return backups.backup_to(self._conn, Path(target))

    # --- transactions ----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[WorkshopStore]:
        """Group several edits into one transaction (all or nothing)."""
        self._writable()
        try:
            with self.db.atomic():
                yield self
        except sqlite3.Error as exc:
            raise StorageError(
                f"The change could not be saved to '{self.path.name}': {exc}."
            ) from exc

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"'{self.path.name}' is open read-only; changes cannot be saved.")

    # --- reading ---------------------------------------------------------------------

    def questionnaire(self) -> Questionnaire:
        if self._questionnaire is None:
            row = self._conn.execute("SELECT template FROM questionnaire").fetchone()
            if row is None:
                raise _file_problem(self.path, "holds no questionnaire.")
            self._questionnaire = questionnaire_from_dict(json.loads(row[0]), self.path.name)
        return self._questionnaire

    def _has_questionnaire(self) -> bool:
        return self._conn.execute("SELECT 1 FROM questionnaire").fetchone() is not None

    def details(self) -> model.WorkshopDetails:
        row = self._rows("details")
        if not row:
            raise _file_problem(self.path, "holds no workshop details.")
        return from_row(model.WorkshopDetails, row[0])

    def exit_terms(self) -> model.ExitTerms:
        rows = self._rows("exit_terms")
        if not rows:
            return model.ExitTerms()
        row = dict(rows[0])
        row.pop("id", None)
        return from_row(model.ExitTerms, row)

    def all(self, cls: type) -> list[Any]:
        table, _ = TABLES[cls]
        return [from_row(cls, r) for r in self._rows(table)]

    def answers_of(self, participant_id: str) -> list[model.Answer]:
        return [
            from_row(model.Answer, r)
            for r in self._query("SELECT * FROM answers WHERE participant_id = ?", [participant_id])
        ]

    def count(self, cls: type) -> int:
        table, _ = TABLES[cls]
        return self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def load(self) -> model.Workshop:
        return model.Workshop(
            details=self.details(),
            questionnaire=self.questionnaire(),
            partners=tuple(self.all(model.Partner)),
            participants=tuple(self.all(model.Participant)),
            answers=tuple(self.all(model.Answer)),
            gap_discussions=tuple(self.all(model.GapDiscussion)),
            contributions=tuple(self.all(model.Contribution)),
            bodies=tuple(self.all(model.GovernanceBody)),
            decisions=tuple(self.all(model.Decision)),
            escalation_steps=tuple(self.all(model.EscalationStep)),
            review_points=tuple(self.all(model.ReviewPoint)),
            exit_terms=self.exit_terms(),
            exit_triggers=tuple(self.all(model.ExitTrigger)),
            shared_assets=tuple(self.all(model.SharedAsset)),
            action_items=tuple(self.all(model.ActionItem)),
        )

    def _rows(self, table: str) -> list[dict[str, Any]]:
        default = "rowid" if table in ("details", "exit_terms") else "position, rowid"
        order = _ORDER.get(table, default)
        return self._query(f"SELECT * FROM {table} ORDER BY {order}")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self._conn.execute(sql, list(params))
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    # --- writing ---------------------------------------------------------------------

    def put(self, *entities: Entity) -> None:
        """Insert or replace entities in one transaction, after validating each."""
        with self.transaction():
            for entity in entities:
                self._put_one(entity)

    def delete(self, *entities: Entity) -> None:
        """Delete entities (and what depends on them) in one transaction."""
        with self.transaction():
            for entity in entities:
                self._delete_one(entity)

    def _put_one(self, entity: Entity) -> None:
        if isinstance(entity, model.WorkshopDetails):
            entity.validate()
            if self._has_questionnaire():
                model.check_overrides(entity, self.questionnaire())
            self._conn.execute("DELETE FROM details")
            self.db["details"].insert(to_row(entity))
            return
        if isinstance(entity, model.ExitTerms):
            entity.validate()
            self.db["exit_terms"].upsert({"id": 1, **to_row(entity)}, pk="id")
            return
        if isinstance(entity, model.Answer):
            entity = self._checked_answer(entity)
        elif isinstance(entity, model.Partner):
            entity.validate()
            self._check_partner_limits(entity)
        elif hasattr(entity, "validate"):
            entity.validate()
        if isinstance(entity, model.GapDiscussion):
            self.questionnaire().question(entity.question_id)
        table, pk = TABLES[type(entity)]
        row = to_row(entity)
        cols = list(row)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c not in pk) or None
        conflict = (
            f"ON CONFLICT ({', '.join(pk)}) DO UPDATE SET {updates}"
            if updates else "ON CONFLICT DO NOTHING"
        )
        self._conn.execute(
            f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)}) {conflict}",
            [row[c] for c in cols],
        )

    def _checked_answer(self, answer: model.Answer) -> model.Answer:
        row = self._conn.execute(
            "SELECT name FROM participants WHERE id = ?", [answer.participant_id]
        ).fetchone()
        if row is None:
            raise ValidationError(
                f"Answer to {answer.question_id}: participant {answer.participant_id} "
                "is not in this workshop."
            )
        if answer.answered_at is None:
            answer = replace(answer, answered_at=datetime.now().astimezone().replace(microsecond=0))
        return model.validate_answer(self.questionnaire(), answer, row[0])

    def _check_partner_limits(self, partner: model.Partner) -> None:
        rows = self._conn.execute(
            "SELECT id, name FROM partners WHERE id != ?", [partner.id]
        ).fetchall()
        if len(rows) >= model.MAX_PARTNERS:
            raise ValidationError(
                f"A workshop has at most {model.MAX_PARTNERS} partners; remove one before adding "
                f"{partner.name}."
            )
        if any(name.strip().casefold() == partner.name.strip().casefold() for _, name in rows):
            raise ValidationError(f"A partner named '{partner.name}' is already in this workshop.")

    def _delete_one(self, entity: Entity) -> None:
        table, pk = TABLES[type(entity)]
        if isinstance(entity, model.Partner):
            for decision in self.all(model.Decision):
                if decision.right_of(entity.id) is not None:
                    self._put_one(decision.with_right(entity.id, None))
        where = " AND ".join(f"{c} = ?" for c in pk)
        self._conn.execute(f"DELETE FROM {table} WHERE {where}", [getattr(entity, c) for c in pk])

    def partner_dependents(self, partner_id: str) -> dict[str, list[Any]]:
        """What removing a partner would delete or change, to confirm and to undo."""
        people = [p for p in self.all(model.Participant) if p.partner_id == partner_id]
        ids = {p.id for p in people}
        return {
            "participants": people,
            "answers": [a for a in self.all(model.Answer) if a.participant_id in ids],
            "contributions": [
                c for c in self.all(model.Contribution)
                if c.partner_id == partner_id or c.recipient_id == partner_id
            ],
            "decisions": [
                d for d in self.all(model.Decision) if d.right_of(partner_id) is not None
            ],
            "shared_assets": [s for s in self.all(model.SharedAsset) if s.owner_id == partner_id],
        }

    def replace_all(self, workshop: model.Workshop) -> None:
        """Replace the whole content (import) in one transaction; all or nothing."""
        workshop.validate()
        with self.transaction():
            tables = [t for t, _ in TABLES.values()] + ["details", "questionnaire", "exit_terms"]
            for table in tables:
                self._conn.execute(f"DELETE FROM {table}")
            self._write_questionnaire(workshop.questionnaire)
            self._put_one(workshop.details)
            self._put_one(workshop.exit_terms)
            for group in (
                workshop.partners, workshop.participants, workshop.bodies, workshop.answers,
                workshop.gap_discussions, workshop.contributions, workshop.decisions,
                workshop.escalation_steps, workshop.review_points, workshop.exit_triggers,
                workshop.shared_assets, workshop.action_items,
            ):
                self._insert_many(group)

    def _insert_many(self, entities: Iterable[Entity]) -> None:
        rows = [to_row(e) for e in entities]
        if not rows:
            return
        sample = next(iter(entities)) if isinstance(entities, tuple | list) else None
        table, _ = TABLES[type(sample)]
        cols = list(rows[0])
        self._conn.executemany(
            f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})",
            [[r[c] for c in cols] for r in rows],
        )

    def _write_questionnaire(self, q: Questionnaire) -> None:
        self._conn.execute("DELETE FROM questionnaire")
        self._conn.execute(
            "INSERT INTO questionnaire (template_id, version, template) VALUES (?, ?, ?)",
            [q.template_id, q.version, json.dumps(questionnaire_to_dict(q), ensure_ascii=False)],
        )
        self._questionnaire = q


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending migration in one transaction: all of them or none.

    (sqlite-utils commits each migration on its own; nested in ours they become
    savepoints, so a failure in the third leaves the first two undone as well.)
    """
    db = Database(conn, execute_plugins=False)
    with db.atomic():
        migrations.apply(db)
        conn.execute(f"PRAGMA user_version = {len(known_migrations())}")


def create_workshop(
    path: str | Path, workshop: model.Workshop, *, overwrite: bool = False
) -> WorkshopStore:
    """Write a new workshop file and return it open.

    The file is built under a temporary name and renamed, so a failure leaves nothing
    half-written under the real name.
    """
    target = Path(path)
    if target.exists() and not overwrite:
        raise WorkshopError(f"'{target}' already exists; choose another name.")
    workshop.validate()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = backups.new_temp_file(target.parent, ".new-", EXTENSION)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn)
            store = WorkshopStore(tmp, conn)
            store.replace_all(workshop)
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return open_workshop(target)


def new_workshop(title: str, questionnaire: Questionnaire, **details: Any) -> model.Workshop:
    """An empty workshop with the given questionnaire copied in."""
    return model.Workshop(
        details=model.WorkshopDetails(id=model.new_id(), title=title, **details),
        questionnaire=questionnaire,
    )


def open_workshop(
    path: str | Path, *, read_only: bool = False, migrate: bool = True
) -> WorkshopStore:
    """Open a workshop file, refusing foreign, damaged and newer files unchanged.

    An older file is backed up (online backup API) and migrated in a transaction.
    """
    p = Path(path)
    _inspect_header(p)
    try:
        probe = _connect(p, read_only=True)
    except sqlite3.Error as exc:
        raise _file_problem(p, f"cannot be opened ({exc}).") from None
    try:
        applied = _check_database(probe, p)
    except sqlite3.DatabaseError as exc:
        raise _file_problem(p, f"is damaged ({exc}). Open a backup instead.") from None
    finally:
        probe.close()
    pending = [m for m in known_migrations() if m not in applied]
    if pending and (read_only or not migrate):
        raise _file_problem(
            p, "was saved by an older version and must be upgraded; open it for editing once."
        )
    try:
        conn = _connect(p, read_only=read_only)
        _configure(conn, read_only=read_only)
    except sqlite3.Error as exc:
        raise StorageError(f"'{p.name}' cannot be opened for writing: {exc}.") from None
    if pending:
        try:
            backups.migration_backup(conn, p, applied[-1] if applied else "empty")
            _migrate(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise StorageError(
                f"'{p.name}' could not be upgraded ({exc}); it was left unchanged."
            ) from None
    return WorkshopStore(p, conn, read_only=read_only)
