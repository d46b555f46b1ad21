"""The command line: a stable contract that scripts and checks rely on.

    workshop-app [FILE]                      open the desktop app
    workshop-app demo OUT [--size small|large] [--seed N] [--force]
    workshop-app check FILE                  exit 0 if healthy, else a message
    workshop-app info FILE [--json]          summary, alignment scores, gaps
    workshop-app import-answers FILE CSV     long-format answers
    workshop-app import-json IN.json OUT.workshop
    workshop-app export FILE [--xlsx P] [--pdf P] [--variant V] [--page-size S] [--json P]
                         [--lang en|de|zh_CN|ko]
                         [--reveal]  (needed for --xlsx/--pdf before Reveal in blind mode)
    workshop-app prework export FILE --partner NAME OUT.xlsx
    workshop-app prework import FILE IN.xlsx [--prefer workbook|existing]
    workshop-app forms list | forms validate TEMPLATE
    workshop-app backups FILE                the backups of a workshop, newest first
    workshop-app restore FILE BACKUP         put a backup back (path or number from 'backups')
    workshop-app forms export-xlsx TEMPLATE OUT.xlsx | forms import-xlsx IN.xlsx OUT.yaml
    workshop-app serve FILE [--host H] [--port P] [--links OUT.csv]

Exit codes: 0 ok, 1 a problem with the input (a clear message on stderr, never a
traceback), 2 a usage error. Thin: every command calls the layers below it.

This module reads the command line, starts the desktop app (the one way into ui/) or
runs the command with the exit codes above; the commands are in cli_commands and
cli_info, what they share in cli_common, the argparse parsers in cli_parser (not
imported for ``info FILE [--json]``, which is read directly).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.atomic import Terminated
from workshop_app.cli_commands import COMMANDS
from workshop_app.cli_common import EXIT_USAGE, EXIT_USER, PROG, Usage
from workshop_app.cli_common import say as _say
from workshop_app.cli_info import info_dict as info_dict
from workshop_app.cli_info import run_info
from workshop_app.domain.errors import WorkshopError

if TYPE_CHECKING:
    import argparse

# --- the desktop app ---------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    if args.file and not Path(args.file).exists():
        raise Usage(
            f"'{args.file}' is neither a command nor an existing file "
            f"(commands: {', '.join(COMMANDS)}; see {PROG} --help)"
        )
    if _no_display():
        # Qt would abort the process (SIGABRT, a core dump) instead of raising.
        raise WorkshopError(
            "The desktop app needs a graphical session, and none was found (DISPLAY and "
            f"WAYLAND_DISPLAY are not set). The commands work without one; see {PROG} --help."
        )
    from workshop_app.ui.app import run_app  # Qt is loaded only for the desktop app

    return int(run_app(str(args.file) if args.file else None))


def _no_display() -> bool:
    """True on Linux and the BSDs without X11 or Wayland, unless a Qt platform is forced."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# --- parsing -------------------------------------------------------------------------


def _quick_info(argv: Sequence[str]) -> tuple[str, bool] | None:
    """``info FILE [--json]`` (either order), read without argparse: importing it, its
    help formatter and gettext is about 4% of an ``info --json`` run. Any other form of
    the command (an option twice or abbreviated, a FILE starting with "-", "--", help)
    goes to argparse, with its usage and errors."""
    if not 2 <= len(argv) <= 3 or argv[0] != "info":
        return None
    rest = list(argv[1:])
    as_json = "--json" in rest
    if as_json:
        rest.remove("--json")
    if len(rest) != 1 or len(argv) != 2 + as_json or not rest[0] or rest[0].startswith("-"):
        return None
    return rest[0], as_json


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    from workshop_app import cli_parser

    first = argv[0] if argv else None
    if first is None or (first not in COMMANDS and not first.startswith("-")):
        return cli_parser.gui_parser(_cmd_gui).parse_args(argv)
    # A command's own parser alone when the command comes first (help and errors the same).
    return cli_parser.build_parser(first if first in COMMANDS else None).parse_args(argv)


def _command(argv: Sequence[str]) -> tuple[Callable[[], int], bool]:
    """What to run for this command line, and whether it is the desktop app."""
    quick = _quick_info(argv)
    if quick is not None:
        return partial(run_info, *quick), False
    args = _parse(argv)
    return partial(args.handler, args), args.handler is _cmd_gui


@contextmanager
def _terminate_as_exception() -> Iterator[None]:
    # By default SIGTERM ends the process at once, leaving an export's temp file behind;
    # as an exception it runs the writers' clean-up (and rolls back an import).
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_terminated(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        run, is_gui = _command(args_list)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if is_gui:  # the app handles SIGTERM itself (closes normally)
            return run()
        with _terminate_as_exception():
            return run()
    except Terminated:
        _say("terminated before finishing.")
        return 128 + signal.SIGTERM
    except SystemExit as exc:  # a sub-parser's error() from a handler
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except Usage as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (e.g. "| head"); say nothing more on a closed pipe.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_USER
    except WorkshopError as exc:
        _say(str(exc))
        return EXIT_USER
    except OSError as exc:
        where = f"'{exc.filename}': " if exc.filename else ""
        _say(f"{where}{exc.strerror or exc}")
        return EXIT_USER
    except KeyboardInterrupt:
        _say("interrupted.")
        return 130
