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

LANG is written ``English (en)``. A template's translations are more columns of the same
kind, one set per language (``label::German (de)``, ``hint::German (de)``, ``short::...``,
``unit::...``; on ``choices``, ``glossary`` and ``settings`` too), as XLSForm writes a
multi-language form; reading them back gives the same ``translations`` block. Reading
refuses what the pre-work import refuses (xlsx_safety: size, zip ratio, entities) and a
formula where a value belongs, and names the sheet, row and column of every problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.exports.xlsx_common import HEADER_FILL, HEADER_FONT, save_atomically

MAX_FORM_BYTES = 5 * 1024 * 1024
LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
}
_TRANSLATED = ("label", "hint", "short", "unit")  # survey columns repeated per translation
TYPES = {
    QuestionType.LIKERT: "likert",
    QuestionType.SINGLE_CHOICE: "select_one",
    QuestionType.MULTI_CHOICE: "select_multiple",
    QuestionType.RANKING: "rank",
    QuestionType.ALLOCATION: "allocation",
    QuestionType.NUMBER: "decimal",
    QuestionType.TEXT: "text",
}
READ_TYPES = {v: k for k, v in TYPES.items()} | {t.value: t for t in QuestionType}
WORDING = ("label", "hint", "short")  # one column per language
PLAIN = (
    "type",
    "name",
    "element",
    "weight",
    "measures",
    "scale_lo",
    "scale_hi",
    "unit",
    "min",
    "max",
    "total",
    "tolerance",
    "phases",
    "purposes",
    "functions",
    "clause",
    "sensitive",
)
NUMBERS = {
    "weight": "weight",
    "min": "min",
    "max": "max",
    "total": "total",
    "tolerance": "tolerance",
}
TAGS = ("phases", "purposes", "functions")
# Template field -> survey column, to point at the cell a format error is about.
FIELD_COLUMN = {
    "id": "name",
    "text": "label",
    "help": "hint",
    "short": "short",
    "scale": "scale_lo",
    "options": "type",
    "anchors": "type",
}
SETTINGS = ("form_id", "version", "form_title", "default_language", "description")
SETTING_FIELD = {
    "id": "form_id",
    "version": "version",
    "title": "form_title",
    "language": "default_language",
    "description": "description",
}


def language_header(code: str) -> str:
    return f"{LANGUAGE_NAMES.get(code.replace('_', '-').split('-')[0], code)} ({code})"


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
    translations: dict[str, Any] = data.get("translations") or {}
    heads = {code: language_header(code) for code in translations}
    wb = Workbook()
    survey = wb.active
    assert isinstance(survey, Worksheet)  # a new workbook starts with one worksheet
    survey.title = "survey"
    columns = ["type", "name", f"label::{lang}", f"hint::{lang}", f"short::{lang}", *PLAIN[2:]]
    columns += [f"{base}::{head}" for head in heads.values() for base in _TRANSLATED]
    _header(survey, columns)
    choices = wb.create_sheet("choices")
    _header(
        choices, ["list_name", "name", f"label::{lang}", *(f"label::{h}" for h in heads.values())]
    )
    for section in data["sections"]:
        group: dict[str, Any] = {
            "type": "begin_group",
            "name": section["element"],
            f"label::{lang}": section.get("title"),
            f"hint::{lang}": section.get("intro"),
        }
        for code, head in heads.items():
            words = (translations[code].get("sections") or {}).get(section["element"]) or {}
            group[f"label::{head}"] = words.get("title")
            group[f"hint::{head}"] = words.get("intro")
        survey.append([group.get(c) for c in columns])
        for q in section["questions"]:
            qtype = QuestionType(q["type"])
            listed = q.get("options") or (
                [{"id": k, "label": v} for k, v in q.get("anchors", {}).items()]
            )
            type_cell = TYPES[qtype] + (f" {q['id']}" if listed else "")
            scale = q.get("scale") or {}
            sensitive = q.get("sensitive")
            row = {
                "type": type_cell,
                "name": q["id"],
                "label": q["text"],
                "hint": q.get("help"),
                "short": q.get("short"),
                "element": section["element"],
                "weight": q.get("weight"),
                "measures": q.get("measures"),
                "scale_lo": scale.get("lo"),
                "scale_hi": scale.get("hi"),
                "unit": q.get("unit"),
                "min": q.get("min"),
                "max": q.get("max"),
                "total": q.get("total"),
                "tolerance": q.get("tolerance"),
                "phases": _tag_cell(q.get("phases")),
                "purposes": _tag_cell(q.get("purposes")),
                "functions": _tag_cell(q.get("functions")),
                "clause": q.get("clause"),
                "sensitive": None if sensitive is None else ("yes" if sensitive else "no"),
            }
            values = [row.get(c.split("::")[0]) for c in columns[: len(PLAIN) + 3]]
            for code in heads:
                words = (translations[code].get("questions") or {}).get(q["id"]) or {}
                values += [words.get(k) for k in ("text", "help", "short", "unit")]
            survey.append(values)
            for o in listed:
                labels = []
                for code in heads:
                    words = (translations[code].get("questions") or {}).get(q["id"]) or {}
                    own = words.get("options" if q.get("options") else "anchors") or {}
                    labels.append(own.get(o["id"]))
                choices.append([q["id"], o["id"], o["label"], *labels])
        survey.append(["end_group", section["element"]])
    settings = wb.create_sheet("settings")
    _header(
        settings,
        [
            *SETTINGS,
            *(f"{base}::{h}" for h in heads.values() for base in ("form_title", "description")),
        ],
    )
    settings.append(
        [
            data["id"],
            str(data["version"]),
            data["title"],
            lang,
            data.get("description"),
            *(translations[c].get(k) for c in heads for k in ("title", "description")),
        ]
    )
    glossary = wb.create_sheet("glossary")
    _header(
        glossary,
        [
            f"term::{lang}",
            f"meaning::{lang}",
            *(f"{base}::{h}" for h in heads.values() for base in ("term", "meaning")),
        ],
    )
    for term, meaning in (data.get("glossary") or {}).items():
        own = [
            ((translations[c].get("glossary") or {}).get(term) or {}).get(k)
            for c in heads
            for k in ("term", "meaning")
        ]
        glossary.append([term, meaning, *own])
    if data.get("revisions"):
        revisions = wb.create_sheet("revisions")
        _header(revisions, ["question", "field", "was", "date"])
        for r in data["revisions"]:
            revisions.append([r["question"], r["field"], r["was"], str(r["date"])])
    for ws in wb.worksheets:  # text cells stay text, even "1.0" or "=x" typed as an option
        for cells in ws.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    return wb


def write_form_xlsx(data: dict[str, Any], path: str | Path) -> Path:
    questionnaire_from_dict(data, Path(path).name)  # never write a form that will not load
    return save_atomically(build_form_workbook(data), path)
