"""Garbage collection on the thread that owns the Qt objects.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a
threshold is reached: a live-answering request thread or an export worker. If the
garbage holds a Qt object (a closed dialog, a session with its idle timer), Qt would
destroy it from that thread ("Timers cannot be stopped from another thread") and may
crash. So automatic collection is switched off and the Qt thread collects on a timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that memory stays flat during a workshop; a collection takes milliseconds.
INTERVAL_MS = 2000


def collect_on_qt_thread(parent: QObject, interval_ms: int = INTERVAL_MS) -> QTimer:
    """Switch off automatic collection; collect from ``parent``'s thread every interval."""
    gc.disable()
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(gc.collect)
    timer.start()
    return timer
