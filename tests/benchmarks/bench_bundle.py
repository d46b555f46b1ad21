"""The bundle's figures of the speed table: its size and its `--help` against a venv's.

Build the bundle first (installer/README.md), then point WORKSHOP_BUNDLE at its folder:

    WORKSHOP_BUNDLE="/tmp/pyi-dist/Partnership Workshop" .venv/bin/python -m pytest \
        tests/benchmarks/bench_bundle.py -o addopts="" -p no:cacheprovider -s

Skipped without WORKSHOP_BUNDLE. Nothing here asserts a time; installer/smoke_test.sh
checks the size limit and that the commands load no Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.bench_speed import _median_pair, _report

BUNDLE = os.environ.get("WORKSHOP_BUNDLE", "")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="WORKSHOP_BUNDLE (a built bundle) not set")
# As the smoke test runs the bundle: nothing from a checkout or a venv can stand in for it.
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def _run(args: list[str], home: Path) -> None:
    subprocess.run(args, env={**ENV, "HOME": str(home)}, stdout=subprocess.DEVNULL, check=True)


def test_bundle_help(tmp_path: Path) -> None:
    """`workshop-app --help` from the bundle. Floor: the same command from a venv,
    `python -m workshop_app --help` (the interpreter that runs this benchmark)."""
    app = str(Path(BUNDLE) / "workshop-app")
    venv = [sys.executable, "-m", "workshop_app", "--help"]
    _run([app, "--help"], tmp_path)  # both once, so neither pays for a cold disk cache
    _run(venv, tmp_path)
    t, t_floor = _median_pair(lambda: _run([app, "--help"], tmp_path), lambda: _run(venv, tmp_path))
    _report("bundle --help", "venv python -m workshop_app --help", t, t_floor)


def test_bundle_size() -> None:
    """The unpacked folder's size and files (the issue's goal: at most 100 MB)."""
    files = [p for p in Path(BUNDLE).rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    print(f"bundle: {size / 1e6:.1f} MB in {len(files)} files")
