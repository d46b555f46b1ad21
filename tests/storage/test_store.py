"""The open file: data-safety settings, copies, backups, read-only use and round trips."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.storage.workshop_strategies import workshops
from workshop_app.domain import model
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.storage.schema import APPLICATION_ID
from workshop_app.storage.store import (
    ReadOnlyError,
    WorkshopStore,
    create_workshop,
    open_workshop,
)


def test_settings_that_make_every_edit_durable(demo_store: WorkshopStore) -> None:
    pragma = lambda name: demo_store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("application_id") == APPLICATION_ID


def test_a_closed_file_is_one_self_contained_file(demo_path: Path) -> None:
    store = open_workshop(demo_path)
    store.put(dataclasses.replace(store.details(), notes="edited"))
    store.close(backup=False)
    assert sorted(p.name for p in demo_path.parent.iterdir()) == ["demo.workshop"]
    conn = sqlite3.connect(demo_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_save_copy_gives_an_identical_workshop(demo_store: WorkshopStore, tmp_path: Path) -> None:
    answer = demo_store.all(model.Answer)[0]
    demo_store.put(dataclasses.replace(answer, comment="geändert – 改了 – 바뀜"))
    copy = demo_store.save_copy(tmp_path / "copies" / "Kopie.workshop")
    with open_workshop(copy, read_only=True) as other:
        assert other.load() == demo_store.load()
        assert other.integrity_check() == []


def test_read_only_refuses_every_edit(demo_path: Path) -> None:
    before = demo_path.read_bytes()
    with open_workshop(demo_path, read_only=True) as store:
        workshop = store.load()
        answer = workshop.answers[0]
        for attempt in (
            lambda: store.put(dataclasses.replace(answer, comment="x")),
            lambda: store.delete(answer),
            lambda: store.replace_all(workshop),
        ):
            with pytest.raises(ReadOnlyError, match="read-only"):
                attempt()
        with pytest.raises(ReadOnlyError), store.transaction():
            pass
        assert store.load() == workshop
    assert demo_path.read_bytes() == before


def test_a_failed_edit_changes_nothing(demo_store: WorkshopStore) -> None:
    before = demo_store.load()
    person = before.participants[0]
    good = dataclasses.replace(person, name="王芳 (neu)")
    bad = dataclasses.replace(before.participants[1], name="")
    with pytest.raises(ValidationError, match="must not be empty"):
        demo_store.put(good, bad)
    assert demo_store.load() == before


def test_removing_a_partner_removes_its_people_and_answers(demo_store: WorkshopStore) -> None:
    partner = demo_store.all(model.Partner)[2]
    deps = demo_store.partner_dependents(partner.id)
    assert deps["participants"] and deps["answers"]
    demo_store.delete(partner)
    after = demo_store.load()
    assert partner.id not in {p.partner_id for p in after.participants}
    gone = {p.id for p in deps["participants"]}
    assert not [a for a in after.answers if a.participant_id in gone]
    assert all(d.right_of(partner.id) is None for d in after.decisions)
    assert demo_store.integrity_check() == []


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(workshop=workshops())
def test_every_field_survives_the_workshop_file(tmp_path: Path, workshop: model.Workshop) -> None:
    path = tmp_path / f"{workshop.details.id}.workshop"
    path.unlink(missing_ok=True)
    create_workshop(path, workshop).close(backup=False)
    with open_workshop(path, read_only=True) as store:
        assert store.load() == workshop
    path.unlink()


def test_answers_loaded_with_the_same_stored_value_do_not_share_a_changeable_one(
    demo_store: WorkshopStore,
) -> None:
    # Loading reuses a decoded value that repeats ("4", a ranking); points split between
    # options are a dict, so each answer gets its own: changing one changes no other.
    answers = demo_store.all(model.Answer)
    split = [a for a in answers if isinstance(a.value, dict)]
    assert len(split) >= 2
    demo_store.put(*(dataclasses.replace(a, value=dict(split[0].value)) for a in split[:2]))
    first, second = (demo_store.answer(a.participant_id, a.question_id) for a in split[:2])
    assert first is not None and second is not None
    assert first.value == second.value and first.value is not second.value
    first.value[next(iter(first.value))] += 1
    assert demo_store.answer(split[1].participant_id, split[1].question_id) == second
    ranked = [a for a in demo_store.all(model.Answer) if isinstance(a.value, tuple)]
    assert ranked and all(isinstance(v, str) for a in ranked for v in a.value)


def test_saved_answers_come_back_as_the_file_holds_them(demo_store: WorkshopStore) -> None:
    """What ``put`` returns for each answer (the session indexes it) is the stored row:
    stamped with the time it was saved and in canonical form, for every kind of answer."""
    w = demo_store.load()
    kinds = {w.questionnaire.question(a.question_id).type: a for a in w.answers if a.value}
    assert len(kinds) == len(QuestionType)
    person = w.participants[0]
    unknown = next(q for q in w.questionnaire.questions() if q.scored)
    edits = [
        dataclasses.replace(a, comment=f"again {i}", answered_at=None)
        for i, a in enumerate(kinds.values())
    ] + [
        model.Answer(person.id, unknown.id, None, "no idea", dont_know=True),
        model.Answer(w.participants[1].id, unknown.id, None),  # skipped
    ]
    stored = demo_store.put(*edits)
    assert len(stored) == len(edits)
    for edit, answer in zip(edits, stored, strict=True):
        assert answer == demo_store.answer(edit.participant_id, edit.question_id)
        assert (answer.comment, answer.dont_know) == (edit.comment, edit.dont_know)
        assert answer.answered_at is not None and answer.answered_at.tzinfo is not None
    assert demo_store.put(w.partners[0]) == []  # only answers come back


def test_a_refused_edit_inside_a_group_leaves_the_rest_of_the_group(
    demo_store: WorkshopStore,
) -> None:
    """A group of edits (one transaction) in which one nested edit is refused: the
    refused one changes nothing, the others are saved when the group ends."""
    before = demo_store.load()
    first, second = before.participants[0], before.participants[1]
    with demo_store.transaction():
        demo_store.put(dataclasses.replace(first, name="Renamed in the group"))
        with pytest.raises(ValidationError, match="must not be empty"):
            demo_store.put(
                dataclasses.replace(second, name="Also renamed"),
                dataclasses.replace(second, name=""),
            )
    after = demo_store.load()
    assert after.participant(first.id).name == "Renamed in the group"
    assert after.participant(second.id) == second
    assert demo_store.integrity_check() == []
