"""The neutral screen between two participants: thanks, and who answers next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class HandoverPanel(QWidget):
    """Shown after "I'm done" in place of the question: nothing of the answers stays."""

    startRequested = Signal(str)  # the id of the participant who answers next

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        self.label = QLabel()
        self.label.setObjectName("handoverText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.label.setFont(font)
        lay.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextParticipant")
        self.next_button.clicked.connect(self.start)
        row.addWidget(self.next_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(2)
        self._next_id = ""

    def show_thanks(self, name: str, next_name: str | None, next_id: str | None) -> None:
        """Thank ``name``; offer to start ``next_name`` (None: everyone has finished)."""
        text = self.tr("Thank you, {name}. Your answers are saved.").format(name=name)
        self._next_id = next_id or ""
        if next_name is None:
            text += "\n\n" + self.tr(
                "Everyone has finished. The facilitator can now reveal the answers."
            )
            self.next_button.hide()
        else:
            text += "\n\n" + self.tr("Please hand over to the next participant.")
            self.next_button.setText(self.tr("Start answering as {name}").format(name=next_name))
            self.next_button.show()
        self.label.setText(text)

    def can_start(self) -> bool:
        return bool(self._next_id) and not self.next_button.isHidden()

    def start(self) -> None:
        if self._next_id:
            self.startRequested.emit(self._next_id)
