"""What every answer panel of the questionnaire page offers (one panel per question type).

The page owns the participant, the question shown and the saving; a panel owns the
widgets of one kind of answer: it shows a stored value, says what a person typed and
asks the page to save. While it shows a stored value its own signals stay quiet, so
showing never counts as typing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import AnswerValue, Question


@dataclass(frozen=True)
class Typed:
    """Input typed into a panel: the value to save (None removes the stored answer), or
    why it cannot be saved (then nothing is stored)."""

    value: AnswerValue | None = None
    problem: str = ""


class AnswerPanel(QWidget):
    """The editor of the answer to one kind of question."""

    kinds: ClassVar[tuple[QuestionType, ...]] = ()
    answered = Signal(object)  # a chosen value to save now (None: remove the answer)
    edited = Signal()  # input typed but not saved yet
    commitRequested = Signal()  # save what is typed (a save button, Enter in a number)
    nextRequested = Signal()  # go on to the next question (Enter in a text)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._after = after  # Tab leaves the options for this widget (the comment)
        # ... and then goes through these (the page's buttons below the comment), set by
        # the page once it made them: new options would otherwise come last, after Next.
        self.tab_tail: list[QWidget] = []
        self._filling = False

    def show_answer(
        self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool
    ) -> None:
        """Show ``value`` (stored) for ``question``; ``rebuild`` when the question is new
        here, ``keep_typed`` keeps unsaved input in place."""
        self._filling = True
        try:
            self._show(question, value, rebuild=rebuild, keep_typed=keep_typed)
        finally:
            self._filling = False

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        raise NotImplementedError

    def typed(self, question: Question) -> Typed | None:
        """What was typed and is to be saved before going on; None if nothing."""
        return None

    def digit(self, question: Question, digit: int) -> AnswerValue | None:
        """The answer a digit key gives (None: the key does nothing to save)."""
        return None

    def focus_answer(self) -> None:
        raise NotImplementedError

    def _answer(self, value: AnswerValue | None) -> None:
        if not self._filling:
            self.answered.emit(value)

    def _edited(self, *args: object) -> None:
        if not self._filling:
            self.edited.emit()

    def _tab_chain(self, widgets: Sequence[QWidget]) -> None:
        """Tab goes through an answer's options in order, then to the comment and the
        buttons below it."""
        for before, after in pairwise([*widgets, self._after, *self.tab_tail]):
            QWidget.setTabOrder(before, after)


def clear(layout: QLayout | QGridLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            # Hidden and deleted in place: made a parentless window first, a focused
            # option could take the window's keyboard focus with it when deleted.
            widget.hide()
            widget.deleteLater()
