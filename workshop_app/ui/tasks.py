"""Long work (exports, imports) off the UI thread, with a progress dialog.

``run_task(parent, title, fn, on_done, on_error)`` runs ``fn()`` on the global thread
pool; ``on_done(result)`` or ``on_error(exc)`` is called back on the UI thread. ``fn``
must not touch widgets. WorkshopErrors go to ``on_error``; anything else too, so the
caller decides (usually: re-raise into the exception dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the UI thread, which decides
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Task(QObject):
    """A running task; keeps its signals and progress dialog alive until it ends."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.signals = _Signals(self)
        self.dialog = QProgressDialog(title, "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.running = True

    def end(self) -> None:
        self.running = False
        self.dialog.reset()
        self.dialog.deleteLater()
        self.finished.emit()


_RUNNING: set[Task] = set()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    task = Task(parent, title)
    _RUNNING.add(task)

    def done(result: Any) -> None:
        task.end()
        _RUNNING.discard(task)
        on_done(result)

    def failed(exc: BaseException) -> None:
        task.end()
        _RUNNING.discard(task)
        on_error(exc)

    task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(fn, task.signals))
    return task
