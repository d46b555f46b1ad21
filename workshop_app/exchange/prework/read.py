"""Import, first step: check a pre-work workbook and read every answer from it, reporting
every problem with its sheet and cell; changes nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.domain import model
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import (
    FileFormatError,
    ImportRejected,
    ValidationError,
    WorkshopError,
)
from workshop_app.domain.questionnaire import (
    DONT_KNOW_LABEL,
    Question,
    Questionnaire,
    is_dont_know_text,
    parse_value,
)
from workshop_app.domain.text import check_text
from workshop_app.domain.translation import localized
from workshop_app.exchange.prework.conflicts import _conflicts
from workshop_app.exchange.prework.layout import (
    _LIKERT_LABEL,
    _MULTI_ROW,
    ANSWER_COL,
    COMMENT_COL,
    FIRST_ROW,
    FORMAT,
    GLOSSARY,
    HEADER_ROW,
    HEADERS,
    INSTRUCTIONS,
    LISTS,
    MARKS,
    META,
    _layout,
    _num,
)
from workshop_app.exchange.prework.results import PreworkContent, WorkbookAnswer, _count, _shorten
from workshop_app.exchange.xlsx_safety import check_xlsx
from workshop_app.storage.store import WorkshopStore

# --- import ---------------------------------------------------------------------------------


def read_prework(
    source: WorkshopStore | model.Workshop, path: str | Path, *, partner_id: str | None = None
) -> PreworkContent:
    """Check and read a pre-work workbook against the open workshop; change nothing.

    Given a loaded Workshop rather than the store it touches no database, so the app
    runs it off the UI thread.

    Raises FileFormatError (not a safe workbook) or ImportRejected (every problem with
    sheet and cell). ``partner_id``, when given, is the partner the workbook must be for.
    """
    p = Path(path)
    check_xlsx(p)
    # Our own file handle: openpyxl leaves its own open when a damaged file fails to parse.
    with p.open("rb") as fh:
        try:
            wb = openpyxl.load_workbook(fh, data_only=False, keep_links=False)
        except WorkshopError:
            raise
        except Exception as exc:  # openpyxl raises many types on damaged files
            raise FileFormatError(
                f"'{p.name}' cannot be read as an Excel workbook ({type(exc).__name__}: {exc})."
            ) from None
    try:
        workshop = source if isinstance(source, model.Workshop) else source.load()
        return _read(workshop, wb, p.name, partner_id)
    finally:
        wb.close()


def _meta_values(
    wb: Workbook, file: str
) -> tuple[dict[str, str], list[tuple[str, str, str | None]], dict[str, str]]:
    """The metadata, per sheet (name, participant id, its question ids or None), and
    sheet -> the language its labels are in (older workbooks: none, the source's)."""
    if META not in wb.sheetnames:
        raise ImportRejected(
            f"'{file}' is not a pre-work workbook of Partnership Workshop (it has no "
            "metadata). Export the pre-work from the app and fill that file in."
        )
    ws = wb[META]
    values: dict[str, str] = {}
    sheets: list[tuple[str, str, str | None]] = []
    languages: dict[str, str] = {}
    in_sheets = False
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 500), max_col=5, values_only=True):
        key, value, _, questions, lang = (str(x) if x is not None else "" for x in row)
        if key == "sheet":
            in_sheets = True
            listed = questions == "questions"  # older workbooks list no questions: all
            continue
        if not key:
            continue
        if in_sheets:
            sheets.append((key, value, questions if listed else None))
            if lang:
                languages[key] = lang
        else:
            values[key] = value
    return values, sheets, languages


