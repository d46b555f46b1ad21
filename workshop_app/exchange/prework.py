"""Pre-work questionnaires: one workbook per partner that its participants fill in Excel.

Layout. One sheet per participant, named after them, with the questions that participant
is asked in the workshop (listed in the metadata, so the import reads the same rows):
each person fills their own sheet, a sheet can be printed or forwarded on its own, and
the answer cells stay one column (D) whatever the number of people. Rows: a heading per
section, then per question its id, text, help and how to answer, the answer cell (D)
and a comment cell (E). Questions with several parts (choose several, ranking, points)
get one row per option below the question. Only the answer and comment cells are
unlocked; sheets are protected without a password (the protection prevents accidents,
not intent) and the workbook structure is locked so sheets cannot be added, renamed or
deleted by mistake.

Hidden metadata (a "very hidden" sheet) ties the workbook to the workshop id, the
questionnaire (template id and version), the partner and the participant of each sheet,
plus the format version of this layout.

Import. The file is checked before openpyxl parses it (size, zip bomb, XML entities:
``xlsx_safety``), then the metadata, the sheets and every answer; all problems are
reported together with sheet and cell, and nothing is imported unless everything is
valid. Empty cells mean "not answered in the workbook" and never clear an answer given
in the app. Every question but a text question offers "Don't know": in its drop-down
(likert, single choice), typed in the answer cell (number), or in the answer cell of the
question's own row (questions answered on one row per option). A value different from
one already in the app is a conflict: the import stops and lists them unless the caller
chose which side wins. New participants cannot be added through a workbook: the sheets
are exactly the participants it was made for (add people in the app and export again).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
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
    SENSITIVE_NOTICE,
    AnswerValue,
    Question,
    Questionnaire,
    describe_value,
    is_dont_know_text,
    parse_value,
)
from workshop_app.domain.scope import asked_questions
from workshop_app.domain.text import check_text
from workshop_app.exchange.xlsx_safety import check_xlsx
from workshop_app.exports.xlsx_common import (
    FONT_NAME,
    HEADER_FILL,
    HEADER_FONT,
    NOTE_FONT,
    SUBTITLE_FONT,
    TITLE_FONT,
    fit_row_height,
    print_setup,
    put_text,
    put_value,
    safe_sheet_name,
    save_atomically,
)
from workshop_app.storage.store import WorkshopStore

FORMAT = "partnership-prework/1"
INSTRUCTIONS = "Instructions"
LISTS = "Lists"
META = "Metadata"
GLOSSARY = "Glossary"  # only when the questionnaire has a glossary
HEADER_ROW = 4
FIRST_ROW = 5
ANSWER_COL = 4  # D
COMMENT_COL = 5  # E
HEADERS = ("ID", "Question", "How to answer", "Answer", "Comment (optional)")
WIDTHS = (7, 52, 42, 36, 34)
MARKS = {"x", "✓", "✔", "yes", "y", "1", "true"}
_LIKERT_LABEL = re.compile(r"^\s*([+-]?\d+)\s*[–—-]")
ANSWER_FILL = PatternFill("solid", fgColor="FFF7D6")
SECTION_FILL = PatternFill("solid", fgColor="DCE6F0")
OPTION_FONT = Font(name=FONT_NAME, color="333333")
UNLOCKED = Protection(locked=False)
TOP_WRAP = Alignment(wrap_text=True, vertical="top")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class PreworkConflict(WorkshopError):
    """Answers in the workbook differ from answers already in the app; nothing was imported."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = list(conflicts)
        lines = [c.describe() for c in self.conflicts[:20]]
        more = len(self.conflicts) - len(lines)
        n = len(self.conflicts)
        text = (
            (
                f"{n} answers in the workbook differ from answers"
                if n != 1
                else "1 answer in the workbook differs from an answer"
            )
            + " already in the app. Nothing was imported; choose whether the workbook or the "
            "app's answers win.\n" + "\n".join(f"  - {line}" for line in lines)
        )
        if more > 0:
            text += f"\n  ... and {more} more"
        super().__init__(text)


