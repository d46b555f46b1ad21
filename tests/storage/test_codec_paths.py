"""A kind with few rows is decoded by a plain loop, one with many by a loop compiled for
it (compiling costs more than decoding a few rows); both make the same workshop, value
for value and class for class."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from workshop_app.domain import model
from workshop_app.storage import codec
from workshop_app.storage.store import TABLES, open_workshop


def _load(path: Path, compile_from: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(codec, "COMPILE_FROM", compile_from)
    codec.rows_decoder.cache_clear()
    try:
        with open_workshop(path, read_only=True) as store:
            store.load()  # the check's workshop, handed on
            return repr(store.load())  # read again: every kind decoded by this path
    finally:
        codec.rows_decoder.cache_clear()


def test_plain_and_compiled_loops_make_the_same_workshop(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = _load(demo_path, 10**9, monkeypatch)
    compiled = _load(demo_path, 0, monkeypatch)
    assert plain == compiled
    assert "Answer(" in plain and "Partner(" in plain


def test_the_loop_is_compiled_only_for_many_rows(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[type] = []
    real = codec._compiled

    def counting(cls: type, columns: tuple[str, ...]) -> codec.RowsDecoder:
        made.append(cls)
        return real(cls, columns)

    monkeypatch.setattr(codec, "_compiled", counting)
    codec.rows_decoder.cache_clear()
    try:
        with open_workshop(demo_path, read_only=True) as store:
            w = store.load()
    finally:
        codec.rows_decoder.cache_clear()
    assert len(w.answers) >= codec.COMPILE_FROM > len(w.participants)
    assert [cls.__name__ for cls in made] == ["Answer"]


@pytest.mark.parametrize(
    "cls", [*TABLES, model.WorkshopDetails, model.ExitTerms], ids=lambda c: c.__name__
)
def test_field_types_are_the_ones_typing_resolves(cls: type) -> None:
    """The codec evaluates each field annotation once (not per class through typing)."""
    expected = typing.get_type_hints(cls, vars(model), vars(model))
    fields = [f.name for f in dataclasses.fields(cls)]
    assert codec._hints(cls) == {name: expected[name] for name in fields}
