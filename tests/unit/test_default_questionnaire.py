"""The built-in questionnaires: complete, balanced, short enough and usable in gap lists."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from workshop_app.domain.enums import Element, Function, Phase, QuestionType
from workshop_app.domain.template_rules import (
    MAX_QUESTIONS_PER_PARTICIPANT,
    max_questions_asked,
    position_share,
    questions_asked,
)
from workshop_app.exchange.templates import (
    DEFAULT_TEMPLATE_ID,
    builtin_template_paths,
    check_template_file,
    default_template,
    list_templates,
    load_template,
)

PREFIX = {
    Element.GOALS: "G",
    Element.STRENGTHS: "S",
    Element.GOVERNANCE: "R",
    Element.CULTURE: "C",
    Element.EXIT: "X",
}
CHOICE_TYPES = (
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTI_CHOICE,
    QuestionType.RANKING,
    QuestionType.ALLOCATION,
)


@pytest.fixture(scope="module")
def questionnaire():
    return default_template()


@pytest.fixture(scope="module", params=[p.name for p in builtin_template_paths()])
def shipped(request):
    path = next(p for p in builtin_template_paths() if p.name == request.param)
    return load_template(path)


def test_identity(questionnaire):
    assert questionnaire.template_id == DEFAULT_TEMPLATE_ID
    assert questionnaire.version == "2.0"
    assert questionnaire.language == "en"
    assert questionnaire.title.strip()
    ids = {t.template_id for t in list_templates()}
    assert {DEFAULT_TEMPLATE_ID, "review-point"} <= ids


def test_every_shipped_template_follows_the_writing_rules():
    for path in builtin_template_paths():
        _, problems = check_template_file(path)
        assert problems == [], path.name


def test_default_asks_nobody_more_than_35_and_everyone_a_core_set(questionnaire):
    most, _, _ = max_questions_asked(questionnaire)
    assert most <= MAX_QUESTIONS_PER_PARTICIPANT
    core = [q.id for q in questionnaire.questions() if not q.functions and q.scored]
    assert len(core) >= 5
    # A participant of any function, in any pre-deal phase, is asked the core set and
    # enough else to be worth their time.
    for phase in (Phase.STRATEGY, Phase.SCREENING, Phase.STRUCTURING):
        for function in Function:
            asked = {q.id for q in questions_asked(questionnaire, phase, function)}
            assert set(core) <= asked, (phase, function)
            if function is not Function.OTHER:
                assert len(asked) >= 7, (phase, function)


def test_deal_functions_get_the_questions_of_their_trade(questionnaire):
    def asked(function: Function) -> set[str]:
        return {q.id for q in questions_asked(questionnaire, Phase.STRUCTURING, function)}

    def question_with(words: str) -> str:
        return next(q.id for q in questionnaire.questions() if words in q.short_title)

    # The JV lawyer's topics go to legal, not to every buyer or engineer.
    for title in (
        "Legal form",
        "Deadlock after mediation",
        "Seat of arbitration",
        "Lock-up",
        "Approvals confirmed",
    ):
        qid = question_with(title)
        assert qid in asked(Function.LEGAL), title
        assert qid not in asked(Function.PURCHASING), title
    assert question_with("Engineers the program needs") not in asked(Function.FINANCE)


def test_position_questions_are_the_majority(shipped):
    positions, scored = position_share(shipped)
    assert positions * 2 >= scored


def test_every_number_question_has_a_tolerance_and_bounds(shipped):
    for q in shipped.questions():
        if q.type is QuestionType.NUMBER:
            assert q.tolerance and q.tolerance > 0, q.id
            assert q.unit, q.id
            assert q.min_value is not None and q.max_value is not None, q.id
            assert q.tolerance < q.max_value - q.min_value, q.id


def test_every_element_has_a_section_in_order(questionnaire):
    assert [s.element for s in questionnaire.sections] == list(Element)
    for section in questionnaire.sections:
        assert len(section.questions) >= 6, section.element
        assert section.intro.strip(), section.element


def test_says_choose_dont_know(shipped, questionnaire):
    assert "Don't know" in shipped.description
    for section in questionnaire.sections:
        assert "Don't know" in section.intro, section.element


def test_seams_are_who_decides_scenarios(questionnaire):
    # Seam questions ask who decides as a single choice, not how clear it is.
    for words in (
        "Design change against plant",
        "Supplier choice against cost",
        "Software against hardware",
        "Differing quality standards",
        "Owner of the architecture baseline",
        "What ends a deadlock",
    ):
        q = next(x for x in questionnaire.questions() if x.short_title == words)
        assert q.type is QuestionType.SINGLE_CHOICE, words


def test_exit_events_ask_what_the_other_partners_may_do(questionnaire):
    events = [
        q
        for q in questionnaire.section(Element.EXIT).questions
        if "other partners" in q.text and q.type is QuestionType.SINGLE_CHOICE
    ]
    assert len(events) >= 5
    for q in events:
        assert "nothing" in q.option_ids() and "terminate" in q.option_ids(), q.id


def test_weights(questionnaire):
    weights = {q.short_title: q.weight for q in questionnaire.questions()}
    assert weights["Basis for dividing value"] == 2.0
    assert weights["Owner of the architecture baseline"] == 2.0
    assert weights["Owner of new IP"] == 2.0
    assert all(w in (0.5, 1.0, 1.5, 2.0) for w in weights.values())
    assert Counter(weights.values())[2.0] == 3
    assert Counter(weights.values())[0.5] >= 3
    assert Counter(weights.values())[1.0] > len(weights) / 2


def test_clauses_and_sensitive_flags(questionnaire):
    clauses = {q.clause for q in questionnaire.questions() if q.clause}
    assert len(clauses) >= 30
    for clause in (
        "exit.notice_period",
        "economics.value_split",
        "ip.ownership",
        "governance.deadlock",
        "structure.legal_form",
        "conditions.approvals",
    ):
        assert clause in clauses, clause
    sensitive = [q for q in questionnaire.questions() if q.sensitive]
    assert sensitive and all(q.clause for q in sensitive)


def test_glossary(shipped):
    assert 3 <= len(shipped.glossary) <= 12
    terms = [t for t, _ in shipped.glossary]
    assert len(set(t.casefold() for t in terms)) == len(terms)
    for term, meaning in shipped.glossary:
        used = [q.id for q in shipped.questions() if (term, meaning) in shipped.glossary_for(q)]
        assert used, f"glossary term '{term}' is used by no question"


def test_likert_questions_label_every_point(shipped):
    for q in shipped.questions():
        if q.type is QuestionType.LIKERT:
            points = [p for p, _ in q.anchors]
            assert points == list(range(q.scale_lo, q.scale_hi + 1)), q.id
            labels = [label for _, label in q.anchors]
            assert all(label.strip() for label in labels), q.id
            assert len(set(labels)) == len(labels), q.id


def test_anchors_describe_behaviour_not_agreement(shipped):
    for q in shipped.questions():
        for _, label in q.anchors:
            assert label.strip().casefold() != "agree"
            assert "strongly" not in label.casefold(), (q.id, label)


def test_no_idioms_or_unexplained_jargon(shipped):
    banned = (
        "critical path",
        "fte",
        "homologation",
        "seam",
        "pmo",
        "yardstick",
        "grey zone",
        "shouts loudest",
        "travels slowly",
        "change of control",
    )
    for q in shipped.questions():
        words = " ".join(
            [q.text, q.help, *(o.label for o in q.options), *(a for _, a in q.anchors)]
        ).casefold()
        for term in banned:
            assert not re.search(rf"\b{re.escape(term)}\b", words), (q.id, term)


def test_short_titles_unique_and_short(shipped):
    shorts = [q.short_title for q in shipped.questions()]
    assert all(s.strip() for s in shorts)
    assert len(set(s.casefold() for s in shorts)) == len(shorts)
    for q in shipped.questions():
        assert 2 <= len(q.short_title.split()) <= 6, (q.id, q.short_title)


def test_question_ids_follow_their_element(shipped):
    for q in shipped.questions():
        element = shipped.element_of(q.id)
        assert re.fullmatch(rf"{PREFIX[element]}\d\d", q.id), q.id


def test_option_ids_are_snake_case(shipped):
    for q in shipped.questions():
        for option in q.options:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", option.id), (q.id, option.id)
            assert option.label.strip()


def test_typed_details(shipped):
    for q in shipped.questions():
        if q.type is QuestionType.ALLOCATION:
            assert q.total == 100
        if q.type in CHOICE_TYPES:
            assert len(q.options) >= 2, q.id
        assert q.text.strip().endswith(("?", ".")), q.id


def test_review_point_is_for_the_assessment_phase():
    q = load_template(next(p for p in builtin_template_paths() if p.name == "review-point.yaml"))
    assert 18 <= len(q) <= 24
    assert all(Phase.ASSESSMENT in x.phases for x in q.questions())
    titles = " ".join(x.short_title.casefold() for x in q.questions())
    for topic in ("on time", "escalation", "contribution", "reports matched", "scope"):
        assert topic in titles, topic
