"""Starting the app: first run opens the demo, the last workshop, a file argument, errors."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_app.ui import app as app_module
from workshop_app.ui.errors import ExceptionHandler
from workshop_app.ui.mainwindow import MainWindow
from workshop_app.ui.start import add_recent, recent_files


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def _keep(qtbot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    return window


def test_first_run_opens_the_demo_workshop(qtbot, isolated_data: Path) -> None:
    window = _keep(qtbot, app_module.initial_window(None))
    assert window.session is not None
    assert window.session.store.path == (isolated_data / "demo.workshop").resolve()
    assert len(window.session.workshop().partners) >= 2
    assert recent_files() == [str((isolated_data / "demo.workshop").resolve())]


def test_no_argument_opens_the_last_workshop(qtbot, demo_path: Path) -> None:
    add_recent(demo_path)
    window = _keep(qtbot, app_module.initial_window(None))
    assert window.session is not None
    assert window.session.store.path == demo_path.resolve()


def test_reopening_the_last_workshop_keeps_the_recent_list_without_rewriting_it(
    qtbot, demo_path: Path, tmp_path: Path, isolated_data: Path
) -> None:
    other = tmp_path / "other.workshop"
    add_recent(other)
    add_recent(demo_path)
    settings = isolated_data / "settings.ini"
    written = settings.stat()
    window = _keep(qtbot, app_module.initial_window(None))
    assert window.session is not None
    assert recent_files() == [str(demo_path.resolve()), str(other.resolve())]
    # Nothing changed, so the file was not written again (a write replaces the file).
    assert settings.stat().st_ino == written.st_ino
    assert settings.stat().st_mtime_ns == written.st_mtime_ns
    add_recent(other)  # another file still moves to the front
    assert recent_files() == [str(other.resolve()), str(demo_path.resolve())]


def test_missing_last_workshop_shows_the_start_screen_with_a_message(qtbot, tmp_path: Path) -> None:
    gone = tmp_path / "gone.workshop"
    add_recent(gone)
    window = _keep(qtbot, app_module.initial_window(None))
    assert window.session is None
    assert window.stack.currentWidget() is window.start
    assert "no longer there" in window.start.message.text()
    assert "(missing)" in window.start.recent_list.item(0).text()


def test_file_argument_that_cannot_be_opened(
    qtbot, tmp_path: Path, warnings_shown: list[str]
) -> None:
    bad = tmp_path / "leer.workshop"
    bad.write_bytes(b"")
    window = _keep(qtbot, app_module.initial_window(str(bad)))
    assert window.session is None
    assert warnings_shown and "is empty" in warnings_shown[0]
    assert "is empty" in window.start.message.text()


def test_run_app_sets_up_names_logging_and_the_exception_hook(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_data: Path
) -> None:
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app = QApplication.instance()
    sheet = app.styleSheet()
    logger = logging.getLogger("workshop_app")
    handlers = list(logger.handlers)
    signals = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM)}
    try:
        assert app_module.run_app(str(demo_path)) == 0
        assert QApplication.applicationName() == "Partnership Workshop"
        assert QApplication.organizationName() == "Partnership Workshop"
        assert "focus" in app.styleSheet()
        assert isinstance(sys.excepthook, ExceptionHandler)
        log_file = isolated_data / "logs" / "workshop-app.log"
        assert log_file.exists()
        assert "starting" in log_file.read_text(encoding="utf-8")
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        opened = [w for w in windows if w.session is not None]
        assert opened and opened[-1].session.store.path == demo_path.resolve()
        for w in windows:
            qtbot.addWidget(w)
        assert signal.getsignal(signal.SIGTERM) is not signals[signal.SIGTERM]
    finally:
        for number, handler in signals.items():
            signal.signal(number, handler)
        app.setStyleSheet(sheet)
        for handler in logger.handlers:
            if handler not in handlers:
                logger.removeHandler(handler)
                handler.close()


def test_exception_dialog_has_copyable_details_and_the_log_file(qtbot, tmp_path: Path) -> None:
    log_file = tmp_path / "workshop-app.log"
    handler = ExceptionHandler(log_file)
    for message in ("erster Fehler", "second failure"):
        try:
            raise RuntimeError(message)
        except RuntimeError as exc:
            handler(type(exc), exc, exc.__traceback__)
    dialog = handler.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    text = dialog.details.toPlainText()
    assert "erster Fehler" in text and "second failure" in text  # one dialog, both errors
    assert str(log_file) in dialog.log_label.text()
    dialog.copy_button.click()
    assert "RuntimeError: second failure" in QGuiApplication.clipboard().text()
    assert str(log_file) in QGuiApplication.clipboard().text()
    dialog.close()


def test_user_facing_errors_escaping_a_handler_get_the_plain_message(
    qtbot, warnings_shown: list[str]
) -> None:
    from workshop_app.domain.errors import FileFormatError

    handler = ExceptionHandler(None)
    exc = FileFormatError("'x.workshop' is damaged.")
    handler(type(exc), exc, None)
    assert warnings_shown == ["'x.workshop' is damaged."]
    assert handler.dialog is None


def test_style_sheet_icons_resolve_and_every_control_has_a_focus_rule() -> None:
    import re

    from PySide6.QtGui import QIcon

    sheet = app_module.style_sheet()
    assert "@ICONS@" not in sheet
    urls = re.findall(r"url\(([^)]+)\)", sheet)
    assert urls
    for url in urls:
        assert Path(url).is_file(), url
        assert not QIcon(url).pixmap(16, 16).isNull(), url
    focus_rules = " ".join(re.findall(r"([^{}]*:focus[^{}]*)\{", sheet))
    for control in ("QPushButton", "QLineEdit", "QComboBox", "QAbstractSpinBox", "QCheckBox",
                    "QTableView", "QListWidget", "QPlainTextEdit"):  # fmt: skip
        assert f"{control}:focus" in focus_rules, control


def test_the_log_file_rotates_keeping_the_last_files_and_every_recent_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "workshop-app.log"
    handler = app_module.RotatingLog(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("workshop_app.test_rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(40):
            logger.warning("line %02d of the log", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["workshop-app.log", "workshop-app.log.1", "workshop-app.log.2"]
    kept = [(tmp_path / n).read_text(encoding="utf-8") for n in reversed(names)]
    assert all(len(text.encode()) < 200 for text in kept)
    lines = "".join(kept).splitlines()
    assert lines[-1] == "line 39 of the log"  # the newest line is in the log itself
    first = int(lines[0].split()[1])
    assert lines == [f"line {n:02d} of the log" for n in range(first, 40)]  # none lost
    assert first > 0  # older files beyond the last two are gone


def test_declining_read_only_at_start_shows_the_start_screen(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop_app.storage.lock import WriterLock

    other = WriterLock(demo_path.resolve(), "workshop-app import-answers")
    other.acquire()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    try:
        window = _keep(qtbot, app_module.initial_window(str(demo_path)))
        window.show()
        assert window.session is None
        assert window.stack.currentWidget() is window.start  # not an empty window
        assert window.start.isVisible()
        assert window.windowTitle() == "Partnership Workshop"
        assert not window.actions.close.isEnabled()
    finally:
        other.release()


def test_closing_the_window_backs_up_and_releases_the_workshop(qtbot, demo_path: Path) -> None:
    from workshop_app.storage import backups
    from workshop_app.storage.lock import WriterLock

    window = _keep(qtbot, app_module.initial_window(str(demo_path)))
    window.show()
    assert window.session is not None
    window.close()
    assert window.session is None
    assert len(backups.list_backups(demo_path)) == 1  # the rolling backup of the close
    probe = WriterLock(demo_path.resolve(), "probe")
    probe.acquire()  # would raise FileInUseError if the window still held it
    probe.release()
