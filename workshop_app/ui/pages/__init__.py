"""Qt pages, one per step of the workshop, in workshop order (the navigation list).

A page's module is imported when the page is first built (ui.lazy_pages): opening a
workshop shows one page, and importing all eight cost a noticeable part of the start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop_app.domain.records import record

if TYPE_CHECKING:
    from workshop_app.ui.pages.base import Page


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@record
class PageSpec:
    """One page of the navigation: where its class is and its title. (A docstring of its
    own: without one, dataclass works out the class's signature for one at start.)"""

    page_id: str
    module: str
    class_name: str
    context: str  # the page class's translation context (its name, as self.tr uses)
    source_title: str

    def title(self) -> str:
        return _t(self.context, self.source_title)  # marked below with QT_TRANSLATE_NOOP

    def load(self) -> type[Page]:
        cls: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return cls


def _spec(page_id: str, class_name: str, title: object) -> PageSpec:
    # ``title``: QT_TRANSLATE_NOOP's result (the English text; typed as object by PySide6).
    return PageSpec(page_id, f"workshop_app.ui.pages.{page_id}", class_name, class_name, str(title))


PAGES: tuple[PageSpec, ...] = (
    _spec("setup", "SetupPage", QT_TRANSLATE_NOOP("SetupPage", "Setup")),
    _spec(
        "questionnaire",
        "QuestionnairePage",
        QT_TRANSLATE_NOOP("QuestionnairePage", "Questionnaire"),
    ),
    _spec("alignment", "AlignmentPage", QT_TRANSLATE_NOOP("AlignmentPage", "Alignment")),
    _spec(
        "contributions",
        "ContributionsPage",
        QT_TRANSLATE_NOOP("ContributionsPage", "Contributions"),
    ),
    _spec("governance", "GovernancePage", QT_TRANSLATE_NOOP("GovernancePage", "Governance")),
    _spec("exit", "ExitPage", QT_TRANSLATE_NOOP("ExitPage", "Exit and change")),
    _spec("deal_terms", "DealTermsPage", QT_TRANSLATE_NOOP("DealTermsPage", "Deal terms")),
    _spec("actions", "ActionsPage", QT_TRANSLATE_NOOP("ActionsPage", "Actions")),
    _spec("review", "ReviewPage", QT_TRANSLATE_NOOP("ReviewPage", "Review and export")),
)


def page_spec(page_id: str) -> PageSpec:
    return next(s for s in PAGES if s.page_id == page_id)