@dataclass(frozen=True)
class Conflict:
    participant_id: str
    participant: str
    question_id: str
    question: str
    field: str  # "answer" or "comment"
    in_app: str
    in_workbook: str
    cell: str  # "Sheet 'Li Wei', cell D14"

    def describe(self) -> str:
        return (
            f"{self.participant}, {self.question_id} {self.question} ({self.field}): "
            f"app '{_shorten(self.in_app)}', workbook '{_shorten(self.in_workbook)}' "
            f"({self.cell})"
        )


# A value quoted in a message is cut here: a 32,767-character answer is not a message.
_QUOTE_MAX = 80


def _shorten(text: str, limit: int = _QUOTE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1].rstrip()}… ({len(text):,} characters)"


@dataclass(frozen=True)
class WorkbookAnswer:
    participant_id: str
    question_id: str
    value: AnswerValue | None
    comment: str
    cell: str
    dont_know: bool = False
    comment_cell: str = ""  # where the comment was read; differences are reported there


@dataclass
class PreworkContent:
    """A validated workbook, compared with the store: what an import would do."""

    file: str
    partner: model.Partner
    participants: list[model.Participant]
    answers: list[WorkbookAnswer]
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class PreworkImportResult:
    file: str
    partner: str
    participants: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts_kept: int = 0  # the app's value kept
    conflicts_overwritten: int = 0  # the workbook's value taken

    def summary(self) -> str:
        text = (
            f"{self.file}: pre-work of {self.partner} "
            f"({_count(self.participants, 'participant')}): "
            f"{_count(self.added, 'answer')} added, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )
        if self.conflicts_kept:
            text += f"; {_count(self.conflicts_kept, 'differing answer')} kept as in the app"
        if self.conflicts_overwritten:
            text += (
                f"; {_count(self.conflicts_overwritten, 'differing answer')} taken from "
                "the workbook"
            )
        return text + "."


# --- layout shared by export and import -------------------------------------------------


@dataclass(frozen=True)
class _Row:
    kind: str  # "section", "question", "option", "total"
    text: str
    question: Question | None = None
    option_index: int = -1


def _layout(
    questionnaire: Questionnaire, asked: frozenset[str] | None = None
) -> Iterator[tuple[int, _Row]]:
    """Every row of a participant sheet with its row number; export and import agree.

    ``asked``: the ids of the questions on the sheet (the participant's asked questions,
    as listed in the metadata); None for all (workbooks that list none)."""
    r = FIRST_ROW
    for section in questionnaire.sections:
        shown = [q for q in section.questions if asked is None or q.id in asked]
        if not shown:
            continue
        yield r, _Row("section", section.title)
        r += 1
        for q in shown:
            yield r, _Row("question", q.text, q)
            r += 1
            if q.type in _MULTI_ROW:
                for i, o in enumerate(q.options):
                    yield r, _Row("option", o.label, q, i)
                    r += 1
                if q.type is QuestionType.ALLOCATION:
                    yield r, _Row("total", f"Total (must be {_num(q.total)})", q)
                    r += 1


_MULTI_ROW = (QuestionType.MULTI_CHOICE, QuestionType.RANKING, QuestionType.ALLOCATION)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _how_to(q: Question) -> str:
    how = _how_to_answer(q)
    if not q.scored:
        return how
    if q.type in _MULTI_ROW:
        return f"{how} Or choose {DONT_KNOW_LABEL} in this row."
    if q.type is QuestionType.NUMBER:
        return f"{how} Or type {DONT_KNOW_LABEL}."
    return f"{how} {DONT_KNOW_LABEL} is a choice too."


def _how_to_answer(q: Question) -> str:
    t = q.type
    if t is QuestionType.LIKERT:
        return f"Choose a point from {q.scale_lo} to {q.scale_hi} in the drop-down."
    if t is QuestionType.SINGLE_CHOICE:
        return "Choose one option in the drop-down."
    if t is QuestionType.MULTI_CHOICE:
        return "Put x next to every option that applies (at least one)."
    if t is QuestionType.RANKING:
        return f"Number every option from 1 (first) to {len(q.options)}, each number once."
    if t is QuestionType.ALLOCATION:
        return f"Split {_num(q.total)} points across the options; empty counts as 0."
    if t is QuestionType.NUMBER:
        rng = ""
        if q.min_value is not None and q.max_value is not None:
            rng = f" from {_num(q.min_value)} to {_num(q.max_value)}"
        elif q.min_value is not None:
            rng = f", at least {_num(q.min_value)}"
        elif q.max_value is not None:
            rng = f", at most {_num(q.max_value)}"
        return f"Type a number{rng}" + (f" ({q.unit})." if q.unit else ".")
    return "Type your answer."


def _likert_choices(q: Question) -> list[str]:
    out = []
    for n in range(q.scale_lo, q.scale_hi + 1):
        anchor = q.anchor_label(n)
        out.append(f"{n} – {anchor}" if anchor else str(n))
    return out


# --- export ---------------------------------------------------------------------------------


def export_prework(workshop: model.Workshop, partner_id: str, path: str | Path) -> Path:
    """Write the pre-work workbook of one partner (temp file + rename); return the path."""
    partner = workshop.partner(partner_id)
    people = workshop.participants_of(partner_id)
    if not people:
        raise ValidationError(
            f"{partner.name} has no participants yet; add them before exporting pre-work."
        )
    wb = _build(workshop, partner, people)
    return save_atomically(wb, path)


def _build(
    workshop: model.Workshop, partner: model.Partner, people: list[model.Participant]
) -> Workbook:
    q = workshop.questionnaire
    d = workshop.details
    wb = Workbook()
    intro = wb.active
    assert isinstance(intro, Worksheet)  # a new workbook starts with one worksheet
    intro.title = INSTRUCTIONS
    taken = [INSTRUCTIONS, GLOSSARY, LISTS, META]
    sheet_names: list[tuple[str, model.Participant]] = []
    for person in people:
        name = safe_sheet_name(person.name, taken, fallback="Participant")
        taken.append(name)
        sheet_names.append((name, person))

    lists = wb.create_sheet(LISTS)
    list_refs = _write_lists(lists, q)
    _write_instructions(intro, workshop, partner, sheet_names)
    if q.glossary:
        _write_glossary(wb.create_sheet(GLOSSARY), workshop)
    asked: dict[str, frozenset[str]] = {}
    for name, person in sheet_names:
        ws = wb.create_sheet(name)
        # Each person's sheet holds the questions they are asked in this workshop.
        asked[person.id] = frozenset(
            x.id for x in asked_questions(workshop.details, workshop.questionnaire, person)
        )
        _write_participant_sheet(ws, workshop, partner, person, list_refs, asked[person.id])
    meta = wb.create_sheet(META)
    _write_meta(meta, workshop, partner, sheet_names, asked)
    for hidden in (lists, meta):
        hidden.sheet_state = "veryHidden"
        hidden.protection.sheet = True
    wb.move_sheet(lists, offset=len(wb.sheetnames))
    wb.move_sheet(meta, offset=len(wb.sheetnames))
    wb.active = 0
    wb.security = WorkbookProtection(lockStructure=True)
    props = wb.properties
    props.title = f"Pre-work: {d.title}"[:255]
    props.subject = f"Pre-work questionnaire for {partner.name}"[:255]
    props.creator = d.facilitator or "Partnership Workshop"
    props.keywords = d.confidentiality
    return wb


def _write_lists(ws: Worksheet, q: Questionnaire) -> dict[str, str]:
    """Drop-down choices in a hidden sheet (inline lists are limited to 255 characters)."""
    refs: dict[str, str] = {}
    col = 1
    for question in q.questions():
        if question.type is QuestionType.LIKERT:
            choices = [*_likert_choices(question), DONT_KNOW_LABEL]
        elif question.type is QuestionType.SINGLE_CHOICE:
            choices = [*(o.label for o in question.options), DONT_KNOW_LABEL]
        else:
            continue
        for i, choice in enumerate(choices):
            put_text(ws.cell(row=i + 1, column=col), choice, f"Choice of question {question.id}")
        letter = get_column_letter(col)
        refs[question.id] = f"'{LISTS}'!${letter}$1:${letter}${len(choices)}"
        col += 1
    return refs


def _write_instructions(
    ws: Worksheet,
    workshop: model.Workshop,
    partner: model.Partner,
    sheets: list[tuple[str, model.Participant]],
) -> None:
    d = workshop.details
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 60
    title = put_text(ws.cell(row=1, column=2), f"Pre-work questionnaire: {d.title}", "Title")
    title.font = TITLE_FONT
    put_text(ws.cell(row=2, column=2), f"For {partner.name}", "Partner").font = SUBTITLE_FONT
    if d.confidentiality:
        put_text(ws.cell(row=3, column=2), d.confidentiality, "Label").font = NOTE_FONT
    steps = [
        "Each participant has a sheet of their own (tabs at the bottom). Please fill in "
        "only your own.",
        "Answer in the yellow cells of column D; a comment in column E is welcome but "
        f"optional. If you do not know the answer, choose {DONT_KNOW_LABEL}: that is "
        "useful information, not a failure. Leave a question empty only to skip it.",
        "Most answers are chosen from a drop-down list: click the cell, then the arrow.",
        "For questions with several parts, answer on the rows below the question (put x, "
        "a rank or points next to each option).",
        "Answer for your own organisation: what it wants, plans and does today; do not "
        "guess what the other partners think. Other partners do not see this workbook; "
        "the facilitator compares the answers in the workshop.",
        "Do not rename, move or delete sheets, and do not insert rows: the file is read "
        "back cell by cell. The sheets are protected against accidental changes.",
        "Save the file as Excel workbook (.xlsx) and send it back to "
        + (d.facilitator or "the facilitator")
        + (f" before {d.date:%d %B %Y}." if d.date else "."),
    ]
    if workshop.questionnaire.glossary:
        steps.insert(-2, f"The sheet '{GLOSSARY}' explains the few terms the questions use.")
    if any(x.sensitive for x in workshop.questionnaire.questions()):
        steps.insert(
            -2,
            "Some questions carry this notice in column C. " + SENSITIVE_NOTICE,
        )
    row = 5
    put_text(
        ws.cell(row=row, column=2), "How to fill in this workbook", "Heading"
    ).font = SUBTITLE_FONT
    row += 1
    for i, step in enumerate(steps, start=1):
        ws.cell(row=row, column=1).value = i
        ws.cell(row=row, column=1).alignment = Alignment(vertical="top")
        cell = put_text(ws.cell(row=row, column=2), step, "Instruction")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        cell.alignment = TOP_WRAP
        fit_row_height(ws, row, [step], [100])
        row += 1
    row += 1
    put_text(ws.cell(row=row, column=2), "Participants", "Heading").font = SUBTITLE_FONT
    row += 1
    for j, header in enumerate(("Sheet", "Participant and function")):
        cell = put_text(ws.cell(row=row, column=2 + j), header, "Heading")
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for name, person in sheets:
        row += 1
        put_text(ws.cell(row=row, column=2), name, "Sheet name")
        who = person.name + (f" ({person.function})" if person.function else "")
        put_text(ws.cell(row=row, column=3), who, f"Participant {person.name}")
    _print_setup(ws, d.title, d.confidentiality, portrait=True)
    ws.protection.sheet = True


def _write_glossary(ws: Worksheet, workshop: model.Workshop) -> None:
    """The template's glossary as a printable page: the few terms the questions rely on."""
    d = workshop.details
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 80
    put_text(ws.cell(row=1, column=1), "Glossary", "Title").font = TITLE_FONT
    put_text(
        ws.cell(row=2, column=1),
        "The few terms the questions use that need a definition.",
        "Note",
    ).font = NOTE_FONT
    for j, header in enumerate(("Term", "Meaning"), start=1):
        cell = put_text(ws.cell(row=4, column=j), header, "Heading")
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for r, (term, meaning) in enumerate(workshop.questionnaire.glossary, start=5):
        put_text(ws.cell(row=r, column=1), term, "Glossary").alignment = TOP_WRAP
        put_text(ws.cell(row=r, column=2), meaning, "Glossary").alignment = TOP_WRAP
        fit_row_height(ws, r, [term, meaning], [24, 80])
    _print_setup(ws, d.title, d.confidentiality, portrait=True)
    ws.protection.sheet = True


def _write_participant_sheet(
    ws: Worksheet,
    workshop: model.Workshop,
    partner: model.Partner,
    person: model.Participant,
    list_refs: dict[str, str],
    asked: frozenset[str],
) -> None:
    q = workshop.questionnaire
    existing = {a.question_id: a for a in workshop.answers_of(person.id)}
    title = f"{person.name} · {partner.name}"
    put_text(ws.cell(row=1, column=1), title, f"Participant {person.name}").font = TITLE_FONT
    put_text(
        ws.cell(row=2, column=1),
        "Answer in the yellow cells (column D); comments in column E are optional.",
        "Note",
    ).font = NOTE_FONT
    for j, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell: Cell | MergedCell = put_text(ws.cell(row=HEADER_ROW, column=j), header, "Heading")
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"

    marks = DataValidation(type="list", formula1='"x"', allow_blank=True)
    marks.error = "Put x to choose this option, or leave the cell empty."
    marks.errorTitle = "Choose an option"
    marks.showErrorMessage = True
    ws.add_data_validation(marks)
    unknown = DataValidation(type="list", formula1=f'"{DONT_KNOW_LABEL}"', allow_blank=True)
    unknown.error = f"Choose {DONT_KNOW_LABEL} here, or answer in the rows below."
    unknown.errorTitle = DONT_KNOW_LABEL
    unknown.showErrorMessage = True
    ws.add_data_validation(unknown)
    where = f"Participant {person.name}"
    option_start: dict[str, int] = {}

    for r, row in _layout(q, asked):
        if row.kind == "section":
            cell = put_text(ws.cell(row=r, column=2), row.text, "Section")
            cell.font = SUBTITLE_FONT
            for c in range(1, 6):
                ws.cell(row=r, column=c).fill = SECTION_FILL
            continue
        question = row.question
        assert question is not None
        answer = existing.get(question.id)
        if row.kind == "question":
            put_text(ws.cell(row=r, column=1), question.id, where)
            put_text(ws.cell(row=r, column=2), question.text, where).alignment = TOP_WRAP
            how = _how_to(question)
            help_text = "\n".join(
                part
                for part in (
                    question.help,
                    how,
                    SENSITIVE_NOTICE if question.sensitive else "",
                )
                if part
            )
            put_text(ws.cell(row=r, column=3), help_text, where).alignment = TOP_WRAP
            ws.cell(row=r, column=1).alignment = Alignment(vertical="top")
            comment = ws.cell(row=r, column=COMMENT_COL)
            comment.protection, comment.fill, comment.alignment = UNLOCKED, ANSWER_FILL, TOP_WRAP
            if answer and answer.comment:
                put_text(comment, answer.comment, where)
            if question.type not in _MULTI_ROW:
                cell = ws.cell(row=r, column=ANSWER_COL)
                cell.protection, cell.fill, cell.alignment = UNLOCKED, ANSWER_FILL, TOP_WRAP
                _add_validation(ws, question, cell.coordinate, list_refs)
                if answer and answer.value is not None:
                    put_value(cell, _cell_value(question, answer.value), where)
            else:
                option_start[question.id] = r + 1
                cell = ws.cell(row=r, column=ANSWER_COL)
                cell.protection, cell.fill, cell.alignment = UNLOCKED, ANSWER_FILL, TOP_WRAP
                unknown.add(cell.coordinate)
            if answer and answer.dont_know:
                put_text(ws.cell(row=r, column=ANSWER_COL), DONT_KNOW_LABEL, where)
            fit_row_height(ws, r, [question.text, help_text], WIDTHS[1:3])
        elif row.kind == "option":
            option = question.options[row.option_index]
            label = put_text(ws.cell(row=r, column=2), f"    {option.label}", where)
            label.font, label.alignment = OPTION_FONT, TOP_WRAP
            cell = ws.cell(row=r, column=ANSWER_COL)
            cell.protection, cell.fill = UNLOCKED, ANSWER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="top")
            if question.type is QuestionType.MULTI_CHOICE:
                marks.add(cell.coordinate)
            else:
                _add_validation(ws, question, cell.coordinate, list_refs)
            if answer and answer.value is not None:
                prefill = _option_prefill(question, answer.value, option.id)
                if prefill is not None:
                    put_value(cell, prefill, where)
            fit_row_height(ws, r, [label.value], WIDTHS[1:2])
        elif row.kind == "total":
            put_text(ws.cell(row=r, column=2), f"    {row.text}", where).font = NOTE_FONT
            first, last = option_start[question.id], r - 1
            # Built from our own cell references, never from text in the workbook.
            total = ws.cell(row=r, column=ANSWER_COL)
            total.value = f"=SUM(D{first}:D{last})"
            total.font = NOTE_FONT
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # people may widen columns and rows to read
    ws.protection.formatRows = False
    d = workshop.details
    _print_setup(ws, d.title, d.confidentiality, portrait=False)