def _read(
    workshop: model.Workshop, wb: Workbook, file: str, expected_partner: str | None
) -> PreworkContent:
    q = workshop.questionnaire
    meta, sheet_map, sheet_languages = _meta_values(wb, file)
    refuse = f"'{file}' cannot be imported"
    if meta.get("format") != FORMAT:
        raise ImportRejected(
            f"{refuse}: it uses the pre-work format '{meta.get('format', '?')}', which this "
            f"version does not read (expected {FORMAT})."
        )
    if meta.get("workshop_id") != workshop.details.id:
        raise ImportRejected(
            f"{refuse}: it belongs to the workshop '{meta.get('workshop_title', '?')}', not to "
            f"'{workshop.details.title}'."
            if meta.get("workshop_title") != workshop.details.title
            # Two workshops may share a title; say so rather than "'X', not 'X'".
            else f"{refuse}: it belongs to another workshop that is also called "
            f"'{workshop.details.title}'. Export the pre-work again from this workshop."
        )
    if (meta.get("template_id"), meta.get("template_version")) != (q.template_id, q.version):
        raise ImportRejected(
            f"{refuse}: it was made for questionnaire {meta.get('template_id')} version "
            f"{meta.get('template_version')}, but this workshop uses {q.template_id} version "
            f"{q.version}. Export the pre-work again."
        )
    partners = {p.id: p for p in workshop.partners}
    partner = partners.get(meta.get("partner_id", ""))
    if partner is None:
        raise ImportRejected(
            f"{refuse}: it was made for the partner '{meta.get('partner_name', '?')}', who is "
            "not in this workshop."
        )
    if expected_partner is not None and partner.id != expected_partner:
        wanted = partners.get(expected_partner)
        raise ImportRejected(
            f"{refuse}: it is the pre-work of {partner.name}, not of "
            f"{wanted.name if wanted else expected_partner}."
        )
    people = {p.id: p for p in workshop.participants}
    problems: list[str] = []
    expected_sheets: list[tuple[str, model.Participant, frozenset[str] | None]] = []
    for sheet, pid, listed in sheet_map:
        person = people.get(pid)
        asked = None if listed is None else frozenset(x for x in listed.split(",") if x)
        unknown = sorted((asked or frozenset()) - {x.id for x in q.questions()})
        if unknown:
            problems.append(
                f"Sheet '{sheet}': the workbook lists question {unknown[0]}, which is not in "
                "this workshop's questionnaire. Export the pre-work again."
            )
        elif person is None:
            problems.append(f"Sheet '{sheet}': its participant is no longer in this workshop.")
        elif person.partner_id != partner.id:
            problems.append(
                f"Sheet '{sheet}': {person.name} is a participant of another partner, not of "
                f"{partner.name}."
            )
        elif sheet not in wb.sheetnames:
            problems.append(f"Sheet '{sheet}' is missing: it was renamed or deleted.")
        else:
            expected_sheets.append((sheet, person, asked))
    known = {INSTRUCTIONS, LISTS, META, *(s for s, _, _ in sheet_map)}
    if q.glossary:
        known.add(GLOSSARY)
    for name in wb.sheetnames:
        if name not in known:
            problems.append(
                f"Sheet '{name}' is not one this workbook was made with (renamed or added); "
                "new participants are added in the app, then the pre-work is exported again."
            )
    if not sheet_map:
        problems.append("The workbook lists no participant sheets.")
    if problems:
        raise ImportRejected(f"{refuse}; nothing was imported:", problems)

    answers: list[WorkbookAnswer] = []
    for sheet, person, asked in expected_sheets:
        # Labels are read in the language the sheet was written in; ids are the same.
        shown = localized(q, sheet_languages.get(sheet, q.language))
        answers += _read_sheet(wb[sheet], sheet, shown, person, problems, asked)
    if problems:
        raise ImportRejected(
            f"{refuse}: {_count(len(problems), 'problem')} found; nothing was imported. Correct "
            "them in the workbook and import it again:",
            problems,
        )
    content = PreworkContent(file, partner, [p for _, p, _ in expected_sheets], answers)
    content.conflicts = _conflicts(workshop, content)
    return content


def _cell(sheet: str, coord: str) -> str:
    return f"Sheet '{sheet}', cell {coord}"


