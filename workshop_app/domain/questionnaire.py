"""Questionnaires: sections by element, typed questions, and the answer values they take.

Answer values by question type (the in-memory form used everywhere):
  likert         int within [scale_lo, scale_hi]
  single_choice  str, an option id
  multi_choice   tuple[str, ...] of option ids, in option order, at least one
  ranking        tuple[str, ...] with every option id exactly once, first = rank 1
  allocation     dict[str, float] option id -> points, non-negative, summing to ``total``
  number         float within [min_value, max_value] when those are set
  text           str

The text form (CSV, workbook cells, the command line) is ``4``, ``opt``, ``a;b``,
``a>b>c``, ``a=60;b=40``, ``12.5`` and the text itself. "Don't know" is not a value: an
answer says it with its own flag (``Answer.dont_know``), written ``dont_know`` as text.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import field
from typing import Union

from workshop_app.domain.enums import Element, Function, Measures, Phase, Purpose, QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.records import record
from workshop_app.domain.text import check_text

AnswerValue = Union[int, float, str, tuple[str, ...], dict[str, float]]  # noqa: UP007

# Shown with every question marked sensitive: on screen, in pre-work workbooks, in reports.
SENSITIVE_NOTICE = (
    "Competitively sensitive: the partners may also be competitors. Give only what your "
    "organisation's rules on sharing information with competitors allow; if in doubt, "
    "ask your legal team first or skip this question."
)

# The text form of a "Don't know" answer (CSV value column, command line), and its label.
DONT_KNOW_TEXT = "dont_know"
DONT_KNOW_LABEL = "Don't know"


def is_dont_know_text(raw: object) -> bool:
    """Whether a cell or CSV value says "Don't know": ``dont_know`` or the label, any case."""
    if not isinstance(raw, str):
        return False
    folded = " ".join(raw.replace("\u2019", "'").split()).casefold()
    return folded in (DONT_KNOW_TEXT, DONT_KNOW_LABEL.casefold(), "dont know", "don't_know")


@record
class Option:
    """One option of a choice, ranking or allocation question."""

    id: str
    label: str


@record
class Question:
    """One question of the questionnaire, with its type's settings."""

    id: str
    type: QuestionType
    text: str
    help: str = ""
    options: tuple[Option, ...] = ()
    scale_lo: int = 1
    scale_hi: int = 5
    # Labels describing behaviour at points of the scale; at least the two ends.
    anchors: tuple[tuple[int, str], ...] = ()
    weight: float = 1.0
    phases: tuple[Phase, ...] = ()
    purposes: tuple[Purpose, ...] = ()
    unit: str = ""
    total: float = 100.0  # allocation: the points to split
    min_value: float | None = None  # number
    max_value: float | None = None  # number
    short_title: str = ""  # a few words naming the question in gap lists and reports
    # Answers may be competitively sensitive between partners who compete (prices,
    # volumes, where they sell): participants see a notice, reports mark the question.
    sensitive: bool = False
    # likert: a position on the matter, or how far the partners have defined it
    measures: Measures = Measures.POSITION
    tolerance: float | None = None  # number: the difference that counts as full disagreement
    functions: tuple[Function, ...] = ()  # asked of these functions only; () = everyone
    clause: str = ""  # the term-sheet clause it informs, e.g. exit.notice_period

    @property
    def title(self) -> str:
        return self.short_title or self.text

    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def option_label(self, option_id: str) -> str:
        for o in self.options:
            if o.id == option_id:
                return o.label
        return option_id

    def anchor_label(self, point: int) -> str:
        return dict(self.anchors).get(point, "")

    @property
    def scored(self) -> bool:
        return self.type is not QuestionType.TEXT

    @property
    def measures_definition(self) -> bool:
        return self.type is QuestionType.LIKERT and self.measures is Measures.DEFINITION


@record
class Section:
    """The questions of one element, in order."""

    element: Element
    title: str
    intro: str = ""
    questions: tuple[Question, ...] = ()


