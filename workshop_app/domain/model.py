"""The workshop aggregate: its own fields, its lookups and the check of the whole.

The entities live by subject (domain.people: who is in the room and what they said;
domain.agreement: what the partners agree; domain.heads: the heads of terms; bounds in
domain.limits); this module is the one place callers import every one of them from.

Edits make a new value with ``dataclasses.replace``; storage persists entities one at a
time (``WorkshopStore.put``/``delete``), so an entity is the unit of an edit and of undo.
Every entity has a text ``id`` (``new_id()``), except the singletons (details, exit
terms) and gap discussions, which are keyed by question id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import field
from datetime import date
from datetime import datetime as datetime

from workshop_app.domain.agreement import ActionItem as ActionItem
from workshop_app.domain.agreement import Contribution as Contribution
from workshop_app.domain.agreement import Decision as Decision
from workshop_app.domain.agreement import EscalationStep as EscalationStep
from workshop_app.domain.agreement import ExitTerms as ExitTerms
from workshop_app.domain.agreement import ExitTrigger as ExitTrigger
from workshop_app.domain.agreement import GovernanceBody as GovernanceBody
from workshop_app.domain.agreement import ReviewPoint as ReviewPoint
from workshop_app.domain.agreement import SharedAsset as SharedAsset
from workshop_app.domain.answer_checks import answers_pass, check_answers
from workshop_app.domain.answers import Answers

# Storage and interchange resolve every entity's field types in this module's namespace
# (typing.get_type_hints(cls, vars(model))): the types of the fields of the entities
# re-exported here are imported here too.
from workshop_app.domain.enums import ActionStatus as ActionStatus
from workshop_app.domain.enums import AssetKind as AssetKind
from workshop_app.domain.enums import ContributionCategory as ContributionCategory
from workshop_app.domain.enums import Function as Function
from workshop_app.domain.enums import GapStatus as GapStatus
from workshop_app.domain.enums import Phase, Purpose, WorkshopStatus
from workshop_app.domain.enums import RightCode as RightCode
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.heads import HeadOfTerms as HeadOfTerms
from workshop_app.domain.heads import HeadStatus as HeadStatus
from workshop_app.domain.heads import PartyDetails as PartyDetails
from workshop_app.domain.limits import DEFAULT_BLIND_SPOT_THRESHOLD as DEFAULT_BLIND_SPOT_THRESHOLD
from workshop_app.domain.limits import DEFAULT_GAP_THRESHOLD as DEFAULT_GAP_THRESHOLD
from workshop_app.domain.limits import MAX_AMOUNT as MAX_AMOUNT
from workshop_app.domain.limits import MAX_DAYS as MAX_DAYS
from workshop_app.domain.limits import MAX_LEVEL as MAX_LEVEL
from workshop_app.domain.limits import MAX_PARTNERS as MAX_PARTNERS
from workshop_app.domain.limits import MIN_PARTNERS as MIN_PARTNERS
from workshop_app.domain.limits import PARTNER_COLOURS as PARTNER_COLOURS
from workshop_app.domain.people import Answer as Answer
from workshop_app.domain.people import GapDiscussion as GapDiscussion
from workshop_app.domain.people import Participant as Participant
from workshop_app.domain.people import Partner as Partner
from workshop_app.domain.people import validate_answer as validate_answer
from workshop_app.domain.questionnaire import AnswerValue as AnswerValue
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.records import record
from workshop_app.domain.text import check_text, name_key


def new_id() -> str:
    import uuid  # here, not at import: reading a file makes no ids (uuid loads platform)

    return uuid.uuid4().hex[:12]


@record
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


@record
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
        # All answers at once; one by one only to name the first problem.
        if not answers_pass(self.questionnaire, self.answers, people):
            check_answers(self.questionnaire, self.answers, people)
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
