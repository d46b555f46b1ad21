"""The interface's and the reports' translations.

Sources are ``resources/translations/workshop_<code>.ts`` (codes from
``domain.languages``), extracted from the code's ``tr()`` calls by lupdate and
translated there. The compiled ``.qm`` files are never committed: a wheel's build
compiles them (installer/hatch_build.py); otherwise they are compiled on first use into the
user's cache, under a name that carries the source's hash, so an edited source is
never shown stale.

``python -m workshop_app.translations`` re-extracts every string into the sources
(run it after adding or changing a ``tr()`` text, then translate what it marks new).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from workshop_app.atomic import atomic_target
from workshop_app.domain.languages import CODES, DEFAULT_LANGUAGE, language

#: The context of ``tr()`` calls outside a class: lupdate files them under "".
MODULE_CONTEXT = ""


def tr(text: str) -> str:
    """Translate a text written in a module-level function (lupdate sees these calls)."""
    return QCoreApplication.translate(MODULE_CONTEXT, text)


def translated_codes() -> tuple[str, ...]:
    """The languages that have a translation source (English is the source text)."""
    return tuple(c for c in CODES if c != DEFAULT_LANGUAGE)


def ts_path(code: str) -> Path:
    from workshop_app.paths import resource_path

    return resource_path("translations", f"workshop_{code}.ts")


def cache_dir() -> Path:
    override = os.environ.get("WORKSHOP_APP_DATA_DIR")
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_path

    return user_cache_path("Partnership Workshop", appauthor=False)


def qt_tool(name: str) -> str:
    """lrelease or lupdate: shipped inside PySide6 (also beside a venv's Python)."""
    import PySide6

    exe = name + (".exe" if sys.platform == "win32" else "")
    for candidate in (
        Path(PySide6.__file__).parent / exe,
        Path(sys.executable).parent / f"pyside6-{exe}",
    ):
        if candidate.exists():
            return str(candidate)
    import shutil

    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"Qt's {name} was not found; reinstall PySide6.")
    return found


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one source with lrelease, atomically (a half-written .qm never loads)."""
    import subprocess  # imported here: every start reads this module, few compile

    qm.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(qm) as tmp:
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(tmp)],
            check=True,
            capture_output=True,
        )
    return qm


@cache
def qm_path(code: str) -> Path | None:
    """The compiled translation for a language; None for English (the source text)."""
    language(code)  # a clear message for an unknown code
    if code == DEFAULT_LANGUAGE:
        return None
    ts = ts_path(code)
    built = ts.with_suffix(".qm")  # compiled by the wheel's or the bundle's build
    # A bundle's files get the time they were copied, in any order; its sources never change.
    frozen = getattr(sys, "frozen", False)
    if built.exists() and (frozen or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    import hashlib

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / "translations" / f"workshop_{code}-{digest}.qm"
    if not cached.exists():
        compile_ts(ts, cached)
    return cached


def load_translator(code: str) -> QTranslator | None:
    """A loaded translator for a language (no QApplication needed); None for English."""
    path = qm_path(code)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        raise OSError(f"The translation {path} could not be loaded; delete it to rebuild it.")
    return translator


def update_sources(root: Path | None = None) -> list[Path]:
    """Re-extract every tr() text of the code and forms into the .ts sources (keeping
    translations, dropping strings no longer used)."""
    root = root or Path(__file__).resolve().parents[1]
    package = root / "workshop_app"
    sources = sorted(
        str(p)
        for p in package.rglob("*.py")
        if p.parent != package / "ui" / "forms"  # generated from forms/*.ui, read below
    )
    sources += sorted(str(p) for p in (root / "forms").glob("*.ui"))
    import subprocess

    out = []
    for code in translated_codes():
        ts = root / "resources" / "translations" / f"workshop_{code}.ts"
        ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                code,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        out.append(ts)
    return out


if __name__ == "__main__":
    for written in update_sources():
        print(f"Updated {written}")