@record
class Revision:
    """A wording change made after a question had answers: answers were given to ``was``."""

    question_id: str
    field: str  # text, help, short, anchors.N, options.ID
    was: str
    date: str  # ISO date of the change


@record
class QuestionWords:
    """One question's words in another language; "" / () where the template gives none."""

    text: str = ""
    help: str = ""
    short: str = ""
    options: tuple[tuple[str, str], ...] = ()  # option id -> label
    anchors: tuple[tuple[int, str], ...] = ()  # scale point -> label
    unit: str = ""  # a number question's unit ("Jahre" for "years")


@record
class Translation:
    """A questionnaire's words in one more language (the template's own is the source).

    Only words: ids, types, options, scales and weights are the source's, so answers
    and their analysis are the same in every language. See domain.translation.
    """

    language: str  # a code of domain.languages
    title: str = ""
    description: str = ""
    sections: tuple[tuple[Element, str, str], ...] = ()  # element, title, intro
    questions: tuple[tuple[str, QuestionWords], ...] = ()  # question id -> words
    glossary: tuple[tuple[str, str, str], ...] = ()  # source term, term, meaning


@record
class Questionnaire:
    """The questions a workshop asks, by element, with their translations."""

    template_id: str
    version: str
    title: str
    language: str = "en"
    description: str = ""
    sections: tuple[Section, ...] = ()
    # (term, meaning) pairs: the few terms a participant must know, in template order.
    glossary: tuple[tuple[str, str], ...] = ()
    # Wording edits made after answers came in, oldest first (see Revision).
    revisions: tuple[Revision, ...] = ()
    # The same questionnaire in other languages, in template order.
    translations: tuple[Translation, ...] = ()
    # Not an init field: dataclasses.replace must build a fresh index, not share the old one.
    _index: dict[str, tuple[int, Question, Element]] = field(
        default_factory=dict, init=False, compare=False, repr=False, hash=False
    )

    def __post_init__(self) -> None:
        order = 0
        for section in self.sections:
            for q in section.questions:
                self._index[q.id] = (order, q, section.element)
                order += 1

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question:
        try:
            return self._index[question_id][1]
        except KeyError:
            raise ValidationError(
                f"Question '{question_id}' is not in questionnaire "
                f"{self.template_id} version {self.version}."
            ) from None

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index

    def element_of(self, question_id: str) -> Element:
        return self._index[question_id][2]

    def order_of(self, question_id: str) -> int:
        """Position in the questionnaire, for stable ordering of gaps and reports."""
        return self._index[question_id][0]

    def section(self, element: Element) -> Section | None:
        for s in self.sections:
            if s.element is element:
                return s
        return None

    def __len__(self) -> int:
        return len(self._index)

    @property
    def languages(self) -> tuple[str, ...]:
        """The source language first, then every language it is translated into."""
        return (self.language, *(t.language for t in self.translations))

    def revisions_of(self, question_id: str) -> tuple[Revision, ...]:
        return tuple(r for r in self.revisions if r.question_id == question_id)

    def glossary_for(self, question: Question) -> tuple[tuple[str, str], ...]:
        """The glossary entries whose term occurs in the question, its help or options."""
        words = " ".join(
            [question.text, question.help, *(o.label for o in question.options)]
        ).casefold()
        return tuple((term, meaning) for term, meaning in self.glossary if term.casefold() in words)


# --- answer values -------------------------------------------------------------------


def _fmt_number(x: float) -> str:
    if abs(x) >= 1e15:  # not hundreds of digits in a message or a cell
        return f"{x:g}"
    if float(x).is_integer():
        return str(int(x))
    return repr(float(x))