def _add_validation(ws: Worksheet, q: Question, ref: str, list_refs: dict[str, str]) -> None:
    t = q.type
    if t in (QuestionType.LIKERT, QuestionType.SINGLE_CHOICE):
        dv = DataValidation(type="list", formula1=list_refs[q.id], allow_blank=True)
        dv.error = "Choose one of the options in the drop-down."
    elif t is QuestionType.RANKING:
        dv = DataValidation(
            type="whole",
            operator="between",
            formula1="1",
            formula2=str(len(q.options)),
            allow_blank=True,
        )
        dv.error = f"Give a rank from 1 to {len(q.options)}."
    elif t is QuestionType.ALLOCATION:
        dv = DataValidation(
            type="decimal",
            operator="between",
            formula1="0",
            formula2=_num(q.total),
            allow_blank=True,
        )
        dv.error = f"Give points from 0 to {_num(q.total)}."
    elif t is QuestionType.NUMBER:
        # A number within the bounds, or "Don't know": a custom rule on this one cell.
        lo = _num(q.min_value) if q.min_value is not None else "-1E+15"
        hi = _num(q.max_value) if q.max_value is not None else "1E+15"
        rule = (
            f"OR(AND(ISNUMBER({ref}),{ref}>={lo},{ref}<={hi}),"
            f'LOWER({ref})="{DONT_KNOW_LABEL.lower()}")'
        )
        dv = DataValidation(type="custom", formula1=rule, allow_blank=True)
        dv.error = _how_to(q)
    else:
        return
    dv.errorTitle = f"Question {q.id}"
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(ref)


