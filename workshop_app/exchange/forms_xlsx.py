"""A questionnaire template as an Excel workbook in the XLSForm style, and back.

XLSForm (ODK, KoboToolbox) keeps a form in three sheets; we follow it where the meaning
is the same:

- ``survey``: one row per question. ``begin_group``/``end_group`` rows enclose the
  questions of one element (name = the element, label = the section title, hint = its
  intro). Columns: type, name, label::LANG, hint::LANG, short::LANG, element, weight,
  measures, scale_lo, scale_hi, unit, min, max, total, tolerance, phases, purposes,
  functions, clause, sensitive. ``type`` is ``likert LIST``, ``select_one LIST``,
  ``select_multiple LIST``, ``rank LIST``, ``allocation LIST``, ``decimal`` or ``text``.
- ``choices``: list_name, name, label::LANG: the options of a question, or the anchors
  of a Likert scale (name = the scale point).
- ``settings``: form_id, version, form_title, default_language, description.
- ``glossary``: term::LANG, meaning::LANG; ``revisions`` (only when there are any).

LANG is written ``English (en)``. Reading refuses what the pre-work import refuses
(xlsx_safety: size, zip ratio, entities) and a formula where a value belongs, and names
the sheet, row and column of every problem.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import FileFormatError, ImportRejected, TemplateError, WorkshopError
from workshop_app.domain.template_format import FORMAT_TAG, questionnaire_from_dict
from workshop_app.domain.template_rules import check_template
from workshop_app.exchange.xlsx_safety import check_xlsx
from workshop_app.exports.xlsx_common import HEADER_FILL, HEADER_FONT, save_atomically

MAX_FORM_BYTES = 5 * 1024 * 1024
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                  "it": "Italian", "ja": "Japanese", "ko": "Korean", "zh": "Chinese"}
_TYPES = {
    QuestionType.LIKERT: "likert",
    QuestionType.SINGLE_CHOICE: "select_one",
    QuestionType.MULTI_CHOICE: "select_multiple",
    QuestionType.RANKING: "rank",
    QuestionType.ALLOCATION: "allocation",
    QuestionType.NUMBER: "decimal",
    QuestionType.TEXT: "text",
}
_READ_TYPES = {v: k for k, v in _TYPES.items()} | {t.value: t for t in QuestionType}
_WORDING = ("label", "hint", "short")  # one column per language
_PLAIN = ("type", "name", "element", "weight", "measures", "scale_lo", "scale_hi", "unit",
          "min", "max", "total", "tolerance", "phases", "purposes", "functions", "clause",
          "sensitive")
_NUMBERS = {"weight": "weight", "min": "min", "max": "max", "total": "total",
            "tolerance": "tolerance"}
_TAGS = ("phases", "purposes", "functions")
# Template field -> survey column, to point at the cell a format error is about.
_FIELD_COLUMN = {"id": "name", "text": "label", "help": "hint", "short": "short",
                 "scale": "scale_lo", "options": "type", "anchors": "type"}
_SETTINGS = ("form_id", "version", "form_title", "default_language", "description")
_SETTING_FIELD = {"id": "form_id", "version": "version", "title": "form_title",
                  "language": "default_language", "description": "description"}
_SURVEY = ("type", "name", *_WORDING, *_PLAIN[2:])
_CHOICES = ("list_name", "name", "label")
_REVISIONS = ("question", "field", "was", "date")
_LANG_COL = re.compile(r"^(?P<base>[a-z_]+)(?:::(?:(?P<name>[^()]*)\((?P<code>[^()]+)\)|"
                       r"(?P<bare>[^()]+)))?$")


def language_header(code: str) -> str:
    return f"{LANGUAGE_NAMES.get(code.split('-')[0], code)} ({code})"


# --- writing -------------------------------------------------------------------------


def _tag_cell(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else " ".join(str(v) for v in value)


def _header(ws: Any, names: list[str]) -> None:
    ws.append(names)
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    ws.freeze_panes = "A2"
    for n, name in enumerate(names, start=1):
        wide = name.startswith(("label", "hint", "meaning", "description", "was"))
        ws.column_dimensions[get_column_letter(n)].width = 60 if wide else max(12, len(name) + 2)


def build_form_workbook(data: dict[str, Any]) -> Workbook:
    """The workbook of a template (as plain data, already validated)."""
    lang = language_header(str(data.get("language", "en")))
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    columns = ["type", "name", f"label::{lang}", f"hint::{lang}", f"short::{lang}", *_PLAIN[2:]]
    _header(survey, columns)
    choices = wb.create_sheet("choices")
    _header(choices, ["list_name", "name", f"label::{lang}"])
    for section in data["sections"]:
        survey.append(["begin_group", section["element"], section.get("title"),
                       section.get("intro")])
        for q in section["questions"]:
            qtype = QuestionType(q["type"])
            listed = q.get("options") or ([{"id": k, "label": v}
                                            for k, v in q.get("anchors", {}).items()])
            type_cell = _TYPES[qtype] + (f" {q['id']}" if listed else "")
            scale = q.get("scale") or {}
            sensitive = q.get("sensitive")
            row = {
                "type": type_cell, "name": q["id"], "label": q["text"], "hint": q.get("help"),
                "short": q.get("short"), "element": section["element"],
                "weight": q.get("weight"), "measures": q.get("measures"),
                "scale_lo": scale.get("lo"), "scale_hi": scale.get("hi"),
                "unit": q.get("unit"), "min": q.get("min"), "max": q.get("max"),
                "total": q.get("total"), "tolerance": q.get("tolerance"),
                "phases": _tag_cell(q.get("phases")), "purposes": _tag_cell(q.get("purposes")),
                "functions": _tag_cell(q.get("functions")), "clause": q.get("clause"),
                "sensitive": None if sensitive is None else ("yes" if sensitive else "no"),
            }
            survey.append([row[c.split("::")[0]] for c in columns])
            for o in listed:
                choices.append([q["id"], o["id"], o["label"]])
        survey.append(["end_group", section["element"]])
    settings = wb.create_sheet("settings")
    _header(settings, list(_SETTINGS))
    settings.append([data["id"], str(data["version"]), data["title"], lang,
                     data.get("description")])
    glossary = wb.create_sheet("glossary")
    _header(glossary, [f"term::{lang}", f"meaning::{lang}"])
    for term, meaning in (data.get("glossary") or {}).items():
        glossary.append([term, meaning])
    if data.get("revisions"):
        revisions = wb.create_sheet("revisions")
        _header(revisions, ["question", "field", "was", "date"])
        for r in data["revisions"]:
            revisions.append([r["question"], r["field"], r["was"], str(r["date"])])
    for ws in wb.worksheets:  # text cells stay text, even "1.0" or "=x" typed as an option
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    return wb


def write_form_xlsx(data: dict[str, Any], path: str | Path) -> Path:
    questionnaire_from_dict(data, Path(path).name)  # never write a form that will not load
    return save_atomically(build_form_workbook(data), path)


# --- reading -------------------------------------------------------------------------


class _Sheet:
    """One sheet's header and cells, collecting problems with sheet, row and column."""

    def __init__(
        self, ws: Any, language: str | None, problems: list[str], known: tuple[str, ...]
    ) -> None:
        self.ws, self.name, self.problems = ws, ws.title, problems
        self.columns: dict[str, int] = {}
        self.languages: set[str] = set()
        for cell in ws[1] if ws.max_row >= 1 else ():
            if cell.value is None:
                continue
            raw = str(cell.value).strip()
            m = _LANG_COL.match(raw)
            if not m or m["base"] not in known:
                self.fail(1, cell.column, f"'{raw}' is not a column name this form knows "
                          f"(the sheet's columns: {', '.join(known)}).")
                continue
            code = (m["code"] or m["bare"] or "").strip() or None
            if code:
                self.languages.add(code)
                if language and code != language:
                    self.fail(1, cell.column, f"column '{raw}' is in language '{code}', but the "
                              f"form's default_language is '{language}'; a template holds one "
                              "language today.")
                    continue
            if m["base"] in self.columns:
                self.fail(1, cell.column, f"the column '{m['base']}' appears twice.")
            self.columns[m["base"]] = cell.column

    def where(self, row: int, col: int | str) -> str:
        if isinstance(col, str):
            col = self.columns.get(col, 0)
        if not col:
            return f"sheet '{self.name}', row {row}"
        header = self.ws.cell(row=1, column=col).value
        return f"sheet '{self.name}', row {row}, column {get_column_letter(col)} ({header})"

    def fail(self, row: int, col: int | str, problem: str) -> None:
        self.problems.append(f"{self.where(row, col)}: {problem}")

    def need(self, *names: str) -> bool:
        missing = [n for n in names if n not in self.columns]
        for n in missing:
            self.problems.append(f"sheet '{self.name}', row 1: the column '{n}' is missing.")
        return not missing

    def rows(self) -> list[tuple[int, dict[str, Any]]]:
        out = []
        for r in range(2, self.ws.max_row + 1):
            values: dict[str, Any] = {}
            for name, col in self.columns.items():
                cell = self.ws.cell(row=r, column=col)
                if cell.data_type == "f":
                    self.fail(r, col, "holds a formula; type the value itself.")
                    continue
                value = cell.value
                if isinstance(value, str):
                    value = value.strip() if name not in _WORDING else value.rstrip()
                    if not value.strip():
                        value = None
                if value is not None:
                    values[name] = value
            if values:
                out.append((r, values))
        return out


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(sheet: _Sheet, r: int, col: str, value: Any) -> Any:
    if isinstance(value, bool):
        sheet.fail(r, col, f"'{value}' is not a number.")
        return None
    if isinstance(value, int | float):
        return value
    try:
        x = float(str(value).replace(",", "."))
    except ValueError:
        sheet.fail(r, col, f"'{value}' is not a number.")
        return None
    return int(x) if x.is_integer() and "." not in str(value) else x


