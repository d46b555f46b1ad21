"""Template writing rules (``forms validate``), sensitive questions and the glossary."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from workshop_app.cli import main
from workshop_app.domain.errors import TemplateError
from workshop_app.domain.template_format import (
    FORMAT_TAG,
    questionnaire_from_dict,
    questionnaire_to_dict,
)
from workshop_app.domain.template_rules import MAX_QUESTIONS_PER_PARTICIPANT, check_template
from workshop_app.exchange.templates import builtin_template_paths

SOURCE = "rules.yaml"
ALL_TAGS = {"phases": "all", "purposes": "all", "functions": "all"}


def _likert(qid: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": qid,
        "type": "likert",
        "short": f"Likert {qid}",
        "text": f"How far is {qid} written down?",
        "anchors": {1: "Not discussed", 2: "Mentioned", 3: "Listed", 4: "Drafted", 5: "Signed"},
        **ALL_TAGS,
        **extra,
    }


def _template() -> dict[str, Any]:
    """A small template that follows every rule."""
    return {
        "format": FORMAT_TAG,
        "id": "rules",
        "version": "1.0",
        "title": "Rules probe",
        "description": 'Choose "Don\'t know" if you do not know.',
        "glossary": {"Lock-up": "A period in which no partner may sell its share."},
        "sections": [
            {
                "element": "goals",
                "title": "Goals",
                "questions": [
                    _likert("G01", measures="definition"),
                    {
                        "id": "G02",
                        "type": "single_choice",
                        "text": "Which objective?",
                        "options": [
                            {"id": "scale", "label": "Scale a platform"},
                            {"id": "access", "label": "Market access"},
                        ],
                        "sensitive": True,
                        **ALL_TAGS,
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
                        "text": "How many years of lock-up?",
                        "unit": "years",
                        "min": 0,
                        "max": 15,
                        "tolerance": 1,
                        "phases": ["structuring"],
                        "purposes": "all",
                        "functions": ["legal", "finance"],
                        "clause": "exit.lock_up",
                    },
                ],
            },
        ],
    }


def _question(data: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for s in data["sections"] for q in s["questions"] if q["id"] == qid)


def _problems(data: dict[str, Any]) -> list[str]:
    return check_template(data, questionnaire_from_dict(copy.deepcopy(data), SOURCE), SOURCE)


def _one(data: dict[str, Any], *parts: str) -> str:
    problems = _problems(data)
    assert len(problems) == 1, problems
    for part in (SOURCE, *parts):
        assert part in problems[0], (part, problems[0])
    return problems[0]


def test_a_template_that_follows_the_rules_has_no_problems():
    assert _problems(_template()) == []


@pytest.mark.parametrize("key", ["phases", "purposes", "functions"])
def test_a_missing_tag_is_named(key):
    data = _template()
    del _question(data, "G02")[key]
    _one(data, "question G02", f"field '{key}'", "all")


def test_a_number_question_without_tolerance():
    data = _template()
    del _question(data, "X01")["tolerance"]
    _one(data, "question X01", "field 'tolerance'")


def test_position_questions_must_be_at_least_half():
    data = _template()
    _question(data, "G02").update(_likert("G02", measures="definition"))
    del _question(data, "G02")["options"]
    message = _one(data, "field 'measures'", "G01", "G02", "1 of 3")
    assert "at least half" in message


def test_more_than_35_questions_for_one_phase_and_function():
    data = _template()
    extra = [_likert(f"G{n:02d}", functions=["legal"]) for n in range(3, 3 + 34)]
    data["sections"][0]["questions"] += extra
    problems = _problems(data)
    # 2 core questions + 34 for legal = 36 in every phase; X01 makes 37 in structuring.
    legal = [p for p in problems if "function legal" in p]
    assert len(legal) == 5 and all("field 'phases/functions'" in p for p in legal)
    assert any("phase structuring" in p and "37 questions" in p for p in legal)
    assert all(str(MAX_QUESTIONS_PER_PARTICIPANT) in p for p in legal)
    assert not [p for p in problems if "function legal" not in p]


def test_no_core_question_for_everyone():
    data = _template()
    for qid in ("G01", "G02"):
        _question(data, qid)["functions"] = ["strategy"]
    _one(data, "field 'functions'", "core set")


def test_option_labels_must_differ():
    data = _template()
    _question(data, "G02")["options"][1]["label"] = " scale A  platform"
    _one(data, "question G02", "field 'options[2].label'", "option 1")


def test_anchors_must_differ_and_cover_every_point():
    data = _template()
    _question(data, "G01")["anchors"][4] = "signed"
    _one(data, "question G01", "field 'anchors.5'", "point 4")
    data = _template()
    del _question(data, "G01")["anchors"][3]
    _one(data, "question G01", "field 'anchors'", "no label for 3")


def test_duplicate_question_ids_are_refused_by_the_loader():
    data = _template()
    _question(data, "X01")["id"] = "G01"
    with pytest.raises(TemplateError, match="question G01, field 'id': duplicate"):
        questionnaire_from_dict(data, SOURCE)


# --- the template keys these rules rely on -----------------------------------------------


def test_all_sensitive_and_glossary_load_and_round_trip():
    q = questionnaire_from_dict(_template(), SOURCE)
    g02 = q.question("G02")
    assert g02.sensitive and not q.question("X01").sensitive
    assert g02.phases == () and g02.functions == ()
    assert q.glossary == (("Lock-up", "A period in which no partner may sell its share."),)
    assert q.glossary_for(q.question("X01")) == q.glossary
    assert q.glossary_for(g02) == ()
    assert questionnaire_from_dict(questionnaire_to_dict(q), "again") == q


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: _question(d, "G02").update(sensitive="yes"), "'sensitive'"),
        (lambda d: _question(d, "G02").update(phases="every"), "'phases'"),
        (lambda d: d.update(glossary=["Lock-up"]), "'glossary'"),
        (lambda d: d.update(glossary={"Lock-up": ""}), "meaning"),
    ],
)
def test_bad_sensitive_tag_or_glossary_is_refused(change, field):
    data = _template()
    change(data)
    with pytest.raises(TemplateError, match=field):
        questionnaire_from_dict(data, SOURCE)


# --- the command ------------------------------------------------------------------------------


def _validate(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str, str]:
    code = main(["forms", "validate", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("path", builtin_template_paths(), ids=lambda p: p.name)
def test_forms_validate_passes_every_shipped_template(path, capsys):
    code, out, err = _validate(capsys, path)
    assert code == 0, err
    assert "valid" in out and "position questions" in out and "at most" in out


def test_forms_validate_lists_every_broken_rule(tmp_path, capsys):
    data = _template()
    del _question(data, "X01")["tolerance"]
    del _question(data, "G02")["functions"]
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, out, err = _validate(capsys, path)
    assert code == 1 and out == ""
    assert "broken.yaml: question X01, field 'tolerance'" in err
    assert "broken.yaml: question G02, field 'functions'" in err
    assert "2 writing rule(s)" in err
