"""Start the desktop app: ``run_app(path)`` is what ``workshop-app [FILE]`` calls."""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app import __version__

if TYPE_CHECKING:
    from workshop_app.ui.mainwindow import MainWindow
from workshop_app.session.gc_timer import collect_on_qt_thread
from workshop_app.storage.backups import data_dir
from workshop_app.translations import tr
from workshop_app.ui.errors import ExceptionHandler
from workshop_app.ui.fonts import install_fonts
from workshop_app.ui.log_file import RotatingLog
from workshop_app.ui.start import APPLICATION, ORGANISATION, recent_files

log = logging.getLogger("workshop_app")


def log_folder() -> Path:
    """The platform log folder; below the data folder when WORKSHOP_APP_DATA_DIR is set."""
    if os.environ.get("WORKSHOP_APP_DATA_DIR"):
        return data_dir() / "logs"
    from platformdirs import user_log_path

    return user_log_path(APPLICATION, appauthor=False)


def setup_logging() -> Path | None:
    """Log to a rotating file; None if the folder cannot be written (logging then goes
    to stderr only, the app still runs)."""
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "workshop-app.log"
        handler = RotatingLog(path, max_bytes=1_000_000, backups=3)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def style_sheet() -> str:
    from workshop_app.paths import resource_path

    try:
        sheet = resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    # Style sheets resolve url() against the working folder; give them the real one.
    return sheet.replace("@ICONS@", resource_path("icons").as_posix())


def use_readable_locale() -> None:
    """Show dates and numbers in the user's locale; without one (the C locale of a bare
    system) fall back to British English rather than C's "1 01 2027" and ungrouped digits."""
    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    # Fusion everywhere: the same look on every platform, and a focus frame drawn in the
    # palette's highlight colour, set to the style sheet's focus orange.
    app.setStyle("Fusion")
    install_fonts(app)
    use_readable_locale()
    from workshop_app.ui.language import apply_language, chosen_language

    apply_language(chosen_language())
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1F5FAD"))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet())
    from workshop_app.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    return app


def initial_window(path: str | None) -> MainWindow:
    """The main window with the right workshop open (or the start screen)."""
    from workshop_app.ui.mainwindow import MainWindow

    if path is not None:
        window = MainWindow(opening=True)
        window.open_path(Path(path))
        return window
    recent = recent_files()
    if recent:
        last = Path(recent[0])
        if last.exists():
            window = MainWindow(opening=True)
            window.open_path(last)
        else:
            window = MainWindow()
            window.show_start(
                tr("The last workshop, {path}, is no longer there.").format(path=last)
            )
        return window
    # First run: the demo workshop, as the README's quick start promises.
    from workshop_app.ui.window_files import create_demo, demo_path

    demo = demo_path()
    try:
        if not demo.exists():
            create_demo(demo)
    except Exception:  # the start screen still works without the demo
        log.exception("Could not create the demo workshop at %s", demo)
        return MainWindow()
    window = MainWindow(opening=True)
    window.open_path(demo)
    return window


def run_app(path: str | None) -> int:
    app = make_application()
    log_file = setup_logging()
    ExceptionHandler(log_file).install()
    log.info("Partnership Workshop %s starting", __version__)
    collect_on_qt_thread(app)
    window = initial_window(path)
    window.show()
    _close_on_signals(app)
    return app.exec()


def _close_on_signals(app: QApplication) -> None:
    """Ctrl+C or a polite kill closes the windows normally: the workshop is backed up
    and its lock released. Python only sees a signal when it runs, hence the timer."""

    def close(*_args: object) -> None:
        app.closeAllWindows()
        app.quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)
