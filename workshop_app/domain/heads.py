"""Heads of terms: the sixteen standard heads a joint-venture term sheet is drafted from.

The catalogue (``HEADS``) is fixed: a head's number, key and points never change, so a
clause number ("9.3": head 9, its third point) means the same thing in every export of
every workshop. What a workshop records about a head is a ``HeadOfTerms`` (its status,
agreed text, each partner's position, and the gaps and actions linked to it); the legal
particulars of each partner are ``PartyDetails``. A head with no record is Open.
"""

from __future__ import annotations

from enum import StrEnum

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.records import record
from workshop_app.domain.text import check_text


class HeadStatus(StrEnum):
    AGREED = "agreed"
    PROPOSED = "proposed"  # proposed by one partner, not yet accepted by the others
    OPEN = "open"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return HEAD_STATUS_LABELS[self]


HEAD_STATUS_LABELS: dict[HeadStatus, str] = {
    HeadStatus.AGREED: "Agreed",
    HeadStatus.PROPOSED: "Proposed",
    HeadStatus.OPEN: "Open",
    HeadStatus.NOT_APPLICABLE: "Not applicable",
}


@record
class HeadSpec:
    """One head of terms in the catalogue: its number, key, title and points."""

    number: int
    key: str
    title: str
    points: tuple[str, ...]  # the sub-clauses N.1, N.2, ... in this order, for ever
    # Questionnaire clause ids (``Question.clause``) this head covers, as prefixes; a
    # question belongs to the head with the longest matching prefix.
    clauses: tuple[str, ...] = ()
    binding: bool = False


HEADS: tuple[HeadSpec, ...] = (
    HeadSpec(
        1,
        "parties",
        "Parties",
        ("Legal entity", "Seat", "Register number", "Signing entity", "Parent guarantee"),
    ),
    HeadSpec(
        2,
        "purpose",
        "Purpose and scope",
        ("Products", "Regions", "Functions", "Exclusions"),
        ("scope",),
    ),
    HeadSpec(
        3,
        "structure",
        "Structure",
        ("Form (contracts only or joint company)", "Shareholding and seat", "Ancillary agreements"),
        ("structure",),
    ),
    HeadSpec(
        4,
        "contributions",
        "Contributions and valuation",
        ("Contributions", "Valuation method", "Currency basis", "Remedy for non-delivery"),
        ("contributions", "economics.value_split"),
    ),
    HeadSpec(
        5,
        "funding",
        "Funding",
        ("Funding plan", "Capital calls", "Overruns", "Remedy for non-funding"),
        ("economics.investment", "economics.overrun"),
    ),
    HeadSpec(
        6,
        "governance",
        "Governance",
        (
            "Bodies and seats",
            "Quorum, voting and casting vote",
            "Decision rights",
            "Reserved matters",
        ),
        ("governance", "decisions"),
    ),
    HeadSpec(
        7,
        "deadlock",
        "Deadlock",
        ("Escalation steps", "Mediation or expert", "Deadlock remedy"),
        ("governance.deadlock", "governance.escalation"),
    ),
    HeadSpec(
        8,
        "ip",
        "Intellectual property",
        ("Background IP and licences", "Foreground IP", "Ring-fenced technology", "IP on exit"),
        ("ip",),
    ),
    HeadSpec(
        9,
        "exclusivity",
        "Exclusivity and non-compete",
        ("Scope", "Regions", "Duration", "Antitrust review"),
        ("scope.exclusivity", "scope.non_compete"),
    ),
    HeadSpec(
        10,
        "supply",
        "Supply and offtake",
        ("Volumes", "Pricing basis", "Take-or-pay", "Allocation in shortage"),
        ("economics.volume", "economics.volume_shortfall"),
    ),
    HeadSpec(
        11,
        "transfers",
        "Transfers",
        ("Lock-up", "Pre-emption", "Tag-along and drag-along"),
        ("exit.lock_up",),
    ),
    HeadSpec(
        12,
        "exit",
        "Exit",
        ("Triggers", "Renewal and term", "Shared assets on exit", "Surviving obligations"),
        ("exit", "structure.asset_sale", "governance.review_points"),
    ),
    HeadSpec(
        13,
        "information",
        "Information and confidentiality",
        ("Reporting", "Audit", "Confidentiality", "Clean team"),
        ("compliance",),
    ),
    HeadSpec(
        14,
        "approvals",
        "Approvals and conditions precedent",
        (
            "Merger control",
            "Foreign-investment screening",
            "Foreign-subsidy review",
            "Export licences",
            "Data transfer",
            "Long-stop date",
        ),
        ("conditions",),
    ),
    HeadSpec(
        15,
        "disputes",
        "Disputes and governing law",
        ("Arbitration institution", "Seat", "Language", "Governing law"),
        ("governance.arbitration_seat",),
    ),
    HeadSpec(
        16,
        "binding",
        "Binding provisions",
        ("Confidentiality", "Exclusivity period", "Costs", "Governing law", "Non-binding effect"),
        binding=True,
    ),
)
HEAD_KEYS: tuple[str, ...] = tuple(h.key for h in HEADS)
_BY_KEY = {h.key: h for h in HEADS}
NON_BINDING_WORDS = (
    "Save for the binding provisions in Part A, these heads of terms are not binding and "
    "create no obligation to enter into any agreement."
)


