"""Changing a workshop file: every edit validated against what the file holds, then
written in one transaction (put, delete, replace everything, live answering links).

The writing half of ``WorkshopStore``; reading comes from ``StoreReading``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

from workshop_app.domain import model
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.template_format import questionnaire_to_dict
from workshop_app.domain.text import name_key
from workshop_app.storage.codec import answer_cells, answer_columns, answer_from_cells, to_row
from workshop_app.storage.errors import ReadOnlyError, StorageError
from workshop_app.storage.reading import StoreReading
from workshop_app.storage.tables import TABLES, Entity

if TYPE_CHECKING:
    from sqlite_utils import Database


class StoreWriting(StoreReading):
    """The writing methods of an open workshop file (see ``store.WorkshopStore``)."""

    read_only: bool
    _db: Database | None
    _foreign_keys: bool | None = None  # see _foreign_keys_on

    @property
    def db(self) -> Database:
        """sqlite-utils over the connection, for writes; imported on the first one (a
        command that only reads does without it)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn, execute_plugins=False)
        return self._db

    def transaction(self) -> _Transaction:
        """Group several edits into one transaction (all or nothing); nested, a savepoint."""
        self._writable()
        self._checked = None  # what the opening check loaded is out of date from now on
        return _Transaction(self)

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"'{self.path.name}' is open read-only; changes cannot be saved.")

    # --- writing ---------------------------------------------------------------------

    def put(self, *entities: Entity) -> list[model.Answer]:
        """Insert or replace entities in one transaction, after validating each.

        Returns the answers among them as the file now holds them (stamped, in canonical
        form), read back by the very statement that wrote each row."""
        stored: list[model.Answer] = []
        with self.transaction():
            for entity in entities:
                answer = self._put_one(entity)
                if answer is not None:
                    stored.append(answer)
        return stored

    def delete(self, *entities: Entity) -> None:
        """Delete entities (and what depends on them) in one transaction."""
        with self.transaction():
            for entity in entities:
                self._delete_one(entity)

    def _put_one(self, entity: Entity) -> model.Answer | None:
        """Validate and write one entity; an answer is returned as stored."""
        if isinstance(entity, model.Answer):
            return self._put_answer(self._checked_answer(entity))
        if isinstance(entity, Questionnaire):
            self._replace_questionnaire(entity)
            return None
        if isinstance(entity, model.WorkshopDetails):
            entity.validate()
            if self._has_questionnaire():
                model.check_overrides(entity, self.questionnaire())
            self._conn.execute("DELETE FROM details")
            self.db.table("details").insert(to_row(entity))
            return None
        if isinstance(entity, model.ExitTerms):
            entity.validate()
            self.db.table("exit_terms").upsert({"id": 1, **to_row(entity)}, pk="id")
            return None
        if isinstance(entity, model.Partner):
            entity.validate()
            self._check_partner_limits(entity)
        elif hasattr(entity, "validate"):
            entity.validate()
        if isinstance(entity, model.GapDiscussion):
            self.questionnaire().question(entity.question_id)
        if isinstance(entity, model.HeadOfTerms | model.PartyDetails):
            self._check_head_refs(entity)
        table, pk = TABLES[type(entity)]
        row = to_row(entity)
        self._conn.execute(_upsert_sql(table, pk, tuple(row)), list(row.values()))
        return None

    def _put_answer(self, answer: model.Answer) -> model.Answer:
        """Upsert a checked answer; returned as a load would read it back from the cells
        just written (they are the whole row; text and integers keep their type in
        the answers table's columns), so the caller has it as stored without reading it
        again. The file itself refuses an answer of a participant not in the workshop
        (a foreign key), with the message the check before writing used to give."""
        cells = answer_cells(answer)
        try:
            self._conn.execute(_upsert_sql("answers", _ANSWER_PK, answer_columns()), cells)
        except sqlite3.IntegrityError as exc:
            if exc.sqlite_errorname == "SQLITE_CONSTRAINT_FOREIGNKEY":
                raise _no_participant(answer) from None
            raise
        return answer_from_cells(cells)

    def _checked_answer(self, answer: model.Answer) -> model.Answer:
        """The answer stamped and in canonical form, or a clear error naming its
        participant. The participant's name is only read when there is an error to
        name it in; that the participant exists is checked by the write itself."""
        if not self._foreign_keys_on():
            self._participant_name(answer)  # no foreign key to refuse it: check first
        if answer.answered_at is None:
            a = answer
            answer = model.Answer(
                a.participant_id, a.question_id, a.value, a.comment, _now(), a.dont_know
            )
        questionnaire = self.questionnaire()
        try:
            return model.validate_answer(questionnaire, answer, "")
        except ValidationError:
            # The same check again, for its message with the participant's name; an
            # unknown participant is said first, as it always was.
            return model.validate_answer(questionnaire, answer, self._participant_name(answer))

    def _participant_name(self, answer: model.Answer) -> str:
        row = self._conn.execute(
            "SELECT name FROM participants WHERE id = ?", [answer.participant_id]
        ).fetchone()
        if row is None:
            raise _no_participant(answer)
        name: str = row[0]
        return name

    def _foreign_keys_on(self) -> bool:
        """Whether the connection enforces foreign keys (every store that opens a file
        for writing sets it; asked once per store)."""
        if self._foreign_keys is None:
            self._foreign_keys = bool(self._conn.execute("PRAGMA foreign_keys").fetchone()[0])
        return self._foreign_keys

    def _check_partner_limits(self, partner: model.Partner) -> None:
        rows = self._conn.execute(
            "SELECT id, name FROM partners WHERE id != ?", [partner.id]
        ).fetchall()
        if len(rows) >= model.MAX_PARTNERS:
            raise ValidationError(
                f"A workshop has at most {model.MAX_PARTNERS} partners; remove one before adding "
                f"{partner.name}."
            )
        if any(name_key(name) == name_key(partner.name) for _, name in rows):
            raise ValidationError(f"A partner named '{partner.name}' is already in this workshop.")

    def _check_head_refs(self, entity: model.HeadOfTerms | model.PartyDetails) -> None:
        """The partners, questions and actions a head or party names must exist."""
        partners = {r[0] for r in self._conn.execute("SELECT id FROM partners")}
        if isinstance(entity, model.PartyDetails):
            if entity.partner_id not in partners:
                raise ValidationError(f"Party details: partner {entity.partner_id} is not here.")
            return
        where = f"Head {entity.spec.number} ({entity.spec.title})"
        named = [pid for pid, _ in entity.positions] + [entity.proposed_by or ""]
        for pid in filter(None, named):
            if pid not in partners:
                raise ValidationError(f"{where}: partner {pid} is not in this workshop.")
        q = self.questionnaire()
        for qid in entity.gap_ids:
            if not q.has_question(qid):
                raise ValidationError(f"{where}: {qid} is not a question of the questionnaire.")
        actions = {r[0] for r in self._conn.execute("SELECT id FROM action_items")}
        for aid in entity.action_ids:
            if aid not in actions:
                raise ValidationError(f"{where}: action {aid} is not in this workshop.")

    def _delete_one(self, entity: Entity) -> None:
        table, pk = TABLES[type(entity)]
        if isinstance(entity, model.Partner):
            for decision in self.all(model.Decision):
                if decision.right_of(entity.id) is not None:
                    self._put_one(decision.with_right(entity.id, None))
            for head in self.all(model.HeadOfTerms):
                if head.position_of(entity.id) or head.proposed_by == entity.id:
                    self._put_one(_without_partner(head, entity.id))
        if isinstance(entity, model.ActionItem):
            for head in self.all(model.HeadOfTerms):
                if entity.id in head.action_ids:
                    ids = tuple(a for a in head.action_ids if a != entity.id)
                    self._put_one(replace(head, action_ids=ids))
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
                c
                for c in self.all(model.Contribution)
                if c.partner_id == partner_id or c.recipient_id == partner_id
            ],
            "decisions": [
                d for d in self.all(model.Decision) if d.right_of(partner_id) is not None
            ],
            "shared_assets": [s for s in self.all(model.SharedAsset) if s.owner_id == partner_id],
            "party_details": [
                p for p in self.all(model.PartyDetails) if p.partner_id == partner_id
            ],
            "heads_of_terms": [
                h
                for h in self.all(model.HeadOfTerms)
                if h.position_of(partner_id) or h.proposed_by == partner_id
            ],
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
                workshop.partners,
                workshop.participants,
                workshop.bodies,
                workshop.answers,
                workshop.gap_discussions,
                workshop.contributions,
                workshop.decisions,
                workshop.escalation_steps,
                workshop.review_points,
                workshop.exit_triggers,
                workshop.shared_assets,
                workshop.action_items,
                workshop.heads_of_terms,
                workshop.parties,
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

    def _replace_questionnaire(self, q: Questionnaire) -> None:
        """An edited questionnaire in place of the workshop's copy (inside a transaction):
        every stored answer, gap discussion and override must still fit it."""
        self._write_questionnaire(q)
        names = dict(self._conn.execute("SELECT id, name FROM participants").fetchall())
        for answer in self.all(model.Answer):
            if not q.has_question(answer.question_id):
                raise ValidationError(
                    f"Question {answer.question_id} has answers and cannot be removed; "
                    "switch it off instead."
                )
            model.validate_answer(q, answer, names.get(answer.participant_id, "?"))
        for gap in self.all(model.GapDiscussion):
            q.question(gap.question_id)
        model.check_overrides(self.details(), q)

    def set_live_links(self, hashes: dict[str, str]) -> None:
        """Replace the link hashes of the given participants (one transaction); the
        links of others stay valid. A participant not in the workshop is refused."""
        now = datetime.now().astimezone().replace(microsecond=0).isoformat()
        with self.transaction():
            for pid, token_hash in hashes.items():
                if not self._conn.execute(
                    "SELECT 1 FROM participants WHERE id = ?", [pid]
                ).fetchone():
                    raise ValidationError(f"Link for participant {pid}: not in this workshop.")
                if len(token_hash) != 64 or not all(c in "0123456789abcdef" for c in token_hash):
                    raise ValidationError(f"Link for participant {pid}: not a SHA-256 hash.")
                self._conn.execute(
                    "INSERT INTO live_links (participant_id, token_hash, issued_at) "
                    "VALUES (?, ?, ?) ON CONFLICT (participant_id) DO UPDATE SET "
                    "token_hash = excluded.token_hash, issued_at = excluded.issued_at",
                    [pid, token_hash, now],
                )

    def clear_live_links(self) -> None:
        """End every participant's link (new ones must be issued)."""
        with self.transaction():
            self._conn.execute("DELETE FROM live_links")

    def _write_questionnaire(self, q: Questionnaire) -> None:
        self._conn.execute("DELETE FROM questionnaire")
        self._conn.execute(
            "INSERT INTO questionnaire (template_id, version, template) VALUES (?, ?, ?)",
            [q.template_id, q.version, json.dumps(questionnaire_to_dict(q), ensure_ascii=False)],
        )
        self._questionnaire = q


