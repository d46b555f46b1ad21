"""``info --json`` prints exactly what json.dumps with an indent of 2 prints (its own
encoder is faster); anything that is not plain JSON goes through json itself."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.cli_info import indented_json, info_dict
from workshop_app.storage.store import open_workshop

_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_keys, inner, max_size=4)
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
