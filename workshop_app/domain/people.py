"""Who is in the room and what they said: partners, participants, answers, gap discussions.

Immutable values, each checking its own fields (``validate``); references between them
are checked by the workshop (domain.model).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from workshop_app.domain.enums import Function, GapStatus
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.languages import CODES as LANGUAGE_CODES
from workshop_app.domain.languages import DEFAULT_LANGUAGE
from workshop_app.domain.limits import MAX_AMOUNT, PARTNER_COLOURS
from workshop_app.domain.questionnaire import AnswerValue, Questionnaire, validate_value
from workshop_app.domain.records import record
from workshop_app.domain.text import check_email, check_text

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@record
class Partner:
    """An organisation taking part in the partnership."""

    id: str
    name: str
    short_name: str = ""
    colour: str = PARTNER_COLOURS[0]
    role: str = ""  # e.g. "OEM", "EV maker", "Battery-cell supplier"
    # Declared capacity per contribution unit (e.g. ("engineer-years", 40.0)); used to warn
    # when the partner's contributions in one unit overlap in time beyond it.
    capacities: tuple[tuple[str, float], ...] = ()
    position: int = 0

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def validate(self) -> None:
        check_text(self.name, "Partner name", max_length=200, required=True)
        check_text(self.short_name, f"Short name of {self.name}", max_length=40)
        check_text(self.role, f"Role of {self.name}", max_length=200)
        if not _COLOUR.match(self.colour):
            raise ValidationError(f"Colour of {self.name}: '{self.colour}' is not #RRGGBB.")
        for unit, amount in self.capacities:
            check_text(unit, f"Capacity unit of {self.name}", max_length=60, required=True)
            if not math.isfinite(amount) or not 0 <= amount <= MAX_AMOUNT:
                raise ValidationError(
                    f"Capacity of {self.name} in {unit}: must be a number from 0 to {MAX_AMOUNT:g}."
                )


@record
class Participant:
    """A person answering for one partner."""

    id: str
    partner_id: str
    name: str
    function: Function | None = None  # None: not given (asked every active question)
    email: str = ""
    done: bool = False  # said "I'm done" with the questionnaire
    # The language the participant reads the questionnaire in (a code of domain.languages).
    language: str = DEFAULT_LANGUAGE

    def validate(self) -> None:
        check_text(self.name, "Participant name", max_length=200, required=True)
        if self.language not in LANGUAGE_CODES:
            raise ValidationError(
                f"Language of {self.name}: '{self.language}' is not one of "
                f"{', '.join(LANGUAGE_CODES)}."
            )
        if self.function is not None and not isinstance(self.function, Function):
            raise ValidationError(
                f"Function of {self.name}: '{self.function}' is not one of "
                f"{', '.join(f.value for f in Function)}."
            )
        check_email(self.email, f"E-mail of {self.name}")


@record
class Answer:
    """One participant's answer to one question. ``value`` None means skipped, unless
    ``dont_know``: the participant said "Don't know" (an answer, but not a position)."""

    participant_id: str
    question_id: str
    value: AnswerValue | None
    comment: str = ""
    answered_at: datetime | None = None
    dont_know: bool = False


def validate_answer(questionnaire: Questionnaire, answer: Answer, participant_name: str) -> Answer:
    """The answer with its value in canonical form; errors name question and participant."""
    question = questionnaire.question(answer.question_id)
    where = f"Answer of {participant_name} to question {question.id}"
    try:
        check_text(answer.comment, "the comment")
        if answer.dont_know:
            if answer.value is not None:
                raise ValidationError('it is both a value and "Don\'t know"; give one.')
            if not question.scored:
                raise ValidationError(
                    'a text question has no "Don\'t know"; leave it blank instead.'
                )
            return answer
        if answer.value is None:
            return answer
        value = validate_value(question, answer.value)
    except ValidationError as exc:
        raise ValidationError(f"{where}: {exc}") from None
    if value == answer.value and type(value) is type(answer.value):
        return answer
    return Answer(
        answer.participant_id,
        answer.question_id,
        value,
        answer.comment,
        answer.answered_at,
        answer.dont_know,
    )


@record
class GapDiscussion:
    """What the room said about a question where partners diverge; keyed by question id."""

    question_id: str
    status: GapStatus = GapStatus.OPEN
    notes: str = ""
    agreed_position: str = ""
    owner: str = ""
    due: date | None = None

    def validate(self) -> None:
        for name, text in (
            ("Discussion notes", self.notes),
            ("Agreed position", self.agreed_position),
        ):
            check_text(text, f"{name} for question {self.question_id}")
        check_text(self.owner, f"Owner for question {self.question_id}", max_length=200)
        if self.status == GapStatus.RESOLVED and not self.agreed_position.strip():
            raise ValidationError(
                f"Question {self.question_id}: a resolved gap needs the agreed position."
            )
