"""The JSON interchange: lossless round trip, the published schema, and hostile input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from tests.storage.workshop_strategies import workshops
from workshop_app import atomic
from workshop_app.domain.errors import FileFormatError
from workshop_app.domain.model import Workshop
from workshop_app.exchange import json_io, json_read
from workshop_app.exchange.json_io import (
    read_json,
    workshop_from_json,
    workshop_to_json,
    write_json,
)
from workshop_app.paths import resource_path

SCHEMA_PATH = resource_path("schema", json_io.SCHEMA_FILE)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshop=workshops())
def test_every_field_survives_a_json_round_trip(workshop: Workshop, validator) -> None:
    text = json.dumps(workshop_to_json(workshop), ensure_ascii=False, allow_nan=False)
    doc = json.loads(text)
    validator.validate(doc)
    assert workshop_from_json(doc) == workshop


def test_the_demo_round_trips_through_a_file(
    tmp_path: Path, small_demo: Workshop, validator
) -> None:
    path = write_json(small_demo, tmp_path / "demo.json")
    raw = path.read_text(encoding="utf-8")
    assert "王芳" in raw and "한빛배터리" in raw  # readable, not \u-escaped
    validator.validate(json.loads(raw))
    assert read_json(path) == small_demo
    assert [p.name for p in tmp_path.iterdir()] == ["demo.json"]  # no temp file left


def test_published_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == json_io.schema_text(), (
        "regenerate: python -m workshop_app.exchange.json_io > "
        "resources/schema/workshop-interchange-1.schema.json"
    )


def test_document_carries_format_and_version(small_demo: Workshop) -> None:
    doc = workshop_to_json(small_demo)
    assert doc["format"] == "partnership-workshop"
    assert doc["version"] == 1
    assert doc["questionnaire"]["id"] == small_demo.questionnaire.template_id
    assert len(doc["questionnaire"]["sections"]) == len(small_demo.questionnaire.sections)


# --- hostile input: each refusal names the JSON path ----------------------------------


def _broken(small_demo: Workshop, change) -> dict[str, Any]:
    doc = json.loads(json.dumps(workshop_to_json(small_demo)))
    change(doc)
    return doc


def _set(path: list[Any], value: Any):
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (["partners", 2, "colour"], "red", "partners[2].colour"),
        (["partners", 0, "nickname"], "x", "partners[0].nickname: unknown field"),
        (["participants", 1, "done"], "yes", "participants[1].done: expected true or false"),
        (["participants", 0, "name"], "Wang\x00Fang", "participants[0].name: contains the control"),
        (["participants", 0, "partner_id"], "nobody", "participants[0].partner_id"),
        (["answers", 0, "value"], 99, "answers[0].value"),
        (["answers", 0, "question_id"], "ZZ99", "answers[0].question_id"),
        (["answers", 0, "answered_at"], "yesterday", "answers[0].answered_at"),
        (["details", "date"], "31.03.2026", "details.date"),
        (["details", "gap_threshold"], 7, "details:"),
        (["details", "phase"], "negotiation", "details.phase: 'negotiation' is not one of"),
        (["details", "excluded_questions"], ["ZZ99"], "details.excluded_questions[0]: 'ZZ99'"),
        (["details", "included_questions"], "G01", "details.included_questions: expected a list"),
        (["details", "blind_spot_threshold"], 0, "details: Blind-spot threshold"),
        (["participants", 0, "function"], 7, "participants[0].function"),
        (["answers", 0, "dont_know"], "yes", "answers[0].dont_know: expected true or false"),
        (["contributions", 0, "quantity"], "lots", "contributions[0].quantity: expected a number"),
        (["decisions", 0, "rights", 0, "right"], "X", "decisions[0].rights[0].right"),
        (["questionnaire", "sections", 0, "questions", 0, "type"], "slider", "questionnaire:"),
        (["version"], 2, "version: 2 is newer"),
        (["format"], "something-else", "format: must be"),
    ],
)
def test_bad_documents_are_refused_naming_the_path(
    small_demo: Workshop, path: list[Any], value: Any, where: str
) -> None:
    doc = _broken(small_demo, _set(path, value))
    with pytest.raises(FileFormatError) as info:
        workshop_from_json(doc)
    assert where in str(info.value)


def test_dont_know_is_an_answer_without_a_value(small_demo: Workshop, validator) -> None:
    doc = json.loads(json.dumps(workshop_to_json(small_demo)))
    index = next(
        i
        for i, a in enumerate(doc["answers"])
        if small_demo.questionnaire.question(a["question_id"]).scored
    )
    doc["answers"][index].update(dont_know=True, value=None)
    validator.validate(doc)
    answer = workshop_from_json(doc).answers[index]
    assert answer.dont_know and answer.value is None


def test_an_answer_with_a_value_and_dont_know_is_refused(small_demo: Workshop, validator) -> None:
    doc = json.loads(json.dumps(workshop_to_json(small_demo)))
    assert doc["answers"][0]["value"] is not None
    doc["answers"][0]["dont_know"] = True
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)  # the published schema says so too
    with pytest.raises(FileFormatError, match=r"answers\[0\]: has both a value and dont_know"):
        workshop_from_json(doc)


@pytest.mark.parametrize(
    ("typed", "function"),
    [("Head of Purchasing", "purchasing"), ("Einkauf", "other"), ("", None), ("legal", "legal")],
)
def test_free_text_functions_of_older_documents_are_read_as_the_nearest(
    small_demo: Workshop, validator, typed: str, function: str | None
) -> None:
    doc = json.loads(json.dumps(workshop_to_json(small_demo)))
    doc["participants"][0]["function"] = typed
    validator.validate(doc)
    person = workshop_from_json(doc).participants[0]
    assert (person.function.value if person.function else None) == function


def test_a_missing_required_field_is_named(small_demo: Workshop) -> None:
    doc = _broken(small_demo, lambda d: d["partners"][1].pop("name"))
    with pytest.raises(FileFormatError, match=r"partners\[1\]\.name: is missing"):
        workshop_from_json(doc)


def test_a_likert_answer_off_the_scale_names_question_and_path(small_demo: Workshop) -> None:
    likert = next(q for q in small_demo.questionnaire.questions() if q.type.value == "likert")
    doc = json.loads(json.dumps(workshop_to_json(small_demo)))
    index = next(i for i, a in enumerate(doc["answers"]) if a["question_id"] == likert.id)
    doc["answers"][index]["value"] = likert.scale_hi + 1
    with pytest.raises(FileFormatError) as info:
        workshop_from_json(doc)
    assert f"answers[{index}].value" in str(info.value)
    assert likert.id in str(info.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b'{"format": ', "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "in.json': the document: expected an object"),
        (b'{"format": "partnership-workshop", "version": 1' + b"0" * 5000 + b"}", "5,001 digits"),
        (b'{"format": "partnership-workshop", "version": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_files_that_are_not_workshops_are_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(FileFormatError, match=message) as caught:
        read_json(path)
    assert "sys." not in caught.value.message  # no hint meant for programmers


def test_an_oversized_file_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"{" + b" " * 2000 + b"}")
    monkeypatch.setattr(json_read, "MAX_JSON_BYTES", 1000)
    monkeypatch.setattr(json_read.json, "loads", lambda *a, **k: pytest.fail("parsed"))
    with pytest.raises(FileFormatError, match="at most 1,000 bytes"):
        read_json(path)


def test_a_file_with_a_byte_order_mark_is_read(tmp_path: Path, small_demo: Workshop) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json_io.dumps(small_demo).encode("utf-8"))
    assert read_json(path) == small_demo


def test_an_interrupted_write_leaves_the_old_file(
    tmp_path: Path, small_demo: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", fail)
    with pytest.raises(json_io.JsonWriteError, match=r"out\.json: the disk is full"):
        write_json(small_demo, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
