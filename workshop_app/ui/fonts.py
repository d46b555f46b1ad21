"""The fonts the app ships, registered at start so every script shows on any machine.

A bare Linux machine (or a projector laptop) often has no Chinese, Japanese or Korean
font: without one, names such as 한빛배터리 show as empty boxes. The app therefore
registers its bundled fonts (the same files the PDF report embeds) and lists them as
fallbacks after the system's own interface font, so Latin text keeps the platform's
look and every other script falls back to fonts that are always there.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from workshop_app.paths import resource_path

log = logging.getLogger(__name__)

# Files in resources/fonts: DejaVu Sans for Latin, Greek, Cyrillic and symbols;
# WenQuanYi Micro Hei for Chinese (simplified and traditional), Japanese and Korean.
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc")
LATIN_FAMILY = "DejaVu Sans"
CJK_FAMILY = "WenQuanYi Micro Hei"
FALLBACK_FAMILIES = (LATIN_FAMILY, CJK_FAMILY)
# Family names widgets or the platform may ask for by name; each falls back to the
# bundled fonts for the characters it lacks.
_GENERIC_FAMILIES = (
    "Sans Serif",
    "Sans",
    "sans-serif",
    "Helvetica",
    "Arial",
    "Segoe UI",
    "DejaVu Sans",
    ".AppleSystemUIFont",
)
_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add the shipped font files to the application's font database; returns the
    families they provide. A missing or damaged file is logged, never fatal."""
    if _registered:  # once per process: Qt would add the same faces again
        return list(_registered)
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            log.log(logging.WARNING, "Could not load the bundled font %s", name)  # for the log only
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered.extend(families)
    return families


def with_fallbacks(font: QFont) -> QFont:
    """The font with the bundled families after its own, for the characters it lacks."""
    result = QFont(font)
    families = [f for f in font.families() or [font.family()] if f not in FALLBACK_FAMILIES]
    result.setFamilies([*families, *FALLBACK_FAMILIES])
    return result


def install_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and make them the fallbacks of every widget's font."""
    families = register_bundled_fonts()
    available = [f for f in FALLBACK_FAMILIES if f in families]
    for generic in _GENERIC_FAMILIES:
        QFont.insertSubstitutions(generic, [f for f in available if f != generic])
    app.setFont(with_fallbacks(app.font()))
    return families
