"""Benchmarks live in bench_*.py files, so the normal run never collects them; this
collects them when tests/benchmarks is run explicitly."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Module | None:
    # A file named on the command line is collected by pytest itself.
    if parent.session.isinitpath(file_path):
        return None
    if file_path.suffix == ".py" and file_path.name.startswith("bench_"):
        return pytest.Module.from_parent(parent, path=file_path)
    return None


# The workshops the benchmarks measure, made once per module as the app would save them.
@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workshop_app.demo import build_demo
    from workshop_app.storage.store import create_workshop

    path = tmp_path_factory.mktemp("bench") / "large.workshop"
    create_workshop(path, build_demo("large")).close(backup=False)
    return path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workshop_app.demo import build_demo
    from workshop_app.storage.store import create_workshop

    path = tmp_path_factory.mktemp("bench") / "demo.workshop"
    create_workshop(path, build_demo("small")).close(backup=False)
    return path


@pytest.fixture(autouse=True)
def isolated_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Backups and logs in the test's own folder; Qt off screen for the window figures."""
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
