"""The built-in questionnaire: complete, balanced and usable in gap lists."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from workshop_app.domain.enums import Element, QuestionType
from workshop_app.exchange.templates import DEFAULT_TEMPLATE_ID, default_template, list_templates

PREFIX = {
    Element.GOALS: "G",
    Element.STRENGTHS: "S",
    Element.GOVERNANCE: "R",
    Element.CULTURE: "C",
    Element.EXIT: "X",
}


@pytest.fixture(scope="module")
def questionnaire():
    return default_template()


def test_identity(questionnaire):
    assert questionnaire.template_id == DEFAULT_TEMPLATE_ID
    assert questionnaire.version == "1.1"
    assert questionnaire.language == "en"
    assert questionnaire.title.strip()
    assert any(t.template_id == DEFAULT_TEMPLATE_ID for t in list_templates())


def test_enough_questions(questionnaire):
    assert len(questionnaire) >= 40


def test_every_element_has_a_section_in_order(questionnaire):
    assert [s.element for s in questionnaire.sections] == list(Element)
    for section in questionnaire.sections:
        assert len(section.questions) >= 6, section.element
        assert section.intro.strip(), section.element


def test_every_type_present(questionnaire):
    types = Counter(q.type for q in questionnaire.questions())
    assert set(types) == set(QuestionType)
    assert types[QuestionType.LIKERT] > len(questionnaire) / 2


def test_every_element_has_a_non_likert_question(questionnaire):
    for section in questionnaire.sections:
        assert any(q.type is not QuestionType.LIKERT for q in section.questions), section.element


def test_likert_questions_label_every_point(questionnaire):
    for q in questionnaire.questions():
        if q.type is QuestionType.LIKERT:
            points = [p for p, _ in q.anchors]
            assert points == list(range(q.scale_lo, q.scale_hi + 1)), q.id
            labels = [label for _, label in q.anchors]
            assert all(label.strip() for label in labels), q.id
            assert len(set(labels)) == len(labels), q.id


def test_anchors_describe_behaviour_not_agreement(questionnaire):
    for q in questionnaire.questions():
        for _, label in q.anchors:
            assert label.strip().casefold() != "agree"
            assert "strongly" not in label.casefold(), (q.id, label)


def test_short_titles_unique_and_short(questionnaire):
    shorts = [q.short_title for q in questionnaire.questions()]
    assert all(s.strip() for s in shorts)
    assert len(set(s.casefold() for s in shorts)) == len(shorts)
    for q in questionnaire.questions():
        assert 2 <= len(q.short_title.split()) <= 6, (q.id, q.short_title)


def test_question_ids_follow_their_element(questionnaire):
    for q in questionnaire.questions():
        element = questionnaire.element_of(q.id)
        assert re.fullmatch(rf"{PREFIX[element]}\d\d", q.id), q.id


def test_option_ids_are_snake_case(questionnaire):
    for q in questionnaire.questions():
        for option in q.options:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", option.id), (q.id, option.id)
            assert option.label.strip()


def test_weights(questionnaire):
    weights = {q.id: q.weight for q in questionnaire.questions()}
    assert all(1.0 <= w <= 2.0 for w in weights.values())
    assert any(w > 1.0 for w in weights.values())
    assert Counter(weights.values())[1.0] > len(weights) / 2  # most keep the default


def test_typed_details(questionnaire):
    for q in questionnaire.questions():
        if q.type is QuestionType.ALLOCATION:
            assert q.total == 100
        if q.type is QuestionType.NUMBER:
            assert q.unit, q.id
            assert q.min_value is not None and q.max_value is not None, q.id
        if q.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE,
                      QuestionType.RANKING, QuestionType.ALLOCATION):
            assert len(q.options) >= 2, q.id
        assert q.text.strip().endswith(("?", ".")), q.id
