"""Is this file a healthy workshop? Checked before anything writes to it.

The same full check serves ``workshop-app check``, every command that opens a file and
the desktop app: SQLite's integrity_check (every page and index), the foreign keys,
every row decoded through the store's own codec (so a column a migration adds is
covered without a change here), the questionnaire parsed, and the workshop's own rules.
A damaged file is refused before the lock is taken or its journal mode changed.
SQLite's checks run on a second read-only connection while the rows load (see
full_check); the answers are validated many at a time (domain.answer_checks).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workshop_app.domain import model
from workshop_app.domain.errors import FileFormatError, WorkshopError
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.storage.codec import from_row, row_decoder
from workshop_app.storage.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def inspect_header(path: Path) -> None:
    """Refuse files that are not ours, or visibly broken, before SQLite touches them."""
    if not path.exists():
        raise FileFormatError(f"'{path}' does not exist.")
    if path.is_dir():
        raise FileFormatError(f"'{path}' is a folder, not a workshop file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise FileFormatError(f"'{path.name}' cannot be read: {exc.strerror}.") from None
    name = path.name
    if len(header) == 0:
        raise FileFormatError(f"'{name}' is empty; it is not a workshop file.")
    if not header.startswith(SQLITE_MAGIC):
        raise FileFormatError(
            f"'{name}' is not a Partnership Workshop file (it is not a SQLite database)."
        )
    if len(header) < 100:
        raise FileFormatError(f"'{name}' is truncated: it ends inside its header.")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise FileFormatError(
            f"'{name}' is a SQLite database of another application, not a Partnership "
            "Workshop file."
        )
    raw_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_size == 1 else raw_size
    if page_size < 512 or page_size & (page_size - 1):
        raise FileFormatError(
            f"'{name}' is damaged: its header gives an impossible page size ({raw_size})."
        )
    # File format versions: 1 (rollback journal) or 2 (WAL). SQLite opens a higher write
    # version read-only and refuses a higher read version; ours never has either.
    write_version, read_version = header[18], header[19]
    if write_version not in (1, 2) or read_version not in (1, 2):
        raise FileFormatError(
            f"'{name}' is damaged: its header gives an unknown file format version "
            f"({write_version}.{read_version})."
        )
    pages = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    wal = path.with_name(name + "-wal")
    if size % page_size and not wal.exists():
        raise FileFormatError(
            f"'{name}' is damaged or truncated: its size ({size:,} bytes) is not a whole "
            "number of pages."
        )
    if pages and page_size * pages > size and not wal.exists():
        raise FileFormatError(
            f"'{name}' is truncated: it should hold {page_size * pages:,} bytes but has {size:,}."
        )


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a writer that stopped mid-transaction (SQLite rolls it
    back at the next writable open; a read-only open cannot)."""
    try:
        with journal_path(path).open("rb") as fh:
            return fh.read(8) == _JOURNAL_MAGIC
    except OSError:
        return False


def _decode_failure(exc: BaseException) -> str:
    text = str(exc)
    if "decode" in text.lower() and "utf-8" in text.lower():
        return "text that is not valid UTF-8"
    return text.splitlines()[0][:160] if text else type(exc).__name__


def _rows(conn: sqlite3.Connection, table: str) -> Any:
    cur = conn.execute(f"SELECT rowid AS _row_number_, * FROM {table} ORDER BY rowid")
    cols = [c[0] for c in cur.description]
    last = 0
    while True:
        try:
            row = cur.fetchone()
        except sqlite3.OperationalError as exc:
            raise _RowProblem(table, last + 1, _decode_failure(exc)) from None
        if row is None:
            return
        data = dict(zip(cols, row, strict=True))
        last = data.pop("_row_number_")
        yield last, data


class _RowProblem(Exception):
    def __init__(self, table: str, rowid: int, what: str) -> None:
        super().__init__(f"table {table}, row {rowid}: {what}")


def decode_problems(
    conn: sqlite3.Connection, tables: dict[type, tuple[str, Any]], *, first_parsed: bool = False
) -> list[str]:
    """Every row decoded through the codec; one line per table with a bad row.
    ``first_parsed``: loading already parsed the first questionnaire row (the one it reads)."""
    problems: list[str] = []
    kinds: list[tuple[type, str]] = [
        (model.WorkshopDetails, "details"),
        (model.ExitTerms, "exit_terms"),
        *((cls, t) for cls, (t, _) in tables.items()),
    ]
    try:
        for n, (rowid, row) in enumerate(_rows(conn, "questionnaire")):
            if n == 0 and first_parsed:
                continue
            try:
                questionnaire_from_dict(json.loads(row["template"]), "questionnaire")
            except Exception as exc:  # stored data, not our code, is wrong: one line
                problems.append(f"table questionnaire, row {rowid}: {_decode_failure(exc)}")
    except _RowProblem as exc:
        problems.append(str(exc))
    for cls, table in kinds:
        if _decodes_whole(conn, cls, table):
            continue  # the usual case; row by row only to say which row is bad
        try:
            for rowid, row in _rows(conn, table):
                if cls is model.ExitTerms:
                    row.pop("id", None)  # the table's one-row key, not a field
                try:
                    from_row(cls, row)
                except Exception as exc:  # any decoder may fail on damaged data
                    raise _RowProblem(table, rowid, _decode_failure(exc)) from None
        except _RowProblem as exc:
            problems.append(str(exc))
        except (sqlite3.DatabaseError, UnicodeError) as exc:
            problems.append(f"table {table}: {_decode_failure(exc)}")
    return problems


