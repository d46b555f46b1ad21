"""The command line's argparse parsers: every command's arguments, usage, help and
usage errors (exit 2). Imported only when a command line is parsed by argparse; see cli."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from workshop_app import __version__
from workshop_app.cli_commands import (
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
from workshop_app.cli_common import EXIT_USAGE, PROG
from workshop_app.cli_info import cmd_info as _cmd_info
from workshop_app.domain.languages import CODES, DEFAULT_LANGUAGE


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


def gui_parser(handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    """The parser of ``[FILE]``: the desktop app, with ``handler``."""
    p = _Parser(prog=PROG, usage=f"{PROG} [FILE] | {PROG} COMMAND ... (see {PROG} --help)")
    p.add_argument("file", nargs="?", metavar="FILE", help="a .workshop file to open")
    p.set_defaults(handler=handler)
    return p
