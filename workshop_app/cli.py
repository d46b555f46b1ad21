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

This module parses the command line, starts the desktop app (the one way into ui/) or
runs the command with the exit codes above; the commands are in cli_commands and
cli_info, what they share in cli_common.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workshop_app import __version__
from workshop_app.atomic import Terminated
from workshop_app.cli_commands import (
    COMMANDS,
    _cmd_backups,
    _cmd_check,
    _cmd_demo,
    _cmd_export,
    _cmd_forms_export_xlsx,
    _cmd_forms_import_xlsx,
    _cmd_forms_list,
    _cmd_forms_validate,
    _cmd_import_answers,
    _cmd_import_json,
    _cmd_prework_export,
    _cmd_prework_import,
    _cmd_restore,
    _cmd_serve,
)
from workshop_app.cli_common import EXIT_USAGE, EXIT_USER, PROG, Usage
from workshop_app.cli_common import say as _say
from workshop_app.cli_info import cmd_info as _cmd_info
from workshop_app.cli_info import info_dict as info_dict
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.languages import CODES, DEFAULT_LANGUAGE

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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit 2 with argparse's usage text
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _NotBuilt:
    """Stands in for the parser of a command that was not asked for: whatever is added to
    it is dropped (each argparse parser and argument costs gettext look-ups at start)."""

    def __getattr__(self, name: str) -> Callable[..., _NotBuilt]:
        return lambda *args, **kwargs: self


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with ``only``, of that command alone (the usage, help
    and errors of that command are the same)."""
    parser = _Parser(
        prog=PROG,
        description="Partnership Workshop: run partnership alignment workshops offline. "
        f"Without a command, '{PROG} [FILE]' opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_: str) -> Any:
        if only is not None and name != only:
            return _NotBuilt()
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    p = command("demo", _cmd_demo, "write a fictional demo workshop")
    p.add_argument("out", metavar="OUT", help="the .workshop file to write")
    p.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: 3 partners; large: 6 partners x 25 participants x 200 questions",
    )
    p.add_argument("--seed", type=int, default=2026, help="the same seed gives the same workshop")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    p = command("check", _cmd_check, "check a workshop file; exit 0 if healthy")
    p.add_argument("file", metavar="FILE")

    p = command("info", _cmd_info, "summary, completion, alignment and top gaps")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    p = command(
        "import-answers",
        _cmd_import_answers,
        "import answers from a CSV file (participant,partner,question_id,value[,comment])",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("csv", metavar="CSV")

    p = command("import-json", _cmd_import_json, "create a workshop file from interchange JSON")
    p.add_argument("json_file", metavar="IN.json")
    p.add_argument("out", metavar="OUT.workshop")

    p = command("export", _cmd_export, "write the term sheet, the PDF summary and/or JSON")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--xlsx", metavar="P", help="the Excel term sheet")
    p.add_argument("--pdf", metavar="P", help="the PDF report")
    p.add_argument(
        "--variant",
        choices=("leadership", "full"),
        default="leadership",
        help="the PDF variant (default: leadership)",
    )
    p.add_argument(
        "--page-size",
        choices=("A4", "Letter"),
        default="A4",
        help="the PDF page size (default: A4)",
    )
    p.add_argument(
        "--lang",
        choices=CODES,
        default=DEFAULT_LANGUAGE,
        help="the language of the term sheet and the PDF, dates and numbers included "
        f"(default: {DEFAULT_LANGUAGE})",
    )
    p.add_argument("--json", metavar="P", help="the interchange JSON")
    p.add_argument("--reveal", action="store_true",
                   help="export --xlsx/--pdf of a blind workshop before its answers are "
                        "revealed (they contain the results)")  # fmt: skip

    p = command("prework", lambda a: _missing_sub(p_prework), "pre-work questionnaire workbooks")
    p_prework = p
    pre = p.add_subparsers(dest="prework_command", metavar="ACTION", parser_class=_Parser)
    e = pre.add_parser("export", help="a workbook for one partner's participants")
    e.set_defaults(handler=_cmd_prework_export)
    e.add_argument("file", metavar="FILE")
    e.add_argument("--partner", required=True, metavar="NAME", help="name or short name")
    e.add_argument("out", metavar="OUT.xlsx")
    i = pre.add_parser("import", help="read answers back from a returned workbook")
    i.set_defaults(handler=_cmd_prework_import)
    i.add_argument("file", metavar="FILE")
    i.add_argument("workbook", metavar="IN.xlsx")
    i.add_argument(
        "--prefer",
        choices=("workbook", "existing"),
        help="which answer wins where both differ (default: ask, i.e. refuse)",
    )

    p = command(
        "serve",
        _cmd_serve,
        "live answering: serve the questionnaire on the room's network until Ctrl+C",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--host",
        metavar="H",
        help="the address to listen on (default: this computer's address on the "
        "local network; 127.0.0.1 for this computer only)",
    )
    p.add_argument("--port", metavar="P", type=int, default=8765, help="default: 8765")
    p.add_argument("--links", metavar="OUT.csv", help="also write the links to a CSV file")

    p = command("forms", lambda a: _missing_sub(p_forms), "questionnaire templates")
    p_forms = p
    forms = p.add_subparsers(dest="forms_command", metavar="ACTION", parser_class=_Parser)
    fl = forms.add_parser("list", help="the built-in and own questionnaires")
    fl.set_defaults(handler=_cmd_forms_list)
    fv = forms.add_parser("validate", help="check a template file")
    fv.set_defaults(handler=_cmd_forms_validate)
    fv.add_argument("template", metavar="TEMPLATE")

    p = command("backups", _cmd_backups, "list the backups of a workshop, newest first")
    p.add_argument("file", metavar="FILE")
    p = command(
        "restore", _cmd_restore, "put a backup back in place (the current state is backed up first)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("backup", metavar="BACKUP", help="a backup's path or its number in 'backups'")
    fx = forms.add_parser("export-xlsx", help="a template as an Excel form (XLSForm style)")
    fx.set_defaults(handler=_cmd_forms_export_xlsx)
    fx.add_argument("template", metavar="TEMPLATE", help="a template file or a template id")
    fx.add_argument("out", metavar="OUT.xlsx")
    fi = forms.add_parser("import-xlsx", help="an Excel form back to a template file")
    fi.set_defaults(handler=_cmd_forms_import_xlsx)
    fi.add_argument("workbook", metavar="IN.xlsx")
    fi.add_argument("out", metavar="OUT.yaml")
    return parser


def _missing_sub(parser: argparse.ArgumentParser) -> int:
    parser.error("choose an action")
    return EXIT_USAGE  # pragma: no cover - error() exits


def _gui_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, usage=f"{PROG} [FILE] | {PROG} COMMAND ... (see {PROG} --help)")
    p.add_argument("file", nargs="?", metavar="FILE", help="a .workshop file to open")
    p.set_defaults(handler=_cmd_gui)
    return p


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    first = argv[0] if argv else None
    if first is None or (first not in COMMANDS and not first.startswith("-")):
        return _gui_parser().parse_args(argv)
    # A command's own parser alone when the command comes first (help and errors the same).
    return build_parser(first if first in COMMANDS else None).parse_args(argv)


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
        args = _parse(args_list)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.handler is _cmd_gui:  # the app handles SIGTERM itself (closes normally)
            return args.handler(args)
        with _terminate_as_exception():
            return args.handler(args)
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
