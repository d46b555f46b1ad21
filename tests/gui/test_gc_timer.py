"""Qt objects in garbage are destroyed on the Qt thread, never by a request thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QThread, QTimer

from workshop_app.session.gc_timer import collect_on_qt_thread


class _Cyclic(QObject):
    """A QObject with a running timer, kept alive only by a reference cycle."""

    def __init__(self, destroyed_on: list[QThread | None]) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.me = self  # the cycle: only the cyclic collector frees it
        self.destroyed.connect(lambda: destroyed_on.append(QThread.currentThread()))


def test_garbage_made_on_the_qt_thread_is_freed_there_not_by_another_thread(qtbot) -> None:
    holder = QObject()
    timer = collect_on_qt_thread(holder, interval_ms=50)
    try:
        assert not gc.isenabled()
        destroyed_on: list[QThread | None] = []
        ref = weakref.ref(_Cyclic(destroyed_on))
        # A busy server thread allocates a lot; it must not collect the Qt object.
        worker = threading.Thread(target=lambda: [[object()] for _ in range(200_000)])
        worker.start()
        worker.join()
        assert ref() is not None
        qtbot.waitUntil(lambda: ref() is None, timeout=5000)  # the timer collected it
        assert destroyed_on == [QThread.currentThread()]
    finally:
        timer.stop()
        holder.deleteLater()