def _cell_value(q: Question, value: AnswerValue) -> Any:
    t = q.type
    if t is QuestionType.LIKERT:
        return _likert_choices(q)[int(value) - q.scale_lo]  # type: ignore[arg-type]  # value's shape follows q.type
    if t is QuestionType.SINGLE_CHOICE:
        return q.option_label(str(value))
    if t is QuestionType.NUMBER:
        return float(value)  # type: ignore[arg-type]  # value's shape follows q.type
    return str(value)


def _option_prefill(q: Question, value: AnswerValue, option_id: str) -> Any:
    if q.type is QuestionType.MULTI_CHOICE:
        return "x" if option_id in value else None  # type: ignore[operator]  # value's shape follows q.type
    if q.type is QuestionType.RANKING:
        order = list(value)  # type: ignore[arg-type]  # value's shape follows q.type
        return order.index(option_id) + 1 if option_id in order else None
    if q.type is QuestionType.ALLOCATION:
        assert isinstance(value, Mapping)
        points = value.get(option_id)
        return None if points is None else (int(points) if float(points).is_integer() else points)
    return None


def _write_meta(
    ws: Worksheet,
    workshop: model.Workshop,
    partner: model.Partner,
    sheets: list[tuple[str, model.Participant]],
    asked: dict[str, frozenset[str]],
) -> None:
    q = workshop.questionnaire
    d = workshop.details
    rows = [
        ("format", FORMAT),
        ("workshop_id", d.id),
        ("workshop_title", d.title),
        ("template_id", q.template_id),
        ("template_version", q.version),
        ("partner_id", partner.id),
        ("partner_name", partner.name),
        ("exported_at", datetime.now().astimezone().replace(microsecond=0).isoformat()),
    ]
    for i, (key, value) in enumerate(rows, start=1):
        put_text(ws.cell(row=i, column=1), key, "Metadata")
        put_text(ws.cell(row=i, column=2), value, "Metadata")
    start = len(rows) + 2
    for j, header in enumerate(("sheet", "participant_id", "participant_name", "questions")):
        put_text(ws.cell(row=start, column=j + 1), header, "Metadata")
    order = [x.id for x in q.questions()]
    for i, (name, person) in enumerate(sheets, start=start + 1):
        put_text(ws.cell(row=i, column=1), name, "Metadata")
        put_text(ws.cell(row=i, column=2), person.id, "Metadata")
        put_text(ws.cell(row=i, column=3), person.name, "Metadata")
        ids = ",".join(x for x in order if x in asked[person.id])
        put_text(ws.cell(row=i, column=4), ids, "Metadata")


