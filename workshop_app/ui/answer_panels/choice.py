"""Likert and single-choice answers: one large button per point or option, digit keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QVBoxLayout, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question
from workshop_app.ui.answer_panels.base import AnswerPanel, clear


class ChoicePanel(AnswerPanel):
    """A button per Likert point (id: the point) or option (id: its index)."""

    kinds = (QuestionType.LIKERT, QuestionType.SINGLE_CHOICE)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        self.layout_ = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._clicked)
        self._question: Question | None = None

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        if rebuild:
            self._build(question)
        self._question = question
        likert = question.type is QuestionType.LIKERT
        for button in self.group.buttons():
            bid = self.group.id(button)
            self._set_checked(button, value == (bid if likert else question.options[bid].id))

    def digit(self, question: Question, digit: int) -> AnswerValue | None:
        if question.type is QuestionType.LIKERT:
            value = digit if question.scale_lo == 1 else question.scale_lo + digit - 1
            return value if question.scale_lo <= value <= question.scale_hi else None
        return question.options[digit - 1].id if digit <= len(question.options) else None

    def focus_answer(self) -> None:
        target = self.group.checkedButton() or next(iter(self.group.buttons()), None)
        if target is not None:
            target.setFocus()

    def _clicked(self, button_id: int) -> None:
        question = self._question
        if question is None:
            return
        likert = question.type is QuestionType.LIKERT
        self._answer(button_id if likert else question.options[button_id].id)

    def _set_checked(self, button: QAbstractButton, checked: bool) -> None:
        # Exclusive groups refuse to uncheck the last button; lift it for a moment.
        self.group.setExclusive(False)
        button.setChecked(checked)
        self.group.setExclusive(True)

    def _build(self, question: Question) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
        clear(self.layout_)
        likert = question.type is QuestionType.LIKERT
        if likert:
            points = [
                (p, p, question.anchor_label(p))
                for p in range(question.scale_lo, question.scale_hi + 1)
            ]
        else:
            points = [(i, i + 1, o.label) for i, o in enumerate(question.options)]
        for bid, number, text in points:
            key = number - question.scale_lo + 1 if likert else number
            button = QPushButton(f"{number}    {text}" if text else str(number))
            button.setObjectName("answerButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Press {key}").format(key=key) if key <= 9 else "")
            self.group.addButton(button, bid)
            button.installEventFilter(self)
            self.layout_.addWidget(button)
            button.show()  # now, not on the next event loop, so it can take the focus
        self.layout_.addStretch(1)
        self._tab_chain(self.group.buttons())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and isinstance(watched, QPushButton)
            and watched in self.group.buttons()
        ):
            # Arrows only move the cursor between options. (An exclusive group's own
            # arrow handling also checks the next option, changing a saved answer.)
            buttons = self.group.buttons()
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            target = buttons.index(watched) + step
            if 0 <= target < len(buttons):
                buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
