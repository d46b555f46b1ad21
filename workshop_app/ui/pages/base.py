"""What every page shares: the session, the page contract and refresh on change."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from workshop_app.ui.session import WorkshopSession


class Page(QWidget):
    """A page of the main window.

    After an edit the visible page is rebuilt at once, and a hidden page when it is
    next shown: one load per change, however many pages there are. Models update
    their rows in place, so a rebuild inside an editor's own commit is safe.
    """

    page_id: ClassVar[str] = ""
    navigateRequested = Signal(str, str)  # page id, field

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        session.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Rebuild everything shown from ``session.workshop()`` and ``session.analysis()``."""
        raise NotImplementedError

    def focus_field(self, field: str) -> None:
        self.setFocus()

    def _on_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: Any) -> None:
        self._refresh_if_stale()
        super().showEvent(event)