def _raw(value: Any) -> str | None:
    """The text form of a cell value; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "x" if value else None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _num(value) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def _read_sheet(
    ws: Worksheet,
    sheet: str,
    q: Questionnaire,
    person: model.Participant,
    problems: list[str],
    asked: frozenset[str] | None = None,
) -> list[WorkbookAnswer]:
    before = len(problems)
    headers = [ws.cell(row=HEADER_ROW, column=j).value for j in range(1, len(HEADERS) + 1)]
    if tuple(headers) != HEADERS:
        problems.append(
            f"Sheet '{sheet}': the column headings in row {HEADER_ROW} were changed or moved; "
            "columns or rows must not be inserted or deleted."
        )
        return []
    layout = list(_layout(q, asked))
    last_row = layout[-1][0] if layout else FIRST_ROW
    for merged in ws.merged_cells.ranges:
        if merged.max_row >= HEADER_ROW and merged.min_row <= last_row:
            problems.append(f"Sheet '{sheet}': cells {merged.coord} are merged; unmerge them.")
    for r, row in layout:
        if row.kind == "question" and row.question is not None:
            found = ws.cell(row=r, column=1).value
            if found != row.question.id:
                problems.append(
                    f"Sheet '{sheet}', row {r}: expected question {row.question.id} but found "
                    f"'{found or ''}'; rows must not be inserted, deleted or sorted."
                )
                return []
    if len(problems) > before:
        return []

    out: list[WorkbookAnswer] = []
    groups: dict[str, list[tuple[int, int]]] = {}
    for r, row in layout:
        if row.kind == "option" and row.question is not None:
            groups.setdefault(row.question.id, []).append((r, row.option_index))
    for r, row in layout:
        if row.kind != "question" or row.question is None:
            continue
        question = row.question
        comment_cell = ws.cell(row=r, column=COMMENT_COL)
        answer_cell = ws.cell(row=r, column=ANSWER_COL)
        cells = [comment_cell]
        cells.append(answer_cell)
        if question.type in _MULTI_ROW:
            option_cells = [
                (ws.cell(row=rr, column=ANSWER_COL), i) for rr, i in groups[question.id]
            ]
            cells += [c for c, _ in option_cells]
        else:
            option_cells = []
        formula = [c for c in cells if c.data_type == "f"]
        for c in formula:
            problems.append(
                f"{_cell(sheet, c.coordinate)}: holds a formula; type the answer itself."
            )
        if formula:
            continue
        comment = _raw(comment_cell.value) or ""
        try:
            check_text(comment, "the comment")
        except ValidationError as exc:
            problems.append(f"{_cell(sheet, comment_cell.coordinate)}: {exc}")
            continue
        where = _cell(sheet, answer_cell.coordinate)
        dont_know = question.scored and is_dont_know_text(_raw(answer_cell.value))
        try:
            if option_cells:
                first, last = option_cells[0][0].coordinate, option_cells[-1][0].coordinate
                raw = _multi_raw(question, option_cells, sheet)
                if _raw(answer_cell.value) is not None and not dont_know:
                    raise _CellProblem(
                        f"{where}: only {DONT_KNOW_LABEL} goes in this cell; answer in the "
                        f"cells {first}:{last} below."
                    )
                if dont_know and raw is not None:
                    raise _CellProblem(
                        f"{where}: says {DONT_KNOW_LABEL} but cells {first}:{last} hold an "
                        "answer; keep one of them."
                    )
                if not dont_know:
                    where = f"Sheet '{sheet}', cells {first}:{last}"
            else:
                raw = None if dont_know else _single_raw(question, answer_cell.value)
            value = None if raw is None else parse_value(question, raw)
        except _CellProblem as exc:
            problems.append(str(exc))
            continue
        except ValidationError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if value is None and not dont_know and not comment:
            continue
        out.append(
            WorkbookAnswer(
                person.id,
                question.id,
                value,
                comment,
                where,
                dont_know,
                comment_cell=_cell(sheet, comment_cell.coordinate),
            )
        )
    return out


class _CellProblem(ValidationError):
    """A problem whose message already names sheet and cell."""


def _single_raw(q: Question, value: Any) -> str | None:
    if isinstance(value, datetime | date) and q.type is not QuestionType.TEXT:
        raise ValidationError(f"'{value:%Y-%m-%d}' is a date, not an answer to this question.")
    raw = _raw(value)
    if raw is None:
        return None
    if q.type is QuestionType.LIKERT:
        m = _LIKERT_LABEL.match(raw)
        if m:
            return m.group(1)
    if q.type is QuestionType.SINGLE_CHOICE:
        # Participants saw the labels in the drop-down: name those, not the option ids.
        folded = raw.strip().casefold()
        if not any(folded in (o.id.casefold(), o.label.strip().casefold()) for o in q.options):
            labels = "; ".join(o.label for o in q.options)
            raise ValidationError(
                f"'{_shorten(raw, 40)}' is not one of the choices in the drop-down ({labels})."
            )
    return raw


def _multi_raw(q: Question, cells: list[tuple[Any, int]], sheet: str) -> str | None:
    entries: list[tuple[str, str, str]] = []  # (option id, raw, coordinate)
    for cell, index in cells:
        raw = _raw(cell.value)
        if raw is not None:
            entries.append((q.options[index].id, raw.strip(), cell.coordinate))
    if not entries:
        return None
    if q.type is QuestionType.MULTI_CHOICE:
        for _, raw, coord in entries:
            if raw.casefold() not in MARKS:
                raise _CellProblem(
                    f"{_cell(sheet, coord)}: '{raw}' is not a mark; put x to choose the option "
                    "or leave the cell empty."
                )
        return ";".join(option for option, _, _ in entries)
    if q.type is QuestionType.RANKING:
        return _ranking_raw(q, cells, entries, sheet)
    for option, raw, coord in entries:
        try:
            points = float(raw.replace("\u00a0", "").replace(" ", ""))
        except ValueError:
            raise _CellProblem(
                f"{_cell(sheet, coord)}: '{_shorten(raw, 40)}' is not a number of points for "
                f"'{q.option_label(option)}'."
            ) from None
        if points < 0:
            raise _CellProblem(
                f"{_cell(sheet, coord)}: the points for '{q.option_label(option)}' are negative."
            )
    return ";".join(f"{option}={raw}" for option, raw, _ in entries)


def _ranking_raw(
    q: Question, cells: list[tuple[Any, int]], entries: list[tuple[str, str, str]], sheet: str
) -> str:
    """Ranks 1..n, each once: a duplicate or missing rank is refused at its cells (an
    order nobody gave must not be stored)."""
    n = len(q.options)
    ranks: dict[int, list[tuple[str, str]]] = {}
    for option, raw, coord in entries:
        try:
            rank = float(raw)
        except ValueError:
            raise _CellProblem(
                f"{_cell(sheet, coord)}: '{_shorten(raw, 40)}' is not a rank from 1 to {n} "
                f"for '{q.option_label(option)}'."
            ) from None
        if not rank.is_integer() or not 1 <= rank <= n:
            raise _CellProblem(
                f"{_cell(sheet, coord)}: '{_shorten(raw, 40)}' is not a rank from 1 to {n} "
                f"for '{q.option_label(option)}'."
            )
        ranks.setdefault(int(rank), []).append((option, coord))
    for rank, given in sorted(ranks.items()):
        if len(given) > 1:
            coords = ", ".join(coord for _, coord in given)
            labels = "', '".join(q.option_label(o) for o, _ in given)
            raise _CellProblem(
                f"Sheet '{sheet}', cells {coords}: rank {rank} is given to more than one "
                f"option ('{labels}'); give each option a different rank from 1 to {n}."
            )
    ranked = {option for option, _, _ in entries}
    empty = [(cell.coordinate, q.options[i]) for cell, i in cells if q.options[i].id not in ranked]
    if empty:
        coords = ", ".join(coord for coord, _ in empty)
        labels = "', '".join(o.label for _, o in empty)
        raise _CellProblem(
            f"Sheet '{sheet}', {'cell' if len(empty) == 1 else 'cells'} {coords}: no rank for "
            f"'{labels}'; rank every option from 1 to {n}, or leave all of them empty."
        )
    return ">".join(
        option
        for _, option in sorted(
            (rank, option) for rank, given in ranks.items() for option, _ in given
        )
    )
