"""A questionnaire in a participant's language: the one place that picks the words.

Every screen, workbook and page that shows a question to a participant asks here for
the question (or the whole questionnaire) in that participant's language. Only words
change: ids, options, scales and weights are the source's, so answers and analysis are
the same whatever language each participant answered in.

A template without translations is shown in its source language (English) to
everyone; so is a language the template does not carry. Inside a language the template
carries, a word it lacks shows in the source language: ``missing_translations`` (run by
``forms validate``) names every such gap, and the built-in questionnaires have none.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from workshop_app.domain.questionnaire import (
    Option,
    Question,
    Questionnaire,
    QuestionWords,
    Section,
    Translation,
)


def translation(questionnaire: Questionnaire, language: str) -> Translation | None:
    """The template's words in ``language``; None for its source language or one it lacks."""
    for t in questionnaire.translations:
        if t.language == language:
            return t
    return None


def shown_language(questionnaire: Questionnaire, language: str) -> str:
    """The language a participant of ``language`` actually reads this questionnaire in."""
    return language if translation(questionnaire, language) is not None else questionnaire.language


def _words(t: Translation, question_id: str) -> QuestionWords | None:
    for qid, words in t.questions:
        if qid == question_id:
            return words
    return None


def question_in(questionnaire: Questionnaire, question: Question, language: str) -> Question:
    """``question`` with its text, help, short title, unit, option and anchor labels in
    ``language`` (the same question otherwise)."""
    t = translation(questionnaire, language)
    words = _words(t, question.id) if t is not None else None
    if words is None:
        return question
    options = dict(words.options)
    anchors = dict(words.anchors)
    return dataclasses.replace(
        question,
        text=words.text or question.text,
        help=words.help or question.help,
        short_title=words.short or question.short_title,
        unit=words.unit or question.unit,
        options=tuple(Option(o.id, options.get(o.id) or o.label) for o in question.options),
        anchors=tuple((p, anchors.get(p) or label) for p, label in question.anchors),
    )


@lru_cache(maxsize=16)
def localized(questionnaire: Questionnaire, language: str) -> Questionnaire:
    """The whole questionnaire in ``language``: titles, intros, questions and glossary.

    For showing only: it carries no translations and must never be stored.
    """
    t = translation(questionnaire, language)
    if t is None:
        return questionnaire
    sections = {element: (title, intro) for element, title, intro in t.sections}
    glossary = {source: (term, meaning) for source, term, meaning in t.glossary}
    return dataclasses.replace(
        questionnaire,
        language=language,
        title=t.title or questionnaire.title,
        description=t.description or questionnaire.description,
        sections=tuple(
            Section(
                element=s.element,
                title=sections.get(s.element, ("", ""))[0] or s.title,
                intro=sections.get(s.element, ("", ""))[1] or s.intro,
                questions=tuple(question_in(questionnaire, q, language) for q in s.questions),
            )
            for s in questionnaire.sections
        ),
        glossary=tuple(
            (glossary[term][0] or term, glossary[term][1] or meaning)
            if term in glossary
            else (term, meaning)
            for term, meaning in questionnaire.glossary
        ),
        translations=(),
    )


def missing_translations(questionnaire: Questionnaire) -> list[tuple[str, str, str]]:
    """Every word a declared language lacks, as (where, field, language): where is
    "top level", "section goals", "glossary" or "question G01"."""
    out: list[tuple[str, str, str]] = []
    q = questionnaire
    for t in q.translations:
        lang = t.language

        def need(source: str, got: str, where: str, field: str) -> None:
            if source.strip() and not got.strip():
                out.append((where, field, lang))  # noqa: B023  # used at once, in this loop

        need(q.title, t.title, "top level", "title")
        need(q.description, t.description, "top level", "description")
        sections = {element: (title, intro) for element, title, intro in t.sections}
        for s in q.sections:
            title, intro = sections.get(s.element, ("", ""))
            need(s.title, title, f"section {s.element.value}", "title")
            need(s.intro, intro, f"section {s.element.value}", "intro")
        glossary = {source: (term, meaning) for source, term, meaning in t.glossary}
        for term, meaning in q.glossary:
            got_term, got_meaning = glossary.get(term, ("", ""))
            need(term, got_term, "glossary", f"{term}.term")
            need(meaning, got_meaning, "glossary", f"{term}.meaning")
        for x in q.questions():
            words = _words(t, x.id) or QuestionWords()
            where = f"question {x.id}"
            need(x.text, words.text, where, "text")
            need(x.help, words.help, where, "help")
            need(x.short_title, words.short, where, "short")
            need(x.unit, words.unit, where, "unit")
            options = dict(words.options)
            for o in x.options:
                need(o.label, options.get(o.id, ""), where, f"options.{o.id}")
            anchors = dict(words.anchors)
            for point, label in x.anchors:
                need(label, anchors.get(point, ""), where, f"anchors.{point}")
    return out
