"""The model's and the analysis's records (``@record``, domain.records) behave exactly as
``@dataclass(frozen=True)`` would, though their methods are shared or compiled on first
use instead of compiled per class: made, compared, hashed, printed, refused and copied
as dataclasses' own generated methods do, checked against them."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import pickle
import pkgutil
from functools import partial
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workshop_app.analysis
import workshop_app.domain
from workshop_app.analysis import analyse
from workshop_app.domain import records
from workshop_app.domain.model import Workshop
from workshop_app.domain.records import record
from workshop_app.storage.lock import Holder
from workshop_app.ui.pages import PageSpec


def _classes() -> list[type]:
    found = []
    for package in (workshop_app.domain, workshop_app.analysis):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if (
                    isinstance(value, type)
                    and value.__module__ == module.__name__
                    and dataclasses.is_dataclass(value)
                    and "__setattr__" in vars(value)
                ):
                    found.append(value)
    return found


# and the few records made at the app's start outside the model
CLASSES = [*_classes(), Holder, PageSpec]


def _reference(cls: type) -> type:
    """The same fields under plain ``@dataclass(frozen=True)``: its generated methods."""
    specs = []
    for f in dataclasses.fields(cls):
        made: Any = dataclasses.field(
            compare=f.compare, repr=f.repr, hash=f.hash, init=f.init, kw_only=f.kw_only
        )
        made.default, made.default_factory = f.default, f.default_factory
        specs.append((f.name, f.type, made))
    own = {"__post_init__": vars(cls)["__post_init__"]} if "__post_init__" in vars(cls) else {}
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True, namespace=own)


def _instance(cls: type, values: list[Any]) -> Any:
    """An instance holding ``values`` in field order (dataclasses' methods read only the
    attributes; a constructor would check or convert them)."""
    obj = object.__new__(cls)
    for f, value in zip(dataclasses.fields(cls), values, strict=False):
        object.__setattr__(obj, f.name, value)
    return obj


def test_every_frozen_dataclass_of_the_model_and_the_analysis_is_a_record() -> None:
    assert len(CLASSES) > 30
    for package in (workshop_app.domain, workshop_app.analysis):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            for value in vars(importlib.import_module(info.name)).values():
                if dataclasses.is_dataclass(value) and value.__module__ == info.name:
                    frozen = value.__dataclass_params__.frozen  # type: ignore[union-attr]  # a dataclass
                    assert not frozen, f"{value}: use @record"
    for cls in CLASSES:
        assert cls.__dataclass_params__.eq is False, cls  # type: ignore[attr-defined]  # a dataclass
        for name in ("__eq__", "__hash__", "__repr__", "__setattr__", "__delattr__"):
            assert getattr(cls, name).__module__ == records.__name__, (cls, name)
            assert getattr(cls, name).__qualname__ == f"{cls.__qualname__}.{name}"


_values = st.lists(
    st.none() | st.integers(0, 2) | st.sampled_from(["", "a", "ü"]) | st.tuples(st.integers(0, 1)),
    min_size=25,
    max_size=25,
)


@settings(max_examples=60)
@given(st.sampled_from(CLASSES), _values, _values, st.booleans())
def test_equal_hash_and_repr_as_generated(
    cls: type, first: list[Any], second: list[Any], same: bool
) -> None:
    ref = _reference(cls)
    a, b = _instance(cls, first), _instance(cls, first if same else second)
    ref_a, ref_b = _instance(ref, first), _instance(ref, first if same else second)
    assert (a == b) is (ref_a == ref_b) and (b == a) is (ref_b == ref_a) and a == a
    assert (a != b) is (ref_a != ref_b)
    assert repr(a) == repr(ref_a) and repr(b) == repr(ref_b)
    assert hash(a) == hash(ref_a) and hash(b) == hash(ref_b)
    assert cls.__eq__(a, "text") is NotImplemented is ref.__eq__(ref_a, "text")
    assert a != ref_a  # another class with the same values: not equal, as generated


def test_a_record_holding_itself_prints_as_generated() -> None:
    for cls in CLASSES:
        ref = _reference(cls)
        n = len(dataclasses.fields(cls))
        obj, ref_obj = _instance(cls, [None] * n), _instance(ref, [None] * n)
        shown = [f.name for f in dataclasses.fields(cls) if f.repr]
        object.__setattr__(obj, shown[0], [obj])
        object.__setattr__(ref_obj, shown[0], [ref_obj])
        assert repr(obj) == repr(ref_obj)
        assert "[...]" in repr(obj)


def test_the_demo_and_its_analysis_print_and_hash_as_generated(small_demo: Workshop) -> None:
    analysis = analyse(small_demo)
    items: list[Any] = [small_demo, small_demo.details, analysis, *analysis.gaps]
    items += [*small_demo.partners, *small_demo.participants, *small_demo.answers[:50]]
    items += [*small_demo.questionnaire.questions(), *small_demo.contributions]
    for item in items:
        ref = _reference(type(item))
        assert repr(item) == ref.__repr__(item)
        assert item == dataclasses.replace(item)
    for item in [*small_demo.partners, *small_demo.participants, small_demo.answers[0]]:
        assert hash(item) == _reference(type(item)).__hash__(item)


def test_still_frozen_and_refused_where_it_would_be_wrong(small_demo: Workshop) -> None:
    partner = small_demo.partners[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        partner.name = "Other"  # type: ignore[misc]  # the point: frozen
    with pytest.raises(dataclasses.FrozenInstanceError):
        del partner.name  # type: ignore[misc]  # the point: frozen
    with pytest.raises(TypeError, match="its own __eq__"):
        record(type("Own", (), {"__eq__": lambda self, other: True}))
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
        record(type("Order", (), {"__annotations__": {"a": "int", "b": "int"}, "a": 1}))


def _arguments(cls: type, everything: bool) -> tuple[list[Any], dict[str, Any]]:
    """Distinct values for the required arguments in order, and (``everything``) for the
    others by name; the class's own __post_init__ gets what it can iterate."""
    required, named = [], {}
    for n, f in enumerate(dataclasses.fields(cls)):
        if not f.init:
            continue
        has_default = f.default is not dataclasses.MISSING
        if not has_default and f.default_factory is dataclasses.MISSING:
            required.append(f"value {n}")
        elif everything:
            named[f.name] = () if has_default and f.default != () else (f"value {n}",)
    if everything and "__post_init__" in vars(cls):
        named = {name: () for name in named}
    return required, named


