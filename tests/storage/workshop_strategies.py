"""Hypothesis strategies for arbitrary valid workshops (every entity, every question type).

Text mixes CJK, Hangul, umlauts, right-to-left scripts, emoji and the whitespace people
type, so every round trip (JSON, SQLite) is checked against the names users really have.
"""

from __future__ import annotations

import string
from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from workshop_app.domain import model
from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Element,
    Function,
    GapStatus,
    Measures,
    Phase,
    Purpose,
    QuestionType,
    RightCode,
    WorkshopStatus,
)
from workshop_app.domain.questionnaire import (
    Option,
    Question,
    Questionnaire,
    Section,
    validate_value,
)

_WORDS = ["王芳", "한빛배터리", "Müller & Söhne", "Straße", "שלום", "مرحبا", "🚗⚡", "Ærø", "李"]
_ALPHABET = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
) | st.sampled_from(["\t", "\n", " ", "ü", "한", "中", "🙂", "\u200f"])


def texts(max_size: int = 30) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(_ALPHABET, max_size=max_size),
        st.sampled_from(_WORDS),
    )


def names(max_size: int = 30) -> st.SearchStrategy[str]:
    """Non-blank text (the domain refuses blank required fields)."""
    return texts(max_size).filter(lambda s: bool(s.strip()))


ids = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=8)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
_offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
datetimes = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.none() | _offsets
)
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
non_negative = st.floats(min_value=0, max_value=model.MAX_AMOUNT, allow_nan=False)


@st.composite
def questions(draw: st.DrawFn, qid: str) -> Question:
    qtype = draw(st.sampled_from(list(QuestionType)))
    kwargs: dict[str, Any] = {
        "id": qid,
        "type": qtype,
        "text": draw(names()),
        "help": draw(texts()),
        "short_title": draw(texts(20)),
        "weight": draw(st.sampled_from([1.0, 0.5, 1.5, 2.0, 3.25])),
        "phases": tuple(draw(st.lists(st.sampled_from(list(Phase)), max_size=3))),
        "purposes": tuple(draw(st.lists(st.sampled_from(list(Purpose)), max_size=3))),
        "functions": tuple(
            draw(st.lists(st.sampled_from(list(Function)), max_size=3, unique=True))
        ),
        "clause": draw(st.sampled_from(["", "exit.notice_period", "goals.scope_2"])),
    }
    if qtype is QuestionType.LIKERT:
        lo = draw(st.integers(-3, 1))
        hi = lo + draw(st.integers(1, 10))
        middle = draw(st.lists(st.integers(lo, hi), max_size=3))
        kwargs.update(
            scale_lo=lo,
            scale_hi=hi,
            anchors=tuple(sorted({p: draw(names()) for p in {lo, hi, *middle}}.items())),
            measures=draw(st.sampled_from(list(Measures))),
        )
    elif qtype in (
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTI_CHOICE,
        QuestionType.RANKING,
        QuestionType.ALLOCATION,
    ):
        option_ids = draw(
            st.lists(
                st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=6).filter(
                    lambda s: s[0].isalnum()
                ),
                min_size=2,
                max_size=5,
                unique=True,
            )
        )
        kwargs["options"] = tuple(Option(o, draw(names())) for o in option_ids)
        if qtype is QuestionType.ALLOCATION:
            kwargs["total"] = draw(st.sampled_from([100.0, 10.0, 12.5, 1000.0]))
    elif qtype is QuestionType.NUMBER:
        kwargs["unit"] = draw(st.sampled_from(["", "%", "EUR m", "engineer-years", "万元"]))
        lo_v = draw(st.none() | st.floats(-1e6, 1e6))
        hi_v = draw(st.none() | st.floats(-1e6, 1e6))
        if lo_v is not None and hi_v is not None and lo_v >= hi_v:
            lo_v, hi_v = None, None
        kwargs.update(
            min_value=lo_v,
            max_value=hi_v,
            tolerance=draw(st.none() | st.sampled_from([0.5, 1.0, 6.0, 1e6])),
        )
    return Question(**kwargs)


@st.composite
def questionnaires(draw: st.DrawFn) -> Questionnaire:
    elements = draw(st.lists(st.sampled_from(list(Element)), min_size=1, max_size=5, unique=True))
    elements.sort(key=list(Element).index)
    n = 0
    sections = []
    for element in elements:
        qs = []
        for _ in range(draw(st.integers(1, 4))):
            n += 1
            qs.append(draw(questions(f"Q{n:02d}")))
        sections.append(Section(element, draw(names()), draw(texts()), tuple(qs)))
    return Questionnaire(
        template_id=draw(st.sampled_from(["alignment-core", "custom_1", "x"])),
        version=draw(st.sampled_from(["1.0", "2", "2026-03"])),
        title=draw(names()),
        language=draw(st.sampled_from(["en", "de", "zh-CN", "ko"])),
        description=draw(texts()),
        sections=tuple(sections),
    )


