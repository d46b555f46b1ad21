"""The questionnaire template format: plain data (as read from YAML or JSON) <-> Questionnaire.

Format (YAML shown; the same keys in JSON):

    format: partnership-questionnaire/1    # required, exactly this
    id: alignment-core                     # template id: letters, digits, - and _
    version: "1.0"                         # text; bump it on any change to questions
    title: Partnership alignment questionnaire
    language: en                           # BCP 47 tag
    description: ...                       # optional
    revisions:                             # optional, written by the app: wording changed
      - {question: G01, field: text, was: "...", date: "2026-11-29"}  # after answers came in
    glossary:                              # optional: the few terms a reader must know,
      Baseline: The agreed version ...     # term: meaning; shown as help and in pre-work
    sections:                              # one per element, in element order
      - element: goals                     # goals|strengths|governance|culture|exit
        title: Shared strategic goals
        intro: ...                         # optional
        questions:
          - id: G01                        # unique across the template
            type: likert                   # likert|single_choice|multi_choice|ranking|
                                           # allocation|number|text
            short: Primary objective       # optional: a few words for gap lists
            text: The question as asked.
            help: What to consider.        # optional
            weight: 1.0                    # optional, > 0 (default 1)
            phases: [structuring]          # optional, from DOMAIN phases
            purposes: [software]           # optional, from DOMAIN purposes
            functions: [legal, finance]    # optional: asked only of participants in these
                                           # functions (strategy|engineering|purchasing|
                                           # manufacturing|software|finance|legal|quality|
                                           # hr|other); absent = asked of everyone
                                           # (phases, purposes, functions: the word all =
                                           # every one, the same as leaving the key out)
            sensitive: true                # optional: answers may be competitively
                                           # sensitive; participants see a notice
            clause: exit.notice_period     # optional: the term-sheet clause it informs
                                           # (dotted identifier)
            measures: definition           # likert only: position (default) | definition
                                           # (a ladder from "not discussed" to "agreed in
                                           # writing"; scored as how far it is defined)
            scale: {lo: 1, hi: 5}          # likert only (default 1..5)
            anchors: {1: "...", 5: "..."}  # likert: labels of the two ends at least
            options:                       # choice, ranking, allocation: >= 2
              - {id: platform, label: Scale a shared platform}
            total: 100                     # allocation only (default 100)
            unit: "%"                      # number only, optional
            min: 0                         # number only, optional
            max: 100                       # number only, optional
            tolerance: 6                   # number only, optional, > 0, in the unit: a
                                           # difference this large is full disagreement
    translations:                          # optional: the same words in more languages
      de: {title: ..., questions: {G01: {text: ..., options: {platform: ...}}}}
                                           # (see domain/template_translations.py)

Every error names the source, the question id and the field.
"""

from __future__ import annotations

import dataclasses
import re
from enum import Enum
from typing import Any

from workshop_app.domain.enums import Element, Function, Measures, Phase, Purpose, QuestionType
from workshop_app.domain.errors import TemplateError
from workshop_app.domain.questionnaire import (
    Option,
    Question,
    Questionnaire,
    Revision,
    Section,
)
from workshop_app.domain.template_translations import translations_from_dict, translations_to_dict

FORMAT_TAG = "partnership-questionnaire/1"
# Written for phases, purposes or functions: the question is for every one of them.
ALL = "all"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_CLAUSE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")