def _decodes_whole(conn: sqlite3.Connection, cls: type, table: str) -> bool:
    """Whether every row of ``table`` decodes, read in one go as loading reads it."""
    try:
        cur = conn.execute(f"SELECT * FROM {table}")
        decode = row_decoder(cls, tuple(c[0] for c in cur.description))
        for row in cur.fetchall():
            decode(row)
    except Exception:  # any decoder may fail on damaged data: found again row by row
        return False
    return True


def full_problems(
    conn: sqlite3.Connection, tables: dict[type, tuple[str, Any]], load: Any
) -> list[str]:
    """Problems found by SQLite's full integrity check, the codec and our rules; [] if
    healthy. ``load`` builds the Workshop (the store's own loader)."""
    return full_check(conn, tables, load)[0]


Connect = Callable[[], sqlite3.Connection]


def full_check(
    conn: sqlite3.Connection,
    tables: dict[type, tuple[str, Any]],
    load: Any,
    *,
    connect: Connect | None = None,
) -> tuple[list[str], model.Workshop | None]:
    """full_problems, and the Workshop loaded to check it when the file is healthy (None
    otherwise): opening hands it on, so a healthy file is read once, not twice.

    With ``connect`` (a second read-only connection to the same file), SQLite's checks
    of pages and keys run on it in a thread while this one loads the rows: SQLite works
    without Python's lock, so on two cores the one hides the other. What the load found
    counts only once the pages are known to be sound, as when they ran one after the
    other (a damaged file is reported by the integrity check alone)."""
    if connect is None:
        sqlite_problems, sound = _sqlite_checks(conn)
        loaded = _try_load(load) if sound else None
    else:
        pages = _InThread(lambda: _sqlite_checks_on(connect))
        loaded = _try_load(load)  # meanwhile, on this thread
        sqlite_problems, sound = pages.result()
    if not sound:
        return sqlite_problems, None
    problems = sqlite_problems
    # The one-row tables are read in full (loading reads their first row); the others
    # row by row only when loading failed, to say which row is bad.
    problems += decode_problems(
        conn, tables if loaded is None else {}, first_parsed=loaded is not None
    )
    if not problems:
        try:
            (loaded if loaded is not None else load()).validate()
        except WorkshopError as exc:
            problems.append(str(exc))
        except Exception as exc:  # stored data breaking a rule in an unforeseen way
            problems.append(_decode_failure(exc))
    return problems, (loaded if not problems else None)


def _try_load(load: Any) -> model.Workshop | None:
    try:
        workshop: model.Workshop = load()  # decodes every row of every table
    except Exception:  # found again by decode_problems, with the table and row that are bad
        return None
    return workshop


def _sqlite_checks(conn: sqlite3.Connection) -> tuple[list[str], bool]:
    """SQLite's integrity check (every page and index) and foreign key check: (the
    problems, whether the pages are sound enough to read rows from)."""
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)], False
    except UnicodeError:
        return ["the integrity check's report is unreadable (damaged text)"], False
    if result != ["ok"]:
        return result, False
    problems: list[str] = []
    try:
        problems += [
            f"foreign key problem in table {r[0]}"
            for r in conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
    except (sqlite3.DatabaseError, UnicodeError) as exc:
        problems.append(f"foreign key check failed ({type(exc).__name__})")
    return problems, True


def _sqlite_checks_on(connect: Connect) -> tuple[list[str], bool]:
    try:
        conn = connect()
    except sqlite3.Error as exc:
        return [str(exc)], False
    try:
        return _sqlite_checks(conn)
    finally:
        conn.close()


class _InThread:
    """Runs ``work`` in a thread of its own; ``result()`` waits for it (and raises what
    it raised)."""

    def __init__(self, work: Callable[[], tuple[list[str], bool]]) -> None:
        self._work = work
        self._out: tuple[list[str], bool] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="integrity check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._out = self._work()
        except BaseException as exc:  # handed to the waiting thread
            self._error = exc

    def result(self) -> tuple[list[str], bool]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._out is not None
        return self._out
