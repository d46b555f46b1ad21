"""The setup page: workshop fields, partners and participants, with inline errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMessageBox

from workshop_app.domain.enums import Phase, Purpose
from workshop_app.exchange.templates import default_template
from workshop_app.storage.store import create_workshop, new_workshop, open_workshop
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.models import partners as pt
from workshop_app.ui.pages.setup import SetupPage


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    p = tmp_path / "empty.workshop"
    create_workshop(p, new_workshop("Leer", default_template())).close(backup=False)
    return p


def _window(qtbot, path: Path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    assert w.open_path(path)
    return w


def _setup(w: MainWindow) -> SetupPage:
    page = w.page("setup")
    assert isinstance(page, SetupPage)
    return page


def _load(path: Path):
    store = open_workshop(path, read_only=True)
    try:
        return store.load()
    finally:
        store.close(backup=False)


def test_workshop_fields_are_saved(qtbot, empty_path: Path) -> None:
    w = _window(qtbot, empty_path)
    page = _setup(w)
    f = page.form
    f.purposeCombo.setCurrentIndex(f.purposeCombo.findData(Purpose.SOFTWARE.value))
    f.secondaryList.item(0).setCheckState(Qt.CheckState.Checked)
    f.phaseCombo.setCurrentIndex(f.phaseCombo.findData(Phase.SCREENING.value))
    page.date_edit.setFocus()
    qtbot.keyClicks(page.date_edit, "2026-03-14")
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    f.facilitatorEdit.setText("Zoë Müller-Lüdenscheidt")
    f.facilitatorEdit.editingFinished.emit()
    f.thresholdSpin.setValue(0.6)
    f.thresholdSpin.editingFinished.emit()
    f.blindCheck.setChecked(False)
    d = _load(empty_path).details
    assert d.primary_purpose is Purpose.SOFTWARE
    assert d.secondary_purposes == (Purpose.PRODUCTION,)
    assert d.phase is Phase.SCREENING
    assert d.date is not None and d.date.isoformat() == "2026-03-14"
    assert d.facilitator == "Zoë Müller-Lüdenscheidt"
    assert d.gap_threshold == 0.6
    assert not d.blind_mode


def test_primary_purpose_also_secondary_is_refused_inline(qtbot, empty_path: Path) -> None:
    w = _window(qtbot, empty_path)
    page = _setup(w)
    f = page.form
    f.purposeCombo.setCurrentIndex(f.purposeCombo.findData(Purpose.PRODUCTION.value))
    f.secondaryList.item(0).setCheckState(Qt.CheckState.Checked)  # production again
    assert page.details_error.isVisibleTo(w)
    assert "cannot also be secondary" in page.details_error.text()
    assert _load(empty_path).details.secondary_purposes == ()


def test_partners_and_participants(
    qtbot, empty_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _window(qtbot, empty_path)
    page = _setup(w)
    assert page.partner_warning.isVisibleTo(w)
    assert "at least 2 partners" in page.partner_warning.text()
    page.add_partner_button.click()
    page.add_partner_button.click()
    model = page.partners_model
    assert model.rowCount() == 2
    assert not page.partner_warning.isVisibleTo(w)
    assert model.setData(model.index(1, pt.COL_NAME), "한빛배터리")
    assert model.setData(model.index(1, pt.COL_SHORT), "한빛")
    assert model.setData(model.index(1, pt.COL_CAPACITIES), "GWh/year = 12")
    # colour from the colour dialog
    page.partners_view.selectRow(1)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    page.colour_button.click()
    korean = _load(empty_path).partners[1]
    assert (korean.name, korean.short_name, korean.colour) == ("한빛배터리", "한빛", "#123456")
    assert korean.capacities == (("GWh/year", 12.0),)
    # participants of the chosen partner
    page.partner_combo.setCurrentIndex(1)
    page.add_participant_button.click()
    people = page.participants_model
    assert people.rowCount() == 1
    assert people.setData(people.index(0, 0), "王芳")
    assert [p.name for p in _load(empty_path).participants] == ["王芳"]
    # a duplicate partner name is shown inline and not stored
    assert not model.setData(model.index(0, pt.COL_NAME), "한빛배터리")
    assert page.partners_error.isVisibleTo(w)
    assert "already" in page.partners_error.text()


def test_at_most_six_partners(qtbot, empty_path: Path) -> None:
    w = _window(qtbot, empty_path)
    page = _setup(w)
    for _ in range(6):
        page.add_partner_button.click()
    assert page.partners_model.rowCount() == 6
    assert not page.add_partner_button.isEnabled()
    assert "at most 6" in page.add_partner_button.toolTip()


def test_remove_partner_lists_what_goes_and_undo_restores_it(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _load(demo_path)
    w = _window(qtbot, demo_path)
    page = _setup(w)
    korean = next(p for p in before.partners if "한빛" in p.name)
    page.partners_view.selectRow(page.partners_model.row_of(korean.id))
    asked: list[str] = []

    def confirm(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    page.remove_partner_button.click()
    people = len(before.participants_of(korean.id))
    assert f"{people} participant(s)" in asked[0]
    assert korean.name in asked[0]
    after = _load(demo_path)
    assert korean.id not in {p.id for p in after.partners}
    w.actions.undo.trigger()
    undone = _load(demo_path)
    assert undone.partners == before.partners
    assert len(undone.answers) == len(before.answers)
    assert sorted(undone.decisions, key=repr) == sorted(before.decisions, key=repr)


def test_cancelled_removal_changes_nothing(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _window(qtbot, demo_path)
    page = _setup(w)
    page.partners_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    page.remove_partner_button.click()
    assert len(_load(demo_path).partners) == page.partners_model.rowCount()
    assert not w.session.undo_stack.canUndo()


def test_focus_field_targets(qtbot, demo_path: Path) -> None:
    w = _window(qtbot, demo_path)
    with qtbot.waitActive(w):
        w.activateWindow()
    page = _setup(w)
    page.focus_field("partners")
    assert page.partners_view.hasFocus()
    page.focus_field("facilitator")
    assert page.form.facilitatorEdit.hasFocus()


def test_renaming_a_partner_in_the_table_editor_saves_and_keeps_the_page_working(
    qtbot, demo_path: Path
) -> None:
    from PySide6.QtWidgets import QLineEdit

    w = _window(qtbot, demo_path)
    page = _setup(w)
    view = page.partners_view
    index = page.partners_model.index(2, pt.COL_NAME)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("한빛배터리 주식회사")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the page rebuilds while the editor commits
    qtbot.waitUntil(lambda: _load(demo_path).partners[2].name == "한빛배터리 주식회사")
    assert page.partners_model.index(2, pt.COL_NAME).data() == "한빛배터리 주식회사"
    w.session.undo_stack.undo()
    assert page.partners_model.index(2, pt.COL_NAME).data() == "한빛배터리 Hanbit Battery"


def test_choosing_a_secondary_purpose_as_primary_moves_it(qtbot, demo_path: Path) -> None:
    w = _window(qtbot, demo_path)
    f = _setup(w).form
    assert Purpose.SOFTWARE in _load(demo_path).details.secondary_purposes
    f.purposeCombo.setCurrentIndex(f.purposeCombo.findData(Purpose.SOFTWARE.value))
    details = _load(demo_path).details
    assert details.primary_purpose is Purpose.SOFTWARE
    assert Purpose.SOFTWARE not in details.secondary_purposes
    assert Purpose.PRODUCTION in details.secondary_purposes
    hidden = [
        f.secondaryList.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(f.secondaryList.count())
        if f.secondaryList.item(i).isHidden()
    ]
    assert hidden == [Purpose.SOFTWARE.value]
