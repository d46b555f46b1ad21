"""Writing rules for questionnaire templates that a program can check (``forms validate``).

The loader (template_format) refuses what cannot be used at all; these rules judge
whether a loadable template is fit for a workshop: every question says whom it is for,
number questions have a tolerance, position questions are the majority, no participant
is asked more than MAX_QUESTIONS_PER_PARTICIPANT questions, options and anchors can be
told apart, and every language the template declares has every word. Each problem names
the source, the question and the field (and the language).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workshop_app.domain.enums import Function, Phase, QuestionType
from workshop_app.domain.questionnaire import Question, Questionnaire
from workshop_app.domain.translation import missing_translations

# About 25 minutes of answering: the most one participant is asked in any phase.
MAX_QUESTIONS_PER_PARTICIPANT = 35
TAG_KEYS = ("phases", "purposes", "functions")


def _raw_questions(data: Any) -> dict[str, Mapping[str, Any]]:
    out: dict[str, Mapping[str, Any]] = {}
    for section in data.get("sections", []) if isinstance(data, Mapping) else []:
        for q in section.get("questions", []) if isinstance(section, Mapping) else []:
            if isinstance(q, Mapping) and isinstance(q.get("id"), str):
                out[q["id"]] = q
    return out


def asked(question: Question, phase: Phase, function: Function) -> bool:
    """Whether a participant of this function is asked the question in this phase, with
    every purpose of the workshop chosen (the most questions a participant can get)."""
    return (not question.phases or phase in question.phases) and (
        not question.functions or function in question.functions
    )


def questions_asked(q: Questionnaire, phase: Phase, function: Function) -> list[Question]:
    return [x for x in q.questions() if asked(x, phase, function)]


def max_questions_asked(q: Questionnaire) -> tuple[int, Phase, Function]:
    """The largest number of questions one participant is asked, and where."""
    return max(
        ((len(questions_asked(q, p, f)), p, f) for p in Phase for f in Function),
        key=lambda t: t[0],
    )


def position_share(q: Questionnaire) -> tuple[int, int]:
    """(position questions, scored questions): definition questions are not positions."""
    scored = [x for x in q.questions() if x.scored]
    return sum(1 for x in scored if not x.measures_definition), len(scored)


def check_template(data: Any, questionnaire: Questionnaire, source: str) -> list[str]:
    """The rule problems of a template that loaded; [] when it follows every rule.

    ``data`` is the template as read (YAML or JSON): whether a tag was written at all
    only shows there, since a missing tag and ``all`` load the same.
    """
    problems: list[str] = []

    def fail(where: str, field: str, problem: str) -> None:
        problems.append(f"{source}: {where}, field '{field}': {problem}")

    raw = _raw_questions(data)
    for x in questionnaire.questions():
        where = f"question {x.id}"
        written = raw.get(x.id, {})
        for key in TAG_KEYS:
            if key not in written:
                fail(where, key, f"missing; list the {key} it is for, or write 'all'.")
        if x.type is QuestionType.NUMBER and x.tolerance is None:
            fail(
                where,
                "tolerance",
                "a number question needs a tolerance: the difference, in its unit, that "
                "counts as full disagreement.",
            )
        if x.type is QuestionType.LIKERT:
            labelled = {p for p, _ in x.anchors}
            missing = [str(p) for p in range(x.scale_lo, x.scale_hi + 1) if p not in labelled]
            if missing:
                fail(
                    where,
                    "anchors",
                    f"describe every point of the scale; no label for {', '.join(missing)}.",
                )
        seen: dict[str, int] = {}
        for n, option in enumerate(x.options, start=1):
            key = " ".join(option.label.casefold().split())
            if key in seen:
                fail(
                    where,
                    f"options[{n}].label",
                    f"'{option.label}' is also the label of option {seen[key]}.",
                )
            else:
                seen[key] = n
        anchor_seen: dict[str, int] = {}
        for point, label in x.anchors:
            key = " ".join(label.casefold().split())
            if key in anchor_seen:
                fail(
                    where,
                    f"anchors.{point}",
                    f"'{label}' is also the label of point {anchor_seen[key]}.",
                )
            else:
                anchor_seen[key] = point

    positions, scored = position_share(questionnaire)
    if scored and positions * 2 < scored:
        definitions = [x.id for x in questionnaire.questions() if x.measures_definition]
        fail(
            "questions " + ", ".join(definitions),
            "measures",
            f"only {positions} of {scored} scored questions are position questions; at "
            "least half must be (fewer 'measures: definition', or more position questions).",
        )

    if not any(not x.functions for x in questionnaire.questions() if x.scored):
        fail(
            "all questions",
            "functions",
            "no scored question is asked of every function; keep a core set for everyone.",
        )

    for where, field, language in missing_translations(questionnaire):
        fail(where, field, f"no {language} translation (the template declares {language}).")

    for phase in Phase:
        for function in Function:
            asked_here = questions_asked(questionnaire, phase, function)
            if len(asked_here) > MAX_QUESTIONS_PER_PARTICIPANT:
                ids = [x.id for x in asked_here]
                narrow = ", ".join(ids[:10]) + (
                    f" and {len(ids) - 10} more" if len(ids) > 10 else ""
                )
                fail(
                    f"phase {phase.value} x function {function.value}",
                    "phases/functions",
                    f"a participant is asked {len(asked_here)} questions, more than "
                    f"{MAX_QUESTIONS_PER_PARTICIPANT}; narrow the phases or functions of "
                    f"some of: {narrow}.",
                )
    return problems
