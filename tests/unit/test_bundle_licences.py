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


def _qt_binaries(*libs: str) -> list[tuple[str, str, str]]:
    """Binary TOC entries for Qt libraries of this venv's PySide6 wheel."""
    return [
        (
            f"PySide6/Qt/lib/{lib}",
            _site("PySide6_Essentials", "PySide6", "Qt", "lib", lib),
            "BINARY",
        )
        for lib in libs
    ]


def _third_party_paths(listed: str) -> list[str]:
    return re.findall(r"Qt/third-party/\S+", listed)


def test_the_third_party_code_in_each_shipped_qt_library_gets_its_text(tmp_path: Path) -> None:
    core = write_licences([], _qt_binaries("libQt6Core.so.6"), [], tmp_path / "core", REPO)
    listed = (core / "README.txt").read_text(encoding="utf-8")
    # QtCore's own: PCRE2 (QRegularExpression), the Unicode data, Tika's MIME types with
    # the Apache licence they refer to; nothing of QtGui's, which was not collected.
    assert re.search(r"^  PCRE2 and SLJIT .*; Qt/third-party/pcre2\.txt$", listed, re.M)
    assert "Philip Hazel" in (core / "Qt" / "third-party" / "pcre2.txt").read_text()
    assert "Qt/third-party/unicode-data.txt" in listed
    assert "Qt/third-party/tika-mimetypes.txt Qt/third-party/Apache-2.0.txt" in listed
    assert "harfbuzz" not in listed
    # Every text README names is there, and every text there is named.
    named = _third_party_paths(listed)
    assert all((core / path).stat().st_size > 0 for path in named)
    assert sorted(
        f"Qt/third-party/{f.name}" for f in (core / "Qt" / "third-party").iterdir()
    ) == sorted(named)

    gui = write_licences(
        [], _qt_binaries("libQt6Core.so.6", "libQt6Gui.so.6"), [], tmp_path / "gui", REPO
    )
    listed = (gui / "README.txt").read_text(encoding="utf-8")
    assert "Qt/third-party/harfbuzz.txt" in listed and "Qt/third-party/libpng.txt" in listed
    assert (
        "FreeType License" in (gui / "Qt" / "third-party" / "freetype-grayraster.txt").read_text()
    )
    assert (gui / "Qt" / "third-party" / "FreeType.copyright").stat().st_size > 0


def test_a_missing_text_that_a_qt_component_refers_to_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bundle_licences

    monkeypatch.setitem(
        bundle_licences.NEEDED_TEXTS, "Apache-2.0", ("Apache-2.0.txt", tmp_path / "nowhere")
    )
    with pytest.raises(SystemExit, match=r"Apache Tika MIME types \(no .*nowhere"):
        write_licences([], _qt_binaries("libQt6Core.so.6"), [], tmp_path / "licences", REPO)


def test_each_qt_third_party_text_names_its_component_libraries_and_source() -> None:
    import bundle_licences

    files = sorted((REPO / "installer" / "licences" / "qt-third-party").glob("*.txt"))
    assert files
    for file in files:
        text = file.read_text(encoding="utf-8")
        fields = bundle_licences._header(text)
        for key in (
            "Name",
            "Component",
            "Version",
            "Licence",
            "Compiled into",
            "Evidence",
            "Text from",
        ):
            assert fields.get(key), f"{file.name}: no {key}"
        assert all(name.startswith("lib") for name in fields["Compiled into"].split()), file.name
        assert set(fields.get("Needs", "").split()) <= set(bundle_licences.NEEDED_TEXTS), file.name
        assert "copyright" in text.split("\n=", 1)[1].lower(), f"{file.name}: no copyright notice"


def test_readme_says_which_icu_the_bundle_ships_and_where_its_text_comes_from(
    tmp_path: Path,
) -> None:
    icu = sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))
    if not icu:
        pytest.skip("no ICU copyright file on this machine")
    out = write_licences([], _qt_binaries("libicuuc.so.73"), [], tmp_path / "licences", REPO)
    listed = (out / "README.txt").read_text(encoding="utf-8")
    line = next(line for line in listed.splitlines() if line.startswith("ICU "))
    assert line.startswith("ICU 73 (libicuuc.so.73, from the PySide6 wheel)")
    system = icu[0].parent.name.removeprefix("libicu")
    if system != "73":
        assert f"build machine's ICU {system} copyright file" in line
    assert (out / "ICU.copyright").read_bytes() == icu[0].read_bytes()