def _print_setup(ws: Worksheet, title: str, label: str, *, portrait: bool) -> None:
    print_setup(ws, title, label)
    if portrait:
        ws.page_setup.orientation = "portrait"


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
) -> tuple[dict[str, str], list[tuple[str, str, str | None]]]:
    """The metadata, and per sheet (name, participant id, its question ids or None)."""
    if META not in wb.sheetnames:
        raise ImportRejected(
            f"'{file}' is not a pre-work workbook of Partnership Workshop (it has no "
            "metadata). Export the pre-work from the app and fill that file in."
        )
    ws = wb[META]
    values: dict[str, str] = {}
    sheets: list[tuple[str, str, str | None]] = []
    in_sheets = False
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 500), max_col=4, values_only=True):
        key, value, _, questions = (str(x) if x is not None else "" for x in row)
        if key == "sheet":
            in_sheets = True
            listed = questions == "questions"  # older workbooks list no questions: all
            continue
        if not key:
            continue
        if in_sheets:
            sheets.append((key, value, questions if listed else None))
        else:
            values[key] = value
    return values, sheets


def _read(
    workshop: model.Workshop, wb: Workbook, file: str, expected_partner: str | None
) -> PreworkContent:
    q = workshop.questionnaire
    meta, sheet_map = _meta_values(wb, file)
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
        answers += _read_sheet(wb[sheet], sheet, q, person, problems, asked)
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