def format_value(question: Question, value: AnswerValue) -> str:
    """The text form of a value, as written to CSV and workbooks (see module docstring)."""
    t = question.type
    if t is QuestionType.LIKERT:
        return str(int(value))  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.NUMBER:
        return _fmt_number(value)  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.MULTI_CHOICE:
        return ";".join(value)  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.RANKING:
        return ">".join(value)  # type: ignore[arg-type]  # value's shape follows the question type
    if t is QuestionType.ALLOCATION:
        assert isinstance(value, Mapping)
        return ";".join(f"{k}={_fmt_number(v)}" for k, v in value.items())
    return str(value)


def describe_value(question: Question, value: AnswerValue) -> str:
    """A human reading of a value, with option labels and anchors."""
    t = question.type
    if t is QuestionType.LIKERT:
        anchor = question.anchor_label(int(value))  # type: ignore[arg-type]  # value's shape follows the question type
        return f"{value} – {anchor}" if anchor else str(value)
    if t is QuestionType.SINGLE_CHOICE:
        return question.option_label(str(value))
    if t is QuestionType.MULTI_CHOICE:
        return "; ".join(question.option_label(v) for v in value)  # type: ignore[union-attr]  # value's shape follows the question type
    if t is QuestionType.RANKING:
        return " > ".join(question.option_label(v) for v in value)  # type: ignore[union-attr]  # value's shape follows the question type
    if t is QuestionType.ALLOCATION:
        assert isinstance(value, Mapping)
        return "; ".join(f"{question.option_label(k)} {_fmt_number(v)}" for k, v in value.items())
    if t is QuestionType.NUMBER:
        return f"{_fmt_number(value)} {question.unit}".strip()  # type: ignore[arg-type]  # value's shape follows the question type
    return str(value)


def _resolve_option(question: Question, token: str) -> str:
    token = token.strip()
    ids = question.option_ids()
    if token in ids:
        return token
    folded = token.casefold()
    for o in question.options:
        if o.id.casefold() == folded or o.label.strip().casefold() == folded:
            return o.id
    raise ValidationError(f"'{token}' is not one of the options ({', '.join(ids)}).")


def _parse_number(token: str) -> float:
    cleaned = token.strip().replace("\u00a0", "").replace(" ", "")
    try:
        x = float(cleaned)
    except ValueError:
        raise ValidationError(f"'{token.strip()}' is not a number.") from None
    if not math.isfinite(x):
        raise ValidationError(f"'{token.strip()}' is not a finite number.")
    return x


def parse_value(question: Question, raw: str) -> AnswerValue:
    """Read the text form of an answer and validate it; raises ValidationError.

    Option labels are accepted in place of ids (case-insensitive), so a person can type
    what they see. The message says what is wrong but not where: callers add the
    location (row, sheet and cell, participant).
    """
    if not isinstance(raw, str):
        raw = str(raw)
    text = raw.strip()
    t = question.type
    if t is QuestionType.TEXT:
        return validate_value(question, raw)
    if not text:
        raise ValidationError("the answer is empty.")
    value: AnswerValue
    if t is QuestionType.LIKERT:
        x = _parse_number(text)
        if not x.is_integer():
            raise ValidationError(
                f"'{text}' is not a whole number on the scale "
                f"{question.scale_lo} to {question.scale_hi}."
            )
        value = int(x)
    elif t is QuestionType.NUMBER:
        value = _parse_number(text)
    elif t is QuestionType.SINGLE_CHOICE:
        value = _resolve_option(question, text)
    elif t is QuestionType.MULTI_CHOICE:
        value = tuple(_resolve_option(question, p) for p in text.split(";") if p.strip())
    elif t is QuestionType.RANKING:
        value = tuple(_resolve_option(question, p) for p in text.split(">") if p.strip())
    elif t is QuestionType.ALLOCATION:
        alloc: dict[str, float] = {}
        for part in text.split(";"):
            if not part.strip():
                continue
            if "=" not in part:
                raise ValidationError(
                    f"'{part.strip()}' should read option=points, e.g. "
                    f"{question.options[0].id if question.options else 'a'}=60."
                )
            key, _, points = part.partition("=")
            option = _resolve_option(question, key)
            if option in alloc:
                raise ValidationError(f"option '{option}' is given points twice.")
            alloc[option] = _parse_number(points)
        value = alloc
    else:  # pragma: no cover - enum is closed
        raise ValidationError(f"unknown question type {t}.")
    return validate_value(question, value)