_TOP_KEYS = {
    "format",
    "id",
    "version",
    "title",
    "language",
    "description",
    "glossary",
    "sections",
    "revisions",
    "translations",
}
_REVISION_KEYS = {"question", "field", "was", "date"}
_SECTION_KEYS = {"element", "title", "intro", "questions"}
_COMMON_KEYS = {
    "id",
    "type",
    "short",
    "text",
    "help",
    "weight",
    "phases",
    "purposes",
    "functions",
    "clause",
    "sensitive",
}
_TYPE_KEYS: dict[QuestionType, set[str]] = {
    QuestionType.LIKERT: {"scale", "anchors", "measures"},
    QuestionType.SINGLE_CHOICE: {"options"},
    QuestionType.MULTI_CHOICE: {"options"},
    QuestionType.RANKING: {"options"},
    QuestionType.ALLOCATION: {"options", "total"},
    QuestionType.NUMBER: {"unit", "min", "max", "tolerance"},
    QuestionType.TEXT: set(),
}
_QUESTION_KEYS = {qtype: _COMMON_KEYS | keys for qtype, keys in _TYPE_KEYS.items()}
_OPTION_KEYS = {"id", "label"}


def _fail(source: str, where: str, field: str, problem: str) -> TemplateError:
    exc = TemplateError(f"{source}: {where}, field '{field}': {problem}")
    # Where it is, for readers that point at a cell instead (the Excel form, the editor).
    exc.where, exc.field, exc.problem = where, field, problem
    return exc


