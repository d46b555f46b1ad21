"""The published JSON Schema of the interchange format, generated from the domain classes.

Generated so it cannot drift from them; a test checks that the file in resources/schema/
equals ``interchange_schema()``. Regenerate with
``python -m workshop_app.exchange.json_io > resources/schema/workshop-interchange-1.schema.json``.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any

from workshop_app.domain import model
from workshop_app.domain.languages import CODES as LANGUAGE_CODES
from workshop_app.exchange.json_format import (
    COLLECTIONS,
    FORMAT,
    PAIR_KEYS,
    SCHEMA_FILE,
    VERSION,
    field_types,
    optional_arg,
    required_fields,
)

_DESCRIPTIONS: dict[str, str] = {
    "details": "The workshop's own fields.",
    "partners": "The 2 to 6 companies in the partnership.",
    "participants": "The people who answer, each belonging to one partner.",
    "answers": "One participant's answer to one question; value null means skipped, "
    'unless dont_know is true (the participant said "Don\'t know"; value must be null).',
    "gap_discussions": "What was said about a question where partners diverge.",
    "contributions": "What each partner brings, in executable terms.",
    "bodies": "Governance bodies: steering group, execution committee, PMO.",
    "decisions": "The decision-rights matrix: D decides, J joint approval, C consulted, "
    "I informed.",
    "escalation_steps": "The escalation path, level 1 first.",
    "review_points": "Formal points to expand, narrow or redirect the scope.",
    "exit_terms": "Renewal, notice, surviving obligations and change rules.",
    "exit_triggers": "Events that allow a partner to leave.",
    "shared_assets": "IP, plants, tooling and data, and their treatment on exit.",
    "action_items": "Actions agreed in the workshop.",
    "heads_of_terms": "The standard heads of terms (key: parties, purpose, structure, "
    "contributions, funding, governance, deadlock, ip, exclusivity, supply, transfers, exit, "
    "information, approvals, disputes, binding): status, agreed text, each partner's "
    "position, linked gaps (question ids) and actions. A head not listed is open.",
    "parties": "Each partner as a party to the agreement: legal entity, seat, register "
    "number, signing entity, parent guarantee.",
}


def _schema_of(tp: Any) -> dict[str, Any]:
    inner = optional_arg(tp)
    if inner is not None:
        sub = _schema_of(inner)
        return {"anyOf": [sub, {"type": "null"}]}
    origin = typing.get_origin(tp)
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(tp)[0])}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [e.value for e in tp]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if tp is datetime:
        return {"type": "string", "format": "date-time"}
    raise TypeError(f"no schema for {tp}")  # pragma: no cover - closed set


def _entity_schema(cls: type) -> dict[str, Any]:
    hints = field_types(cls)
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        keys = PAIR_KEYS.get((cls, f.name))
        if keys:
            first_t, second_t = typing.get_args(typing.get_args(hints[f.name])[0])
            props[f.name] = {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {keys[0]: _schema_of(first_t), keys[1]: _schema_of(second_t)},
                    "required": list(keys),
                    "additionalProperties": False,
                },
            }
        elif cls is model.Answer and f.name == "value":
            props[f.name] = {
                "description": "likert: integer; number: number; single_choice and text: "
                "string; multi_choice and ranking: option ids; allocation: option id -> points",
                "anyOf": [
                    {"type": "null"},
                    {"type": "number"},
                    {"type": "string"},
                    {"type": "array", "items": {"type": "string"}},
                    {"type": "object", "additionalProperties": {"type": "number"}},
                ],
            }
        else:
            props[f.name] = _schema_of(hints[f.name])
    if cls is model.Partner:
        props["colour"]["pattern"] = "^#[0-9A-Fa-f]{6}$"
    if cls is model.Participant:
        props["function"] = {
            "description": "One of the functions; other text (from documents of older "
            "versions) is read as the nearest function, or other.",
            "anyOf": [props["function"], {"type": "string"}],
        }
        props["language"] = {
            "description": "The language the participant reads the questionnaire in.",
            "enum": list(LANGUAGE_CODES),
        }
    out: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": sorted(required_fields(cls)),
        "additionalProperties": False,
    }
    if cls is model.Answer:
        # "Don't know" is an answer without a value: never both.
        out["if"] = {"properties": {"dont_know": {"const": True}}, "required": ["dont_know"]}
        out["then"] = {"properties": {"value": {"type": "null"}}}
    return out


def _questionnaire_schema() -> dict[str, Any]:
    from workshop_app.domain.enums import Element, Function, Measures, Phase, Purpose, QuestionType
    from workshop_app.domain.template_format import FORMAT_TAG

    text = {"type": "string", "minLength": 1}
    question = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"},
            "type": {"enum": [t.value for t in QuestionType]},
            "short": {"type": "string"},
            "text": text,
            "help": {"type": "string"},
            "weight": {"type": "number", "exclusiveMinimum": 0},
            "phases": {"type": "array", "items": {"enum": [p.value for p in Phase]}},
            "purposes": {"type": "array", "items": {"enum": [p.value for p in Purpose]}},
            "sensitive": {"type": "boolean"},
            "functions": {
                "type": "array",
                "uniqueItems": True,
                "items": {"enum": [f.value for f in Function]},
            },
            "clause": {
                "type": "string",
                "pattern": r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$",
            },
            "measures": {"enum": [m.value for m in Measures]},
            "scale": {
                "type": "object",
                "properties": {"lo": {"type": "integer"}, "hi": {"type": "integer"}},
                "required": ["lo", "hi"],
                "additionalProperties": False,
            },
            "anchors": {
                "type": "object",
                "propertyNames": {"pattern": "^-?[0-9]+$"},
                "additionalProperties": text,
            },
            "options": {
                "type": "array",
                "minItems": 2,
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "label": text},
                    "required": ["id", "label"],
                    "additionalProperties": False,
                },
            },
            "total": {"type": "number", "exclusiveMinimum": 0},
            "unit": {"type": "string"},
            "min": {"type": "number"},
            "max": {"type": "number"},
            "tolerance": {"type": "number", "exclusiveMinimum": 0},
        },
        "required": ["id", "type", "text"],
        "additionalProperties": False,
    }
    return {
        "description": "The questionnaire the workshop used, in the template format "
        "(see resources/questionnaires/).",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_TAG},
            "id": {"type": "string"},
            "version": text,
            "title": text,
            "language": text,
            "description": {"type": "string"},
            "glossary": {"type": "object", "additionalProperties": text},
            "sections": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "properties": {
                        "element": {"enum": [e.value for e in Element]},
                        "title": text,
                        "intro": {"type": "string"},
                        "questions": {"type": "array", "minItems": 1, "items": question},
                    },
                    "required": ["element", "questions"],
                    "additionalProperties": False,
                },
            },
            "translations": _translations_schema(text),
            "revisions": {
                "description": "Wording edits made after a question had answers: the "
                "question, the field, the wording the answers were given to, and the date.",
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "question": {"type": "string"},
                        "field": text,
                        "was": {"type": "string"},
                        "date": text,
                    },
                    "required": ["question", "field", "was", "date"],
                    "additionalProperties": False,
                },
            },
        },
        "required": ["format", "id", "version", "title", "sections"],
        "additionalProperties": False,
    }


def _translations_schema(text: dict[str, Any]) -> dict[str, Any]:
    words = {"type": "object", "additionalProperties": {"type": "string"}}
    question = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "help": {"type": "string"},
            "short": {"type": "string"},
            "unit": {"type": "string"},
            "options": words,
            "anchors": {**words, "propertyNames": {"pattern": "^-?[0-9]+$"}},
        },
        "additionalProperties": False,
    }
    pair = {
        "type": "object",
        "properties": {"term": {"type": "string"}, "meaning": {"type": "string"}},
        "additionalProperties": False,
    }
    section = {
        "type": "object",
        "properties": {"title": {"type": "string"}, "intro": {"type": "string"}},
        "additionalProperties": False,
    }
    language = {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "description": {"type": "string"},
            "glossary": {"type": "object", "additionalProperties": pair},
            "sections": {"type": "object", "additionalProperties": section},
            "questions": {"type": "object", "additionalProperties": question},
        },
        "additionalProperties": False,
    }
    return {
        "description": "The questionnaire's words in more languages (words only: ids, "
        "options and scales are the source's), keyed by language code.",
        "type": "object",
        "propertyNames": {"enum": list(LANGUAGE_CODES)},
        "additionalProperties": language,
    }


def interchange_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of interchange version 1."""
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "details": {
            "description": _DESCRIPTIONS["details"],
            **_entity_schema(model.WorkshopDetails),
        },
        "questionnaire": _questionnaire_schema(),
    }
    for name, cls in COLLECTIONS:
        props[name] = {
            "description": _DESCRIPTIONS[name],
            "type": "array",
            "items": _entity_schema(cls),
        }
    props["exit_terms"] = {
        "description": _DESCRIPTIONS["exit_terms"],
        **_entity_schema(model.ExitTerms),
    }
    props["partners"]["maxItems"] = model.MAX_PARTNERS
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://partnership-workshop.invalid/schema/{SCHEMA_FILE}",
        "title": "Partnership Workshop interchange, version 1",
        "description": "One workshop: details, questionnaire, partners, participants, answers, "
        "gap discussions, contributions, governance, exit terms and action items.",
        "type": "object",
        "properties": props,
        "required": ["format", "version", "details", "questionnaire"],
        "additionalProperties": False,
    }


def schema_text() -> str:
    return json.dumps(interchange_schema(), ensure_ascii=False, indent=2) + "\n"
