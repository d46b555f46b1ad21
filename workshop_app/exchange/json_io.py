"""The JSON interchange format: a whole workshop as one JSON document.

Shape (version 1; the schema is published as resources/schema/workshop-interchange-1.schema.json):

    {"format": "partnership-workshop", "version": 1,
     "details": {...}, "questionnaire": {<the template, as in the YAML format>},
     "partners": [...], "participants": [...], "answers": [...], "gap_discussions": [...],
     "contributions": [...], "bodies": [...], "decisions": [...], "escalation_steps": [...],
     "review_points": [...], "exit_terms": {...}, "exit_triggers": [...],
     "shared_assets": [...], "action_items": [...]}

Every entity is an object with the domain field names; dates are ISO text
(``2026-03-31``, times with their UTC offset), enums their stored value, missing
optional fields take their defaults. Reading treats the document as hostile: size
checked first, unknown keys refused, every type checked, and every error names the
JSON path (``partners[2].colour``; indices count from 0).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from workshop_app.atomic import describe_os_error, remove_leftovers, write_bytes
from workshop_app.domain import model
from workshop_app.domain.enums import function_from_text
from workshop_app.domain.errors import FileFormatError, TemplateError, WorkshopError
from workshop_app.domain.heads import HEAD_KEYS
from workshop_app.domain.languages import CODES as LANGUAGE_CODES
from workshop_app.domain.plain import to_plain
from workshop_app.domain.questionnaire import Question, Questionnaire, validate_value
from workshop_app.domain.template_format import questionnaire_from_dict, questionnaire_to_dict
from workshop_app.domain.text import check_text

FORMAT = "partnership-workshop"
VERSION = 1
MAX_JSON_BYTES = 100 * 1024 * 1024
SCHEMA_FILE = "workshop-interchange-1.schema.json"
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# The list-valued parts of a workshop, in document order, with their entity class.
COLLECTIONS: tuple[tuple[str, type], ...] = (
    ("partners", model.Partner),
    ("participants", model.Participant),
    ("answers", model.Answer),
    ("gap_discussions", model.GapDiscussion),
    ("contributions", model.Contribution),
    ("bodies", model.GovernanceBody),
    ("decisions", model.Decision),
    ("escalation_steps", model.EscalationStep),
    ("review_points", model.ReviewPoint),
    ("exit_triggers", model.ExitTrigger),
    ("shared_assets", model.SharedAsset),
    ("action_items", model.ActionItem),
    ("heads_of_terms", model.HeadOfTerms),
    ("parties", model.PartyDetails),
)
SINGLETONS: tuple[tuple[str, type], ...] = (
    ("details", model.WorkshopDetails),
    ("exit_terms", model.ExitTerms),
)
# Pairs stored as tuples in the domain are written as small objects, which read better
# and validate better than two-element arrays: field -> (first key, second key).
_PAIR_KEYS: dict[tuple[type, str], tuple[str, str]] = {
    (model.Partner, "capacities"): ("unit", "amount"),
    (model.Decision, "rights"): ("partner", "right"),
    (model.HeadOfTerms, "positions"): ("partner", "position"),
}


class _Bad(Exception):
    """A problem at a JSON path; turned into FileFormatError at the top."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path or 'the document'}: {problem}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model), vars(model))


def _optional_arg(tp: Any) -> Any | None:
    """X for ``X | None``, else None."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


# --- writing ------------------------------------------------------------------------


def _entity_to_json(entity: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        keys = _PAIR_KEYS.get((type(entity), f.name))
        if keys:
            out[f.name] = [{keys[0]: to_plain(a), keys[1]: to_plain(b)} for a, b in value]
        else:
            out[f.name] = to_plain(value)
    return out


def workshop_to_json(workshop: model.Workshop) -> dict[str, Any]:
    """The interchange document of a workshop (plain dicts and lists, ready for json.dump)."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "details": _entity_to_json(workshop.details),
        "questionnaire": questionnaire_to_dict(workshop.questionnaire),
    }
    for name, _ in COLLECTIONS:
        doc[name] = [_entity_to_json(e) for e in getattr(workshop, name)]
    doc["exit_terms"] = _entity_to_json(workshop.exit_terms)
    return doc


def dumps(workshop: model.Workshop) -> str:
    return json.dumps(workshop_to_json(workshop), ensure_ascii=False, indent=2, allow_nan=False)


class JsonWriteError(WorkshopError):
    """The JSON file could not be written; the message names the target."""


