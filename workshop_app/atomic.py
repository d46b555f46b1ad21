"""Writing a file so that no crash, kill or full disk leaves half of it under its name.

Every writer of the app (term sheet, pre-work workbook, PDF, JSON, new workshop files,
backups and copies) goes through :func:`atomic_target`: the content is written to a
temporary file in the target's folder, flushed to the disk (fsync), renamed over the
target, and the folder is fsynced so that the rename itself survives a power cut.
The temporary file is removed on every exception, on Ctrl+C and on SIGTERM; one left
by SIGKILL or a power cut carries our mark and the writer's process id, and
:func:`remove_leftovers` deletes it at the next start once that process is gone.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

# ".pw-tmp-<pid>-<12 hex>-<target name>": hidden, ours, and names the process that wrote it.
TEMP_PREFIX = ".pw-tmp-"
# compiled (and cached by re) on the first write, not when the command line starts
_TEMP_NAME = r"^\.pw-tmp-(\d+)-[0-9a-f]{12}-"
_STARTED = time.time()  # when this process began (close enough: when the app was imported)


class Terminated(BaseException):
    """SIGTERM, raised like Ctrl+C so that writers clean up on the way out."""


def describe_os_error(exc: OSError) -> str:
    """What a person needs to know about a failed write, in words (no temp names)."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "the disk is full; free some space and try again"
    if exc.errno == errno.EROFS:
        return "the disk or folder is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def temp_file(folder: Path, target_name: str, claimed: list[Path] | None = None) -> Path:
    """An empty new file in ``folder`` carrying our mark and this process's id.

    Each name is added to ``claimed`` before the file is created, so that a signal
    arriving at any moment leaves nothing the caller does not know to remove. Created
    with mode 0o666 so that the umask applies: tempfile.mkstemp would make it private
    (0600), and the rename would keep that for the user's document.
    """
    for _ in range(100):
        path = folder / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(6).hex()}-{target_name[:60]}"
        if claimed is not None:
            claimed.append(path)
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            if claimed is not None:
                claimed.remove(path)  # someone else's: never ours to remove
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))  # pragma: no cover


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; NTFS journals renames itself
    try:
        with suppress(OSError):  # some file systems refuse fsync on a folder
            os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _terminate_raises() -> Iterator[None]:
    """While writing, SIGTERM raises Terminated (where it would otherwise end the process
    at once and leave the temp file); a handler someone else installed is kept."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def raise_terminated(signum: int, frame: object) -> None:
        raise Terminated

    signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _sqlite_side_files(tmp: Path) -> list[Path]:
    return [tmp.with_name(tmp.name + s) for s in ("-journal", "-wal", "-shm")]


@contextmanager
def atomic_target(target: str | Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends normally, put it in place.

    ``overwrite=False`` refuses (FileExistsError) if ``target`` appeared meanwhile, instead
    of replacing it: a new workshop file never replaces one that another process made.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    claimed: list[Path] = []
    with _terminate_raises():
        try:
            tmp = temp_file(folder, target.name, claimed)
            yield tmp
            fsync_file(tmp)
            if overwrite:
                os.replace(tmp, target)
            else:
                _link_without_overwrite(tmp, target)
            fsync_folder(folder)
        except BaseException:
            for path in claimed:
                for leftover in (path, *_sqlite_side_files(path)):
                    leftover.unlink(missing_ok=True)
            raise


def _link_without_overwrite(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)  # fails if target exists: no window for a second writer
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links (FAT on a USB stick): check, then rename.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def write_bytes(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; returns the target."""
    target = Path(target)
    with atomic_target(target) as tmp, tmp.open("wb") as fh:
        fh.write(data)
    return target


def _alive(pid: int) -> bool:
    if pid == os.getpid() or sys.platform == "win32":
        return True  # Windows: os.kill(pid, 0) would end that process; keep its file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or we cannot tell: keep its file
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete temp files of killed writers in ``folder``: only our names, only files older
    than this process, only when the process that wrote them is gone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = re.match(_TEMP_NAME, entry.name)
        if not match:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if entry.stat(follow_symlinks=False).st_mtime >= _STARTED:
                continue
            if _alive(int(match.group(1))):
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def is_temp_name(name: str) -> bool:
    return bool(re.match(_TEMP_NAME, name))
