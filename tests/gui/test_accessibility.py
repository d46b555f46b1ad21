"""Every focusable control on every page and dialog has a name a screen reader can say,
focus follows the layout, charts have a table with the same figures, and colour is never
the only signal."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QTabWidget,
    QWidget,
)

from workshop_app.analysis import analyse
from workshop_app.domain.model import Workshop
from workshop_app.exchange.template_library import list_library
from workshop_app.ui.errors import ExceptionDialog
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.presentation import PresentationWindow
from workshop_app.ui.restore_dialog import RestoreDialog
from workshop_app.ui.start import NewWorkshopDialog


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads: set explicitly, or from a buddy label or
    the control's own text, as Qt's accessibility layer reports it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _every_tab(root: QWidget) -> Iterator[None]:
    """Yields once per combination of visible tabs (each tab widget in turn)."""
    yield
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        before = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield
        tabs.setCurrentIndex(before)


def unnamed_controls(root: QWidget, where: str) -> list[str]:
    """Focusable, visible controls below root without an accessible name."""
    problems: set[str] = set()
    for _ in _every_tab(root):
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if widget is not root and not widget.isVisibleTo(root):
                continue
            parent = widget.parentWidget()
            # A spin box's or an editable combo box's inner line edit: the box is named.
            named = parent if isinstance(parent, QAbstractSpinBox | QComboBox) else widget
            if not accessible_name(named):
                problems.add(
                    f"{where}: {type(named).__name__} {named.objectName()!r} "
                    f"in {type(named.parentWidget()).__name__}"
                )
    return sorted(problems)


@pytest.fixture
def main(qtbot, demo_path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.open_path(demo_path)
    window.show()
    return window


def test_every_control_on_every_page_has_a_name(qtbot, main: MainWindow) -> None:
    problems = unnamed_controls(main.nav, "navigation")
    for row in range(main.nav.count()):
        main.nav.setCurrentRow(row)
        page = main.page_stack.currentWidget()
        problems += unnamed_controls(page, type(page).__name__)
    assert problems == [], "\n".join(problems)


def test_every_control_in_the_dialogs_has_a_name(qtbot, main: MainWindow) -> None:
    dialogs: list[tuple[str, QDialog | QWidget]] = []
    main.edit_questionnaire()
    assert main.editor is not None
    dialogs.append(("questionnaire editor", main.editor))
    dialogs.append(("restore", RestoreDialog(main)))
    dialogs.append(("new workshop", NewWorkshopDialog(list_library(), main)))
    dialogs.append(("unexpected error", ExceptionDialog(None, main)))
    main.show_about()
    dialogs.append(("about", main.about_dialog))
    main.show_user_guide()
    dialogs.append(("user guide", main.guide_dialog))
    problems: list[str] = []
    for name, dialog in dialogs:
        dialog.show()
        problems += unnamed_controls(dialog, name)
        dialog.close()
    main.show_start()
    problems += unnamed_controls(main.start, "start screen")
    assert problems == [], "\n".join(problems)


def test_presentation_and_its_jump_list_are_named(qtbot, small_demo: Workshop) -> None:
    revealed = replace(small_demo, details=replace(small_demo.details, revealed=True))
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.show_alignment(revealed, analyse(revealed))
    window.resize(1280, 720)
    window.show()
    window.open_panel()
    assert accessible_name(window)
    assert unnamed_controls(window, "presentation") == []


def test_focus_order_follows_the_layout(qtbot, main: MainWindow) -> None:
    """Tab goes down the page and, on a row, left to right: never back up the page."""
    for row in range(main.nav.count()):
        main.nav.setCurrentRow(row)
        page = main.page_stack.currentWidget()
        controls = [
            w
            for w in page.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisibleTo(page)
            and w.isEnabled()
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
        ]
        if len(controls) < 2:
            continue
        first = min(controls, key=lambda w: (w.mapTo(page, w.rect().topLeft()).y(), w.x()))
        first.setFocus()
        QApplication.processEvents()
        seen: list[QWidget] = []
        for _ in range(len(controls)):
            focused = QApplication.focusWidget()
            if focused is None or focused in seen or focused not in controls:
                break
            seen.append(focused)
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        tops = [w.mapTo(page, w.rect().topLeft()) for w in seen]
        pairs = list(zip(tops, seen, strict=True))
        assert len(seen) > 1, f"{type(page).__name__}: Tab does not move on"
        for (a, wa), (b, wb) in pairwise(pairs):
            # Same row (overlapping vertically) may go right; otherwise downwards.
            same_row = abs(a.y() - b.y()) < max(wa.height(), wb.height())
            assert same_row or b.y() > a.y(), (
                f"{type(page).__name__}: Tab goes from {type(wa).__name__} "
                f"{accessible_name(wa)!r} up to {type(wb).__name__} {accessible_name(wb)!r}"
            )


def _alignment_page(main: MainWindow):
    from workshop_app.ui.pages.alignment import AlignmentPage

    for row in range(main.nav.count()):
        main.nav.setCurrentRow(row)
        page = main.page_stack.currentWidget()
        if isinstance(page, AlignmentPage):
            return page
    raise AssertionError("no Alignment page")


def test_the_radar_has_a_table_with_the_same_figures(qtbot, main: MainWindow) -> None:
    page = _alignment_page(main)
    session = main.session
    assert session is not None
    session.put(replace(session.workshop().details, revealed=True), text="Reveal")
    table = page.radar_table
    assert table.isVisibleTo(page) and accessible_name(table)
    for mode in range(page.radar_mode.count()):
        page.radar_mode.setCurrentIndex(mode)
        axes, series = page.radar.axes(), page.radar.series()
        assert series and table.rowCount() == len(series)
        assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == axes
        for row, (name, _colour, values) in enumerate(series):
            assert table.verticalHeaderItem(row).text() == name
            shown = [table.item(row, c).text() for c in range(len(values))]
            assert shown == ["–" if v is None else str(round(v)) for v in values]


def test_colour_is_never_the_only_signal(qtbot, main: MainWindow) -> None:
    from workshop_app.ui.models.alignment import ALIGNMENT_ROLE

    page = _alignment_page(main)
    session = main.session
    assert session is not None
    session.put(replace(session.workshop().details, revealed=True), text="Reveal")
    heat = page.heat_model
    coloured = 0
    for row in range(heat.rowCount()):
        for column in range(heat.columnCount()):
            index = heat.index(row, column)
            if heat.data(index, ALIGNMENT_ROLE) is not None:
                coloured += 1
                assert heat.data(index, Qt.ItemDataRole.DisplayRole), (row, column)
    assert coloured
    gaps = page.gaps_model
    for row in range(gaps.rowCount()):
        kinds = gaps.data(gaps.index(row, gaps.KINDS), Qt.ItemDataRole.DisplayRole)
        status = gaps.data(gaps.index(row, gaps.STATUS), Qt.ItemDataRole.DisplayRole)
        assert kinds and status  # the kind and status in words, not only as a colour
