"""The questionnaire's words on the facilitator's screens: in the interface language.

Analysis runs on the source questionnaire (answers are option ids and numbers); the
Alignment page, its heat map and the Actions page only show its words. They show them
in the interface language where the template carries it, else in the template's own
(domain.translation picks the words, as it does for participants). Both the translated
questionnaire and its titles are kept per (questionnaire, language), so a page refresh
does not translate again; an edited questionnaire is a new key.
"""

from __future__ import annotations

from functools import lru_cache

from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.translation import localized
from workshop_app.ui.language import current_language


def shown(questionnaire: Questionnaire) -> Questionnaire:
    """The questionnaire in the interface language (for showing only, never stored)."""
    return localized(questionnaire, current_language())


def shown_titles(questionnaire: Questionnaire) -> dict[str, str]:
    """Question id -> its title (short title, else text) in the interface language."""
    return _titles(questionnaire, current_language())


@lru_cache(maxsize=8)
def _titles(questionnaire: Questionnaire, language: str) -> dict[str, str]:
    return {q.id: q.title for q in localized(questionnaire, language).questions()}
