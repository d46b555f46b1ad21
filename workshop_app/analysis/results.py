"""Plain result objects of the analysis: what the app, the CLI and the exports show.

One computation (``analysis.analyse(workshop)``), never re-derived elsewhere.
Partner pairs are ordered tuples of partner ids in the workshop's partner order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import field
from typing import Any, TypeVar

from workshop_app.analysis.message import KINDS_SEPARATOR, Listed, Word
from workshop_app.domain.enums import Element, GapKind, GapStatus, QuestionType
from workshop_app.domain.records import record

_T = TypeVar("_T")


def builder(cls: type[_T]) -> Callable[..., _T]:
    """A function taking every field of the frozen dataclass ``cls`` (all of them, by
    name or in order) and storing them as its generated ``__init__`` does, without that
    ``__init__``'s one ``object.__setattr__`` per field: the analysis makes a position
    per partner and question, thousands in a large workshop. Only for a dataclass
    whose ``__init__`` just stores its arguments."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]  # cls is a dataclass
    if hasattr(cls, "__post_init__") or "__slots__" in vars(cls) or not all(f.init for f in fields):
        raise TypeError(f"{cls.__name__} does more than store its fields")
    names = [f.name for f in fields]
    stores = "".join(f"    d[{n!r}] = {n}\n" for n in names)
    scope: dict[str, Any] = {"cls": cls, "new": object.__new__}
    # Field names are the dataclass's own identifiers (as dataclasses' own __init__).
    head = f"def build({', '.join(names)}):\n    o = new(cls)\n    d = o.__dict__\n"
    exec(f"{head}{stores}    return o\n", scope)
    build: Callable[..., _T] = scope["build"]
    return build


PartnerPair = tuple[str, str]


@record
class PartnerPosition:
    """One partner's position on one question, from its participants' non-blank answers."""

    partner_id: str
    respondents: int
    # likert: mean; number: median; else None
    value: float | None = None
    # single_choice / multi_choice: option id -> share of participants (0..1)
    # ranking: option id -> mean rank (1 = first)
    # allocation: option id -> mean share of the points (0..1)
    distribution: dict[str, float] = field(default_factory=dict)
    consensus: float | None = None  # 0..1; 1 for a single voice; None with no respondent
    single_voice: bool = False
    # The raw values answered (anonymised: no participant names), for spread displays.
    spread: tuple[object, ...] = ()
    texts: tuple[str, ...] = ()  # text questions: the answers, anonymised
    dont_know: int = 0  # participants who answered "Don't know" (not in respondents)


@record
class QuestionAlignment:
    """How aligned the partners are on one question."""

    question_id: str
    element: Element
    type: QuestionType
    title: str
    weight: float
    order: int  # position in the questionnaire
    positions: dict[str, PartnerPosition]  # partner id -> position (partners that answered)
    alignment: float | None  # 0..1, None if not scored (text, < 2 partners answered)
    diverging_pair: PartnerPair | None
    pairwise: dict[PartnerPair, float]  # distance d in [0, 1] per pair that both answered
    active: bool = True  # inactive questions are listed but not scored (no positions)
    # definition questions: mean over partner positions of (position - lo) / (hi - lo)
    definition: float | None = None
    undecided_partners: tuple[str, ...] = ()  # half or more of their answers: don't know
    answering_partners: int = 0  # partners with at least one answer, don't know included
    diverging_options: tuple[str, ...] = ()  # multi_choice: options at the largest difference


@record
class Gap:
    """A question the partners are not aligned on: how far apart, why, and its discussion."""

    question_id: str
    element: Element
    title: str
    alignment: float | None  # None when fewer than two partners have a position
    severity: float  # the largest severity of its kinds (see analysis)
    diverging_pair: PartnerPair | None
    status: GapStatus
    agreed_position: str = ""
    owner: str = ""
    due: str = ""  # ISO date or ""
    kinds: tuple[GapKind, ...] = (GapKind.DIVERGENCE,)  # in GapKind order
    definition: float | None = None
    undecided_partners: tuple[str, ...] = ()

    @property
    def kinds_text(self) -> str:
        """The kinds in words, e.g. "partners differ; a partner does not know"."""
        return Listed((Word(k.label) for k in self.kinds), KINDS_SEPARATOR)


@record
class InternalDisagreement:
    """A question where one partner's own participants disagree."""

    question_id: str
    element: Element
    title: str
    partner_id: str
    consensus: float
    respondents: int


@record
class ReadinessCheck:
    """One check of whether the workshop is ready for a term sheet."""

    id: str  # stable, e.g. "contributions.complete"
    title: str  # what is checked, for people
    passed: bool
    missing: tuple[str, ...] = ()  # what is missing, one line each
    page: str = (
        ""  # where to fix it: setup|questionnaire|alignment|contributions|governance|exit|actions
    )
    field: str = ""  # the field or table on that page


@record
class Readiness:
    """Every readiness check, passed or not."""

    checks: tuple[ReadinessCheck, ...]

    @property
    def passed(self) -> int:
        return sum(1 for c in self.checks if c.passed)

    @property
    def total(self) -> int:
        return len(self.checks)

    @property
    def score(self) -> float:
        """Share of checks passed, 0..1."""
        return self.passed / self.total if self.total else 0.0


@record
class Analysis:
    """Everything the analysis finds in a workshop."""

    questions: dict[str, QuestionAlignment]  # in questionnaire order
    element_scores: dict[Element, float]  # 0..100, only elements with scored questions
    overall_index: float | None  # 0..100, mean of the element scores that exist
    pair_element_scores: dict[PartnerPair, dict[Element, float]]
    pair_overall: dict[PartnerPair, float | None]
    gaps: tuple[Gap, ...]  # by severity, highest first
    internal_disagreements: tuple[InternalDisagreement, ...]
    readiness: Readiness
    threshold: float
    # Definition scores 0..100 per element (only elements with defined definition
    # questions) and their mean; None when no definition question has a position.
    element_definition: dict[Element, float] = field(default_factory=dict)
    definition_index: float | None = None
    blind_spot_threshold: float = 0.5
    active_questions: int = 0


# Positions are made by the thousand (see builder).
make_position = builder(PartnerPosition)
