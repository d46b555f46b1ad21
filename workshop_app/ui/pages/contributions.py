"""The contributions page (placeholder until filled in)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop_app.ui.session import WorkshopSession


class ContributionsPage(QWidget):
    page_id = "contributions"
    navigateRequested = Signal(str, str)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        QVBoxLayout(self)

    def title(self) -> str:
        return self.tr("Contributions")

    def refresh(self) -> None:
        pass

    def focus_field(self, field: str) -> None:
        self.setFocus()
