"""Reading a form workbook's translation columns back into the ``translations`` block.

forms_xlsx writes one ``label::German (de)``-style column per translated field; the
reader's sheets key those columns ``label::de``. Here they become the same block the
template had (domain/template_translations.py), which the loader then checks against
the source words like any template's.
"""

from __future__ import annotations

from typing import Any


def _codes(*sheets: Any) -> list[str]:
    out: list[str] = []
    for sheet in sheets:
        if sheet is None:
            continue
        for key in sheet.columns:
            if "::" in key and key.split("::", 1)[1] not in out:
                out.append(key.split("::", 1)[1])
    return out


def _put(block: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and str(value).strip():
        block[key] = value if isinstance(value, str) else str(value)


def read_translations(
    survey: Any, choices: Any, settings: Any, glossary: Any
) -> dict[str, dict[str, Any]]:
    """language -> its words, from every sheet's translation columns ({} when none)."""
    codes = _codes(survey, choices, settings, glossary)
    out: dict[str, dict[str, Any]] = {code: {} for code in codes}
    if not codes:
        return {}
    # choices: list name -> option id (or scale point) -> language -> label
    listed: dict[str, dict[Any, dict[str, Any]]] = {}
    if choices is not None:
        for _, row in choices.rows():
            if "list_name" in row and "name" in row:
                labels = listed.setdefault(str(row["list_name"]), {}).setdefault(row["name"], {})
                for code in codes:
                    if f"label::{code}" in row:
                        labels[code] = row[f"label::{code}"]
    for _, row in survey.rows():
        kind = str(row.get("type", "")).split()
        if not kind or "name" not in row or kind[0] in ("end_group", "end group"):
            continue
        name = str(row["name"])
        for code in codes:
            words: dict[str, Any] = {}
            if kind[0] in ("begin_group", "begin group"):
                _put(words, "title", row.get(f"label::{code}"))
                _put(words, "intro", row.get(f"hint::{code}"))
                if words:
                    out[code].setdefault("sections", {})[name] = words
                continue
            _put(words, "text", row.get(f"label::{code}"))
            _put(words, "help", row.get(f"hint::{code}"))
            _put(words, "short", row.get(f"short::{code}"))
            _put(words, "unit", row.get(f"unit::{code}"))
            chosen = {
                point: by_code[code]
                for point, by_code in listed.get(kind[1] if len(kind) > 1 else "", {}).items()
                if code in by_code
            }
            if chosen:
                if kind[0] == "likert":
                    words["anchors"] = {_point(p): v for p, v in chosen.items()}
                else:
                    words["options"] = {_option_id(p): v for p, v in chosen.items()}
            if words:
                out[code].setdefault("questions", {})[name] = words
    rows = settings.rows() if settings is not None else []
    if rows:
        _, row = rows[0]
        for code in codes:
            _put(out[code], "title", row.get(f"form_title::{code}"))
            _put(out[code], "description", row.get(f"description::{code}"))
    if glossary is not None:
        for _, row in glossary.rows():
            term = str(row.get("term", "")).strip()
            for code in codes:
                words = {}
                _put(words, "term", row.get(f"term::{code}"))
                _put(words, "meaning", row.get(f"meaning::{code}"))
                if term and words:
                    out[code].setdefault("glossary", {})[term] = words
    return {code: words for code, words in out.items() if words}


def _point(value: Any) -> Any:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return value  # the loader names it: not a point of the scale


def _option_id(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
