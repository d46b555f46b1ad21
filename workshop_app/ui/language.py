"""The interface language: chosen in View > Language, remembered, applied at once.

Every widget sets its texts when it is built, so a change of language builds the main
window's menus, start screen and pages again in place; the open workshop, its undo
history and the page shown stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.domain.languages import CODES, DEFAULT_LANGUAGE, from_locale
from workshop_app.translations import load_translator
from workshop_app.ui.start import app_settings

if TYPE_CHECKING:
    from workshop_app.ui.mainwindow import MainWindow

SETTING = "interface/language"
_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]
_start_locale: list[QLocale] = []  # the default before any language was applied


def system_language() -> str:
    return from_locale(QLocale.system().name())


def chosen_language() -> str:
    """The language chosen in View > Language; the system's closest before any choice."""
    value = app_settings().value(SETTING, "")
    return value if isinstance(value, str) and value in CODES else system_language()


def current_language() -> str:
    return _current[0]


def apply_language(code: str) -> None:
    """Install the translators for a language (Qt's own dialogs' too, when Qt ships
    them) in place of the previous ones; dates and numbers follow the language."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = load_translator(code)
    if ours is not None:
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", folder):
            _installed.append(qt_own)
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    if not _start_locale:
        _start_locale.append(QLocale())
    QLocale.setDefault(_start_locale[0] if code == system_language() else QLocale(code))
    _current[0] = code


def choose_language(window: MainWindow, code: str) -> None:
    """What View > Language does: remember, apply and show the window in it."""
    if code == current_language():
        return
    app_settings().setValue(SETTING, code)
    apply_language(code)
    window.rebuild_texts()