def _same(a: AnswerValue | None, b: AnswerValue | None) -> bool:
    return a == b


def _given(a: WorkbookAnswer | model.Answer) -> bool:
    return a.value is not None or a.dont_know


def _state(a: WorkbookAnswer | model.Answer) -> tuple[AnswerValue | None, bool]:
    return a.value, a.dont_know


def _describe(question: Question, a: WorkbookAnswer | model.Answer) -> str:
    if a.dont_know:
        return DONT_KNOW_LABEL
    return describe_value(question, a.value) if a.value is not None else ""


def _conflicts(workshop: model.Workshop, content: PreworkContent) -> list[Conflict]:
    q = workshop.questionnaire
    existing = {(a.participant_id, a.question_id): a for a in workshop.answers}
    names = {p.id: p.name for p in content.participants}
    out: list[Conflict] = []
    for wa in content.answers:
        ex = existing.get((wa.participant_id, wa.question_id))
        if ex is None:
            continue
        question = q.question(wa.question_id)
        if _given(wa) and _given(ex) and _state(wa) != _state(ex):
            out.append(
                Conflict(
                    wa.participant_id,
                    names[wa.participant_id],
                    question.id,
                    question.title,
                    "answer",
                    _describe(question, ex),
                    _describe(question, wa),
                    wa.cell,
                )
            )
        if wa.comment and ex.comment and wa.comment != ex.comment:
            out.append(
                Conflict(
                    wa.participant_id,
                    names[wa.participant_id],
                    question.id,
                    question.title,
                    "comment",
                    ex.comment,
                    wa.comment,
                    wa.comment_cell or wa.cell,
                )
            )
    return out


