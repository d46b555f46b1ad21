"""Presentation mode on two screens (a laptop and a projector), in a child process whose
offscreen platform has both: ``run_on_two_screens`` starts it and returns what it printed.

The child opens presentation mode as the app does and prints the screen it is on, then
moves it, either with S (``keys``) or by choosing each screen from the screen menu (M,
then the menu key) with the mouse (``menu``), printing the screen after each move.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = (
    {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
    {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080},
)


def run_on_two_screens(tmp_path: Path, how: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "screens.json"
    screens = [{**s, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1} for s in SCREENS]
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    return subprocess.run(
        [sys.executable, __file__, how],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def main(how: str) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

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
        print(
            f"screen {screen.name()} {window.geometry().getRect()}"
            f" {screen.geometry().getRect()} full={window.isFullScreen()}"
        )

    report()
    print(f"footer {window.footer.text()}")
    if how == "keys":
        for _ in range(2):
            QTest.keyClick(window, Qt.Key.Key_S)
            app.processEvents()
            report()
    else:
        for key, target in ((Qt.Key.Key_M, "Laptop"), (Qt.Key.Key_Menu, "Projector")):
            QTest.keyClick(window, key)
            app.processEvents()
            menu = window.screen_chooser
            assert menu is not None and menu.isVisible(), "the screen menu is open"
            entries = [a.text() for a in menu.actions()]
            print(f"menu {entries} checked={[a.isChecked() for a in menu.actions()]}")
            action = next(a for a in menu.actions() if target in a.text())
            center = menu.actionGeometry(action).center()
            QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=center)
            app.processEvents()
            print(f"menu closed={not menu.isVisible()}")
            report()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