def write_json(workshop: model.Workshop, path: str | Path) -> Path:
    """Write the document to a temporary file beside ``path`` and rename it into place."""
    target = Path(path)
    if target.is_dir():
        raise JsonWriteError(f"Cannot write {target}: it is a folder; give a file name.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        # As the other exports: a typo in the folder is an error, not a new folder.
        raise JsonWriteError(f"Cannot write {target}: the folder {folder} does not exist.")
    text = dumps(workshop) + "\n"
    remove_leftovers(folder)
    try:
        write_bytes(target, text.encode("utf-8"))
    except OSError as exc:
        # Name the target, not the temporary file the user never asked for.
        raise JsonWriteError(f"Cannot write {target}: {describe_os_error(exc)}.") from None
    return target


# --- reading ------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise _Bad(path, f"expected text, got {_type_name(value)}.")
    try:
        return check_text(value, "text")
    except WorkshopError as exc:
        # check_text names "text: ..."; keep only the problem, the path says where.
        raise _Bad(path, str(exc).partition(": ")[2]) from None


def _number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(path, f"expected a number, got {_type_name(value)}.")
    if not math.isfinite(value):
        raise _Bad(path, "expected a finite number.")
    return float(value)


def _read(tp: Any, value: Any, path: str) -> Any:
    inner = _optional_arg(tp)
    if inner is not None:
        return None if value is None else _read(inner, value, path)
    origin = typing.get_origin(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list):
            raise _Bad(path, f"expected a list, got {_type_name(value)}.")
        return tuple(_read(args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
    if isinstance(tp, type) and issubclass(tp, Enum):
        allowed = [e.value for e in tp]
        if value not in allowed:
            raise _Bad(path, f"'{value}' is not one of {', '.join(map(str, allowed))}.")
        return tp(value)
    if tp is bool:
        if not isinstance(value, bool):
            raise _Bad(path, f"expected true or false, got {_type_name(value)}.")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(path, f"expected a whole number, got {_type_name(value)}.")
        return value
    if tp is float:
        return _number(value, path)
    if tp is str:
        return _text(value, path)
    if tp is datetime:
        try:
            return datetime.fromisoformat(_text(value, path))
        except ValueError:
            raise _Bad(
                path, f"'{value}' is not a date and time like 2026-03-31T14:05:00+02:00."
            ) from None
    if tp is date:
        try:
            parsed = date.fromisoformat(_text(value, path))
        except ValueError:
            parsed = None
        if parsed is None or len(value) != 10:
            raise _Bad(path, f"'{value}' is not a date like 2026-03-31.")
        return parsed
    raise _Bad(path, f"cannot read a value of type {tp}.")  # pragma: no cover - closed set


def _object(value: Any, path: str, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(path, f"expected an object, got {_type_name(value)}.")
    for key in value:
        if key not in allowed:
            raise _Bad(_join(path, key), f"unknown field (allowed: {', '.join(sorted(allowed))}).")
    for key in sorted(required):
        if key not in value:
            raise _Bad(_join(path, key), "is missing.")
    return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _required_fields(cls: type) -> set[str]:
    return {
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }


def _entity(
    cls: type, value: Any, path: str, read_value: Callable[[dict[str, Any], str], Any] | None = None
) -> Any:
    names = {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")}
    data = _object(value, path, names, _required_fields(cls))
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for name, raw in data.items():
        where = _join(path, name)
        keys = _PAIR_KEYS.get((cls, name))
        if keys:
            if not isinstance(raw, list):
                raise _Bad(where, f"expected a list, got {_type_name(raw)}.")
            first_t, second_t = typing.get_args(typing.get_args(hints[name])[0])
            pairs = []
            for i, item in enumerate(raw):
                p = f"{where}[{i}]"
                obj = _object(item, p, set(keys), set(keys))
                pairs.append(
                    (
                        _read(first_t, obj[keys[0]], f"{p}.{keys[0]}"),
                        _read(second_t, obj[keys[1]], f"{p}.{keys[1]}"),
                    )
                )
            kwargs[name] = tuple(pairs)
        elif name == "value" and read_value is not None:
            kwargs[name] = read_value(data, where)
        elif cls is model.Participant and name == "function" and isinstance(raw, str):
            # Documents of older versions hold free text: the nearest function, as the
            # schema-0002 migration maps it ("" is no function).
            kwargs[name] = function_from_text(_text(raw, where))
        else:
            kwargs[name] = _read(hints[name], raw, where)
    colour = kwargs.get("colour") if cls is model.Partner else None
    if colour is not None and not _COLOUR.match(colour):
        raise _Bad(_join(path, "colour"), f"'{colour}' is not a colour like #1F5FAD.")
    entity = cls(**kwargs)
    if hasattr(entity, "validate"):
        try:
            entity.validate()
        except WorkshopError as exc:
            raise _Bad(path, str(exc)) from None
    return entity


def _answer_value(question: Question | None) -> Callable[[dict[str, Any], str], Any]:
    def read(data: dict[str, Any], path: str) -> Any:
        raw = data["value"]
        if raw is None or question is None:
            return None
        value: Any = raw
        if isinstance(raw, list):
            if not all(isinstance(v, str) for v in raw):
                raise _Bad(path, "expected a list of option ids.")
            value = tuple(raw)
        elif isinstance(raw, dict):
            for k, v in raw.items():
                _number(v, f"{path}.{k}")
        elif not isinstance(raw, str | int | float) or isinstance(raw, bool):
            raise _Bad(path, f"{_type_name(raw)} is not an answer.")
        try:
            return validate_value(question, value)
        except WorkshopError as exc:
            raise _Bad(
                path, f"{exc} (question {question.id}, type {question.type.value})"
            ) from None

    return read


def _list(doc: dict[str, Any], name: str) -> list[Any]:
    value = doc.get(name, [])
    if not isinstance(value, list):
        raise _Bad(name, f"expected a list, got {_type_name(value)}.")
    return value


def _no_partner(pid: str) -> str:
    return f"no partner has the id '{pid}'."


def _check_refs(w: model.Workshop) -> None:
    """References between entities, named by path (the domain checks only some)."""
    partners = {p.id for p in w.partners}
    people = {p.id for p in w.participants}
    bodies = {b.id for b in w.bodies}
    q = w.questionnaire
    for i, p in enumerate(w.participants):
        if p.partner_id not in partners:
            raise _Bad(f"participants[{i}].partner_id", f"no partner has the id '{p.partner_id}'.")
    for i, c in enumerate(w.contributions):
        if c.partner_id not in partners:
            raise _Bad(f"contributions[{i}].partner_id", _no_partner(c.partner_id))
        if c.recipient_id is not None and c.recipient_id not in partners:
            raise _Bad(f"contributions[{i}].recipient_id", _no_partner(c.recipient_id))
    for i, d in enumerate(w.decisions):
        for j, (pid, _) in enumerate(d.rights):
            if pid not in partners:
                raise _Bad(f"decisions[{i}].rights[{j}].partner", f"no partner has the id '{pid}'.")
        if d.body_id is not None and d.body_id not in bodies:
            raise _Bad(f"decisions[{i}].body_id", f"no governance body has the id '{d.body_id}'.")
    for i, s in enumerate(w.shared_assets):
        if s.owner_id is not None and s.owner_id not in partners:
            raise _Bad(f"shared_assets[{i}].owner_id", f"no partner has the id '{s.owner_id}'.")
    actions = {a.id for a in w.action_items}
    for i, party in enumerate(w.parties):
        if party.partner_id not in partners:
            raise _Bad(f"parties[{i}].partner_id", _no_partner(party.partner_id))
    for i, h in enumerate(w.heads_of_terms):
        if h.key not in HEAD_KEYS:
            raise _Bad(f"heads_of_terms[{i}].key", f"'{h.key}' is not a standard head.")
        if h.proposed_by is not None and h.proposed_by not in partners:
            raise _Bad(f"heads_of_terms[{i}].proposed_by", _no_partner(h.proposed_by))
        for j, (pid, _) in enumerate(h.positions):
            if pid not in partners:
                raise _Bad(f"heads_of_terms[{i}].positions[{j}].partner", _no_partner(pid))
        for j, qid in enumerate(h.gap_ids):
            if not q.has_question(qid):
                raise _Bad(f"heads_of_terms[{i}].gap_ids[{j}]", f"'{qid}' is not a question.")
        for j, aid in enumerate(h.action_ids):
            if aid not in actions:
                raise _Bad(f"heads_of_terms[{i}].action_ids[{j}]", f"no action has the id '{aid}'.")
    for i, g in enumerate(w.gap_discussions):
        if not q.has_question(g.question_id):
            raise _Bad(f"gap_discussions[{i}].question_id", f"'{g.question_id}' is not a question.")
    for i, a in enumerate(w.action_items):
        if a.question_id is not None and not q.has_question(a.question_id):
            raise _Bad(f"action_items[{i}].question_id", f"'{a.question_id}' is not a question.")
    for key in ("included_questions", "excluded_questions"):
        for i, qid in enumerate(getattr(w.details, key)):
            if not q.has_question(qid):
                raise _Bad(f"details.{key}[{i}]", f"'{qid}' is not a question.")
    for i, ans in enumerate(w.answers):
        if ans.participant_id not in people:
            raise _Bad(
                f"answers[{i}].participant_id", f"no participant has the id '{ans.participant_id}'."
            )


def _workshop(doc: Any) -> model.Workshop:
    top = {"format", "version", "questionnaire"} | {n for n, _ in COLLECTIONS + SINGLETONS}
    _object(doc, "", top, {"format", "version", "details", "questionnaire"})
    if doc["format"] != FORMAT:
        raise _Bad("format", f"must be '{FORMAT}'; this is not a workshop interchange file.")
    version = doc["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Bad("version", "expected a whole number.")
    if version > VERSION:
        raise _Bad(
            "version", f"{version} is newer than this app reads ({VERSION}); update the app."
        )
    if version < 1:
        raise _Bad("version", f"{version} is not a version of this format.")
    try:
        questionnaire: Questionnaire = questionnaire_from_dict(
            doc["questionnaire"], "questionnaire"
        )
    except TemplateError as exc:
        raise _Bad("questionnaire", str(exc).removeprefix("questionnaire: ")) from None
    parts: dict[str, Any] = {
        "details": _entity(model.WorkshopDetails, doc["details"], "details"),
        "questionnaire": questionnaire,
    }
    if "exit_terms" in doc:
        parts["exit_terms"] = _entity(model.ExitTerms, doc["exit_terms"], "exit_terms")
    for name, cls in COLLECTIONS:
        items = []
        for i, raw in enumerate(_list(doc, name)):
            path = f"{name}[{i}]"
            reader = None
            if cls is model.Answer:
                qid = raw.get("question_id") if isinstance(raw, dict) else None
                if isinstance(qid, str) and not questionnaire.has_question(qid):
                    raise _Bad(
                        f"{path}.question_id", f"'{qid}' is not a question of the questionnaire."
                    )
                question = questionnaire.question(qid) if isinstance(qid, str) else None
                reader = _answer_value(question)
            item = _entity(cls, raw, path, reader)
            if cls is model.Answer and item.dont_know and item.value is not None:
                raise _Bad(
                    path, 'has both a value and dont_know; a "Don\'t know" answer has value null.'
                )
            items.append(item)
        parts[name] = tuple(items)
    workshop = model.Workshop(**parts)
    _check_refs(workshop)
    try:
        workshop.validate()
    except WorkshopError as exc:
        raise _Bad("workshop", str(exc)) from None
    return workshop


def workshop_from_json(data: Any) -> model.Workshop:
    """Build and validate a workshop from a parsed document; FileFormatError names the path."""
    try:
        return _workshop(data)
    except _Bad as exc:
        raise FileFormatError(str(exc)) from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


_MAX_INT_DIGITS = 100  # far beyond any count or amount; Python's own limit gives a dev hint


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise ValueError(
            f"a number has {len(text.lstrip('-')):,} digits, more than any workshop "
            f"value ({_MAX_INT_DIGITS})"
        )
    return int(text)


def read_json(path: str | Path) -> model.Workshop:
    """Read an interchange file: size-checked, strictly parsed and validated."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_JSON_BYTES:
            raise FileFormatError(
                f"'{p.name}' is {size:,} bytes; a workshop file in JSON is at most "
                f"{MAX_JSON_BYTES:,} bytes."
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise FileFormatError(f"'{p.name}' cannot be read: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(f"'{p.name}' is not UTF-8 text (byte {exc.start + 1}).") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"'{p.name}' is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None
    except ValueError as exc:
        raise FileFormatError(f"'{p.name}' is not valid JSON: {exc}.") from None
    except RecursionError:
        raise FileFormatError(f"'{p.name}' is nested too deeply to be a workshop.") from None
    try:
        return _workshop(data)
    except _Bad as exc:
        raise FileFormatError(f"'{p.name}': {exc}") from None


# --- the published JSON Schema ----------------------------------------------------------
# Generated from the domain classes so it cannot drift from them; a test checks that the
# file in resources/schema/ equals ``interchange_schema()``. Regenerate with
# ``python -m workshop_app.exchange.json_io > resources/schema/workshop-interchange-1.schema.json``.

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
    inner = _optional_arg(tp)
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
    hints = _hints(cls)
    props: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        keys = _PAIR_KEYS.get((cls, f.name))
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
        "required": sorted(_required_fields(cls)),
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


if __name__ == "__main__":  # pragma: no cover - regenerates the published schema
    import sys

    sys.stdout.write(schema_text())
