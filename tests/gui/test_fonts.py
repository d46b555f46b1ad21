"""Every script the demo uses renders on a machine with no CJK font installed.

The check runs in a child process whose font configuration holds one Latin-only font
(DejaVu Sans, copied from the app's resources), whatever the machine has installed: so
the result does not depend on the system's fonts. The control run without the app's
font setup must find the boxes, or the check could not fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("font_probe.py")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the isolated font setup uses fontconfig"
)


def _run_probe(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    fonts = tmp_path / "fonts"
    fonts.mkdir(exist_ok=True)
    shutil.copy(resource_path("fonts", "DejaVuSans.ttf"), fonts)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),  # this checkout's package, not an installed one
    }
    path = tmp_path / f"demo{len(args)}.workshop"
    return subprocess.run(
        [sys.executable, str(PROBE), str(path), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_demo_names_render_in_every_script_without_system_cjk_fonts(tmp_path: Path) -> None:
    result = _run_probe(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "MISSING" not in result.stdout
    assert "checked" in result.stdout


def test_without_the_bundled_fonts_korean_and_chinese_show_as_boxes(tmp_path: Path) -> None:
    result = _run_probe(tmp_path, "--no-fonts")
    assert result.returncode == 1, result.stdout + result.stderr
    missing = "".join(line for line in result.stdout.splitlines() if line.startswith("MISSING"))
    assert "한" in missing and "华" in missing  # the boxes the issue reported