def _without_partner(head: model.HeadOfTerms, partner_id: str) -> model.HeadOfTerms:
    """A head as it reads once a partner has left: its position gone; a head only that
    partner proposed is open again."""
    positions = tuple((p, t) for p, t in head.positions if p != partner_id)
    if head.proposed_by != partner_id:
        return replace(head, positions=positions)
    status = model.HeadStatus.OPEN if head.status is model.HeadStatus.PROPOSED else head.status
    return replace(head, positions=positions, proposed_by=None, status=status)


_ANSWER_PK = TABLES[model.Answer][1]


def _no_participant(answer: model.Answer) -> ValidationError:
    return ValidationError(
        f"Answer to {answer.question_id}: participant {answer.participant_id} "
        "is not in this workshop."
    )


def _now() -> datetime:
    """This second in the local time zone: ``datetime.now().astimezone()`` to the second,
    without working the zone out from scratch for every answer saved (answers saved in
    the same second share it: a datetime is immutable)."""
    global _last_now
    seconds = int(time.time())
    last = _last_now  # one read: a pair written whole (another thread may save too)
    if last[0] == seconds:
        return last[1]
    local = time.localtime(seconds)
    now = datetime.fromtimestamp(seconds, _zone(local.tm_gmtoff, local.tm_zone))
    _last_now = (seconds, now)
    return now


