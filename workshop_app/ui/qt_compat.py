"""Keep None, True and False alive under PySide6 releases that drop references to them.

PySide6 6.12.0 on Python 3.11 gives back references to these singletons that it does not
own: every ``signal.emit()`` takes one from True, and every Python ``data()`` that answers
None for a role (and some overridden event handlers) takes one from None. A model view
asks for dozens of roles per cell, so after a few hundred repaints of a page (a few
minutes of moving the mouse over the alignment page, or about a thousand edits) the count
reaches zero and Python aborts with "Fatal Python error: none_dealloc" (or
"bool_dealloc"), closing the app in the middle of a workshop.

Python 3.12 made these objects immortal, so a lost reference does no harm there. On 3.11
``install()`` does the same by hand: it gives each of them a reserve of references so
large that no session can use it up. A singleton is never freed anyway, so the reserve
changes nothing else. It is called once, when ``workshop_app.ui`` is imported.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 lost references: at a million a second, twelve days of non-stop repainting.
RESERVE = 1 << 40

_installed = False


def install() -> None:
    global _installed
    if _installed or sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        # 3.12+: already immortal. getobjects: a debug build whose objects start with
        # other fields, where the count is not at the object's address.
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value != sys.getrefcount(obj) - 1:  # not CPython's layout: leave it alone
            return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    _installed = True
