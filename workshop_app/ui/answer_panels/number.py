"""Number answers: typed in a line, checked against the question's limits when saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.errors import ValidationError
from workshop_app.domain.questionnaire import Question, format_value, parse_value
from workshop_app.ui.answer_panels.base import AnswerPanel, Typed


class NumberPanel(AnswerPanel):
    """Enter saves; an empty line removes the answer; a bad number is refused."""

    kinds = (QuestionType.NUMBER,)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        layout = QHBoxLayout(self)
        self.edit = QLineEdit()
        self.edit.setObjectName("numberEdit")
        self.edit.setAccessibleName(self.tr("Number answer"))
        self.unit = QLabel()
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self.commitRequested)

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        limits = []
        if question.min_value is not None:
            limits.append(self.tr("from {v:g}").format(v=question.min_value))
        if question.max_value is not None:
            limits.append(self.tr("to {v:g}").format(v=question.max_value))
        self.unit.setText(" ".join([question.unit, *limits]).strip())
        if not keep_typed:
            self.edit.setText("" if value is None else format_value(question, value))

    def typed(self, question: Question) -> Typed:
        text = self.edit.text()
        if not text.strip():
            return Typed(None)
        try:
            return Typed(parse_value(question, text))
        except ValidationError as exc:
            return Typed(problem=str(exc))

    def focus_answer(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()  # a new number replaces the stored one
