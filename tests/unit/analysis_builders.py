"""Small hand-made workshops for the analysis tests (their check that they are valid is
tests/unit/test_hand_made_workshops.py).

``make_workshop({"A": [{"L": 4}, {"L": 5}], "B": [{"L": 2}]})`` gives partners A and B
(id = name), one participant per dict, answering the questions named by id; the value
``DK`` answers "Don't know".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from workshop_app.domain.enums import (
    ContributionCategory,
    Element,
    Measures,
    QuestionType,
    RightCode,
)
from workshop_app.domain.heads import HEADS, HeadOfTerms, HeadStatus, PartyDetails
from workshop_app.domain.model import (
    Answer,
    Contribution,
    Decision,
    EscalationStep,
    ExitTerms,
    ExitTrigger,
    Participant,
    Partner,
    ReviewPoint,
    SharedAsset,
    Workshop,
    WorkshopDetails,
)
from workshop_app.domain.questionnaire import (
    AnswerValue,
    Option,
    Question,
    Questionnaire,
    Section,
)


def _options(*ids: str) -> tuple[Option, ...]:
    return tuple(Option(i, f"Option {i.upper()}") for i in ids)


LIKERT = Question(
    "L",
    QuestionType.LIKERT,
    "How clear is the joint target?",
    short_title="Joint target",
    anchors=((1, "Unclear"), (5, "Clear")),
)
SINGLE = Question(
    "S", QuestionType.SINGLE_CHOICE, "Main objective?", options=_options("a", "b", "c")
)
MULTI = Question(
    "M", QuestionType.MULTI_CHOICE, "Which regions?", options=_options("a", "b", "c", "d")
)
RANKING = Question(
    "R", QuestionType.RANKING, "Rank the priorities", options=_options("a", "b", "c", "d")
)
ALLOCATION = Question(
    "A", QuestionType.ALLOCATION, "Split the investment", options=_options("a", "b", "c")
)
NUMBER = Question("N", QuestionType.NUMBER, "Target volume?", unit="units/year")
TEXT = Question("T", QuestionType.TEXT, "What worries you?")
DEFINITION = Question(
    "D",
    QuestionType.LIKERT,
    "How far is the exit path defined?",
    short_title="Exit path",
    anchors=((1, "Not discussed"), (5, "Agreed in writing")),
    measures=Measures.DEFINITION,
)
DK = "<don't know>"  # in make_workshop rows: the participant answered "Don't know"

ALL_TYPES: tuple[Question, ...] = (LIKERT, SINGLE, MULTI, RANKING, ALLOCATION, NUMBER, TEXT)


def likert(qid: str, weight: float = 1.0, lo: int = 1, hi: int = 5) -> Question:
    return Question(
        qid,
        QuestionType.LIKERT,
        f"Question {qid}",
        weight=weight,
        scale_lo=lo,
        scale_hi=hi,
        anchors=((lo, "Low"), (hi, "High")),
    )


def ranking(qid: str, n: int) -> Question:
    return Question(qid, QuestionType.RANKING, f"Rank {n}", options=_options(*"abcdefgh"[:n]))


def make_questionnaire(
    sections: Sequence[Question] | Mapping[Element, Sequence[Question]] = ALL_TYPES,
) -> Questionnaire:
    if not isinstance(sections, Mapping):
        sections = {Element.GOALS: sections}
    return Questionnaire(
        "test",
        "1",
        "Test questionnaire",
        sections=tuple(
            Section(element, element.label, questions=tuple(qs)) for element, qs in sections.items()
        ),
    )


def make_workshop(
    answers: Mapping[str, Sequence[Mapping[str, AnswerValue | None]]],
    questions: Sequence[Question] | Mapping[Element, Sequence[Question]] = ALL_TYPES,
    *,
    threshold: float = 0.75,
    details: Mapping[str, object] | None = None,
    **extra: object,
) -> Workshop:
    """A workshop whose partners are the keys of ``answers`` (id = name), in that order;
    ``details`` are further WorkshopDetails fields (phase, overrides, ...)."""
    partners = tuple(Partner(name, name, position=i) for i, name in enumerate(answers))
    people: list[Participant] = []
    given: list[Answer] = []
    for partner, rows in answers.items():
        for i, row in enumerate(rows):
            pid = f"{partner}-{i}"
            people.append(Participant(pid, partner, f"Person {i} of {partner}"))
            given.extend(
                Answer(pid, qid, None, dont_know=True) if value == DK else Answer(pid, qid, value)
                for qid, value in row.items()
            )
    return Workshop(
        details=WorkshopDetails(
            "w1",
            "Test workshop",
            gap_threshold=threshold,
            **(details or {}),  # type: ignore[arg-type]  # the caller's field values
        ),
        questionnaire=make_questionnaire(questions),
        partners=partners,
        participants=tuple(people),
        answers=tuple(given),
        **extra,  # type: ignore[arg-type]  # the caller's field values
    )


def ready_terms(partner_ids: Sequence[str]) -> dict[str, object]:
    """Term-sheet parts that pass every readiness check, for ``make_workshop(**...)``."""
    a, b = partner_ids[0], partner_ids[1]
    return {
        "contributions": tuple(
            Contribution(
                f"c-{p}",
                p,
                ContributionCategory.ENGINEERING,
                f"Engineering of {p}",
                quantity=40,
                unit="engineer-years",
                start=date(2027, 1, 1),
                end=date(2029, 12, 31),
                tracking_metric="Hours booked per quarter",
            )
            for p in partner_ids
        ),
        "decisions": (
            Decision(
                "d1",
                "Platform architecture",
                rights=((a, RightCode.DECIDES), (b, RightCode.CONSULTED)),
            ),
            Decision("d2", "Scope change", rights=((a, RightCode.JOINT), (b, RightCode.JOINT))),
        ),
        "escalation_steps": (
            EscalationStep("e1", 1, "Program management office", time_limit_days=10),
            EscalationStep("e2", 2, "Steering committee", time_limit_days=30),
        ),
        "review_points": (ReviewPoint("r1", "B-sample review", due=date(2028, 6, 30)),),
        "exit_terms": ExitTerms(
            renewal_timeline="Renew every five years",
            notice_period="12 months",
            obligations="Spare parts supply for ten years",
        ),
        "exit_triggers": (ExitTrigger("t1", "Change of control", notice_days=180),),
        "shared_assets": (SharedAsset("s1", "Platform IP", treatment="Licensed to both"),),
        "heads_of_terms": tuple(
            HeadOfTerms(h.key, HeadStatus.AGREED, agreed_text=f"Agreed: {h.title}") for h in HEADS
        ),
        "parties": tuple(
            PartyDetails(p, f"{p} GmbH", "Munich", f"HRB {i}", f"{p} Holding GmbH")
            for i, p in enumerate(partner_ids, 1)
        ),
    }
