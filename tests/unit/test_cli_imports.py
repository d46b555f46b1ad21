"""Commands that only read a workshop file start fast: they load neither sqlite-utils
(kept for creating, upgrading and writing files) nor Qt, nor the writer lock and the
backups (a read takes no lock and writes no backup)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_PROBE = """
import json, sys
from workshop_app.cli import main
codes = [main(argv) for argv in json.loads(sys.argv[1])]
print(json.dumps({"codes": codes, "loaded": sorted(
    m for m in ("sqlite_utils", "PySide6", "click", "workshop_app.storage.lock",
                "workshop_app.storage.backups") if m in sys.modules)}))
"""


def _run(*commands: list[str]) -> dict[str, list]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(commands)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_info_and_export_do_not_import_sqlite_utils(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "Größe.json"
    probe = _run(
        ["check", str(demo_path)],
        ["info", str(demo_path), "--json"],
        ["export", str(demo_path), "--json", str(out)],
    )
    assert probe == {"codes": [0, 0, 0], "loaded": []}
    assert json.loads(out.read_text(encoding="utf-8"))["details"]["title"]


def test_creating_a_file_loads_sqlite_utils_when_it_needs_it(tmp_path: Path) -> None:
    path = tmp_path / "neu.workshop"
    probe = _run(["demo", str(path)], ["info", str(path), "--json"])
    assert probe["codes"] == [0, 0]
    assert "sqlite_utils" in probe["loaded"]


def test_info_reads_its_command_line_without_argparse(demo_path: Path) -> None:
    # Nor the analysis's suggested actions, which it does not print.
    also = '"click", "argparse", "workshop_app.analysis.actions"'
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE.replace('"click"', also),
         json.dumps([["info", str(demo_path), "--json"]])],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert json.loads(probe.stdout.strip().splitlines()[-1]) == {"codes": [0], "loaded": []}
