"""The closed vocabularies of the domain. Values are stored in files: never rename one."""

from __future__ import annotations

import re
from enum import StrEnum


class Element(StrEnum):
    """The five elements of a high-performing partnership, in questionnaire order."""

    GOALS = "goals"
    STRENGTHS = "strengths"
    GOVERNANCE = "governance"
    CULTURE = "culture"
    EXIT = "exit"

    @property
    def label(self) -> str:
        return ELEMENT_LABELS[self]


ELEMENT_LABELS: dict[Element, str] = {
    Element.GOALS: "Shared strategic goals",
    Element.STRENGTHS: "Complementary strengths",
    Element.GOVERNANCE: "Clear roles and governance",
    Element.CULTURE: "Cultural readiness for change",
    Element.EXIT: "Agreement on an exit path",
}

# A few words for each element where space is short (chart axes, column headers).
ELEMENT_SHORT_LABELS: dict[Element, str] = {
    Element.GOALS: "Goals",
    Element.STRENGTHS: "Strengths",
    Element.GOVERNANCE: "Governance",
    Element.CULTURE: "Culture",
    Element.EXIT: "Exit path",
}


class Phase(StrEnum):
    STRATEGY = "strategy"
    SCREENING = "screening"
    STRUCTURING = "structuring"
    ASSESSMENT = "assessment"
    EXIT = "exit"

    @property
    def label(self) -> str:
        return PHASE_LABELS[self]


PHASE_LABELS: dict[Phase, str] = {
    Phase.STRATEGY: "Partnership strategy",
    Phase.SCREENING: "Partner screening and due diligence",
    Phase.STRUCTURING: "Deal structuring and implementation",
    Phase.ASSESSMENT: "Ongoing assessment and restructuring",
    Phase.EXIT: "Portfolio management and exit",
}


class Purpose(StrEnum):
    PRODUCTION = "production"
    ELECTRIFICATION = "electrification"
    SOFTWARE = "software"
    FLEXIBILITY = "flexibility"
    AUTONOMY = "autonomy"

    @property
    def label(self) -> str:
        return PURPOSE_LABELS[self]


PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.PRODUCTION: "Production efficiency",
    Purpose.ELECTRIFICATION: "Electrification assets and supply chain",
    Purpose.SOFTWARE: "Software and digital platforms",
    Purpose.FLEXIBILITY: "Strategic flexibility",
    Purpose.AUTONOMY: "Autonomy and mobility rollout",
}


class WorkshopStatus(StrEnum):
    PREPARING = "preparing"
    ANSWERING = "answering"
    REVEALED = "revealed"
    NEGOTIATING = "negotiating"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return WORKSHOP_STATUS_LABELS[self]


WORKSHOP_STATUS_LABELS: dict[WorkshopStatus, str] = {
    WorkshopStatus.PREPARING: "Preparing",
    WorkshopStatus.ANSWERING: "Answering",
    WorkshopStatus.REVEALED: "Revealed",
    WorkshopStatus.NEGOTIATING: "Negotiating",
    WorkshopStatus.CLOSED: "Closed",
}


class QuestionType(StrEnum):
    LIKERT = "likert"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    RANKING = "ranking"
    ALLOCATION = "allocation"
    NUMBER = "number"
    TEXT = "text"

    @property
    def label(self) -> str:
        return QUESTION_TYPE_LABELS[self]


QUESTION_TYPE_LABELS: dict[QuestionType, str] = {
    QuestionType.LIKERT: "Scale (likert)",
    QuestionType.SINGLE_CHOICE: "One choice",
    QuestionType.MULTI_CHOICE: "Several choices",
    QuestionType.RANKING: "Ranking",
    QuestionType.ALLOCATION: "Split points (allocation)",
    QuestionType.NUMBER: "Number",
    QuestionType.TEXT: "Free text",
}


class GapStatus(StrEnum):
    OPEN = "open"
    DISCUSSED = "discussed"
    RESOLVED = "resolved"

    @property
    def label(self) -> str:
        return GAP_STATUS_LABELS[self]


GAP_STATUS_LABELS: dict[GapStatus, str] = {
    GapStatus.OPEN: "Open",
    GapStatus.DISCUSSED: "Discussed",
    GapStatus.RESOLVED: "Resolved",
}


class RightCode(StrEnum):
    """A party's part in one decision. The one-letter codes appear in the term sheet."""

    DECIDES = "D"
    JOINT = "J"
    CONSULTED = "C"
    INFORMED = "I"

    @property
    def label(self) -> str:
        return RIGHT_LABELS[self]


RIGHT_LABELS: dict[RightCode, str] = {
    RightCode.DECIDES: "Decides",
    RightCode.JOINT: "Joint approval",
    RightCode.CONSULTED: "Consulted",
    RightCode.INFORMED: "Informed",
}


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return ACTION_STATUS_LABELS[self]


ACTION_STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
}


class ContributionCategory(StrEnum):
    ENGINEERING = "engineering"
    MANUFACTURING = "manufacturing"
    VALIDATION = "validation"
    TOOLING = "tooling"
    SOFTWARE = "software"
    PURCHASING = "purchasing"
    TECHNOLOGY = "technology"
    MARKET_ACCESS = "market_access"
    CAPITAL = "capital"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS: dict[ContributionCategory, str] = {
    ContributionCategory.ENGINEERING: "Engineering",
    ContributionCategory.MANUFACTURING: "Manufacturing",
    ContributionCategory.VALIDATION: "Validation",
    ContributionCategory.TOOLING: "Tooling",
    ContributionCategory.SOFTWARE: "Software",
    ContributionCategory.PURCHASING: "Purchasing",
    ContributionCategory.TECHNOLOGY: "Technology",
    ContributionCategory.MARKET_ACCESS: "Market access",
    ContributionCategory.CAPITAL: "Capital",
    ContributionCategory.OTHER: "Other",
}


