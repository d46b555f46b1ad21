"""The demo builder's machinery: ids from the seed, stances (what a partner thinks of a
question, drawn or scripted) and the answers each participant gives from them."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from workshop_app.domain.enums import (
    QuestionType,
)
from workshop_app.domain.model import (
    Answer,
    Participant,
    Partner,
    WorkshopDetails,
)
from workshop_app.domain.questionnaire import AnswerValue, Question, Questionnaire
from workshop_app.domain.scope import asked_questions

SIZES: tuple[str, ...] = ("small", "large")
LARGE_QUESTIONS = 200
LARGE_PARTICIPANTS_PER_PARTNER = 25

_CET = timezone(timedelta(hours=1))
_ANSWERS_START = datetime(2026, 11, 24, 9, 30, tzinfo=_CET)


# --- stances: what a partner (or a camp inside it) thinks, per question --------------


Stance = Any  # float (likert, number), str (single), tuple (multi, ranking), dict (allocation)


@dataclass(frozen=True)
class _Script:
    """Scripted answers for one question; anything not given is drawn from the rng."""

    common: Stance = None  # what every partner roughly thinks
    by_partner: tuple[Stance, ...] | None = None  # a clear gap between partners
    texts: tuple[tuple[str, ...], ...] | None = None  # text answers per partner
    # A split inside one partner: (partner index, stance of the dissenting camp).
    internal: tuple[int, Stance] | None = None
    # "Don't know" answers: (partner index, how many of its participants asked, last ones
    # first); half or more leave the partner undecided, fewer leave it a position.
    dont_know: tuple[tuple[int, int], ...] = ()


# --- the builder ----------------------------------------------------------------------


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._ids: set[str] = set()

    def id(self) -> str:
        while True:
            value = f"{self.rng.getrandbits(48):012x}"
            if value not in self._ids:
                self._ids.add(value)
                return value

    # --- answers ----------------------------------------------------------------------

    def random_stance(self, q: Question) -> Stance:
        rng = self.rng
        ids = q.option_ids()
        t = q.type
        if t is QuestionType.LIKERT:
            span = q.scale_hi - q.scale_lo
            return q.scale_lo + span * rng.uniform(0.45, 0.85)
        if t is QuestionType.SINGLE_CHOICE:
            return rng.choice(ids)
        if t is QuestionType.MULTI_CHOICE:
            k = rng.randint(1, max(1, min(3, len(ids) - 1)))
            return tuple(rng.sample(ids, k))
        if t is QuestionType.RANKING:
            return tuple(rng.sample(ids, len(ids)))
        if t is QuestionType.ALLOCATION:
            return {i: rng.uniform(0.2, 3.0) for i in ids}
        if t is QuestionType.NUMBER:
            lo = q.min_value if q.min_value is not None else 0.0
            hi = q.max_value if q.max_value is not None else lo + 100.0
            return lo + (hi - lo) * rng.uniform(0.1, 0.4)
        return None

    def near(self, q: Question, stance: Stance) -> Stance:
        """A partner's view close to a common stance (small differences, not a gap)."""
        rng = self.rng
        t = q.type
        if t is QuestionType.LIKERT:
            return stance + rng.gauss(0, 0.12)
        if t is QuestionType.NUMBER:
            if q.tolerance:  # differences are judged against the tolerance
                return stance + rng.gauss(0, 0.08 * q.tolerance)
            return stance * (1 + rng.gauss(0, 0.06))
        if t is QuestionType.ALLOCATION:
            return {k: v * rng.uniform(0.85, 1.15) for k, v in stance.items()}
        return stance

    def value(self, q: Question, stance: Stance, texts: Sequence[str] = ()) -> AnswerValue:
        """One participant's answer drawn around a stance, in canonical form."""
        rng = self.rng
        t = q.type
        ids = q.option_ids()
        if t is QuestionType.LIKERT:
            x = round(stance + rng.gauss(0, 0.3))
            return max(q.scale_lo, min(q.scale_hi, x))
        if t is QuestionType.SINGLE_CHOICE:
            if rng.random() < 0.98:
                return stance
            return rng.choice(ids)
        if t is QuestionType.MULTI_CHOICE:
            chosen = set(stance)
            roll = rng.random()
            # Rare: one option more or less is a full disagreement on that option.
            if roll < 0.04:
                chosen.add(rng.choice(ids))
            elif roll < 0.08 and len(chosen) > 1:
                chosen.discard(rng.choice(sorted(chosen)))
            return tuple(i for i in ids if i in chosen)
        if t is QuestionType.RANKING:
            order = list(stance)
            if rng.random() < 0.35:
                j = rng.randrange(len(order) - 1)
                order[j], order[j + 1] = order[j + 1], order[j]
            return tuple(order)
        if t is QuestionType.ALLOCATION:
            weights = {k: stance.get(k, 0.0) * rng.uniform(0.75, 1.25) for k in ids}
            return _split_points(weights, q.total)
        if t is QuestionType.NUMBER:
            if q.tolerance:
                x = float(round(stance + rng.gauss(0, 0.12 * q.tolerance)))
            else:
                x = stance * (1 + rng.gauss(0, 0.08))
                x = float(round(x)) if abs(stance) >= 5 else round(x * 2) / 2
            if q.min_value is not None:
                x = max(q.min_value, x)
            if q.max_value is not None:
                x = min(q.max_value, x)
            return float(x)
        if texts:
            return rng.choice(list(texts))
        return _generic_text(q, rng)

    def answers(
        self,
        questionnaire: Questionnaire,
        partners: Sequence[Partner],
        people: dict[str, list[Participant]],
        scripts: dict[str, _Script],
        comments: dict[tuple[str, str], str],
        details: WorkshopDetails | None = None,
    ) -> list[Answer]:
        """Every participant's answers; with ``details``, only to the questions the
        workshop asks that participant (its phase, purposes and their function)."""
        out: list[Answer] = []
        order = [p for partner in partners for p in people[partner.id]]
        index_of = {p.id: n for n, p in enumerate(order)}
        asked = {
            p.id: (
                {q.id for q in asked_questions(details, questionnaire, p)}
                if details is not None
                else None
            )
            for p in order
        }
        for qn, q in enumerate(questionnaire.questions()):
            script = scripts.get(q.id, _Script())
            if script.common is not None:
                common = script.common
            elif script.by_partner is None and script.texts is None:
                common = self.random_stance(q)
            else:
                common = None
            for pn, partner in enumerate(partners):
                if script.by_partner is not None:
                    stance = script.by_partner[pn]
                else:
                    stance = self.near(q, common)
                texts = script.texts[pn] if script.texts else ()
                members = [m for m in people[partner.id] if (a := asked[m.id]) is None or q.id in a]
                for mn, person in enumerate(members):
                    own = stance
                    if script.internal and script.internal[0] == pn and mn % 2 == 1:
                        own = script.internal[1]
                    dont_know = q.scored and any(
                        i == pn and mn >= len(members) - k for i, k in script.dont_know
                    )
                    value = None if dont_know else self.value(q, own, texts)
                    at = _ANSWERS_START + timedelta(
                        minutes=4 * index_of[person.id], seconds=35 * qn + self.rng.randrange(20)
                    )
                    out.append(
                        Answer(
                            participant_id=person.id,
                            question_id=q.id,
                            value=value,
                            comment=comments.get((person.name, q.id), ""),
                            answered_at=at,
                            dont_know=dont_know,
                        )
                    )
        return out


def _split_points(weights: dict[str, float], total: float, steps: int = 20) -> dict[str, float]:
    """Points in steps of total/steps, in option order, zeros left out, summing to total."""
    mass = sum(weights.values()) or 1.0
    raw = {k: w / mass * steps for k, w in weights.items()}
    units = {k: int(v) for k, v in raw.items()}
    rest = steps - sum(units.values())
    for k in sorted(raw, key=lambda k: raw[k] - units[k], reverse=True)[:rest]:
        units[k] += 1
    step = total / steps
    return {k: u * step for k, u in units.items() if u}


_GENERIC_TEXTS = (
    "Needs a joint working session before signing.",
    "Agreed in principle; the details sit with the workstream leads.",
    "We see this differently from the partners; worth a discussion.",
    "No strong view yet.",
    "Depends on the volumes in the final business plan.",
)


def _generic_text(q: Question, rng: random.Random) -> str:
    return rng.choice(_GENERIC_TEXTS)
