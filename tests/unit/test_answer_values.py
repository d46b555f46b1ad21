"""Answer values: the text form people type, and the rules each question type enforces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.questionnaire import (
    Option,
    Question,
    describe_value,
    format_value,
    parse_value,
    validate_value,
)

OPTIONS = (
    Option("platform", "Scale a platform"),
    Option("adas", "Close the ADAS gap"),
    Option("market", "Market access"),
)


def q(qtype: QuestionType, **kw) -> Question:
    base = {"id": "Q1", "type": qtype, "text": "?"}
    if qtype in (
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTI_CHOICE,
        QuestionType.RANKING,
        QuestionType.ALLOCATION,
    ):
        base["options"] = OPTIONS
    if qtype is QuestionType.LIKERT:
        base["anchors"] = ((1, "Each side names a different target"), (5, "Same target and date"))
    base.update(kw)
    return Question(**base)


@pytest.mark.parametrize(
    ("qtype", "raw", "expected"),
    [
        (QuestionType.LIKERT, "4", 4),
        (QuestionType.LIKERT, " 5 ", 5),
        (QuestionType.NUMBER, "12.5", 12.5),
        (QuestionType.NUMBER, "1 000", 1000.0),
        (QuestionType.SINGLE_CHOICE, "adas", "adas"),
        (QuestionType.SINGLE_CHOICE, "market access", "market"),  # the label, any case
        (QuestionType.MULTI_CHOICE, "market;platform", ("platform", "market")),
        (QuestionType.RANKING, "adas>market>platform", ("adas", "market", "platform")),
        (QuestionType.ALLOCATION, "platform=60;adas=40", {"platform": 60.0, "adas": 40.0}),
        (QuestionType.TEXT, "Gemeinsame Plattform für 王芳", "Gemeinsame Plattform für 王芳"),
    ],
)
def test_text_form_is_read_into_canonical_values(qtype, raw, expected) -> None:
    assert parse_value(q(qtype), raw) == expected


@pytest.mark.parametrize(
    ("qtype", "raw", "fragment"),
    [
        (QuestionType.LIKERT, "6", "outside the scale 1 to 5"),
        (QuestionType.LIKERT, "3.5", "not a whole number"),
        (QuestionType.LIKERT, "maybe", "'maybe' is not a number"),
        (QuestionType.LIKERT, "", "empty"),
        (QuestionType.NUMBER, "ten", "'ten' is not a number"),
        (QuestionType.NUMBER, "inf", "not a finite number"),
        (QuestionType.SINGLE_CHOICE, "maybe", "'maybe' is not one of the options"),
        (QuestionType.MULTI_CHOICE, "adas;adas", "chosen twice"),
        (QuestionType.RANKING, "adas>market", "missing: platform"),
        (QuestionType.RANKING, "adas>adas>market", "ranked twice"),
        (QuestionType.ALLOCATION, "platform=60;adas=30", "add up to 90, not 100"),
        (QuestionType.ALLOCATION, "platform=120;adas=-20", "negative"),
        (QuestionType.ALLOCATION, "platform:60", "should read option=points"),
        (QuestionType.ALLOCATION, "platform=60;platform=40", "given points twice"),
        (QuestionType.TEXT, "bad\x00byte", "U+0000"),
    ],
)
def test_bad_values_are_refused_with_the_reason(qtype, raw, fragment) -> None:
    with pytest.raises(ValidationError) as info:
        parse_value(q(qtype), raw)
    assert fragment in str(info.value)


def test_number_bounds_are_enforced() -> None:
    question = q(QuestionType.NUMBER, min_value=0, max_value=30, unit="years")
    assert parse_value(question, "30") == 30.0
    with pytest.raises(ValidationError, match="above the maximum 30"):
        parse_value(question, "31")
    with pytest.raises(ValidationError, match="below the minimum 0"):
        parse_value(question, "-1")


def test_booleans_are_not_scale_points() -> None:
    with pytest.raises(ValidationError):
        validate_value(q(QuestionType.LIKERT), True)


def test_custom_allocation_total() -> None:
    question = q(QuestionType.ALLOCATION, total=10)
    assert parse_value(question, "platform=7;adas=3") == {"platform": 7.0, "adas": 3.0}
    with pytest.raises(ValidationError, match="not 10"):
        parse_value(question, "platform=60;adas=40")


def test_description_uses_labels_and_anchors() -> None:
    assert describe_value(q(QuestionType.LIKERT), 5) == "5 – Same target and date"
    assert describe_value(q(QuestionType.RANKING), ("adas", "market", "platform")) == (
        "Close the ADAS gap > Market access > Scale a platform"
    )
    assert describe_value(q(QuestionType.NUMBER, unit="GWh/year"), 12.0) == "12 GWh/year"


_value_for_type = {
    QuestionType.LIKERT: st.integers(1, 5),
    QuestionType.NUMBER: st.floats(-1e9, 1e9, allow_nan=False),
    QuestionType.SINGLE_CHOICE: st.sampled_from([o.id for o in OPTIONS]),
    QuestionType.MULTI_CHOICE: st.sets(st.sampled_from([o.id for o in OPTIONS]), min_size=1).map(
        lambda s: tuple(o.id for o in OPTIONS if o.id in s)
    ),
    QuestionType.RANKING: st.permutations([o.id for o in OPTIONS]).map(tuple),
    QuestionType.ALLOCATION: st.integers(0, 100).map(
        lambda a: {k: float(v) for k, v in (("platform", a), ("adas", 100 - a)) if v}
    ),
    QuestionType.TEXT: st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=50),
}


@given(st.data())
def test_text_form_round_trips(data) -> None:
    qtype = data.draw(st.sampled_from(list(_value_for_type)))
    question = q(qtype)
    value = data.draw(_value_for_type[qtype])
    if qtype is QuestionType.TEXT and value != value.strip():
        value = value.strip() or "x"
    assert parse_value(question, format_value(question, value)) == value
