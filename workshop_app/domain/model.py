"""The workshop and everything in it, as immutable values.

Edits make a new value with ``dataclasses.replace``; storage persists entities one at a
time (``WorkshopStore.put``/``delete``), so an entity is the unit of an edit and of undo.
Every entity has a text ``id`` (``new_id()``), except the singletons (details, exit
terms) and gap discussions, which are keyed by question id.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from workshop_app.domain.answers import Answers
from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Function,
    GapStatus,
    Phase,
    Purpose,
    RightCode,
    WorkshopStatus,
)
from workshop_app.domain.errors import ValidationError

# HeadStatus too: storage and interchange resolve field types in this module's namespace.
from workshop_app.domain.heads import HeadOfTerms as HeadOfTerms
from workshop_app.domain.heads import HeadStatus as HeadStatus
from workshop_app.domain.heads import PartyDetails as PartyDetails
from workshop_app.domain.languages import CODES as LANGUAGE_CODES
from workshop_app.domain.languages import DEFAULT_LANGUAGE
from workshop_app.domain.questionnaire import AnswerValue, Questionnaire, validate_value
from workshop_app.domain.text import check_email, check_text, name_key

MIN_PARTNERS = 2
MAX_PARTNERS = 6
DEFAULT_GAP_THRESHOLD = 0.75
# A definition question defined less than this (0 = not discussed, 1 = agreed in writing)
# is a blind spot.
DEFAULT_BLIND_SPOT_THRESHOLD = 0.5
# Quantities and money above this are typing mistakes (a trillion euros is 1e12).
MAX_AMOUNT = 1e15
# Day counts (escalation time limits, exit notice) and escalation levels beyond these are
# typing mistakes; SQLite could not even store the largest ones.
MAX_DAYS = 36_500
MAX_LEVEL = 100

PARTNER_COLOURS: tuple[str, ...] = (
    "#1F5FAD",  # blue
    "#D1495B",  # red
    "#2E9E6A",  # green
    "#E8A33D",  # amber
    "#7B4FB0",  # purple
    "#1C9AA8",  # teal
)

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def new_id() -> str:
    import uuid  # here, not at import: reading a file makes no ids (uuid loads platform)

    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class WorkshopDetails:
    """The workshop's own fields (one per file)."""

    id: str
    title: str
    primary_purpose: Purpose | None = None
    secondary_purposes: tuple[Purpose, ...] = ()
    phase: Phase = Phase.STRUCTURING
    date: date | None = None
    location: str = ""
    facilitator: str = ""
    blind_mode: bool = True
    revealed: bool = False
    status: WorkshopStatus = WorkshopStatus.PREPARING
    gap_threshold: float = DEFAULT_GAP_THRESHOLD
    confidentiality: str = "Confidential"
    attribute_comments: bool = False  # may reports name who wrote a comment?
    notes: str = ""
    blind_spot_threshold: float = DEFAULT_BLIND_SPOT_THRESHOLD
    # The facilitator's overrides of the active questions (question ids), see domain.scope.
    included_questions: tuple[str, ...] = ()
    excluded_questions: tuple[str, ...] = ()

    def validate(self) -> None:
        check_text(self.title, "Workshop title", max_length=200, required=True)
        check_text(self.location, "Location", max_length=200)
        check_text(self.facilitator, "Facilitator", max_length=200)
        check_text(self.confidentiality, "Confidentiality label", max_length=100)
        check_text(self.notes, "Workshop notes")
        if not 0 < self.gap_threshold <= 1:
            raise ValidationError(
                f"Gap threshold: {self.gap_threshold} must be between 0 and 1 (e.g. 0.75)."
            )
        if not 0 < self.blind_spot_threshold <= 1:
            raise ValidationError(
                f"Blind-spot threshold: {self.blind_spot_threshold} must be between 0 and 1 "
                "(e.g. 0.5)."
            )
        for name, ids in (
            ("Included questions", self.included_questions),
            ("Excluded questions", self.excluded_questions),
        ):
            if len(set(ids)) != len(ids):
                raise ValidationError(f"{name}: a question is listed twice.")
        both = sorted(set(self.included_questions) & set(self.excluded_questions))
        if both:
            raise ValidationError(f"Question {both[0]} is both included and excluded; choose one.")
        if self.primary_purpose is not None and self.primary_purpose in self.secondary_purposes:
            raise ValidationError(
                f"Purpose: '{self.primary_purpose.label}' is primary and cannot also be secondary."
            )


@dataclass(frozen=True)
class Partner:
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