def _state(obj: Any) -> list[tuple[str, Any]]:
    return list(vars(obj).items())  # the stored attributes, in the order stored


def _same_outcome(call: Any, reference: Any) -> None:
    try:
        expected = reference()
    except TypeError:
        _same_error(call, reference)
    else:
        assert call() == expected


def _same_error(call: Any, reference: Any) -> None:
    with pytest.raises(Exception) as expected:
        reference()
    with pytest.raises(type(expected.value)) as got:
        call()
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_made_refused_and_copied_as_generated(cls: type) -> None:
    ref = _reference(cls)
    assert cls.__match_args__ == ref.__match_args__  # type: ignore[attr-defined]  # set by dataclass
    for everything in (False, True):
        required, named = _arguments(cls, everything)
        a, ref_a = cls(*required, **named), ref(*required, **named)
        assert _state(a) == _state(ref_a)
        names = [f.name for f in dataclasses.fields(cls) if f.init]
        by_name = dict(zip(names, required, strict=False)) | named
        assert _state(cls(**by_name)) == _state(a)
        assert repr(a) == repr(ref_a)
        _same_outcome(partial(hash, a), partial(hash, ref_a))  # unhashable where a field is
        assert a == dataclasses.replace(a) and dataclasses.asdict(a) == dataclasses.asdict(ref_a)
        assert copy.copy(a) == a == pickle.loads(pickle.dumps(a)) == copy.deepcopy(a)
    required, named = _arguments(cls, everything=False)
    if required:  # one missing, one given twice
        _same_error(lambda: cls(*required[:-1]), lambda: ref(*required[:-1]))
        first = dataclasses.fields(cls)[0].name
        _same_error(lambda: cls(*required, **{first: 1}), lambda: ref(*required, **{first: 1}))
    n = len([f for f in dataclasses.fields(cls) if f.init])
    _same_error(lambda: cls(*required, *[0] * (n + 1)), lambda: ref(*required, *[0] * (n + 1)))
    _same_error(lambda: cls(*required, unknown=1), lambda: ref(*required, unknown=1))
    _same_error(lambda: cls(*required, self=1), lambda: ref(*required, self=1))
    a, ref_a = cls(*required), ref(*required)
    for name in (dataclasses.fields(cls)[0].name, "other"):
        _same_error(partial(setattr, a, name, 1), partial(setattr, ref_a, name, 1))
        _same_error(partial(delattr, a, name), partial(delattr, ref_a, name))


def test_made_the_same_once_compiled() -> None:
    """After ``compile_after`` calls the class's own __init__ is compiled: the same."""
    cls = record(type("Made", (), {"__annotations__": {"a": "int", "b": "list[int]"}}))
    cls.__dataclass_fields__["b"].default_factory = list  # type: ignore[attr-defined]  # a dataclass
    shared, limit = vars(cls)["__init__"], records.compile_after(cls)
    assert limit == records.COMPILE_AFTER + 2 * records.COMPILE_PER_FIELD
    made = [cls(n) for n in range(limit)]
    assert vars(cls)["__init__"] is shared
    made += [cls(n) for n in range(limit, 2 * limit)]
    assert vars(cls)["__init__"] is not shared
    assert [_state(m) for m in made] == [[("a", n), ("b", [])] for n in range(len(made))]
    assert made[0].b is not made[1].b  # a fresh list each, as the factory makes
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'a'"):
        cls()