_last_now: tuple[int, datetime] = (-1, datetime.min)


@cache
def _zone(offset: int, name: str) -> timezone:
    return timezone(timedelta(seconds=offset), name)


@cache
def _upsert_sql(table: str, pk: tuple[str, ...], cols: tuple[str, ...]) -> str:
    """The insert-or-update statement for these columns, written once per shape."""
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c not in pk) or None
    conflict = (
        f"ON CONFLICT ({', '.join(pk)}) DO UPDATE SET {updates}"
        if updates
        else "ON CONFLICT DO NOTHING"
    )
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in cols)}) {conflict}"


class _Transaction:
    """One transaction on the store's connection (BEGIN ... COMMIT), or a savepoint inside
    one already open; rolled back on any error. A plain class rather than a generator:
    it wraps every key press's save."""

    __slots__ = ("_savepoint", "_store")
    _count = 0

    def __init__(self, store: StoreWriting) -> None:
        self._store = store
        self._savepoint = ""

    def __enter__(self) -> StoreWriting:
        conn = self._store._conn
        try:
            if conn.in_transaction:
                _Transaction._count += 1
                self._savepoint = f"workshop_{_Transaction._count}"
                conn.execute(f"SAVEPOINT {self._savepoint}")
            else:
                conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc
        return self._store

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        store, conn, savepoint = self._store, self._store._conn, self._savepoint
        if kind is None:
            try:
                conn.execute(f"RELEASE SAVEPOINT {savepoint}" if savepoint else "COMMIT")
                return
            except sqlite3.Error as error:
                exc = error
        store._questionnaire = None  # an edited one is rolled back with the rest
        # An error may already have ended the whole transaction (savepoints included).
        if conn.in_transaction:
            try:
                if savepoint:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                else:
                    conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the original error is the one to report
        if isinstance(exc, sqlite3.Error):
            raise self._failed(exc) from exc

    def _failed(self, exc: sqlite3.Error) -> StorageError:
        name = self._store.path.name
        return StorageError(f"The change could not be saved to '{name}': {exc}.")
