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
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workshop_app import __version__
from workshop_app.atomic import Terminated
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.languages import CODES, DEFAULT_LANGUAGE

PROG = "workshop-app"
EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2
COMMANDS = (
    "demo",
    "check",
    "info",
    "import-answers",
    "import-json",
    "export",
    "prework",
    "forms",
    "backups",
    "restore",
    "serve",
)


def _out(text: str = "") -> None:
    print(text)


# --- commands ------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    if args.file and not Path(args.file).exists():
        raise _Usage(
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


def _cmd_demo(args: argparse.Namespace) -> int:
    from workshop_app.demo import build_demo
    from workshop_app.storage.store import create_workshop

    out = Path(args.out)
    if out.exists() and not args.force:
        raise WorkshopError(f"'{out}' already exists; choose another name or add --force.")
    if out.is_dir():
        raise WorkshopError(f"'{out}' is a folder; give a file name such as demo.workshop.")
    workshop = build_demo(args.size, seed=args.seed)
    create_workshop(out, workshop, overwrite=args.force).close(backup=False)
    _out(
        f"Wrote {out}: {workshop.details.title} - {len(workshop.partners)} partners, "
        f"{len(workshop.participants)} participants, {len(workshop.answers)} answers."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    # Opening runs the full check (pages, indexes, every row, the workshop's rules) and
    # refuses a damaged file with one line naming the newest healthy backup.
    with _opened(args.file) as store:
        c = store.counts()
        _out(
            f"{Path(args.file).name}: healthy (schema {store.schema_version}; "
            f"{c['partners']} partners, {c['participants']} participants, "
            f"{c['answers']} answers)."
        )
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from workshop_app.storage.backups import backup_folder, list_backups

    path = Path(args.file)
    listed = list_backups(path)
    folder = backup_folder(path)
    if not listed:
        _out(f"No backups of {path.name} yet (they are kept in {folder}).")
        return EXIT_OK
    _out(f"Backups of {path.name} in {folder} (newest first):")
    for n, b in enumerate(listed, start=1):
        held = (
            f"{b.partners} partners, {b.participants} participants, {b.answers} answers"
            if b.readable
            else "cannot be read"
        )
        _out(f"  {n:>2}. {b.taken:%Y-%m-%d %H:%M:%S}  {held}  {b.path.name}")
    _out(f"Restore one with: {PROG} restore FILE NUMBER (or the backup's path).")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from workshop_app.storage.restore import resolve_backup, restore_in_place

    path = Path(args.file)
    if not path.exists():
        raise WorkshopError(f"'{path}' does not exist.")
    _out(restore_in_place(path, resolve_backup(path, args.backup)))
    return EXIT_OK


@contextmanager
def _opened(path: str | Path, *, read_only: bool = True, command: str = "") -> Iterator[Any]:
    """Open a workshop; read-only unless the command edits it (then it holds the writer
    lock: a file open in the app or another command is refused, naming who has it)."""
    from workshop_app.storage.store import open_workshop

    store = open_workshop(path, read_only=read_only, purpose=f"{PROG} {command}".strip())
    try:
        yield store
    finally:
        # Read-only: no backup. After an edit, the rolling backup on close, as in the app.
        store.close()


def _completion(answered: int, expected: int) -> float:
    return answered / expected if expected else 0.0


def info_dict(workshop: Any, path: Path, schema: str) -> dict[str, Any]:
    """What ``info --json`` prints (also used by tests)."""
    from workshop_app.analysis import analyse
    from workshop_app.analysis.heads import heads_to_dict, parties_to_dict
    from workshop_app.analysis.report import analysis_to_dict
    from workshop_app.domain.enums import QuestionType
    from workshop_app.domain.scope import active_question_ids, is_asked

    q = workshop.questionnaire
    n_questions = len(q)
    active = active_question_ids(workshop.details, q)
    # Completion counts the questions each participant is asked; "Don't know" is an answer.
    asked_ids: dict[str, frozenset[str]] = {
        person.id: frozenset(x.id for x in q.questions() if x.id in active and is_asked(x, person))
        for person in workshop.participants
    }
    answered: dict[str, int] = {}
    given: dict[str, int] = {}
    for a in workshop.answers:
        given[a.participant_id] = given.get(a.participant_id, 0) + 1
        if (a.value is not None or a.dont_know) and a.question_id in asked_ids.get(
            a.participant_id, ()
        ):
            answered[a.participant_id] = answered.get(a.participant_id, 0) + 1
    partners = []
    for p in workshop.partners:
        people = workshop.participants_of(p.id)
        listed = [
            {
                "id": person.id,
                "name": person.name,
                "function": person.function.value if person.function else None,
                "language": person.language,
                "done": person.done,
                "asked": len(asked_ids[person.id]),
                "answers": given.get(person.id, 0),
                "answered": answered.get(person.id, 0),
                "completion": round(
                    _completion(answered.get(person.id, 0), len(asked_ids[person.id])), 4
                ),
            }
            for person in people
        ]
        total = sum(x["answered"] for x in listed)
        partners.append(
            {
                "id": p.id,
                "name": p.name,
                "short_name": p.short_name,
                "role": p.role,
                "colour": p.colour,
                "participants": listed,
                "answers": sum(x["answers"] for x in listed),
                "answered": total,
                "completion": round(_completion(total, sum(x["asked"] for x in listed)), 4),
            }
        )
    answered_total = sum(answered.values())
    d = workshop.details
    analysis = analyse(workshop)
    return {
        "file": str(path),
        "schema": schema,
        "title": d.title,
        "phase": d.phase.value,
        "status": d.status.value,
        "date": d.date.isoformat() if d.date else None,
        "facilitator": d.facilitator,
        "questionnaire": {
            "id": q.template_id,
            "version": q.version,
            "title": q.title,
            "questions": n_questions,
            "scored_questions": sum(1 for x in q.questions() if x.type is not QuestionType.TEXT),
            "active_questions": len(active),
        },
        "counts": {
            "partners": len(workshop.partners),
            "participants": len(workshop.participants),
            "questions": n_questions,
            "answers": len(workshop.answers),
            "answered": answered_total,
            "gap_discussions": len(workshop.gap_discussions),
            "contributions": len(workshop.contributions),
            "governance_bodies": len(workshop.bodies),
            "decisions": len(workshop.decisions),
            "escalation_steps": len(workshop.escalation_steps),
            "review_points": len(workshop.review_points),
            "exit_triggers": len(workshop.exit_triggers),
            "shared_assets": len(workshop.shared_assets),
            "action_items": len(workshop.action_items),
        },
        "completion": round(
            _completion(answered_total, sum(len(ids) for ids in asked_ids.values())), 4
        ),
        "partners": partners,
        "heads_of_terms": heads_to_dict(workshop, analysis.gaps),
        "parties": parties_to_dict(workshop),
        "analysis": analysis_to_dict(workshop, analysis),
    }


def _width(text: str) -> int:
    """Columns the text takes in a terminal: CJK and Hangul take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _ljust(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _cmd_info(args: argparse.Namespace) -> int:
    with _opened(args.file) as store:
        workshop = store.load()
        schema = store.schema_version
    data = info_dict(workshop, Path(args.file), schema)
    if args.json:
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    c = data["counts"]
    q = data["questionnaire"]
    _out(data["title"])
    _out(f"  File: {Path(args.file).name} (schema {schema})")
    _out(f"  Questionnaire: {q['title']} ({q['id']} {q['version']}, {q['questions']} questions)")
    _out(f"  Phase: {workshop.details.phase.label}; status: {data['status']}")
    _out(f"Partners ({c['partners']}):")
    width = max((_width(p["name"]) for p in data["partners"]), default=0)
    for p in data["partners"]:
        _out(
            f"  {_ljust(p['name'], width)}  {len(p['participants']):>3} participants  "
            f"{p['answered']:>5} answers  {_pct(p['completion']):>4} complete"
        )
    asked = sum(x["asked"] for p in data["partners"] for x in p["participants"])
    _out(
        f"Completion: {_pct(data['completion'])} ({c['answered']} of "
        f"{asked} answers asked; {q['active_questions']} of {q['questions']} questions active)"
    )
    analysis = data["analysis"]
    overall = analysis.get("overall_index")
    if overall is not None:
        _out(f"Overall alignment index: {overall:.0f} / 100")
    definition = analysis.get("definition_index")
    if definition is not None:
        _out(f"Definition index: {definition:.0f} / 100")
    gaps = analysis.get("gaps") or []
    labels = {p.id: p.label for p in workshop.partners}
    if gaps:
        _out(f"Top gaps ({len(gaps)}):")
        for n, gap in enumerate(gaps[:5], start=1):
            pair = gap.get("diverging_pair")
            between = ""
            if pair:
                between = "  (" + " vs ".join(labels.get(x, x) for x in pair["partners"]) + ")"
            score = "" if gap["alignment"] is None else f", alignment {gap['alignment']:.2f}"
            _out(f"  {n}. {gap['question_id']} {gap['title']}: {gap['kinds_text']}{score}{between}")
    pending = [h for h in data["heads_of_terms"] if h["status"] not in ("agreed", "not_applicable")]
    _out(f"Heads of terms not yet agreed ({len(pending)} of {len(data['heads_of_terms'])}):")
    for h in pending:
        _out(f"  {h['number']:>2} {h['title']}: {h['status'].replace('_', ' ')}")
    return EXIT_OK


def _cmd_import_answers(args: argparse.Namespace) -> int:
    from workshop_app.exchange.answers_csv import import_answers_csv

    with _opened(args.file, read_only=False, command="import-answers") as store:
        summary = import_answers_csv(store, args.csv)
    _out(summary.summary())
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from workshop_app.live.serve import serve
    from workshop_app.session import WorkshopSession
    from workshop_app.session.gc_timer import collect_on_qt_thread
    from workshop_app.storage.store import open_workshop

    app = QCoreApplication.instance() or QCoreApplication([PROG])
    collect_on_qt_thread(app)  # request threads must never destroy the session's objects
    path = Path(args.file)
    if not path.exists():
        raise WorkshopError(f"'{path}' does not exist.")
    # Opening for writing takes the one-writer lock the desktop app and every writing
    # command take: a file open elsewhere is refused, naming who has it.
    store = open_workshop(path, read_only=False, purpose=f"{PROG} serve")
    session = WorkshopSession(store)
    try:
        serve(session, args.host, args.port, args.links, _out)
    finally:
        store.close()
        session.deleteLater()
    del app
    return EXIT_OK


def _cmd_import_json(args: argparse.Namespace) -> int:
    from workshop_app.exchange.json_io import read_json
    from workshop_app.storage.store import create_workshop

    out = Path(args.out)
    if out.exists():
        raise WorkshopError(f"'{out}' already exists; import-json never overwrites a file.")
    workshop = read_json(args.json_file)
    create_workshop(out, workshop).close(backup=False)
    _out(
        f"Wrote {out}: {workshop.details.title} - {len(workshop.partners)} partners, "
        f"{len(workshop.participants)} participants, {len(workshop.answers)} answers."
    )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    if not (args.xlsx or args.pdf or args.json):
        raise _Usage("export: give at least one of --xlsx, --pdf, --json")
    targets = [Path(t) for t in (args.json, args.xlsx, args.pdf) if t]
    for target in targets:  # refuse a bad target before anything is written
        if target.is_dir():
            raise WorkshopError(f"'{target}' is a folder; give a file name to write to.")
        if not target.parent.is_dir():
            raise WorkshopError(f"The folder of '{target}' does not exist.")
    if len({t.resolve() for t in targets}) < len(targets):
        raise _Usage("export: give each file its own name")
    with _opened(args.file) as store:
        workshop = store.load()
    d = workshop.details
    if (args.xlsx or args.pdf) and d.blind_mode and not d.revealed and not args.reveal:
        # The term sheet and the PDF show alignment scores, gaps and each partner's
        # answers: before Reveal that is a deliberate choice, as in the app.
        raise WorkshopError(
            f"'{Path(args.file).name}' is in blind mode and its answers are not revealed yet; "
            "the term sheet and the PDF contain the results. Add --reveal to export them anyway."
        )
    # Each file is reported as soon as it is written: if a later one fails, the user
    # still learns which were written.
    if args.json:
        from workshop_app.exchange.json_io import write_json

        _out(f"Wrote {write_json(workshop, args.json)}")
    if args.xlsx or args.pdf:
        from workshop_app.analysis import analyse

        analysis = analyse(workshop)
        if args.xlsx:
            from workshop_app.exports.term_sheet import write_term_sheet

            _out(f"Wrote {write_term_sheet(workshop, analysis, args.xlsx, lang=args.lang)}")
        if args.pdf:
            from workshop_app.exports.pdf_report import write_pdf_report

            pdf = write_pdf_report(
                workshop,
                analysis,
                args.pdf,
                variant=args.variant,
                page_size=args.page_size,
                lang=args.lang,
            )
            _out(f"Wrote {pdf}")
    return EXIT_OK


def _find_partner(workshop: Any, name: str) -> Any:
    from workshop_app.exchange.answers_csv import match_partner

    partner = match_partner(list(workshop.partners), name)
    if partner is None:
        known = "; ".join(
            f"{p.name} ({p.short_name})" if p.short_name else p.name for p in workshop.partners
        )
        raise WorkshopError(f"No partner is called '{name}'. Partners: {known or 'none'}.")
    return partner


def _cmd_prework_export(args: argparse.Namespace) -> int:
    with _opened(args.file) as store:
        workshop = store.load()
    partner = _find_partner(workshop, args.partner)
    from workshop_app.exchange.prework import export_prework

    path = export_prework(workshop, partner.id, args.out)
    _out(f"Wrote {path} for {partner.name}")
    return EXIT_OK


def _cmd_prework_import(args: argparse.Namespace) -> int:
    from workshop_app.exchange.prework import apply_prework, plan_prework, read_prework

    # Check and plan with the file opened read-only: a refused workbook or an unresolved
    # conflict leaves the workshop file as it was, byte for byte (no header, no mtime).
    with _opened(args.file) as store:
        workshop = store.load()
    plan_prework(workshop, read_prework(workshop, args.workbook), prefer=args.prefer)
    with _opened(args.file, read_only=False, command="prework import") as store:
        result = apply_prework(store, read_prework(store, args.workbook), prefer=args.prefer)
    _out(result.summary())
    return EXIT_OK


def _cmd_forms_list(args: argparse.Namespace) -> int:
    from workshop_app.exchange.template_library import list_library

    for t in list_library():
        if t.problem:
            _out(f"{t.template_id}  (own, cannot be used) {t.problem}")
        else:
            kind = "built-in" if t.builtin else "own"
            _out(f"{t.template_id}  {t.version}  {kind}  {t.questions} questions  {t.title}")
        _out(f"    {t.path}")
    return EXIT_OK


def _template_file(name: str) -> Path:
    """A template given as a file, or by id as listed by ``forms list``."""
    path = Path(name)
    if path.exists() or path.suffix:
        return path
    from workshop_app.exchange.template_library import list_library

    for t in list_library():
        if t.template_id == name and not t.problem:
            return t.path
    return path


def _cmd_forms_export_xlsx(args: argparse.Namespace) -> int:
    from workshop_app.domain.template_format import questionnaire_from_dict
    from workshop_app.exchange.forms_xlsx import write_form_xlsx
    from workshop_app.exchange.templates import read_template_data

    source = _template_file(args.template)
    data = read_template_data(source)
    questionnaire_from_dict(data, source.name)
    out = write_form_xlsx(data, args.out)
    _out(f"Wrote {out}: sheets survey, choices, settings and glossary.")
    return EXIT_OK


def _cmd_forms_import_xlsx(args: argparse.Namespace) -> int:
    from workshop_app.exchange.forms_xlsx_read import read_form_xlsx
    from workshop_app.exchange.template_library import write_template_yaml

    data, warnings = read_form_xlsx(args.workbook)
    out = write_template_yaml(data, args.out)
    for warning in warnings:
        _say(warning)
    count = sum(len(s["questions"]) for s in data["sections"])
    note = f"; it breaks {len(warnings)} writing rule(s) listed above" if warnings else ""
    _out(f"Wrote {out}: {data['id']} version {data['version']}, {count} questions{note}.")
    return EXIT_OK


def _cmd_forms_validate(args: argparse.Namespace) -> int:
    from workshop_app.domain.template_rules import max_questions_asked, position_share
    from workshop_app.exchange.templates import check_template_file

    q, problems = check_template_file(args.template)
    name = Path(args.template).name
    if problems:
        for problem in problems:
            _say(problem)
        _say(f"{name}: loads, but breaks {len(problems)} writing rule(s) listed above.")
        return EXIT_USER
    positions, scored = position_share(q)
    most, phase, function = max_questions_asked(q)
    _out(
        f"{name}: valid - {q.template_id} version {q.version}, "
        f"{len(q)} questions in {len(q.sections)} sections; "
        f"languages {', '.join(q.languages)}; "
        f"{positions} of {scored} scored questions are position questions; "
        f"a participant is asked at most {most} ({phase.value}, {function.value})."
    )
    return EXIT_OK


# --- parsing -------------------------------------------------------------------------


class _Usage(Exception):
    """A usage error found after parsing (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit 2 with argparse's usage text
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Partnership Workshop: run partnership alignment workshops offline. "
        f"Without a command, '{PROG} [FILE]' opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_: str) -> Any:
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
    return build_parser().parse_args(argv)


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


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
    except _Usage as exc:
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
