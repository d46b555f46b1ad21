"""Acting as a person at the keyboard: keys go to whatever has the focus, as they would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from workshop_app.domain.model import Workshop
from workshop_app.storage.store import open_workshop
from workshop_app.ui.mainwindow import MainWindow

NO_MOD = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type Latin-1 text into whatever has the focus, one key at a time."""
    assert all(ord(ch) < 256 for ch in text), f"QTest types Latin-1 only: {text!r}"
    for ch in text:
        qtbot.keyClicks(focused(), ch)


def open_window(qtbot, path: Path, size: tuple[int, int] = (1280, 720)) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_path(path)
    # Let the window settle (pending show and activation events) before keys are sent.
    QApplication.processEvents()
    assert QApplication.activeWindow() is window
    return window


def stored(path: Path) -> Workshop:
    """The workshop as the file holds it, read by a second connection."""
    store = open_workshop(path, read_only=True)
    try:
        return store.load()
    finally:
        store.close(backup=False)


def go_to_cell(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Put the table's cursor on a cell as a person would: click it."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex() == index
    assert view.hasFocus()
