# ruff: noqa: F811  (the store fixture is imported from test_prework and used by name)
"""Pre-work imports refuse orders nobody gave, speak in the labels participants saw, point
at the right cell, quote long values briefly, and leave a refused workshop file untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.exchange.test_prework import export, first_of, row_of, store  # noqa: F401
from workshop_app.domain import model
from workshop_app.domain.errors import ImportRejected
from workshop_app.domain.text import MAX_TEXT
from workshop_app.exchange.prework import PreworkConflict, import_prework
from workshop_app.storage.store import WorkshopStore


def _rank(store: WorkshopStore, tmp_path: Path, ranks: list[object]) -> tuple[Path, int]:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Li Wei"]
    ranking = first_of(store, "ranking")
    r = row_of(ws, ranking.id)
    for i, value in enumerate(ranks):
        ws[f"D{r + 1 + i}"] = value
    wb.save(path)
    return path, r


@pytest.mark.parametrize("ranks", [[1, 1, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1]])
def test_duplicate_ranks_are_refused_at_their_cells_with_labels(
    store: WorkshopStore,
    tmp_path: Path,
    ranks: list[int],
) -> None:
    ranking = first_of(store, "ranking")
    path, r = _rank(store, tmp_path, ranks[: len(ranking.options)])
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    [problem] = err.value.problems
    assert problem.startswith(f"Sheet 'Li Wei', cells D{r + 1}, D{r + 2}")
    assert "rank 1 is given to more than one option" in problem
    assert ranking.options[0].label in problem and ranking.options[1].label in problem
    assert ranking.options[0].id not in problem.split("'")  # labels, not ids
    assert store.all(model.Answer) == []


def test_missing_ranks_are_refused_at_the_empty_cells(
    store: WorkshopStore,
    tmp_path: Path,
) -> None:
    ranking = first_of(store, "ranking")
    n = len(ranking.options)
    path, r = _rank(store, tmp_path, [*range(1, n - 1)])  # the last two left empty
    with pytest.raises(ImportRejected) as err:
        import_prework(store, path)
    [problem] = err.value.problems
    assert problem.startswith(f"Sheet 'Li Wei', cells D{r + n - 1}, D{r + n}: no rank for")
    assert ranking.options[-1].label in problem
    assert store.all(model.Answer) == []


def test_a_full_ranking_is_stored_in_the_order_given(
    store: WorkshopStore,
    tmp_path: Path,
) -> None:
    ranking = first_of(store, "ranking")
    n = len(ranking.options)
    path, _ = _rank(store, tmp_path, list(range(n, 0, -1)))
    import_prework(store, path)
    [answer] = store.answers_of("u3")
    assert answer.value == tuple(o.id for o in reversed(ranking.options))


def test_a_differing_comment_is_reported_at_the_comments_cell_and_shortened(
    store: WorkshopStore,
    tmp_path: Path,
) -> None:
    likert = first_of(store, "likert")
    long_app = "A" * MAX_TEXT
    store.put(model.Answer("u2", likert.id, 3, long_app))
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["王芳"]
    r = row_of(ws, likert.id)
    ws[f"E{r}"] = "B" * MAX_TEXT
    wb.save(path)
    with pytest.raises(PreworkConflict) as err:
        import_prework(store, path)
    [conflict] = err.value.conflicts
    assert conflict.field == "comment"
    assert conflict.cell == f"Sheet '王芳', cell E{r}"
    message = err.value.message
    assert f"cell E{r}" in message and f"cell D{r}" not in message
    assert len(message) < 1000 and "32,767 characters" in message


def test_a_refused_import_leaves_the_workshop_file_byte_identical(
    store: WorkshopStore,
    tmp_path: Path,
) -> None:
    ranking = first_of(store, "ranking")
    path, _ = _rank(store, tmp_path, [1] * len(ranking.options))
    workshop_file = store.path
    store.close(backup=False)
    before = (workshop_file.read_bytes(), os.stat(workshop_file).st_mtime_ns)
    siblings = sorted(p.name for p in workshop_file.parent.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", "prework", "import", str(workshop_file), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "rank 1 is given to more than one option" in done.stderr
    assert (workshop_file.read_bytes(), os.stat(workshop_file).st_mtime_ns) == before
    assert sorted(p.name for p in workshop_file.parent.iterdir()) == siblings
