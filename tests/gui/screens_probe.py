"""Run in a child process whose offscreen platform has two screens (a laptop and a
projector): opens presentation mode as the app does and prints the screen it is on,
then again after each press of S."""

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
        print(f"screen {screen.name()} {window.geometry().getRect()} {screen.geometry().getRect()}")

    report()
    print(f"footer {window.footer.text()}")
    for _ in range(2):
        QTest.keyClick(window, Qt.Key.Key_S)
        app.processEvents()
        report()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
