"""The PyInstaller bundle shows the interface in the chosen language.

The bundle has no lrelease, so it ships the translations compiled at build time; the
copy into the bundle gives them whatever time it copied them at, often older than
their sources. A source checkout still rebuilds a compiled file older than its source.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app import translations


@pytest.fixture
def stale_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A German source with a compiled file older than it, as a bundle's copy leaves them."""
    ts = tmp_path / "translations" / "workshop_de.ts"
    ts.parent.mkdir()
    shutil.copyfile(translations.ts_path("de"), ts)
    qm = ts.with_suffix(".qm")
    translations.compile_ts(ts, qm)
    os.utime(qm, (ts.stat().st_mtime - 60, ts.stat().st_mtime - 60))
    monkeypatch.setattr(translations, "ts_path", lambda code: ts)
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    translations.qm_path.cache_clear()
    yield qm
    translations.qm_path.cache_clear()


def test_a_bundle_loads_its_compiled_translation_whatever_its_time(
    stale_qm: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert translations.qm_path("de") == stale_qm
    assert translations.load_translator("de") is not None


def test_a_source_checkout_rebuilds_a_compiled_translation_older_than_its_source(
    stale_qm: Path,
) -> None:
    path = translations.qm_path("de")
    assert path is not None and path != stale_qm
    assert path.is_relative_to(translations.cache_dir())
