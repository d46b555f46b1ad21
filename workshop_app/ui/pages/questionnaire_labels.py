"""Labels of the question card that remember how large each text they showed was.

A word-wrapped QLabel lays its text out four or five times whenever its text changes and
its size is asked for (the size it prefers, the narrowest it can be, the height of one
line, the height at the card's width). The card shows the same questions to every
participant (and again on going back), so each size is worked out once per text, and
the card lays itself out again without measuring the text again. Painting stays
QLabel's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

# Far more than the label texts of a large questionnaire; past it, measuring starts over.
_KEPT = 4096

# What changes a label's sizes besides its text: all of them forget what they measured.
_LOOK_CHANGES = (
    QEvent.Type.StyleChange,  # a new style sheet, or the compact look (page property)
    QEvent.Type.FontChange,
    QEvent.Type.ContentsRectChange,  # margins
    QEvent.Type.LanguageChange,
)


class MeasuredLabel(QLabel):
    """A QLabel whose size hints are kept by text (set through ``setText``; what else
    changes its sizes makes it forget them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._sizes: dict[tuple[str, str], QSize] = {}
        self._heights: dict[tuple[str, int], int] = {}

    def setText(self, text: str) -> None:
        self._text = text
        super().setText(text)

    def clear(self) -> None:
        self.setText("")

    def _forget(self) -> None:
        self._sizes.clear()
        self._heights.clear()

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self._forget()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        super().setTextFormat(text_format)
        self._forget()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        super().setAlignment(alignment)
        self._forget()

    def setIndent(self, indent: int) -> None:
        super().setIndent(indent)
        self._forget()

    def setMargin(self, margin: int) -> None:
        super().setMargin(margin)
        self._forget()

    def _kept(self, kind: str, measure: Callable[[], QSize]) -> QSize:
        key = (kind, self._text)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= _KEPT:
                self._sizes.clear()
            size = self._sizes[key] = measure()
        return QSize(size)

    def sizeHint(self) -> QSize:
        return self._kept("size", super().sizeHint)

    def minimumSizeHint(self) -> QSize:
        return self._kept("minimum", super().minimumSizeHint)

    def heightForWidth(self, width: int) -> int:
        key = (self._text, width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LOOK_CHANGES:
            self._forget()
        super().changeEvent(event)
