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
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from workshop_app.domain import model
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.plain import to_plain


@cache
def _hints(cls: type[Any]) -> dict[str, Any]:
    """The type of each field of ``cls``: its annotation evaluated in domain.model's
    namespace (where every entity's field types are imported), as
    ``typing.get_type_hints(cls, vars(model), vars(model))`` gives it; that compiles
    every annotation anew, a millisecond per class at every start, where most fields
    share a few annotations ("str", "int", "tuple[str, ...]")."""
    return {
        f.name: _annotation(f.type) if isinstance(f.type, str) else f.type
        for f in dataclasses.fields(cls)
    }


@cache
def _annotation(annotation: str) -> Any:
    # The text of a field annotation in our own domain classes, never data from a file.
    return eval(annotation, vars(model))


def _is_json(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_is_json(a) for a in typing.get_args(tp) if a is not type(None))
    return origin in (tuple, dict, list)


_INT_MAX = 2**63 - 1  # SQLite's INTEGER
_INT_MIN = -(2**63)


_PLAIN, _JSON, _ANSWER_VALUE = 0, 1, 2


@cache
def _row_plan(cls: Any) -> tuple[tuple[str, int], ...]:
    """(field, how it is stored) for each field of cls, worked out once per class."""
    hints = _hints(cls)
    return tuple(
        (
            f.name,
            _ANSWER_VALUE
            if cls is model.Answer and f.name == "value"
            else _JSON
            if _is_json(hints[f.name])
            else _PLAIN,
        )
        for f in dataclasses.fields(cls)
    )


