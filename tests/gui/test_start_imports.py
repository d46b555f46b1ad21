"""Opening a workshop builds (and imports) only the page it shows first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workshop_app.ui.mainwindow import MainWindow
window = MainWindow()
window.show()
opened = window.open_path(sys.argv[1])
app.processEvents()
title = window.nav.item(2).text()
loaded = sorted(m for m in sys.modules if m.startswith("workshop_app.ui.pages."))
loaded += [m for m in ("sqlite_utils", "openpyxl", "reportlab") if m in sys.modules]
alignment = window.page("alignment")
print(json.dumps({"opened": opened, "title": title, "loaded": loaded,
                  "built": type(alignment).__name__}))
window.close_workshop()
"""


def test_opening_a_workshop_imports_only_the_first_page(demo_path: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "WORKSHOP_APP_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["opened"]
    assert probe["title"] == "Alignment"  # named in the list before it is built
    assert probe["loaded"] == [
        "workshop_app.ui.pages.base",
        "workshop_app.ui.pages.setup",
        "workshop_app.ui.pages.setup_details",
    ]
    assert probe["built"] == "AlignmentPage"  # asked for, it is built on demand
