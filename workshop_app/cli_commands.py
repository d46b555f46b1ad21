"""The command-line commands other than ``info``: each parses nothing itself and calls
the layers below it (storage, exchange, exports, the live server).
Heavy modules are imported inside the command that needs them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app.cli_common import EXIT_OK, EXIT_USER, PROG, Usage
from workshop_app.cli_common import opened as _opened
from workshop_app.cli_common import out as _out
from workshop_app.cli_common import say as _say
from workshop_app.domain.errors import WorkshopError

if TYPE_CHECKING:
    import argparse

# The commands, as the desktop app's parser tells them from a file name.
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
        raise Usage("export: give at least one of --xlsx, --pdf, --json")
    targets = [Path(t) for t in (args.json, args.xlsx, args.pdf) if t]
    for target in targets:  # refuse a bad target before anything is written
        if target.is_dir():
            raise WorkshopError(f"'{target}' is a folder; give a file name to write to.")
        if not target.parent.is_dir():
            raise WorkshopError(f"The folder of '{target}' does not exist.")
    if len({t.resolve() for t in targets}) < len(targets):
        raise Usage("export: give each file its own name")
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
