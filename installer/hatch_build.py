"""Build hook: compile the translation sources (.ts) into the wheel as .qm files.

The compiled files are never committed; an editable install or a source checkout
compiles them on first use instead (workshop_app/translations.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]  # generic in hatchling
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        import PySide6  # a build requirement (pyproject's [build-system])

        exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        lrelease = Path(PySide6.__file__).parent / exe
        out = Path(self.directory) / "translations-qm"
        out.mkdir(parents=True, exist_ok=True)
        for ts in sorted(Path(self.root, "resources", "translations").glob("*.ts")):
            qm = out / f"{ts.stem}.qm"
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
            build_data["force_include"][str(qm)] = f"workshop_app/resources/translations/{qm.name}"
