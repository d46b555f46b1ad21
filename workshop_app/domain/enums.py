"""The closed vocabularies of the domain. Values are stored in files: never rename one."""

from __future__ import annotations

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


class QuestionType(StrEnum):
    LIKERT = "likert"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    RANKING = "ranking"
    ALLOCATION = "allocation"
    NUMBER = "number"
    TEXT = "text"


class GapStatus(StrEnum):
    OPEN = "open"
    DISCUSSED = "discussed"
    RESOLVED = "resolved"


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
