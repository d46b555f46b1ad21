"""Qt pages, one per step of the workshop, in workshop order (the navigation list)."""

from __future__ import annotations

from workshop_app.ui.pages.actions import ActionsPage
from workshop_app.ui.pages.alignment import AlignmentPage
from workshop_app.ui.pages.base import Page
from workshop_app.ui.pages.contributions import ContributionsPage
from workshop_app.ui.pages.deal_terms import DealTermsPage
from workshop_app.ui.pages.exit import ExitPage
from workshop_app.ui.pages.governance import GovernancePage
from workshop_app.ui.pages.questionnaire import QuestionnairePage
from workshop_app.ui.pages.review import ReviewPage
from workshop_app.ui.pages.setup import SetupPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    SetupPage,
    QuestionnairePage,
    AlignmentPage,
    ContributionsPage,
    GovernancePage,
    ExitPage,
    DealTermsPage,
    ActionsPage,
    ReviewPage,
)