CONTRIBUTION_UNITS: tuple[str, ...] = (
    "engineer-years",
    "FTE",
    "validation slots",
    "test-bench hours",
    "vehicles/year",
    "units/year",
    "GWh/year",
    "software releases",
    "EUR",
    "USD",
    "CNY",
    "KRW",
    "licences",
    "dealers",
    "other",
)

CURRENCIES: tuple[str, ...] = ("EUR", "USD", "CNY", "KRW", "JPY", "GBP")


class AssetKind(StrEnum):
    IP = "ip"
    PLANT = "plant"
    TOOLING = "tooling"
    DATA = "data"
    SOFTWARE = "software"
    BRAND = "brand"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ASSET_KIND_LABELS[self]


ASSET_KIND_LABELS: dict[AssetKind, str] = {
    AssetKind.IP: "IP",
    AssetKind.PLANT: "Plant",
    AssetKind.TOOLING: "Tooling",
    AssetKind.DATA: "Data",
    AssetKind.SOFTWARE: "Software",
    AssetKind.BRAND: "Brand",
    AssetKind.OTHER: "Other",
}

# Governance body kinds and review-point scope options are stored as plain strings.
BODY_KINDS: tuple[str, ...] = ("steering", "execution", "pmo", "other")
BODY_KIND_LABELS: dict[str, str] = {
    "steering": "Steering group",
    "execution": "Execution committee",
    "pmo": "Joint PMO",
    "other": "Other",
}
SCOPE_OPTIONS: tuple[str, ...] = ("continue", "expand", "narrow", "redirect", "exit")
SCOPE_LABELS: dict[str, str] = {o: o for o in SCOPE_OPTIONS}


def body_kind_label(kind: str) -> str:
    """The words for a stored body kind; a kind typed by hand is shown as typed."""
    return BODY_KIND_LABELS.get(kind, kind)


def scope_label(option: str) -> str:
    return SCOPE_LABELS.get(option, option)


class Measures(StrEnum):
    """What a likert question measures: a position on the matter, or how far the partners
    have defined it at all (a ladder from "not discussed" to "agreed in writing")."""

    POSITION = "position"
    DEFINITION = "definition"


class Function(StrEnum):
    """A participant's function in its company; a question may be asked only of some."""

    STRATEGY = "strategy"
    ENGINEERING = "engineering"
    PURCHASING = "purchasing"
    MANUFACTURING = "manufacturing"
    SOFTWARE = "software"
    FINANCE = "finance"
    LEGAL = "legal"
    QUALITY = "quality"
    HR = "hr"
    OTHER = "other"

    @property
    def label(self) -> str:
        return FUNCTION_LABELS[self]


FUNCTION_LABELS: dict[Function, str] = {
    Function.STRATEGY: "Strategy",
    Function.ENGINEERING: "Engineering",
    Function.PURCHASING: "Purchasing",
    Function.MANUFACTURING: "Manufacturing",
    Function.SOFTWARE: "Software",
    Function.FINANCE: "Finance",
    Function.LEGAL: "Legal",
    Function.QUALITY: "Quality",
    Function.HR: "Human resources",
    Function.OTHER: "Other",
}

# Words in free-text functions (as typed before functions were an enumeration) that name
# one of the functions; the first function whose words occur wins, else "other".
FUNCTION_WORDS: tuple[tuple[Function, tuple[str, ...]], ...] = (
    (
        Function.STRATEGY,
        (
            "strateg",
            "business development",
            "bizdev",
            "corporate development",
            "m&a",
            "ceo",
            "executive",
            "board",
            "alliance",
            "partnership",
        ),
    ),
    (Function.PURCHASING, ("purchas", "procure", "sourcing", "supply chain", "buyer")),
    (Function.MANUFACTURING, ("manufactur", "production", "plant", "industrial", "operations")),
    (Function.SOFTWARE, ("software", "digital", "it", "cto", "data", "platform")),
    (
        Function.ENGINEERING,
        ("engineer", "r&d", "research", "development", "technical", "technology"),
    ),
    (Function.FINANCE, ("financ", "cfo", "controll", "accounting", "treasury")),
    (Function.LEGAL, ("legal", "law", "counsel", "contract", "compliance")),
    (Function.QUALITY, ("quality", "qa", "validation")),
    (Function.HR, ("hr", "human resources", "people", "personnel", "talent")),
)


def function_from_text(text: str) -> Function | None:
    """The function a free text names: its value or label, else the first function whose
    words it contains, else OTHER; None for a blank text (no function given)."""
    folded = " ".join(text.casefold().split())
    if not folded:
        return None
    for f in Function:
        if folded in (f.value, f.label.casefold()):
            return f
    tokens = set(re.split(r"[^a-z0-9&]+", folded))
    for f, words in FUNCTION_WORDS:
        # short words (hr, qa, cto, ...) only as whole words, longer ones as stems
        if any(w in tokens if len(w) <= 3 else w in folded for w in words):
            return f
    return Function.OTHER


class GapKind(StrEnum):
    """Why a question is a gap; one question can be a gap of several kinds."""

    DIVERGENCE = "divergence"
    BLIND_SPOT = "blind_spot"
    UNDECIDED = "undecided"

    @property
    def label(self) -> str:
        return GAP_KIND_LABELS[self]


GAP_KIND_LABELS: dict[GapKind, str] = {
    GapKind.DIVERGENCE: "partners differ",
    GapKind.BLIND_SPOT: "nobody has defined this yet",
    GapKind.UNDECIDED: "a partner does not know",
}
