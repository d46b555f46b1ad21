"""The generated form modules match their .ui sources (re-run pyside6-uic and compare)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.ui import compile_forms


def _body(path: Path) -> list[str]:
    # The header comment names the uic version and the date: not part of the form.
    return [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]


def test_there_are_forms() -> None:
    names = {f.stem for f in compile_forms.forms()}
    assert {"about", "workshop_details"} <= names


@pytest.mark.parametrize("form", compile_forms.forms(), ids=lambda p: p.name)
def test_generated_form_is_fresh(form: Path, tmp_path: Path) -> None:
    committed = compile_forms.OUT_DIR / compile_forms.output_name(form)
    assert committed.exists(), (
        f"{committed.name} is missing; run python -m workshop_app.ui.compile_forms"
    )
    fresh = compile_forms.compile_form(form, tmp_path)
    assert _body(fresh) == _body(committed), (
        f"{committed.name} is stale; run python -m workshop_app.ui.compile_forms"
    )
