"""The model's and the analysis's frozen dataclasses compare, hash and print exactly as
``@dataclass(frozen=True)`` would, though their methods are shared (domain.records)
instead of compiled per class: checked against dataclasses' own generated methods."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workshop_app.analysis
import workshop_app.domain
from workshop_app.analysis import analyse
from workshop_app.domain.model import Workshop
from workshop_app.domain.records import shared_methods


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
                    and value.__dataclass_params__.frozen  # type: ignore[attr-defined]  # a dataclass
                ):
                    found.append(value)
    return found


CLASSES = _classes()


def _reference(cls: type) -> type:
    """The same fields under plain ``@dataclass(frozen=True)``: its generated methods."""
    specs = [
        (f.name, f.type, dataclasses.field(compare=f.compare, repr=f.repr, hash=f.hash))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


def _instance(cls: type, values: list[Any]) -> Any:
    """An instance holding ``values`` in field order (dataclasses' methods read only the
    attributes; a constructor would check or convert them)."""
    obj = object.__new__(cls)
    for f, value in zip(dataclasses.fields(cls), values, strict=False):
        object.__setattr__(obj, f.name, value)
    return obj


def test_every_frozen_dataclass_of_the_model_and_the_analysis_shares_them() -> None:
    assert len(CLASSES) > 30
    for cls in CLASSES:
        assert cls.__dataclass_params__.eq is False, cls  # type: ignore[attr-defined]  # a dataclass
        assert cls.__eq__.__qualname__ == f"{cls.__qualname__}.__eq__"


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
    with pytest.raises(TypeError, match="eq=False"):
        shared_methods(dataclasses.dataclass(frozen=True)(type("Plain", (), {})))
