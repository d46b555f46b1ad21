"""``info --json`` prints exactly what json.dumps with an indent of 2 prints (its own
encoder is faster); anything that is not plain JSON goes through json itself."""

from __future__ import annotations

import json
import math
from enum import IntEnum, StrEnum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.cli_info import indented_json, info_dict
from workshop_app.storage.store import open_workshop


class _Level(IntEnum):
    HIGH = 3


class _Kind(StrEnum):
    GOAL = "goal"


class _Amount(float):
    pass


class _Row(dict):  # type: ignore[type-arg]  # any keys and values, as dict
    pass


# Subclasses of the plain types (enums, the analysis's message texts) encode as json's
# own checks in order make them: not by their exact type.
_subclassed = st.sampled_from([_Level.HIGH, _Kind.GOAL, _Amount(2.5), _Amount(math.inf)])
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
    | _subclassed
)
_keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_keys, inner, max_size=4)
        | st.dictionaries(_keys | _subclassed, inner, max_size=3).map(_Row)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_values)
def test_the_same_text_as_json_dumps(value: object) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_info_of_the_demo_is_the_same_text(demo_path: Path) -> None:
    with open_workshop(demo_path, read_only=True) as store:
        data = info_dict(store.load(), demo_path, store.schema_version)
    assert indented_json(data) == json.dumps(data, ensure_ascii=False, indent=2)
    assert "한빛" in indented_json(data)  # not escaped, as with ensure_ascii=False


def test_what_json_refuses_it_refuses_alike() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented_json({"when": object()})
    assert indented_json([math.inf, -math.inf, {1.5: None}]) == json.dumps(
        [math.inf, -math.inf, {1.5: None}], ensure_ascii=False, indent=2
    )
