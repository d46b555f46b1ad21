"""Likert and single-choice answers: one large button per point or option, digit keys.

The buttons are made once and refilled for each question (new widgets cost a style
sheet polish and a relayout each, on every key press that goes on to a new question).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question
from workshop_app.ui.answer_panels.base import AnswerPanel


class ChoicePanel(AnswerPanel):
    """A button per Likert point (id: the point) or option (id: its index)."""

    kinds = (QuestionType.LIKERT, QuestionType.SINGLE_CHOICE)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._clicked)
        self._question: Question | None = None
        self._pool: list[QPushButton] = []  # every button made; the first ones in use
        # Up and Down only move the cursor between the options: an exclusive group's own
        # arrow handling would also check the next one, changing a saved answer. (As
        # shortcuts, not an event filter: a filter runs Python for every event of every
        # button, paints included.)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(key), self, context=context)
            shortcut.activated.connect(partial(self._step_focus, step))

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        if rebuild:
            self._fill(question)
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

    def _step_focus(self, step: int) -> None:
        buttons = self.group.buttons()
        button = QApplication.focusWidget()
        if button not in buttons:
            return
        target = buttons.index(button) + step
        if 0 <= target < len(buttons):
            buttons[target].setFocus(Qt.FocusReason.TabFocusReason)

    def _clicked(self, button_id: int) -> None:
        question = self._question
        if question is None:
            return
        likert = question.type is QuestionType.LIKERT
        self._answer(button_id if likert else question.options[button_id].id)

    def _set_checked(self, button: QAbstractButton, checked: bool) -> None:
        if button.isChecked() == checked:
            return
        # Exclusive groups refuse to uncheck the last button; lift it for a moment.
        self.group.setExclusive(False)
        button.setChecked(checked)
        self.group.setExclusive(True)

    def _fill(self, question: Question) -> None:
        """Refill the buttons for ``question``: more are made only when it has more points
        or options than any question before; the ones left over are hidden."""
        likert = question.type is QuestionType.LIKERT
        if likert:
            points = [
                (p, p, question.anchor_label(p))
                for p in range(question.scale_lo, question.scale_hi + 1)
            ]
        else:
            points = [(i, i + 1, o.label) for i, o in enumerate(question.options)]
        grown = len(points) > len(self._pool)
        while len(self._pool) < len(points):
            button = QPushButton()
            button.setObjectName("answerButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.layout_.insertWidget(len(self._pool), button)  # before the stretch
            self._pool.append(button)
        used = self._pool[: len(points)]
        members = self.group.buttons()
        if members != used:  # the number of points or options changed
            for member in members:
                self.group.removeButton(member)
            for button in used:
                self.group.addButton(button)
        for button, (bid, number, text) in zip(used, points, strict=True):
            key = number - question.scale_lo + 1 if likert else number
            label = f"{number}    {text}" if text else str(number)
            if button.text() != label:
                button.setText(label)
            tip = self.tr("Press {key}").format(key=key) if key <= 9 else ""
            if button.toolTip() != tip:
                button.setToolTip(tip)
            self.group.setId(button, bid)
        for i, button in enumerate(self._pool):
            if button.isHidden() is (i < len(points)):
                # Now, not on the next event loop, so a shown button can take the focus.
                button.setVisible(i < len(points))
        if grown:
            self._tab_chain(self._pool)