def validate_value(question: Question, value: AnswerValue) -> AnswerValue:
    """Check a value against its question and return it in canonical form."""
    t = question.type
    if t is QuestionType.LIKERT:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(f"'{value}' is not a point on the scale.")
        if float(value) != int(value):
            raise ValidationError(f"{value} is not a whole number.")
        v = int(value)
        if not question.scale_lo <= v <= question.scale_hi:
            raise ValidationError(
                f"{v} is outside the scale {question.scale_lo} to {question.scale_hi}."
            )
        return v
    if t is QuestionType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(f"'{value}' is not a number.")
        x = float(value)
        if not math.isfinite(x):
            raise ValidationError(f"'{value}' is not a finite number.")
        if question.min_value is not None and x < question.min_value:
            raise ValidationError(
                f"{_fmt_number(x)} is below the minimum {_fmt_number(question.min_value)}."
            )
        if question.max_value is not None and x > question.max_value:
            raise ValidationError(
                f"{_fmt_number(x)} is above the maximum {_fmt_number(question.max_value)}."
            )
        return x
    if t is QuestionType.TEXT:
        if not isinstance(value, str):
            # Never turned into text silently: 7 and "7" are different answers to a reader.
            raise ValidationError(
                f"{value!r} is not text; a text answer must be given as text (in quotes)."
            )
        return check_text(value, "the answer")
    ids = question.option_ids()  # here: scale, number and text answers (most) need none
    if t is QuestionType.SINGLE_CHOICE:
        if not isinstance(value, str) or value not in ids:
            raise ValidationError(f"'{value}' is not one of the options ({', '.join(ids)}).")
        return value
    if t is QuestionType.MULTI_CHOICE:
        chosen = tuple(value) if isinstance(value, list | tuple) else None
        if not chosen:
            raise ValidationError("choose at least one option.")
        for c in chosen:
            if c not in ids:
                raise ValidationError(f"'{c}' is not one of the options ({', '.join(ids)}).")
        if len(set(chosen)) != len(chosen):
            raise ValidationError("an option is chosen twice.")
        return tuple(i for i in ids if i in chosen)
    if t is QuestionType.RANKING:
        order = tuple(value) if isinstance(value, list | tuple) else ()
        for c in order:
            if c not in ids:
                raise ValidationError(f"'{c}' is not one of the options ({', '.join(ids)}).")
        if len(set(order)) != len(order):
            raise ValidationError("an option is ranked twice.")
        if len(order) != len(ids):
            missing = [i for i in ids if i not in order]
            raise ValidationError(f"rank every option; missing: {', '.join(missing)}.")
        return order
    if t is QuestionType.ALLOCATION:
        if not isinstance(value, Mapping) or not value:
            raise ValidationError("split the points across the options, e.g. a=60;b=40.")
        out: dict[str, float] = {}
        for k, n in value.items():
            if k not in ids:
                raise ValidationError(f"'{k}' is not one of the options ({', '.join(ids)}).")
            if isinstance(n, bool) or not isinstance(n, int | float) or not math.isfinite(n):
                raise ValidationError(f"the points for '{k}' are not a number.")
            if n < 0:
                raise ValidationError(f"the points for '{k}' are negative.")
        for i in ids:
            if i in value and value[i] != 0:
                out[i] = float(value[i])
        total = sum(out.values())
        if abs(total - question.total) > 1e-6:
            raise ValidationError(
                f"the points add up to {_fmt_number(total)}, not {_fmt_number(question.total)}."
            )
        return out
    raise ValidationError(f"unknown question type {t}.")  # pragma: no cover
