"""Translated labels of the domain's closed vocabularies, for cells and combo boxes.

The words themselves live in ``domain.enums`` (one source for every screen and export);
this module only passes them through Qt's translator, with the English text as the key.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop_app.domain import enums
from workshop_app.domain.enums import (
    BODY_KINDS,
    SCOPE_OPTIONS,
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Element,
    Function,
    GapKind,
    GapStatus,
    RightCode,
)

__all__ = ["BODY_KINDS", "SCOPE_OPTIONS"]


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


# The domain's words as lupdate can read them: the lookups above pass the words at run
# time, which lupdate cannot see. tests/unit/test_translations.py fails when a domain
# label is missing here.
EXTRACTED_LABELS = (
    # ActionStatus
    QT_TRANSLATE_NOOP("Labels", "Open"),
    QT_TRANSLATE_NOOP("Labels", "In progress"),
    QT_TRANSLATE_NOOP("Labels", "Done"),
    # AssetKind
    QT_TRANSLATE_NOOP("Labels", "IP"),
    QT_TRANSLATE_NOOP("Labels", "Plant"),
    QT_TRANSLATE_NOOP("Labels", "Tooling"),
    QT_TRANSLATE_NOOP("Labels", "Data"),
    QT_TRANSLATE_NOOP("Labels", "Software"),
    QT_TRANSLATE_NOOP("Labels", "Brand"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    # ContributionCategory
    QT_TRANSLATE_NOOP("Labels", "Engineering"),
    QT_TRANSLATE_NOOP("Labels", "Manufacturing"),
    QT_TRANSLATE_NOOP("Labels", "Validation"),
    QT_TRANSLATE_NOOP("Labels", "Purchasing"),
    QT_TRANSLATE_NOOP("Labels", "Technology"),
    QT_TRANSLATE_NOOP("Labels", "Market access"),
    QT_TRANSLATE_NOOP("Labels", "Capital"),
    # Element
    QT_TRANSLATE_NOOP("Labels", "Shared strategic goals"),
    QT_TRANSLATE_NOOP("Labels", "Complementary strengths"),
    QT_TRANSLATE_NOOP("Labels", "Clear roles and governance"),
    QT_TRANSLATE_NOOP("Labels", "Cultural readiness for change"),
    QT_TRANSLATE_NOOP("Labels", "Agreement on an exit path"),
    # Function
    QT_TRANSLATE_NOOP("Labels", "Strategy"),
    QT_TRANSLATE_NOOP("Labels", "Finance"),
    QT_TRANSLATE_NOOP("Labels", "Legal"),
    QT_TRANSLATE_NOOP("Labels", "Quality"),
    QT_TRANSLATE_NOOP("Labels", "Human resources"),
    # GapKind
    QT_TRANSLATE_NOOP("Labels", "partners differ"),
    QT_TRANSLATE_NOOP("Labels", "nobody has defined this yet"),
    QT_TRANSLATE_NOOP("Labels", "a partner does not know"),
    # GapStatus
    QT_TRANSLATE_NOOP("Labels", "Discussed"),
    QT_TRANSLATE_NOOP("Labels", "Resolved"),
    # Phase
    QT_TRANSLATE_NOOP("Labels", "Partnership strategy"),
    QT_TRANSLATE_NOOP("Labels", "Partner screening and due diligence"),
    QT_TRANSLATE_NOOP("Labels", "Deal structuring and implementation"),
    QT_TRANSLATE_NOOP("Labels", "Ongoing assessment and restructuring"),
    QT_TRANSLATE_NOOP("Labels", "Portfolio management and exit"),
    # Purpose
    QT_TRANSLATE_NOOP("Labels", "Production efficiency"),
    QT_TRANSLATE_NOOP("Labels", "Electrification assets and supply chain"),
    QT_TRANSLATE_NOOP("Labels", "Software and digital platforms"),
    QT_TRANSLATE_NOOP("Labels", "Strategic flexibility"),
    QT_TRANSLATE_NOOP("Labels", "Autonomy and mobility rollout"),
    # QuestionType
    QT_TRANSLATE_NOOP("Labels", "Scale (likert)"),
    QT_TRANSLATE_NOOP("Labels", "One choice"),
    QT_TRANSLATE_NOOP("Labels", "Several choices"),
    QT_TRANSLATE_NOOP("Labels", "Ranking"),
    QT_TRANSLATE_NOOP("Labels", "Split points (allocation)"),
    QT_TRANSLATE_NOOP("Labels", "Number"),
    QT_TRANSLATE_NOOP("Labels", "Free text"),
    # RightCode
    QT_TRANSLATE_NOOP("Labels", "Decides"),
    QT_TRANSLATE_NOOP("Labels", "Joint approval"),
    QT_TRANSLATE_NOOP("Labels", "Consulted"),
    QT_TRANSLATE_NOOP("Labels", "Informed"),
    # WorkshopStatus
    QT_TRANSLATE_NOOP("Labels", "Preparing"),
    QT_TRANSLATE_NOOP("Labels", "Answering"),
    QT_TRANSLATE_NOOP("Labels", "Revealed"),
    QT_TRANSLATE_NOOP("Labels", "Negotiating"),
    QT_TRANSLATE_NOOP("Labels", "Closed"),
    # ELEMENT_SHORT_LABELS
    QT_TRANSLATE_NOOP("Labels", "Goals"),
    QT_TRANSLATE_NOOP("Labels", "Strengths"),
    QT_TRANSLATE_NOOP("Labels", "Governance"),
    QT_TRANSLATE_NOOP("Labels", "Culture"),
    QT_TRANSLATE_NOOP("Labels", "Exit path"),
    # BODY_KIND_LABELS
    QT_TRANSLATE_NOOP("Labels", "Steering group"),
    QT_TRANSLATE_NOOP("Labels", "Execution committee"),
    QT_TRANSLATE_NOOP("Labels", "Joint PMO"),
    # SCOPE_LABELS
    QT_TRANSLATE_NOOP("Labels", "continue"),
    QT_TRANSLATE_NOOP("Labels", "expand"),
    QT_TRANSLATE_NOOP("Labels", "narrow"),
    QT_TRANSLATE_NOOP("Labels", "redirect"),
    QT_TRANSLATE_NOOP("Labels", "exit"),
    # HeadStatus
    QT_TRANSLATE_NOOP("Labels", "Agreed"),
    QT_TRANSLATE_NOOP("Labels", "Proposed"),
    QT_TRANSLATE_NOOP("Labels", "Open"),
    QT_TRANSLATE_NOOP("Labels", "Not applicable"),
    # heads of terms: titles and points (domain.heads.HEADS)
    QT_TRANSLATE_NOOP("Labels", "Parties"),
    QT_TRANSLATE_NOOP("Labels", "Legal entity"),
    QT_TRANSLATE_NOOP("Labels", "Seat"),
    QT_TRANSLATE_NOOP("Labels", "Register number"),
    QT_TRANSLATE_NOOP("Labels", "Signing entity"),
    QT_TRANSLATE_NOOP("Labels", "Parent guarantee"),
    QT_TRANSLATE_NOOP("Labels", "Purpose and scope"),
    QT_TRANSLATE_NOOP("Labels", "Products"),
    QT_TRANSLATE_NOOP("Labels", "Regions"),
    QT_TRANSLATE_NOOP("Labels", "Functions"),
    QT_TRANSLATE_NOOP("Labels", "Exclusions"),
    QT_TRANSLATE_NOOP("Labels", "Structure"),
    QT_TRANSLATE_NOOP("Labels", "Form (contracts only or joint company)"),
    QT_TRANSLATE_NOOP("Labels", "Shareholding and seat"),
    QT_TRANSLATE_NOOP("Labels", "Ancillary agreements"),
    QT_TRANSLATE_NOOP("Labels", "Contributions and valuation"),
    QT_TRANSLATE_NOOP("Labels", "Contributions"),
    QT_TRANSLATE_NOOP("Labels", "Valuation method"),
    QT_TRANSLATE_NOOP("Labels", "Currency basis"),
    QT_TRANSLATE_NOOP("Labels", "Remedy for non-delivery"),
    QT_TRANSLATE_NOOP("Labels", "Funding"),
    QT_TRANSLATE_NOOP("Labels", "Funding plan"),
    QT_TRANSLATE_NOOP("Labels", "Capital calls"),
    QT_TRANSLATE_NOOP("Labels", "Overruns"),
    QT_TRANSLATE_NOOP("Labels", "Remedy for non-funding"),
    QT_TRANSLATE_NOOP("Labels", "Governance"),
    QT_TRANSLATE_NOOP("Labels", "Bodies and seats"),
    QT_TRANSLATE_NOOP("Labels", "Quorum, voting and casting vote"),
    QT_TRANSLATE_NOOP("Labels", "Decision rights"),
    QT_TRANSLATE_NOOP("Labels", "Reserved matters"),
    QT_TRANSLATE_NOOP("Labels", "Deadlock"),
    QT_TRANSLATE_NOOP("Labels", "Escalation steps"),
    QT_TRANSLATE_NOOP("Labels", "Mediation or expert"),
    QT_TRANSLATE_NOOP("Labels", "Deadlock remedy"),
    QT_TRANSLATE_NOOP("Labels", "Intellectual property"),
    QT_TRANSLATE_NOOP("Labels", "Background IP and licences"),
    QT_TRANSLATE_NOOP("Labels", "Foreground IP"),
    QT_TRANSLATE_NOOP("Labels", "Ring-fenced technology"),
    QT_TRANSLATE_NOOP("Labels", "IP on exit"),
    QT_TRANSLATE_NOOP("Labels", "Exclusivity and non-compete"),
    QT_TRANSLATE_NOOP("Labels", "Scope"),
    QT_TRANSLATE_NOOP("Labels", "Duration"),
    QT_TRANSLATE_NOOP("Labels", "Antitrust review"),
    QT_TRANSLATE_NOOP("Labels", "Supply and offtake"),
    QT_TRANSLATE_NOOP("Labels", "Volumes"),
    QT_TRANSLATE_NOOP("Labels", "Pricing basis"),
    QT_TRANSLATE_NOOP("Labels", "Take-or-pay"),
    QT_TRANSLATE_NOOP("Labels", "Allocation in shortage"),
    QT_TRANSLATE_NOOP("Labels", "Transfers"),
    QT_TRANSLATE_NOOP("Labels", "Lock-up"),
    QT_TRANSLATE_NOOP("Labels", "Pre-emption"),
    QT_TRANSLATE_NOOP("Labels", "Tag-along and drag-along"),
    QT_TRANSLATE_NOOP("Labels", "Exit"),
    QT_TRANSLATE_NOOP("Labels", "Triggers"),
    QT_TRANSLATE_NOOP("Labels", "Renewal and term"),
    QT_TRANSLATE_NOOP("Labels", "Shared assets on exit"),
    QT_TRANSLATE_NOOP("Labels", "Surviving obligations"),
    QT_TRANSLATE_NOOP("Labels", "Information and confidentiality"),
    QT_TRANSLATE_NOOP("Labels", "Reporting"),
    QT_TRANSLATE_NOOP("Labels", "Audit"),
    QT_TRANSLATE_NOOP("Labels", "Confidentiality"),
    QT_TRANSLATE_NOOP("Labels", "Clean team"),
    QT_TRANSLATE_NOOP("Labels", "Approvals and conditions precedent"),
    QT_TRANSLATE_NOOP("Labels", "Merger control"),
    QT_TRANSLATE_NOOP("Labels", "Foreign-investment screening"),
    QT_TRANSLATE_NOOP("Labels", "Foreign-subsidy review"),
    QT_TRANSLATE_NOOP("Labels", "Export licences"),
    QT_TRANSLATE_NOOP("Labels", "Data transfer"),
    QT_TRANSLATE_NOOP("Labels", "Long-stop date"),
    QT_TRANSLATE_NOOP("Labels", "Disputes and governing law"),
    QT_TRANSLATE_NOOP("Labels", "Arbitration institution"),
    QT_TRANSLATE_NOOP("Labels", "Language"),
    QT_TRANSLATE_NOOP("Labels", "Governing law"),
    QT_TRANSLATE_NOOP("Labels", "Binding provisions"),
    QT_TRANSLATE_NOOP("Labels", "Exclusivity period"),
    QT_TRANSLATE_NOOP("Labels", "Costs"),
    QT_TRANSLATE_NOOP("Labels", "Non-binding effect"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Save for the binding provisions in Part A, these heads of terms are not binding and "
        "create no obligation to enter into any agreement.",
    ),
    # questionnaire
    QT_TRANSLATE_NOOP("Labels", "Don't know"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Competitively sensitive: the partners may also be competitors. Give only what your organisation's rules on sharing information with competitors allow; if in doubt, ask your legal team first or skip this question.",  # noqa: E501
    ),
)


def domain_text(text: str) -> str:
    """A word or notice of the domain (an enum's label, the sensitive-answer notice)."""
    return _t(text)


def category_label(c: ContributionCategory) -> str:
    return _t(c.label)


def element_label(e: Element) -> str:
    return _t(e.label)


def element_short_label(e: Element) -> str:
    return _t(enums.ELEMENT_SHORT_LABELS[e])


def gap_status_label(s: GapStatus) -> str:
    return _t(s.label)


def action_status_label(s: ActionStatus) -> str:
    return _t(s.label)


def right_label(code: RightCode) -> str:
    return _t(code.label)


def asset_kind_label(k: AssetKind) -> str:
    return _t(k.label)


def body_kind_label(kind: str) -> str:
    return _t(enums.body_kind_label(kind)) if kind in enums.BODY_KIND_LABELS else kind


def scope_label(option: str) -> str:
    return _t(enums.scope_label(option)) if option in enums.SCOPE_LABELS else option


# The words of these live in the domain (one source); the UI translates them.
def function_label(f: Function | None) -> str:
    return _t(f.label) if f is not None else ""


def gap_kind_label(kind: GapKind) -> str:
    return _t(kind.label)


def gap_kinds_text(kinds: tuple[GapKind, ...]) -> str:
    """The kinds of a gap in words, e.g. "partners differ; a partner does not know"."""
    return "; ".join(gap_kind_label(k) for k in kinds)
