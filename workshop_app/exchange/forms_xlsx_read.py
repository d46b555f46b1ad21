"""Reading a questionnaire form workbook (see forms_xlsx for its sheets and columns).

Refuses what the pre-work import refuses (xlsx_safety: size, zip ratio, entities) and a
formula where a value belongs, and names the sheet, row and column of every problem.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.errors import FileFormatError, ImportRejected, TemplateError, WorkshopError
from workshop_app.domain.template_format import FORMAT_TAG, questionnaire_from_dict
from workshop_app.domain.template_rules import check_template
from workshop_app.exchange.forms_xlsx import (
    FIELD_COLUMN,
    MAX_FORM_BYTES,
    NUMBERS,
    PLAIN,
    READ_TYPES,
    SETTING_FIELD,
    SETTINGS,
    TAGS,
    TYPES,
    WORDING,
)
from workshop_app.exchange.xlsx_safety import check_xlsx

_SURVEY = ("type", "name", *WORDING, *PLAIN[2:])
_CHOICES = ("list_name", "name", "label")
_REVISIONS = ("question", "field", "was", "date")
_LANG_COL = re.compile(
    r"^(?P<base>[a-z_]+)(?:::(?:(?P<name>[^()]*)\((?P<code>[^()]+)\)|"
    r"(?P<bare>[^()]+)))?$"
)


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
                self.fail(
                    1,
                    cell.column,
                    f"'{raw}' is not a column name this form knows "
                    f"(the sheet's columns: {', '.join(known)}).",
                )
                continue
            code = (m["code"] or m["bare"] or "").strip() or None
            if code:
                self.languages.add(code)
                if language and code != language:
                    self.fail(
                        1,
                        cell.column,
                        f"column '{raw}' is in language '{code}', but the "
                        f"form's default_language is '{language}'; a template holds one "
                        "language today.",
                    )
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
                    value = value.strip() if name not in WORDING else value.rstrip()
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
    sheet = _Sheet(ws, None, [], SETTINGS)
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
    settings = _Sheet(wb["settings"], lang, problems, SETTINGS)
    survey.need("type", "name", "label")
    settings.need("form_id", "version", "form_title")
    choice_lists: dict[str, list[tuple[int, Any, Any]]] = {}
    choices = None
    if "choices" in wb.sheetnames:
        choices = _Sheet(wb["choices"], lang, problems, _CHOICES)
    if choices is not None and choices.need("list_name", "name", "label"):
        for r, row in choices.rows():
            if "list_name" not in row:
                choices.fail(r, "list_name", "give the list this choice belongs to.")
                continue
            choice_lists.setdefault(_text(row["list_name"]), []).append(
                (r, row.get("name"), row.get("label"))
            )
    where: dict[str, Any] = {
        "questions": {},
        "choices": choice_lists,
        "survey": survey,
        "choices_sheet": choices,
        "settings": settings,
    }
    top: dict[str, Any] = {"format": FORMAT_TAG}
    settings_rows = settings.rows()
    if settings_rows:
        _, row = settings_rows[0]
        for field, column in SETTING_FIELD.items():
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
            survey.fail(
                r,
                "element",
                "name the element (goals, strengths, governance, "
                "culture or exit) or put the question inside a begin_group row.",
            )
            continue
        sections.setdefault(element, {"element": element, "questions": []})["questions"].append(q)
        where["questions"][q["id"]] = r
    # Sections in element order whatever the row order (an unknown element goes last,
    # where the format names it).
    order = [e.value for e in Element]
    ranked = sorted(sections.values(), key=lambda s: [*order, s["element"]].index(s["element"]))
    top["sections"] = [
        {k: s[k] for k in ("element", "title", "intro", "questions") if k in s} for s in ranked
    ]
    _glossary(wb, lang, top, problems)
    _revisions(wb, lang, top, problems)
    if problems:
        raise ImportRejected(f"{name}: the form cannot be read.", problems)
    return top, where


def _question(
    survey: _Sheet,
    r: int,
    row: dict[str, Any],
    kind: list[str],
    lists: dict[str, list[tuple[int, Any, Any]]],
    choices: _Sheet | None,
) -> Any:
    qtype = READ_TYPES.get(kind[0])
    if qtype is None:
        survey.fail(
            r,
            "type",
            f"'{' '.join(kind)}' is not a question type (use "
            f"{', '.join(TYPES.values())}, begin_group or end_group).",
        )
        return None
    if "name" not in row:
        survey.fail(r, "name", "give the question an id.")
        return None
    q: dict[str, Any] = {"id": _text(row["name"]), "type": qtype.value}
    for field, column in (("short", "short"), ("text", "label"), ("help", "hint")):
        if column in row:
            q[field] = _text(row[column])
    for column, field in NUMBERS.items():
        if column in row:
            value = _number(survey, r, column, row[column])
            if value is not None:
                q[field] = value
    for key in TAGS:
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
            survey.fail(
                r, "type", f"name the choices list after the type, e.g. '{kind[0]} {q['id']}'."
            )
            return None
        if list_name not in lists:
            survey.fail(r, "type", f"the choices sheet has no list '{list_name}'.")
            return None
        items = lists[list_name]
        if qtype is QuestionType.LIKERT:
            anchors: dict[Any, Any] = {}
            for cr, point, label in items:
                value = _number(choices, cr, "name", point) if choices else None
                if value is not None:
                    anchors[value] = label
            q["anchors"] = anchors
        else:
            q["options"] = [
                {"id": _text(oid) if oid is not None else None, "label": label}
                for _, oid, label in items
            ]
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
        rows = [
            {k: _text(row.get(k, "")) for k in ("question", "field", "was", "date")}
            for _, row in sheet.rows()
        ]
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
            column = "label" if opt.group(2) == "label" else "name"
            return f"{where['choices_sheet'].where(r, column)}: {problem}"
        base = field.split(".")[0].split("[")[0]
        return f"{survey.where(row, FIELD_COLUMN.get(base, base))}: {problem}"
    if place == "top level" and field in SETTING_FIELD:
        return f"{where['settings'].where(2, SETTING_FIELD[field])}: {problem}"
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
        raise ImportRejected(
            f"{p.name}: the form is not a valid questionnaire.", [_locate(exc, where)]
        ) from None
    return data, check_template(data, questionnaire, p.name)
