"""Setup: which questions the workshop asks, and the blind-spot threshold.

The phase and purposes choose the active questions (``domain.scope``); the facilitator
ticks a question to include it or unticks it to exclude it whatever its tags. The box
reports changes as WorkshopDetails fields; the page saves them (one undo step each).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import WorkshopDetails
from workshop_app.domain.questionnaire import Questionnaire
from workshop_app.domain.scope import active_question_ids, tags_match
from workshop_app.ui.shown_questionnaire import shown_titles

_QID = Qt.ItemDataRole.UserRole


class QuestionScopeBox(QGroupBox):
    changed = Signal(dict)  # WorkshopDetails field -> new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Questions asked in this workshop"), parent)
        self._details: WorkshopDetails | None = None
        self._questionnaire: Questionnaire | None = None
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        label = QLabel(self.tr("&Blind-spot threshold:"))
        self.blind_spot_spin = QDoubleSpinBox()
        self.blind_spot_spin.setRange(0.05, 1.0)
        self.blind_spot_spin.setSingleStep(0.05)
        self.blind_spot_spin.setDecimals(2)
        self.blind_spot_spin.setMaximumWidth(120)
        self.blind_spot_spin.setAccessibleName(self.tr("Blind-spot threshold"))
        self.blind_spot_spin.setToolTip(
            self.tr(
                "A question measuring how far something is defined is a blind spot when the "
                "partners' definition (0 not discussed, 1 agreed in writing) is below this."
            )
        )
        label.setBuddy(self.blind_spot_spin)
        row.addWidget(label)
        row.addWidget(self.blind_spot_spin)
        row.addStretch(1)
        layout.addLayout(row)

        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions asked: tick to include, untick to exclude"))
        self.list.setMinimumHeight(160)
        layout.addWidget(self.list)

        self.blind_spot_spin.editingFinished.connect(self._threshold_edited)
        self.list.itemChanged.connect(self._item_changed)

    def load(self, details: WorkshopDetails, questionnaire: Questionnaire) -> None:
        self._details, self._questionnaire = details, questionnaire
        if not self.blind_spot_spin.hasFocus():
            self.blind_spot_spin.setValue(details.blind_spot_threshold)
        active = active_question_ids(details, questionnaire)
        included, excluded = set(details.included_questions), set(details.excluded_questions)
        self.list.blockSignals(True)
        try:
            current = self.list.currentRow()
            self.list.clear()
            titles = shown_titles(questionnaire)  # in the interface language
            for q in questionnaire.questions():
                text = f"{q.id}   {titles.get(q.id) or q.title}"
                if q.id in included:
                    text += "   " + self.tr("(included by you)")
                elif q.id in excluded:
                    text += "   " + self.tr("(excluded by you)")
                elif not tags_match(q, details):
                    text += "   " + self.tr("(not for this phase or purpose)")
                item = QListWidgetItem(text)
                item.setData(_QID, q.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if q.id in active else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
            if 0 <= current < self.list.count():
                self.list.setCurrentRow(current)
        finally:
            self.list.blockSignals(False)
        self.summary.setText(
            self.tr(
                "{n} of {total} questions are asked. The phase and purposes choose them; tick "
                "a question to include it or untick it to exclude it (Space toggles)."
            ).format(n=len(active), total=len(questionnaire))
        )

    def _threshold_edited(self) -> None:
        if self._details is None:
            return
        value = round(self.blind_spot_spin.value(), 2)
        if value != self._details.blind_spot_threshold:
            self.changed.emit({"blind_spot_threshold": value})

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._details is None or self._questionnaire is None:
            return
        qid = item.data(_QID)
        wanted = item.checkState() == Qt.CheckState.Checked
        included = [x for x in self._details.included_questions if x != qid]
        excluded = [x for x in self._details.excluded_questions if x != qid]
        # An override only where the tags decide otherwise; agreeing with them clears it.
        if wanted != tags_match(self._questionnaire.question(qid), self._details):
            (included if wanted else excluded).append(qid)
        self.changed.emit(
            {"included_questions": tuple(included), "excluded_questions": tuple(excluded)}
        )
