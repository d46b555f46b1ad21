"""Ranking answers: a list to put in order by dragging or Ctrl+Up / Ctrl+Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import Question
from workshop_app.ui.answer_panels.base import AnswerPanel
from workshop_app.ui.widgets.ranking import RankingList


class RankingPanel(AnswerPanel):
    """Every change of the order is saved at once; going on accepts the order shown."""

    kinds = (QuestionType.RANKING,)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Drag to order, or select and press Ctrl+Up / Ctrl+Down. First = most important."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = RankingList()
        self.list.setObjectName("rankingList")
        self.list.setAccessibleName(self.tr("Ranking"))
        layout.addWidget(self.list)
        self.save_button = QPushButton(self.tr("Save this &order"))
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.orderChanged.connect(self._save)
        self.save_button.clicked.connect(self._save)

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        if rebuild or self.list.order() != tuple(value or ()):
            order = list(value) if value else list(question.option_ids())
            self.list.set_options([(o, question.option_label(o)) for o in order])

    def focus_answer(self) -> None:
        self.list.setFocus()

    def _save(self) -> None:
        self._answer(self.list.order())
