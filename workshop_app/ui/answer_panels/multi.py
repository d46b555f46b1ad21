"""Multi-choice answers: a check box per option; every tick or digit key saves at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question
from workshop_app.ui.answer_panels.base import AnswerPanel


class MultiPanel(AnswerPanel):
    kinds = (QuestionType.MULTI_CHOICE,)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(1)
        self.boxes: list[QCheckBox] = []  # those of the question shown
        # Made once and refilled for each question, like the choice buttons.
        self._pool: list[QCheckBox] = []
        self._question: Question | None = None

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        self._question = question
        if rebuild:
            self._fill(question)
        chosen = set(value or ())
        for option, box in zip(question.options, self.boxes, strict=False):
            box.setChecked(option.id in chosen)

    def _fill(self, question: Question) -> None:
        options = question.options
        grown = len(options) > len(self._pool)
        while len(self._pool) < len(options):
            box = QCheckBox()
            box.setObjectName("multiBox")
            box.toggled.connect(self._toggled)
            self.layout_.insertWidget(len(self._pool), box)  # before the stretch
            self._pool.append(box)
        self.boxes = self._pool[: len(options)]
        for n, (option, box) in enumerate(zip(options, self.boxes, strict=True), start=1):
            label = f"{n}   {option.label}" if n < 10 else option.label
            if box.text() != label:
                box.setText(label)
        for i, box in enumerate(self._pool):
            if box.isHidden() is (i < len(options)):
                box.setVisible(i < len(options))  # now, so it can take the focus
        if grown:
            self._tab_chain(self._pool)

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
