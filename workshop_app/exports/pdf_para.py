"""Paragraphs that break their lines once per width.

reportlab wraps a paragraph in a table cell several times for the same width: when the
table measures its rows, when a page asks whether it fits, and again when each cell is
drawn. Breaking lines is most of the cost of a report, and the result depends only on the
text, the style and the width, so ``Para`` keeps the lines of the last width it was asked
for and answers a repeated request from them.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph


class Para(Paragraph):
    """A ``Paragraph`` whose ``wrap`` is computed once per available width."""

    _wrapped: tuple[float, Any, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._wrapped
        # Reused only while the lines are still the ones computed here: a split or
        # ``del self.blPara`` (reportlab does both) replaces or drops them.
        if done is not None and done[0] == availWidth and self.__dict__.get("blPara") is done[1]:
            self.width, self.height = done[2], done[3]
            return done[2], done[3]
        width, height = super().wrap(availWidth, availHeight)
        blpara = self.__dict__.get("blPara")
        self._wrapped = (availWidth, blpara, width, height) if blpara is not None else None
        return width, height
