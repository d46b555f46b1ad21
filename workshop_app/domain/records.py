"""``@record``: a frozen dataclass whose methods are shared or made when first needed.

On Python 3.11, ``@dataclass(frozen=True)`` writes the source of each method it adds and
compiles it with ``exec`` while the class is created: six compilations per class, about
220 for the model and the analysis's results, paid by every start of the app and of
every command. ``@record`` is ``@dataclass(frozen=True)`` for the type checker and at
run time behaves the same (the same fields, ``__init__`` arguments and errors, equality,
hash values, text and frozenness), while nothing is compiled as the class is made:

- ``__eq__``, ``__hash__`` and ``__repr__`` are closures over the field names;
- ``__setattr__`` and ``__delattr__`` are closures raising ``FrozenInstanceError`` with
  dataclasses' own messages;
- ``__init__`` is shared too: it stores the same fields in the same order, with the
  same defaults, factories and ``__post_init__``; a class made more than
  ``compile_after(cls)`` times in a run, or called with arguments the generated ``__init__``
  would refuse, gets the ``__init__`` dataclasses would write, compiled from the same
  source (so its errors read the same).

``fields``, ``replace``, ``asdict`` and ``is_dataclass`` work as for any dataclass (the
class is one, made with ``dataclass(init=False, repr=False, eq=False)``, so its
``__dataclass_params__`` name what dataclasses generated, not what ``@record`` adds).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, field, fields
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")


class _HasDefaultFactory:
    """The default shown for an argument whose default is made by a factory."""

    def __repr__(self) -> str:
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True)`` without compiling anything as the class is made."""
    own = vars(cls)
    for name in ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__", "__delattr__"):
        if name in own and not (name == "__hash__" and own[name] is None):
            raise TypeError(f"{cls.__name__} has its own {name}")
    if "__slots__" in own:
        raise TypeError(f"{cls.__name__}: a record has no __slots__")
    made = dataclass(init=False, repr=False, eq=False)(cls)
    declared = fields(made)  # type: ignore[arg-type]  # a dataclass, made above
    _check_init_order(made, declared)
    _add_comparison(made, declared)
    _add_frozenness(made, {f.name for f in declared})
    _add_init(made, declared)
    return made


def _methods(cls: type, *methods: Callable[..., Any]) -> None:
    for method in methods:
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)


def _add_comparison(cls: type, declared: tuple[Field[Any], ...]) -> None:
    """dataclasses' ``__eq__``, ``__hash__`` (frozen and compared: a hash of the compared
    fields) and ``__repr__``: the same fields compared, hashed and shown."""
    compared = _values([f.name for f in declared if f.compare])
    hashed = _values([f.name for f in declared if (f.compare if f.hash is None else f.hash)])
    shown = tuple(f.name for f in declared if f.repr)

    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    @recursive_repr()
    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({inner})"

    _methods(cls, __eq__, __hash__, __repr__)


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of these attributes of an object (what the generated methods build)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return lambda obj: ()


