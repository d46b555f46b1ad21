"""Run in a child process whose offscreen platform has two screens (a laptop and a
projector): opens presentation mode as the app does, then chooses each screen from the
screen menu (M, then the menu key) with the mouse, printing the screen after each."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])
    from workshop_app.analysis import analyse
    from workshop_app.demo import build_demo
    from workshop_app.ui.presentation import PresentationWindow

    workshop = build_demo("small")
    window = PresentationWindow()
    window.show_alignment(workshop, analyse(workshop))
    window.show_on_projector()
    app.processEvents()

    def report() -> None:
        screen = window.screen()
        print(f"screen {screen.name()} {window.geometry().getRect()} full={window.isFullScreen()}")

    report()
    print(f"footer {window.footer.text()}")
    for key, target in ((Qt.Key.Key_M, "Laptop"), (Qt.Key.Key_Menu, "Projector")):
        QTest.keyClick(window, key)
        app.processEvents()
        menu = window.screen_chooser
        assert menu is not None and menu.isVisible(), "the screen menu is open"
        entries = [a.text() for a in menu.actions()]
        print(f"menu {entries} checked={[a.isChecked() for a in menu.actions()]}")
        action = next(a for a in menu.actions() if target in a.text())
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        app.processEvents()
        print(f"menu closed={not menu.isVisible()}")
        report()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
