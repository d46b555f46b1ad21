"""One writer at a time for a workshop file, whatever the path or hard link it is opened by.

On Linux the lock is an flock() on the workshop file itself: the kernel keys it on the
file (device and inode), so a second path, a symbolic link or a hard link meets the same
lock; it is released when the holder ends, even by kill -9, so a stale lock cannot
stay. (flock and SQLite's own fcntl() byte locks do not interact on Linux; this was
chosen over SQLite's exclusive locking mode, which would also shut out readers such as
``check``, ``export`` and a read-only window, and cannot say who holds the file.)

Who holds it (host, process, since when) is written beside the file as
``.<name>.lock`` and, keyed by device and inode, in the system's temp folder, so that a
refused writer can say who it was even when it came by another path. Elsewhere (Windows,
macOS, network file systems without flock) the ``.<name>.lock`` file itself is the lock,
created exclusively; one left by a process that is gone on this computer is recognised
as stale and taken over. That fallback is keyed on the name, not the file's identity.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from workshop_app.atomic import describe_os_error
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.records import record

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # no fcntl on Windows


class FileInUseError(WorkshopError):
    """Another writer holds the file; ``holder`` says who, when known."""

    def __init__(self, message: str, holder: Holder | None) -> None:
        super().__init__(message)
        self.holder = holder


class LockError(WorkshopError):
    """The lock could not be taken for another reason (full disk, no permission)."""


@record
class Holder:
    """Who holds a workshop file's writer lock, as its lock file records it."""

    host: str
    pid: int
    since: str  # ISO time
    what: str  # "the desktop app", "workshop-app import-answers", ...

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).strftime("%d %b %Y %H:%M")
        except ValueError:
            when = self.since
        return f"{self.what} (process {self.pid} on {self.host}, since {when})"


def _host() -> str:
    if hasattr(os, "uname"):  # POSIX: gethostname()'s answer without importing socket
        return os.uname().nodename
    import socket  # only where a lock is taken or judged: reading a file takes none

    return socket.gethostname()


def info_path(path: Path) -> Path:
    """The ``.<name>.lock`` file beside the workshop (who holds it; the lock on Windows)."""
    return path.with_name(f".{path.name}.lock")


def _registry(path: Path) -> Path | None:
    try:
        st = path.stat()
    except OSError:
        return None
    import tempfile  # here: only a writer takes a lock, and reading a file should start fast

    return Path(tempfile.gettempdir()) / "partnership-workshop-locks" / f"{st.st_dev}-{st.st_ino}"


def _read_holder(candidate: Path | None) -> Holder | None:
    if candidate is None:
        return None
    try:
        data = json.loads(candidate.read_text(encoding="utf-8"))
        return Holder(str(data["host"]), int(data["pid"]), str(data["since"]), str(data["what"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def holder_of(path: Path) -> Holder | None:
    """Who holds ``path`` as the holder wrote it (None if not known)."""
    return _read_holder(info_path(path)) or _read_holder(_registry(path))


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]  # windll exists only on Windows
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]  # windll exists only on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def in_use_message(path: Path, holder: Holder | None) -> str:
    who = holder.describe() if holder else "another program"
    return (
        f"'{path.name}' is being changed by {who}. Only one program may change a workshop "
        "at a time: close it there (or wait for that command to finish) and try again."
    )


class WriterLock:
    """The one-writer lock of a workshop file; ``acquire`` raises FileInUseError."""

    def __init__(self, path: Path, what: str = "the desktop app") -> None:
        self.path = Path(path)
        self.what = what
        self._fd: int | None = None
        self._key: tuple[int, int] | None = None
        self._written: list[Path] = []
        # Only Linux documents flock() and SQLite's fcntl() locks as independent (the BSDs
        # and macOS keep both in one list); elsewhere the info file itself is the lock.
        self.exclusive_file = fcntl is None or not sys.platform.startswith("linux")

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        if not self.exclusive_file:
            try:
                self._acquire_flock()
            except _NoFlock:
                self.exclusive_file = True
        if self.exclusive_file:
            self._acquire_exclusive_file()
        self._write_info()

    def _acquire_flock(self) -> None:
        # Within this process, ask the table first: closing a second descriptor of a file
        # would drop the fcntl() locks SQLite holds on it (POSIX ties them to the process).
        key = _identity(self.path)
        if key is not None and key in _HELD:
            holder = holder_of(self.path)
            raise FileInUseError(in_use_message(self.path, holder), holder)
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError as exc:
            raise LockError(
                f"'{self.path.name}' cannot be opened for editing: {describe_os_error(exc)}."
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holder = holder_of(self.path)
            raise FileInUseError(in_use_message(self.path, holder), holder) from None
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                raise _NoFlock from None
            raise LockError(
                f"'{self.path.name}' cannot be locked for editing: {describe_os_error(exc)}."
            ) from None
        self._fd = fd
        self._key = key
        if key is not None:
            _HELD.add(key)

    def _acquire_exclusive_file(self) -> None:
        lock = info_path(self.path)
        for _ in range(3):
            try:
                fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                holder = _read_holder(lock)
                if holder is not None and not self._stale(holder):
                    raise FileInUseError(in_use_message(self.path, holder), holder) from None
                # A lock left by a process that is gone on this computer: take it over.
                with suppress(OSError):
                    lock.unlink()
                continue
            except OSError as exc:
                raise LockError(
                    f"'{self.path.name}' cannot be locked for editing: {describe_os_error(exc)}."
                ) from None
            self._fd = fd
            return
        raise FileInUseError(in_use_message(self.path, None), None)

    @staticmethod
    def _stale(holder: Holder) -> bool:
        return holder.host == _host() and not _pid_alive(holder.pid)

    def _write_info(self) -> None:
        data = json.dumps(
            {
                "host": _host(),
                "pid": os.getpid(),
                "since": datetime.now().astimezone().replace(microsecond=0).isoformat(),
                "what": self.what,
            }
        )
        targets = [info_path(self.path)]
        registry = _registry(self.path)
        if registry is not None:
            targets.append(registry)
        for n, target in enumerate(targets):
            try:
                if n == 1:
                    target.parent.mkdir(parents=True, exist_ok=True)
                if self.exclusive_file and n == 0:
                    os.write(self._fd, data.encode("utf-8"))  # type: ignore[arg-type]  # _fd is open while the lock is held
                    os.fsync(self._fd)  # type: ignore[arg-type]  # _fd is open while the lock is held
                else:
                    target.write_text(data, encoding="utf-8")
                self._written.append(target)
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
                    self.release()
                    raise LockError(
                        f"'{self.path.name}' cannot be opened for editing: "
                        f"{describe_os_error(exc)}."
                    ) from None
                # A read-only folder only loses the "who" note; flock still protects.

    def release(self) -> None:
        for target in self._written:
            with suppress(OSError):
                target.unlink()
        self._written = []
        if self._fd is not None:
            with suppress(OSError):
                os.close(self._fd)  # closing the descriptor ends the flock
            self._fd = None
        if self._key is not None:
            _HELD.discard(self._key)
            self._key = None


class _NoFlock(Exception):
    pass


_HELD: set[tuple[int, int]] = set()  # (device, inode) of the files this process holds


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)
