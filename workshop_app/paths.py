"""Finds the shipped resources the same way in a source checkout, a wheel and a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding questionnaires, fonts, icons and the style sheet.

    A wheel carries it as ``workshop_app/resources``; a source checkout or an
    editable install has it at the repository top; a PyInstaller bundle
    unpacks it below ``sys._MEIPASS``.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "questionnaires").is_dir():
            return candidate
    raise FileNotFoundError(
        "The application's resources folder is missing; reinstall Partnership Workshop."
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def licences_dir() -> Path | None:
    """The licence texts of the third-party software a bundle ships (its README.txt lists
    them; written by installer/bundle_licences.py). None outside a bundle, where each
    installed package carries its own."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "licences" / "README.txt").is_file():
        return Path(bundle) / "licences"
    return None