@dataclass(frozen=True)
class Participant:
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Contribution:
    """What one partner brings, in executable terms."""

    id: str
    partner_id: str
    category: ContributionCategory
    description: str
    quantity: float | None = None
    unit: str = ""
    start: date | None = None
    end: date | None = None
    milestone_gate: str = ""
    tracking_metric: str = ""
    owner: str = ""
    valuation: float | None = None
    currency: str = "EUR"
    recipient_id: str | None = None  # a partner, or None for the joint venture as a whole
    position: int = 0

    def validate(self) -> None:
        what = f"Contribution '{self.description[:40]}'"
        check_text(self.description, "Contribution description", required=True)
        check_text(self.unit, f"{what}: unit", max_length=60)
        check_text(self.milestone_gate, f"{what}: milestone gate", max_length=500)
        check_text(self.tracking_metric, f"{what}: tracking metric", max_length=500)
        check_text(self.owner, f"{what}: owner", max_length=200)
        check_text(self.currency, f"{what}: currency", max_length=3)
        for name, amount in (("quantity", self.quantity), ("valuation", self.valuation)):
            if amount is None:
                continue
            if not math.isfinite(amount) or amount < 0:
                raise ValidationError(f"{what}: {name} must be a number of at least 0.")
            if amount > MAX_AMOUNT:
                raise ValidationError(
                    f"{what}: {name} {amount:g} is beyond any real deal; "
                    f"the limit is {MAX_AMOUNT:g}."
                )
        if self.start and self.end and self.end < self.start:
            raise ValidationError(f"{what}: ends ({self.end}) before it starts ({self.start}).")
        if self.recipient_id is not None and self.recipient_id == self.partner_id:
            raise ValidationError(f"{what}: a partner cannot contribute to itself.")


@dataclass(frozen=True)
class GovernanceBody:
    id: str
    name: str
    kind: str = "steering"  # steering, execution, pmo, other
    members: str = ""  # who sits in it, free text (roles from each partner)
    cadence: str = ""  # e.g. "Quarterly", "Monthly"
    chair: str = ""
    position: int = 0

    def validate(self) -> None:
        check_text(self.name, "Governance body name", max_length=200, required=True)
        check_text(self.members, f"Members of {self.name}")
        check_text(self.cadence, f"Cadence of {self.name}", max_length=100)
        check_text(self.chair, f"Chair of {self.name}", max_length=200)


@dataclass(frozen=True)
class Decision:
    """A row of the decision-rights matrix: one decision and each party's part in it."""

    id: str
    title: str
    seam: str = ""  # e.g. "design vs industrialization"
    rights: tuple[tuple[str, RightCode], ...] = ()  # (partner id, code); absent = blank
    body_id: str | None = None  # the governance body that takes it, if any
    position: int = 0

    def right_of(self, partner_id: str) -> RightCode | None:
        return dict(self.rights).get(partner_id)

    def with_right(self, partner_id: str, code: RightCode | None) -> Decision:
        rights = {p: c for p, c in self.rights if p != partner_id}
        if code is not None:
            rights[partner_id] = code
        return Decision(
            self.id, self.title, self.seam, tuple(rights.items()), self.body_id, self.position
        )

    def deciders(self) -> list[str]:
        return [p for p, c in self.rights if c is RightCode.DECIDES]

    def is_joint(self) -> bool:
        return any(c is RightCode.JOINT for _, c in self.rights)

    def validate(self) -> None:
        check_text(self.title, "Decision", max_length=500, required=True)
        check_text(self.seam, f"Seam of decision '{self.title}'", max_length=200)


@dataclass(frozen=True)
class EscalationStep:
    id: str
    level: int
    body: str  # the body or role that takes the issue at this level
    time_limit_days: int | None = None
    description: str = ""

    def validate(self) -> None:
        check_text(self.body, f"Escalation level {self.level}: body", max_length=200, required=True)
        check_text(self.description, f"Escalation level {self.level}: description")
        if self.level < 1:
            raise ValidationError(f"Escalation level {self.level}: levels start at 1.")
        if self.level > MAX_LEVEL:
            raise ValidationError(
                f"Escalation level {self.level}: an escalation path has at most {MAX_LEVEL} levels."
            )
        if self.time_limit_days is not None and self.time_limit_days <= 0:
            raise ValidationError(
                f"Escalation level {self.level}: the time limit must be at least one day."
            )
        if self.time_limit_days is not None and self.time_limit_days > MAX_DAYS:
            raise ValidationError(
                f"Escalation level {self.level}: a time limit of {self.time_limit_days} days is "
                f"beyond any real agreement; the limit is {MAX_DAYS:,} days."
            )