@st.composite
def answer_values(draw: st.DrawFn, q: Question) -> Any:
    t = q.type
    ids_ = list(q.option_ids())
    if t is QuestionType.LIKERT:
        value: Any = draw(st.integers(q.scale_lo, q.scale_hi))
    elif t is QuestionType.NUMBER:
        value = draw(
            st.floats(
                min_value=q.min_value if q.min_value is not None else -1e9,
                max_value=q.max_value if q.max_value is not None else 1e9,
            )
        )
    elif t is QuestionType.TEXT:
        value = draw(texts(60))
    elif t is QuestionType.SINGLE_CHOICE:
        value = draw(st.sampled_from(ids_))
    elif t is QuestionType.MULTI_CHOICE:
        value = tuple(draw(st.lists(st.sampled_from(ids_), min_size=1, unique=True)))
    elif t is QuestionType.RANKING:
        value = tuple(draw(st.permutations(ids_)))
    else:  # allocation: whole points, the last option takes the rest
        chosen = draw(st.lists(st.sampled_from(ids_), min_size=1, unique=True))
        rest = q.total
        value = {}
        for option in chosen[:-1]:
            points = float(draw(st.integers(0, int(rest))))
            value[option] = points
            rest -= points
        value[chosen[-1]] = rest
    return validate_value(q, value)


