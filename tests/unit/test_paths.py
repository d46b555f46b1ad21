"""Resources are found the same way from the source tree, a built wheel and a bundle."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app import paths

REPO = Path(__file__).resolve().parents[2]
# Files every install must carry: the default questionnaire and the published schema.
REQUIRED = ("questionnaires/alignment-core.yaml", "schema/workshop-interchange-1.schema.json")


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    paths.resources_dir.cache_clear()
    yield
    paths.resources_dir.cache_clear()


def test_found_in_the_source_tree(fresh_cache: None) -> None:
    assert paths.resources_dir() == REPO / "resources"
    for name in REQUIRED:
        assert paths.resource_path(*name.split("/")).is_file()


def test_found_in_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    bundled = tmp_path / "resources" / "questionnaires"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.resource_path("questionnaires") == bundled


def test_an_empty_bundle_falls_back_to_the_installed_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == REPO / "resources"


def test_licences_only_in_a_bundle_that_carries_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.licences_dir() is None  # a source checkout: each package has its own
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.licences_dir() is None  # a bundle built without them
    (tmp_path / "licences").mkdir()
    (tmp_path / "licences" / "README.txt").write_text("Python 3.11: PSF-2.0\n")
    assert paths.licences_dir() == tmp_path / "licences"


@pytest.mark.slow
def test_found_in_a_built_wheel(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp_path / "dist").glob("workshop_app-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for name in REQUIRED:
            assert f"workshop_app/resources/{name}" in names
        zf.extractall(tmp_path / "site")
    # -S: no site-packages, so the editable install cannot answer instead of the wheel.
    probe = subprocess.run(
        [
            sys.executable,
            "-S",
            "-c",
            "from workshop_app.paths import resource_path as r; print(r('questionnaires'))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site")},
    )
    assert probe.returncode == 0, probe.stderr
    found = Path(probe.stdout.strip())
    assert found == tmp_path / "site" / "workshop_app" / "resources" / "questionnaires"
    assert (found / "alignment-core.yaml").is_file()
