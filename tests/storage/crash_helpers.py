"""Leaving a workshop file as a crash would: a writer SIGKILLed mid-transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

# In rollback-journal mode with a one-page cache, the UPDATE spills changed pages into
# the file itself before COMMIT: the -journal holds the originals and is "hot".
HALF_SAVED_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute("UPDATE answers SET comment = 'half-saved ' || hex(randomblob(200))")
print("ready", flush=True)
time.sleep(600)
"""


def leave_hot_journal(path: Path) -> Path:
    """SIGKILL a writer in the middle of changing every answer; returns the journal."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HALF_SAVED_WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == b"ready", proc.stderr.read() if proc.stderr else line
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)  # also closes the pipes
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return journal
