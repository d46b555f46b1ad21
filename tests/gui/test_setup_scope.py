"""Setup: the blind-spot threshold and the questions a workshop asks, set by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_setup import _load, _setup, _window
from workshop_app.domain.scope import tags_match
from workshop_app.exchange.templates import default_template
from workshop_app.storage.store import create_workshop, new_workshop


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "scope.workshop"
    create_workshop(p, new_workshop("Umfang", default_template())).close(backup=False)
    return p


def test_blind_spot_threshold_is_typed_and_stored(qtbot, path: Path) -> None:
    page = _setup(_window(qtbot, path))
    spin = page.scope_box.blind_spot_spin
    assert spin.value() == 0.5
    spin.selectAll()
    qtbot.keyClicks(spin, "0.65")
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # finishing the edit saves it
    assert _load(path).details.blind_spot_threshold == 0.65


def test_untick_and_tick_questions_to_exclude_and_include_them(qtbot, path: Path) -> None:
    window = _window(qtbot, path)
    page = _setup(window)
    box = page.scope_box
    questionnaire = default_template()
    total = len(questionnaire)
    first = next(iter(questionnaire.questions()))
    before = _load(path)
    # a new workshop has no purpose: questions for particular purposes or other phases
    # are not asked
    inactive = next(q for q in questionnaire.questions() if not tags_match(q, before.details))
    assert inactive.purposes or inactive.phases
    assert f"of {total} questions are asked" in box.summary.text()
    box.list.setCurrentRow(0)
    assert box.list.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(box.list, Qt.Key.Key_Space)  # untick: exclude the first question
    details = _load(path).details
    assert details.excluded_questions == (first.id,)
    assert "(excluded by you)" in box.list.item(0).text()
    row = [q.id for q in questionnaire.questions()].index(inactive.id)
    box.list.setCurrentRow(row)
    assert box.list.item(row).checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(box.list, Qt.Key.Key_Space)  # tick: include a question of another phase
    details = _load(path).details
    assert details.included_questions == (inactive.id,)
    assert details.excluded_questions == (first.id,)
    # ticking the first again agrees with its tags: the override is cleared
    box.list.setCurrentRow(0)
    qtbot.keyClick(box.list, Qt.Key.Key_Space)
    assert _load(path).details.excluded_questions == ()
    window.actions.undo.trigger()
    assert _load(path).details.excluded_questions == (first.id,)
    assert box.list.item(0).checkState() == Qt.CheckState.Unchecked
