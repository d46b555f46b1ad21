"""The answer editors of the questionnaire page, one panel per kind of question."""

from __future__ import annotations

from workshop_app.ui.answer_panels.allocation import AllocationPanel
from workshop_app.ui.answer_panels.base import AnswerPanel, Typed
from workshop_app.ui.answer_panels.choice import ChoicePanel
from workshop_app.ui.answer_panels.multi import MultiPanel
from workshop_app.ui.answer_panels.number import NumberPanel
from workshop_app.ui.answer_panels.ranking import RankingPanel
from workshop_app.ui.answer_panels.text import TextPanel

# In the order of the page's answer stack.
PANELS: tuple[type[AnswerPanel], ...] = (
    ChoicePanel,
    MultiPanel,
    RankingPanel,
    AllocationPanel,
    NumberPanel,
    TextPanel,
)

__all__ = [
    "PANELS",
    "AllocationPanel",
    "AnswerPanel",
    "ChoicePanel",
    "MultiPanel",
    "NumberPanel",
    "RankingPanel",
    "TextPanel",
    "Typed",
]
