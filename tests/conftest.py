"""Test configuration shared by every test folder.

Qt runs offscreen, backups and logs go to a temporary folder, and with CI=true any
skipped test fails: CI installs every outside program, so a skip there hides a gap.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("WORKSHOP_APP_DATA_DIR", tempfile.mkdtemp(prefix="workshop-app-tests-"))

import pytest
from hypothesis import settings

from workshop_app.domain.model import Workshop

# As in the app (workshop_app.session.gc_timer): garbage is collected on the Qt thread
# only, after each test, never by a server or worker thread that happens to allocate.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_qt_thread() -> Iterator[None]:
    yield
    gc.collect()


# No per-example deadline: CI shares two cores, and a slow example is not a failure.
settings.register_profile("workshop", deadline=None)
settings.load_profile("workshop")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if report.skipped and os.environ.get("CI", "").lower() == "true":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"Skipped in CI, where every outside program is installed: {reason}"
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    # A module skipped while it is collected (pytest.importorskip) is no test result, so
    # the hook above never sees it; under CI it must fail all the same.
    report = yield
    if report.skipped and os.environ.get("CI", "").lower() == "true":
        report.outcome = "failed"
        report.longrepr = f"Skipped while collected in CI: {report.longrepr}"
    return report


@pytest.fixture(scope="session")
def small_demo() -> Workshop:
    from workshop_app.demo import build_demo

    return build_demo("small")


@pytest.fixture
def demo_path(tmp_path: Path, small_demo: Workshop) -> Iterator[Path]:
    """A fresh demo workshop file, written and reopened by the real functions."""
    from workshop_app.storage.store import create_workshop

    path = tmp_path / "demo.workshop"
    create_workshop(path, small_demo).close(backup=False)
    yield path


@pytest.fixture
def demo_store(demo_path: Path):
    from workshop_app.storage.store import open_workshop

    store = open_workshop(demo_path)
    yield store
    store.close(backup=False)
