"""The ``translations`` block of a questionnaire template: its words in more languages.

    translations:                       # optional; keys are codes of domain.languages
      de:
        title: Fragebogen ...
        description: ...
        glossary:                       # keyed by the source (English) term
          Baseline: {term: Referenzstand, meaning: ...}
        sections:
          goals: {title: ..., intro: ...}
        questions:
          G01:
            short: ...
            text: ...
            help: ...
            unit: ...                   # a number question's unit, where it has one
            options: {scale_platform: ..., capability_gap: ...}
            anchors: {1: ..., 5: ...}

Words only: a translation cannot add a question, an option or a scale point. The
loader refuses what does not match the source (an unknown language, question, option,
point or key); a word left out is not a load error but a gap that ``forms validate``
names (domain.translation.missing_translations).
"""

from __future__ import annotations

from typing import Any

from workshop_app.domain.enums import Element
from workshop_app.domain.errors import TemplateError
from workshop_app.domain.languages import CODES
from workshop_app.domain.questionnaire import Questionnaire, QuestionWords, Translation

_LANG_KEYS = {"title", "description", "glossary", "sections", "questions"}
_QUESTION_KEYS = {"text", "help", "short", "unit", "options", "anchors"}
_GLOSSARY_KEYS = {"term", "meaning"}
_SECTION_KEYS = {"title", "intro"}


def _fail(source: str, where: str, field: str, problem: str) -> TemplateError:
    exc = TemplateError(f"{source}: {where}, field '{field}': {problem}")
    exc.where, exc.field, exc.problem = where, field, problem
    return exc


def _mapping(
    value: Any, source: str, where: str, field: str, allowed: set[str] | None
) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _fail(source, where, field, "must be a mapping.")
    if allowed is not None and not allowed.issuperset(value):
        extra = sorted(str(k) for k in value if k not in allowed)
        raise _fail(
            source,
            where,
            f"{field}.{extra[0]}",
            f"unknown key (allowed: {', '.join(sorted(allowed))}).",
        )
    return value