def to_row(entity: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind in _row_plan(entity.__class__):
        value = getattr(entity, name)
        if kind == _ANSWER_VALUE:
            row[name] = None if value is None else json.dumps(to_plain(value), ensure_ascii=False)
        elif kind == _JSON:
            row[name] = json.dumps(to_plain(value), ensure_ascii=False)
        elif isinstance(value, bool):
            row[name] = int(value)
        elif isinstance(value, int) and not _INT_MIN <= value <= _INT_MAX:
            raise ValidationError(
                f"{type(entity).__name__} {name}: {value} is too large to store "
                f"(the limit is {_INT_MAX:,})."
            )
        else:
            row[name] = to_plain(value)
    return row


# What json.dumps(value, ensure_ascii=False) writes, without making a new encoder per
# call as json.dumps does for any non-default option (every save encodes an answer).
_encode_json = json.JSONEncoder(ensure_ascii=False).encode


@cache
def answer_columns() -> tuple[str, ...]:
    """The answers table's columns, in the order of ``answer_cells``."""
    return tuple(name for name, _ in _row_plan(model.Answer))


def answer_cells(answer: model.Answer) -> tuple[Any, ...]:
    """``to_row(answer)``'s values in ``answer_columns()`` order, written out for the
    field types an answer has (each key press saves one); anything else goes through
    ``to_row`` itself."""
    pid, qid, comment = answer.participant_id, answer.question_id, answer.comment
    at, dont_know, value = answer.answered_at, answer.dont_know, answer.value
    if not (
        pid.__class__ is str
        and qid.__class__ is str
        and comment.__class__ is str
        and dont_know.__class__ is bool
        and (at is None or at.__class__ is datetime)
    ):
        return tuple(to_row(answer).values())
    if value is not None:
        # json.dumps of an int is its repr; bool (a subclass) is not an int here.
        value = repr(value) if value.__class__ is int else _encode_json(to_plain(value))
    return (pid, qid, value, comment, None if at is None else at.isoformat(), int(dont_know))


def answer_from_cells(cells: Sequence[Any]) -> model.Answer:
    """The answer a load would read from a row holding ``cells`` (``answer_columns()``
    order): the decoder of a load, for one row."""
    answer: model.Answer = _answer_decoder()((cells,))[0]
    return answer


@cache
def _answer_decoder() -> RowsDecoder:
    return _compiled(model.Answer, answer_columns())


def _identity(raw: Any) -> Any:
    return raw


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    if convert is _identity or hasattr(convert, "inner"):  # already lets None through
        return convert

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


RowsDecoder = Callable[[Iterable[Sequence[Any]]], list[Any]]


def _cell_code(name: str, decode: Callable[[Any], Any], cell: str, scope: dict[str, Any]) -> str:
    """Python source turning ``cell`` (a variable holding the stored value) into the
    field's value, with ``decode``'s helpers put in ``scope``."""
    inner = getattr(decode, "inner", None)
    if decode is _identity:
        return cell
    if decode is revive_answer_value:  # a value seen before costs one dict look-up
        scope["revived"], scope["revive"] = _REVIVED.get, revive_answer_value
        return f"(v if (v := revived({cell})) is not None else revive({cell}))"
    if inner is not None:  # None stays None without a call
        scope[f"d_{name}"] = inner
        return f"(None if {cell} is None else d_{name}({cell}))"
    scope[f"d_{name}"] = decode
    return f"d_{name}({cell})"


def _plain_init(cls: type) -> bool:
    """Whether ``cls(**fields)`` only stores its arguments: a dataclass without slots,
    ``__post_init__`` or fields left out of ``__init__`` (then an instance may be built
    by filling its ``__dict__`` directly: the same attributes, without the frozen
    ``__init__``'s one ``object.__setattr__`` call per field)."""
    return (
        dataclasses.is_dataclass(cls)
        and not hasattr(cls, "__post_init__")
        and "__slots__" not in vars(cls)
        and all(f.init for f in dataclasses.fields(cls))
    )


# Rows in one read from which a kind's loop is compiled: compiling costs about as much
# as decoding a few hundred rows with the plain loop (and a file has a dozen kinds, most
# of them a few rows long).
COMPILE_FROM = 200


@cache
def rows_decoder(cls: type, columns: tuple[str, ...]) -> RowsDecoder:
    """A function making a list of ``cls`` from rows (tuples in ``columns`` order),
    built once per kind and column list. For many rows it is a loop compiled for the
    kind (see _compiled); a few rows go through the same field decoders in a plain
    loop. Fields without a column keep their defaults."""
    fields = [
        (name, decode, columns.index(name)) for name, decode in _decoders(cls) if name in columns
    ]
    compiled: RowsDecoder | None = None

    def decode(rows: Iterable[Sequence[Any]]) -> list[Any]:
        nonlocal compiled
        if compiled is None:
            if not isinstance(rows, list | tuple) or len(rows) < COMPILE_FROM:
                return [cls(**{n: f(row[i]) for n, f, i in fields}) for row in rows]
            compiled = _compiled(cls, columns)
        return compiled(rows)

    return decode


def _compiled(cls: type, columns: tuple[str, ...]) -> RowsDecoder:
    """The loop of rows_decoder compiled for one kind: no dict per row, no call for
    text and numbers that need none, no call of ``__init__`` where it would only store
    its arguments (loading tens of thousands of answers must cost little more than
    reading them)."""
    scope: dict[str, Any] = {"cls": cls, "new": object.__new__}
    cells = [f"c{i}" for i in range(len(columns))]
    fields = [
        (name, _cell_code(name, decode, cells[columns.index(name)], scope))
        for name, decode in _decoders(cls)
        if name in columns
    ]
    if _plain_init(cls) and len(fields) == len(dataclasses.fields(cls)):
        # Exactly what the generated __init__ stores, in field order. (Filling the
        # instance's own __dict__ keeps its keys shared with every other instance:
        # about 60 bytes more per instance than __init__, a third of a new dict's.)
        stores = "".join(f"        d[{name!r}] = {code}\n" for name, code in fields)
        body = f"o = new(cls)\n        d = o.__dict__\n{stores}        append(o)"
    else:
        body = f"append(cls({', '.join(f'{name}={code}' for name, code in fields)}))"
    unpack = f"{', '.join(cells)}," if cells else "_"
    # Field names are the dataclass's own identifiers; only column positions come from
    # the file. (The same technique dataclasses uses for __init__.)
    source = (
        "def decode(rows):\n"
        "    out = []\n"
        "    append = out.append\n"
        f"    for {unpack} in rows:\n"
        f"        {body}\n"
        "    return out\n"
    )
    exec(source, scope)
    decoder: RowsDecoder = scope["decode"]
    return decoder


def row_decoder(cls: type, columns: tuple[str, ...]) -> Callable[[Sequence[Any]], Any]:
    """A function making one ``cls`` from one row (see rows_decoder)."""
    decode = rows_decoder(cls, columns)
    return lambda row: decode((row,))[0]