@st.composite
def workshops(draw: st.DrawFn, max_partners: int = model.MAX_PARTNERS) -> model.Workshop:
    q = draw(questionnaires())
    question_list = list(q.questions())
    qids = [x.id for x in question_list]

    partner_names = draw(
        st.lists(
            names(40), min_size=0, max_size=max_partners, unique_by=lambda s: s.strip().casefold()
        )
    )
    partner_ids = draw(
        st.lists(ids, min_size=len(partner_names), max_size=len(partner_names), unique=True)
    )
    partners = tuple(
        model.Partner(
            id=pid,
            name=name,
            short_name=draw(texts(10)),
            colour=draw(st.sampled_from((*model.PARTNER_COLOURS, "#abcdef", "#000000"))),
            role=draw(texts()),
            capacities=tuple(draw(st.lists(st.tuples(names(20), non_negative), max_size=2))),
            position=i,
        )
        for i, (pid, name) in enumerate(zip(partner_ids, partner_names, strict=True))
    )

    participants: list[model.Participant] = []
    answers: list[model.Answer] = []
    for p in partners:
        for _ in range(draw(st.integers(0, 3))):
            person = model.Participant(
                id=f"{p.id}-{len(participants)}",
                partner_id=p.id,
                name=draw(names()),
                function=draw(st.none() | st.sampled_from(list(Function))),
                email=draw(st.sampled_from(["", "a@b.example", "王@例子.cn"])),
                done=draw(st.booleans()),
            )
            participants.append(person)
            answered = st.lists(st.sampled_from(question_list), unique_by=lambda x: x.id)
            for question in draw(answered):
                value = draw(st.none() | answer_values(question))
                dont_know = value is None and question.scored and draw(st.booleans())
                answers.append(
                    model.Answer(
                        person.id,
                        question.id,
                        value,
                        draw(texts()),
                        draw(st.none() | datetimes),
                        dont_know,
                    )
                )

    gaps = []
    for qid in draw(st.lists(st.sampled_from(qids), unique=True, max_size=3)):
        status = draw(st.sampled_from(list(GapStatus)))
        agreed = draw(names() if status is GapStatus.RESOLVED else texts())
        gaps.append(
            model.GapDiscussion(
                qid, status, draw(texts()), agreed, draw(texts()), draw(st.none() | dates)
            )
        )

    contributions = []
    if partners:
        for i in range(draw(st.integers(0, 3))):
            giver = draw(st.sampled_from(partners)).id
            others = [p.id for p in partners if p.id != giver]
            start = draw(st.none() | dates)
            end = draw(st.none() | dates)
            if start and end and end < start:
                start, end = end, start
            contributions.append(
                model.Contribution(
                    id=f"c{i}",
                    partner_id=giver,
                    category=draw(st.sampled_from(list(ContributionCategory))),
                    description=draw(names()),
                    quantity=draw(st.none() | non_negative),
                    unit=draw(texts(10)),
                    start=start,
                    end=end,
                    milestone_gate=draw(texts()),
                    tracking_metric=draw(texts()),
                    owner=draw(texts()),
                    valuation=draw(st.none() | non_negative),
                    currency=draw(st.sampled_from(["EUR", "CNY", "KRW", "", "€"])),
                    recipient_id=draw(st.sampled_from([None, *others])),
                    position=i,
                )
            )

    bodies = tuple(
        model.GovernanceBody(
            f"b{i}",
            draw(names()),
            draw(st.sampled_from(["steering", "pmo"])),
            draw(texts()),
            draw(texts()),
            draw(texts()),
            i,
        )
        for i in range(draw(st.integers(0, 2)))
    )
    decisions = []
    for i in range(draw(st.integers(0, 3))):
        rights = (
            tuple(
                (pid, draw(st.sampled_from(list(RightCode))))
                for pid in draw(st.lists(st.sampled_from(partner_ids), unique=True))
            )
            if partner_ids
            else ()
        )
        decisions.append(
            model.Decision(
                f"d{i}",
                draw(names()),
                draw(texts()),
                rights,
                draw(st.sampled_from([None, *[b.id for b in bodies]])),
                i,
            )
        )
    steps = tuple(
        model.EscalationStep(
            f"e{i}", i + 1, draw(names()), draw(st.none() | st.integers(1, 365)), draw(texts())
        )
        for i in range(draw(st.integers(0, 3)))
    )
    reviews = []
    for i in range(draw(st.integers(0, 2))):
        due = draw(st.none() | dates)
        milestone = draw(texts() if due else names())
        reviews.append(
            model.ReviewPoint(
                f"r{i}",
                draw(names()),
                due,
                milestone,
                tuple(
                    draw(
                        st.lists(
                            st.sampled_from(["continue", "expand", "narrow", "exit"]), unique=True
                        )
                    )
                ),
                draw(texts()),
                i,
            )
        )
    triggers = tuple(
        model.ExitTrigger(f"t{i}", draw(names()), draw(st.none() | st.integers(0, 1000)), i)
        for i in range(draw(st.integers(0, 2)))
    )
    assets = tuple(
        model.SharedAsset(
            f"s{i}",
            draw(names()),
            draw(st.sampled_from(list(AssetKind))),
            draw(st.sampled_from([None, *partner_ids])),
            draw(texts()),
            i,
        )
        for i in range(draw(st.integers(0, 2)))
    )
    actions = tuple(
        model.ActionItem(
            f"a{i}",
            draw(names()),
            draw(texts()),
            draw(st.none() | dates),
            draw(st.sampled_from(list(ActionStatus))),
            draw(st.sampled_from([None, *qids])),
            draw(texts()),
            i,
        )
        for i in range(draw(st.integers(0, 2)))
    )

    included = draw(st.lists(st.sampled_from(qids), unique=True, max_size=3))
    excluded = draw(st.lists(st.sampled_from(qids), unique=True, max_size=3))
    primary = draw(st.none() | st.sampled_from(list(Purpose)))
    secondary = tuple(
        draw(
            st.lists(
                st.sampled_from([p for p in Purpose if p is not primary]), unique=True, max_size=3
            )
        )
    )
    details = model.WorkshopDetails(
        id=draw(ids),
        title=draw(names()),
        primary_purpose=primary,
        secondary_purposes=secondary,
        phase=draw(st.sampled_from(list(Phase))),
        date=draw(st.none() | dates),
        location=draw(texts()),
        facilitator=draw(texts()),
        blind_mode=draw(st.booleans()),
        revealed=draw(st.booleans()),
        status=draw(st.sampled_from(list(WorkshopStatus))),
        gap_threshold=draw(st.floats(min_value=0.01, max_value=1.0)),
        confidentiality=draw(texts(20)),
        attribute_comments=draw(st.booleans()),
        notes=draw(texts(80)),
        blind_spot_threshold=draw(st.floats(min_value=0.01, max_value=1.0)),
        included_questions=tuple(included),
        excluded_questions=tuple(q_id for q_id in excluded if q_id not in included),
    )
    exit_terms = model.ExitTerms(
        draw(texts()), draw(texts()), draw(texts()), draw(texts()), draw(texts())
    )
    workshop = model.Workshop(
        details=details,
        questionnaire=q,
        partners=partners,
        participants=tuple(participants),
        answers=tuple(answers),
        gap_discussions=tuple(gaps),
        contributions=tuple(contributions),
        bodies=bodies,
        decisions=tuple(decisions),
        escalation_steps=steps,
        review_points=tuple(reviews),
        exit_terms=exit_terms,
        exit_triggers=triggers,
        shared_assets=assets,
        action_items=actions,
    )
    workshop.validate()
    return workshop
