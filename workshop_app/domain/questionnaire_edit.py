"""Edits of a workshop's questionnaire: the rules that keep answered questions honest.

A question that has answers keeps its meaning: its type, options, scale, measure,
allocation total and unit cannot change (the answers were given to that meaning);
the editor offers to duplicate it as a new question instead. Its wording may change
(text, help, short title, anchor and option labels), and each such change is kept as a
Revision with the wording the answers were given to.

Every function returns a new Questionnaire; validation is the template format's own
(``questionnaire_from_dict``) plus the writing rules of ``forms validate``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.domain.errors import TemplateError, ValidationError
from workshop_app.domain.questionnaire import Question, Questionnaire, Revision, Section
from workshop_app.domain.template_format import (
    ALL,
    questionnaire_from_dict,
    questionnaire_to_dict,
)
from workshop_app.domain.template_rules import TAG_KEYS, check_template

_RULE = re.compile(r"question (?P<qid>\S+), field '(?P<field>[^']+)': (?P<problem>.*)$", re.S)


def template_data(q: Questionnaire) -> dict[str, Any]:
    """The template form, with ``all`` written where a question is for every phase,
    purpose or function (the writing rules want it said, not left out)."""
    data = questionnaire_to_dict(q)
    for section in data["sections"]:
        for x in section["questions"]:
            for key in TAG_KEYS:
                x.setdefault(key, ALL)
    return data


def meaning_change(old: Question, new: Question) -> str:
    """Why ``new`` no longer means what ``old`` meant, or "" if only its wording changed."""
    if old.type is not new.type:
        return f"its type would change from {old.type.value} to {new.type.value}"
    if old.option_ids() != new.option_ids():
        if set(old.option_ids()) == set(new.option_ids()) and old.type is not QuestionType.RANKING:
            return ""
        return "its options would change"
    if (old.scale_lo, old.scale_hi) != (new.scale_lo, new.scale_hi):
        return (
            f"its scale would change from {old.scale_lo}..{old.scale_hi} to "
            f"{new.scale_lo}..{new.scale_hi}"
        )
    if old.measures is not new.measures:
        return "what it measures would change"
    if old.total != new.total:
        return "the points to split would change"
    if old.unit != new.unit:
        return "its unit would change"
    return ""


def wording_changes(old: Question, new: Question) -> list[tuple[str, str]]:
    """(field, old wording) for each wording that differs."""
    out = [
        (name, getattr(old, attr))
        for name, attr in (("text", "text"), ("help", "help"), ("short", "short_title"))
        if getattr(old, attr) != getattr(new, attr)
    ]
    new_anchors = dict(new.anchors)
    out += [(f"anchors.{k}", v) for k, v in old.anchors if new_anchors.get(k) != v]
    new_labels = {o.id: o.label for o in new.options}
    out += [(f"options.{o.id}", o.label) for o in old.options if new_labels.get(o.id) != o.label]
    return out


def refused_message(question: Question, why: str) -> str:
    return (
        f"Question {question.id} already has answers, and {why}: the answers were given to "
        "the question as it was. Duplicate it as a new question (and switch this one off) "
        "instead; its wording can still be edited."
    )


def _rebuilt(q: Questionnaire, sections: list[Section], **changes: Any) -> Questionnaire:
    kept = tuple(s for s in sections if s.questions)
    if not kept:
        raise ValidationError("A questionnaire needs at least one question.")
    order = list(Element)
    kept = tuple(sorted(kept, key=lambda s: order.index(s.element)))
    return replace(q, sections=kept, **changes)


def _sections_without(q: Questionnaire, question_id: str) -> list[Section]:
    return [
        replace(s, questions=tuple(x for x in s.questions if x.id != question_id))
        for s in q.sections
    ]


def _insert(
    sections: list[Section], element: Element, question: Question, index: int | None
) -> list[Section]:
    for n, s in enumerate(sections):
        if s.element is element:
            qs = list(s.questions)
            qs.insert(len(qs) if index is None else index, question)
            sections[n] = replace(s, questions=tuple(qs))
            return sections
    sections.append(Section(element, element.label, questions=(question,)))
    return sections


def _position(q: Questionnaire, question_id: str) -> tuple[Element, int]:
    element = q.element_of(question_id)
    section = q.section(element)
    assert section is not None
    return element, [x.id for x in section.questions].index(question_id)


def replace_question(
    q: Questionnaire,
    old_id: str,
    new: Question,
    element: Element,
    answered: set[str] | frozenset[str],
    today: date | None = None,
) -> Questionnaire:
    """``new`` in place of question ``old_id`` (moved to ``element`` if that differs).

    Refuses (ValidationError) a change of meaning or of id of an answered question;
    records wording changes of an answered question as revisions.
    """
    old = q.question(old_id)
    revisions = list(q.revisions)
    if old_id in answered:
        if new.id != old_id:
            raise ValidationError(refused_message(old, "its id would change"))
        why = meaning_change(old, new)
        if why:
            raise ValidationError(refused_message(old, why))
        stamp = (today or date.today()).isoformat()
        revisions += [Revision(old_id, f, was, stamp) for f, was in wording_changes(old, new)]
    if new.id != old_id and q.has_question(new.id):
        raise ValidationError(f"Question id '{new.id}' is already used; choose another.")
    here, index = _position(q, old_id)
    sections = _sections_without(q, old_id)
    sections = _insert(sections, element, new, index if element is here else None)
    return _rebuilt(q, sections, revisions=tuple(revisions))


def new_question_id(q: Questionnaire, base: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_.-]", "", base)[:50] or "Q"
    n = 2
    candidate = stem if not q.has_question(stem) else f"{stem}-{n}"
    while q.has_question(candidate):
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def blank_question(q: Questionnaire, qtype: QuestionType) -> Question:
    """A new question of the type that passes the format's checks, ready to be worded."""
    qid = new_question_id(q, "NEW")
    text = "New question: type what the participants are asked."
    if qtype is QuestionType.LIKERT:
        return Question(qid, qtype, text, anchors=((1, "Not at all"), (5, "Fully")))
    if qtype is QuestionType.NUMBER:
        return Question(qid, qtype, text, tolerance=1.0)
    if qtype is QuestionType.TEXT:
        return Question(qid, qtype, text)
    from workshop_app.domain.questionnaire import Option

    return Question(qid, qtype, text, options=(Option("a", "Option A"), Option("b", "Option B")))