def _words(value: Any, source: str, where: str, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _fail(source, where, field, "must be text.")
    if "\x00" in value:
        raise _fail(source, where, field, "contains a NUL character.")
    return value


def _word(words: dict[str, Any], key: str, source: str, where: str, top: str) -> str:
    """``_words`` of ``words[key]``, the field named ``{top}.{key}`` (made on error only:
    this runs for every word of every translation on every open)."""
    value = words.get(key)
    if value is None or (type(value) is str and "\x00" not in value):
        return value or ""
    return _words(value, source, where, f"{top}.{key}")


def _one(lang: str, data: Any, q: Questionnaire, source: str) -> Translation:
    top = f"translations.{lang}"
    data = _mapping(data, source, "top level", top, _LANG_KEYS)
    sections: list[tuple[Element, str, str]] = []
    elements = {s.element.value: s.element for s in q.sections}
    for key, value in _mapping(
        data.get("sections"), source, "top level", f"{top}.sections", None
    ).items():
        if key not in elements:
            raise _fail(
                source,
                "top level",
                f"{top}.sections.{key}",
                f"the template has no section '{key}' (it has {', '.join(elements)}).",
            )
        where = f"section {key}"
        value = _mapping(value, source, where, f"{top}", _SECTION_KEYS)
        sections.append(
            (
                elements[key],
                _words(value.get("title"), source, where, f"{top}.title"),
                _words(value.get("intro"), source, where, f"{top}.intro"),
            )
        )
    glossary: list[tuple[str, str, str]] = []
    terms = {term for term, _ in q.glossary}
    for key, value in _mapping(data.get("glossary"), source, "glossary", top, None).items():
        if key not in terms:
            raise _fail(source, "glossary", f"{top}.{key}", "is not a term of the glossary.")
        value = _mapping(value, source, "glossary", f"{top}.{key}", _GLOSSARY_KEYS)
        glossary.append(
            (
                key,
                _words(value.get("term"), source, "glossary", f"{top}.{key}.term"),
                _words(value.get("meaning"), source, "glossary", f"{top}.{key}.meaning"),
            )
        )
    questions: list[tuple[str, QuestionWords]] = []
    for qid, value in _mapping(
        data.get("questions"), source, "top level", f"{top}.questions", None
    ).items():
        qid = str(qid)
        if not q.has_question(qid):
            raise _fail(
                source, "top level", f"{top}.questions.{qid}", "is not a question of the template."
            )
        x = q.question(qid)
        where = f"question {qid}"
        value = _mapping(value, source, where, top, _QUESTION_KEYS)
        options: list[tuple[str, str]] = []
        labels = value.get("options")
        if labels is not None:
            ids = x.option_ids()
            for oid, label in _mapping(labels, source, where, f"{top}.options", None).items():
                if str(oid) not in ids:
                    raise _fail(
                        source,
                        where,
                        f"{top}.options.{oid}",
                        f"is not an option ({', '.join(ids)}).",
                    )
                if type(label) is not str or "\x00" in label:
                    label = _words(label, source, where, f"{top}.options.{oid}")
                options.append((str(oid), label))
        anchors: list[tuple[int, str]] = []
        marks = value.get("anchors")
        points = {p for p, _ in x.anchors} if marks is not None else set()
        for point, label in _mapping(marks, source, where, f"{top}.anchors", None).items():
            try:
                p = int(point)
            except (TypeError, ValueError):
                p = None
            if p not in points:
                raise _fail(
                    source,
                    where,
                    f"{top}.anchors.{point}",
                    "the source labels no such point of the scale.",
                )
            anchors.append((p, _words(label, source, where, f"{top}.anchors.{p}")))
        unit = _word(value, "unit", source, where, top)
        if unit and not x.unit:
            raise _fail(
                source, where, f"{top}.unit", "the source question has no unit to translate."
            )
        questions.append(
            (
                qid,
                QuestionWords(
                    text=_word(value, "text", source, where, top),
                    help=_word(value, "help", source, where, top),
                    short=_word(value, "short", source, where, top),
                    unit=unit,
                    options=tuple(options),
                    anchors=tuple(sorted(anchors)),
                ),
            )
        )
    return Translation(
        language=lang,
        title=_words(data.get("title"), source, "top level", f"{top}.title"),
        description=_words(data.get("description"), source, "top level", f"{top}.description"),
        sections=tuple(sections),
        questions=tuple(questions),
        glossary=tuple(glossary),
    )


def translations_from_dict(data: Any, q: Questionnaire, source: str) -> tuple[Translation, ...]:
    """The template's ``translations`` block, checked against its source questionnaire."""
    block = _mapping(data, source, "top level", "translations", None)
    out = []
    for lang, words in block.items():
        lang = str(lang)
        if lang not in CODES:
            raise _fail(
                source,
                "top level",
                f"translations.{lang}",
                f"'{lang}' is not a language of the product ({', '.join(CODES)}).",
            )
        if lang == q.language:
            raise _fail(
                source,
                "top level",
                f"translations.{lang}",
                f"'{lang}' is the template's own language; write its words in the template.",
            )
        out.append(_one(lang, words, q, source))
    return tuple(out)


def translations_to_dict(q: Questionnaire) -> dict[str, Any]:
    """The ``translations`` block; ``translations_from_dict`` reads it back equal."""
    out: dict[str, Any] = {}
    for t in q.translations:
        d: dict[str, Any] = {}
        if t.title:
            d["title"] = t.title
        if t.description:
            d["description"] = t.description
        terms = {term for term, _ in q.glossary}
        glossary = {s: {"term": term, "meaning": m} for s, term, m in t.glossary if s in terms}
        if glossary:
            d["glossary"] = glossary
        elements = {s.element for s in q.sections}
        sections = {
            e.value: {"title": title, **({"intro": intro} if intro else {})}
            for e, title, intro in t.sections
            if e in elements
        }
        if sections:
            d["sections"] = sections
        questions: dict[str, Any] = {}
        for qid, w in t.questions:
            if not q.has_question(qid):
                continue  # the question was deleted from the source since
            x = q.question(qid)
            words: dict[str, Any] = {}
            unit = w.unit if x.unit else ""  # the source's unit was removed since
            for key, value in (
                ("short", w.short),
                ("text", w.text),
                ("help", w.help),
                ("unit", unit),
            ):
                if value:
                    words[key] = value
            ids = set(x.option_ids())
            options = {oid: label for oid, label in w.options if oid in ids}
            if options:
                words["options"] = options
            points = {p for p, _ in x.anchors}
            anchors = {p: label for p, label in w.anchors if p in points}
            if anchors:
                words["anchors"] = anchors
            questions[qid] = words
        if questions:
            d["questions"] = questions
        out[t.language] = d
    return out