def _tags(value: Any) -> Any:
    words = [w for w in re.split(r"[\s,;]+", str(value)) if w]
    return words[0] if words == ["all"] else words


def _language(wb: Any, problems: list[str]) -> str:
    if "settings" not in wb.sheetnames:
        return "en"
    ws = wb["settings"]
    sheet = _Sheet(ws, None, [], _SETTINGS)
    col = sheet.columns.get("default_language")
    value = ws.cell(row=2, column=col).value if col else None
    if not value:
        return "en"
    m = re.search(r"\(([^()]+)\)\s*$", str(value))
    return (m.group(1) if m else str(value)).strip()


def read_form_workbook(wb: Any, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(template data, where each part came from); raises ImportRejected with every problem."""
    problems: list[str] = []
    for needed in ("survey", "settings"):
        if needed not in wb.sheetnames:
            raise ImportRejected(f"{name}: the sheet '{needed}' is missing.", [])
    lang = _language(wb, problems)
    survey = _Sheet(wb["survey"], lang, problems, _SURVEY)
    settings = _Sheet(wb["settings"], lang, problems, _SETTINGS)
    survey.need("type", "name", "label")
    settings.need("form_id", "version", "form_title")
    choice_lists: dict[str, list[tuple[int, Any, Any]]] = {}
    choices = _Sheet(wb["choices"], lang, problems, _CHOICES) if "choices" in wb.sheetnames else None
    if choices is not None and choices.need("list_name", "name", "label"):
        for r, row in choices.rows():
            if "list_name" not in row:
                choices.fail(r, "list_name", "give the list this choice belongs to.")
                continue
            choice_lists.setdefault(_text(row["list_name"]), []).append(
                (r, row.get("name"), row.get("label")))
    where: dict[str, Any] = {"questions": {}, "choices": choice_lists, "survey": survey,
                             "choices_sheet": choices, "settings": settings}
    top: dict[str, Any] = {"format": FORMAT_TAG}
    settings_rows = settings.rows()
    if settings_rows:
        _, row = settings_rows[0]
        for field, column in _SETTING_FIELD.items():
            if column in row:
                top[field] = _text(row[column]) if field != "description" else row[column]
        top["language"] = lang
    sections: dict[str, dict[str, Any]] = {}
    group: str | None = None
    for r, row in survey.rows():
        kind = _text(row.get("type", "")).split()
        if not kind:
            survey.fail(r, "type", "give the question type.")
            continue
        if kind[0] in ("begin_group", "begin group"):
            group = _text(row.get("name", ""))
            section = sections.setdefault(group, {"element": group, "questions": []})
            if "label" in row:
                section["title"] = row["label"]
            if "hint" in row:
                section["intro"] = row["hint"]
            continue
        if kind[0] in ("end_group", "end group"):
            group = None
            continue
        q = _question(survey, r, row, kind, choice_lists, choices)
        if q is None:
            continue
        element = _text(row.get("element") or group or "")
        if not element:
            survey.fail(r, "element", "name the element (goals, strengths, governance, "
                        "culture or exit) or put the question inside a begin_group row.")
            continue
        sections.setdefault(element, {"element": element, "questions": []})["questions"].append(q)
        where["questions"][q["id"]] = r
    top["sections"] = [
        {k: s[k] for k in ("element", "title", "intro", "questions") if k in s}
        for s in sections.values()
    ]
    _glossary(wb, lang, top, problems)
    _revisions(wb, lang, top, problems)
    if problems:
        raise ImportRejected(f"{name}: the form cannot be read.", problems)
    return top, where


def _question(survey: _Sheet, r: int, row: dict[str, Any], kind: list[str],
              lists: dict[str, list[tuple[int, Any, Any]]], choices: _Sheet | None) -> Any:
    qtype = _READ_TYPES.get(kind[0])
    if qtype is None:
        survey.fail(r, "type", f"'{' '.join(kind)}' is not a question type (use "
                    f"{', '.join(_TYPES.values())}, begin_group or end_group).")
        return None
    if "name" not in row:
        survey.fail(r, "name", "give the question an id.")
        return None
    q: dict[str, Any] = {"id": _text(row["name"]), "type": qtype.value}
    for field, column in (("short", "short"), ("text", "label"), ("help", "hint")):
        if column in row:
            q[field] = _text(row[column])
    for column, field in _NUMBERS.items():
        if column in row:
            value = _number(survey, r, column, row[column])
            if value is not None:
                q[field] = value
    for key in _TAGS:
        if key in row:
            q[key] = _tags(row[key])
    for key in ("clause", "measures", "unit"):
        if key in row:
            q[key] = _text(row[key])
    if "sensitive" in row:
        flag = _text(row["sensitive"]).strip().casefold()
        if flag in ("yes", "true", "1", "x"):
            q["sensitive"] = True
        elif flag in ("no", "false", "0"):
            q["sensitive"] = False
        else:
            survey.fail(r, "sensitive", f"'{row['sensitive']}' is not yes or no.")
    if "scale_lo" in row or "scale_hi" in row:
        lo = _number(survey, r, "scale_lo", row.get("scale_lo", ""))
        hi = _number(survey, r, "scale_hi", row.get("scale_hi", ""))
        q["scale"] = {"lo": lo, "hi": hi}
    listed = qtype not in (QuestionType.NUMBER, QuestionType.TEXT)
    if listed:
        list_name = kind[1] if len(kind) > 1 else None
        if list_name is None:
            survey.fail(r, "type", f"name the choices list after the type, e.g. "
                        f"'{kind[0]} {q['id']}'.")
            return None
        if list_name not in lists:
            survey.fail(r, "type", f"the choices sheet has no list '{list_name}'.")
            return None
        items = lists[list_name]
        if qtype is QuestionType.LIKERT:
            anchors: dict[Any, Any] = {}
            for cr, point, label in items:
                value = _number(choices, cr, "name", point) if choices else None  # type: ignore[arg-type]
                if value is not None:
                    anchors[value] = label
            q["anchors"] = anchors
        else:
            q["options"] = [{"id": _text(oid) if oid is not None else None,
                             "label": label} for _, oid, label in items]
    return q


def _glossary(wb: Any, lang: str, top: dict[str, Any], problems: list[str]) -> None:
    if "glossary" not in wb.sheetnames:
        return
    sheet = _Sheet(wb["glossary"], lang, problems, ("term", "meaning"))
    if not sheet.need("term", "meaning"):
        return
    terms: dict[str, Any] = {}
    for r, row in sheet.rows():
        term = _text(row.get("term", "")).strip()
        if not term or "meaning" not in row:
            sheet.fail(r, "term" if not term else "meaning", "give both the term and its meaning.")
        elif term in terms:
            sheet.fail(r, "term", f"'{term}' is already in the glossary.")
        else:
            terms[term] = _text(row["meaning"])
    if terms:
        top["glossary"] = terms


def _revisions(wb: Any, lang: str, top: dict[str, Any], problems: list[str]) -> None:
    if "revisions" not in wb.sheetnames:
        return
    sheet = _Sheet(wb["revisions"], lang, problems, _REVISIONS)
    if sheet.need("question", "field", "was", "date"):
        rows = [{k: _text(row.get(k, "")) for k in ("question", "field", "was", "date")}
                for _, row in sheet.rows()]
        if rows:
            top["revisions"] = rows


def _locate(exc: TemplateError, where: dict[str, Any]) -> str:
    """The sheet, row and column a format error is about."""
    place, field = getattr(exc, "where", ""), getattr(exc, "field", "")
    problem = getattr(exc, "problem", str(exc))
    survey: _Sheet = where["survey"]
    m = re.match(r"question (\S+)$", place)
    if m and m.group(1) in where["questions"]:
        qid, row = m.group(1), where["questions"][m.group(1)]
        opt = re.match(r"options\[(\d+)\](?:\.(id|label))?", field)
        listed = where["choices"].get(qid)
        if opt and listed and where["choices_sheet"] is not None:
            r = listed[int(opt.group(1)) - 1][0]
            return f"{where['choices_sheet'].where(r, 'label' if opt.group(2) == 'label' else 'name')}: {problem}"
        base = field.split(".")[0].split("[")[0]
        return f"{survey.where(row, _FIELD_COLUMN.get(base, base))}: {problem}"
    if place == "top level" and field in _SETTING_FIELD:
        return f"{where['settings'].where(2, _SETTING_FIELD[field])}: {problem}"
    return f"{place}, field '{field}': {problem}"


def read_form_xlsx(path: str | Path) -> tuple[dict[str, Any], list[str]]:
    """Read a form workbook: (template data, writing-rule problems as warnings).

    Raises FileFormatError (not a safe workbook) or ImportRejected (every problem with
    sheet, row and column); nothing is written.
    """
    p = Path(path)
    check_xlsx(p, max_bytes=MAX_FORM_BYTES)
    with p.open("rb") as fh:
        try:
            wb = openpyxl.load_workbook(fh, data_only=False, keep_links=False)
        except WorkshopError:
            raise
        except Exception as exc:  # openpyxl raises many types on damaged files
            raise FileFormatError(
                f"'{p.name}' cannot be read as an Excel workbook ({type(exc).__name__}: {exc})."
            ) from None
    data, where = read_form_workbook(wb, p.name)
    try:
        questionnaire = questionnaire_from_dict(data, p.name)
    except TemplateError as exc:
        raise ImportRejected(f"{p.name}: the form is not a valid questionnaire.",
                             [_locate(exc, where)]) from None
    return data, check_template(data, questionnaire, p.name)
