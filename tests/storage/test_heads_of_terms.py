"""Heads of terms and parties in the file: stored, refused with a message, kept with a
partner's removal, carried by the JSON interchange, and added to older files by 0004."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from workshop_app.domain import model
from workshop_app.domain.errors import FileFormatError, ValidationError
from workshop_app.domain.heads import HEADS, HeadOfTerms, HeadStatus
from workshop_app.exchange.json_io import dumps, workshop_from_json
from workshop_app.storage import schema
from workshop_app.storage.store import WorkshopStore, open_workshop

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_demo_heads_and_parties_survive_the_file(
    demo_store: WorkshopStore, small_demo: model.Workshop
) -> None:
    loaded = demo_store.load()
    assert loaded.heads_of_terms == small_demo.heads_of_terms
    assert [h.key for h in loaded.heads_of_terms] == [h.key for h in HEADS]
    assert loaded.parties == small_demo.parties
    assert loaded.party(loaded.partners[1].id).seat == "Hefei, Anhui, PRC"


def test_an_edited_head_is_stored_and_a_bad_one_refused(demo_store: WorkshopStore) -> None:
    w = demo_store.load()
    nordwerk = w.partners[0].id
    head = dataclasses.replace(w.head("funding"), positions=((nordwerk, "Equal thirds"),))
    demo_store.put(head)
    assert demo_store.load().head("funding").positions == ((nordwerk, "Equal thirds"),)
    before = demo_store.load()
    bad = [
        (dataclasses.replace(head, positions=(("nobody", "x"),)), "partner nobody is not in"),
        (dataclasses.replace(head, gap_ids=("ZZ99",)), "ZZ99 is not a question"),
        (dataclasses.replace(head, action_ids=("nope",)), "action nope is not in"),
        (HeadOfTerms("funding", HeadStatus.AGREED), "an agreed head needs its agreed text"),
        (HeadOfTerms("funding", HeadStatus.PROPOSED), "say which partner proposed it"),
        (HeadOfTerms("royalties"), "'royalties' is not one of the standard heads"),
        (dataclasses.replace(head, agreed_text="bad\x00text"), "Head 5 (Funding): agreed text"),
    ]
    for entity, message in bad:
        with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
            demo_store.put(entity)
    assert demo_store.load() == before  # nothing half-changed


def test_removing_a_partner_drops_its_positions_and_party(demo_store: WorkshopStore) -> None:
    w = demo_store.load()
    hanbit = w.partners[2]
    deps = demo_store.partner_dependents(hanbit.id)
    assert [p.partner_id for p in deps["party_details"]] == [hanbit.id]
    assert {h.key for h in deps["heads_of_terms"]} >= {"purpose", "supply"}
    demo_store.delete(hanbit)
    after = demo_store.load()
    assert all(pid != hanbit.id for h in after.heads_of_terms for pid, _ in h.positions)
    assert after.head("supply").status is HeadStatus.OPEN  # only 한빛 had proposed it
    assert after.head("supply").proposed_by is None
    assert [p.partner_id for p in after.parties] == [p.id for p in w.partners[:2]]
    after.validate()


def test_removing_an_action_unlinks_it_from_its_head(demo_store: WorkshopStore) -> None:
    w = demo_store.load()
    (action_id,) = w.head("supply").action_ids
    demo_store.delete(next(a for a in w.action_items if a.id == action_id))
    assert demo_store.load().head("supply").action_ids == ()


def test_the_json_interchange_carries_heads_and_parties(small_demo: model.Workshop) -> None:
    doc = json.loads(dumps(small_demo))
    assert [h["key"] for h in doc["heads_of_terms"]] == [h.key for h in HEADS]
    purpose = doc["heads_of_terms"][1]
    assert purpose["positions"][0] == {
        "partner": small_demo.partners[0].id,
        "position": small_demo.head("purpose").positions[0][1],
    }
    back = workshop_from_json(doc)
    assert back.heads_of_terms == small_demo.heads_of_terms
    assert back.parties == small_demo.parties
    doc["heads_of_terms"][1]["positions"][2]["partner"] = "ghost"
    with pytest.raises(FileFormatError, match=r"heads_of_terms\[1\]\.positions\[2\]\.partner"):
        workshop_from_json(doc)
    doc = json.loads(dumps(small_demo))
    doc["heads_of_terms"][0]["status"] = "signed"
    with pytest.raises(FileFormatError, match=r"heads_of_terms\[0\]\.status"):
        workshop_from_json(doc)


def test_a_0003_file_gains_empty_heads_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "v3.workshop"
    shutil.copyfile(FIXTURES / "schema-0003.workshop", path)
    with open_workshop(path) as store:
        assert store.schema_version == schema.known_migrations()[-1]
        w = store.load()
        assert store.integrity_check() == []
        assert w.heads_of_terms == () and w.parties == ()
        assert w.head("ip").status is HeadStatus.OPEN  # a head never recorded is open
        store.put(model_party(w.partners[0].id))
        assert store.load().parties[0].legal_name == "Nordwerk AG"
    assert len(list(tmp_path.glob("v3.before-upgrade-0003_live_links-*.workshop"))) == 1


def model_party(partner_id: str) -> model.PartyDetails:
    return model.PartyDetails(partner_id, "Nordwerk AG", "Stuttgart", "HRB 1", "Nordwerk AG")
