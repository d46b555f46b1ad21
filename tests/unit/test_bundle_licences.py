"""The bundle's licences folder carries the licence of each part the build collected.

installer/bundle_licences.py is run by the PyInstaller spec with the lists of what was
collected; here it gets short lists of the same form, from the packages of this venv.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installer"))
from bundle_licences import write_licences  # noqa: E402 - a build script, not a package


def _site(dist: str, *parts: str) -> str:
    return str(importlib.metadata.distribution(dist).locate_file(Path(*parts)))


def test_each_collected_package_qt_python_and_the_fonts_get_their_texts(
    tmp_path: Path,
) -> None:
    pure = [("openpyxl.reader.excel", _site("openpyxl", "openpyxl", "__init__.py"), "PYMODULE")]
    core = ("PySide6/Qt/lib/libQt6Core.so.6", "PySide6", "Qt", "lib", "libQt6Core.so.6")
    binaries = [(core[0], _site("PySide6_Essentials", *core[1:]), "BINARY")]
    out = write_licences(pure, binaries, [], tmp_path / "licences", REPO)

    listed = (out / "README.txt").read_text(encoding="utf-8")
    version = importlib.metadata.version("openpyxl")
    assert f"openpyxl {version}: MIT; python-packages/openpyxl-{version}.LICENCE.rst" in listed
    assert "Permission is hereby granted" in (
        out / "python-packages" / f"openpyxl-{version}.LICENCE.rst"
    ).read_text(encoding="utf-8")
    # PySide6's wheel has no licence file: Qt's LGPLv3 and the GPLv3 it builds on.
    pyside = importlib.metadata.version("PySide6_Essentials")
    assert re.search(rf"^PySide6[-_]Essentials {re.escape(pyside)}: .*; Qt/$", listed, re.M)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (out / "Qt" / "LGPL-3.0.txt").read_text()
    assert "libQt6Core.so.6" in (out / "Qt" / "NOTICE.txt").read_text()
    assert "Python-3.11" in listed
    assert (out / "fonts" / "LICENSE-DejaVu.txt").is_file()
    # Nothing else was collected, so nothing else is listed.
    assert "reportlab" not in listed and "pillow" not in listed


def test_a_package_without_a_licence_file_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bundle_licences

    monkeypatch.setattr(bundle_licences, "_licence_files", lambda dist: [])
    pure = [("openpyxl", _site("openpyxl", "openpyxl", "__init__.py"), "PYMODULE")]
    with pytest.raises(SystemExit, match="No licence text found for: openpyxl"):
        write_licences(pure, [], [], tmp_path / "licences", REPO)
