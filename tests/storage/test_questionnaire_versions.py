"""A workshop keeps the questionnaire version it was made with, whatever the app ships now."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from workshop_app.analysis import analyse
from workshop_app.exchange.templates import default_template, load_template
from workshop_app.storage.store import create_workshop, open_workshop

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1_TEMPLATE = FIXTURES / "alignment-core-1.0.yaml"  # the questionnaire shipped before 2.0
V1_WORKSHOP = FIXTURES / "schema-0001.workshop"  # a workshop made with it
# The released file schemas whose fixture holds a workshop made with questionnaire 1.0
# (schema-0003.workshop was made with 1.1, the same questions with tolerances).
V1_WORKSHOPS = [FIXTURES / "schema-0001.workshop", FIXTURES / "schema-0002.workshop"]


@pytest.mark.parametrize("fixture", V1_WORKSHOPS, ids=lambda p: p.name)
def test_a_workshop_made_with_v1_opens_with_v1_and_all_its_answers(
    tmp_path: Path, fixture: Path
) -> None:
    v1 = load_template(V1_TEMPLATE)
    assert v1.version == "1.0" and default_template().version != v1.version
    path = tmp_path / "made with v1.workshop"
    shutil.copyfile(fixture, path)
    with closing(sqlite3.connect(path)) as db:  # as stored, before any upgrade
        stored = set(db.execute("SELECT participant_id, question_id FROM answers"))
    with open_workshop(path) as store:
        workshop = store.load()
    assert workshop.questionnaire == v1
    assert len(workshop.questionnaire) == 64
    assert {(a.participant_id, a.question_id) for a in workshop.answers} == stored
    assert {a.question_id for a in workshop.answers} <= {q.id for q in v1.questions()}


def test_a_v1_workshop_analyses_the_same_after_saving_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "v1.workshop"
    shutil.copyfile(V1_WORKSHOP, path)
    with open_workshop(path) as store:
        workshop = store.load()
    before = analyse(workshop)
    # Its own stored copy is what the analysis reads, not the built-in template.
    assert analyse(replace(workshop, questionnaire=load_template(V1_TEMPLATE))) == before
    v1_ids = {q.id for q in workshop.questionnaire.questions()}
    assert before.gaps and {g.question_id for g in before.gaps} <= v1_ids
    v1_titles = {q.title for q in workshop.questionnaire.questions()}
    assert {g.title for g in before.gaps} <= v1_titles

    again = tmp_path / "v1 again.workshop"
    create_workshop(again, workshop).close(backup=False)
    with open_workshop(again) as store:
        reopened = store.load()
        assert store.questionnaire().version == "1.0"
    assert reopened.questionnaire == workshop.questionnaire
    assert analyse(reopened) == before
