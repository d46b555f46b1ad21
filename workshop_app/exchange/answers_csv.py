"""Answers in long format from a CSV file: one row per participant and question.

Columns (header required, any order, names case-insensitive):
``participant,partner,question_id,value[,comment]``. UTF-8 with or without a byte
order mark; comma-separated, fields quoted as usual for CSV. A file whose header has
semicolons (or tabs) and no comma is read with that separator: Excel writes CSV with
semicolons where the comma is the decimal mark (German or French settings, say).
Values use the text form of domain.questionnaire
(``4``, ``opt``, ``a;b``, ``a>b>c``, ``a=60;b=40``); ``dont_know`` (or "Don't know")
answers "Don't know" to any question but a text question.

The file is checked as a whole first: one bad row rejects it with every problem
listed by row number (the header is row 1, as in a spreadsheet). Only then is it
written, in one transaction. Answers whose value and comment are already stored are
not written again, so importing the same file twice changes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from workshop_app.domain import model
from workshop_app.domain.errors import ImportRejected, ValidationError
from workshop_app.domain.questionnaire import AnswerValue, is_dont_know_text, parse_value
from workshop_app.domain.text import check_text, name_key
from workshop_app.storage.store import WorkshopStore

MAX_CSV_BYTES = 20 * 1024 * 1024
REQUIRED = ("participant", "partner", "question_id", "value")
OPTIONAL = ("comment",)


@dataclass
class AnswersImportSummary:
    file: str
    created_participants: list[str] = field(default_factory=list)  # "name (partner)"
    added: int = 0
    changed: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        text = (
            f"{self.file}: {self.added} answers added, {self.changed} changed, "
            f"{self.unchanged} unchanged"
        )
        if self.created_participants:
            text += f"; {len(self.created_participants)} new participants: " + ", ".join(
                self.created_participants
            )
        return text + "."


@dataclass(frozen=True)
class _Row:
    number: int
    partner: model.Partner
    participant_name: str
    question_id: str
    value: AnswerValue | None  # None with dont_know
    comment: str | None  # None: the file has no comment column, keep what is stored
    dont_know: bool = False


def _fold(text: str) -> str:
    return name_key(" ".join(text.split()))


def match_partner(partners: list[model.Partner], name: str) -> model.Partner | None:
    """The partner called ``name`` (its name first, then its short name), ignoring case."""
    key = _fold(name)
    if not key:
        return None
    for attr in ("name", "short_name"):
        found = [p for p in partners if _fold(getattr(p, attr)) == key]
        if len(found) == 1:
            return found[0]
    return None


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRejected(f"'{path.name}' cannot be read: {exc.strerror or exc}.") from None
    if size > MAX_CSV_BYTES:
        raise ImportRejected(
            f"'{path.name}' is {size:,} bytes; an answers file is at most {MAX_CSV_BYTES:,} bytes."
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(f"'{path.name}' cannot be read: {exc.strerror or exc}.") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportRejected(
            f"'{path.name}' is not UTF-8 text (line {line}); save it as 'CSV UTF-8' and try again."
        ) from None


def _parse(path: Path, workshop: model.Workshop) -> tuple[list[_Row], list[str]]:
    text = _read_text(path)
    name = path.name
    # NUL is checked before the csv module sees it: it is never a legal character here.
    if "\x00" in text:
        lines = sorted({text.count("\n", 0, i) + 1 for i, ch in enumerate(text) if ch == "\x00"})
        shown = ", ".join(map(str, lines[:10]))
        raise ImportRejected(
            f"'{name}' was not imported; nothing was changed.",
            [f"line {shown}: contains a NUL character"],
        )
    header_line = text.lstrip("\r\n").partition("\n")[0]
    delimiter = ","
    if "," not in header_line:
        delimiter = next((d for d in (";", "\t") if d in header_line), ",")
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportRejected(f"'{name}' is not a readable CSV file: {exc}.") from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise ImportRejected(
            f"'{name}' has no header row; the first row must name the columns "
            f"{','.join(REQUIRED)}[,comment]."
        )
    header = [cell.strip().casefold() for cell in records[0]]
    unknown = [h for h in header if h not in REQUIRED + OPTIONAL]
    missing = [c for c in REQUIRED if c not in header]
    doubled = sorted({h for h in header if header.count(h) > 1})
    if unknown or missing or doubled:
        problems: list[str] = [f"row 1: missing column '{c}'" for c in missing]
        problems += [f"row 1: unknown column '{c}'" for c in unknown]
        problems += [f"row 1: column '{c}' appears twice" for c in doubled]
        raise ImportRejected(
            f"'{name}' was not imported: its header must read {','.join(REQUIRED)}[,comment].",
            problems,
        )
    col = {h: i for i, h in enumerate(header)}
    has_comment = "comment" in col

    questionnaire = workshop.questionnaire
    partners = list(workshop.partners)
    problems = []
    rows: list[_Row] = []
    first_seen: dict[tuple[str, str, str], int] = {}
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue  # blank lines, e.g. at the end of a hand-edited file
        if len(record) != len(header):
            problems.append(
                f"row {number}: has {len(record)} columns, the header has {len(header)}"
            )
            continue
        cells = {h: record[i] for h, i in col.items()}
        person = cells["participant"].strip()
        partner_name = cells["partner"].strip()
        qid = cells["question_id"].strip()
        where = f"row {number}"
        try:
            check_text(person, "participant", max_length=200, required=True)
        except ValidationError as exc:
            problems.append(f"{where}: {exc}")
            continue
        partner = match_partner(partners, partner_name)
        if partner is None:
            known = (
                "; ".join(
                    f"{p.name} ({p.short_name})" if p.short_name else p.name for p in partners
                )
                or "none"
            )
            problems.append(f"{where}: unknown partner '{partner_name}' (partners: {known})")
            continue
        if not questionnaire.has_question(qid):
            problems.append(f"{where}: unknown question '{qid}'")
            continue
        question = questionnaire.question(qid)
        dont_know = question.scored and is_dont_know_text(cells["value"])
        try:
            value = None if dont_know else parse_value(question, cells["value"])
        except ValidationError as exc:
            problems.append(f"{where}: bad value for question {qid}: {exc}")
            continue
        comment = None
        if has_comment:
            try:
                comment = check_text(cells["comment"], "comment")
            except ValidationError as exc:
                problems.append(f"{where}: {exc}")
                continue
        key = (partner.id, _fold(person), qid)
        if key in first_seen:
            problems.append(
                f"{where}: duplicate row: {person} ({partner.label}) already answers {qid} "
                f"in row {first_seen[key]}"
            )
            continue
        first_seen[key] = number
        rows.append(_Row(number, partner, person, qid, value, comment, dont_know))
    return rows, problems


@dataclass
class AnswersImportPlan:
    """What importing a file would write; nothing is written yet."""

    summary: AnswersImportSummary
    participants: list[model.Participant]  # new ones, to add first
    answers: list[model.Answer]  # new and changed ones

    @property
    def entities(self) -> list[model.Participant | model.Answer]:
        return [*self.participants, *self.answers]


def plan_answers_csv(workshop: model.Workshop, path: str | Path) -> AnswersImportPlan:
    """Read and check a file against a loaded workshop; raises ImportRejected listing each
    bad row. Touches no database, so it can run off the UI thread."""
    p = Path(path)
    rows, problems = _parse(p, workshop)
    if problems:
        raise ImportRejected(f"'{p.name}' was not imported; nothing was changed.", problems)

    people: dict[tuple[str, str], list[model.Participant]] = {}
    for person in workshop.participants:
        people.setdefault((person.partner_id, _fold(person.name)), []).append(person)
    for row in rows:
        match = people.get((row.partner.id, _fold(row.participant_name)), [])
        if len(match) > 1:
            problems.append(
                f"row {row.number}: {row.partner.label} has {len(match)} participants named "
                f"'{row.participant_name}'; rename one in the app first"
            )
    if problems:
        raise ImportRejected(f"'{p.name}' was not imported; nothing was changed.", problems)

    summary = AnswersImportSummary(p.name)
    new_people: list[model.Participant] = []
    stored = {(a.participant_id, a.question_id): a for a in workshop.answers}
    to_write: list[model.Answer] = []
    now = datetime.now().astimezone().replace(microsecond=0)
    for row in rows:
        key = (row.partner.id, _fold(row.participant_name))
        if key not in people:
            person = model.Participant(model.new_id(), row.partner.id, row.participant_name)
            people[key] = [person]
            new_people.append(person)
            summary.created_participants.append(f"{person.name} ({row.partner.label})")
        person = people[key][0]
        old = stored.get((person.id, row.question_id))
        comment = row.comment if row.comment is not None else (old.comment if old else "")
        if (
            old is not None
            and old.value == row.value
            and old.dont_know == row.dont_know
            and old.comment == comment
        ):
            summary.unchanged += 1
            continue
        answer = model.Answer(
            person.id, row.question_id, row.value, comment, now, dont_know=row.dont_know
        )
        if old is None:
            summary.added += 1
        else:
            summary.changed += 1
        to_write.append(answer)
    return AnswersImportPlan(summary, new_people, to_write)


def import_answers_csv(store: WorkshopStore, path: str | Path) -> AnswersImportSummary:
    """Import every row or none, in one transaction; raises ImportRejected listing each bad
    row. Importing the same file twice writes nothing the second time."""
    plan = plan_answers_csv(store.load(), path)
    if plan.entities:
        store.put(*plan.entities)
    return plan.summary