@dataclass(frozen=True)
class ReviewPoint:
    id: str
    title: str
    due: date | None = None
    milestone: str = ""
    # What the review may decide: any of "expand", "narrow", "redirect", "continue", "exit".
    scope_options: tuple[str, ...] = ("continue", "expand", "narrow", "redirect")
    notes: str = ""
    position: int = 0

    def validate(self) -> None:
        check_text(self.title, "Review point", max_length=200, required=True)
        check_text(self.milestone, f"Milestone of review '{self.title}'", max_length=500)
        check_text(self.notes, f"Notes of review '{self.title}'")
        if self.due is None and not self.milestone.strip():
            raise ValidationError(f"Review point '{self.title}': give a date or a milestone.")


@dataclass(frozen=True)
class ExitTrigger:
    id: str
    description: str
    notice_days: int | None = None
    position: int = 0

    def validate(self) -> None:
        check_text(self.description, "Exit trigger", required=True)
        if self.notice_days is not None and self.notice_days < 0:
            raise ValidationError(
                f"Exit trigger '{self.description[:40]}': notice must not be negative."
            )
        if self.notice_days is not None and self.notice_days > MAX_DAYS:
            raise ValidationError(
                f"Exit trigger '{self.description[:40]}': a notice of {self.notice_days} days is "
                f"beyond any real agreement; the limit is {MAX_DAYS:,} days."
            )


@dataclass(frozen=True)
class SharedAsset:
    id: str
    name: str
    kind: AssetKind = AssetKind.IP
    owner_id: str | None = None  # the partner that brought it, None if created jointly
    treatment: str = ""  # what happens to it on exit
    position: int = 0

    def validate(self) -> None:
        check_text(self.name, "Shared asset", max_length=200, required=True)
        check_text(self.treatment, f"Treatment on exit of {self.name}")


@dataclass(frozen=True)
class ExitTerms:
    """The exit and change terms (one per workshop)."""

    renewal_timeline: str = ""
    notice_period: str = ""
    obligations: str = ""  # what survives exit: supply, support, licences
    change_rules: str = ""  # how changes to scope, economics or roles are proposed
    notes: str = ""

    def validate(self) -> None:
        for name in ("renewal_timeline", "notice_period", "obligations", "change_rules", "notes"):
            check_text(getattr(self, name), f"Exit terms: {name.replace('_', ' ')}")


@dataclass(frozen=True)
class ActionItem:
    id: str
    title: str
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    question_id: str | None = None  # the gap it came from, if any
    notes: str = ""
    position: int = 0

    def validate(self) -> None:
        check_text(self.title, "Action item", max_length=1000, required=True)
        check_text(self.owner, f"Owner of action '{self.title[:40]}'", max_length=200)
        check_text(self.notes, f"Notes of action '{self.title[:40]}'")


