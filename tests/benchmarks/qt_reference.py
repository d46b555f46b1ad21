"""A reference for the digit-key benchmark, not a floor: what Qt alone takes to repaint
a plain page like the questionnaire's (bench_figures.test_digit_key_to_repaint)."""

from __future__ import annotations

from typing import Any


def plain_page(page: Any) -> Any:
    """A page of the questionnaire's size with the same kinds of widgets, texts and style
    sheet names, laid out by plain layouts, with no code of the app behind it: each
    'key' sets the question label to the other of two question texts (the one the key
    shows and the first), and the page is repainted."""
    from PySide6.QtWidgets import (
        QComboBox,
        QFrame,
        QGridLayout,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QProgressBar,
        QPushButton,
        QScrollArea,
        QVBoxLayout,
        QWidget,
    )

    page.go_to(1)
    second = page.question_label.text()
    page.go_to(0)

    def label(text: str, name: str = "", wrap: bool = False) -> QLabel:
        widget = QLabel(text)
        widget.setObjectName(name)
        widget.setWordWrap(wrap)
        return widget

    class PlainPage(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.resize(page.size())
            outer = QVBoxLayout(self)
            top = QHBoxLayout()
            top.addWidget(label(page.answering_label.text(), "answeringName"), 1)
            top.addWidget(label("Who is answering:"))
            combo = QComboBox()
            combo.addItem(page.participant_combo.currentText())
            top.addWidget(combo)
            top.addWidget(QPushButton(page.done_button.text()))
            top.addWidget(QPushButton(page.live_button.text()))
            outer.addLayout(top)
            bars = QGridLayout()
            for column, bar in enumerate((page.participant_progress, page.partner_progress)):
                copy = QProgressBar()
                copy.setMaximum(bar.maximum())
                copy.setValue(bar.value())
                copy.setFormat(bar.format())
                bars.addWidget(label("Progress:"), 0, 2 * column)
                bars.addWidget(copy, 0, 2 * column + 1)
            outer.addLayout(bars)
            outer.addWidget(label(page.blind_label.text(), "hint", True))
            outer.addWidget(label(page.inactive_label.text(), "hint", True))
            card = QFrame()
            card.setObjectName("questionCard")
            inside = QVBoxLayout(card)
            head = QHBoxLayout()
            head.addWidget(label(page.section_label.text(), "sectionLabel"), 1)
            head.addWidget(label(page.counter_label.text(), "counterLabel"))
            inside.addLayout(head)
            self.question = label(page.question_label.text(), "questionText", True)
            self.texts = (second, page.question_label.text())
            inside.addWidget(self.question)
            inside.addWidget(label(page.help_label.text(), "hint", True))
            for button in page.choice_group.buttons():
                copy = QPushButton(button.text())
                copy.setObjectName("answerButton")
                copy.setCheckable(True)
                copy.setChecked(button.isChecked())
                inside.addWidget(copy)
            inside.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(card)
            outer.addWidget(scroll, 1)
            comment = QHBoxLayout()
            comment.addWidget(label("Comment:"))
            comment.addWidget(QLineEdit(), 1)
            outer.addLayout(comment)
            nav = QHBoxLayout()
            nav.addWidget(QPushButton(page.back_button.text()))
            nav.addWidget(label(page.status_label.text(), "hint"), 1)
            for button in (page.dont_know_button, page.skip_button, page.next_button):
                nav.addWidget(QPushButton(button.text()))
            outer.addLayout(nav)
            outer.addWidget(label(page.keys_label.text(), "hint", True))

        def change_label(self, n: int) -> None:
            self.question.setText(self.texts[n % 2])

    return PlainPage()
