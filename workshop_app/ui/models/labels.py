"""Translated labels of the domain's closed vocabularies, for cells and combo boxes.

The words themselves live in ``domain.enums`` (one source for every screen and export);
this module only passes them through Qt's translator, with the English text as the key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
