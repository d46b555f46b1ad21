"""The schema of the .workshop file, as sqlite-utils migrations.

A released migration is never edited: add a new one. Each released schema has a
fixture file in tests/fixtures/ and a test that opens and upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop_app.domain.enums import function_from_text

if TYPE_CHECKING:
    from sqlite_utils import Database

# "PWKS": identifies our files; another application's SQLite file has a different id.
APPLICATION_ID = 0x50574B53
MIGRATION_SET = "workshop"


class _Migrations:
    """The migrations in order, as sqlite-utils registers them; sqlite-utils itself is
    imported only to apply them. Reading a file (the CLI's check, info and export)
    does not need it, and importing it cost a third of those commands' time."""

    @dataclass
    class Step:
        name: str
        fn: Callable[[Database], None]

    def __init__(self) -> None:
        self._migrations: list[_Migrations.Step] = []

    def __call__(
        self, *, name: str
    ) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            self._migrations.append(self.Step(name, fn))
            return fn

        return register

    def apply(self, db: Database) -> None:
        from sqlite_utils.migrations import Migrations

        real = Migrations(MIGRATION_SET)
        for step in self._migrations:
            real(name=step.name)(step.fn)
        real.apply(db)


migrations = _Migrations()


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE details (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, primary_purpose TEXT,
            secondary_purposes TEXT NOT NULL DEFAULT '[]', phase TEXT NOT NULL, date TEXT,
            location TEXT NOT NULL DEFAULT '', facilitator TEXT NOT NULL DEFAULT '',
            blind_mode INTEGER NOT NULL DEFAULT 1, revealed INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL, gap_threshold REAL NOT NULL,
            confidentiality TEXT NOT NULL DEFAULT '', attribute_comments INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE questionnaire (
            template_id TEXT PRIMARY KEY, version TEXT NOT NULL, template TEXT NOT NULL
        );
        CREATE TABLE partners (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',
            capacities TEXT NOT NULL DEFAULT '[]', position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            name TEXT NOT NULL, function TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
            done INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX participants_partner ON participants(partner_id);
        CREATE TABLE answers (
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL, value TEXT, comment TEXT NOT NULL DEFAULT '',
            answered_at TEXT,
            PRIMARY KEY (participant_id, question_id)
        );
        CREATE INDEX answers_question ON answers(question_id);
        CREATE TABLE gap_discussions (
            question_id TEXT PRIMARY KEY, status TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
            agreed_position TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', due TEXT
        );
        CREATE TABLE contributions (
            id TEXT PRIMARY KEY,
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            category TEXT NOT NULL, description TEXT NOT NULL, quantity REAL,
            unit TEXT NOT NULL DEFAULT '', start TEXT, "end" TEXT,
            milestone_gate TEXT NOT NULL DEFAULT '', tracking_metric TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '', valuation REAL, currency TEXT NOT NULL DEFAULT 'EUR',
            recipient_id TEXT REFERENCES partners(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE bodies (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'steering',
            members TEXT NOT NULL DEFAULT '', cadence TEXT NOT NULL DEFAULT '',
            chair TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE decisions (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, seam TEXT NOT NULL DEFAULT '',
            rights TEXT NOT NULL DEFAULT '[]',
            body_id TEXT REFERENCES bodies(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE escalation_steps (
            id TEXT PRIMARY KEY, level INTEGER NOT NULL, body TEXT NOT NULL,
            time_limit_days INTEGER, description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE review_points (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, due TEXT, milestone TEXT NOT NULL DEFAULT '',
            scope_options TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE exit_terms (
            id INTEGER PRIMARY KEY CHECK (id = 1), renewal_timeline TEXT NOT NULL DEFAULT '',
            notice_period TEXT NOT NULL DEFAULT '', obligations TEXT NOT NULL DEFAULT '',
            change_rules TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE exit_triggers (
            id TEXT PRIMARY KEY, description TEXT NOT NULL, notice_days INTEGER,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE shared_assets (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
            owner_id TEXT REFERENCES partners(id) ON DELETE SET NULL,
            treatment TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE action_items (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', due TEXT,
            status TEXT NOT NULL, question_id TEXT, notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        """,
    )


@migrations(name="0002_analysis_v2")
def _analysis_v2(db: Database) -> None:
    """Don't-know answers, the blind-spot threshold, question overrides, and participant
    functions as an enumeration (free text mapped to the nearest function or "other";
    a blank function becomes NULL, i.e. not given)."""
    _run(
        db,
        """
        ALTER TABLE answers ADD COLUMN dont_know INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE details ADD COLUMN blind_spot_threshold REAL NOT NULL DEFAULT 0.5;
        ALTER TABLE details ADD COLUMN included_questions TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE details ADD COLUMN excluded_questions TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE participants RENAME COLUMN function TO function_text;
        ALTER TABLE participants ADD COLUMN function TEXT
        """,
    )
    rows = db.execute("SELECT id, function_text FROM participants").fetchall()
    for pid, text in rows:
        function = function_from_text(text or "")
        db.execute(
            "UPDATE participants SET function = ? WHERE id = ?",
            [None if function is None else function.value, pid],
        )
    db.execute("ALTER TABLE participants DROP COLUMN function_text")


@migrations(name="0003_live_links")
def _live_links(db: Database) -> None:
    """Live answering: each participant's personal link, stored as a SHA-256 hash of its
    random token only (the token itself is never written to the file)."""
    _run(
        db,
        """
        CREATE TABLE live_links (
            participant_id TEXT PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE, issued_at TEXT NOT NULL
        )
        """,
    )


@migrations(name="0004_heads_of_terms")
def _heads_of_terms(db: Database) -> None:
    """Heads of terms (status, agreed text, each partner's position, linked gaps and
    actions per standard head) and each partner's particulars as a party."""
    _run(
        db,
        """
        CREATE TABLE heads_of_terms (
            key TEXT PRIMARY KEY, status TEXT NOT NULL DEFAULT 'open', proposed_by TEXT,
            agreed_text TEXT NOT NULL DEFAULT '', positions TEXT NOT NULL DEFAULT '[]',
            gap_ids TEXT NOT NULL DEFAULT '[]', action_ids TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE party_details (
            partner_id TEXT PRIMARY KEY REFERENCES partners(id) ON DELETE CASCADE,
            legal_name TEXT NOT NULL DEFAULT '', seat TEXT NOT NULL DEFAULT '',
            register_number TEXT NOT NULL DEFAULT '', signing_entity TEXT NOT NULL DEFAULT '',
            parent_guarantee TEXT NOT NULL DEFAULT ''
        )
        """,
    )


@migrations(name="0005_participant_language")
def _participant_language(db: Database) -> None:
    """Each participant's questionnaire language; people already in a file read English,
    the language every questionnaire had before. Touches only the participants table,
    so it runs the same before or after 0004."""
    db.execute("ALTER TABLE participants ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")


def _run(db: Database, script: str) -> None:
    # executescript() would COMMIT the migration's transaction half-way; run one by one.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]


SCHEMA_VERSION = len(known_migrations())