def add_question(
    q: Questionnaire, element: Element, question: Question, after_id: str | None = None
) -> Questionnaire:
    if q.has_question(question.id):
        raise ValidationError(f"Question id '{question.id}' is already used; choose another.")
    sections = list(q.sections)
    index = None
    if after_id is not None and q.has_question(after_id) and q.element_of(after_id) is element:
        index = _position(q, after_id)[1] + 1
    return _rebuilt(q, _insert(sections, element, question, index))


def duplicate_question(q: Questionnaire, question_id: str) -> tuple[Questionnaire, str]:
    """A copy with a new id right after the original; returns (questionnaire, new id)."""
    old = q.question(question_id)
    copy = replace(old, id=new_question_id(q, question_id))
    return add_question(q, q.element_of(question_id), copy, after_id=question_id), copy.id


def move_question(q: Questionnaire, question_id: str, step: int) -> Questionnaire:
    """Up (-1) or down (+1) within its element."""
    element, index = _position(q, question_id)
    section = q.section(element)
    assert section is not None
    qs = list(section.questions)
    target = index + step
    if not 0 <= target < len(qs):
        return q
    qs[index], qs[target] = qs[target], qs[index]
    sections = [replace(s, questions=tuple(qs)) if s is section else s for s in q.sections]
    return _rebuilt(q, sections)


def move_to_element(q: Questionnaire, question_id: str, element: Element) -> Questionnaire:
    question = q.question(question_id)
    if q.element_of(question_id) is element:
        return q
    return _rebuilt(q, _insert(_sections_without(q, question_id), element, question, None))


def remove_question(
    q: Questionnaire, question_id: str, answered: set[str] | frozenset[str]
) -> Questionnaire:
    if question_id in answered:
        raise ValidationError(
            f"Question {question_id} has answers and cannot be removed; switch it off instead "
            "(its answers stay in the file but are not scored)."
        )
    return _rebuilt(
        q,
        _sections_without(q, question_id),
        revisions=tuple(r for r in q.revisions if r.question_id != question_id),
    )


def check_question(
    q: Questionnaire, old_id: str | None, data: dict[str, Any], element: Element
) -> tuple[Question | None, dict[str, str]]:
    """Validate a question as written in the template format, within its questionnaire.

    Returns the question (None if it does not load) and the problems by field: the
    format's error, or the writing rules ``forms validate`` applies, for this question.
    """
    whole = template_data(q)
    for section in whole["sections"]:
        section["questions"] = [x for x in section["questions"] if x["id"] != old_id]
    target = next((s for s in whole["sections"] if s["element"] == element.value), None)
    if target is None:
        target = {"element": element.value, "title": element.label, "questions": []}
        whole["sections"].append(target)
        order = [e.value for e in Element]
        whole["sections"].sort(key=lambda s: order.index(s["element"]))
    target["questions"].append(data)
    whole["sections"] = [s for s in whole["sections"] if s["questions"]]
    whole.pop("revisions", None)
    # The editor writes the source words; translations are checked whole by forms
    # validate (a new question has none yet, which must not block writing it).
    whole.pop("translations", None)
    try:
        loaded = questionnaire_from_dict(whole, "question")
    except TemplateError as exc:
        field = getattr(exc, "field", "") or "text"
        return None, {field.split("[")[0].split(".")[0]: getattr(exc, "problem", str(exc))}
    problems: dict[str, str] = {}
    qid = data.get("id")
    for line in check_template(whole, loaded, "question"):
        m = _RULE.search(line)
        if m and m["qid"] == qid:
            problems.setdefault(m["field"].split(".")[0], m["problem"])
    return loaded.question(str(qid)), problems
