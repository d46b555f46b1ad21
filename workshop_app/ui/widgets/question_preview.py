"""A question as a participant sees it: section, wording, help, notices and the answer
controls of its type. For looking at while editing; nothing here is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import (
    DONT_KNOW_LABEL,
    SENSITIVE_NOTICE,
    Question,
    Questionnaire,
)
from workshop_app.ui.models.labels import domain_text


class QuestionPreview(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionCard")
        self._outer = QVBoxLayout(self)
        self._content = QWidget()
        self._outer.addWidget(self._content)
        self.layout_ = QVBoxLayout(self._content)
        self._parts: list[QWidget] = []

    def _add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        self._parts.append(widget)
        return widget

    def _label(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        self._add(label)
        return label

    def texts(self) -> list[str]:
        """What the preview shows, for tests and screen readers."""
        out = []
        kinds = (QLabel, QPushButton, QRadioButton, QCheckBox)
        for w in self._parts:
            for child in [w, *w.findChildren(QWidget)]:
                if isinstance(child, kinds):
                    out.append(child.text())
            if isinstance(w, QListWidget):
                out += [w.item(i).text() for i in range(w.count())]
        return out

    def show_question(
        self, questionnaire: Questionnaire, question: Question | None, section_title: str
    ) -> None:
        # A fresh page each time: no stale widgets or stretches from the last question.
        self._outer.removeWidget(self._content)
        self._content.hide()
        self._content.deleteLater()
        self._content = QWidget()
        self._outer.addWidget(self._content)
        self.layout_ = QVBoxLayout(self._content)
        self._parts = []
        if question is None:
            self._label(self.tr("Fix the problems shown beside the fields to see the preview."))
            self.layout_.addStretch(1)
            return
        self._label(section_title, "sectionLabel")
        self._label(question.text, "questionText")
        if question.help:
            self._label(question.help, "hint")
        if question.sensitive:
            self._label(domain_text(SENSITIVE_NOTICE), "warning")
        for term, meaning in questionnaire.glossary_for(question):
            self._label(f"{term}: {meaning}", "hint")
        self._answer_controls(question)
        if question.scored:
            self._add(QPushButton(domain_text(DONT_KNOW_LABEL)))
        self.layout_.addStretch(1)

    def _answer_controls(self, q: Question) -> None:
        box = QWidget()
        row = QHBoxLayout(box) if q.type is QuestionType.LIKERT else QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        if q.type is QuestionType.LIKERT:
            for point in range(q.scale_lo, q.scale_hi + 1):
                anchor = q.anchor_label(point)
                row.addWidget(QPushButton(f"{point}\n{anchor}" if anchor else str(point)))
        elif q.type is QuestionType.SINGLE_CHOICE:
            for o in q.options:
                row.addWidget(QRadioButton(o.label))
        elif q.type is QuestionType.MULTI_CHOICE:
            for o in q.options:
                row.addWidget(QCheckBox(o.label))
        elif q.type is QuestionType.RANKING:
            ranking = QListWidget()
            ranking.addItems([o.label for o in q.options])
            self._add(ranking)
            return
        elif q.type is QuestionType.ALLOCATION:
            for o in q.options:
                line = QHBoxLayout()
                line.addWidget(QLabel(o.label), 1)
                spin = QSpinBox()
                spin.setRange(0, int(q.total))
                line.addWidget(spin)
                row.addLayout(line)
            row.addWidget(QLabel(self.tr("Points to split: {n:g}").format(n=q.total)))
        elif q.type is QuestionType.NUMBER:
            line = QHBoxLayout()
            line.addWidget(QLineEdit())
            if q.unit:
                line.addWidget(QLabel(q.unit))
            row.addLayout(line)
        else:
            row.addWidget(QPlainTextEdit())
        self._add(box)
