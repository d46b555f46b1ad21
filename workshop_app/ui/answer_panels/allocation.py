"""Allocation answers: points split between the options, saved when they add up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_app.domain.enums import QuestionType
from workshop_app.domain.questionnaire import Question
from workshop_app.ui.answer_panels.base import AnswerPanel, Typed, clear
from workshop_app.ui.widgets.answer_editors import PointsBox


class AllocationPanel(AnswerPanel):
    """A points box per option and the running total (what is left, or too many)."""

    kinds = (QuestionType.ALLOCATION,)

    def __init__(self, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(after, parent)
        layout = QVBoxLayout(self)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.spins: list[tuple[str, PointsBox]] = []
        self.total_label = QLabel()
        self.total_label.setObjectName("allocationTotal")
        layout.addWidget(self.total_label)
        self.save_button = QPushButton(self.tr("Save &points"))
        self.save_button.clicked.connect(self.commitRequested)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._question: Question | None = None

    def _show(self, question: Question, value: Any, *, rebuild: bool, keep_typed: bool) -> None:
        self._question = question
        if rebuild:
            clear(self.grid)
            self.spins = []
            for row, option in enumerate(question.options):
                label = QLabel(option.label)
                label.setWordWrap(True)
                spin = PointsBox()
                spin.setDecimals(0 if float(question.total).is_integer() else 2)
                spin.setSingleStep(5)
                spin.setAccessibleName(option.label)
                spin.setMinimumWidth(110)
                label.setBuddy(spin)
                spin.valueChanged.connect(self._changed)
                self.grid.addWidget(label, row, 0)
                self.grid.addWidget(spin, row, 1)
                label.show()
                spin.show()
                self.spins.append((option.id, spin))
            self.grid.setColumnStretch(2, 1)  # spin boxes beside their labels
            self._tab_chain([spin for _, spin in self.spins] + [self.save_button])
        values = dict(value or {})
        for oid, spin in self.spins:
            spin.setValue(values.get(oid, 0.0))
        self._show_total(question)

    def values(self) -> dict[str, float]:
        return {oid: spin.value() for oid, spin in self.spins if spin.value()}

    def _adds_up(self, question: Question) -> bool:
        total = sum(spin.value() for _, spin in self.spins)
        return abs(total - question.total) < 1e-6

    def typed(self, question: Question) -> Typed | None:
        if self._adds_up(question):
            return Typed(self.values())
        if self.values():
            return Typed(
                problem=self.tr("the points must add up to {total:g}.").format(total=question.total)
            )
        return None  # nothing typed: the question stays unanswered

    def focus_answer(self) -> None:
        if self.spins:
            self.spins[0][1].setFocus()

    def _changed(self) -> None:
        if self._question is not None:
            self._show_total(self._question)
        self._edited()

    def _show_total(self, question: Question) -> None:
        total = sum(spin.value() for _, spin in self.spins)
        ok = self._adds_up(question)
        if ok:
            rest = ""
        elif total < question.total:
            rest = self.tr(" — {left:g} left").format(left=question.total - total)
        else:
            rest = self.tr(" — {over:g} too many").format(over=total - question.total)
        self.total_label.setText(
            self.tr("Total: {total:g} of {target:g} points").format(
                total=total, target=question.total
            )
            + rest
        )
        self.total_label.setProperty("complete", ok)
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)
        self.save_button.setEnabled(ok)