@dataclass(frozen=True)
class Workshop:
    """Everything in one workshop file: what analysis, exports and interchange take."""

    details: WorkshopDetails
    questionnaire: Questionnaire
    partners: tuple[Partner, ...] = ()
    participants: tuple[Participant, ...] = ()
    # A tuple, or (in an editing session) ``Answers``, indexed for edits in O(1).
    answers: Sequence[Answer] = ()
    gap_discussions: tuple[GapDiscussion, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    bodies: tuple[GovernanceBody, ...] = ()
    decisions: tuple[Decision, ...] = ()
    escalation_steps: tuple[EscalationStep, ...] = ()
    review_points: tuple[ReviewPoint, ...] = ()
    exit_terms: ExitTerms = field(default_factory=ExitTerms)
    exit_triggers: tuple[ExitTrigger, ...] = ()
    shared_assets: tuple[SharedAsset, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    heads_of_terms: tuple[HeadOfTerms, ...] = ()
    parties: tuple[PartyDetails, ...] = ()

    def partner(self, partner_id: str) -> Partner:
        for p in self.partners:
            if p.id == partner_id:
                return p
        raise ValidationError(f"Partner {partner_id} is not in this workshop.")

    def participant(self, participant_id: str) -> Participant:
        for p in self.participants:
            if p.id == participant_id:
                return p
        raise ValidationError(f"Participant {participant_id} is not in this workshop.")

    def participants_of(self, partner_id: str) -> list[Participant]:
        return [p for p in self.participants if p.partner_id == partner_id]

    def answers_of(self, participant_id: str) -> list[Answer]:
        if isinstance(self.answers, Answers):
            return self.answers.of(participant_id)
        return [a for a in self.answers if a.participant_id == participant_id]

    def head(self, key: str) -> HeadOfTerms:
        """The record of a head of terms; an Open one with nothing in it if none is stored."""
        for h in self.heads_of_terms:
            if h.key == key:
                return h
        return HeadOfTerms(key)

    def party(self, partner_id: str) -> PartyDetails:
        for p in self.parties:
            if p.partner_id == partner_id:
                return p
        return PartyDetails(partner_id)

    def answer(self, participant_id: str, question_id: str) -> Answer | None:
        if isinstance(self.answers, Answers):
            return self.answers.get(participant_id, question_id)
        return next(
            (
                a
                for a in self.answers
                if a.participant_id == participant_id and a.question_id == question_id
            ),
            None,
        )

    def answered_count(self, participant_id: str, question_ids: set[str] | frozenset[str]) -> int:
        """How many of ``question_ids`` the participant has an answer to (or skipped)."""
        if isinstance(self.answers, Answers):
            return self.answers.count_of(participant_id, question_ids)
        return sum(1 for a in self.answers_of(participant_id) if a.question_id in question_ids)

    def gap_discussion(self, question_id: str) -> GapDiscussion:
        for g in self.gap_discussions:
            if g.question_id == question_id:
                return g
        return GapDiscussion(question_id)

    def validate(self) -> None:
        """Check the whole workshop; used before writing an imported or generated one."""
        self.details.validate()
        check_overrides(self.details, self.questionnaire)
        if len(self.partners) > MAX_PARTNERS:
            raise ValidationError(
                f"A workshop has at most {MAX_PARTNERS} partners; "
                f"this one has {len(self.partners)}."
            )
        _unique("Partner", (p.id for p in self.partners))
        _unique("Participant", (p.id for p in self.participants))
        names = [name_key(p.name) for p in self.partners]
        if len(set(names)) != len(names):
            raise ValidationError("Two partners have the same name.")
        partner_ids = {p.id for p in self.partners}
        people: dict[str, Participant] = {}
        for p in self.partners:
            p.validate()
        for person in self.participants:
            person.validate()
            if person.partner_id not in partner_ids:
                raise ValidationError(
                    f"Participant {person.name}: unknown partner {person.partner_id}."
                )
            people[person.id] = person
        seen: set[tuple[str, str]] = set()
        for a in self.answers:
            if a.participant_id not in people:
                raise ValidationError(
                    f"Answer to {a.question_id}: unknown participant {a.participant_id}."
                )
            key = (a.participant_id, a.question_id)
            if key in seen:
                raise ValidationError(
                    f"{people[a.participant_id].name} has two answers to question {a.question_id}."
                )
            seen.add(key)
            validate_answer(self.questionnaire, a, people[a.participant_id].name)
        for g in self.gap_discussions:
            self.questionnaire.question(g.question_id)
            g.validate()
        for group in (
            self.contributions,
            self.bodies,
            self.decisions,
            self.escalation_steps,
            self.review_points,
            self.exit_triggers,
            self.shared_assets,
            self.action_items,
        ):
            _unique("Item", (x.id for x in group))
            for x in group:
                x.validate()
        for c in self.contributions:
            if c.partner_id not in partner_ids or (
                c.recipient_id is not None and c.recipient_id not in partner_ids
            ):
                raise ValidationError(f"Contribution '{c.description[:40]}': unknown partner.")
        for d in self.decisions:
            for pid, _ in d.rights:
                if pid not in partner_ids:
                    raise ValidationError(f"Decision '{d.title}': unknown partner {pid}.")
        self.exit_terms.validate()
        _check_heads(self, partner_ids)


def _check_heads(w: Workshop, partner_ids: set[str]) -> None:
    _unique("Head of terms", (h.key for h in w.heads_of_terms))
    _unique("Party details of partner", (p.partner_id for p in w.parties))
    actions = {a.id for a in w.action_items}
    for party in w.parties:
        if party.partner_id not in partner_ids:
            raise ValidationError(f"Party details: unknown partner {party.partner_id}.")
        party.validate()
    for h in w.heads_of_terms:
        h.validate()
        where = f"Head {h.spec.number} ({h.spec.title})"
        for pid in [pid for pid, _ in h.positions] + ([h.proposed_by] if h.proposed_by else []):
            if pid not in partner_ids:
                raise ValidationError(f"{where}: unknown partner {pid}.")
        for qid in h.gap_ids:
            if not w.questionnaire.has_question(qid):
                raise ValidationError(f"{where}: gap {qid} is not a question.")
        for aid in h.action_ids:
            if aid not in actions:
                raise ValidationError(f"{where}: unknown action {aid}.")


def check_overrides(details: WorkshopDetails, questionnaire: Questionnaire) -> None:
    """The included and excluded question ids must be in the questionnaire."""
    for name, ids in (
        ("Included questions", details.included_questions),
        ("Excluded questions", details.excluded_questions),
    ):
        for qid in ids:
            if not questionnaire.has_question(qid):
                raise ValidationError(
                    f"{name}: question '{qid}' is not in questionnaire "
                    f"{questionnaire.template_id} version {questionnaire.version}."
                )


def _unique(what: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValidationError(f"{what} id {i} appears twice.")
        seen.add(i)
