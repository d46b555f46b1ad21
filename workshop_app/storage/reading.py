"""Reading a workshop file into domain objects: the questionnaire, each kind of entity,
and the whole workshop (``load``), decoded by the codec's per-kind row decoders.

The reading half of ``WorkshopStore``; no statement here changes the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workshop_app.domain import model
from workshop_app.domain.heads import HEAD_KEYS
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.storage.codec import from_row, rows_decoder
from workshop_app.storage.errors import _file_problem
from workshop_app.storage.tables import _ORDER, TABLES


class StoreReading:
    """The reading methods of an open workshop file (see ``store.WorkshopStore``)."""

    path: Path
    _conn: sqlite3.Connection
    _questionnaire: Questionnaire | None
    _checked: model.Workshop | None  # see hand_over()

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
        details: model.WorkshopDetails = from_row(model.WorkshopDetails, row[0])
        return details

    def exit_terms(self) -> model.ExitTerms:
        rows = self._rows("exit_terms")
        if not rows:
            return model.ExitTerms()
        row = dict(rows[0])
        row.pop("id", None)
        terms: model.ExitTerms = from_row(model.ExitTerms, row)
        return terms

    def all(self, cls: type) -> list[Any]:
        table, _ = TABLES[cls]
        default = "rowid" if table in ("details", "exit_terms") else "position, rowid"
        return self._entities(cls, f"SELECT * FROM {table} ORDER BY {_ORDER.get(table, default)}")

    def answers_of(self, participant_id: str) -> list[model.Answer]:
        return self._entities(
            model.Answer, "SELECT * FROM answers WHERE participant_id = ?", [participant_id]
        )

    def answer(self, participant_id: str, question_id: str) -> model.Answer | None:
        """One stored answer, as saved (stamped and in canonical form)."""
        found = self._entities(
            model.Answer,
            "SELECT * FROM answers WHERE participant_id = ? AND question_id = ?",
            [participant_id, question_id],
        )
        return found[0] if found else None

    def _entities(self, cls: type, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        cur = self._conn.execute(sql, list(params))
        decode = rows_decoder(cls, tuple(c[0] for c in cur.description))
        return decode(cur.fetchall())

    def count(self, cls: type) -> int:
        table, _ = TABLES[cls]
        count: int = self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return count

    def hand_over(self, checked: model.Workshop) -> None:
        """The workshop the opening check loaded from this same, unchanged file: the first
        load() returns it instead of reading every row again (storage.opening)."""
        self._checked = checked
        self._questionnaire = checked.questionnaire

    def load(self) -> model.Workshop:
        checked, self._checked = self._checked, None
        if checked is not None:
            return checked
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
            heads_of_terms=self.heads_of_terms(),
            parties=tuple(self.all(model.PartyDetails)),
        )

    def heads_of_terms(self) -> tuple[model.HeadOfTerms, ...]:
        """The stored heads in the catalogue's order (a head never recorded is absent)."""
        order = {key: i for i, key in enumerate(HEAD_KEYS)}
        heads = self.all(model.HeadOfTerms)
        return tuple(sorted(heads, key=lambda h: order.get(h.key, len(order))))

    def _rows(self, table: str) -> list[dict[str, Any]]:
        default = "rowid" if table in ("details", "exit_terms") else "position, rowid"
        order = _ORDER.get(table, default)
        return self._query(f"SELECT * FROM {table} ORDER BY {order}")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self._conn.execute(sql, list(params))
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        return {
            "partners": self.count(model.Partner),
            "participants": self.count(model.Participant),
            "answers": self.count(model.Answer),
        }

    def live_links(self) -> dict[str, str]:
        """participant id -> the SHA-256 hex hash of that participant's link token."""
        rows = self._conn.execute("SELECT participant_id, token_hash FROM live_links")
        return {pid: token_hash for pid, token_hash in rows.fetchall()}
