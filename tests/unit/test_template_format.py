"""The questionnaire template format: every refusal names where the problem is."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from workshop_app.domain.enums import Element, Function, Measures, QuestionType
from workshop_app.domain.errors import TemplateError
from workshop_app.domain.template_format import (
    FORMAT_TAG,
    questionnaire_from_dict,
    questionnaire_to_dict,
)
from workshop_app.exchange.templates import MAX_TEMPLATE_BYTES, default_template, load_template

SOURCE = "probe.yaml"


def _minimal() -> dict[str, Any]:
    """A small valid template with one question of each kind used below."""
    return {
        "format": FORMAT_TAG,
        "id": "probe",
        "version": "1.0",
        "title": "Probe",
        "language": "en",
        "sections": [
            {
                "element": "goals",
                "title": "Goals",
                "questions": [
                    {
                        "id": "G01",
                        "type": "likert",
                        "short": "Explicit target",
                        "text": "How explicit is the target?",
                        "anchors": {1: "Each side names another target", 5: "Same target"},
                    },
                    {
                        "id": "G02",
                        "type": "single_choice",
                        "text": "Which objective?",
                        "options": [
                            {"id": "scale", "label": "Scale a platform"},
                            {"id": "access", "label": "Market access"},
                        ],
                    },
                ],
            },
            {
                "element": "exit",
                "title": "Exit",
                "questions": [
                    {
                        "id": "X01",
                        "type": "number",
                        "text": "Initial term?",
                        "unit": "years",
                        "min": 1,
                        "max": 30,
                    },
                ],
            },
        ],
    }


def _question(data: dict[str, Any], qid: str) -> dict[str, Any]:
    for section in data["sections"]:
        for q in section["questions"]:
            if q["id"] == qid:
                return q
    raise KeyError(qid)


def _refused(data: dict[str, Any]) -> str:
    with pytest.raises(TemplateError) as info:
        questionnaire_from_dict(data, SOURCE)
    return str(info.value)


def _assert_names(message: str, *parts: str) -> None:
    for part in parts:
        assert part in message, f"{part!r} missing from: {message}"


def test_minimal_template_is_accepted():
    q = questionnaire_from_dict(_minimal(), SOURCE)
    assert len(q) == 3
    assert q.question("G01").type is QuestionType.LIKERT
    assert q.element_of("X01") is Element.EXIT
    assert q.question("X01").min_value == 1.0


def test_unknown_top_level_key():
    data = _minimal()
    data["colour"] = "blue"
    _assert_names(_refused(data), SOURCE, "top level", "'colour'")


def test_unknown_section_key():
    data = _minimal()
    data["sections"][1]["owner"] = "legal"
    _assert_names(_refused(data), SOURCE, "section 2", "'owner'")


def test_unknown_question_key():
    data = _minimal()
    _question(data, "G02")["anchors"] = {1: "a", 5: "b"}  # not allowed on a choice question
    _assert_names(_refused(data), SOURCE, "question G02", "'anchors'", "unknown key")


def test_misspelt_question_key():
    data = _minimal()
    _question(data, "X01")["maximum"] = 40
    _assert_names(_refused(data), SOURCE, "question X01", "'maximum'")


def test_duplicate_question_id_across_sections():
    data = _minimal()
    _question(data, "X01")["id"] = "G01"
    _assert_names(_refused(data), SOURCE, "question G01", "'id'", "duplicate")


def test_duplicate_option_id():
    data = _minimal()
    _question(data, "G02")["options"][1]["id"] = "scale"
    _assert_names(_refused(data), SOURCE, "question G02", "options[2].id", "scale")


@pytest.mark.parametrize(("lo", "hi"), [(5, 5), (5, 1)])
def test_scale_lo_not_below_hi(lo, hi):
    data = _minimal()
    _question(data, "G01")["scale"] = {"lo": lo, "hi": hi}
    _assert_names(_refused(data), SOURCE, "question G01", "'scale'")


def test_missing_options():
    data = _minimal()
    del _question(data, "G02")["options"]
    _assert_names(_refused(data), SOURCE, "question G02", "'options'")


def test_only_one_option():
    data = _minimal()
    _question(data, "G02")["options"] = [{"id": "scale", "label": "Scale"}]
    _assert_names(_refused(data), SOURCE, "question G02", "'options'", "two")


@pytest.mark.parametrize("missing_end", [1, 5])
def test_likert_missing_an_end_anchor(missing_end):
    data = _minimal()
    anchors = _question(data, "G01")["anchors"]
    anchors[3] = "Middle"
    del anchors[missing_end]
    _assert_names(_refused(data), SOURCE, "question G01", "'anchors'", "both ends")


def test_bad_question_type():
    data = _minimal()
    _question(data, "G02")["type"] = "dropdown"
    _assert_names(_refused(data), SOURCE, "question G02", "'type'", "dropdown")


def test_bad_element():
    data = _minimal()
    data["sections"][1]["element"] = "finance"
    _assert_names(_refused(data), SOURCE, "section 2", "'element'", "finance")


def test_sections_out_of_element_order():
    data = _minimal()
    data["sections"].reverse()
    _assert_names(_refused(data), SOURCE, "'sections'", "order")


def test_refused_data_is_left_unchanged():
    data = _minimal()
    _question(data, "G02")["type"] = "dropdown"
    before = copy.deepcopy(data)
    _refused(data)
    assert data == before


# --- files ----------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_template_file_loads(tmp_path):
    path = _write(tmp_path, "ok.yaml", yaml.safe_dump(_minimal(), allow_unicode=True))
    assert load_template(path) == questionnaire_from_dict(_minimal(), "ok.yaml")


def test_template_file_errors_name_the_file(tmp_path):
    data = _minimal()
    _question(data, "G02")["type"] = "dropdown"
    path = _write(tmp_path, "named.yaml", yaml.safe_dump(data))
    with pytest.raises(TemplateError) as info:
        load_template(path)
    _assert_names(str(info.value), "named.yaml", "question G02", "'type'")


def test_duplicate_yaml_key(tmp_path):
    text = yaml.safe_dump(_minimal(), sort_keys=False)
    # Give question G01 a second "text" key.
    text = text.replace(
        "text: How explicit is the target?",
        "text: How explicit is the target?\n    text: Another wording",
        1,
    )
    assert text.count("text: ") >= 2
    path = _write(tmp_path, "twice.yaml", text)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    message = str(info.value)
    _assert_names(message, "twice.yaml", "'text'", "twice", "line")


def test_not_yaml(tmp_path):
    path = _write(tmp_path, "broken.yaml", "sections: [\n  - {id: G01, type: likert\n")
    with pytest.raises(TemplateError) as info:
        load_template(path)
    _assert_names(str(info.value), "broken.yaml", "not valid YAML")


def test_yaml_that_is_not_a_mapping(tmp_path):
    path = _write(tmp_path, "list.yaml", "- just\n- a list\n")
    with pytest.raises(TemplateError) as info:
        load_template(path)
    _assert_names(str(info.value), "list.yaml", "mapping")


@pytest.mark.parametrize("content", ["[" * 100_000, "sections:\n" + "- " * 20_000 + "x\n"])
def test_deeply_nested_yaml_is_refused_not_a_crash(tmp_path, content):
    path = _write(tmp_path, "deep.yaml", content)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    _assert_names(str(info.value), "deep.yaml", "nested too deeply")


def test_not_utf8(tmp_path):
    content = yaml.safe_dump(_minimal()).replace("Probe", "Pr\u00fcfung")
    path = _write(tmp_path, "latin1.yaml", content.encode("latin-1"))
    with pytest.raises(TemplateError) as info:
        load_template(path)
    _assert_names(str(info.value), "latin1.yaml", "UTF-8")


def test_template_too_large(tmp_path):
    body = yaml.safe_dump(_minimal())
    padding = "#" * 99 + "\n"
    content = body + padding * (MAX_TEMPLATE_BYTES // len(padding) + 1)
    path = _write(tmp_path, "huge.yaml", content)
    assert path.stat().st_size > MAX_TEMPLATE_BYTES
    with pytest.raises(TemplateError) as info:
        load_template(path)
    _assert_names(str(info.value), "huge.yaml", "too large")


def test_missing_file(tmp_path):
    with pytest.raises(TemplateError) as info:
        load_template(tmp_path / "absent.yaml")
    _assert_names(str(info.value), "absent.yaml")


# --- round trip -----------------------------------------------------------------------


def test_default_template_round_trips():
    q = default_template()
    again = questionnaire_from_dict(questionnaire_to_dict(q), "round trip")
    assert again == q
    assert [x.id for x in again.questions()] == [x.id for x in q.questions()]


def test_round_trip_through_yaml_text(tmp_path):
    q = default_template()
    text = yaml.safe_dump(questionnaire_to_dict(q), allow_unicode=True, sort_keys=False)
    path = _write(tmp_path, "copy.yaml", text)
    assert load_template(path) == q


# --- measures, tolerance, functions, clause ---------------------------------------------------


def test_measures_tolerance_functions_and_clause_are_read_and_written_back():
    data = _minimal()
    _question(data, "G01").update(measures="definition", functions=["legal", "finance"])
    _question(data, "X01").update(tolerance=2, clause="exit.initial_term")
    q = questionnaire_from_dict(data, SOURCE)
    g01, x01 = q.question("G01"), q.question("X01")
    assert g01.measures is Measures.DEFINITION and g01.measures_definition
    assert g01.functions == (Function.LEGAL, Function.FINANCE)
    assert (x01.tolerance, x01.clause) == (2.0, "exit.initial_term")
    assert q.question("G02").measures is Measures.POSITION and q.question("G02").functions == ()
    assert questionnaire_from_dict(questionnaire_to_dict(q), SOURCE) == q


@pytest.mark.parametrize(
    ("qid", "key", "value", "problem"),
    [
        ("G01", "measures", "clarity", "'clarity' is not one of position, definition"),
        ("G02", "measures", "definition", "applies to likert questions only"),
        ("X01", "tolerance", 0, "must be a positive number in the question's unit"),
        ("X01", "tolerance", -3, "must be a positive number"),
        ("X01", "tolerance", "five", "'five' is not a number"),
        ("G01", "tolerance", 2, "applies to number questions only, not likert"),
        ("G01", "functions", ["legal", "lawyers"], "'lawyers' is not one of strategy"),
        ("G01", "functions", "legal", "must be a list"),
        ("G01", "functions", ["hr", "hr"], "a function is listed twice"),
        ("G01", "clause", "exit notice", "is not a dotted identifier"),
        ("G01", "clause", "exit..notice", "is not a dotted identifier"),
        ("G01", "clause", 7, "is not a dotted identifier"),
    ],
)
def test_bad_measures_tolerance_functions_or_clause_are_named(qid, key, value, problem):
    data = _minimal()
    _question(data, qid)[key] = value
    _assert_names(_refused(data), SOURCE, f"question {qid}", f"'{key}'", problem)


def test_default_questionnaire_uses_definition_ladders_and_tolerances():
    q = default_template()
    numbers = [x for x in q.questions() if x.type is QuestionType.NUMBER]
    assert numbers and all(x.tolerance is not None and x.tolerance > 0 for x in numbers)
    ladders = [x for x in q.questions() if x.measures_definition]
    assert ladders, "the 'how far is this defined' ladders measure definition"
    for x in ladders:  # the lowest point: nothing has been done yet
        assert re.search(r"\b(not|no|nobody|only)\b", x.anchor_label(x.scale_lo).casefold())


def test_the_default_questionnaire_names_the_clauses_its_questions_inform() -> None:
    q = default_template()
    clauses = {x.id: x.clause for x in q.questions()}
    assert clauses["X10"] == "exit.notice_period"
    assert clauses["R01"] == "decisions.architecture_baseline"
    assert clauses["X14"] == "exit.shared_assets.ip"
    assert {clauses[x] for x in ("X03", "X05", "X06", "X09")} == {"exit.triggers"}
