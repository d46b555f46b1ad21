"""Old files open: each released schema has a fixture, and an upgrade is backed up first."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop_app.domain.enums import Function
from workshop_app.domain.errors import FileFormatError
from workshop_app.storage import schema
from workshop_app.storage.store import StorageError, open_workshop

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "schema-0001.workshop"
# The newest released schema's fixture: opens with nothing to upgrade.
LATEST = max(FIXTURES.glob("schema-*.workshop"))


def _applied(store) -> set[str]:
    rows = store.db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'workshop'"
    ).fetchall()
    return {name for (name,) in rows}


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "Workshop März.workshop"
    shutil.copyfile(FIXTURE, path)
    return path


@pytest.fixture
def current_file(tmp_path: Path) -> Path:
    path = tmp_path / "Workshop März.workshop"
    shutil.copyfile(LATEST, path)
    return path


@pytest.fixture
def later_schema(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Register migrations in a test only; the real set is restored afterwards."""
    monkeypatch.setattr(schema.migrations, "_migrations", list(schema.migrations._migrations))
    yield []


def test_every_released_schema_has_a_fixture() -> None:
    # When a migration is added, write a fixture of the schema before it (see schema.py).
    released = {f"schema-{name.split('_')[0]}.workshop" for name in schema.known_migrations()}
    assert released <= {p.name for p in FIXTURES.glob("schema-*.workshop")}


def test_the_first_schema_upgrades_with_a_backup(old_file: Path) -> None:
    with open_workshop(old_file) as store:
        assert _applied(store) == set(schema.known_migrations())
        workshop = store.load()
        assert store.integrity_check() == []
    assert len(workshop.partners) == 3
    assert any(p.name == "王芳" for p in workshop.participants)
    assert len(workshop.answers) == 768
    assert not any(a.dont_know for a in workshop.answers)  # old answers are values or blank
    assert workshop.details.blind_spot_threshold == 0.5
    assert workshop.details.included_questions == workshop.details.excluded_questions == ()
    backups = list(old_file.parent.glob("Workshop März.before-upgrade-0001_initial-*.workshop"))
    assert len(backups) == 1


def test_the_current_schema_opens_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "current.workshop"
    shutil.copyfile(LATEST, path)
    with open_workshop(path) as store:
        assert _applied(store) == set(schema.known_migrations())
        workshop = store.load()
        assert store.integrity_check() == []
        assert len(store.live_links()) == 1  # the fixture's one issued link, as a hash
    # The fixture's heads of terms and parties, as they were written.
    assert [h.key for h in workshop.heads_of_terms] == ["structure", "ip", "supply", "transfers"]
    assert workshop.head("supply").proposed_by == workshop.partners[1].id
    assert workshop.party(workshop.partners[1].id).legal_name == "华辰汽车股份有限公司"
    assert any(a.dont_know for a in workshop.answers)
    assert not list(tmp_path.glob("*before-upgrade*"))  # nothing to upgrade, no copy


def test_a_0002_file_upgrades_with_no_live_links(tmp_path: Path) -> None:
    path = tmp_path / "v2.workshop"
    shutil.copyfile(FIXTURES / "schema-0002.workshop", path)
    with open_workshop(path) as store:
        assert _applied(store) == set(schema.known_migrations())
        assert store.live_links() == {}
        assert store.integrity_check() == []
        original = store.load()
    assert len(list(tmp_path.glob("v2.before-upgrade-0002_analysis_v2-*.workshop"))) == 1
    assert len(original.answers) > 0


@pytest.mark.parametrize(
    ("typed", "function"),
    [
        ("strategy", Function.STRATEGY),
        ("Head of Purchasing", Function.PURCHASING),
        ("CFO", Function.FINANCE),
        ("R&D", Function.ENGINEERING),
        ("Plant manager", Function.MANUFACTURING),
        ("Software architect", Function.SOFTWARE),
        ("General counsel", Function.LEGAL),
        ("Human resources", Function.HR),
        ("Quality", Function.QUALITY),
        ("Programme manager", Function.OTHER),
        ("Einkauf", Function.OTHER),
        ("", None),
        ("   ", None),
    ],
)
def test_free_text_functions_map_to_the_nearest_function(
    old_file: Path, typed: str, function: Function | None
) -> None:
    db = Database(old_file)
    db.execute("UPDATE participants SET function = ? WHERE name = ?", [typed, "王芳"])
    db.conn.commit()
    db.conn.close()
    with open_workshop(old_file) as store:
        people = {p.name: p for p in store.load().participants}
    assert people["王芳"].function is function
    assert people["박지훈"].function is Function.LEGAL  # the others keep theirs
    assert people["李伟"].function is Function.SOFTWARE


