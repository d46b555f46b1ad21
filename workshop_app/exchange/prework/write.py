"""Export: write a partner's pre-work workbook (instructions, glossary, one protected sheet
per participant with drop-downs, hidden metadata)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.domain import model
from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import (
    ValidationError,
)
from workshop_app.domain.questionnaire import (
    DONT_KNOW_LABEL,
    SENSITIVE_NOTICE,
    AnswerValue,
    Question,
    Questionnaire,
)
from workshop_app.domain.scope import asked_questions
from workshop_app.domain.translation import localized, shown_language
from workshop_app.exchange.prework.layout import (
    _MULTI_ROW,
    ANSWER_COL,
    ANSWER_FILL,
    COMMENT_COL,
    FIRST_ROW,
    FORMAT,
    GLOSSARY,
    HEADER_ROW,
    HEADERS,
    INSTRUCTIONS,
    LISTS,
    META,
    OPTION_FONT,
    SECTION_FILL,
    TOP_WRAP,
    UNLOCKED,
    WIDTHS,
    _how_to,
    _layout,
    _likert_choices,
    _num,
)
from workshop_app.exports.xlsx_common import (
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
    # Drop-down choices in each language a participant of this partner reads.
    list_refs: dict[str, dict[str, str]] = {}
    col = 1
    for lang in dict.fromkeys(shown_language(q, p.language) for p in people):
        list_refs[lang], col = _write_lists(lists, localized(q, lang), col)
    _write_instructions(intro, workshop, partner, sheet_names)
    if q.glossary:
        _write_glossary(wb.create_sheet(GLOSSARY), workshop, list(list_refs))
    asked: dict[str, frozenset[str]] = {}
    for name, person in sheet_names:
        ws = wb.create_sheet(name)
        # Each person's sheet holds the questions they are asked in this workshop.
        asked[person.id] = frozenset(
            x.id for x in asked_questions(workshop.details, workshop.questionnaire, person)
        )
        refs = list_refs[shown_language(q, person.language)]
        _write_participant_sheet(ws, workshop, partner, person, refs, asked[person.id])
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


def _write_lists(ws: Worksheet, q: Questionnaire, col: int = 1) -> tuple[dict[str, str], int]:
    """Drop-down choices in a hidden sheet (inline lists are limited to 255 characters),
    from column ``col``; the references and the next free column."""
    refs: dict[str, str] = {}
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
    return refs, col


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


def _write_glossary(ws: Worksheet, workshop: model.Workshop, languages: list[str]) -> None:
    """The template's glossary as a printable page: the few terms the questions rely on,
    in each language the partner's participants read."""
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
    entries = [
        entry for lang in languages for entry in localized(workshop.questionnaire, lang).glossary
    ]
    for r, (term, meaning) in enumerate(entries, start=5):
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
    q = localized(workshop.questionnaire, person.language)  # ids as the source's
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
    for j, header in enumerate(
        ("sheet", "participant_id", "participant_name", "questions", "language")
    ):
        put_text(ws.cell(row=start, column=j + 1), header, "Metadata")
    order = [x.id for x in q.questions()]
    for i, (name, person) in enumerate(sheets, start=start + 1):
        put_text(ws.cell(row=i, column=1), name, "Metadata")
        put_text(ws.cell(row=i, column=2), person.id, "Metadata")
        put_text(ws.cell(row=i, column=3), person.name, "Metadata")
        ids = ",".join(x for x in order if x in asked[person.id])
        put_text(ws.cell(row=i, column=4), ids, "Metadata")
        # The language its labels are in: the reader matches them in that language.
        put_text(ws.cell(row=i, column=5), shown_language(q, person.language), "Metadata")


def _print_setup(ws: Worksheet, title: str, label: str, *, portrait: bool) -> None:
    print_setup(ws, title, label)
    if portrait:
        ws.page_setup.orientation = "portrait"
