"""Text answers: several lines; Enter goes on, Shift+Enter starts a new line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import Question
from workshop_app.ui.answer_panels.base import AnswerPanel, Typed


class TextPanel(AnswerPanel):
    """Saved when going on or with its button; an empty text removes the answer."""

    kinds = (QuestionType.TEXT,)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        layout = QVBoxLayout(self)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Text answer"))
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self._edited)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.save_button = QPushButton(self.tr("Save &text"))
        self.save_button.clicked.connect(self.commitRequested)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        if not keep_typed:
            self.edit.setPlainText("" if value is None else str(value))

    def typed(self, question: Question) -> Typed:
        text = self.edit.toPlainText()
        return Typed(text if text.strip() else None)

    def focus_answer(self) -> None:
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.nextRequested.emit()
            return True
        return super().eventFilter(watched, event)