def _text(value: Any, source: str, where: str, field: str, *, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(source, where, field, "must be non-empty text.")
    if "\x00" in value:
        raise _fail(source, where, field, "contains a NUL character.")
    return value


def _bad(value: Any) -> bool:
    """Whether ``_text`` (required) has to look at this value: anything but plain,
    non-blank text without a NUL (checked first: this runs for every word of a template,
    and _text's field name is made only when it is needed)."""
    return type(value) is not str or "\x00" in value or not value.strip()


def _number(value: Any, source: str, where: str, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(source, where, field, f"'{value}' is not a number.")
    return float(value)


def _unknown(data: dict[str, Any], allowed: set[str], source: str, where: str) -> None:
    if not allowed.issuperset(data):
        extra = sorted(str(k) for k in data if k not in allowed)
        raise _fail(
            source, where, extra[0], f"unknown key (allowed: {', '.join(sorted(allowed))})."
        )


def _enum_list(
    values: Any, enum: type[Enum], source: str, where: str, field: str
) -> tuple[Any, ...]:
    if values is None or values == ALL:
        return ()
    if not isinstance(values, list):
        raise _fail(source, where, field, f"must be a list or the word '{ALL}'.")
    out = []
    for v in values:
        try:
            out.append(enum(v))
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise _fail(source, where, field, f"'{v}' is not one of {allowed}.") from None
    return tuple(out)


def _question(data: Any, source: str, index: str, seen: set[str]) -> Question:
    if not isinstance(data, dict):
        raise _fail(source, index, "questions", "each question must be a mapping.")
    qid = data.get("id")
    if not isinstance(qid, str) or not _ID.match(qid):
        raise _fail(source, index, "id", f"'{qid}' is not a valid id (letters, digits, - _ .).")
    where = f"question {qid}"
    if qid in seen:
        raise _fail(source, where, "id", "duplicate question id.")
    seen.add(qid)
    try:
        qtype = QuestionType(data.get("type"))  # type: ignore[arg-type]  # any other value raises ValueError below
    except ValueError:
        allowed = ", ".join(t.value for t in QuestionType)
        raise _fail(
            source, where, "type", f"'{data.get('type')}' is not one of {allowed}."
        ) from None
    for key, only in (("measures", QuestionType.LIKERT), ("tolerance", QuestionType.NUMBER)):
        if key in data and qtype is not only:
            raise _fail(
                source, where, key, f"applies to {only.value} questions only, not {qtype.value}."
            )
    _unknown(data, _QUESTION_KEYS[qtype], source, where)
    kwargs: dict[str, Any] = {
        "id": qid,
        "type": qtype,
        "text": _text(data.get("text"), source, where, "text"),
        "help": _text(data.get("help"), source, where, "help", required=False),
        "short_title": _text(data.get("short"), source, where, "short", required=False),
        "phases": _enum_list(data.get("phases"), Phase, source, where, "phases"),
        "purposes": _enum_list(data.get("purposes"), Purpose, source, where, "purposes"),
        "functions": _enum_list(data.get("functions"), Function, source, where, "functions"),
    }
    if "sensitive" in data:
        if not isinstance(data["sensitive"], bool):
            raise _fail(source, where, "sensitive", "must be true or false.")
        kwargs["sensitive"] = data["sensitive"]
    if len(set(kwargs["functions"])) != len(kwargs["functions"]):
        raise _fail(source, where, "functions", "a function is listed twice.")
    if "clause" in data:
        clause = data["clause"]
        if not isinstance(clause, str) or not _CLAUSE.match(clause) or len(clause) > 100:
            raise _fail(
                source,
                where,
                "clause",
                f"'{clause}' is not a dotted identifier such as exit.notice_period.",
            )
        kwargs["clause"] = clause
    if "weight" in data:
        weight = _number(data["weight"], source, where, "weight")
        if weight <= 0:
            raise _fail(source, where, "weight", "must be greater than 0.")
        kwargs["weight"] = weight
    if qtype is QuestionType.LIKERT:
        scale = data.get("scale", {"lo": 1, "hi": 5})
        if not isinstance(scale, dict) or set(scale) != {"lo", "hi"}:
            raise _fail(source, where, "scale", "must be {lo: N, hi: M}.")
        lo, hi = scale["lo"], scale["hi"]
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lo, hi)):
            raise _fail(source, where, "scale", "lo and hi must be whole numbers.")
        if lo >= hi:
            raise _fail(source, where, "scale", f"lo ({lo}) must be below hi ({hi}).")
        if hi - lo > 10:
            raise _fail(source, where, "scale", "a scale has at most 11 points.")
        anchors = data.get("anchors")
        if not isinstance(anchors, dict) or not anchors:
            raise _fail(source, where, "anchors", "label at least both ends of the scale.")
        parsed: dict[int, str] = {}
        for k, v in anchors.items():
            try:
                point = int(k)
            except (TypeError, ValueError):
                raise _fail(source, where, "anchors", f"'{k}' is not a scale point.") from None
            if not lo <= point <= hi:
                raise _fail(source, where, "anchors", f"point {point} is outside {lo}..{hi}.")
            parsed[point] = _text(v, source, where, f"anchors.{point}") if _bad(v) else v
        if lo not in parsed or hi not in parsed:
            raise _fail(source, where, "anchors", f"label both ends of the scale ({lo} and {hi}).")
        kwargs.update(scale_lo=lo, scale_hi=hi, anchors=tuple(sorted(parsed.items())))
        if "measures" in data:
            try:
                kwargs["measures"] = Measures(data["measures"])
            except ValueError:
                allowed = ", ".join(m.value for m in Measures)
                raise _fail(
                    source, where, "measures", f"'{data['measures']}' is not one of {allowed}."
                ) from None
    elif qtype in (
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTI_CHOICE,
        QuestionType.RANKING,
        QuestionType.ALLOCATION,
    ):
        options = data.get("options")
        if not isinstance(options, list) or len(options) < 2:
            raise _fail(source, where, "options", "give at least two options.")
        opts: list[Option] = []
        oids: set[str] = set()
        for i, o in enumerate(options, start=1):
            if not isinstance(o, dict) or not _OPTION_KEYS.issuperset(o) or "id" not in o:
                raise _fail(source, where, f"options[{i}]", "must be {id: ..., label: ...}.")
            oid = str(o["id"])
            # (_ID admits none of ";>=", the separators of answers written as text)
            if not _ID.match(oid):
                raise _fail(source, where, f"options[{i}].id", f"'{oid}' is not a valid option id.")
            if oid in oids:
                raise _fail(source, where, f"options[{i}].id", f"duplicate option id '{oid}'.")
            oids.add(oid)
            label: Any = o.get("label")  # text, checked next
            if _bad(label):
                label = _text(label, source, where, f"options[{i}].label")
            opts.append(Option(oid, label))
        kwargs["options"] = tuple(opts)
        if qtype is QuestionType.ALLOCATION and "total" in data:
            total = _number(data["total"], source, where, "total")
            if total <= 0:
                raise _fail(source, where, "total", "must be greater than 0.")
            kwargs["total"] = total
    elif qtype is QuestionType.NUMBER:
        kwargs["unit"] = _text(data.get("unit"), source, where, "unit", required=False)
        lo_v = _number(data["min"], source, where, "min") if "min" in data else None
        hi_v = _number(data["max"], source, where, "max") if "max" in data else None
        if lo_v is not None and hi_v is not None and lo_v >= hi_v:
            raise _fail(source, where, "min", f"min ({lo_v:g}) must be below max ({hi_v:g}).")
        kwargs.update(min_value=lo_v, max_value=hi_v)
        if "tolerance" in data:
            tol = _number(data["tolerance"], source, where, "tolerance")
            if not tol > 0 or tol == float("inf"):
                raise _fail(
                    source,
                    where,
                    "tolerance",
                    "must be a positive number in the question's unit (the difference that "
                    "counts as full disagreement).",
                )
            kwargs["tolerance"] = tol
    return Question(**kwargs)