def test_an_upgrade_backs_up_then_migrates(current_file: Path, later_schema, monkeypatch) -> None:
    old_file = current_file
    with open_workshop(old_file, read_only=True) as store:
        original = store.load()
        before = store.schema_version

    @schema.migrations(name="0099_action_priority")
    def _add_priority(db: Database) -> None:
        db.execute("ALTER TABLE action_items ADD COLUMN priority INTEGER NOT NULL DEFAULT 0")

    with pytest.raises(FileFormatError, match="must be upgraded"):
        open_workshop(old_file, read_only=True)  # reading never upgrades

    with open_workshop(old_file) as store:
        assert store.schema_version == "0099_action_priority"
        assert "priority" in store.db["action_items"].columns_dict
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(
            schema.known_migrations()
        )
        assert store.load() == original
        assert store.integrity_check() == []

    backups = list(old_file.parent.glob(f"Workshop März.before-upgrade-{before}-*.workshop"))
    assert len(backups) == 1
    monkeypatch.undo()  # back to the released schema: the backup is a file of it
    with open_workshop(backups[0], read_only=True) as copy:
        assert copy.schema_version == before
        assert copy.load() == original


def test_a_failed_upgrade_leaves_the_file_as_it_was(current_file: Path, later_schema) -> None:
    old_file = current_file
    with open_workshop(old_file, read_only=True) as store:
        original = store.load()
        before = store.schema_version
    released = schema.known_migrations()

    @schema.migrations(name="0098_good")
    def _good(db: Database) -> None:
        db.execute("ALTER TABLE partners ADD COLUMN website TEXT NOT NULL DEFAULT ''")

    @schema.migrations(name="0099_bad")
    def _bad(db: Database) -> None:
        db.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    with pytest.raises(StorageError, match="could not be upgraded"):
        open_workshop(old_file)
    later_schema_names = schema.known_migrations()
    schema.migrations._migrations[:] = [
        m for m in schema.migrations._migrations if m.name in released
    ]
    assert later_schema_names[-1] == "0099_bad"
    with open_workshop(old_file, read_only=True) as store:
        # Both migrations were undone together, not just the failing one.
        assert store.schema_version == before
        assert "website" not in store.db["partners"].columns_dict
        assert store.load() == original


def test_a_0003_file_upgrades_with_every_participant_reading_english(tmp_path: Path) -> None:
    path = tmp_path / "v3.workshop"
    shutil.copyfile(FIXTURES / "schema-0003.workshop", path)
    with open_workshop(path) as store:
        assert "0005_participant_language" in _applied(store)
        people = store.load().participants
        assert store.integrity_check() == []
    assert people and {p.language for p in people} == {"en"}
    assert len(list(tmp_path.glob("v3.before-upgrade-0003_live_links-*.workshop"))) == 1


def test_participant_languages_survive_a_later_migration(current_file: Path, later_schema) -> None:
    # 0005 touches only participants.language: a migration registered before it (as
    # 0004 is) but applied after it, on a file that already has 0005, leaves it alone.
    with open_workshop(current_file, read_only=True) as store:
        languages = {p.name: p.language for p in store.load().participants}
    assert languages["박지훈"] == "ko" and languages["王芳"] == "zh_CN"
    assert languages["Jürgen Weiß"] == "de" and languages["Sophie Maier"] == "en"

    def _other(db: Database) -> None:
        db.execute("CREATE TABLE other_feature (id TEXT PRIMARY KEY)")

    schema.migrations(name="0004_other_feature")(_other)
    moved = schema.migrations._migrations.pop()
    at = [m.name for m in schema.migrations._migrations].index("0005_participant_language")
    schema.migrations._migrations.insert(at, moved)
    with open_workshop(current_file) as store:
        assert _applied(store) == set(schema.known_migrations())
        assert {p.name: p.language for p in store.load().participants} == languages