def _add_frozenness(cls: type, names: set[str]) -> None:
    """dataclasses' frozen ``__setattr__`` and ``__delattr__``: a field, or any attribute
    of an instance of the class itself (not of a subclass), cannot be set or deleted."""
    frozen = frozenset(names)
    owner: Any = cls  # what super() starts after (a type; mypy narrows cls below)

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in frozen:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(owner, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in frozen:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(owner, self).__delattr__(name)

    _methods(cls, __setattr__, __delattr__)


def _check_init_order(cls: type, declared: tuple[Field[Any], ...]) -> None:
    """The error dataclasses raise when the class is made (here too, though ``__init__``
    is compiled later)."""
    seen_default = False
    for f in declared:
        if not f.init or f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")


# Calls of a class's shared __init__ after which its own is compiled: when the shared
# one's extra time (about 2 us a call) has cost about what compiling would (250 us, and
# 25 us more per field). Only the classes made by the hundred pay for compiling.
COMPILE_AFTER = 128
COMPILE_PER_FIELD = 12


def compile_after(cls: type) -> int:
    """After how many calls of its shared ``__init__`` a record's own is compiled."""
    return COMPILE_AFTER + COMPILE_PER_FIELD * len(fields(cls))


def _add_init(cls: type, declared: tuple[Field[Any], ...]) -> None:
    """An ``__init__`` storing what the generated one would, in the same order, without
    being compiled: for a call the generated one would refuse (an argument missing, too
    many, unknown or given twice), the generated one is compiled and raises its own
    error; after ``compile_after(cls)`` calls it is compiled and replaces this one."""
    positional = tuple(f.name for f in declared if f.init and not f.kw_only)
    accepted = frozenset(f.name for f in declared if f.init)
    required = frozenset(
        f.name for f in declared if f.init and f.default is MISSING and f.default_factory is MISSING
    )
    # (name, an argument, default, factory) per stored field, in field order; a field
    # with a default and left out of __init__ is read from the class attribute.
    steps = [
        (f.name, f.init, f.default, None if f.default_factory is MISSING else f.default_factory)
        for f in declared
        if f.init or f.default_factory is not MISSING
    ]
    post_init = hasattr(cls, "__post_init__")
    store = object.__setattr__
    calls = 0
    compiled: list[Callable[..., None]] = []

    def generated() -> Callable[..., None]:
        if not compiled:
            compiled.append(_init_of(cls, declared))
        return compiled[0]

    count = len(positional)
    limit = compile_after(cls)

    def __init__(self: Any, /, *args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        given = dict(zip(positional, args, strict=False)) if args else {}
        refused = len(args) > count
        if kwargs:
            refused = (
                refused or not accepted.issuperset(kwargs) or not given.keys().isdisjoint(kwargs)
            )
            given.update(kwargs)
        if refused or calls > limit or not given.keys() >= required:
            init = generated()
            if calls > limit and vars(cls).get("__init__") is __init__:
                type.__setattr__(cls, "__init__", init)
            init(self, *args, **kwargs)
            return
        for name, argument, default, factory in steps:
            if argument and name in given:
                store(self, name, given[name])
            elif factory is not None:
                store(self, name, factory())
            else:
                store(self, name, default)
        if post_init:
            self.__post_init__()

    _methods(cls, __init__)


def _init_of(cls: type, declared: tuple[Field[Any], ...]) -> Callable[..., None]:
    """The ``__init__`` ``@dataclass(frozen=True)`` writes (Python 3.11's
    ``dataclasses._init_fn``): the same parameters, defaults and stores, compiled the same
    way, so that its errors read the same."""
    names = {f.name for f in declared}
    me = "__dataclass_self__" if "self" in names else "self"
    scope: dict[str, Any] = {f"_type_{f.name}": f.type for f in declared}
    scope["MISSING"] = MISSING
    scope["_HAS_DEFAULT_FACTORY"] = _HAS_DEFAULT_FACTORY
    scope["__dataclass_builtins_object__"] = object
    body: list[str] = []
    for f in declared:
        default = f"_dflt_{f.name}"
        if f.default_factory is not MISSING:
            scope[default] = f.default_factory
            if f.init:
                value = f"{default}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            else:
                value = f"{default}()"
        elif f.init:
            value = f.name
            if f.default is not MISSING:
                scope[default] = f.default
        else:
            continue  # read from the class attribute holding the default
        body.append(f"__dataclass_builtins_object__.__setattr__({me},{f.name!r},{value})")
    if hasattr(cls, "__post_init__"):
        body.append(f"{me}.__post_init__()")
    params = [me, *(_param(f) for f in declared if f.init and not f.kw_only)]
    keyword = [_param(f) for f in declared if f.init and f.kw_only]
    if keyword:
        params += ["*", *keyword]
    scope["_return_type"] = None
    lines = "\n".join(f"  {line}" for line in body or ["pass"])
    source = (
        f"def __create_fn__({', '.join(scope)}):\n"
        f" def __init__({','.join(params)})->_return_type:\n{lines}\n return __init__"
    )
    module = sys.modules.get(cls.__module__)
    namespace: dict[str, Any] = {}
    # Field names are the class's own identifiers, as in dataclasses' own __init__.
    exec(source, vars(module) if module else {}, namespace)
    init: Callable[..., None] = namespace["__create_fn__"](**scope)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _param(f: Field[Any]) -> str:
    if f.default_factory is not MISSING:
        return f"{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY"
    if f.default is not MISSING:
        return f"{f.name}:_type_{f.name}=_dflt_{f.name}"
    return f"{f.name}:_type_{f.name}"
