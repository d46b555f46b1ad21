"""Runs work from the server's threads on the session's thread, one call at a time.

The session (and SQLite connection, undo stack, signals) belongs to the thread that
made it: the desktop app's UI thread, or the ``serve`` command's main thread. A
request thread hands a function over through a queued Qt signal and waits for its
result; the session's event loop runs it between other events, so the facilitator's
pages stay live and answers are saved in arrival order.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

T = TypeVar("T")


class BridgeClosed(Exception):
    """The server stopped (or the session's thread is stuck); nothing was done."""


class SessionBridge(QObject):
    """A thread-safe queue of calls that the session's thread drains.

    One queued wake-up signal at a time, and at most ``SLICE`` seconds of calls per
    turn of the event loop: thirty participants answering at once do not stall the
    facilitator's window (a flood of queued signals would run before any repaint).
    """

    SLICE = 0.015
    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._lock = threading.Lock()
        self._open = True
        self._queue: deque[tuple[Callable[[], Any], Future[Any]]] = deque()
        self._scheduled = False
        self._pending: set[Future[Any]] = set()

    def call(self, fn: Callable[[], T], timeout: float = 15.0) -> T:
        """Run ``fn`` on the session's thread and return its result (from another thread)."""
        future: Future[T] = Future()
        with self._lock:
            if not self._open:
                raise BridgeClosed
            self._pending.add(future)
            self._queue.append((fn, future))
            wake = not self._scheduled
            self._scheduled = True
        try:
            if wake:
                self._wake.emit()
            return future.result(timeout)
        except (CancelledError, FutureTimeout):
            # Cancelled by close(); a timed-out call is cancelled too, so it never runs
            # after its request was answered with an error.
            future.cancel()
            raise BridgeClosed from None
        finally:
            with self._lock:
                self._pending.discard(future)

    @Slot()
    def _drain(self) -> None:
        began = time.monotonic()
        while True:
            with self._lock:
                if not self._open or not self._queue:
                    self._scheduled = False
                    return
                fn, future = self._queue.popleft()
                if not future.set_running_or_notify_cancel():
                    continue
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the waiting thread, which reports it
                future.set_exception(exc)
            if time.monotonic() - began > self.SLICE:
                QTimer.singleShot(0, self._drain)  # let input and repaints through first
                return

    def close(self) -> None:
        """Refuse new calls and cancel waiting ones (call on the session's thread)."""
        with self._lock:
            self._open = False
            self._queue.clear()
            self._scheduled = False
            pending = list(self._pending)
        for future in pending:
            future.cancel()

    def reopen(self) -> None:
        with self._lock:
            self._open = True
