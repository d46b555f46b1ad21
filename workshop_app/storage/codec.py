"""Entity <-> row mapping, derived from the domain dataclasses.

Scalars map to columns of the same name; enums store their value; dates and times
ISO text; tuples, dicts and answer values JSON. Loading reverses it using the
dataclass's type hints, so a new field only needs a column (added by a migration).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from workshop_app.domain import model


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model), vars(model))


def _is_json(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_is_json(a) for a in typing.get_args(tp) if a is not type(None))
    return origin in (tuple, dict, list)


def to_row(entity: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    hints = _hints(type(entity))
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        if f.name == "value" and isinstance(entity, model.Answer):
            row[f.name] = None if value is None else json.dumps(_plain(value), ensure_ascii=False)
        elif _is_json(hints[f.name]):
            row[f.name] = json.dumps(_plain(value), ensure_ascii=False)
        elif isinstance(value, bool):
            row[f.name] = int(value)
        else:
            row[f.name] = _plain(value)
    return row


def _revive(tp: Any, raw: Any) -> Any:
    if raw is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return _revive(args[0], raw)
        return raw
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_revive(args[0], v) for v in raw)
        return tuple(_revive(a, v) for a, v in zip(args, raw, strict=True))
    if origin is dict:
        _, vt = typing.get_args(tp)
        return {k: _revive(vt, v) for k, v in raw.items()}
    if isinstance(tp, type):
        if issubclass(tp, Enum):
            return tp(raw)
        if tp is bool:
            return bool(raw)
        if tp is datetime:
            return datetime.fromisoformat(raw)
        if tp is date:
            return date.fromisoformat(raw)
        if tp is float:
            return float(raw)
        if tp is int:
            return int(raw)
    return raw


def revive_answer_value(raw: str | None) -> Any:
    if raw is None:
        return None
    value = json.loads(raw)
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return {k: float(v) for k, v in value.items()}
    return value


def from_row(cls: type, row: dict[str, Any]) -> Any:
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in row:
            continue
        raw = row[f.name]
        if cls is model.Answer and f.name == "value":
            kwargs[f.name] = revive_answer_value(raw)
        elif _is_json(hints[f.name]):
            kwargs[f.name] = _revive(hints[f.name], None if raw is None else json.loads(raw))
        else:
            kwargs[f.name] = _revive(hints[f.name], raw)
    return cls(**kwargs)