def import_prework(
    store: WorkshopStore,
    path: str | Path,
    *,
    prefer: str | None = None,
    partner_id: str | None = None,
) -> PreworkImportResult:
    """Import a pre-work workbook in one transaction; all or nothing.

    With answers that differ from the app's and ``prefer`` None, raise PreworkConflict and
    change nothing; ``prefer="workbook"`` takes the workbook's, ``"existing"`` keeps the
    app's (other answers from the workbook are still imported).
    """
    if prefer not in (None, "workbook", "existing"):
        raise ValueError(f"prefer must be None, 'workbook' or 'existing', not {prefer!r}")
    content = read_prework(store, path, partner_id=partner_id)
    return apply_prework(store, content, prefer=prefer)


def apply_prework(
    store: WorkshopStore, content: PreworkContent, *, prefer: str | None = None
) -> PreworkImportResult:
    """Write what ``read_prework`` found (the UI shows the conflicts in between)."""
    result, answers = plan_prework(store.load(), content, prefer=prefer)
    if answers:
        store.put(*answers)
    return result


def plan_prework(
    workshop: model.Workshop, content: PreworkContent, *, prefer: str | None = None
) -> tuple[PreworkImportResult, list[model.Answer]]:
    """The answers an import would write, and its summary; writes nothing."""
    if content.conflicts and prefer is None:
        raise PreworkConflict(content.conflicts)
    existing = {(a.participant_id, a.question_id): a for a in workshop.answers}
    result = PreworkImportResult(content.file, content.partner.name, len(content.participants))
    take_workbook = prefer == "workbook"
    to_write: list[model.Answer] = []
    for wa in content.answers:
        ex = existing.get((wa.participant_id, wa.question_id))
        if ex is None:
            to_write.append(
                model.Answer(
                    wa.participant_id, wa.question_id, wa.value, wa.comment, dont_know=wa.dont_know
                )
            )
            result.added += 1
            continue
        value, dont_know, comment = ex.value, ex.dont_know, ex.comment
        differs = False
        if _given(wa):
            if not _given(ex) or take_workbook:
                value, dont_know = wa.value, wa.dont_know
            elif _state(wa) != _state(ex):
                differs = True
        if wa.comment:
            if not ex.comment or take_workbook:
                comment = wa.comment
            elif wa.comment != ex.comment:
                differs = True
        conflicted = (_given(wa) and _given(ex) and _state(wa) != _state(ex)) or (
            bool(wa.comment) and bool(ex.comment) and wa.comment != ex.comment
        )
        if conflicted:
            if take_workbook:
                result.conflicts_overwritten += 1
            elif differs:
                result.conflicts_kept += 1
        if (value, dont_know) == _state(ex) and comment == ex.comment:
            result.unchanged += 1
            continue
        to_write.append(
            model.Answer(wa.participant_id, wa.question_id, value, comment, dont_know=dont_know)
        )
        result.updated += 1
    return result, to_write