def head_spec(key: str) -> HeadSpec:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValidationError(
            f"Head of terms '{key}' is not one of the standard heads ({', '.join(HEAD_KEYS)})."
        ) from None


def head_of_clause(question_clause: str) -> HeadSpec | None:
    """The head a questionnaire clause id belongs to (longest matching prefix), if any."""
    best: tuple[int, HeadSpec] | None = None
    for head in HEADS:
        for prefix in head.clauses:
            matches = question_clause == prefix or question_clause.startswith(prefix + ".")
            if matches and (best is None or len(prefix) > best[0]):
                best = (len(prefix), head)
    return best[1] if best else None


@record
class HeadOfTerms:
    """What the workshop records about one head."""

    key: str
    status: HeadStatus = HeadStatus.OPEN
    proposed_by: str | None = None  # the partner who proposed it (status Proposed)
    agreed_text: str = ""
    positions: tuple[tuple[str, str], ...] = ()  # (partner id, that partner's position)
    gap_ids: tuple[str, ...] = ()  # question ids linked by hand (besides the head's clauses)
    action_ids: tuple[str, ...] = ()
    notes: str = ""

    @property
    def spec(self) -> HeadSpec:
        return head_spec(self.key)

    def position_of(self, partner_id: str) -> str:
        return dict(self.positions).get(partner_id, "")

    def validate(self) -> None:
        spec = head_spec(self.key)
        where = f"Head {spec.number} ({spec.title})"
        check_text(self.agreed_text, f"{where}: agreed text")
        check_text(self.notes, f"{where}: notes")
        partners = [pid for pid, _ in self.positions]
        if len(set(partners)) != len(partners):
            raise ValidationError(f"{where}: a partner has two positions.")
        for _, text in self.positions:
            check_text(text, f"{where}: position")
        if self.status is HeadStatus.AGREED and not self.agreed_text.strip():
            raise ValidationError(f"{where}: an agreed head needs its agreed text.")
        if self.status is HeadStatus.PROPOSED and not self.proposed_by:
            raise ValidationError(f"{where}: say which partner proposed it.")
        if len(set(self.gap_ids)) != len(self.gap_ids):
            raise ValidationError(f"{where}: a gap is linked twice.")
        if len(set(self.action_ids)) != len(self.action_ids):
            raise ValidationError(f"{where}: an action is linked twice.")


@record
class PartyDetails:
    """A partner as a party to the agreement (head 1)."""

    partner_id: str
    legal_name: str = ""
    seat: str = ""
    register_number: str = ""
    signing_entity: str = ""
    parent_guarantee: str = ""

    def values(self) -> tuple[str, ...]:
        """In the order of head 1's points."""
        return (
            self.legal_name,
            self.seat,
            self.register_number,
            self.signing_entity,
            self.parent_guarantee,
        )

    def validate(self) -> None:
        for label, value in zip(HEADS[0].points, self.values(), strict=True):
            check_text(value, f"Parties: {label.lower()}", max_length=500)
