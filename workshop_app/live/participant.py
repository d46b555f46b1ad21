"""What one participant may see and do through their link; runs on the session's thread.

Everything here goes through the editing session the desktop app uses: an answer is
one ``session.put`` (one transaction, one undo step, saved at once) and the
facilitator's pages update from its ``changed`` signal. A participant sees their own
questions and answers only: never another participant's, never results.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Answer, Participant, validate_answer
from workshop_app.domain.questionnaire import AnswerValue, Question
from workshop_app.domain.scope import asked_questions
from workshop_app.domain.translation import localized, shown_language
from workshop_app.live.chrome import chrome_words, html_lang
from workshop_app.session.editing import WorkshopSession
from workshop_app.translations import MODULE_CONTEXT


def tr(text: str) -> str:
    return QCoreApplication.translate(MODULE_CONTEXT, text)


_ANSWER_KEYS = frozenset({"question", "value", "seq", "dont_know"})


class Refused(Exception):
    """A request the participant's page gets a clear message for (HTTP status, text)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _question_dict(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": q.id,
        "type": q.type.value,
        "text": q.text,
        "help": q.help,
        "options": [{"id": o.id, "label": o.label} for o in q.options],
        "dont_know": q.scored,
    }
    if q.type is QuestionType.LIKERT:
        out.update(lo=q.scale_lo, hi=q.scale_hi, anchors={str(k): v for k, v in q.anchors})
    elif q.type is QuestionType.ALLOCATION:
        out.update(total=q.total)
    elif q.type is QuestionType.NUMBER:
        out.update(unit=q.unit, min=q.min_value, max=q.max_value)
    return out


def _answer_dict(a: Answer) -> dict[str, Any]:
    value: Any = a.value
    if isinstance(value, tuple):
        value = list(value)
    return {"value": value, "dont_know": a.dont_know}


def _number(x: object, what: str) -> float:
    if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
        raise ValidationError(f"{what} is not a number.")
    return float(x)


def value_from_json(q: Question, raw: object) -> AnswerValue:
    """The JSON the page sends, in the domain's value form; ValidationError if malformed."""
    t = q.type
    if t is QuestionType.LIKERT:
        x = _number(raw, "the point")
        if not x.is_integer():
            raise ValidationError("the point is not a whole number.")
        return int(x)
    if t is QuestionType.NUMBER:
        return _number(raw, "the answer")
    if t in (QuestionType.SINGLE_CHOICE, QuestionType.TEXT):
        if not isinstance(raw, str):
            raise ValidationError("the answer is not text.")
        return raw
    if t in (QuestionType.MULTI_CHOICE, QuestionType.RANKING):
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise ValidationError("the answer is not a list of options.")
        return tuple(raw)
    if t is QuestionType.ALLOCATION:
        if not isinstance(raw, dict) or not all(isinstance(k, str) for k in raw):
            raise ValidationError("the answer is not points per option.")
        return {k: _number(v, f"the points for '{k}'") for k, v in raw.items()}
    raise ValidationError(f"unknown question type {t}.")  # pragma: no cover


class ParticipantDesk:
    """Serves participants' requests against the session (call on the session's thread)."""

    def __init__(self, session: WorkshopSession) -> None:
        self.session = session
        # (participant, question) -> the page's sequence number of the last answer taken,
        # so an old answer resent after a newer one cannot overwrite it.
        self._last_seq: dict[tuple[str, str], int] = {}
        self.opened: set[str] = set()  # participants whose page loaded, for the grid

    def _person(self, pid: str) -> Participant:
        for p in self.session.workshop().participants:
            if p.id == pid:
                return p
        raise Refused(403, tr("This link is no longer valid. Ask the facilitator for yours."))

    def _questions(self, person: Participant) -> list[Question]:
        w = self.session.workshop()
        return asked_questions(w.details, w.questionnaire, person)

    def state(self, pid: str) -> dict[str, Any]:
        person = self._person(pid)
        w = self.session.workshop()
        partner = next((p for p in w.partners if p.id == person.partner_id), None)
        questions = self._questions(person)
        asked = {q.id for q in questions}
        # The participant's language: the questions' words and the page's own.
        language = shown_language(w.questionnaire, person.language)
        shown = localized(w.questionnaire, language)
        ui = chrome_words(language)
        answers = {
            a.question_id: _answer_dict(a) for a in w.answers_of(pid) if a.question_id in asked
        }
        self.opened.add(pid)
        return {
            "workshop": w.details.title,
            "participant": person.name,
            "partner": partner.label if partner else "",
            "done": person.done,
            "language": html_lang(language),
            "ui": ui,
            "dont_know_label": ui["dont_know"],
            "questions": [_question_dict(shown.question(q.id)) for q in questions],
            "answers": answers,
        }

    def answer(self, pid: str, payload: object) -> dict[str, Any]:
        if not isinstance(payload, dict) or not set(payload) <= _ANSWER_KEYS:
            # Strict: a participant field (someone else's answer) is refused, not ignored.
            raise Refused(400, tr("The answer could not be read."))
        person = self._person(pid)
        if person.done:
            raise Refused(409, tr("You said you are done; ask the facilitator to reopen."))
        qid = payload.get("question")
        question = next((q for q in self._questions(person) if q.id == qid), None)
        if question is None:
            raise Refused(404, tr("That is not one of your questions."))
        seq = payload.get("seq")
        if isinstance(seq, bool) or not isinstance(seq, int):
            raise Refused(400, tr("The answer could not be read."))
        dont_know = payload.get("dont_know") is True
        try:
            raw = payload.get("value")
            value = None if dont_know or raw is None else value_from_json(question, raw)
            existing = next(
                (a for a in self.session.workshop().answers_of(pid) if a.question_id == qid), None
            )
            comment = existing.comment if existing else ""
            answer = validate_answer(
                self.session.workshop().questionnaire,
                Answer(pid, question.id, value, comment, dont_know=dont_know),
                person.name,
            )
        except ValidationError as exc:
            raise Refused(422, str(exc)) from None
        key = (pid, question.id)
        if seq < self._last_seq.get(key, -1):
            return self._progress(person, stale=True)  # a newer answer is already stored
        self._last_seq[key] = seq
        if existing is not None and (existing.value, existing.dont_know) == (
            answer.value,
            answer.dont_know,
        ):
            return self._progress(person)  # resent: already stored, no second undo step
        text = tr("{name}: answer to {question}").format(name=person.name, question=question.id)
        if not self.session.put(answer, text=text):
            raise Refused(500, self.session.last_error)
        return self._progress(person)

    def finish(self, pid: str) -> dict[str, Any]:
        person = self._person(pid)
        if not person.done:
            text = tr("{name} is done").format(name=person.name)
            if not self.session.put(replace(person, done=True), text=text):
                raise Refused(500, self.session.last_error)
        return self._progress(self._person(pid))

    def _progress(self, person: Participant, *, stale: bool = False) -> dict[str, Any]:
        asked = {q.id for q in self._questions(person)}
        answered = sum(
            1 for a in self.session.workshop().answers_of(person.id) if a.question_id in asked
        )
        return {
            "ok": True,
            "answered": answered,
            "total": len(asked),
            "done": person.done,
            "stale": stale,
        }
