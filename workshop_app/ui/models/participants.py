"""The participants table of the setup page: the people of one partner."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workshop_app.domain.answers import Answers
from workshop_app.domain.enums import Function
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.languages import CODES, language
from workshop_app.domain.model import Answer, Participant, Workshop
from workshop_app.domain.scope import active_question_ids, is_asked
from workshop_app.domain.text import name_key
from workshop_app.ui.models.base import SORT_ROLE, EntityTableModel
from workshop_app.ui.models.labels import function_label

__all__ = ["SORT_ROLE", "ParticipantsModel"]

COL_NAME = 0
COL_FUNCTION = 1
COL_LANGUAGE = 2  # the language the participant reads the questionnaire in
COL_EMAIL = 3
COL_ANSWERS = 4
COL_DONE = 5
COLUMNS = 6

_FIELDS = {
    COL_NAME: "name",
    COL_FUNCTION: "function",
    COL_LANGUAGE: "language",
    COL_EMAIL: "email",
}


def _progress(answer: Answer) -> bool:
    """Whether an answer counts as done: a value, or "Don't know"."""
    return answer.value is not None or answer.dont_know


class ParticipantsModel(EntityTableModel[Participant]):
    EDITABLE = frozenset(_FIELDS)
    NUMBER_COLUMNS = frozenset({COL_ANSWERS})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._answers: dict[str, int] = {}
        self._asked: dict[str, int] = {}
        self.partner_id: str | None = None

    def set_workshop(self, workshop: Workshop, partner_id: str | None) -> None:
        self.partner_id = partner_id
        people = workshop.participants_of(partner_id) if partner_id else []
        # Progress counts the questions each participant is asked ("Don't know" answers):
        # scope.asked_questions for each, with the active questions worked out once.
        active = active_question_ids(workshop.details, workshop.questionnaire)
        questions = [q for q in workshop.questionnaire.questions() if q.id in active]
        asked = {p.id: {q.id for q in questions if is_asked(q, p)} for p in people}
        self._asked = {pid: len(ids) for pid, ids in asked.items()}
        self._answers = dict.fromkeys(asked, 0)
        if isinstance(workshop.answers, Answers):
            # Indexed answers (a session's): look up each asked question of these people
            # instead of reading every answer of the workshop.
            get = workshop.answers.get
            for pid, ids in asked.items():
                found = (get(pid, qid) for qid in ids)
                self._answers[pid] = sum(1 for a in found if a is not None and _progress(a))
        else:
            for a in workshop.answers:
                theirs = asked.get(a.participant_id)
                if theirs is not None and a.question_id in theirs and _progress(a):
                    self._answers[a.participant_id] += 1
        self.set_rows(people)

    def participant(self, row: int) -> Participant:
        return self.item(row)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Function"),
            self.tr("Language"),
            self.tr("E-mail"),
            self.tr("Answered"),
            self.tr("Done"),
        ]

    def display(self, item: Participant, column: int) -> str:
        if column == COL_ANSWERS:
            return self.tr("{n} of {total}").format(
                n=self._answers.get(item.id, 0), total=self._asked.get(item.id, 0)
            )
        if column == COL_DONE:
            return self.tr("Yes") if item.done else ""
        if column == COL_FUNCTION:
            return function_label(item.function)
        if column == COL_LANGUAGE:
            return language(item.language).name
        return str(getattr(item, _FIELDS[column]))

    def edit_value(self, item: Participant, column: int) -> Any:
        if column == COL_FUNCTION:
            return item.function.value if item.function else ""
        if column == COL_LANGUAGE:
            return item.language
        return super().edit_value(item, column)

    def sort_value(self, item: Participant, column: int) -> Any:
        if column == COL_ANSWERS:
            return self._answers.get(item.id, 0)
        if column == COL_DONE:
            return item.done
        return self.display(item, column)

    def updated(self, item: Participant, column: int, value: Any) -> Participant:
        text = str(value).strip() if value is not None else ""
        if column == COL_NAME and any(
            p.id != item.id and name_key(p.name) == name_key(text) for p in self.items()
        ):
            # Two people of one partner with one name: answers could not be told apart.
            raise ValidationError(
                self.tr(
                    "Name: '{name}' is already a participant of this partner; give each "
                    "person a different name (for example with an initial)."
                ).format(name=text)
            )
        if column == COL_FUNCTION:
            if not text:
                return replace(item, function=None)
            try:
                return replace(item, function=Function(text))
            except ValueError:
                raise ValidationError(
                    self.tr("Function of {name}: '{text}' is not one of {allowed}.").format(
                        name=item.name, text=text, allowed=", ".join(f.value for f in Function)
                    )
                ) from None
        if column == COL_LANGUAGE:
            if text not in CODES:
                raise ValidationError(
                    self.tr("Language of {name}: '{text}' is not one of {allowed}.").format(
                        name=item.name, text=text, allowed=", ".join(CODES)
                    )
                )
            return replace(item, language=text)
        changes: dict[str, Any] = {_FIELDS[column]: text}
        return replace(item, **changes)

    def edit_text(self, item: Participant, column: int) -> str:
        return self.tr("Edit participant {name}").format(name=item.name)
