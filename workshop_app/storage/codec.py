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
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from workshop_app.domain import model
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.plain import to_plain


@cache
def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model), vars(model))


def _is_json(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_is_json(a) for a in typing.get_args(tp) if a is not type(None))
    return origin in (tuple, dict, list)


_INT_MAX = 2**63 - 1  # SQLite's INTEGER
_INT_MIN = -(2**63)


def to_row(entity: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    hints = _hints(entity.__class__)
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        if f.name == "value" and isinstance(entity, model.Answer):
            row[f.name] = None if value is None else json.dumps(to_plain(value), ensure_ascii=False)
        elif _is_json(hints[f.name]):
            row[f.name] = json.dumps(to_plain(value), ensure_ascii=False)
        elif isinstance(value, bool):
            row[f.name] = int(value)
        elif isinstance(value, int) and not _INT_MIN <= value <= _INT_MAX:
            raise ValidationError(
                f"{type(entity).__name__} {f.name}: {value} is too large to store "
                f"(the limit is {_INT_MAX:,})."
            )
        else:
            row[f.name] = to_plain(value)
    return row


def _identity(raw: Any) -> Any:
    return raw


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if convert is _identity:
        return _identity

    def optional(raw: Any) -> Any:
        return None if raw is None else convert(raw)

    optional.inner = convert  # type: ignore[attr-defined]  # row_decoder inlines the check
    return optional


@cache
def _converter(tp: Any) -> Callable[[Any], Any]:
    """A function turning a stored value into ``tp``; built once per type (loading
    30,000 answers must not re-inspect type hints for every cell)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = tuple(a for a in typing.get_args(tp) if a is not type(None))
        return _optional(_converter(args[0]) if len(args) == 1 else _identity)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return _optional(lambda raw: tuple(item(v) for v in raw))
        items = [_converter(a) for a in args]
        return _optional(lambda raw: tuple(f(v) for f, v in zip(items, raw, strict=True)))
    if origin is dict:
        value = _converter(typing.get_args(tp)[1])
        return _optional(lambda raw: {k: value(v) for k, v in raw.items()})
    if isinstance(tp, type):
        if issubclass(tp, Enum):
            return _optional(tp)
        simple: dict[type, Callable[[Any], Any]] = {
            bool: bool,
            datetime: datetime.fromisoformat,
            date: date.fromisoformat,
            float: float,
            int: int,
        }
        if tp in simple:
            return _optional(simple[tp])
    return _identity


# Stored forms of answer values already decoded (most answers repeat a few values:
# "3", "\"opt_a\""); immutable results only, so answers may share them.
_REVIVED: dict[str, Any] = {}
_REVIVED_MAX = 20_000
_REVIVED_LONGEST = 200


def revive_answer_value(raw: str | None) -> Any:
    if raw is None:
        return None
    value = _REVIVED.get(raw)
    if value is not None:
        return value
    value = json.loads(raw)
    if isinstance(value, dict):
        return {k: float(v) for k, v in value.items()}  # mutable: never shared
    if isinstance(value, list):
        value = tuple(value)
    if len(raw) <= _REVIVED_LONGEST and len(_REVIVED) < _REVIVED_MAX:
        _REVIVED[raw] = value
    return value


def _from_json(convert: Callable[[Any], Any]) -> Callable[[str | None], Any]:
    return lambda raw: None if raw is None else convert(json.loads(raw))


@cache
def _decoders(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = _hints(cls)
    out: list[tuple[str, Callable[[Any], Any]]] = []
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        if cls is model.Answer and f.name == "value":
            out.append((f.name, revive_answer_value))
        elif _is_json(tp):
            out.append((f.name, _from_json(_converter(tp))))
        else:
            out.append((f.name, _converter(tp)))
    return tuple(out)


def from_row(cls: type, row: dict[str, Any]) -> Any:
    return cls(**{name: decode(row[name]) for name, decode in _decoders(cls) if name in row})


@cache
def row_decoder(cls: type, columns: tuple[str, ...]) -> Callable[[Sequence[Any]], Any]:
    """A function making one ``cls`` from a row (a tuple in ``columns`` order), built
    once per kind and column list: no dict per row, no call for text and numbers that
    need none (loading tens of thousands of answers must cost little more than reading
    them). Fields without a column keep their defaults."""
    scope: dict[str, Any] = {"cls": cls}
    args: list[str] = []
    for name, decode in _decoders(cls):
        if name not in columns:
            continue
        cell = f"r[{columns.index(name)}]"
        inner = getattr(decode, "inner", None)
        if decode is _identity:
            args.append(f"{name}={cell}")
        elif inner is not None:  # None stays None without a call
            scope[f"d_{name}"] = inner
            args.append(f"{name}=None if {cell} is None else d_{name}({cell})")
        else:
            scope[f"d_{name}"] = decode
            args.append(f"{name}=d_{name}({cell})")
    # Field names are the dataclass's own identifiers; only column positions come from
    # the file. (The same technique dataclasses uses for __init__.)
    decoder: Callable[[Sequence[Any]], Any] = eval(f"lambda r: cls({', '.join(args)})", scope)
    return decoder