def _glossary(data: Any, source: str) -> tuple[tuple[str, str], ...]:
    if data is None:
        return ()
    if not isinstance(data, dict) or not data:
        raise _fail(source, "top level", "glossary", "must map each term to its meaning.")
    out: list[tuple[str, str]] = []
    for term, meaning in data.items():
        term = _text(term, source, "glossary", "term")
        out.append((term.strip(), _text(meaning, source, f"glossary term '{term}'", "meaning")))
    return tuple(out)


def _revisions(data: Any, source: str, q_ids: set[str]) -> tuple[Revision, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise _fail(source, "top level", "revisions", "must be a list.")
    out: list[Revision] = []
    for n, r in enumerate(data, start=1):
        where = f"revision {n}"
        if not isinstance(r, dict):
            raise _fail(source, where, "revisions", "each revision must be a mapping.")
        _unknown(r, _REVISION_KEYS, source, where)
        qid = _text(r.get("question"), source, where, "question")
        if qid not in q_ids:
            raise _fail(source, where, "question", f"'{qid}' is not a question of the template.")
        date = r.get("date")
        out.append(
            Revision(
                question_id=qid,
                field=_text(r.get("field"), source, where, "field"),
                was=_text(r.get("was"), source, where, "was", required=False),
                date=_text(str(date) if date is not None else None, source, where, "date"),
            )
        )
    return tuple(out)


def questionnaire_from_dict(data: Any, source: str = "template") -> Questionnaire:
    """Build and validate a questionnaire; raises TemplateError naming source, question, field."""
    if not isinstance(data, dict):
        raise TemplateError(f"{source}: the template must be a mapping at the top level.")
    _unknown(data, _TOP_KEYS, source, "top level")
    if data.get("format") != FORMAT_TAG:
        raise _fail(source, "top level", "format", f"must be '{FORMAT_TAG}'.")
    tid = data.get("id")
    if not isinstance(tid, str) or not _ID.match(tid):
        raise _fail(source, "top level", "id", f"'{tid}' is not a valid template id.")
    version = data.get("version")
    if isinstance(version, int | float) and not isinstance(version, bool):
        version = str(version)
    version = _text(version, source, "top level", "version")
    sections_data = data.get("sections")
    if not isinstance(sections_data, list) or not sections_data:
        raise _fail(source, "top level", "sections", "give at least one section.")
    seen: set[str] = set()
    sections: list[Section] = []
    used: list[Element] = []
    for n, s in enumerate(sections_data, start=1):
        where = f"section {n}"
        if not isinstance(s, dict):
            raise _fail(source, where, "sections", "each section must be a mapping.")
        _unknown(s, _SECTION_KEYS, source, where)
        try:
            element = Element(s.get("element"))  # type: ignore[arg-type]  # any other value raises ValueError below
        except ValueError:
            allowed = ", ".join(e.value for e in Element)
            raise _fail(
                source, where, "element", f"'{s.get('element')}' is not one of {allowed}."
            ) from None
        if element in used:
            raise _fail(source, where, "element", f"'{element.value}' has two sections.")
        used.append(element)
        questions = s.get("questions")
        if not isinstance(questions, list) or not questions:
            raise _fail(source, where, "questions", "give at least one question.")
        qs = tuple(
            _question(q, source, f"{where}, question {i}", seen) for i, q in enumerate(questions, 1)
        )
        sections.append(
            Section(
                element=element,
                title=_text(s.get("title", element.label), source, where, "title"),
                intro=_text(s.get("intro"), source, where, "intro", required=False),
                questions=qs,
            )
        )
    order = list(Element)
    if used != sorted(used, key=order.index):
        raise _fail(
            source,
            "top level",
            "sections",
            "sections must follow the element order (goals, strengths, governance, culture, exit).",
        )
    source_only = Questionnaire(
        glossary=_glossary(data.get("glossary"), source),
        revisions=_revisions(data.get("revisions"), source, seen),
        template_id=tid,
        version=version,
        title=_text(data.get("title"), source, "top level", "title"),
        language=_text(data.get("language", "en"), source, "top level", "language"),
        description=_text(
            data.get("description"), source, "top level", "description", required=False
        ),
        sections=tuple(sections),
    )
    if "translations" not in data:
        return source_only
    return dataclasses.replace(
        source_only,
        translations=translations_from_dict(data["translations"], source_only, source),
    )


def questionnaire_to_dict(q: Questionnaire) -> dict[str, Any]:
    """The template form of a questionnaire; ``questionnaire_from_dict`` reads it back equal."""

    def question(x: Question) -> dict[str, Any]:
        d: dict[str, Any] = {"id": x.id, "type": x.type.value}
        if x.short_title:
            d["short"] = x.short_title
        d["text"] = x.text
        if x.help:
            d["help"] = x.help
        if x.weight != 1.0:
            d["weight"] = x.weight
        if x.phases:
            d["phases"] = [p.value for p in x.phases]
        if x.purposes:
            d["purposes"] = [p.value for p in x.purposes]
        if x.sensitive:
            d["sensitive"] = True
        if x.functions:
            d["functions"] = [f.value for f in x.functions]
        if x.clause:
            d["clause"] = x.clause
        if x.type is QuestionType.LIKERT:
            d["scale"] = {"lo": x.scale_lo, "hi": x.scale_hi}
            d["anchors"] = {k: v for k, v in x.anchors}
            if x.measures is not Measures.POSITION:
                d["measures"] = x.measures.value
        if x.options:
            d["options"] = [{"id": o.id, "label": o.label} for o in x.options]
        if x.type is QuestionType.ALLOCATION and x.total != 100.0:
            d["total"] = x.total
        if x.type is QuestionType.NUMBER:
            if x.unit:
                d["unit"] = x.unit
            if x.min_value is not None:
                d["min"] = x.min_value
            if x.max_value is not None:
                d["max"] = x.max_value
            if x.tolerance is not None:
                d["tolerance"] = x.tolerance
        return d

    out: dict[str, Any] = {
        "format": FORMAT_TAG,
        "id": q.template_id,
        "version": q.version,
        "title": q.title,
        "language": q.language,
    }
    if q.description:
        out["description"] = q.description
    if q.glossary:
        out["glossary"] = dict(q.glossary)
    out["sections"] = [
        {
            "element": s.element.value,
            "title": s.title,
            **({"intro": s.intro} if s.intro else {}),
            "questions": [question(x) for x in s.questions],
        }
        for s in q.sections
    ]
    if q.revisions:
        out["revisions"] = [
            {"question": r.question_id, "field": r.field, "was": r.was, "date": r.date}
            for r in q.revisions
        ]
    if q.translations:
        out["translations"] = translations_to_dict(q)
    return out
