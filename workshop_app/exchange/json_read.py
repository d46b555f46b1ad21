"""Reading the JSON interchange format: a hostile document to a validated workshop.

Size checked first, strict parsing, unknown keys refused, every type checked, references
between entities checked, and every error names the JSON path (``partners[2].colour``;
indices count from 0).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from workshop_app.domain import model
from workshop_app.domain.enums import function_from_text
from workshop_app.domain.errors import FileFormatError, TemplateError, WorkshopError
from workshop_app.domain.heads import HEAD_KEYS
from workshop_app.domain.questionnaire import Question, Questionnaire, validate_value
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.domain.text import check_text
from workshop_app.exchange.json_format import (
    COLLECTIONS,
    FORMAT,
    PAIR_KEYS,
    SINGLETONS,
    VERSION,
    field_types,
    optional_arg,
    required_fields,
)

MAX_JSON_BYTES = 100 * 1024 * 1024
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class _Bad(Exception):
    """A problem at a JSON path; turned into FileFormatError at the top."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path or 'the document'}: {problem}")


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
    inner = optional_arg(tp)
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


def _entity(
    cls: type, value: Any, path: str, read_value: Callable[[dict[str, Any], str], Any] | None = None
) -> Any:
    names = {f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")}
    data = _object(value, path, names, required_fields(cls))
    hints = field_types(cls)
    kwargs: dict[str, Any] = {}
    for name, raw in data.items():
        where = _join(path, name)
        keys = PAIR_KEYS.get((cls, name))
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
