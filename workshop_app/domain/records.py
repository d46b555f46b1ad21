"""Equality, hash and repr of the frozen dataclasses, shared instead of generated.

On Python 3.11, ``@dataclass`` writes the source of each method it adds and compiles it
with ``exec`` while the class is created: six compilations per frozen class, about 240
for the model and the analysis's results, paid by every start of the app and of every
command. ``@shared_methods`` over ``@dataclass(frozen=True, eq=False, repr=False)``
gives the class the same ``__eq__``, ``__hash__`` and ``__repr__`` that ``@dataclass
(frozen=True)`` would (the same fields compared, hashed and shown, the same text, the same
hash values), made from closures over the field names: nothing compiled. Frozenness,
``__init__``, ``fields``, ``replace`` and ``asdict`` stay dataclasses' own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar

_T = TypeVar("_T")


def shared_methods(cls: type[_T]) -> type[_T]:
    """Add dataclasses' ``__eq__``, ``__hash__`` (frozen and compared: a hash of the
    compared fields) and ``__repr__`` to a frozen dataclass made without them."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]  # set by @dataclass
    if not params.frozen or params.eq or params.repr or params.order:
        raise TypeError(f"{cls.__name__}: use @dataclass(frozen=True, eq=False, repr=False)")
    own = vars(cls)
    if "__eq__" in own or "__hash__" in own or "__repr__" in own:
        raise TypeError(f"{cls.__name__} has its own __eq__, __hash__ or __repr__")
    declared = fields(cls)  # type: ignore[arg-type]  # a dataclass, checked above
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

    for method in (__eq__, __hash__, __repr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)
    return cls


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of these attributes of an object (what the generated methods build)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return lambda obj: ()
