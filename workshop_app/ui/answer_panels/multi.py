"""Multi-choice answers: a check box per option; every tick or digit key saves at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question
from workshop_app.ui.answer_panels.base import AnswerPanel, clear


class MultiPanel(AnswerPanel):
    kinds = (QuestionType.MULTI_CHOICE,)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        self.layout_ = QVBoxLayout(self)
        self.boxes: list[QCheckBox] = []
        self._question: Question | None = None

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        self._question = question
        if rebuild:
            clear(self.layout_)
            self.boxes = []
            for n, option in enumerate(question.options, start=1):
                box = QCheckBox(f"{n}   {option.label}" if n < 10 else option.label)
                box.setObjectName("multiBox")
                box.toggled.connect(self._toggled)
                self.layout_.addWidget(box)
                box.show()
                self.boxes.append(box)
            self.layout_.addStretch(1)
            self._tab_chain(self.boxes)
        chosen = set(value or ())
        for option, box in zip(question.options, self.boxes, strict=False):
            box.setChecked(option.id in chosen)

    def digit(self, question: Question, digit: int) -> AnswerValue | None:
        if digit <= len(self.boxes):
            self.boxes[digit - 1].toggle()  # saves through _toggled
        return None

    def focus_answer(self) -> None:
        if self.boxes:
            self.boxes[0].setFocus()

    def _toggled(self) -> None:
        question = self._question
        if question is None:
            return
        chosen = tuple(
            o.id for o, box in zip(question.options, self.boxes, strict=False) if box.isChecked()
        )
        self._answer(chosen or None)
