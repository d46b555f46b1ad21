"""Domain rules: what a facilitator is told when an entry breaks one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from workshop_app.domain.enums import (
    ContributionCategory,
    Element,
    GapStatus,
    QuestionType,
    RightCode,
)
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import (
    MAX_PARTNERS,
    Answer,
    Contribution,
    Decision,
    EscalationStep,
    GapDiscussion,
    Participant,
    Partner,
    ReviewPoint,
    Workshop,
    WorkshopDetails,
    validate_answer,
)
from workshop_app.domain.questionnaire import Question, Questionnaire, Section
from workshop_app.domain.text import check_text

QUESTIONNAIRE = Questionnaire(
    "t",
    "1",
    "T",
    sections=(
        Section(
            Element.GOALS,
            "Goals",
            questions=(
                Question(
                    "G01", QuestionType.LIKERT, "Shared target?", anchors=((1, "No"), (5, "Yes"))
                ),
            ),
        ),
    ),
)


def workshop(**kw) -> Workshop:
    partners = (
        Partner("p1", "Nordwerk Fahrzeugbau AG"),
        Partner("p2", "한빛배터리 Hanbit Battery"),
    )
    people = (Participant("a", "p1", "Jürgen Weiß"), Participant("b", "p2", "王芳"))
    base = {
        "details": WorkshopDetails("w", "EV platform"),
        "questionnaire": QUESTIONNAIRE,
        "partners": partners,
        "participants": people,
    }
    base.update(kw)
    return Workshop(**base)


def test_likert_answer_outside_scale_names_question_and_participant() -> None:
    with pytest.raises(ValidationError) as info:
        validate_answer(QUESTIONNAIRE, Answer("b", "G01", 9), "王芳")
    assert str(info.value) == "Answer of 王芳 to question G01: 9 is outside the scale 1 to 5."


def test_skipped_answer_is_valid() -> None:
    answer = Answer("b", "G01", None, answered_at=datetime(2026, 11, 24, 9, 0))
    assert validate_answer(QUESTIONNAIRE, answer, "王芳") is answer


def test_unknown_question_is_refused() -> None:
    with pytest.raises(ValidationError, match="'G99' is not in questionnaire t version 1"):
        validate_answer(QUESTIONNAIRE, Answer("b", "G99", 3), "王芳")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a\x00b", "U+0000 at position 2"),
        ("x" * 32_768, "32,768 characters long"),
        ("\x1b[0m", "U+001B"),
    ],
)
def test_text_that_cannot_be_stored_is_refused(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_text(text, "Partner name")
    assert str(info.value).startswith("Partner name:")
    assert fragment in str(info.value)


def test_unicode_text_is_kept() -> None:
    for text in ("王芳", "한빛배터리", "Jürgen Weiß", "שלום", "🚗⚡", "line\nbreak\ttab"):
        assert check_text(text, "Name") == text


def test_workshop_rules() -> None:
    workshop().validate()
    with pytest.raises(ValidationError, match="must not be empty"):
        WorkshopDetails("w", "  ").validate()
    with pytest.raises(ValidationError, match="between 0 and 1"):
        WorkshopDetails("w", "T", gap_threshold=1.5).validate()
    too_many = tuple(Partner(f"p{i}", f"Partner {i}") for i in range(MAX_PARTNERS + 1))
    with pytest.raises(ValidationError, match="at most 6 partners"):
        workshop(partners=too_many, participants=()).validate()
    same = (Partner("p1", "Nordwerk"), Partner("p2", "nordwerk "))
    with pytest.raises(ValidationError, match="same name"):
        workshop(partners=same, participants=()).validate()
    with pytest.raises(ValidationError, match="王芳 has two answers to question G01"):
        workshop(answers=(Answer("b", "G01", 3), Answer("b", "G01", 4))).validate()


def test_partner_colour_must_be_hex() -> None:
    with pytest.raises(ValidationError, match="'blue' is not #RRGGBB"):
        Partner("p", "Nordwerk", colour="blue").validate()


def test_contribution_rules() -> None:
    c = Contribution(
        "c",
        "p1",
        ContributionCategory.ENGINEERING,
        "Battery system engineers",
        quantity=40,
        unit="FTE",
        start=date(2027, 1, 1),
        end=date(2026, 1, 1),
    )
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        c.validate()
    with pytest.raises(ValidationError, match="cannot contribute to itself"):
        Contribution("c", "p1", ContributionCategory.TOOLING, "Dies", recipient_id="p1").validate()
    with pytest.raises(ValidationError, match="quantity must be a number of at least 0"):
        Contribution("c", "p1", ContributionCategory.TOOLING, "Dies", quantity=-1).validate()


def test_decision_rights() -> None:
    d = Decision("d", "Program baseline: cost")
    d2 = d.with_right("p1", RightCode.DECIDES).with_right("p2", RightCode.DECIDES)
    assert d2.deciders() == ["p1", "p2"]
    d3 = d2.with_right("p2", None)
    assert d3.deciders() == ["p1"] and d3.right_of("p2") is None
    assert not d3.is_joint() and d3.with_right("p2", RightCode.JOINT).is_joint()


def test_other_rules() -> None:
    with pytest.raises(ValidationError, match="a resolved gap needs the agreed position"):
        GapDiscussion("G01", status=GapStatus.RESOLVED).validate()
    with pytest.raises(ValidationError, match="give a date or a milestone"):
        ReviewPoint("r", "Year-one review").validate()
    with pytest.raises(ValidationError, match="at least one day"):
        EscalationStep("e", 1, "Steering group", time_limit_days=0).validate()


def test_absurd_day_counts_and_levels_are_refused_in_readable_words() -> None:
    # Beyond SQLite's 64-bit integers these were an OverflowError traceback on saving.
    from workshop_app.domain.model import MAX_DAYS, ExitTrigger

    with pytest.raises(ValidationError, match="the limit is 36,500 days"):
        EscalationStep("e", 1, "Steering group", time_limit_days=10**20).validate()
    with pytest.raises(ValidationError, match="at most 100 levels"):
        EscalationStep("e", 10**20, "Steering group").validate()
    with pytest.raises(ValidationError, match=r"Exit trigger 'Change of control'.*36,500 days"):
        ExitTrigger("t", "Change of control", notice_days=10**20).validate()
    EscalationStep("e", 100, "Board", time_limit_days=MAX_DAYS).validate()
    ExitTrigger("t", "Change of control", notice_days=MAX_DAYS).validate()


def test_absurd_amounts_are_refused_in_readable_words() -> None:
    from workshop_app.domain.model import MAX_AMOUNT

    huge = Contribution("c", "p1", ContributionCategory.CAPITAL, "Equity", valuation=1e308)
    with pytest.raises(ValidationError) as info:
        huge.validate()
    assert "valuation 1e+308 is beyond any real deal" in str(info.value)
    assert len(str(info.value)) < 200
    Contribution("c", "p1", ContributionCategory.CAPITAL, "Equity", valuation=MAX_AMOUNT).validate()
    with pytest.raises(ValidationError, match="quantity must be a number of at least 0"):
        Contribution(
            "c", "p1", ContributionCategory.TOOLING, "Dies", quantity=float("nan")
        ).validate()
    with pytest.raises(ValidationError, match="must be a number from 0 to 1e\\+15"):
        Partner("p", "Nordwerk", capacities=(("FTE", 1e20),)).validate()
