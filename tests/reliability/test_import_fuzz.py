"""Fuzzing the three importers (answers CSV, interchange JSON, pre-work workbooks): nothing
escapes but our own import error, and the target workshop is unchanged after every
refusal. 2,000 cases each by default; WORKSHOP_FUZZ_EXAMPLES sets more (or fewer)."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain import model
from workshop_app.domain.errors import WorkshopError
from workshop_app.exchange import prework
from workshop_app.exchange.answers_csv import import_answers_csv
from workshop_app.exchange.json_io import read_json, workshop_to_json
from workshop_app.storage.store import WorkshopStore, create_workshop, open_workshop

EXAMPLES = int(os.environ.get("WORKSHOP_FUZZ_EXAMPLES", "2000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)

texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30
) | st.sampled_from(["", " ", "=1+1", "1e309", "NaN", "-0", "9" * 30, "a;b", "x", "3.5"])
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | texts
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)


def _trimmed_demo() -> model.Workshop:
    """The demo with three participants: every kind of question and entity, and small
    enough that thousands of cases run in a few minutes."""
    from workshop_app.demo import build_demo

    w = build_demo("small")
    keep = [
        *[p for p in w.participants if p.partner_id == w.partners[0].id][:2],
        next(p for p in w.participants if p.partner_id == w.partners[1].id),
    ]
    ids = {p.id for p in keep}
    return dataclasses.replace(
        w,
        participants=tuple(keep),
        answers=tuple(a for a in w.answers if a.participant_id in ids),
    )


@pytest.fixture(scope="module")
def small_target() -> model.Workshop:
    return _trimmed_demo()


@pytest.fixture(scope="module")
def target(
    tmp_path_factory: pytest.TempPathFactory, small_target: model.Workshop
) -> Iterator[WorkshopStore]:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "target.workshop"
    create_workshop(path, small_target).close(backup=False)
    store = open_workshop(path)
    yield store
    store.close(backup=False)


def _refused_or_done(store: WorkshopStore, run: Any) -> str:
    """Run an import; a refusal must leave the file exactly as it was."""
    before = store.content_digest()
    try:
        run()
    except WorkshopError as exc:
        assert str(exc).strip()
        assert store.content_digest() == before, "a refused import changed the workshop"
        return "refused"
    return "imported"


# --- answers CSV ---------------------------------------------------------------------


@st.composite
def csv_files(draw: st.DrawFn, workshop: model.Workshop) -> bytes:
    people = [(p.name, workshop.partner(p.partner_id).name) for p in workshop.participants]
    questions = [q.id for q in workshop.questionnaire.questions()]
    header = draw(
        st.sampled_from(
            [
                "participant,partner,question_id,value",
                "participant,partner,question_id,value,comment",
                "Participant;Partner;Question_ID;Value",
                "participant,partner,value",
                "participant,participant,partner,question_id,value",
            ]
        )
        | texts
    )
    lines = [header]
    for _ in range(draw(st.integers(0, 6))):
        name, partner = draw(st.sampled_from(people))
        cells = [
            draw(st.sampled_from([name, name.upper(), f" {name} "]) | texts),
            draw(st.sampled_from([partner]) | texts),
            draw(st.sampled_from(questions) | texts),
            draw(st.sampled_from(["1", "3", "5", "a", "a;b", "b>a", "a=60;b=40", ""]) | texts),
            draw(texts),
        ]
        sep = ";" if header.startswith("Participant;") else ","
        lines.append(sep.join(cells[: draw(st.integers(2, 5))]))
    text = "\n".join(lines)
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.binary(max_size=200))  # not text at all
    return data


@pytest.mark.slow
def test_fuzzed_answers_csv(target: WorkshopStore, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("csv")
    workshop = target.load()
    seen = {"refused": 0, "imported": 0}

    @FUZZ
    @given(data=csv_files(workshop))
    def run(data: bytes) -> None:
        path = folder / "answers.csv"
        path.write_bytes(data)
        seen[_refused_or_done(target, lambda: import_answers_csv(target, path))] += 1

    run()
    assert seen["refused"] > 0 and sum(seen.values()) >= min(EXAMPLES, 100)


# --- interchange JSON ------------------------------------------------------------------


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):
            out += _paths(v, (*prefix, i))
    return out


@pytest.mark.slow
def test_fuzzed_json_import(small_target: model.Workshop, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("json")
    base = workshop_to_json(small_target)
    paths = [p for p in _paths(base) if p]
    seen = {"refused": 0, "imported": 0}

    @FUZZ
    @given(
        edits=st.lists(
            st.tuples(st.sampled_from(paths), json_values | st.just("<delete>")),
            min_size=1,
            max_size=3,
        ),
        raw=st.integers(0, 19),
        garbage=st.binary(max_size=100),
    )
    def run(edits: list[tuple[tuple[Any, ...], Any]], raw: int, garbage: bytes) -> None:
        doc = copy.deepcopy(base)
        for path, value in edits:
            node = doc
            try:
                for key in path[:-1]:
                    node = node[key]
                if value == "<delete>":
                    del node[path[-1]]
                else:
                    node[path[-1]] = value
            except (KeyError, IndexError, TypeError):
                continue
        src = folder / "in.json"
        if raw == 0:
            src.write_bytes(garbage)
        else:
            src.write_text(
                json.dumps(doc, ensure_ascii=False, allow_nan=True), "utf-8", errors="surrogatepass"
            )
        out = folder / "out.workshop"
        try:
            workshop = read_json(src)
            create_workshop(out, workshop).close(backup=False)
        except WorkshopError as exc:
            assert str(exc).strip()
            assert not out.exists(), "a refused import left a file"
            assert [p.name for p in folder.iterdir()] == ["in.json"]
            seen["refused"] += 1
            return
        # create_workshop reopened the file, which ran the full check on it.
        out.unlink()
        seen["imported"] += 1

    run()
    assert seen["refused"] > 0


# --- pre-work workbooks ----------------------------------------------------------------

cell_values = (
    st.none()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts
    | st.sampled_from(["x", "X", "✓", "1", "2", "5", "=SUM(A1:A2)", "3 - agree"])
    | st.dates(min_value=date(1900, 3, 1))
    | st.datetimes(min_value=datetime(1900, 3, 1))
)


@pytest.mark.slow
def test_fuzzed_prework_import(target: WorkshopStore, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("prework")
    workshop = target.load()
    partner = workshop.partners[1]  # one participant: one sheet per case to read
    book = prework.export_prework(workshop, partner.id, folder / "pre.xlsx")
    wb = openpyxl.load_workbook(book)
    cells = [
        (ws.title, c.coordinate)
        for ws in wb.worksheets
        for row in ws.iter_rows(max_row=min(ws.max_row, 120), max_col=min(ws.max_column, 8))
        for c in row
        if not isinstance(c, openpyxl.cell.cell.MergedCell)
    ]
    seen = {"refused": 0, "imported": 0}
    loaded = [workshop]

    @FUZZ
    @given(
        edits=st.lists(st.tuples(st.sampled_from(cells), cell_values), min_size=1, max_size=6),
        prefer=st.sampled_from([None, "workbook", "existing"]),
        through_file=st.integers(0, 24),
    )
    def run(
        edits: list[tuple[tuple[str, str], Any]], prefer: str | None, through_file: int
    ) -> None:
        kept = []
        for (sheet, coord), value in edits:
            cell = wb[sheet][coord]
            kept.append((cell, cell.value))
            try:
                cell.value = value
            except Exception:  # openpyxl refuses some values itself and would leave the
                cell.value = kept[-1][1]  # cell half-set: put the old value back
        try:
            if through_file == 0:  # now and then, the whole way through a saved file
                path = folder / "filled.xlsx"
                wb.save(path)
                seen[
                    _refused_or_done(
                        target, lambda: prework.import_prework(target, path, prefer=prefer)
                    )
                ] += 1
                loaded[0] = target.load()
            else:

                def read_and_apply() -> None:
                    # The workbook as the importer reads it, without a save and load
                    # per case; the file route above covers the reading of files.
                    content = prework._read(loaded[0], wb, "filled.xlsx", None)
                    prework.apply_prework(target, content, prefer=prefer)

                outcome = _refused_or_done(target, read_and_apply)
                seen[outcome] += 1
                if outcome == "imported":
                    loaded[0] = target.load()
        finally:
            for cell, value in reversed(kept):
                cell.value = value

    run()
    assert seen["refused"] > 0
