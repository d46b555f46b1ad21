"""A started server that nobody talks to costs (almost) no processor time.

The facilitator's laptop runs on battery in a meeting room, and the session's thread
shares Python's interpreter lock with the server's loop: a loop that polls without
waiting starves every answer (30 participants took minutes instead of seconds).
"""

from __future__ import annotations

import resource

import pytest


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@pytest.mark.slow
def test_an_idle_server_waits_instead_of_polling(live, qtbot) -> None:
    assert live.server.running
    qtbot.wait(200)  # let start-up work settle
    before = _cpu_seconds()
    qtbot.wait(2000)
    used = _cpu_seconds() - before
    # A busy loop uses the whole two seconds of one core; waiting uses a few milliseconds.
    assert used < 0.5, f"the idle server used {used:.2f} s of processor time in 2 s"
