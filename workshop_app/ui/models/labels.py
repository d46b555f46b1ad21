"""Translated labels of the domain's closed vocabularies, for cells and combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Element,
    Function,
    GapKind,
    GapStatus,
    RightCode,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def category_label(c: ContributionCategory) -> str:
    return {
        ContributionCategory.ENGINEERING: _t("Engineering"),
        ContributionCategory.MANUFACTURING: _t("Manufacturing"),
        ContributionCategory.VALIDATION: _t("Validation"),
        ContributionCategory.TOOLING: _t("Tooling"),
        ContributionCategory.SOFTWARE: _t("Software"),
        ContributionCategory.PURCHASING: _t("Purchasing"),
        ContributionCategory.TECHNOLOGY: _t("Technology"),
        ContributionCategory.MARKET_ACCESS: _t("Market access"),
        ContributionCategory.CAPITAL: _t("Capital"),
        ContributionCategory.OTHER: _t("Other"),
    }[c]


def element_label(e: Element) -> str:
    return {
        Element.GOALS: _t("Shared strategic goals"),
        Element.STRENGTHS: _t("Complementary strengths"),
        Element.GOVERNANCE: _t("Clear roles and governance"),
        Element.CULTURE: _t("Cultural readiness for change"),
        Element.EXIT: _t("Agreement on an exit path"),
    }[e]


def element_short_label(e: Element) -> str:
    return {
        Element.GOALS: _t("Goals"),
        Element.STRENGTHS: _t("Strengths"),
        Element.GOVERNANCE: _t("Governance"),
        Element.CULTURE: _t("Culture"),
        Element.EXIT: _t("Exit path"),
    }[e]


def gap_status_label(s: GapStatus) -> str:
    return {
        GapStatus.OPEN: _t("Open"),
        GapStatus.DISCUSSED: _t("Discussed"),
        GapStatus.RESOLVED: _t("Resolved"),
    }[s]


def action_status_label(s: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _t("Open"),
        ActionStatus.IN_PROGRESS: _t("In progress"),
        ActionStatus.DONE: _t("Done"),
    }[s]


def right_label(code: RightCode) -> str:
    return {
        RightCode.DECIDES: _t("Decides"),
        RightCode.JOINT: _t("Joint approval"),
        RightCode.CONSULTED: _t("Consulted"),
        RightCode.INFORMED: _t("Informed"),
    }[code]


def asset_kind_label(k: AssetKind) -> str:
    return {
        AssetKind.IP: _t("IP"),
        AssetKind.PLANT: _t("Plant"),
        AssetKind.TOOLING: _t("Tooling"),
        AssetKind.DATA: _t("Data"),
        AssetKind.SOFTWARE: _t("Software"),
        AssetKind.BRAND: _t("Brand"),
        AssetKind.OTHER: _t("Other"),
    }[k]


def body_kind_label(kind: str) -> str:
    return {
        "steering": _t("Steering group"),
        "execution": _t("Execution committee"),
        "pmo": _t("Joint PMO"),
        "other": _t("Other"),
    }.get(kind, kind)


BODY_KINDS: tuple[str, ...] = ("steering", "execution", "pmo", "other")
SCOPE_OPTIONS: tuple[str, ...] = ("continue", "expand", "narrow", "redirect", "exit")


def scope_label(option: str) -> str:
    return {
        "continue": _t("continue"),
        "expand": _t("expand"),
        "narrow": _t("narrow"),
        "redirect": _t("redirect"),
        "exit": _t("exit"),
    }.get(option, option)


# The words of these live in the domain (one source); the UI translates them.
def function_label(f: Function | None) -> str:
    return _t(f.label) if f is not None else ""


def gap_kind_label(kind: GapKind) -> str:
    return _t(kind.label)


def gap_kinds_text(kinds: tuple[GapKind, ...]) -> str:
    """The kinds of a gap in words, e.g. "partners differ; a partner does not know"."""
    return "; ".join(gap_kind_label(k) for k in kinds)
